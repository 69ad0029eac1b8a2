"""What the guard makes of the companion's facts: the tab's host decides the site; public copies pass."""
from __future__ import annotations

import pytest

from guard.browser import protocol
from guard.browser.state import FROM_EXTENSION, FROM_TITLE, BrowserFacts, with_host
from guard.monitor import PLACEHOLDER
from guard.policy import ALLOWED_GENAI, FORBIDDEN_GENAI, OTHER, load_policy
from guard.windows.base import WindowInfo
from tests.helpers.fakes import FakeClipboard, FakeDetector, FakeHistory, InlineRunner, fake_make_entry

SECRET = "Klant met BSN 111222333 belde over zijn uitkering."

HELLO = {"type": "hello", "version": 1, "browser": "Chromium", "extension": "0.1.0"}
DEBUSSY = WindowInfo(title="Claude Debussy - Wikipedia - Chromium", process="chromium", pid=200, handle=1)
NEUTRAL = WindowInfo(title="Welkom - Chromium", process="chromium", pid=200, handle=1)
LE_CHAT_TAB = WindowInfo(title="Le Chat - Mistral AI - Chromium", process="chromium", pid=200, handle=1)
FIREFOX = WindowInfo(title="Claude Debussy - Wikipedia — Mozilla Firefox", process="firefox", pid=300, handle=2)
OFFICIAL = "Voor vragen: Jan de Vries, woordvoerder UWV, telefoon 020 751 2000."


@pytest.fixture
def facts():
    f = BrowserFacts(key=bytes(range(32)))
    assert f.handle("c1", HELLO)["type"] == "welcome"
    return f


def tab(facts, host, conn="c1"):
    facts.handle(conn, {"type": "tab", "host": host})


def copied(facts, host, text):
    facts.handle("c1", {"type": "copy", "host": host, "digest": protocol.digest(facts.key, text), "how": "copy"})


def classify(window, facts):
    pol = load_policy()
    w, host, source = with_host(window, facts.extensions.values(), pol)
    return pol.classify(w), host, source


def test_hello_is_answered_with_the_key_and_makes_the_link_active():
    f = BrowserFacts(key=b"k" * 32)
    assert not f.active
    reply = f.handle("c", HELLO)
    assert reply == protocol.welcome(b"k" * 32) and f.active
    f.disconnected("c")
    assert not f.active


def test_facts_before_a_hello_are_ignored():
    f = BrowserFacts()
    f.handle("c", {"type": "tab", "host": "chatgpt.com"})
    f.handle("c", {"type": "copy", "host": "www.uwv.nl", "digest": "a" * 64, "how": "copy"})
    assert f.extensions == {} and f.source_of("x") is None


def test_claude_debussy_on_an_ordinary_host_is_not_a_forbidden_site(facts):
    tab(facts, "nl.wikipedia.org")
    match, host, source = classify(DEBUSSY, facts)
    assert match.kind == OTHER and host == "nl.wikipedia.org" and source == FROM_EXTENSION


def test_a_neutral_title_on_chatgpt_com_is_the_forbidden_site(facts):
    tab(facts, "chatgpt.com")
    match, host, _ = classify(NEUTRAL, facts)
    assert match.kind == FORBIDDEN_GENAI and match.site == "ChatGPT"


def test_without_an_extension_the_title_decides_as_before():
    f = BrowserFacts()
    match, host, source = classify(DEBUSSY, f)
    assert match.kind == FORBIDDEN_GENAI and host is None and source == FROM_TITLE


def test_a_firefox_window_never_takes_a_chromium_extensions_host(facts):
    tab(facts, "nl.wikipedia.org")
    match, host, source = classify(FIREFOX, facts)
    assert match.kind == FORBIDDEN_GENAI and host is None and source == FROM_TITLE


def test_the_brand_picks_the_extension_of_the_windows_browser(facts):
    tab(facts, "chatgpt.com")
    facts.handle("edge", {**HELLO, "browser": "Microsoft Edge"})
    tab(facts, "chat.mistral.ai", conn="edge")
    edge = WindowInfo(title="x - Microsoft Edge", process="msedge.exe", pid=5)
    assert classify(edge, facts)[0].kind == ALLOWED_GENAI
    assert classify(NEUTRAL, facts)[0].kind == FORBIDDEN_GENAI


def test_a_tab_without_a_host_is_no_site_even_with_a_chat_title(facts):
    tab(facts, None)
    assert classify(LE_CHAT_TAB, facts)[0].kind == OTHER


def test_connected_but_no_tab_reported_yet_falls_back_to_the_title(facts):
    assert classify(LE_CHAT_TAB, facts)[0].kind == ALLOWED_GENAI


def test_source_of_matches_the_unchanged_text_only(facts):
    copied(facts, "www.uwv.nl", OFFICIAL.replace(" ", "\u00a0", 1))
    assert facts.source_of(OFFICIAL) == "www.uwv.nl"
    assert facts.source_of(OFFICIAL + " En nog iets.") is None


def test_the_latest_copy_of_a_text_wins(facts):
    copied(facts, "www.uwv.nl", OFFICIAL)
    copied(facts, "intranet.uwv.nl", OFFICIAL)
    assert facts.source_of(OFFICIAL) == "intranet.uwv.nl"


def test_state_for_queries_has_hosts_and_no_digests(facts):
    tab(facts, "www.uwv.nl")
    copied(facts, "www.uwv.nl", OFFICIAL)
    state = facts.handle("q", {"type": "query"})
    assert state["extensions"][0]["host"] == "www.uwv.nl" and "digest" not in str(state)


