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

def _builtin_title() -> str:
    try:
        from guard.policy import BUILTIN

        return read_policy(BUILTIN).title
    except Exception:  # pragma: no cover - a broken build; the dialog still opens
        return "het beleid van UWV"


BUILTIN_TITLE = _builtin_title()
BUILTIN_PLACEHOLDER = f"leeg: het ingebouwde beleid ({BUILTIN_TITLE})"

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

    def __init__(self, settings, save=None, autostart_set=None, now=None, parent: QWidget | None = None,
                 notes=(), locked=()):
        """``notes``: plain-Dutch lines shown on top (administrator, key store); ``locked``: names of
        fields the administrator decides (``"policy_file"``, ``"warn_without_window_detection"``,
        ``"pause"``), shown but not editable."""
        super().__init__(parent)
        self.settings = settings
        self.locked = set(locked)
        self._save = save
        self._autostart_set = autostart_set or (lambda on: autostart.set_enabled(on))
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.setWindowTitle("Instellingen – Plakwacht")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)  # room under the buttons too
        self.setMinimumWidth(620)
        layout.setSpacing(12)
        self.notes_label = QLabel("\n".join(notes))
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(notes))
        layout.addWidget(self.notes_label)
        form = QFormLayout()

        self.retention = QSpinBox()
        self.retention.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.retention.setSuffix(" dagen")
        self.retention.setValue(int(settings.retention_days))
        self.retention.setAccessibleName("Geschiedenis bewaren, in dagen")
        form.addRow("Geschiedenis bewaren", self.retention)

        row = QHBoxLayout()
        self.policy_file = QLineEdit(settings.policy_file or "")
        self.policy_file.setPlaceholderText(BUILTIN_PLACEHOLDER)
        self.policy_file.setAccessibleName("Beleidsbestand")
        choose = QPushButton("Kies bestand…")
        choose.setAccessibleName("Beleidsbestand kiezen")
        choose.clicked.connect(self._choose_policy)
        builtin = QPushButton("Ingebouwd UWV-beleid gebruiken")
        builtin.setAccessibleName("Ingebouwd UWV-beleid gebruiken")
        builtin.setToolTip("Gebruik het beleid dat met Plakwacht is meegeleverd: " + BUILTIN_TITLE)
        builtin.clicked.connect(self.policy_file.clear)
        self.builtin_button = builtin
        # The field on its own line (wide enough to read which policy), the two buttons under it.
        column = QVBoxLayout()
        column.addWidget(self.policy_file)
        row.addWidget(choose)
        row.addWidget(builtin)
        row.addStretch(1)
        column.addLayout(row)
        form.addRow("Beleidsbestand", column)

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
        self.pause.setAccessibleName("Pauze")
        form.addRow("Pauze", self.pause)
        layout.addLayout(form)
        if "policy_file" in self.locked:
            for w in (self.policy_file, choose, builtin):
                w.setEnabled(False)
        self.warn_blind.setEnabled("warn_without_window_detection" not in self.locked)
        self.pause.setEnabled("pause" not in self.locked)

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
        if policy_file and "policy_file" not in self.locked:
            try:
                from guard.policy_check import check_policy, refusal

                failed = check_policy(read_policy(Path(policy_file)))
                if failed:
                    raise PolicyError(refusal(failed))
            except PolicyError as exc:
                self._error(f"{exc} Kies een ander bestand of klik op 'Ingebouwd UWV-beleid gebruiken'.")
                return False
        s = self.settings
        if bool(s.start_at_login) != self.start_at_login.isChecked():
            problem = self._autostart_set(self.start_at_login.isChecked())
            if problem:
                self._error(problem)
                return False
        s.retention_days = self.retention.value()
        if "policy_file" not in self.locked:
            s.policy_file = policy_file
        s.start_at_login = self.start_at_login.isChecked()
        if "warn_without_window_detection" not in self.locked:
            s.warn_without_window_detection = self.warn_blind.isChecked()
        s.show_notifications = self.notifications.isChecked()
        choice = self.pause.currentData()
        if choice != "keep" and "pause" not in self.locked:
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
