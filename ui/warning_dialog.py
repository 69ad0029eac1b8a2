"""The warning: which guideline, what was found (masked), and what the person can do.

Keyboard first: the safe choice "Klembord leegmaken" has the focus and is the default button, and
Esc (or closing the window) means the same safe choice. "Toch plakken" asks for a short reason.
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from guard.alert import Alert
from guard.vocabulary import AlertKind, Decision, UncheckedReason

CLEAR, REDACT, PASTE_ANYWAY, ALLOWLIST, DISMISSED = (
    Decision.CLEAR, Decision.REDACT, Decision.PASTE_ANYWAY, Decision.ALLOWLIST, Decision.DISMISSED)
UNCHECKED = AlertKind.UNCHECKED

log = logging.getLogger(__name__)

BUTTON_TEXTS = {
    CLEAR: "Klembord leegmaken",
    REDACT: "Plakken zonder persoonsgegevens",
    PASTE_ANYWAY: "Toch plakken…",
    ALLOWLIST: "Deze tekst is openbaar, niet meer waarschuwen",
    DISMISSED: "Begrepen, ik plak dit niet in een AI-chat",
}
BUTTON_HELP = {
    CLEAR: "De tekst gaat van je klembord. Dit is de veilige keuze.",
    REDACT: "Je klembord krijgt dezelfde tekst, met [BSN], [NAAM] en dergelijke in plaats van de persoonsgegevens.",
    PASTE_ANYWAY: "Je krijgt de tekst terug. Schrijf kort op waarom dat mag.",
    ALLOWLIST: "Alleen voor tekst die al openbaar is, zoals een persbericht. Plakwacht onthoudt een "
               "versleutelde vingerafdruk, niet de tekst.",
    DISMISSED: "De tekst blijft op je klembord. Gebruik hem alleen buiten AI-chats.",
}
UNCHECKED_WHY = {
    UncheckedReason.TOO_LARGE: "De tekst is te groot om op tijd te controleren.",
    UncheckedReason.STARTING: "Plakwacht is nog bezig met starten en kon de tekst nog niet controleren.",
    UncheckedReason.SLOW: "Het controleren van deze tekst duurt te lang.",
    UncheckedReason.FAILED: "Bij het controleren van deze tekst ging iets mis.",
}
MIN_REASON = 3
TITLE = "Let op – Plakwacht"


def headline(alert: Alert) -> tuple[str, str]:
    """The warning's title line and the sentence under it."""
    site = alert.site_name or "deze AI-chat"
    if alert.forbidden_site:
        title = f"{site} mag je niet gebruiken"
    elif alert.kind == UNCHECKED:
        title = "Deze tekst kon niet worden gecontroleerd"
    elif alert.site is None:
        title = "Deze tekst mag niet in een AI-chat"
    else:
        title = f"Deze tekst mag je niet in {site} plakken"
    if alert.kind == UNCHECKED:
        why = UNCHECKED_WHY.get(alert.unchecked_reason, UNCHECKED_WHY[UncheckedReason.SLOW])
        sub = (f"{why} Plak hem alleen als je zeker weet dat er geen persoonsgegevens of interne informatie "
               "in staan.")
    elif alert.site is None:
        sub = ("Plakwacht kan niet zien welk venster je gebruikt. Plak deze tekst niet in een AI-chat, "
               "zoals Le Chat.")
    else:
        sub = ""
    if alert.held:
        sub = (sub + " " if sub else "") + ("Plakwacht heeft je klembord tijdelijk leeggemaakt. "
                                            "Kies hieronder wat je wilt doen.")
    return title, sub