# -- the guard ---------------------------------------------------------------------------------
@pytest.fixture
def env():
    from types import SimpleNamespace

    from guard.monitor import Monitor

    clip, hist = FakeClipboard(), FakeHistory()
    settings = SimpleNamespace(paused_until=None, warn_without_window_detection=True)
    mon = Monitor(clip, FakeDetector(), load_policy(), history=hist, settings=settings, runner=InlineRunner(),
                  own_pid=999, make_entry=fake_make_entry)
    shown = []
    mon.on_alert = shown.append
    return SimpleNamespace(mon=mon, clip=clip, hist=hist, shown=shown)


def with_facts(env, facts):
    env.mon.source_of = facts.source_of
    passed = []
    env.mon.on_public_source = passed.append
    return passed


def test_public_text_copied_from_uwv_nl_passes_on_le_chat_without_a_row(env, facts):
    passed = with_facts(env, facts)
    env.mon.on_window_change(NEUTRAL)
    env.clip.copy(SECRET)
    copied(facts, "www.uwv.nl", SECRET)
    env.mon.on_clipboard_change(env.clip.snap)
    env.mon.on_window_change(LE_CHAT_TAB)
    assert env.clip.text == SECRET and not env.mon.held and not env.shown
    assert env.hist.rows == {} and passed == ["www.uwv.nl"]


def test_the_digest_may_arrive_after_the_clipboard_change(env, facts):
    passed = with_facts(env, facts)
    env.mon.on_window_change(NEUTRAL)
    env.mon.on_clipboard_change(env.clip.copy(SECRET))
    copied(facts, "www.uwv.nl", SECRET)  # the extension's message comes a few ms later
    env.mon.on_window_change(LE_CHAT_TAB)
    assert env.clip.text == SECRET and not env.shown and passed


@pytest.mark.parametrize("host", ["intranet.uwv.nl", "mijn.uwv.nl", "mail.example.test"])
def test_the_same_text_from_a_non_public_host_is_held(env, facts, host):
    with_facts(env, facts)
    env.mon.on_window_change(NEUTRAL)
    env.mon.on_clipboard_change(env.clip.copy(SECRET))
    copied(facts, host, SECRET)
    env.mon.on_window_change(LE_CHAT_TAB)
    assert env.clip.text == PLACEHOLDER and env.shown[0].verdict.numbers == [5]


def test_a_text_changed_after_the_copy_is_checked_as_before(env, facts):
    with_facts(env, facts)
    copied(facts, "www.uwv.nl", "Persbericht van UWV.")
    env.mon.on_clipboard_change(env.clip.copy("Persbericht van UWV. " + SECRET))
    env.mon.on_window_change(LE_CHAT_TAB)
    assert env.clip.text == PLACEHOLDER and env.shown


def test_a_forbidden_site_keeps_guideline_3_for_public_text(env, facts):
    with_facts(env, facts)
    env.mon.on_clipboard_change(env.clip.copy(SECRET))
    copied(facts, "www.uwv.nl", SECRET)
    env.mon.on_window_change(WindowInfo(title="ChatGPT - Chromium", process="chromium", pid=200, handle=2))
    assert env.clip.text == PLACEHOLDER and env.shown[0].verdict.numbers[0] == 3


def test_with_two_profiles_of_one_browser_the_one_that_reported_last_wins():
    clock = iter(range(100)).__next__
    f = BrowserFacts(clock=lambda: float(clock()))
    f.handle("a", HELLO)
    f.handle("b", HELLO)
    f.handle("b", {"type": "tab", "host": "nl.wikipedia.org"})
    f.handle("a", {"type": "tab", "host": "chatgpt.com"})
    assert classify(NEUTRAL, f)[0].site == "ChatGPT"
    f.handle("b", {"type": "tab", "host": "nl.wikipedia.org"})  # profile b's window came to the front
    assert classify(NEUTRAL, f)[0].kind == OTHER


def test_public_source_rules_exact_wildcard_and_exclusions(tmp_path):
    import dataclasses

    pol = dataclasses.replace(load_policy(), public_hosts=("uwv.nl", "*.werk.nl"), public_excluded=("*.mijn.werk.nl",
                                                                                                  "mijn.werk.nl"))
    assert pol.public_source("uwv.nl") and not pol.public_source("intranet.uwv.nl")
    assert pol.public_source("www.werk.nl") and not pol.public_source("werk.nl")
    assert not pol.public_source("mijn.werk.nl") and not pol.public_source("a.mijn.werk.nl")
    assert not pol.public_source("")


def test_a_public_source_that_is_not_a_host_is_refused_in_dutch(tmp_path):
    from guard.policy import BUILTIN, PolicyError, read_policy

    text = BUILTIN.read_text(encoding="utf-8").replace('"www.uwv.nl", "werk.nl"', '"https://www.uwv.nl/", "werk.nl"')
    assert "https://www.uwv.nl/" in text
    path = tmp_path / "beleid.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError, match="geen host"):
        read_policy(path)


def test_the_policy_window_lists_the_public_sources_in_dutch():
    pytest.importorskip("PySide6")
    from ui.policy_window import policy_html

    text = policy_html(load_policy())
    assert "Openbare bronnen" in text and "www.uwv.nl" in text and "mijn.uwv.nl" in text
