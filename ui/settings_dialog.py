"""Settings: how long the history is kept, which policy file, start at login, pause."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from guard import autostart
from guard.policy import PolicyError, read_policy

from guard.settings import MAX_RETENTION_DAYS, MIN_RETENTION_DAYS

PAUSE_CHOICES = (("Niet gepauzeerd", None), ("15 minuten", "15m"), ("Tot morgen", "tomorrow"))


def pause_end(choice: str | None, now: dt.datetime) -> dt.datetime | None:
    """When a pause chosen now ends: 15 minutes, or tomorrow 06:00 local time."""
    if choice == "15m":
        return now + dt.timedelta(minutes=15)
    if choice == "tomorrow":
        local = now.astimezone()
        tomorrow = (local + dt.timedelta(days=1)).date()
        return dt.datetime.combine(tomorrow, dt.time(6, 0), tzinfo=local.tzinfo).astimezone(dt.timezone.utc)
    return None


class SettingsDialog(QDialog):
    """Edits a ``Settings`` copy; on OK it saves and emits ``applied(settings, pause_choice)``.

    Args:
        settings: the current settings (changed in place only on OK).
        save: callable(settings) that writes them (the app passes ``settings.save(path)``).
        autostart_set: callable(enabled) -> problem message or None (tests pass a fake).
        now: the clock.
    """

    applied = Signal(object, object)

    def __init__(self, settings, save=None, autostart_set=None, now=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._save = save
        self._autostart_set = autostart_set or (lambda on: autostart.set_enabled(on))
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.setWindowTitle("Instellingen – Plakwacht")
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.retention = QSpinBox()
        self.retention.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.retention.setSuffix(" dagen")
        self.retention.setValue(int(settings.retention_days))
        form.addRow("Geschiedenis bewaren", self.retention)

        row = QHBoxLayout()
        self.policy_file = QLineEdit(settings.policy_file or "")
        self.policy_file.setPlaceholderText("ingebouwd beleid")
        choose = QPushButton("Kies…")
        choose.clicked.connect(self._choose_policy)
        builtin = QPushButton("Ingebouwd")
        builtin.clicked.connect(self.policy_file.clear)
        row.addWidget(self.policy_file, 1)
        row.addWidget(choose)
        row.addWidget(builtin)
        form.addRow("Beleidsbestand", row)

        self.start_at_login = QCheckBox("Start Plakwacht als ik inlog")
        self.start_at_login.setChecked(bool(settings.start_at_login))
        form.addRow("", self.start_at_login)
        self.warn_blind = QCheckBox("Waarschuw bij elke gevoelige tekst als Plakwacht het venster niet kan zien")
        self.warn_blind.setChecked(bool(getattr(settings, "warn_without_window_detection", True)))
        form.addRow("", self.warn_blind)
        self.notifications = QCheckBox("Meldingen tonen in het systeemvak")
        self.notifications.setChecked(bool(getattr(settings, "show_notifications", True)))
        form.addRow("", self.notifications)

        self.pause = QComboBox()
        for label, key in PAUSE_CHOICES:
            self.pause.addItem(label, key)
        paused_until = settings.paused_until
        if paused_until is not None and self.now() < paused_until:
            self.pause.insertItem(1, f"Gepauzeerd tot {paused_until.astimezone():%d-%m %H:%M}", "keep")
            self.pause.setCurrentIndex(1)
        form.addRow("Pauze", self.pause)
        layout.addLayout(form)

        self.error_label = QLabel("")
        self.error_label.setStyleSheet("color: #b71c1c")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Opslaan")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose_policy(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Beleidsbestand kiezen", "", "Beleid (*.toml)")
        if name:
            self.policy_file.setText(name)

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def apply(self) -> bool:
        """Check, save, and close; on a problem show it and stay open. Returns whether it was saved."""
        policy_file = self.policy_file.text().strip()
        if policy_file:
            try:
                read_policy(Path(policy_file))
            except PolicyError as exc:
                self._error(f"{exc} Kies een ander bestand of klik op Ingebouwd.")
                return False
        s = self.settings
        if bool(s.start_at_login) != self.start_at_login.isChecked():
            problem = self._autostart_set(self.start_at_login.isChecked())
            if problem:
                self._error(problem)
                return False
        s.retention_days = self.retention.value()
        s.policy_file = policy_file
        s.start_at_login = self.start_at_login.isChecked()
        s.warn_without_window_detection = self.warn_blind.isChecked()
        s.show_notifications = self.notifications.isChecked()
        choice = self.pause.currentData()
        if choice != "keep":
            s.paused_until = pause_end(choice, self.now())
        if self._save is not None:
            try:
                self._save(s)
            except OSError:
                self._error("De instellingen konden niet worden opgeslagen. Probeer het opnieuw.")
                return False
        self.applied.emit(s, choice)
        self.accept()
        return True
