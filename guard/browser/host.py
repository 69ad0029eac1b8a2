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


def relay(stdin, stdout, conn: channel.Connection, stderr=None, watch_tray: bool = True,
          sync_replies: bool | None = None) -> int:
    """Pass checked messages from ``stdin`` to the tray until either side ends.

    The tray's later messages (``sites``, an upload's ``verdict``) reach the extension through a
    reading thread (:func:`_watch_tray`); with ``sync_replies`` (the default on Windows, where a
    synchronous pipe cannot be read and written at once) the host reads them itself at the
    moments they are due: ``sites`` right after ``welcome``, a ``verdict`` once an upload's last
    byte is passed on (until then, while the person decides, further browser messages wait).
    """
    stderr = stderr or sys.stderr
    if sync_replies is None:
        sync_replies = sys.platform == "win32"
    welcomed = False
    pending: dict[str, int] = {}  # upload id → bytes still to come (sync_replies only)
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
                if sync_replies:
                    if not _pass_until(conn, stdout, lambda m: m["type"] == "sites"):
                        print(channel.NOT_RUNNING, file=stderr)
                        return EXIT_NO_TRAY
                elif watch_tray:
                    _watch_tray(conn, stdout)
            elif sync_replies and message["type"] in ("upload", "chunk"):
                done = _upload_done(pending, message)
                if done is not None and not _pass_until(
                        conn, stdout, lambda m, d=done: m["type"] == "verdict" and m["id"] == d):
                    print(channel.NOT_RUNNING, file=stderr)
                    return EXIT_NO_TRAY
        except (OSError, protocol.ProtocolError):
            print(channel.NOT_RUNNING, file=stderr)
            return EXIT_NO_TRAY


def _upload_done(pending: dict[str, int], message: dict) -> str | None:
    """Count an upload's bytes; its id once the last one has been passed on (then a verdict follows)."""
    if message["type"] == "upload":
        if len(pending) > 16:
            pending.clear()  # uploads the tray refused never complete; do not keep them
        left = sum(f["size"] for f in message["files"][:protocol.MAX_FILES] if f["size"] <= protocol.MAX_FILE_BYTES)
        if left == 0:
            return message["id"]
        pending[message["id"]] = left
        return None
    if message["id"] not in pending:
        return None
    data = message["data"]
    pending[message["id"]] -= len(data) // 4 * 3 - data[-2:].count("=")
    if pending[message["id"]] <= 0:
        del pending[message["id"]]
        return message["id"]
    return None


def _pass_until(conn: channel.Connection, stdout, wanted) -> bool:
    """Pass the tray's messages to the extension until one that ``wanted`` accepts; ``False``
    when the tray went away first."""
    while True:
        body = conn.recv()
        if body is None:
            return False
        try:
            message = protocol.parse_from_tray(body)
        except protocol.ProtocolError:
            continue  # not a known shape: never passed on
        stdout.write(protocol.encode(message))
        stdout.flush()
        if wanted(message):
            return True


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
