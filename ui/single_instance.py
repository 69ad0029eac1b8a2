"""One Plakwacht per data folder: a lock file, and a local server the second start can knock on.

The lock (``plakwacht.lock`` in the data folder) decides who runs. The server only lets a second
start say "show yourself", so it must be reachable by the same user alone and its name must not be
guessable by another user (who could otherwise take the name first, or knock on it):

- the name carries a random token kept in the data folder (``instance.id``, mode 0600), which
  only the same user can read;
- on Linux and macOS the socket is put in a folder only this user can enter (the data folder, else
  ``$XDG_RUNTIME_DIR``) where such a folder is at hand; always with Qt's ``UserAccessOption``
  (socket mode 0700 on Unix, a DACL for the user alone on the Windows named pipe);
- ``listen()`` is checked: when no place works the guard still runs, the log says so (type only),
  and a second start finds the lock and stops.
"""
from __future__ import annotations

import logging
import os
import secrets
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "plakwacht.lock"
TOKEN_FILE = "instance.id"
#: AF_UNIX paths are limited to 104-108 bytes depending on the OS; stay below all of them.
MAX_SOCKET_PATH = 100


def _token(data_dir: Path) -> str:
    """The random part of the server name, shared by every start that uses this data folder."""
    from guard import paths

    path = data_dir / TOKEN_FILE
    for _attempt in range(2):
        try:
            value = path.read_text(encoding="ascii").strip()
        except (FileNotFoundError, UnicodeDecodeError):
            value = ""
        except OSError as exc:
            log.warning("instance token unreadable: %s", type(exc).__name__)
            value = ""
        if len(value) == 32 and all(c in "0123456789abcdef" for c in value):
            paths.make_private(path)
            return value
        if value or path.exists():
            path.unlink(missing_ok=True)  # damaged: make a new one
        try:
            paths.write_private_exclusive(path, secrets.token_hex(16).encode("ascii"))
        except OSError as exc:
            log.warning("instance token not written: %s", type(exc).__name__)
            return secrets.token_hex(16)  # this start only: a second start will not find us, the lock still holds
    return secrets.token_hex(16)


def _private_folder(folder: Path | None) -> bool:
    if folder is None or sys.platform == "win32":
        return False
    try:
        st = folder.stat()
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077


def server_names(data_dir: Path) -> list[str]:
    """Where the server listens, in order of preference; a second start tries the same list."""
    token = _token(data_dir)
    base = f"plakwacht-{token}"
    names = []
    if sys.platform != "win32":
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        for folder in (data_dir, Path(runtime) if runtime else None):
            if _private_folder(folder):
                candidate = str(folder / f"pw-{token[:12]}.sock")  # short: AF_UNIX paths are limited
                if len(candidate.encode("utf-8", "surrogatepass")) <= MAX_SOCKET_PATH:
                    names.append(candidate)
    names.append(base)  # Windows named pipe; on Unix a socket in the temp folder (mode 0700)
    return names


class SingleInstance:
    """Take the lock, or tell the instance that holds it to show itself.

    Args:
        data_dir: the data folder (one instance per folder).
        on_knock: called (on the GUI thread) when a second start knocks.
    """

    def __init__(self, data_dir: Path, on_knock=None):
        self.data_dir = Path(data_dir)
        self.on_knock = on_knock
        self.lock = QLockFile(str(self.data_dir / LOCK_FILE))
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self.name: str | None = None

    @property
    def listening(self) -> bool:
        return self.server is not None and self.server.isListening()

    def acquire(self) -> bool:
        """True: this process is the one; False: another runs (and was asked to show itself)."""
        if not self.lock.tryLock(200):
            self.knock()
            return False
        self._listen(server_names(self.data_dir))
        return True

    def _listen(self, names: list[str]) -> bool:
        for name in names:
            QLocalServer.removeServer(name)  # a stale socket of a crashed run (we hold the lock)
            server = QLocalServer()
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            if server.listen(name):
                server.newConnection.connect(self._knocked)
                self.server, self.name = server, name
                return True
            log.warning("single-instance server could not listen (%s)", server.serverError().name)
            server.close()
        log.error("single-instance server not listening: a second start cannot reach this one")
        return False

    def knock(self) -> bool:
        """Ask the running instance to show itself; True if one answered."""
        for name in server_names(self.data_dir):
            sock = QLocalSocket()
            sock.connectToServer(name)
            if sock.waitForConnected(500):
                sock.write(b"show\n")
                sock.waitForBytesWritten(500)
                sock.disconnectFromServer()
                return True
        return False

    def _knocked(self) -> None:
        while self.server is not None and (conn := self.server.nextPendingConnection()) is not None:
            conn.close()
            if self.on_knock is not None:
                self.on_knock()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()
