"""The guard's state machine with fake clipboard, windows, detector, clock, history and allowlist."""
from __future__ import annotations

import datetime as dt
import logging
from types import SimpleNamespace

import pytest

from guard.monitor import (
    ACTIVE, DISMISSED, FLAGGED, LEFT_SITE, NO_WINDOWS, PAUSED, PENDING, PLACEHOLDER, STARTING, UNCHECKED,
    Monitor,
)
from guard.policy import load_policy
from guard.windows.base import WindowInfo
from tests.helpers.fakes import (
    BSN, CHATGPT, CLEAN, INTERNAL, LE_CHAT, LE_CHAT_2, NOTES, WORD, Clock, FakeAllowlist, FakeClipboard, FakeDetector,
    FakeHistory, InlineRunner, ManualRunner, fake_make_entry,
)

SECRET = f"Klant met BSN {BSN} belde over zijn uitkering."
OWN_PID = 999
OWN_DIALOG = WindowInfo(title="Plakwacht - Let op", process="plakwacht", pid=OWN_PID, handle=5)


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.fixture
def env(policy):
    clip, det, hist, allow, clock = FakeClipboard(rich=True), FakeDetector(), FakeHistory(), FakeAllowlist(), Clock()
    settings = SimpleNamespace(paused_until=None, warn_without_window_detection=True)
    mon = Monitor(clip, det, policy, history=hist, allowlist=allow, settings=settings, runner=InlineRunner(),
                  now=lambda: clock.wall, monotonic=lambda: clock.t, own_pid=OWN_PID, make_entry=fake_make_entry)
    shown, closed = [], []
    mon.on_alert = shown.append
    mon.on_alert_closed = closed.append
    return SimpleNamespace(mon=mon, clip=clip, det=det, hist=hist, allow=allow, clock=clock, settings=settings,
                           shown=shown, closed=closed)


def copy(env, text, **kw):
    env.mon.on_clipboard_change(env.clip.copy(text, **kw))


def test_flagged_text_is_held_on_le_chat_and_warned_about(env):
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    assert env.clip.text == SECRET and not env.shown  # copying in Word is ordinary work
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == PLACEHOLDER
    assert env.mon.held
    (alert,) = env.shown
    assert alert.kind == FLAGGED and alert.held and alert.site.site == "Mistral Le Chat"
    assert alert.verdict.numbers == [5]
    assert alert.actions[0] == "clear" and "redact" in alert.actions
    row = env.hist.rows[alert.history_id]
    assert row.decision == PENDING and row.site == "Mistral Le Chat" and row.window_kind == "allowed_genai"


def test_leaving_le_chat_gives_the_original_back_whole(env):
    env.mon.on_window_change(WORD)
    original = env.clip.copy(SECRET)
    env.mon.on_clipboard_change(original)
    env.mon.on_window_change(LE_CHAT)
    (alert,) = env.shown
    env.mon.on_window_change(NOTES)
    assert env.clip.snap is original  # every format, not just the plain text
    assert env.closed == [alert] and alert.decision == LEFT_SITE
    assert env.hist.rows[alert.history_id].decision == LEFT_SITE
    assert not env.mon.held


def test_coming_back_brings_the_same_warning_back_without_a_new_row(env):
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    for _ in range(3):
        env.mon.on_window_change(LE_CHAT)
        env.mon.on_window_change(WORD)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == PLACEHOLDER
    assert len(env.hist.rows) == 1
    assert len({a.id for a in env.shown}) == 1 and len(env.shown) == 4
    assert env.shown[-1].decision == PENDING


def test_switching_between_tabs_of_the_same_site_keeps_holding(env):
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    env.mon.on_window_change(LE_CHAT)
    env.mon.on_window_change(LE_CHAT_2)
    assert env.clip.text == PLACEHOLDER and len(env.shown) == 1


def test_own_warning_window_and_no_window_do_not_count_as_leaving(env):
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    env.mon.on_window_change(LE_CHAT)
    env.mon.on_window_change(OWN_DIALOG)
    env.mon.on_window_change(None)
    assert env.clip.text == PLACEHOLDER and not env.closed


def test_forbidden_site_cites_guideline_3_even_for_a_clean_text(env):
    env.mon.on_window_change(WORD)
    copy(env, CLEAN)
    env.mon.on_window_change(CHATGPT)
    (alert,) = env.shown
    assert alert.verdict.numbers == [3]
    assert alert.forbidden_site and env.clip.text == PLACEHOLDER
    assert "redact" not in alert.actions


