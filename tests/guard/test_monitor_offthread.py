"""Issue 10 items 8 and 9: the GUI thread writes the placeholder first and never hashes a text;
a settled text is no longer referenced by the guard."""
from __future__ import annotations

import gc
import sys
import threading

from guard.allowlist import Allowlist
from guard.hashing import KeyedHasher
from guard.monitor import PLACEHOLDER, Monitor
from guard.policy import load_policy
from tests.helpers.fakes import INTERNAL

from .test_monitor import LE_CHAT, SECRET, WORD, FakeClipboard, FakeDetector, ManualRunner


class SpyHasher(KeyedHasher):
    """Records on which thread, and after which clipboard writes, each digest is made."""

    def __init__(self, path, clip):
        super().__init__(path)
        self.calls: list[tuple[bool, int]] = []
        self.clip = clip

    def digest(self, text):
        self.calls.append((threading.current_thread() is threading.main_thread(), len(self.clip.ops)))
        return super().digest(text)


class ThreadRunner:
    """Runs each job on its own thread (the worker), results queued for the 'GUI' thread."""

    def __init__(self):
        self.posted = []

    def submit(self, job):
        t = threading.Thread(target=job)
        t.start()
        t.join(10)
        assert not t.is_alive(), "job did not finish within 10 s"

    def drain(self):
        while self.posted:
            self.posted.pop(0)()


def _monitor(tmp_path, runner=None, post=None):
    clip = FakeClipboard()
    hasher = SpyHasher(tmp_path / "hash.key", clip)
    allow = Allowlist(tmp_path / "allowlist.json", hasher)
    mon = Monitor(clip, FakeDetector(), load_policy(), allowlist=allow, hasher=hasher,
                  runner=runner or ManualRunner(), post=post)
    shown = []
    mon.on_alert = shown.append
    return mon, clip, hasher, allow, shown


def test_placeholder_first_and_no_hash_on_the_gui_thread(tmp_path):
    runner = ThreadRunner()
    mon, clip, hasher, allow, shown = _monitor(tmp_path, runner, post=runner.posted.append)
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(INTERNAL))  # internal content only: "openbaar" may be offered
    mon.on_window_change(LE_CHAT)
    runner.drain()
    assert shown and clip.text == PLACEHOLDER
    mon.decide(shown[0], "allowlist", "persbericht op uwv.nl")  # the digest made earlier is used
    assert hasher.calls and not any(on_main for on_main, _ in hasher.calls)
    assert allow.contains_digest(KeyedHasher(tmp_path / "hash.key").digest(INTERNAL))


def test_pending_text_is_made_safe_before_any_hashing(tmp_path):
    """Before: the allowlist hash ran on the GUI thread before the placeholder was written."""
    runner = ManualRunner()
    mon, clip, hasher, allow, shown = _monitor(tmp_path, runner)
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    mon.on_window_change(LE_CHAT)
    assert clip.text == PLACEHOLDER and hasher.calls == []  # safe at once, nothing hashed yet
    runner.run()
    assert hasher.calls and shown


def test_text_marked_public_is_given_back_when_its_digest_arrives(tmp_path):
    runner = ManualRunner()
    mon, clip, hasher, allow, shown = _monitor(tmp_path, runner)
    allow.add(SECRET)
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    mon.on_window_change(LE_CHAT)
    assert clip.text == PLACEHOLDER
    runner.run()
    assert clip.text == SECRET and not shown


def test_too_large_text_marked_public_is_hashed_off_thread_and_given_back(tmp_path):
    runner = ManualRunner()
    mon, clip, hasher, allow, shown = _monitor(tmp_path, runner)
    mon.max_chars = 20
    allow.add(SECRET)
    hasher.calls.clear()
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    mon.on_window_change(LE_CHAT)
    assert clip.text == PLACEHOLDER and hasher.calls == []
    runner.run()
    assert clip.text == SECRET
    assert shown and shown[0].decision == "dismissed"


def test_settled_text_is_not_referenced(tmp_path):
    """Canary: after the warning is settled and a new text is copied, nothing in the guard holds it."""
    runner = ManualRunner()
    mon, clip, hasher, allow, shown = _monitor(tmp_path, runner)
    canary = "".join(["Klant met BSN 111222333 belde. "] * 50)  # a fresh str object
    baseline = sys.getrefcount(canary)
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(canary))
    mon.on_window_change(LE_CHAT)
    runner.run()
    (alert,) = shown
    mon.decide(alert, "clear")  # settled: the clipboard is emptied, nothing new is copied
    mon.on_window_change(WORD)
    clip.snap = None  # the clipboard (a fake here) no longer has it either
    mon.detector.calls.clear()  # the fake detector's own record of its inputs
    shown.clear()
    alert = None
    gc.collect()
    holders = [type(r).__name__ for r in gc.get_referrers(canary) if r is not sys._getframe()]
    # Reference count, not only gc referrers: a tuple of strings (the hasher's old "last text") is
    # not tracked by the collector, but it still keeps the text alive.
    assert sys.getrefcount(canary) == baseline, holders
