"""Small fakes shared by the Qt tests (no Qt in here)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from detectors.model import Analysis, CategoryHit, Finding
from guard.clipboard import ClipSnapshot
from guard.monitor import Monitor
from guard.policy import load_policy
from guard.windows.base import WindowInfo

BSN = "111222333"
SECRET = f"Klant Jan de Vries met BSN {BSN} belde over zijn uitkering."
INTERNAL = "Vertrouwelijk: verslag van het teamoverleg."
LE_CHAT = WindowInfo(title="Le Chat - Mistral AI - Chromium", process="chromium", pid=200, handle=1)
CHATGPT = WindowInfo(title="ChatGPT - Chromium", process="chromium", pid=200, handle=2)
WORD = WindowInfo(title="Brief.docx - Word", process="winword.exe", pid=300, handle=4)


class FakeDetector:
    def analyze(self, text: str) -> Analysis:
        findings, cats = [], []
        if BSN in text:
            i = text.index(BSN)
            findings.append(Finding("BSN", i, i + 9, 1.0, "9 cijfers die kloppen met de elfproef"))
        if "Jan de Vries" in text:
            i = text.index("Jan de Vries")
            findings.append(Finding("PERSON", i, i + 12, 0.85, "voornaam en achternaam uit de namenlijst"))
        if "Vertrouwelijk" in text:
            cats.append(CategoryHit("CLASSIFIED", 0.9, "het woord Vertrouwelijk bovenaan", 0, 13))
        return Analysis(findings, cats, 1.0, len(text))


class FakeClipboard:
    def __init__(self):
        self.snap = ClipSnapshot()

    @property
    def text(self):
        return self.snap.text

    def copy(self, text):
        self.snap = ClipSnapshot(text, ("text/plain",))
        return self.snap

    def write_text(self, text):
        self.snap = ClipSnapshot(text, ("text/plain",), own=True)

    def clear(self):
        self.snap = ClipSnapshot(None, (), own=True)

    def restore(self, snap):
        self.snap = snap

    def snapshot(self):
        return self.snap


class InlineRunner:
    def submit(self, job):
        job()


def make_monitor(history=None, allowlist=None, hasher=None):
    clip = FakeClipboard()
    settings = SimpleNamespace(paused_until=None, warn_without_window_detection=True)
    mon = Monitor(clip, FakeDetector(), load_policy(), history=history, allowlist=allowlist, hasher=hasher,
                  settings=settings, runner=InlineRunner())
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
