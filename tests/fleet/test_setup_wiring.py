"""The event log reaches the tray app only through the administrator's setting (issue 15 + issue 10)."""
from __future__ import annotations

import pytest

import guard.eventlog as eventlog
from guard import setup
from tests.helpers.fakes import FakeBackend


class RecordingLog(eventlog.NullEventLog):
    def __init__(self, enabled: bool):
        super().__init__()
        self.enabled = enabled


@pytest.fixture
def made(monkeypatch):
    made = []

    def create(enabled, *, platform=None, journal_socket=None):
        made.append(RecordingLog(enabled))
        return made[-1]

    monkeypatch.setattr(eventlog, "create_event_log", create)
    return made


@pytest.mark.parametrize("line, enabled", [(None, False), ("event_log = false", False), ("event_log = true", True)])
def test_assemble_turns_the_event_log_on_only_by_administrator(tmp_path, monkeypatch, made, line, enabled):
    admin_dir = tmp_path / "admin"
    admin_dir.mkdir()
    if line is not None:
        (admin_dir / "admin.toml").write_text(line + "\n", encoding="utf-8")
    monkeypatch.setenv("PLAKWACHT_ADMIN_DIR", str(admin_dir))
    parts = setup.assemble(tmp_path / "data", backend_factory=FakeBackend)
    try:
        assert parts.events is not None and parts.events.event_log is made[-1]
        assert made[-1].enabled is enabled
    finally:
        parts.close()
