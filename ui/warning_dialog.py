"""The warning: which guideline, what was found (masked), and what the person can do.

Keyboard first: the safe choice "Klembord leegmaken" has the focus and is the default button, and
Esc (or closing the window) means the same safe choice. The number keys 1–4 pick a choice (the
buttons show their number); Tab moves between them with a clear focus ring. "Toch plakken" asks
for a short reason; "Deze tekst is openbaar" asks for a confirmation with where the text is public.
The content scrolls, so the choices stay on screen at 150% and 200% scaling.
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QStyle, QVBoxLayout, QWidget,
)

from guard.alert import Alert
from guard.vocabulary import AlertKind, Decision, UncheckedReason
from ui import file_warning

CLEAR, REDACT, PASTE_ANYWAY, ALLOWLIST, DISMISSED = (
    Decision.CLEAR, Decision.REDACT, Decision.PASTE_ANYWAY, Decision.ALLOWLIST, Decision.DISMISSED)
UNCHECKED = AlertKind.UNCHECKED

log = logging.getLogger(__name__)

BUTTON_TEXTS = {
    CLEAR: "Klembord leegmaken",
    REDACT: "Tekst zonder persoonsgegevens klaarzetten",
    PASTE_ANYWAY: "Toch plakken…",
    ALLOWLIST: "Deze tekst is openbaar…",
    DISMISSED: "Begrepen, ik plak dit niet in een AI-chat",
}
BUTTON_HELP = {
    CLEAR: "De tekst gaat van je klembord. Dit is de veilige keuze.",
    REDACT: "Je klembord krijgt dezelfde tekst, met [BSN], [NAAM] en dergelijke in plaats van de persoonsgegevens. "
            "Daarna plak je met Ctrl+V.",
    PASTE_ANYWAY: "Je krijgt de tekst terug. Schrijf kort op waarom dat mag.",
    ALLOWLIST: "Alleen voor tekst die al openbaar is, zoals een persbericht op uwv.nl. Plakwacht onthoudt een "
               "versleutelde vingerafdruk, niet de tekst.",
    DISMISSED: "De tekst blijft op je klembord. Gebruik hem alleen buiten AI-chats.",
}
#: What to do next, after a choice that leaves something to paste (shown as a notification).
AFTER_CHOICE = {
    REDACT: "De tekst zonder persoonsgegevens staat op je klembord. Druk nu op Ctrl+V om hem te plakken.",
    PASTE_ANYWAY: "Je tekst staat weer op je klembord. Druk op Ctrl+V om hem te plakken.",
    ALLOWLIST: "Je tekst staat weer op je klembord. Druk op Ctrl+V om hem te plakken.",
}
UNCHECKED_WHY = {
    UncheckedReason.TOO_LARGE: "De tekst is te groot om op tijd te controleren.",
    UncheckedReason.STARTING: "Plakwacht is nog bezig met starten en kon de tekst nog niet controleren.",
    UncheckedReason.SLOW: "Het controleren van deze tekst duurt te lang.",
    UncheckedReason.FAILED: "Bij het controleren van deze tekst ging iets mis.",
}
MIN_REASON = 3
TITLE = "Let op – Plakwacht"
#: How many kinds of finding the warning lists before "en N meer", and examples per kind.
MAX_GROUPS = 4
MAX_PREVIEWS = 3

#: Colours as (text, background); every pair has a contrast of at least 4.5:1 (WCAG AA), see tests.
COLORS = {
    "guideline": ("#1a1a1a", "#fff8e1"),
    "why": ("#4a4a4a", "#ffffff"),
    "error": ("#b71c1c", "#ffffff"),
    "focus": ("#0d47a1", "#e3f2fd"),
}
FOCUS_RING = COLORS["focus"][0]
BUTTON_STYLE = (
    "QPushButton { text-align: left; padding: 6px 10px; border: 1px solid #5f6b73; border-radius: 4px;"
    " background: #f7f7f7; color: #1a1a1a; }"
    f" QPushButton:focus {{ border: 3px solid {FOCUS_RING}; background: {COLORS['focus'][1]}; padding: 4px 8px; }}"
    " QPushButton:disabled { color: #5f5f5f; }"
)


def headline(alert: Alert, policy=None) -> tuple[str, str]:
    """The warning's title line and the sentence under it (tool names from ``policy``)."""
    from guard.wording import ai_chat, allowed_tool_hint

    if file_warning.is_files(alert):
        return file_warning.headline(alert)
    site = alert.site_name or "deze AI-chat"
    if alert.forbidden_site:
        title = f"{site} mag je niet gebruiken"
    elif alert.kind == UNCHECKED:
        title = "Deze tekst kon niet worden gecontroleerd"
    elif alert.site is None:
        title = "Deze tekst mag niet in een AI-chat"
    else:
        title = f"Deze tekst mag je niet in {site} plakken"
    parts = []
    if alert.kind == UNCHECKED:
        why = UNCHECKED_WHY.get(alert.unchecked_reason, UNCHECKED_WHY[UncheckedReason.SLOW])
        parts.append(f"{why} Plak hem alleen als je zeker weet dat er geen persoonsgegevens of interne informatie "
                     "in staan.")
    elif alert.site is None:
        chat = ai_chat(policy) if policy is not None else "een AI-chat"
        parts.append("Plakwacht kan niet zien welk venster je gebruikt. Plak deze tekst niet in een AI-chat"
                     + (f", zoals {chat}." if policy is not None and chat != "een AI-chat" else "."))
    if alert.forbidden_site and policy is not None:
        parts.append(allowed_tool_hint(policy))
    if alert.held:
        parts.append("Plakwacht heeft de tekst op je klembord tijdelijk vervangen door een melding. Je tekst is niet "
                     "weg. Kies hieronder wat je wilt doen.")
    return title, " ".join(parts)


