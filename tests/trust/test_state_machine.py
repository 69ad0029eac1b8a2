"""Property-based: random sequences of copies, window changes, choices, pauses and ticks.

Invariants checked after every step:

- the original is never lost: when nothing is held, the clipboard holds what the person last
  copied, unless they chose "leegmaken" (then empty) or "zonder persoonsgegevens" (then redacted);
- while something is held the clipboard holds the placeholder, and only on a GenAI site;
- no warning is raised outside a GenAI site;
- at most one warning per content and site (coming back brings the same warning back).
"""
from __future__ import annotations

from types import SimpleNamespace

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from guard.monitor import DISMISSED, PLACEHOLDER, Monitor
from guard.policy import load_policy
from guard.verdict import ALLOWLIST, CLEAR, PASTE_ANYWAY, REDACT
from guard.windows.base import WindowInfo
from tests.helpers.fakes import CHATGPT, INTERNAL, LE_CHAT, SECRET, WORD, FakeClipboard, FakeDetector, InlineRunner

OWN = WindowInfo(title="Let op – Plakwacht", process="python", pid=4242, handle=9)
NOTEPAD = WindowInfo(title="Naamloos - Kladblok", process="notepad.exe", pid=301, handle=5)
WINDOWS = [LE_CHAT, LE_CHAT, CHATGPT, WORD, NOTEPAD, OWN, None]
TEXTS = [SECRET, INTERNAL, "Wat is de AVG?", "Jan de Vries", "   ", "", f"{SECRET}\x00\u200b", "Agenda voor dinsdag"]


class AllowlistFake:
    def __init__(self):
        self.texts = set()

    def contains(self, text):
        return text in self.texts

    def add(self, text):
        self.texts.add(text)


class GuardMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.clip = FakeClipboard()
        self.settings = SimpleNamespace(paused_until=None, warn_without_window_detection=True)
        self.mon = Monitor(self.clip, FakeDetector(), load_policy(), allowlist=AllowlistFake(),
                           settings=self.settings, runner=InlineRunner(), own_pid=OWN.pid)
        self.raised = []  # (alert, site kind at the moment it was raised)
        self.mon.on_alert = lambda a: self.raised.append((a, self.mon.site))
        self.expected = None  # what the person should find on the clipboard when nothing is held
        self.changes = 0

    @rule(text=st.sampled_from(TEXTS) | st.sampled_from([SECRET, INTERNAL]) | st.text(max_size=30))
    def copy(self, text):
        self.changes += 1
        self.mon.on_clipboard_change(self.clip.copy(text))
        self.expected = text

    @rule(window=st.sampled_from(WINDOWS))
    def switch(self, window):
        self.changes += 1
        self.mon.on_window_change(window)

    @precondition(lambda self: bool(self.mon.open_alerts()))
    @rule(data=st.data())
    def choose(self, data):
        self._choose(data)

    @precondition(lambda self: bool(self.mon.open_alerts()))
    @rule(data=st.data())
    def choose_again(self, data):  # a second rule: choices as likely as copies and switches
        self._choose(data)

    def _choose(self, data):
        alert = data.draw(st.sampled_from(self.mon.open_alerts()))
        action = data.draw(st.sampled_from(list(alert.actions)))
        applies = alert.held or (self.mon._current is not None and self.mon._current.key == alert.key)
        redacted = alert.redacted()  # a settled warning forgets its text
        self.mon.decide(alert, action, "testgegevens" if action == PASTE_ANYWAY else "")
        if applies and action == CLEAR:
            self.expected = None
        elif applies and action == REDACT:
            self.expected = redacted
        assert alert.decision == action and alert.text == ""
        event(f"choice {action}")

    @rule()
    def dismiss_all(self):
        for alert in self.mon.open_alerts():
            self.mon.decide(alert, DISMISSED)

    @rule()
    def tick(self):
        self.mon.tick()

    @invariant()
    def original_never_lost(self):
        if self.mon.held:
            event("held")
            assert self.clip.text == PLACEHOLDER
            assert self.mon.site.genai
        else:
            assert self.clip.text == self.expected

    @invariant()
    def no_warning_outside_genai_sites(self):
        for alert, site in self.raised:
            assert site.genai and alert.site is not None and alert.site.genai

    @invariant()
    def one_warning_per_content_and_site(self):
        seen = {}
        for alert, _site in self.raised:
            key = (alert.key, alert.site_name)
            assert seen.setdefault(key, alert.id) == alert.id


GuardMachine.TestCase.settings = settings(max_examples=200, stateful_step_count=50, deadline=None,
                                          suppress_health_check=[HealthCheck.too_slow])
TestGuardMachine = GuardMachine.TestCase


def test_allowlisted_and_accepted_texts_stay_quiet():
    """A choice of "Toch plakken" or "openbaar" is remembered for that content and site."""
    clip = FakeClipboard()
    mon = Monitor(clip, FakeDetector(), load_policy(), allowlist=AllowlistFake(),
                  settings=SimpleNamespace(paused_until=None), runner=InlineRunner())
    raised = []
    mon.on_alert = raised.append
    for action in (PASTE_ANYWAY, ALLOWLIST):
        mon.on_window_change(WORD)
        mon.on_clipboard_change(clip.copy(SECRET + action))
        mon.on_window_change(LE_CHAT)
        mon.decide(raised[-1], action, "testgegevens")
        n = len(raised)
        for _ in range(3):
            mon.on_window_change(WORD)
            mon.on_window_change(LE_CHAT)
        assert len(raised) == n and clip.text == SECRET + action
