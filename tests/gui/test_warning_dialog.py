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

    def add(self, text, what=""):
        self.texts.add(text)
        self.what = what


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
    assert "tijdelijk vervangen" in text and "niet weg" in text and "leeggemaakt" not in text


def test_buttons_follow_the_verdict_and_the_safe_one_is_default(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    assert [b.text() for b in dialog.buttons.values()] == [f"{i}   {BUTTON_TEXTS[a]}"
                                                           for i, a in enumerate(alert.actions, 1)]
    assert list(dialog.buttons) == ["clear", "redact", "paste_anyway"]  # a BSN: never "openbaar"
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


def test_the_reason_field_says_personal_data_in_it_is_masked(qtbot, guard):
    """Issue 10: the reason was stored as typed, under "Plakwacht bewaart nooit de tekst zelf"."""
    alert, dialog = open_dialog(qtbot, guard)
    qtbot.mouseClick(dialog.buttons["paste_anyway"], Qt.MouseButton.LeftButton)
    assert dialog.reason_hint.isVisible() and "onherkenbaar" in dialog.reason_hint.text()
    qtbot.keyClicks(dialog.reason_edit, "klant 111222333 gaf toestemming")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    row = guard.hist.rows[alert.history_id]
    assert "111222333" not in row.reason and row.reason.startswith("klant •••33")


def test_allowlist_button_asks_first(qtbot, guard):
    """Issue 14, item 1: one click is not enough; the person confirms and says where it is public."""
    alert, dialog = open_dialog(qtbot, guard, text=INTERNAL)
    qtbot.mouseClick(dialog.buttons["allowlist"], Qt.MouseButton.LeftButton)
    assert guard.allow.texts == set() and alert.decision == "pending"
    assert dialog.public_box.isVisible() and not dialog.public_button.isEnabled()
    assert "90 dagen" in all_text(dialog) and "Als openbaar gemarkeerd" in all_text(dialog)
    qtbot.keyClick(dialog.public_edit, Qt.Key.Key_Escape)  # Esc: back to the choices, nothing marked
    assert not dialog.public_box.isVisible() and alert.decision == "pending"
    qtbot.mouseClick(dialog.buttons["allowlist"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.public_edit, "persbericht op uwv.nl")
    qtbot.mouseClick(dialog.public_button, Qt.MouseButton.LeftButton)
    assert guard.allow.texts == {INTERNAL} and guard.clip.text == INTERNAL
    assert guard.hist.rows[alert.history_id].reason == "persbericht op uwv.nl"


def test_allowlist_never_offered_with_a_bsn(qtbot, guard):
    _, dialog = open_dialog(qtbot, guard)
    assert "allowlist" not in dialog.buttons


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
    assert "kan niet zien welk venster" in text and "tijdelijk vervangen" not in text
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


# -- issue 14, item 4: honest, clear, not dense ------------------------------------------------
def test_number_keys_are_shown_and_there_is_an_icon(qtbot, guard):
    alert, dialog = open_dialog(qtbot, guard)
    for i, action in enumerate(alert.actions, 1):
        assert dialog.buttons[action].text().startswith(f"{i} ")
    assert "toetsen 1 tot en met" in all_text(dialog)
    assert dialog.icon_label.pixmap() is not None and not dialog.icon_label.pixmap().isNull()


def test_no_large_gap_under_the_heading(qtbot, guard):
    _, dialog = open_dialog(qtbot, guard)
    head = max(dialog.title_label.geometry().bottom(), dialog.icon_label.geometry().bottom())
    sub = dialog.sub_label.geometry()
    assert sub.top() - head <= 16, (head, sub)


def test_category_shows_its_reason_not_a_masked_sentence(qtbot, guard):
    _, dialog = open_dialog(qtbot, guard, text=INTERNAL)
    found = dialog.findings_label.text()
    assert "Vertrouwelijk" in found  # the reason: "het woord Vertrouwelijk bovenaan"
    assert "<code>" not in found and "•" not in found


def test_a_long_text_lists_the_first_findings_and_how_many_more(qtbot, guard):
    from detectors.model import Analysis, Finding

    alert = held_alert(guard.mon, guard.clip, SECRET)
    kinds = ["BSN", "IBAN", "PHONE_NUMBER", "EMAIL_ADDRESS", "POSTCODE", "ADDRESS"]
    findings = [Finding(k, 0, 9, 1.0, "reden") for k in kinds for _ in range(3)]
    findings += [Finding("BSN", 0, 9, 1.0, "reden")] * 9
    alert.analysis = Analysis(findings, [], 1.0, len(SECRET))
    dialog = WarningDialog(alert)
    qtbot.addWidget(dialog)
    found = dialog.findings_label.text()
    assert found.count("<li>") == 5  # four kinds, then "en N meer"
    assert "en 11 meer" in found  # 12 BSNs at one place: one example shown
    assert "en 6 meer" in found  # postcode and address, three each


def test_forbidden_site_points_to_the_allowed_tool(qtbot, guard):
    from guard.policy import load_policy

    alert = held_alert(guard.mon, guard.clip, SECRET, window=CHATGPT)
    dialog = WarningDialog(alert, policy=load_policy())
    qtbot.addWidget(dialog)
    assert "Gebruik alleen Mistral Le Chat (chat.mistral.ai)" in all_text(dialog)


def test_after_redact_the_app_says_press_ctrl_v():
    from ui.warning_dialog import after_choice

    assert "Ctrl+V" in after_choice("redact") and "Ctrl+V" in after_choice("paste_anyway")
    assert after_choice("clear") == ""


# -- issue 14, item 12: keyboard, accessible names, contrast ------------------------------------
def test_every_button_and_field_has_an_accessible_name(qtbot, guard):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    _, dialog = open_dialog(qtbot, guard, text=INTERNAL)
    widgets = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
    assert len(widgets) >= 6
    for w in widgets:
        assert w.accessibleName().strip(), w
    assert dialog.accessibleName()


def test_the_whole_warning_by_keyboard_alone(qtbot, guard):
    """Tab to "Toch plakken", Space, type a reason, Enter: no mouse anywhere."""
    alert, dialog = open_dialog(qtbot, guard)
    assert dialog.focusWidget() is dialog.buttons["clear"]
    order = list(dialog.buttons)
    target = order.index("paste_anyway")
    for _ in range(target):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.buttons["paste_anyway"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert dialog.focusWidget() is dialog.reason_edit
    qtbot.keyClicks(dialog.reason_edit, "testgegevens")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert alert.decision == "paste_anyway" and guard.clip.text == SECRET


def _luminance(hex_color: str) -> float:
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_colours_have_enough_contrast():
    from ui.warning_dialog import COLORS

    for name, (fg, bg) in COLORS.items():
        assert contrast(fg, bg) >= 4.5, name


def test_focus_ring_is_clearly_visible(qtbot, guard):
    from PySide6.QtGui import QColor

    from ui.warning_dialog import FOCUS_RING

    _, dialog = open_dialog(qtbot, guard)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    button = dialog.buttons["clear"]
    assert button.hasFocus()
    ring = QColor(FOCUS_RING)

    def ring_pixels() -> int:
        image = button.grab().toImage()
        n = 0
        for y in range(image.height()):
            for x in (0, 1, image.width() - 2, image.width() - 1):
                c = image.pixelColor(x, y)
                n += abs(c.red() - ring.red()) + abs(c.green() - ring.green()) + abs(c.blue() - ring.blue()) < 60
        return n

    focused = ring_pixels()
    dialog.buttons["paste_anyway"].setFocus()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.buttons["paste_anyway"])
    assert focused > button.height() and ring_pixels() == 0
