"""Administrator settings (guard/admin.py): the shared contract, precedence, bad values."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from guard import admin
from guard.admin import AdminSettings, VALUE_NAMES, describe, load_admin_settings


class FakeRegistry:
    def __init__(self, *layers):
        self.layers = list(layers)

    def values(self):
        return self.layers


@pytest.fixture(autouse=True)
def admin_dir(tmp_path, monkeypatch):
    folder = tmp_path / "machine"
    folder.mkdir()
    monkeypatch.setenv(admin.ENV_DIR, str(folder))
    return folder


def test_contract_fields_and_defaults():
    names = [f.name for f in dataclasses.fields(AdminSettings)]
    assert names == ["policy_file", "lock_settings", "max_pause_minutes", "allow_public_marks", "public_mark_days",
                     "warn_without_window_detection", "event_log", "require_companion", "source"]
    assert AdminSettings() == AdminSettings(None, False, 480, True, 90, None, False, False, None)
    assert set(VALUE_NAMES) == set(admin._field_names())
    assert VALUE_NAMES["max_pause_minutes"] == "MaxPauseMinutes"


def test_nothing_configured_gives_defaults():
    s = load_admin_settings(FakeRegistry())
    assert s == AdminSettings() and not s.present and describe(s) == []


def test_toml_in_machine_folder(admin_dir):
    (admin_dir / "admin.toml").write_text(
        'policy_file = "beleid.toml"\nlock_settings = true\nmax_pause_minutes = 60\n'
        'warn_without_window_detection = true\nallow_public_marks = false\n', encoding="utf-8")
    s = load_admin_settings(FakeRegistry())
    assert s.policy_file == admin_dir / "beleid.toml"
    assert s.lock_settings and s.max_pause_minutes == 60 and s.warn_without_window_detection is True
    assert not s.allow_public_marks
    assert s.source == str(admin_dir / "admin.toml")
    text = " ".join(describe(s))
    assert "beheerder" in text and "1 uur" in text


def test_hklm_wins_per_value_over_hkcu_and_file(admin_dir):
    (admin_dir / "admin.toml").write_text("max_pause_minutes = 30\nevent_log = true\n", encoding="utf-8")
    reg = FakeRegistry(("HKLM\\Software\\Policies\\Plakwacht", {"MaxPauseMinutes": 120}),
                       ("HKCU\\Software\\Policies\\Plakwacht", {"MaxPauseMinutes": 5, "LockSettings": 1,
                                                                "PolicyFile": r"C:\\beleid.toml"}))
    s = load_admin_settings(reg)
    assert s.max_pause_minutes == 120
    assert s.lock_settings is True
    assert s.event_log is True
    assert s.policy_file is not None
    assert s.source.startswith("HKLM") and "HKCU" in s.source and "admin.toml" in s.source


@pytest.mark.parametrize("content", [
    "max_pause_minutes = 'acht uur'\n", "max_pause_minutes = -1\n", "max_pause_minutes = true\n",
    "lock_settings = 1\n", "policy_file = 3\n", "a = " + "[" * 5000 + "]" * 5000 + "\n",
    "kapot = \n", "x = '" + "a" * (admin.MAX_FILE_BYTES + 10) + "'\n",
])
def test_bad_values_fall_back_to_defaults(admin_dir, content, caplog):
    (admin_dir / "admin.toml").write_text(content, encoding="utf-8")
    s = load_admin_settings(FakeRegistry())
    assert dataclasses.replace(s, source=None) == AdminSettings()
    assert "acht uur" not in caplog.text


def test_bad_registry_values_and_a_failing_reader():
    s = load_admin_settings(FakeRegistry(("HKLM", {"LockSettings": 7, "MaxPauseMinutes": "veel"})))
    assert s == AdminSettings()

    class Broken:
        def values(self):
            raise OSError("kapot")

    assert load_admin_settings(Broken()) == AdminSettings()


def test_real_reader_is_harmless_here():
    assert isinstance(load_admin_settings(), AdminSettings)


def test_machine_dir_default_is_machine_wide(monkeypatch):
    monkeypatch.delenv(admin.ENV_DIR)
    d = admin.machine_dir()
    assert d.is_absolute() and not str(d).startswith(str(Path.home()))