class WarningDialog(QDialog):
    """One warning. Calls ``on_decide(decision, reason)`` once; the app carries it out.

    Args:
        alert: the warning from the guard.
        on_decide: called with (decision, reason); may raise ``ValueError`` with a Dutch message,
            which the dialog shows instead of closing.
    """

    def __init__(self, alert: Alert, on_decide=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.alert = alert
        self.on_decide = on_decide
        self._done = False
        self.setWindowTitle(TITLE)
        self.setObjectName("plakwacht-warning")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setModal(False)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        title, sub = headline(alert)
        self.title_label = QLabel(f"<h2 style='margin:0'>{html.escape(title)}</h2>")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.sub_label = QLabel(sub)
        self.sub_label.setWordWrap(True)
        self.sub_label.setVisible(bool(sub))
        layout.addWidget(self.sub_label)

        # The guidelines, verbatim.
        self.guideline_labels: list[QLabel] = []
        for g in alert.verdict.guidelines:
            label = QLabel(f"<b>Richtlijn {g.number}</b><br>{html.escape(g.text)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setStyleSheet("QLabel { background: #fff8e1; border: 1px solid #ffb300; padding: 8px; }")
            layout.addWidget(label)
            self.guideline_labels.append(label)

        # What was found, grouped, masked.
        self.findings_label = QLabel(self._findings_html())
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if self.findings_label.text():
            layout.addWidget(self.findings_label)

        # The choices, in the order the verdict gives them (the first is the safe one).
        self.buttons: dict[str, QPushButton] = {}
        for action in alert.actions:
            button = QPushButton(BUTTON_TEXTS.get(action, action))
            button.setToolTip(BUTTON_HELP.get(action, ""))
            button.setAccessibleDescription(BUTTON_HELP.get(action, ""))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self._choose(a))
            layout.addWidget(button)
            self.buttons[action] = button
        safe = self.buttons.get(CLEAR)
        if safe is not None:
            safe.setDefault(True)
            safe.setAutoDefault(True)
            safe.setStyleSheet("QPushButton { font-weight: bold; padding: 6px; }")

        # "Toch plakken" asks for a reason first.
        self.reason_box = QWidget()
        row = QVBoxLayout(self.reason_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Waarom mag deze tekst toch in de chat? (kort, zonder persoonsgegevens)"))
        line = QHBoxLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText("Bijvoorbeeld: het zijn testgegevens")
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.reason_edit.returnPressed.connect(self._confirm_paste)
        self.confirm_button = QPushButton("Plakken")
        self.confirm_button.setEnabled(False)
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self._confirm_paste)
        line.addWidget(self.reason_edit)
        line.addWidget(self.confirm_button)
        row.addLayout(line)
        self.reason_box.setVisible(False)
        layout.addWidget(self.reason_box)

        self.error_label = QLabel("")
        self.error_label.setStyleSheet("color: #b71c1c")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        # Number keys pick a choice (1 = the safe one); the buttons say so in their tooltips.
        for i, action in enumerate(alert.actions, 1):
            self.buttons[action].setToolTip(f"Toets {i}. " + self.buttons[action].toolTip())
        if safe is not None:
            safe.setFocus()

    # -- content -----------------------------------------------------------------------------
    def _findings_html(self) -> str:
        groups = self.alert.groups()
        if not groups:
            if self.alert.kind == UNCHECKED:
                return f"De tekst is {self.alert.text_length:,} tekens lang.".replace(",", ".")
            return ""
        parts = ["<b>Wat Plakwacht vond</b><ul style='margin-top:4px'>"]
        for g in groups:
            label = html.escape(g.label[:1].upper() + g.label[1:])
            count = f" ({g.count}×)" if g.count > 1 else ""
            previews = ", ".join(f"<code>{html.escape(p)}</code>" for p in g.previews)
            why = "; ".join(html.escape(r) for r in g.reasons)
            line = f"<li><b>{label}</b>{count}"
            if previews:
                line += f": {previews}"
            if why:
                line += f"<br><span style='color:#555'>Waarom: {why}</span>"
            parts.append(line + "</li>")
        parts.append("</ul>")
        return "".join(parts)

    # -- choices -----------------------------------------------------------------------------
    def _choose(self, action: str) -> None:
        if action == PASTE_ANYWAY:
            self.reason_box.setVisible(True)
            self.reason_edit.setFocus()
            # Grow instead of squeezing the findings: the layout's new minimum may exceed the size.
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return
        self._finish(action, "")

    def _reason_changed(self, text: str) -> None:
        self.confirm_button.setEnabled(len(text.strip()) >= MIN_REASON)

    def _confirm_paste(self) -> None:
        reason = self.reason_edit.text().strip()
        if len(reason) < MIN_REASON:
            self._show_error("Schrijf eerst kort op waarom je de tekst toch wilt plakken.")
            return
        self._finish(PASTE_ANYWAY, reason)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _finish(self, action: str, reason: str) -> None:
        if self._done:
            return
        if self.on_decide is not None:
            try:
                self.on_decide(action, reason)
            except ValueError as exc:
                self._show_error(str(exc))
                return
        self._done = True
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        text = event.text()
        if text.isdigit() and not self.reason_edit.hasFocus():
            index = int(text) - 1
            actions = list(self.alert.actions)
            if 0 <= index < len(actions):
                self.buttons[actions[index]].click()
                return
        super().keyPressEvent(event)

    def safe_default(self) -> str:
        return CLEAR if CLEAR in self.alert.actions else self.alert.actions[0]

    def reject(self) -> None:
        """Esc or the close button: the safe choice, unless a choice was already made."""
        if not self._done:
            if self.reason_box.isVisible():
                # Esc while typing a reason first cancels "Toch plakken", not the whole warning.
                self.reason_edit.clear()
                self.reason_box.setVisible(False)
                self.buttons[self.safe_default()].setFocus()
                return
            self._finish(self.safe_default(), "")
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self._done:
            self._finish(self.safe_default(), "")
        super().closeEvent(event)

    def close_silently(self) -> None:
        """The guard settled the warning itself (the person left the site): close without a choice."""
        self._done = True
        self.done(QDialog.DialogCode.Rejected)