def after_choice(action: str) -> str:
    """What the person does next after ``action`` ("Druk nu op Ctrl+V ..."), or ""."""
    return AFTER_CHOICE.get(action, "")


class WarningDialog(QDialog):
    """One warning. Calls ``on_decide(decision, reason)`` once; the app carries it out.

    Args:
        alert: the warning from the guard.
        on_decide: called with (decision, reason); may raise ``ValueError`` with a Dutch message,
            which the dialog shows instead of closing.
    """

    def __init__(self, alert: Alert, on_decide=None, parent: QWidget | None = None, *, policy=None,
                 public_mark_days: int | None = 90):
        super().__init__(parent)
        self.alert = alert
        self.on_decide = on_decide
        self.policy = policy
        self.public_mark_days = public_mark_days
        self._done = False
        self.setWindowTitle(TITLE)
        self.setObjectName("plakwacht-warning")
        self.setAccessibleName(TITLE)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setModal(False)
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        outer.setSpacing(8)

        # The heading with an icon, then the sentence under it.
        title, sub = headline(alert, policy)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.icon_label = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        self.icon_label.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        self.icon_label.setAccessibleName("Waarschuwing")
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(title)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(title)
        head.addWidget(self.title_label, 1, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(head)
        self.sub_label = QLabel(sub)
        self.sub_label.setWordWrap(True)
        self.sub_label.setVisible(bool(sub))
        outer.addWidget(self.sub_label)

        # The guidelines and the findings scroll, so the choices stay on screen at any scaling.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.guideline_labels: list[QLabel] = []
        fg, bg = COLORS["guideline"]
        for g in alert.verdict.guidelines:
            label = QLabel(f"<b>Richtlijn {g.number}</b><br>{html.escape(g.text)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid #b26a00; padding: 8px; }}")
            label.setAccessibleName(f"Richtlijn {g.number}")
            layout.addWidget(label)
            self.guideline_labels.append(label)
        self.findings_label = QLabel(self._findings_html())
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings_label.setAccessibleName("Wat Plakwacht vond")
        if self.findings_label.text():
            layout.addWidget(self.findings_label)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)

        # The choices, in the order the verdict gives them (the first is the safe one), numbered.
        self.buttons: dict[str, QPushButton] = {}
        for i, action in enumerate(alert.actions, 1):
            label = (file_warning.UPLOAD_BUTTON_TEXTS if file_warning.is_upload(alert) else {}).get(
                action, BUTTON_TEXTS.get(action, action))
            button = QPushButton(f"{i}   {label}")
            button.setToolTip(f"Toets {i}. " + self._help(action))
            button.setAccessibleName(f"{label} (toets {i})")
            button.setAccessibleDescription(self._help(action))
            button.setAutoDefault(False)
            button.setStyleSheet(BUTTON_STYLE)
            button.clicked.connect(lambda _=False, a=action: self._choose(a))
            outer.addWidget(button)
            self.buttons[action] = button
        safe = self.buttons.get(CLEAR)
        if safe is not None:
            safe.setDefault(True)
            safe.setAutoDefault(True)
            font = QFont(safe.font())
            font.setBold(True)
            safe.setFont(font)
        self.keys_label = QLabel("Kies met de toetsen 1 tot en met %d, of met Tab en Enter. Esc is de veilige keuze."
                                 % len(alert.actions))
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet(f"color: {COLORS['why'][0]}")
        outer.addWidget(self.keys_label)

        # "Toch plakken" asks for a reason first.
        self.reason_box, self.reason_edit, self.confirm_button = self._ask_box(
            file_warning.REASON_QUESTION if file_warning.is_files(alert) else
            "Waarom mag deze tekst toch in de chat? (kort, zonder persoonsgegevens)",
            "Bijvoorbeeld: het zijn testgegevens", "Uploaden" if file_warning.is_upload(alert) else "Plakken",
            "Reden om toch te plakken", self._confirm_paste)
        from guard.reason import DIALOG_HINT

        self.reason_hint = QLabel(DIALOG_HINT)  # personal data in the reason is stored masked
        self.reason_hint.setWordWrap(True)
        self.reason_box.layout().addWidget(self.reason_hint)
        outer.addWidget(self.reason_box)
        # "Deze tekst is openbaar" asks for a confirmation and where the text is public.
        days = f"{public_mark_days} dagen" if public_mark_days else "voortaan"
        self.public_box, self.public_edit, self.public_button = self._ask_box(
            "Weet je zeker dat deze tekst al openbaar is, bijvoorbeeld een persbericht op uwv.nl? Plakwacht "
            f"waarschuwt dan {days} niet meer voor precies deze tekst. Je kunt dit ongedaan maken in "
            "Geschiedenis, bij 'Als openbaar gemarkeerd'. Waar staat de tekst openbaar?",
            "Bijvoorbeeld: uwv.nl, persbericht van 3 maart", "Ja, deze tekst is openbaar",
            "Waar staat de tekst openbaar", self._confirm_public)

        outer.addWidget(self.public_box)
        self.error_label = QLabel("")
        self.error_label.setStyleSheet(f"color: {COLORS['error'][0]}")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        outer.addWidget(self.error_label)
        self._fit_to_screen()
        if safe is not None:
            safe.setFocus()

    def _ask_box(self, question: str, placeholder: str, confirm: str, name: str, on_confirm):
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(question)
        label.setWordWrap(True)
        row.addWidget(label)
        line = QHBoxLayout()
        edit = QLineEdit()
        edit.setMaxLength(200)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(question)
        label.setBuddy(edit)
        button = QPushButton(confirm)
        button.setAccessibleName(confirm)
        button.setEnabled(False)
        button.setAutoDefault(False)
        button.setStyleSheet(BUTTON_STYLE)
        edit.textChanged.connect(lambda text, b=button: b.setEnabled(len(text.strip()) >= MIN_REASON))
        edit.returnPressed.connect(on_confirm)
        button.clicked.connect(on_confirm)
        line.addWidget(edit, 1)
        line.addWidget(button)
        row.addLayout(line)
        box.setVisible(False)
        return box, edit, button

    def _fit_to_screen(self) -> None:
        """Never taller than the screen: the content scrolls, the choices stay visible."""
        screen = self.screen() or (self.parentWidget().screen() if self.parentWidget() else None)
        if screen is None:
            return
        avail = screen.availableGeometry()
        self.setMaximumHeight(max(200, avail.height() - 40))
        self.setMaximumWidth(max(300, avail.width() - 20))
        self.setMinimumWidth(min(480, max(300, avail.width() - 40)))
        self.layout().activate()
        hint = self.sizeHint()
        width = min(max(580, hint.width()), avail.width() - 20)
        # The whole content without scrolling, if the screen has room for it (wrapped at this width).
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        content = self.scroll.widget()
        content_h = content.heightForWidth(inner) if content.hasHeightForWidth() else content.sizeHint().height()
        want = hint.height() - self.scroll.sizeHint().height() + max(0, content_h) + 4
        self.resize(width, min(want, avail.height() - 60))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Never partly off the screen (a window manager may place it anywhere)."""
        super().showEvent(event)
        self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        frame = self.frameGeometry()
        x = min(max(frame.x(), avail.left()), avail.right() - frame.width() + 1)
        y = min(max(frame.y(), avail.top()), avail.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    # -- content -----------------------------------------------------------------------------
    def _help(self, action: str) -> str:
        if file_warning.is_upload(self.alert) and action in file_warning.UPLOAD_BUTTON_HELP:
            return file_warning.UPLOAD_BUTTON_HELP[action]
        if file_warning.is_files(self.alert) and action in file_warning.FILE_BUTTON_HELP:
            return file_warning.FILE_BUTTON_HELP[action]
        return BUTTON_HELP.get(action, "")

    def _findings_html(self) -> str:
        if file_warning.is_files(self.alert):
            return file_warning.findings_html(self.alert)
        groups = self.alert.groups()
        if not groups:
            if self.alert.kind == UNCHECKED:
                return f"De tekst is {self.alert.text_length:,} tekens lang.".replace(",", ".")
            return ""
        why_color = COLORS["why"][0]
        parts = ["<b>Wat Plakwacht vond</b><ul style='margin-top:2px; margin-bottom:0'>"]
        for g in groups[:MAX_GROUPS]:
            label = html.escape(g.label[:1].upper() + g.label[1:])
            count = f" ({g.count}×)" if g.count > 1 else ""
            why = "; ".join(html.escape(r) for r in g.reasons)
            line = f"<li><b>{label}</b>{count}"
            if g.category:
                # A masked piece of a sentence ("O••• k••• met a•••") says nothing: give the reason.
                if why:
                    line += f": {why}"
            else:
                shown = g.previews[:MAX_PREVIEWS]
                previews = ", ".join(f"<code>{html.escape(p)}</code>" for p in shown)
                if previews:
                    line += f": {previews}"
                    if g.count > len(shown):
                        line += f" en {g.count - len(shown)} meer"
                if why:
                    line += f"<br><span style='color:{why_color}'>Waarom: {why}</span>"
            parts.append(line + "</li>")
        rest = groups[MAX_GROUPS:]
        if rest:
            n = sum(g.count for g in rest)
            names = ", ".join(html.escape(g.label) for g in rest)
            parts.append(f"<li>en {n} meer: {names}</li>")
        parts.append("</ul>")
        return "".join(parts)

    # -- choices -----------------------------------------------------------------------------
    def _choose(self, action: str) -> None:
        if action in (PASTE_ANYWAY, ALLOWLIST):
            box, other = ((self.reason_box, self.public_box) if action == PASTE_ANYWAY
                          else (self.public_box, self.reason_box))
            other.setVisible(False)
            box.setVisible(True)
            (self.reason_edit if action == PASTE_ANYWAY else self.public_edit).setFocus()
            # Grow instead of squeezing the findings: the layout's new minimum may exceed the size.
            self.layout().activate()
            self.resize(self.width(), min(max(self.height(), self.sizeHint().height()), self.maximumHeight()))
            self._keep_on_screen()
            return
        self._finish(action, "")

    def _confirm_public(self) -> None:
        where = self.public_edit.text().strip()
        if len(where) < MIN_REASON:
            self._show_error("Schrijf eerst kort op waar deze tekst openbaar staat.")
            return
        self._finish(ALLOWLIST, where)

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
        if text.isdigit() and not self.reason_edit.hasFocus() and not self.public_edit.hasFocus():
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
            for box, edit in ((self.reason_box, self.reason_edit), (self.public_box, self.public_edit)):
                if box.isVisible():
                    # Esc while typing first cancels that question, not the whole warning.
                    edit.clear()
                    box.setVisible(False)
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
