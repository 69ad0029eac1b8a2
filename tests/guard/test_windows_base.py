"""The shared backend logic: reporting changes once, skipping own windows, holding back "none"."""
from __future__ import annotations

import os
import queue
import threading

import pytest

from guard.windows.base import ChangeReporter, Poller, WindowBackend, WindowInfo

# Other programs' pids, never this process's own: under Wine the test process itself can get pid 200
# (Windows pids are small multiples of 4), and its own windows are skipped by design.
CHAT_PID, MAIL_PID = [p for p in (100, 200, 300) if p != os.getpid()][:2]
CHAT = WindowInfo("Le Chat - Mistral AI - Google Chrome", "chrome.exe", CHAT_PID, handle=1)
MAIL = WindowInfo("Inbox - Outlook", "outlook.exe", MAIL_PID, handle=2)
OWN = WindowInfo("Plakwacht - let op", "python.exe", os.getpid(), handle=3)


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


@pytest.fixture
def clock():
    return Clock()


def test_backend_is_abstract():
    with pytest.raises(TypeError):
        WindowBackend()


def test_reports_each_change_once(clock):
    seen = []
    r = ChangeReporter(seen.append, clock=clock)
    for w in (CHAT, CHAT, MAIL, MAIL, CHAT):
        r.observe(w)
    assert seen == [CHAT, MAIL, CHAT]
    assert r.last == CHAT


def test_title_change_of_same_window_is_a_change(clock):
    seen = []
    r = ChangeReporter(seen.append, clock=clock)
    r.observe(WindowInfo("New tab - Google Chrome", "chrome.exe", CHAT_PID, handle=1))
    r.observe(CHAT)
    assert [w.title for w in seen] == ["New tab - Google Chrome", CHAT.title]


def test_own_windows_are_skipped(clock):
    seen = []
    r = ChangeReporter(seen.append, clock=clock)
    r.observe(CHAT)
    r.observe(OWN)          # the warning dialog comes to the front
    r.observe(CHAT)         # and the user goes back to the chat: no change at all
    assert seen == [CHAT]


def test_ignore_pids_can_be_chosen(clock):
    seen = []
    r = ChangeReporter(seen.append, ignore_pids={MAIL_PID}, clock=clock)
    r.observe(MAIL)
    r.observe(OWN)
    assert seen == [OWN]


def test_short_none_while_switching_is_not_reported(clock):
    seen = []
    r = ChangeReporter(seen.append, none_grace=0.4, clock=clock)
    r.observe(CHAT)
    r.observe(None)
    clock.t += 0.1
    r.flush_due()
    r.observe(MAIL)
    clock.t += 5
    r.flush_due()
    assert seen == [CHAT, MAIL]
    assert r.pending_for() is None


def test_lasting_none_is_reported_once_after_grace(clock):
    seen = []
    r = ChangeReporter(seen.append, none_grace=0.4, clock=clock)
    r.observe(CHAT)
    r.observe(None)
    assert r.pending_for() == pytest.approx(0.4)
    clock.t += 0.3
    r.flush_due()
    assert seen == [CHAT]
    assert r.pending_for() == pytest.approx(0.1)
    clock.t += 0.2
    r.observe(None)        # repeated "none" does not restart the grace time
    r.flush_due()
    r.flush_due()
    assert seen == [CHAT, None]
    r.observe(None)
    assert r.pending_for() is None and seen == [CHAT, None]


def test_first_observation_none_is_reported_after_grace(clock):
    seen = []
    r = ChangeReporter(seen.append, none_grace=0.4, clock=clock)
    r.observe(None)
    clock.t += 1
    r.flush_due()
    assert seen == [None]


def test_zero_grace_reports_none_at_once(clock):
    seen = []
    r = ChangeReporter(seen.append, none_grace=0, clock=clock)
    r.observe(CHAT)
    r.observe(None)
    assert seen == [CHAT, None]


def test_failing_listener_does_not_break_reporting(clock, caplog):
    calls = []

    def listener(info):
        calls.append(info)
        raise RuntimeError("boom")

    r = ChangeReporter(listener, clock=clock)
    r.observe(CHAT)
    r.observe(MAIL)
    assert calls == [CHAT, MAIL]
    assert "listener failed" in caplog.text


def test_poll_once_feeds_probe_and_counts_errors_as_none(clock):
    seen = []
    r = ChangeReporter(seen.append, none_grace=0, clock=clock)
    answers = [CHAT, CHAT, OSError("gone"), MAIL]

    def probe():
        a = answers.pop(0)
        if isinstance(a, Exception):
            raise a
        return a

    p = Poller(probe, r, interval=60)
    for _ in range(4):
        p.poll_once()
    assert seen == [CHAT, None, MAIL]


def test_poller_thread_reports_changes_and_stops():
    seen: queue.Queue = queue.Queue()
    state = {"w": CHAT}
    probed = threading.Event()

    def probe():
        probed.set()
        return state["w"]

    p = Poller(probe, ChangeReporter(seen.put), interval=0.01)
    p.start()
    try:
        assert seen.get(timeout=10) == CHAT
        state["w"] = MAIL
        assert seen.get(timeout=10) == MAIL
    finally:
        p.stop()
    assert not p.running