def test_forbidden_site_with_personal_data_cites_3_then_5(env):
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    env.mon.on_window_change(CHATGPT)
    assert env.shown[0].verdict.numbers == [3, 5]


def test_ordinary_window_and_clean_text_on_le_chat_get_nothing(env):
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    env.mon.on_window_change(NOTES)
    assert env.clip.text == SECRET and not env.shown
    copy(env, CLEAN)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == CLEAN and not env.shown and not env.hist.rows


def test_internal_text_cites_guideline_4_and_offers_no_redaction(env):
    env.mon.on_window_change(WORD)
    copy(env, INTERNAL)
    env.mon.on_window_change(LE_CHAT)
    (alert,) = env.shown
    assert alert.verdict.numbers == [4]
    assert "redact" not in alert.actions


def test_text_copied_on_le_chat_is_not_held_there(env):
    env.mon.on_window_change(LE_CHAT)
    copy(env, SECRET)  # copied from a Le Chat answer
    assert env.clip.text == SECRET and not env.shown
    env.mon.on_window_change(CHATGPT)  # but it may not go to another GenAI site
    assert env.clip.text == PLACEHOLDER


def held_alert(env, text=SECRET):
    env.mon.on_window_change(WORD)
    copy(env, text)
    env.mon.on_window_change(LE_CHAT)
    return env.shown[-1]


def test_choice_clear_empties_the_clipboard_and_nothing_comes_back(env):
    alert = held_alert(env)
    env.mon.decide(alert, "clear")
    assert env.clip.text is None and env.clip.ops[-1] == "clear"
    assert env.hist.rows[alert.history_id].decision == "clear"
    env.mon.on_window_change(WORD)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text is None and "restore" not in env.clip.ops and len(env.shown) == 1


def test_choice_redact_puts_the_text_without_personal_data(env):
    alert = held_alert(env)
    env.mon.decide(alert, "redact")
    assert env.clip.text == "Klant met BSN [BSN] belde over zijn uitkering."
    assert env.hist.rows[alert.history_id].decision == "redact"


def test_choice_paste_anyway_needs_a_reason_and_then_stops_warning(env):
    alert = held_alert(env)
    with pytest.raises(ValueError):
        env.mon.decide(alert, "paste_anyway", "   ")
    assert env.clip.text == PLACEHOLDER
    env.mon.decide(alert, "paste_anyway", "testgegevens, geen echte klant")
    assert env.clip.text == SECRET
    row = env.hist.rows[alert.history_id]
    assert row.decision == "paste_anyway" and row.reason == "testgegevens, geen echte klant"
    env.mon.on_window_change(WORD)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == SECRET and len(env.shown) == 1


def test_choice_allowlist_remembers_the_text(env):
    alert = held_alert(env)
    env.mon.decide(alert, "allowlist")
    assert env.allow.texts == {SECRET} and env.clip.text == SECRET
    env.mon.on_window_change(WORD)
    copy(env, "iets anders")
    copy(env, SECRET)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == SECRET and len(env.shown) == 1


def test_allowlisted_text_is_never_held(env):
    env.allow.add(SECRET)
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == SECRET and not env.shown


def test_allowlisted_text_is_still_held_on_a_forbidden_site(env):
    # "This text is public" answers guideline 4/5, not guideline 3 (which is about the site).
    env.allow.add(SECRET)
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    env.mon.on_window_change(CHATGPT)
    assert env.clip.text == PLACEHOLDER and len(env.shown) == 1
    assert env.shown[0].verdict.numbers[0] == 3


def test_a_choice_not_offered_is_refused(env):
    alert = held_alert(env, INTERNAL)
    with pytest.raises(ValueError):
        env.mon.decide(alert, "redact")
    assert env.clip.text == PLACEHOLDER


def test_a_late_choice_after_leaving_changes_nothing(env):
    alert = held_alert(env)
    env.mon.on_window_change(WORD)  # left: original back
    env.mon.decide(alert, "clear")
    assert env.clip.text == SECRET and alert.decision == LEFT_SITE


def test_same_content_is_not_analysed_twice(env):
    copy(env, SECRET)
    copy(env, CLEAN)
    copy(env, SECRET)
    copy(env, SECRET)
    assert env.det.calls == [SECRET, CLEAN]
    assert env.mon.analyses == 2


