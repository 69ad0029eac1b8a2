"""Settings: defaults, round trip, atomic private writes, damaged files."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from guard.settings import Settings

from .conftest import POSIX, mode


def test_defaults_when_missing(tmp_path):
    s = Settings.load(tmp_path / "settings.json")
    assert s == Settings()
    assert (s.paused_until, s.retention_days, s.policy_file) == (None, 90, "")
    assert (s.start_at_login, s.warn_without_window_detection, s.show_notifications) == (False, True, True)
    assert s.problems == []


def test_round_trip(tmp_path):
    path = tmp_path / "map met spatie" / "settings.json"
    s = Settings(paused_until=dt.datetime(2026, 11, 28, 15, 30, tzinfo=dt.timezone.utc), retention_days=30,
                 policy_file="C:\\Beleid\\uwv genai.toml", start_at_login=True,
                 warn_without_window_detection=False, show_notifications=False)
    s.save(path)
    assert Settings.load(path) == s
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]
    if POSIX:
        assert mode(path) == 0o600


@pytest.mark.parametrize("content", [b"{niet json", b"\xff\xfe\xfa", b"[1, 2]", b""])
def test_damaged_file_is_moved_aside(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    s = Settings.load(path)
    assert s == Settings()
    assert len(s.problems) == 1 and "beschadigd" in s.problems[0] and "standaardinstellingen" in s.problems[0]
    aside = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == content
    assert not path.exists()
    s.save(path)
    assert Settings.load(path).problems == []


def test_bad_values_fall_back_one_by_one(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema": 1, "retention_days": -4, "show_notifications": "ja",
                                "paused_until": "morgen", "start_at_login": True, "onbekend": 1}))
    s = Settings.load(path)
    assert s.retention_days == 90 and s.show_notifications is True and s.paused_until is None
    assert s.start_at_login is True
    assert len(s.problems) == 1 and "ongeldig" in s.problems[0]
    assert path.exists()  # the good values are worth keeping


def test_naive_pause_time_is_read_as_utc(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"paused_until": "2026-11-28T15:00:00"}))
    assert Settings.load(path).paused_until == dt.datetime(2026, 11, 28, 15, tzinfo=dt.timezone.utc)


def test_problems_are_not_saved(tmp_path):
    path = tmp_path / "settings.json"
    Settings(problems=["iets"]).save(path)
    assert "problems" not in json.loads(path.read_text())
