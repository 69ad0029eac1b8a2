"""The tray app's end of the browser channel: a QLocalServer that only this user can open.

Each connection is a ``plakwacht browser host`` (one per browser profile) or a short query from
``plakwacht browser status`` / ``plakwacht window``. Messages are framed and checked
(:mod:`guard.browser.protocol`); what they say goes to :class:`guard.browser.state.BrowserFacts`.
A connection that sends a malformed or oversized message is closed.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from guard.browser import channel, protocol
from guard.browser.state import BrowserFacts

log = logging.getLogger(__name__)


class BrowserLink(QObject):
    """Listens on :func:`guard.browser.channel.address` and feeds ``facts``.

    Signals:
        changed: an extension connected or went away (the tray line changes).
    """

    changed = Signal()

    def __init__(self, facts: BrowserFacts, address: str | None = None, parent=None):
        super().__init__(parent)
        self.facts = facts
        self.address = address or channel.address()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, protocol.FrameBuffer] = {}
        self.listening = False

    def start(self) -> bool:
        """Start listening; ``False`` (logged) when another Plakwacht of this user already does."""
        if sys.platform != "win32":
            try:
                channel.check_private_dir(Path(self.address).parent, create=True)
            except OSError as exc:
                log.error("browser channel folder refused: %s", type(exc).__name__)
                return False
            probe = QLocalSocket()
            probe.connectToServer(self.address)
            if probe.waitForConnected(200):
                probe.abort()
                log.warning("another Plakwacht listens for the browser already")
                return False
            QLocalServer.removeServer(self.address)
        self.listening = self.server.listen(self.address)
        if not self.listening:
            log.error("browser channel not opened: %s", self.server.errorString())
        elif sys.platform != "win32":
            try:
                os.chmod(self.address, 0o600)
            except OSError:
                pass
        return self.listening

    def send(self, sock: QLocalSocket, message: dict) -> None:
        """A message to one connection (an upload's verdict); dropped when it has gone."""
        if sock in self._buffers:
            sock.write(protocol.encode(message))
            sock.flush()

    def broadcast(self, message: dict) -> None:
        """A message to every connected extension (the GenAI hosts after a policy change)."""
        for sock in list(self._buffers):
            self.send(sock, message)

    def stop(self) -> None:
        for sock in list(self._buffers):
            sock.abort()
        self._buffers.clear()
        self.server.close()

    # -- connections --------------------------------------------------------------------------
    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._buffers[sock] = protocol.FrameBuffer()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._gone(s))

    def _read(self, sock: QLocalSocket) -> None:
        buf = self._buffers.get(sock)
        if buf is None:
            return
        try:
            for body in buf.feed(bytes(sock.readAll().data())):
                message = protocol.parse_from_client(body)
                was_active = self.facts.active
                reply = self.facts.handle(sock, message)
                for out in ([reply] if reply is not None else []) + self.facts.followups(message):
                    sock.write(protocol.encode(out))
                sock.flush()
                if self.facts.active != was_active:
                    self.changed.emit()
        except protocol.ProtocolError as exc:
            log.warning("browser channel: message refused (%s); connection closed", exc)
            self._gone(sock)
            sock.abort()

    def _gone(self, sock: QLocalSocket) -> None:
        if self._buffers.pop(sock, None) is None:
            return
        was_active = self.facts.active
        self.facts.disconnected(sock)
        if self.facts.active != was_active:
            self.changed.emit()
        sock.deleteLater()