def test_latest_wins(policy):
    clip, det, runner = FakeClipboard(), FakeDetector(), ManualRunner()
    mon = Monitor(clip, det, policy, runner=runner, make_entry=fake_make_entry)
    shown = []
    mon.on_alert = shown.append
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    running = runner.take()  # SECRET's analysis has started
    mon.on_clipboard_change(clip.copy(CLEAN))
    mon.on_clipboard_change(clip.copy(INTERNAL))  # replaces CLEAN before it started
    running()  # SECRET's result arrives, but it is not current any more
    assert not shown
    runner.run()
    assert det.calls == [SECRET, INTERNAL]
    mon.on_window_change(LE_CHAT)
    assert shown and shown[0].verdict.numbers == [4]  # the warning is about the newest text


def test_focus_before_the_analysis_holds_at_once_and_the_result_decides(policy):
    clip, det, runner = FakeClipboard(), FakeDetector(), ManualRunner()
    mon = Monitor(clip, det, policy, runner=runner, make_entry=fake_make_entry)
    shown = []
    mon.on_alert = shown.append
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    mon.on_window_change(LE_CHAT)
    assert clip.text == PLACEHOLDER and not shown  # safe first, decide later
    runner.run()
    assert shown and shown[0].kind == FLAGGED
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(CLEAN))
    mon.on_window_change(LE_CHAT)
    assert clip.text == PLACEHOLDER
    runner.run()
    assert clip.text == CLEAN and len(shown) == 1  # clean: given back without a warning


def test_slow_analysis_gets_an_honest_unchecked_warning(policy):
    clip, det, runner, clock = FakeClipboard(), FakeDetector(), ManualRunner(), Clock()
    hist = FakeHistory()
    mon = Monitor(clip, det, policy, runner=runner, history=hist, make_entry=fake_make_entry,
                  monotonic=lambda: clock.t, deadline_s=1.5)
    shown, closed = [], []
    mon.on_alert, mon.on_alert_closed = shown.append, closed.append
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    mon.on_window_change(LE_CHAT)
    clock.advance(1.0)
    mon.tick()
    assert not shown
    clock.advance(1.0)
    mon.tick()
    (alert,) = shown
    assert alert.kind == UNCHECKED and alert.actions == ("clear", "paste_anyway")
    assert alert.unchecked_reason == "slow"
    assert "NIET_GECONTROLEERD" in hist.rows[alert.history_id].categories
    runner.run()  # the analysis arrives after all: the real warning replaces the honest one
    assert closed == [alert] and alert.decision == DISMISSED
    assert shown[-1].kind == FLAGGED and clip.text == PLACEHOLDER


def test_too_large_text_is_not_analysed_but_warned_about_on_le_chat(env):
    env.mon.max_chars = 50
    big = "openbare tekst " * 10
    env.mon.on_window_change(WORD)
    copy(env, big)
    assert env.det.calls == []
    env.mon.on_window_change(LE_CHAT)
    (alert,) = env.shown
    assert alert.kind == UNCHECKED and env.clip.text == PLACEHOLDER and alert.unchecked_reason == "too_large"
    env.mon.decide(alert, "paste_anyway", "openbaar stuk")
    assert env.clip.text == big


def test_detector_still_loading(policy):
    clip, det = FakeClipboard(), FakeDetector()
    mon = Monitor(clip, None, policy, runner=InlineRunner(), make_entry=fake_make_entry)
    shown = []
    mon.on_alert = shown.append
    assert mon.status() == STARTING
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    mon.on_window_change(LE_CHAT)
    assert clip.text == PLACEHOLDER and not shown
    mon.set_detector(det)
    assert mon.status() == ACTIVE
    assert det.calls == [SECRET] and shown[0].kind == FLAGGED


def test_new_copy_while_held_drops_the_held_text(env):
    alert = held_alert(env)
    env.mon.on_window_change(WORD)
    env.mon.on_window_change(LE_CHAT)
    copy(env, CLEAN)  # copied on Le Chat: it came from there
    assert env.clip.text == CLEAN
    assert env.closed[-1] is alert and alert.decision == DISMISSED
    assert env.mon.held is False


