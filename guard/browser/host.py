"""``plakwacht browser host``: the native messaging host that the browser starts.

The browser starts one host per connection (stdin/stdout, 4-byte framing) and passes the
extension's origin as an argument. The host is a small relay: it checks every message against
the known shapes (:mod:`guard.browser.protocol`), passes it to the running tray app over the
per-user channel, and passes the tray's ``welcome`` (the digest key) back to the extension.
Without a running tray app it writes one Dutch line to standard error and exits with code 1.
Nothing else is ever written to standard output: the browser would read it as a message.
"""
from __future__ import annotations

import os
import sys
import threading

from guard.browser import channel, protocol

EXIT_OK, EXIT_NO_TRAY, EXIT_BAD_STREAM = 0, 1, 3
_stopping = threading.Event()  # the host ends by itself: the tray closing the channel is no news


def _binary_stdio():
    if sys.platform == "win32":  # no newline translation on the framed streams
        import msvcrt

        msvcrt.setmode(sys.stdin.fileno(), os.O_BINARY)
        msvcrt.setmode(sys.stdout.fileno(), os.O_BINARY)
    return sys.stdin.buffer, sys.stdout.buffer


def relay(stdin, stdout, conn: channel.Connection, stderr=None, watch_tray: bool = True) -> int:
    """Pass checked messages from ``stdin`` to the tray until either side ends."""
    stderr = stderr or sys.stderr
    welcomed = False
    while True:
        try:
            body = protocol.read_frame(stdin)
        except protocol.ProtocolError as exc:
            print(f"plakwacht browser host: bericht van de browser geweigerd ({exc})", file=stderr)
            return EXIT_BAD_STREAM
        if body is None:
            return EXIT_OK  # the browser closed the port
        try:
            message = protocol.parse_from_extension(body)
        except protocol.ProtocolError as exc:
            # Dropped, not relayed; the reason names no content.
            print(f"plakwacht browser host: bericht overgeslagen ({exc})", file=stderr)
            continue
        try:
            conn.send(message)
            if message["type"] == "hello" and not welcomed:
                reply = conn.recv()
                if reply is None:
                    print(channel.NOT_RUNNING, file=stderr)
                    return EXIT_NO_TRAY
                stdout.write(protocol.encode(protocol.parse_from_tray(reply)))
                stdout.flush()
                welcomed = True
                if watch_tray:
                    _watch_tray(conn, stdout)
        except (OSError, protocol.ProtocolError):
            print(channel.NOT_RUNNING, file=stderr)
            return EXIT_NO_TRAY


def _watch_tray(conn: channel.Connection, stdout=None) -> None:
    """Pass the tray's later messages (``sites``, an upload's ``verdict``) to the extension; when
    the tray app stops, stop too, so the extension reconnects to the next one."""
    if sys.platform == "win32":
        return  # a synchronous pipe cannot be read and written at once; a failed write ends the host

    def watch() -> None:
        try:
            while (body := conn.recv()) is not None:
                if stdout is None:
                    continue
                try:
                    message = protocol.parse_from_tray(body)
                except protocol.ProtocolError:
                    continue  # not a known shape: never passed on
                stdout.write(protocol.encode(message))
                stdout.flush()
        except (OSError, ValueError, protocol.ProtocolError):
            pass
        if not _stopping.is_set():
            os._exit(EXIT_NO_TRAY)

    threading.Thread(target=watch, name="plakwacht-host-watch", daemon=True).start()


def run(argv: list[str] | None = None) -> int:
    """Entry point; ``argv`` holds what the browser passes (origin, ``--parent-window``): ignored,
    the host manifest's ``allowed_origins`` already limits who may start it."""
    try:
        conn = channel.connect()
    except channel.ChannelError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_NO_TRAY
    stdin, stdout = _binary_stdio()
    try:
        return relay(stdin, stdout, conn)
    finally:
        _stopping.set()
        conn.close()


def is_host_call(argv: list[str]) -> bool:
    """The browser started this program as a native messaging host (its origin is an argument)."""
    return any(a.startswith(("chrome-extension://", "--parent-window=")) for a in argv)
if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
