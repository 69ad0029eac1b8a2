"""Fakes for the guard's adapters: detector, clipboard, window backend, history, allowlist, runners.

No Qt in here: the guard tests, the Qt tests, the trust tests and the benchmarks share them.
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from detectors.model import Analysis, CategoryHit, Finding
from guard.clipboard import ClipSnapshot
from guard.vocabulary import Decision
from guard.windows.base import WindowInfo

BSN = "111222333"
NAME = "Jan de Vries"
SECRET = f"Klant {NAME} met BSN {BSN} belde over zijn uitkering."
INTERNAL = "Vertrouwelijk: verslag van het teamoverleg."
CLEAN = "Wat is het verschil tussen de AVG en de AI-verordening?"

LE_CHAT = WindowInfo(title="Le Chat - Mistral AI - Chromium", process="chromium", pid=200, handle=1)
LE_CHAT_2 = WindowInfo(title="Le Chat - Mistral AI - Chromium", process="chromium", pid=200, handle=7)
CHATGPT = WindowInfo(title="ChatGPT - Chromium", process="chromium", pid=200, handle=2)
NOTES = WindowInfo(title="Notities - Chromium", process="chromium", pid=200, handle=3)
WORD = WindowInfo(title="Brief.docx - Word", process="winword.exe", pid=300, handle=4)

BSN_REASON = "9 cijfers die kloppen met de elfproef"


def _all(text: str, needle: str):
    start = text.find(needle)
    while start >= 0:
        yield start
        start = text.find(needle, start + 1)


class FakeDetector:
    """Finds every BSN 111222333, every "Jan de Vries" and the marker "Vertrouwelijk"; records its calls."""

    recognizers = ()

    def __init__(self):
        self.calls: list[str] = []

    def analyze(self, text: str) -> Analysis:
        self.calls.append(text)
        findings = [Finding("BSN", i, i + len(BSN), 1.0, BSN_REASON) for i in _all(text, BSN)]
        findings += [Finding("PERSON", i, i + len(NAME), 0.85, "voornaam en achternaam uit de namenlijst")
                     for i in _all(text, NAME)]
        findings.sort(key=lambda f: f.start)
        cats = []
        if "Vertrouwelijk" in text:
            i = text.index("Vertrouwelijk")
            cats.append(CategoryHit("CLASSIFIED", 0.9, "het woord Vertrouwelijk bovenaan", i, i + 13))
        return Analysis(findings, cats, 1.0, len(text))


class FakeClipboard:
    """The guard's clipboard adapter; ``own`` marks Plakwacht's writes as the real adapter does.

    Args:
        rich: copies carry an HTML format too (to check that a held text comes back whole).

    Attributes:
        ops: what the guard did, in order: ``"write"``, ``"clear"``, ``"restore"``.
    """

    def __init__(self, rich: bool = False):
        self.snap = ClipSnapshot()
        self.rich = rich
        self.ops: list[str] = []

    @property
    def text(self):
        return self.snap.text

    def copy(self, text: str, **kw) -> ClipSnapshot:
        """Another program copies ``text``."""
        if self.rich:
            self.snap = ClipSnapshot(text, ("text/plain", "text/html"), payload={"text/html": b"<b>x</b>"}, **kw)
        else:
            self.snap = ClipSnapshot(text, ("text/plain",), **kw)
        return self.snap

    def write_text(self, text):
        self.ops.append("write")
        self.snap = ClipSnapshot(text, ("text/plain",), own=True)

    def clear(self):
        self.ops.append("clear")
        self.snap = ClipSnapshot(None, (), own=True)

    def restore(self, snap):
        self.ops.append("restore")
        self.snap = snap

    def snapshot(self):
        return self.snap


class FakeBackend:
    """A window backend whose active window the test sets; ``on_change`` is what the app passed to ``start``."""

    name, event_driven = "fake", True

    def __init__(self, available: bool = True, window: WindowInfo | None = WORD, name: str = "fake"):
        self.name = name
        self.available = available
        self.reason = "" if available else "Plakwacht kan onder Wayland niet zien welk venster actief is."
        self.detail = self.reason
        self.window = window if available else None
        self.on_change = None
        self.stopped = False

    def active_window(self):
        return self.window

    def start(self, on_change):
        self.on_change = on_change

    def stop(self):
        self.stopped = True


class FakeHistory:
    """Keeps rows in memory; ``rows[id]`` is what ``add`` got, updated by ``update_decision``."""

    def __init__(self):
        self.rows: dict[int, SimpleNamespace] = {}

    def add(self, entry) -> int:
        i = len(self.rows) + 1
        self.rows[i] = entry
        return i

    def update_decision(self, id, decision, reason=""):
        self.rows[id].decision = decision
        self.rows[id].reason = reason


def fake_make_entry(analysis, verdict, text, hasher, site_name, window_kind, decision=Decision.PENDING):
    """``guard.history.make_entry`` without masking or hashing: for state-machine tests."""
    return SimpleNamespace(site=site_name, window_kind=window_kind, guidelines=verdict.numbers,
                           categories=analysis.category_names, finding_counts={t: 1 for t in analysis.entity_types},
                           decision=decision, reason="")


class FakeAllowlist:
    def __init__(self):
        self.texts: set[str] = set()

    def contains(self, text):
        return text in self.texts

    def add(self, text):
        self.texts.add(text)


class InlineRunner:
    """Runs each analysis at once, on the calling thread."""

    def submit(self, job):
        job()


class ManualRunner:
    """Keeps the newest job until the test runs it (like the real worker: latest wins)."""

    def __init__(self):
        self.job = None

    def submit(self, job):
        self.job = job

    def take(self):
        """The worker starts the waiting job (a newer submit no longer replaces it)."""
        job, self.job = self.job, None
        return job

    def run(self):
        self.take()()


class Clock:
    """A monotonic clock ``t`` and a wall clock ``wall`` that move only when the test says so."""

    def __init__(self):
        self.t = 100.0
        self.wall = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)

    def advance(self, seconds):
        self.t += seconds
        self.wall += dt.timedelta(seconds=seconds)


def guard_settings(**kw) -> SimpleNamespace:
    """The two settings the guard reads."""
    return SimpleNamespace(**{"paused_until": None, "warn_without_window_detection": True, **kw})


def make_monitor(history=None, allowlist=None, hasher=None):
    """A guard with the fake detector and clipboard that analyses at once; returns (monitor, clipboard)."""
    from guard.monitor import Monitor
    from guard.policy import load_policy

    clip = FakeClipboard()
    mon = Monitor(clip, FakeDetector(), load_policy(), history=history, allowlist=allowlist, hasher=hasher,
                  settings=guard_settings(), runner=InlineRunner())
    return mon, clip


def held_alert(mon, clip, text=SECRET, window=LE_CHAT):
    """Copy ``text`` in Word, switch to ``window``; returns the alert the guard raised."""
    shown = []
    mon.on_alert = shown.append
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(text))
    mon.on_window_change(window)
    assert shown, "the guard raised no warning"
    return shown[-1]


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.timezone.utc)