def test_pause_gives_back_and_stops_guarding_until_it_ends(env):
    alert = held_alert(env)
    env.mon.pause(env.clock.wall + dt.timedelta(minutes=15))
    assert env.clip.text == SECRET and alert.decision == DISMISSED
    assert env.mon.status() == PAUSED
    env.mon.on_window_change(WORD)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == SECRET
    env.clock.advance(16 * 60)
    env.mon.tick()
    assert env.mon.status() == ACTIVE
    assert env.clip.text == PLACEHOLDER  # guarding again, same warning back
    assert len(env.hist.rows) == 1


def test_resume(env):
    env.mon.pause(env.clock.wall + dt.timedelta(hours=12))
    env.mon.on_window_change(WORD)
    copy(env, SECRET)
    env.mon.on_window_change(LE_CHAT)
    assert env.clip.text == SECRET
    env.mon.resume()
    assert env.settings.paused_until is None and env.clip.text == PLACEHOLDER


def test_shutdown_gives_the_held_text_back(env):
    alert = held_alert(env)
    env.mon.shutdown()
    assert env.clip.text == SECRET and alert.decision == DISMISSED


def test_concealed_content_is_never_read(env):
    env.mon.on_window_change(WORD)
    copy(env, SECRET, concealed=True)
    env.mon.on_window_change(LE_CHAT)
    assert env.det.calls == [] and env.clip.text == SECRET and not env.shown


def test_own_writes_are_ignored(env):
    alert = held_alert(env)
    env.mon.on_clipboard_change(env.clip.snap)  # the placeholder's change event comes back
    assert env.mon.held and alert.decision == PENDING and env.det.calls == [SECRET]


def test_without_window_detection_every_flagged_copy_warns_once_without_holding(policy):
    clip, det, hist = FakeClipboard(), FakeDetector(), FakeHistory()
    settings = SimpleNamespace(paused_until=None, warn_without_window_detection=True)
    mon = Monitor(clip, det, policy, runner=InlineRunner(), history=hist, settings=settings,
                  window_detection=False, make_entry=fake_make_entry)
    shown = []
    mon.on_alert = shown.append
    assert mon.status() == NO_WINDOWS
    mon.on_clipboard_change(clip.copy(SECRET))
    (alert,) = shown
    assert not alert.held and clip.text == SECRET and alert.site is None
    assert hist.rows[1].window_kind == "unknown"
    assert "paste_anyway" not in alert.actions and alert.actions[0] == "clear" and alert.actions[-1] == DISMISSED
    mon.on_clipboard_change(clip.copy(CLEAN))
    mon.on_clipboard_change(clip.copy(SECRET))
    assert len(shown) == 1  # once per content
    mon.decide(alert, "clear")
    assert clip.text is None
    settings.warn_without_window_detection = False
    mon.on_clipboard_change(clip.copy(INTERNAL))
    assert len(shown) == 1


def test_no_clipboard_text_in_logs_or_reprs(env, caplog):
    caplog.set_level(logging.DEBUG)
    alert = held_alert(env)
    env.mon.on_window_change(WORD)
    env.mon.on_window_change(LE_CHAT)
    env.mon.decide(alert, "redact")
    assert BSN not in caplog.text and "uitkering" not in caplog.text
    assert BSN not in repr(alert) and BSN not in repr(env.clip.copy(SECRET))


def test_detector_still_loading_past_the_deadline_says_so(policy):
    clip, clock = FakeClipboard(), Clock()
    mon = Monitor(clip, None, policy, runner=InlineRunner(), make_entry=fake_make_entry, monotonic=lambda: clock.t)
    shown = []
    mon.on_alert = shown.append
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(SECRET))
    mon.on_window_change(LE_CHAT)
    clock.advance(5)
    mon.tick()
    (alert,) = shown
    assert alert.kind == UNCHECKED and alert.unchecked_reason == "starting" and clip.text == PLACEHOLDER
    mon.set_detector(FakeDetector())  # ready after all: the real warning takes over
    assert shown[-1].kind == FLAGGED and alert.decision == DISMISSED


def test_a_settled_warning_drops_the_text_from_memory(env):
    alert = held_alert(env)
    env.mon.decide(alert, "clear")
    assert alert.text == ""
    env.mon.on_window_change(WORD)
    copy(env, SECRET)  # the same text copied again
    env.mon.on_window_change(LE_CHAT)
    assert env.shown[-1] is alert and alert.text == SECRET and alert.decision == PENDING
    assert len(env.hist.rows) == 1
