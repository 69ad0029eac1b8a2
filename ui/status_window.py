"""Without a system tray: a small window that says Plakwacht runs, with the tray menu's choices.

Some desktops (GNOME without the AppIndicator extension, bare window managers) have no system
tray; a tray icon there is invisible and Plakwacht would run unseen. This window takes its place.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TITLE = "Plakwacht staat aan"
EXPLAIN = ("Je bureaublad heeft geen systeemvak, daarom staat Plakwacht in dit "
           "venster. Je mag het venster minimaliseren. Sluit je het, dan stopt Plakwacht.")


class StatusWindow(QWidget):
    """The tray's place when there is no tray. ``tray`` is the app's :class:`ui.tray.Tray` (its signals)."""

    def __init__(self, tray, parent: QWidget | None = None):
        super().__init__(parent)
        self.tray = tray
        self._quitting = False
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        layout = QVBoxLayout(self)
        self.state_label = QLabel("")
        self.state_label.setWordWrap(True)
        font = self.state_label.font()
        font.setBold(True)
        self.state_label.setFont(font)
        layout.addWidget(self.state_label)
        explain = QLabel(EXPLAIN)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.buttons = {}
        for key, text, signal in (("history", "Geschiedenis", tray.show_history),
                                  ("settings", "Instellingen", tray.show_settings),
                                  ("quit", "Afsluiten", tray.quit)):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(signal.emit)
            row.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(row)
        self.setMinimumWidth(420)
        self.refresh()

    def refresh(self) -> None:
        self.state_label.setText(self.tray.status_action.text())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Closing the window is quitting: ask the app (it may ask the person first)."""
        if not self._quitting:
            event.ignore()
            self.tray.quit.emit()
            return
        super().closeEvent(event)

    def close_for_quit(self) -> None:
        self._quitting = True
        self.close()


__all__ = ["StatusWindow", "Qt"]
