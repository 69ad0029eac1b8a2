"""A stand-in for the tray's end of the browser channel: a Unix socket server in a thread."""
from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path

from guard.browser import protocol
from guard.browser.state import BrowserFacts


class FakeTray:
    """Accepts connections, answers like the tray (BrowserFacts), records the checked messages."""

    def __init__(self, folder: Path):
        folder = Path(folder)
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
        self.path = str(folder / "b.sock")
        self.facts = BrowserFacts(key=bytes(range(32)))
        self.messages: list[dict] = []
        self.raw: list[bytes] = []
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(self.path)
        self.sock.listen(4)
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            threading.Thread(target=self._conn, args=(conn,), daemon=True).start()

    def _conn(self, conn: socket.socket) -> None:
        try:
            self._talk(conn)
        finally:
            conn.close()  # every accepted socket is closed by its own thread, whoever ends first

    def _talk(self, conn: socket.socket) -> None:
        buf = protocol.FrameBuffer()
        while True:
            try:
                data = conn.recv(65536)
            except OSError:
                return
            if not data:
                with self.lock:
                    self.facts.disconnected(conn)
                return
            for body in buf.feed(data):
                self.raw.append(body)
                msg = protocol.parse_from_client(body)
                with self.lock:
                    self.messages.append(msg)
                    reply = self.facts.handle(conn, msg)
                    out = ([reply] if reply is not None else []) + self.facts.followups(msg)
                try:
                    for m in out:
                        conn.sendall(protocol.encode(m))
                except OSError:
                    # The host may end (say, on an oversized frame) before its replies are out: a
                    # real tray sees a closed connection then too. Whether that happens first is a
                    # race, so it must not turn into an error in this thread.
                    with self.lock:
                        self.facts.disconnected(conn)
                    return

    def close(self) -> None:
        for c in self.conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def frame(msg) -> bytes:
    body = json.dumps(msg).encode() if not isinstance(msg, bytes) else msg
    return len(body).to_bytes(4, "little") + body
