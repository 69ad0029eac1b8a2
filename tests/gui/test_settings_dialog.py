"""The settings dialog: values in, checked, saved; pause; start at login through a fake."""
from __future__ import annotations

import datetime as dt

import pytest

from guard.settings import Settings
from ui.settings_dialog import SettingsDialog, pause_end

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def setup(qtbot, tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings()
    calls = []

    def make(autostart_result=None):
        def autostart(on):
            calls.append(on)
            return autostart_result

        d = SettingsDialog(settings, save=lambda s: s.save(path), autostart_set=autostart, now=lambda: NOW)
        qtbot.addWidget(d)
        d.show()
        return d

    return make, settings, path, calls


def test_saves_retention_and_switches(setup):
    make, settings, path, calls = setup
    d = make()
    d.retention.setValue(30)
    d.start_at_login.setChecked(True)
    d.notifications.setChecked(False)
    assert d.apply()
    saved = Settings.load(path)
    assert saved.retention_days == 30 and saved.start_at_login and not saved.show_notifications
    assert calls == [True] and not d.isVisible()


def test_retention_is_bounded(setup):
    make, *_ = setup
    d = make()
    d.retention.setValue(0)
    assert d.retention.value() >= 1


def test_bad_policy_file_is_refused_in_dutch(setup, tmp_path):
    make, settings, path, _ = setup
    bad = tmp_path / "beleid.toml"
    bad.write_text("dit is geen toml = = =", encoding="utf-8")
    d = make()
    d.policy_file.setText(str(bad))
    assert d.apply() is False
    assert d.isVisible() and d.error_label.isVisibleTo(d)
    assert "beleidsbestand" in d.error_label.text() and "Ingebouwd" in d.error_label.text()
    assert not path.exists() and settings.policy_file == ""


def test_autostart_problem_keeps_the_dialog_open(setup):
    make, settings, path, _ = setup
    d = make(autostart_result="Automatisch starten kon niet worden aangepast. Probeer het later opnieuw.")
    d.start_at_login.setChecked(True)
    assert d.apply() is False
    assert "Automatisch starten" in d.error_label.text() and not settings.start_at_login


def test_pause_choice(setup):
    make, settings, path, _ = setup
    d = make()
    d.pause.setCurrentIndex(d.pause.findData("15m"))
    assert d.apply()
    assert Settings.load(path).paused_until == NOW + dt.timedelta(minutes=15)


def test_pause_until_tomorrow_ends_in_the_morning():
    end = pause_end("tomorrow", NOW).astimezone()
    assert end.date() == (NOW.astimezone() + dt.timedelta(days=1)).date() and end.hour == 6
    assert pause_end(None, NOW) is None


def test_administrator_notes_and_locked_fields(qtbot, tmp_path):
    """Issue 10: with an administrator's settings the window says so and the person cannot weaken them."""
    settings = Settings(warn_without_window_detection=True)
    d = SettingsDialog(settings, now=lambda: NOW, notes=["Je beheerder heeft Plakwacht ingesteld (x)."],
                       locked={"policy_file", "warn_without_window_detection", "pause"})
    qtbot.addWidget(d)
    assert "beheerder" in d.notes_label.text() and not d.notes_label.isHidden()
    assert not d.policy_file.isEnabled() and not d.warn_blind.isEnabled() and not d.pause.isEnabled()
    d.warn_blind.setChecked(False)  # even if the widget changed somehow
    d.policy_file.setText(str(tmp_path / "eigen.toml"))
    assert d.apply()
    assert settings.warn_without_window_detection is True and settings.policy_file == ""


def test_a_policy_that_switches_the_guard_off_is_refused_in_the_dialog(setup, tmp_path):
    from guard.policy import BUILTIN

    good = BUILTIN.read_text("utf-8")
    bad = tmp_path / "zwak.toml"
    bad.write_text(good.replace("BSN = 5\n", ""), "utf-8")
    make, settings, path, calls = setup
    d = make()
    d.policy_file.setText(str(bad))
    assert not d.apply()
    assert "niet gebruikt" in d.error_label.text() and settings.policy_file == ""
