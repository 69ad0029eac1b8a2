"""Tray states and menu, and the app wiring (with fake window backend and detector)."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtGui import QGuiApplication

from guard.allowlist import Allowlist
from guard.clipboard import OWN_FORMAT
from guard.hashing import KeyedHasher
from guard.history import HistoryStore
from guard.monitor import PLACEHOLDER
from guard.policy import load_policy
from guard.settings import Settings
from tests.helpers.fakes import LE_CHAT, SECRET, WORD, FakeBackend, FakeDetector
from ui.app import PlakwachtApp
from ui.tray import ACTIVE, EXPIRED, NO_WINDOWS, PAUSED, STARTING, Tray, dutch_date, status_line

NOW = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.timezone.utc)   # the policy is valid
LATER = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)  # the policy has expired


@pytest.fixture
def tray(qtbot):
    t = Tray()
    yield t
    t.hide()
    t.menu.deleteLater()


def visible(action):
    return action.isVisible()


def test_dutch_date():
    assert dutch_date(dt.date(2026, 1, 1)) == "1 januari 2026"


def test_tray_starting_state(tray):
    assert tray.state == STARTING
    assert "bezig met starten" in tray.tooltip()
    assert not tray.act_pause_15.isEnabled()


def test_tray_active_then_paused_then_no_windows(tray):
    tray.set_state(ACTIVE)
    assert tray.state == ACTIVE and "let op je klembord" in tray.tooltip()
    assert visible(tray.act_pause_15) and visible(tray.act_pause_tomorrow) and not visible(tray.act_resume)
    until = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=15)
    tray.set_state(PAUSED, paused_until=until)
    assert tray.state == PAUSED and not visible(tray.act_pause_15) and visible(tray.act_resume)
    assert f"Gepauzeerd tot {until.astimezone():%H:%M}" in tray.tooltip()
    tray.set_state(NO_WINDOWS)
    assert tray.state == NO_WINDOWS and "ziet niet welk venster" in tray.tooltip()


def test_tray_policy_expired_is_said_calmly(tray):
    tray.set_state(ACTIVE, policy_expired_on=dt.date(2026, 1, 1))
    assert tray.state == EXPIRED
    assert "beleid is verlopen op 1 januari 2026" in tray.tooltip()
    assert "waarschuwt verder" in tray.tooltip()
    assert tray.policy_action.isVisible() and tray.policy_action.text() == "Beleid verlopen op 1 januari 2026"
    tray.set_state(ACTIVE)
    assert tray.state == ACTIVE and not tray.policy_action.isVisible()


def test_tray_menu_has_every_entry_in_dutch(tray):
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    for wanted in ("Pauzeer 15 minuten", "Pauzeer tot morgen", "Hervat", "Geschiedenis…", "Beleid…",
                   "Instellingen…", "Over Plakwacht", "Afsluiten"):
        assert wanted in texts


def test_status_line_for_a_pause_until_tomorrow():
    now = dt.datetime(2026, 3, 2, 16, 0, tzinfo=dt.timezone.utc)
    until = dt.datetime(2026, 3, 3, 5, 0, tzinfo=dt.timezone.utc)
    line = status_line(PAUSED, until, now)
    assert line.startswith("Gepauzeerd tot ") and "maart 2026" in line


@pytest.fixture
def make_app(qtbot, tmp_path):
    made = []

    def make(available=True, now=NOW):
        hasher = KeyedHasher(tmp_path / "hash.key")
        history = HistoryStore(tmp_path / "history.db", retention_days=None)
        app = PlakwachtApp(settings=Settings(), settings_path=tmp_path / "settings.json", policy=load_policy(),
                           history=history, allowlist=Allowlist(tmp_path / "allow.json", hasher), hasher=hasher,
                           backend=FakeBackend(available), detector_factory=None,
                           events_path=str(tmp_path / "events.jsonl"), now=lambda: now)
        made.append(app)
        return app

    yield make
    for app in made:
        app.shutdown()  # pitfall 8: a leftover app would keep listening to the clipboard
    QGuiApplication.clipboard().clear()


def test_app_starts_in_starting_state_and_becomes_active(make_app, tmp_path):
    app = make_app()
    app.start()
    assert app.tray.state == STARTING
    app._detector_ready(FakeDetector())
    assert app.tray.state == ACTIVE
    events = [json.loads(line)["event"] for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert "started" in events and "ready" in events


def test_app_shows_expired_policy_state(make_app):
    app = make_app(now=LATER)
    app.start()
    app._detector_ready(FakeDetector())
    assert app.tray.state == EXPIRED and "1 januari 2026" in app.tray.tooltip()


def test_app_without_window_detection_says_so(make_app):
    app = make_app(available=False)
    app.start()
    app._detector_ready(FakeDetector())
    assert app.tray.state == NO_WINDOWS and "Wayland" in app.tray.tooltip()


def test_app_holds_on_le_chat_shows_the_warning_and_gives_back(qtbot, make_app):
    app = make_app()
    app.start()
    app._detector_ready(FakeDetector())
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(clipboard.dataChanged):
        clipboard.setText(SECRET)
    qtbot.waitUntil(lambda: app.monitor.analyses == 1)
    app.backend.on_change(LE_CHAT)  # as from the backend's thread: through the queued signal
    qtbot.waitUntil(lambda: bool(app.dialogs))
    assert clipboard.text() == PLACEHOLDER
    assert OWN_FORMAT in clipboard.mimeData().formats()
    (dialog,) = app.dialogs.values()
    assert dialog.isVisible() and "Richtlijn 5" in dialog.guideline_labels[0].text()
    rows = app.history.entries()
    assert len(rows) == 1 and rows[0].decision == "pending"
    app.backend.on_change(WORD)
    qtbot.waitUntil(lambda: clipboard.text() == SECRET)
    assert not app.dialogs and app.history.entries()[0].decision == "left_site"


def test_tray_pause_and_resume_are_saved(make_app, tmp_path):
    app = make_app()
    app.start()
    app._detector_ready(FakeDetector())
    app.tray.act_pause_15.trigger()
    assert app.monitor.paused and app.tray.state == PAUSED
    saved = Settings.load(tmp_path / "settings.json")
    assert saved.paused_until == NOW + dt.timedelta(minutes=15)
    app.tray.act_resume.trigger()
    assert not app.monitor.paused and app.tray.state == ACTIVE
    assert Settings.load(tmp_path / "settings.json").paused_until is None
    app.tray.act_pause_tomorrow.trigger()
    until = Settings.load(tmp_path / "settings.json").paused_until
    assert until.astimezone().date() == (NOW.astimezone() + dt.timedelta(days=1)).date()


def test_tray_menu_opens_the_windows(qtbot, make_app):
    app = make_app()
    app.start()
    app.tray.act_history.trigger()
    app.tray.act_policy.trigger()
    app.tray.act_about.trigger()
    for name in ("history", "policy", "about"):
        assert app.windows[name].isVisible(), name
    assert "Richtlijnen" in app.windows["policy"].browser.toPlainText()
    assert "Plakwacht" in app.windows["about"].text()
    app.tray.act_settings.trigger()
    assert app.windows["settings"].isVisible()
    for win in app.windows.values():
        win.close()


def test_quit_gives_the_held_text_back(qtbot, make_app):
    app = make_app()
    app.start()
    app._detector_ready(FakeDetector())
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(clipboard.dataChanged):
        clipboard.setText(SECRET)
    qtbot.waitUntil(lambda: app.monitor.analyses == 1)
    app.backend.on_change(LE_CHAT)
    qtbot.waitUntil(lambda: clipboard.text() == PLACEHOLDER)
    app.shutdown()
    assert clipboard.text() == SECRET and app.backend.stopped
