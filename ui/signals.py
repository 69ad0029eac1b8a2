"""SIGTERM and SIGINT end the tray app cleanly (a held text is given back first).

Qt's C++ event loop does not let Python run signal handlers while it waits, so a signal would only
be seen at the next Qt event — possibly never. Python writes the signal number to a wake-up socket
(``signal.set_wakeup_fd``); a ``QSocketNotifier`` on the other end wakes the loop, the Python
handler runs, and it schedules ``on_signal`` on the GUI thread.
"""
from __future__ import annotations

import logging
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class SignalWatch:
    """While installed, SIGTERM and SIGINT call ``on_signal`` on the GUI thread.

    Args:
        parent: a QObject that lives as long as the watch (the QApplication).
        on_signal: what to do, e.g. the app's ``quit``.

    Attributes:
        installed: ``False`` where Python cannot install handlers (not the main thread).
    """

    def __init__(self, parent: QObject, on_signal):
        self._on_signal = on_signal
        self._old_handlers: dict[int, object] = {}
        self._old_fd = -1
        self.installed = False
        self._rsock, self._wsock = socket.socketpair()
        for sock in (self._rsock, self._wsock):
            sock.setblocking(False)
        try:
            self._old_fd = signal.set_wakeup_fd(self._wsock.fileno())
        except (ValueError, OSError):  # not the main thread
            self._close_sockets()
            self._notifier = None
            return
        self._notifier = QSocketNotifier(self._rsock.fileno(), QSocketNotifier.Type.Read, parent)
        self._notifier.activated.connect(self._drain)
        for sig in SIGNALS:
            try:
                self._old_handlers[sig] = signal.signal(sig, self._handler)
            except (ValueError, OSError):
                pass
        self.installed = True

    def _drain(self) -> None:
        try:
            self._rsock.recv(64)
        except OSError:
            pass

    def _handler(self, signum, _frame) -> None:
        log.info("signal %d: quitting", signum)
        QTimer.singleShot(0, self._on_signal)

    def uninstall(self) -> None:
        """Put the previous handlers and wake-up fd back; safe to call twice."""
        if not self.installed:
            return
        self.installed = False
        for sig, old in self._old_handlers.items():
            signal.signal(sig, old)
        signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._close_sockets()

    def _close_sockets(self) -> None:
        for sock in (self._rsock, self._wsock):
            sock.close()


__all__ = ["SIGNALS", "SignalWatch"]
