"""Issue 10 item 4: an ordinary user cannot switch the guard off while the tray says "actief"."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from guard.admin import AdminSettings
from guard.policy import BUILTIN, ENV_VAR
from guard.safeguards import apply_admin, cap_pause, policy_choice, policy_in_force, weakened
from guard.settings import Settings

NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def own_policy(tmp_path):
    path = tmp_path / "eigen.toml"
    shutil.copyfile(BUILTIN, path)
    path.write_text(path.read_text("utf-8").replace('version = "1.0"', 'version = "eigen"'), "utf-8")
    return path


def test_the_administrators_policy_wins_over_env_and_setting(tmp_path, own_policy):
    admin_file = tmp_path / "beheer.toml"
    shutil.copyfile(BUILTIN, admin_file)
    settings = Settings(policy_file=str(own_policy))
    admin = AdminSettings(policy_file=admin_file, source="/etc/plakwacht/admin.toml")
    assert policy_choice(settings, admin, {ENV_VAR: str(own_policy)}) == admin_file
    policy = policy_in_force(settings, admin, {ENV_VAR: str(own_policy)})
    assert policy.source == str(admin_file)
    assert weakened("active", settings, policy, admin) == []


def test_locked_settings_ignore_user_overrides(own_policy, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(own_policy))
    settings = Settings(policy_file=str(own_policy), warn_without_window_detection=False)
    admin = AdminSettings(lock_settings=True, source="HKLM")
    assert policy_in_force(settings, admin).source == "ingebouwd"
    apply_admin(settings, admin, NOW)
    assert settings.warn_without_window_detection is True and settings.policy_file == ""


def test_a_personal_policy_in_force_is_named(own_policy):
    settings = Settings(policy_file=str(own_policy))
    policy = policy_in_force(settings, AdminSettings(), {})
    assert policy.version == "eigen"
    (line,) = weakened("active", settings, policy, AdminSettings())
    assert "eigen beleidsbestand" in line and "eigen.toml" in line


def test_pause_is_capped():
    admin = AdminSettings()
    assert cap_pause(dt.datetime(9999, 1, 1, tzinfo=dt.timezone.utc), NOW, admin) == NOW + dt.timedelta(hours=8)
    assert cap_pause(NOW + dt.timedelta(minutes=15), NOW, admin) == NOW + dt.timedelta(minutes=15)
    assert cap_pause(NOW + dt.timedelta(hours=2), NOW, AdminSettings(max_pause_minutes=60)) == NOW + dt.timedelta(hours=1)
    assert cap_pause(NOW + dt.timedelta(minutes=5), NOW, AdminSettings(max_pause_minutes=0)) is None
    settings = Settings(paused_until=dt.datetime(9999, 1, 1, tzinfo=dt.timezone.utc))
    apply_admin(settings, admin, NOW)
    assert settings.paused_until == NOW + dt.timedelta(hours=8)


def test_blind_and_silent_is_named_and_the_administrator_decides():
    settings = Settings(warn_without_window_detection=False)
    policy = policy_in_force(settings, AdminSettings(), {})
    (line,) = weakened("no_window_detection", settings, policy, AdminSettings())
    assert "geen enkele waarschuwing" in line
    apply_admin(settings, AdminSettings(warn_without_window_detection=True, source="x"), NOW)
    assert settings.warn_without_window_detection is True
    assert weakened("no_window_detection", settings, policy, AdminSettings()) == []  # warns: orange icon says it
