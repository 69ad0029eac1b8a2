"""The warning dialog: contents, every button's effect, and the keyboard."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from guard.masking import mask
from guard.monitor import PLACEHOLDER
from tests.helpers.fakes import BSN, CHATGPT, INTERNAL, SECRET, held_alert, make_monitor
from ui.warning_dialog import BUTTON_TEXTS, WarningDialog


class History:
    def __init__(self):
        self.rows = {}

    def add(self, entry):
        self.rows[len(self.rows) + 1] = entry
        return len(self.rows)

    def update_decision(self, id, decision, reason=""):
        self.rows[id].decision, self.rows[id].reason = decision, reason


class Allow:
    def __init__(self):
        self.texts = set()

    def contains(self, text):
        return text in self.texts

    def add(self, text):
        self.texts.add(text)


class Hasher:
    def digest(self, text):
        return "h"


@pytest.fixture
def guard():
    hist, allow = History(), Allow()
    mon, clip = make_monitor(history=hist, allowlist=allow, hasher=Hasher())
    return SimpleNamespace(mon=mon, clip=clip, hist=hist, allow=allow)


def open_dialog(qtbot, guard, text=SECRET, window=None):
    alert = held_alert(guard.mon, guard.clip, text, **({"window": window} if window else {}))
    dialog = WarningDialog(alert, on_decide=lambda d, r: guard.mon.decide(alert, d, r))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return alert, dialog


def all_text(dialog) -> str:
    return "\n".join([lab.text() for lab in dialog.findChildren(QLabel)]
                     + [b.text() for b in dialog.findChildren(QPushButton)] + [dialog.windowTitle()])


def test_shows_guideline_verbatim_and_masked_findings_with_reasons(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    text = all_text(dialog)
    assert "Deze tekst mag je niet in Mistral Le Chat plakken" in text
    assert "Richtlijn 5" in text
    assert "Deel nooit persoonsgegevens of gegevens die herleidbaar zijn tot natuurlijke personen" in text
    assert "BSN" in text and mask("BSN", BSN) in text
    assert "elfproef" in text  # why it fired
    assert "Naam" in text and mask("PERSON", "Jan de Vries") in text
    assert BSN not in text and "Jan de Vries" not in text  # nothing readable leaks into the window
    assert "tijdelijk leeggemaakt" in text


def test_buttons_follow_the_verdict_and_the_safe_one_is_default(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    assert [b.text() for b in dialog.buttons.values()] == [BUTTON_TEXTS[a] for a in alert.actions]
    assert list(dialog.buttons) == ["clear", "redact", "paste_anyway", "allowlist"]
    assert dialog.buttons["clear"].isDefault() and dialog.focusWidget() is dialog.buttons["clear"]


def test_internal_text_has_no_redact_button(qtbot, guard):
    _, dialog = open_dialog(qtbot, guard, INTERNAL)
    assert "redact" not in dialog.buttons and "Richtlijn 4" in all_text(dialog)


def test_forbidden_site_cites_guideline_3(qtbot, guard):
    _, dialog = open_dialog(qtbot, guard, window=CHATGPT)
    text = all_text(dialog)
    assert "ChatGPT mag je niet gebruiken" in text
    assert "Richtlijn 3" in text and "Gebruik uitsluitend Mistral Le Chat" in text
    assert "redact" not in dialog.buttons


def test_clear_button_empties_the_clipboard(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.buttons["clear"], Qt.MouseButton.LeftButton)
    assert alert.decision == "clear"
    assert guard.clip.text is None and not dialog.isVisible()
    assert guard.hist.rows[alert.history_id].decision == "clear"


def test_redact_button_puts_placeholders(qtbot, guard):
    _, dialog = open_dialog(qtbot, guard)
    qtbot.mouseClick(dialog.buttons["redact"], Qt.MouseButton.LeftButton)
    assert guard.clip.text == "Klant [NAAM] met BSN [BSN] belde over zijn uitkering."


def test_paste_anyway_needs_a_reason(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    qtbot.mouseClick(dialog.buttons["paste_anyway"], Qt.MouseButton.LeftButton)
    assert dialog.reason_box.isVisible() and dialog.isVisible()
    assert not dialog.confirm_button.isEnabled()
    assert guard.clip.text == PLACEHOLDER
    qtbot.keyClicks(dialog.reason_edit, "testgegevens")
    assert dialog.confirm_button.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert guard.clip.text == SECRET and not dialog.isVisible()
    row = guard.hist.rows[alert.history_id]
    assert row.decision == "paste_anyway" and row.reason == "testgegevens"


def test_allowlist_button(qtbot, guard):
    _, dialog = open_dialog(qtbot, guard)
    qtbot.mouseClick(dialog.buttons["allowlist"], Qt.MouseButton.LeftButton)
    assert guard.allow.texts == {SECRET} and guard.clip.text == SECRET


def test_escape_is_the_safe_choice(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert alert.decision == "clear" and guard.clip.text is None and not dialog.isVisible()


def test_enter_is_the_safe_choice(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    qtbot.keyClick(dialog.buttons["clear"], Qt.Key.Key_Return)
    assert alert.decision == "clear"


def test_escape_in_the_reason_field_only_cancels_paste_anyway(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    qtbot.mouseClick(dialog.buttons["paste_anyway"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.reason_edit, "oeps")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.reason_box.isVisible() and alert.decision == "pending"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert alert.decision == "clear"


def test_number_keys_pick_a_choice(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    qtbot.keyClick(dialog, Qt.Key.Key_2)
    assert alert.decision == "redact"


def test_closing_silently_makes_no_choice(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    guard.mon.on_window_change(None)
    dialog.close_silently()
    assert not dialog.isVisible() and alert.decision == "pending"


def test_without_window_detection_nothing_is_held_and_begrepen_keeps_the_text(qtbot):
    hist = History()
    mon, clip = make_monitor(history=hist, hasher=Hasher())
    mon.window_detection = False
    shown = []
    mon.on_alert = shown.append
    mon.on_clipboard_change(clip.copy(SECRET))
    (alert,) = shown
    dialog = WarningDialog(alert, on_decide=lambda d, r: mon.decide(alert, d, r))
    qtbot.addWidget(dialog)
    dialog.show()
    text = all_text(dialog)
    assert "kan niet zien welk venster" in text and "tijdelijk leeggemaakt" not in text
    assert "paste_anyway" not in dialog.buttons
    qtbot.mouseClick(dialog.buttons["dismissed"], Qt.MouseButton.LeftButton)
    assert clip.text == SECRET and hist.rows[alert.history_id].decision == "dismissed"


def test_unchecked_warning_says_why_honestly(qtbot, guard):
    guard.mon.max_chars = 20
    alert, dialog = open_dialog(qtbot, guard)
    text = all_text(dialog)
    assert "Deze tekst kon niet worden gecontroleerd" in text and "te groot" in text
    assert list(dialog.buttons) == ["clear", "paste_anyway"]
    assert BSN not in text
