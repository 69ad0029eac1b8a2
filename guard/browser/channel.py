"""The per-user local channel between ``plakwacht browser host`` (and the CLI) and the tray app.

- Linux and macOS: a Unix socket in a folder that only this user may enter (mode 0700, owned by
  the user): ``$XDG_RUNTIME_DIR/plakwacht/browser.sock``, else ``<tmp>/plakwacht-<uid>/browser.sock``.
  The client refuses a folder that another user owns or others may write to.
- Windows: the named pipe ``\\\\.\\pipe\\plakwacht-browser-<user>``; the tray creates it with
  ``QLocalServer.UserAccessOption`` (only this user's processes may open it).

``PLAKWACHT_BROWSER_CHANNEL`` overrides the place (tests; a full socket path or a pipe name).
The tray side lives in ``ui/browser_link.py`` (QLocalServer); this module is Qt-free.
"""
from __future__ import annotations

import getpass
import os
import re
import socket
import stat
import sys
import tempfile
from pathlib import Path

from guard.browser import protocol

ENV_VAR = "PLAKWACHT_BROWSER_CHANNEL"
SOCKET_NAME = "browser.sock"


class ChannelError(OSError):
    """The tray app cannot be reached; the message is plain Dutch."""


NOT_RUNNING = ("Plakwacht draait niet, dus de browser kan Plakwacht nu niets doorgeven. "
               "Start Plakwacht; de browser maakt daarna vanzelf weer verbinding.")


def _user_tag() -> str:
    try:
        user = getpass.getuser()
    except Exception:
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:64] or "user"


def address(env=None) -> str:
    """Where the tray app listens: a socket path (POSIX) or a pipe name (Windows)."""
    env = os.environ if env is None else env
    chosen = env.get(ENV_VAR)
    if chosen:
        return chosen
    if sys.platform == "win32":
        return f"plakwacht-browser-{_user_tag()}"
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        return str(Path(runtime) / "plakwacht" / SOCKET_NAME)
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return str(Path(tempfile.gettempdir()) / f"plakwacht-{uid}" / SOCKET_NAME)


def check_private_dir(folder: Path, create: bool = False) -> None:
    """The socket's folder must be this user's and closed to others (POSIX); raises ChannelError."""
    if sys.platform == "win32":
        return
    folder = Path(folder)
    if create:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        raise ChannelError(NOT_RUNNING) from None
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        if create and stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid():
            os.chmod(folder, 0o700)
            return
        raise ChannelError(f"De map {folder} is niet alleen van jou. Plakwacht gebruikt hem niet; "
                           "vraag de servicedesk om hem te verwijderen.")


class Connection:
    """A client connection to the tray app: framed messages both ways."""

    def __init__(self, reader, writer, closer):
        self._reader, self._writer, self._closer = reader, writer, closer

    def send(self, message: dict) -> None:
        self._writer(protocol.encode(message))

    def recv(self) -> bytes | None:
        """The next frame body from the tray, or ``None`` when the tray closed the channel."""
        return protocol.read_frame(self._reader)

    def close(self) -> None:
        try:
            self._closer()
        except OSError:
            pass


def connect(addr: str | None = None, timeout: float | None = 2.0, io_timeout: float | None = None) -> Connection:
    """Open the channel; raises :class:`ChannelError` (Dutch) when the tray app is not there."""
    addr = addr or address()
    if sys.platform == "win32":
        path = addr if addr.startswith("\\\\") else "\\\\.\\pipe\\" + addr
        try:
            pipe = open(path, "r+b", buffering=0)
        except OSError:
            raise ChannelError(NOT_RUNNING) from None
        return Connection(pipe, pipe.write, pipe.close)
    check_private_dir(Path(addr).parent)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(addr)
    except OSError:
        sock.close()
        raise ChannelError(NOT_RUNNING) from None
    sock.settimeout(io_timeout)
    reader = sock.makefile("rb")

    def close() -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in a read first
        except OSError:
            pass
        reader.close()
        sock.close()

    return Connection(reader, sock.sendall, close)


def query(addr: str | None = None, timeout: float = 2.0) -> dict | None:
    """The tray's view of the connected extensions, or ``None`` when the tray does not run."""
    try:
        conn = connect(addr, timeout, io_timeout=timeout)
    except ChannelError:
        return None
    try:
        conn.send({"type": "query"})
        body = conn.recv()
    except (OSError, protocol.ProtocolError):
        return None
    finally:
        conn.close()
    if body is None:
        return None
    try:
        import json

        state = json.loads(body.decode("utf-8"))
    except ValueError:
        return None
    return state if isinstance(state, dict) and state.get("type") == "state" else None
