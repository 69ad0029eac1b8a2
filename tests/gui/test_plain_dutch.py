"""Issue 14: Qt's own words in Dutch, the tray (calm icon, one name, first start, quit while held),
no tray → a status window, settings wording and margin."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from guard.allowlist import Allowlist
from guard.hashing import KeyedHasher
from guard.history import HistoryStore
from guard.monitor import PLACEHOLDER
from guard.policy import load_policy
from guard.settings import Settings
from tests.helpers.fakes import LE_CHAT, SECRET, WORD, FakeDetector
from ui.app import PlakwachtApp
from ui.tray import ACTIVE, EXPIRED

NOW = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.timezone.utc)


# -- item 2: Qt's own words ----------------------------------------------------------------------
def test_qt_speaks_dutch_after_install(qtbot):
    from ui.translations import install_dutch

    assert install_dutch()
    box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Zeker?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Nee"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Opslaan"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"


def test_the_frozen_build_keeps_the_dutch_qt_translations():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    import bundle_tools

    kept = bundle_tools.drop_unused([("PySide6/Qt/translations/qtbase_nl.qm", "/x/qtbase_nl.qm", "DATA"),
                                     ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA")])
    assert [k[0] for k in kept] == ["PySide6/Qt/translations/qtbase_nl.qm"]


# -- item 5: the tray ------------------------------------------------------------------------
class FakeBackend:
    available = True
    reason = ""

    def active_window(self):
        return WORD

    def start(self, on_change):
        self.on_change = on_change

    def stop(self):
        pass


@pytest.fixture
def make_app(qtbot, tmp_path):
    made = []

    def make():
        hasher = KeyedHasher(tmp_path / "hash.key")
        app = PlakwachtApp(settings=Settings(), settings_path=tmp_path / "settings.json", policy=load_policy(),
                           history=HistoryStore(tmp_path / "history.db", retention_days=None),
                           allowlist=Allowlist(tmp_path / "allow.json", hasher), hasher=hasher,
                           backend=FakeBackend(), detector_factory=None, now=lambda: NOW)
        made.append(app)
        return app

    yield make
    for app in made:
        for win in list(app.windows.values()):
            win.close() if not hasattr(win, "close_for_quit") else win.close_for_quit()
        app.shutdown()
    QGuiApplication.clipboard().clear()


def hold(qtbot, app):
    app.start()
    app._detector_ready(FakeDetector())
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(clipboard.dataChanged):
        clipboard.setText(SECRET)
    qtbot.waitUntil(lambda: app.monitor.analyses == 1)
    app.backend.on_change(LE_CHAT)
    qtbot.waitUntil(lambda: clipboard.text() == PLACEHOLDER)
    return clipboard


def test_quit_while_a_text_is_held_asks_first(qtbot, make_app, monkeypatch):
    app = make_app()
    quits = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(1))
    hold(qtbot, app)
    app.tray.act_quit.trigger()
    box = app.windows["quit"]
    assert box.isVisible() and "Linux" in box.text() and quits == []
    stay = [b for b in box.buttons() if b.text() == "Niet afsluiten"][0]
    stay.click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert quits == []
    app.tray.act_quit.trigger()
    box = app.windows["quit"]
    [b for b in box.buttons() if b.text() == "Afsluiten"][0].click()
    qtbot.waitUntil(lambda: quits == [1])


def test_quit_without_a_held_text_quits_at_once(make_app, monkeypatch):
    app = make_app()
    quits = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(1))
    app.start()
    assert app.request_quit() is None and quits == [1]


def test_first_start_says_plakwacht_is_on(make_app):
    app = make_app()
    app.start()
    app.welcome()
    (title, text), = app.notices
    assert title == "Plakwacht staat aan" and "systeemvak" in text


def test_after_redact_the_person_is_told_to_press_ctrl_v(qtbot, make_app):
    app = make_app()
    hold(qtbot, app)
    (dialog,) = app.dialogs.values()
    dialog.buttons["redact"].click()
    qtbot.waitUntil(lambda: bool(app.notices))
    assert "Ctrl+V" in app.notices[-1][1]


# -- item 3: no tray → a status window ------------------------------------------------------
def test_without_a_tray_a_window_says_plakwacht_runs(qtbot, make_app, monkeypatch):
    app = make_app()
    quits = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(1))
    app.start()
    app._detector_ready(FakeDetector())
    win = app.show_without_tray()
    qtbot.waitExposed(win)
    assert win.windowTitle() == "Plakwacht staat aan"
    assert "let op je klembord" in win.state_label.text()
    app.tray.act_pause_15.trigger()
    assert "Gepauzeerd" in win.state_label.text()
    win.buttons["history"].click()
    assert app.windows["history"].isVisible()
    win.close()  # closing it is quitting (and asks when a text is held)
    assert quits == [1]


# -- item 7: settings -----------------------------------------------------------------------
def test_settings_say_which_builtin_policy_and_have_a_margin(qtbot):
    from ui.settings_dialog import SettingsDialog

    d = SettingsDialog(Settings(), autostart_set=lambda on: None)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert d.builtin_button.text() != "Ingebouwd" and "UWV" in d.builtin_button.text()
    assert "Tijdelijk kader" in d.policy_file.placeholderText()
    assert d.height() - d.buttons.geometry().bottom() >= 12


def test_installed_program_starts_at_login_by_default():
    from guard.firstrun import first_start_defaults

    calls = []
    s = Settings()
    assert first_start_defaults(s, installed=True, autostart_set=lambda on: calls.append(on)) is None
    assert s.start_at_login and calls == [True]
    dev = Settings()
    assert first_start_defaults(dev, installed=False, autostart_set=lambda on: calls.append(on)) is None
    assert not dev.start_at_login and calls == [True]
    broken = Settings()
    assert "lukt" in first_start_defaults(broken, installed=True, autostart_set=lambda on: "Dat lukt niet.")
    assert not broken.start_at_login


def test_expired_policy_keeps_the_calm_icon(make_app):
    tray = make_app().tray  # the app's own tray: torn down with the app
    tray.set_state(ACTIVE, policy_expired_on=dt.date(2026, 1, 1))
    assert tray.state == EXPIRED and tray.icon_state == ACTIVE
    active = tray._icons[ACTIVE].pixmap(32).toImage()
    assert tray.icon.icon().pixmap(32).toImage() == active
    assert "verlopen" in tray.tooltip()


def test_tooltip_names_plakwacht_once(make_app):
    tray = make_app().tray
    for state in ("starting", "active", "paused", "no_window_detection"):
        tray.set_state(state)
        assert tray.tooltip().count("Plakwacht") == 1, tray.tooltip()
