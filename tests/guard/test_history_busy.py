"""Issue 10 item 5: a history database locked by another program is a passing state, not a crash."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from guard import history
from guard.cli import run
from guard.history import BUSY_MESSAGE, HistoryBusy, HistoryEntry, HistoryStore


def _entry():
    return HistoryEntry(id=None, time=dt.datetime.now(dt.timezone.utc), site="Mistral Le Chat",
                        window_kind="allowed_genai", guidelines=[5], finding_counts={"BSN": 1}, preview="•••33")


@pytest.fixture
def locked(tmp_path, monkeypatch):
    """A history file that another program holds with an exclusive lock (until released)."""
    monkeypatch.setattr(history, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / history.FILE_NAME
    with HistoryStore(path) as s:
        s.add(_entry())
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("DELETE FROM entries WHERE id < 0")

    class Lock:
        def release(self):
            other.execute("COMMIT")
            other.close()

    lock = Lock()
    lock.path = path
    yield lock
    try:
        other.close()
    except sqlite3.Error:
        pass


def test_opening_a_locked_store_does_not_raise_and_retries_later(locked):
    store = HistoryStore(locked.path)  # before: sqlite3.OperationalError "database is locked"
    assert not store.available and BUSY_MESSAGE in store.problems
    with pytest.raises(HistoryBusy):
        store.add(_entry())
    locked.release()
    store.add(_entry())  # the next call opens it
    assert store.available and store.count() == 2
    store.close()


def test_cli_says_busy_in_dutch_without_a_traceback(locked, monkeypatch, capsys):
    monkeypatch.setenv("PLAKWACHT_DATA_DIR", str(locked.path.parent))
    assert run(["history", "--json"]) == 2
    err = capsys.readouterr().err
    assert "bezet" in err and "Traceback" not in err and "locked" not in err
    locked.release()
    assert run(["history", "--json"]) == 0
    assert capsys.readouterr().out.count("\n") == 1


def test_monitor_keeps_guarding_with_a_busy_history(locked):
    from tests.guard.test_monitor import LE_CHAT, SECRET, WORD, FakeClipboard, FakeDetector, InlineRunner

    from guard.monitor import PLACEHOLDER, Monitor
    from guard.policy import load_policy

    store = HistoryStore(locked.path)
    clip = FakeClipboard()
    mon = Monitor(clip, FakeDetector(), load_policy(), history=store, runner=InlineRunner())
    shown = []
    mon.on_alert = shown.append
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    mon.on_window_change(LE_CHAT)
    assert shown and clip.text == PLACEHOLDER and shown[0].history_id is None
    store.close()
