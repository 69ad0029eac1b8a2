"""The tray icon: Plakwacht's state at a glance, and its menu.

Icons are drawn with QPainter (a clipboard with a coloured badge per state), so they stay sharp at
every size. ``python -m ui.tray --write-icons ui/icons`` writes the PNG files and the Windows .ico
that the build uses.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from guard.vocabulary import TrayState

# Tray states (guard.vocabulary.TrayState).
ACTIVE, PAUSED, NO_WINDOWS, EXPIRED, STARTING = (
    TrayState.ACTIVE, TrayState.PAUSED, TrayState.NO_WINDOWS, TrayState.EXPIRED, TrayState.STARTING)
STATES = tuple(TrayState)

_COLORS = {
    ACTIVE: "#2e7d32",      # green: guarding
    PAUSED: "#757575",      # grey: not guarding
    NO_WINDOWS: "#e65100",  # orange: guarding, but cannot see the window
    EXPIRED: "#b26a00",     # amber: guarding with a policy past its date
    STARTING: "#1565c0",    # blue: loading
}

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")


def dutch_date(day: dt.date) -> str:
    """``1 januari 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def render_icon(state: str, size: int = 64) -> QPixmap:
    """A clipboard with a badge: check (active), pause bars, question mark, exclamation, dots."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    color = QColor(_COLORS.get(state, _COLORS[ACTIVE]))
    # The clipboard.
    p.setPen(QPen(QColor("#263238"), 3 * s))
    p.setBrush(QBrush(QColor("#eceff1")))
    p.drawRoundedRect(QRectF(10 * s, 8 * s, 36 * s, 48 * s), 5 * s, 5 * s)
    p.setBrush(QBrush(QColor("#263238")))
    p.drawRoundedRect(QRectF(20 * s, 4 * s, 16 * s, 9 * s), 3 * s, 3 * s)
    p.setPen(QPen(QColor("#90a4ae"), 3 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (22, 30, 38):
        p.drawLine(QPointF(17 * s, y * s), QPointF(39 * s, y * s))
    # The badge.
    p.setPen(QPen(QColor("white"), 2.5 * s))
    p.setBrush(QBrush(color))
    p.drawEllipse(QRectF(30 * s, 30 * s, 32 * s, 32 * s))
    pen = QPen(QColor("white"), 4.5 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    cx, cy = 46 * s, 46 * s
    if state == ACTIVE:
        path = QPainterPath(QPointF(cx - 8 * s, cy))
        path.lineTo(QPointF(cx - 2 * s, cy + 6 * s))
        path.lineTo(QPointF(cx + 8 * s, cy - 6 * s))
        p.drawPath(path)
    elif state == PAUSED:
        p.drawLine(QPointF(cx - 4 * s, cy - 7 * s), QPointF(cx - 4 * s, cy + 7 * s))
        p.drawLine(QPointF(cx + 4 * s, cy - 7 * s), QPointF(cx + 4 * s, cy + 7 * s))
    elif state in (EXPIRED, NO_WINDOWS):
        p.drawLine(QPointF(cx, cy - 9 * s), QPointF(cx, cy + 2 * s))
        p.setBrush(QBrush(QColor("white")))
        p.drawEllipse(QPointF(cx, cy + 8 * s), 1.2 * s, 1.2 * s)
    else:  # starting: three dots
        p.setBrush(QBrush(QColor("white")))
        for dx in (-8, 0, 8):
            p.drawEllipse(QPointF(cx + dx * s, cy), 1.5 * s, 1.5 * s)
    p.end()
    return pm


def make_icon(state: str) -> QIcon:
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        icon.addPixmap(render_icon(state, size))
    return icon


def app_icon() -> QIcon:
    """The program's own icon (windows, about box): the shipped .ico, else drawn."""
    ico = Path(__file__).resolve().parent / "icons" / "plakwacht.png"
    return QIcon(str(ico)) if ico.exists() else make_icon(ACTIVE)


