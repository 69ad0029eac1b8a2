"""Bad input everywhere, through the real detector, the guard and the warning dialog.

Undecodable text (lone surrogates from a broken Windows clipboard), NUL characters, mixed scripts,
right-to-left marks, zero-width characters splitting a BSN or a name, full-width digits,
non-breaking spaces. The guard must hold and warn (or honestly say it could not check), the masked
previews must come from the right place in the original text, and nothing may crash.
"""
from __future__ import annotations

import re
import unicodedata
from types import SimpleNamespace

import pytest

from guard.monitor import PLACEHOLDER, UNCHECKED, Monitor
from guard.policy import load_policy
from guard.verdict import CLEAR, REDACT
from tests.helpers.fakes import LE_CHAT, WORD, FakeClipboard, InlineRunner

BSN = "111222333"
ZW = "\u200b\u200c\u200d\u2060\ufeff"

CASES = {
    "zero-width in BSN": "Klant met BSN 111\u200b222\u200d333 belde.",
    "full-width digits": "Klant met BSN １１１２２２３３３ belde.",
    "right-to-left override": f"\u202eKlant met BSN {BSN} belde.\u202c",
    "right-to-left marks": f"Klant met BSN \u200f{BSN}\u200f belde.",
    "NUL characters": f"Klant\x00 met BSN {BSN}\x00 belde.",
    "mixed scripts": f"Клиент Jan de Vries مع BSN {BSN} belde.",
    "no-break spaces": "Klant met BSN 111\u00a0222\u00a0333 belde.",
}
NAME_SPLIT = "Klant Pie\u200bter Kwakkel\u200bstein belde over zijn uitkering."


def _canonical(value: str) -> str:
    value = unicodedata.normalize("NFKC", value)
    return re.sub(f"[{ZW}\u200e\u200f\u202a-\u202e\\s]", "", value)


@pytest.fixture
def guard(real_detector):
    clip = FakeClipboard()
    mon = Monitor(clip, real_detector, load_policy(), settings=SimpleNamespace(paused_until=None),
                  runner=InlineRunner())
    alerts = []
    mon.on_alert = alerts.append
    return mon, clip, alerts


def _warn(mon, clip, alerts, text):
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(text))
    mon.on_window_change(LE_CHAT)
    assert alerts and clip.text == PLACEHOLDER, "not held"
    return alerts[-1]


@pytest.mark.parametrize("name", list(CASES))
def test_bsn_in_bad_input_is_found_masked_from_the_right_place_and_redacted(qtbot, guard, name):
    from ui.warning_dialog import WarningDialog

    mon, clip, alerts = guard
    text = CASES[name]
    alert = _warn(mon, clip, alerts, text)
    bsn = [f for f in alert.analysis.findings if f.type == "BSN"]
    assert len(bsn) == 1
    span = text[bsn[0].start:bsn[0].end]
    assert _canonical(span) == BSN  # the span points at the BSN in the original text, not beside it
    dialog = WarningDialog(alert, on_decide=lambda d, r: mon.decide(alert, d, r))
    qtbot.addWidget(dialog)
    shown = dialog.findings_label.text()
    group = next(g for g in alert.groups() if g.kind == "BSN")
    assert group.previews and all("•" in p for p in group.previews)
    for preview in group.previews:  # the visible digits are the BSN's own first and last digits
        head, _, tail = _canonical(preview).partition("•")
        tail = tail.strip("•")
        assert head and tail and BSN.startswith(head) and BSN.endswith(tail), preview
        assert preview in shown
    assert BSN not in _canonical(shown) and "１１１２２２３３３" not in shown
    dialog.buttons[REDACT].click()
    assert "[BSN]" in clip.text and BSN not in _canonical(clip.text)


def test_a_name_split_by_zero_width_characters_is_still_a_name(guard):
    mon, clip, alerts = guard
    alert = _warn(mon, clip, alerts, NAME_SPLIT)
    person = [f for f in alert.analysis.findings if f.type == "PERSON"]
    assert person and _canonical(NAME_SPLIT[person[0].start:person[0].end]) == "PieterKwakkelstein"
    mon.decide(alert, REDACT)
    assert "Kwakkel" not in clip.text and "[NAAM]" in clip.text


def test_lone_surrogates_are_warned_about_honestly_and_given_back_whole(qtbot, guard):
    """A broken clipboard text the detector cannot read: "kon niet worden gecontroleerd", not silence."""
    from ui.warning_dialog import WarningDialog

    mon, clip, alerts = guard
    text = f"Klant met BSN {BSN} \ud800 belde \udfff."
    alert = _warn(mon, clip, alerts, text)
    if alert.kind == UNCHECKED:
        assert alert.unchecked_reason == "failed"
        dialog = WarningDialog(alert)
        qtbot.addWidget(dialog)
        assert "kon niet worden gecontroleerd" in dialog.title_label.text()
    else:  # the detector learned to read it: then the BSN must be found
        assert any(f.type == "BSN" for f in alert.analysis.findings)
    mon.on_window_change(WORD)
    assert clip.text == text


@pytest.mark.parametrize("text", ["\x00", "\x00" * 1000, ZW * 50, "\u202e\u202c", "\ufffd" * 10, " \n\t\r "])
def test_text_of_nothing_but_control_or_invisible_characters_never_crashes(guard, text):
    mon, clip, alerts = guard
    mon.on_window_change(WORD)
    mon.on_clipboard_change(clip.copy(text))
    mon.on_window_change(LE_CHAT)
    if alerts:
        mon.decide(alerts[-1], CLEAR)
    mon.on_window_change(WORD)
    assert clip.text in (text, None)