class Tray(QObject):
    """The tray icon and its menu. It only shows state and emits what the person asks for.

    Signals carry no data: the app decides what "pause until tomorrow" means in time.
    """

    pause_15 = Signal()
    pause_tomorrow = Signal()
    resume = Signal()
    show_history = Signal()
    show_policy = Signal()
    show_settings = Signal()
    show_about = Signal()
    quit = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._icons = {s: make_icon(s) for s in STATES}
        self.icon = QSystemTrayIcon(self._icons[STARTING], self)
        self.menu = QMenu()
        self.status_action = QAction("Plakwacht is bezig met starten", self.menu)
        self.status_action.setEnabled(False)
        self.menu.addAction(self.status_action)
        self.policy_action = QAction("", self.menu)
        self.policy_action.setEnabled(False)
        self.policy_action.setVisible(False)
        self.menu.addAction(self.policy_action)
        self.menu.addSeparator()
        self.act_pause_15 = self._add("Pauzeer 15 minuten", self.pause_15)
        self.act_pause_tomorrow = self._add("Pauzeer tot morgen", self.pause_tomorrow)
        self.act_resume = self._add("Hervat", self.resume)
        self.menu.addSeparator()
        self.act_history = self._add("Geschiedenis…", self.show_history)
        self.act_policy = self._add("Beleid…", self.show_policy)
        self.act_settings = self._add("Instellingen…", self.show_settings)
        self.act_about = self._add("Over Plakwacht", self.show_about)
        self.menu.addSeparator()
        self.act_quit = self._add("Afsluiten", self.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.state = STARTING
        self.set_state(STARTING)

    def _add(self, text: str, signal) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(signal.emit)
        self.menu.addAction(action)
        return action

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # left click: the history
            self.show_history.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_state(self, state: str, *, paused_until: dt.datetime | None = None,
                  policy_expired_on: dt.date | None = None, now: dt.datetime | None = None) -> None:
        """Show one state.

        Args:
            state: the guard's state (``active``, ``paused``, ``no_window_detection``, ``starting``).
            paused_until: end of the pause, for the text.
            policy_expired_on: the policy's end date when it has passed; changes the icon of an
                active guard and adds a calm line to the tooltip.
        """
        icon_state = EXPIRED if (state == ACTIVE and policy_expired_on is not None) else state
        self.state = icon_state
        self.icon.setIcon(self._icons.get(icon_state, self._icons[ACTIVE]))
        lines = [status_line(state, paused_until, now)]
        if policy_expired_on is not None:
            lines.append(f"Het beleid is verlopen op {dutch_date(policy_expired_on)}. "
                         "Plakwacht waarschuwt verder volgens dit beleid.")
        self.status_action.setText(lines[0])
        self.policy_action.setVisible(policy_expired_on is not None)
        if policy_expired_on is not None:
            self.policy_action.setText(f"Beleid verlopen op {dutch_date(policy_expired_on)}")
        self.icon.setToolTip("Plakwacht\n" + "\n".join(lines))
        paused = state == PAUSED
        self.act_pause_15.setVisible(not paused)
        self.act_pause_tomorrow.setVisible(not paused)
        self.act_resume.setVisible(paused)
        self.act_pause_15.setEnabled(state != STARTING)
        self.act_pause_tomorrow.setEnabled(state != STARTING)

    def tooltip(self) -> str:
        return self.icon.toolTip()

    #: Returns whether notifications may be shown (the app ties it to the setting).
    allowed = staticmethod(lambda: True)

    def notify(self, title: str, text: str, warning: bool = False) -> None:
        if not warning and not self.allowed():
            return
        kind = QSystemTrayIcon.MessageIcon.Warning if warning else QSystemTrayIcon.MessageIcon.Information
        if QSystemTrayIcon.supportsMessages() and self.icon.isVisible():
            self.icon.showMessage(title, text, kind, 10_000)


def status_line(state: str, paused_until: dt.datetime | None = None, now: dt.datetime | None = None) -> str:
    """One short Dutch sentence for the state."""
    if state == PAUSED:
        if paused_until is not None:
            local = paused_until.astimezone()
            today = (now or dt.datetime.now(dt.timezone.utc)).astimezone().date()
            when = local.strftime("%H:%M") if local.date() == today else f"{dutch_date(local.date())} {local:%H:%M}"
            return f"Gepauzeerd tot {when}"
        return "Gepauzeerd"
    if state == STARTING:
        return "Plakwacht is bezig met starten"
    if state == NO_WINDOWS:
        return "Plakwacht ziet niet welk venster actief is: je krijgt een melding bij elke gevoelige tekst"
    return "Plakwacht let op je klembord"


def write_icon_files(folder: Path) -> list[Path]:
    """Write the state icons as PNG and the program icon as PNG and .ico (for the Windows build)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for state in STATES:
        path = folder / f"tray-{state.replace('_', '-')}.png"
        render_icon(state, 64).save(str(path), "PNG")
        written.append(path)
    big = render_icon(ACTIVE, 256)
    for name, fmt in (("plakwacht.png", "PNG"), ("plakwacht.ico", "ICO")):
        big.save(str(folder / name), fmt)
        written.append(folder / name)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    if len(sys.argv) == 3 and sys.argv[1] == "--write-icons":
        for written_path in write_icon_files(Path(sys.argv[2])):
            print(written_path)
    else:
        print("gebruik: python -m ui.tray --write-icons MAP")
        sys.exit(2)
