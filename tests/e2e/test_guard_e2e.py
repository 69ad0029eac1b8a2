"""End to end: the real app, a real Chromium, real X11 clipboard and focus changes.

Each test copies its own text (one warning per content and site), starting from the ordinary
"Notities" window, as a person would: copy somewhere, then switch to the chat.
"""
from __future__ import annotations

from guard.monitor import PLACEHOLDER
from tests.helpers.xvfb import wait_until

WARNING_TITLE = "Let op"


def flagged(n: int) -> str:
    # 111222333 passes the BSN eleven-test; the number n keeps each test's content different.
    return f"Dossier {n}: de klant met BSN 111222333 belde over de uitkering."


def start_in_notes(desktop, browser, app, text):
    """Copy ``text`` in the ordinary window, as a person would, before going anywhere else.

    The copy counts only once the app has taken it in: a window switch that reaches the app
    first would make it a copy made in the chat itself (which is never held).
    """
    desktop.activate(browser["notes"])
    wait_until(lambda: app.window_kind() == "other", 30, "the app to see the ordinary window")
    app.mark()
    desktop.copy(text)
    app.wait_event("clipboard", own=False)


def test_le_chat_holds_warns_and_clear_empties(desktop, browser, app):
    text = flagged(1)
    start_in_notes(desktop, browser, app, text)
    desktop.activate(browser["lechat"])
    alert = app.wait_event("alert")
    assert alert["guidelines"] == [5] and alert["site"] == "Mistral Le Chat" and alert["held"]
    assert alert["actions"][0] == "clear" and "redact" in alert["actions"]
    assert desktop.paste() == PLACEHOLDER
    dialog = desktop.find_window(WARNING_TITLE)
    desktop.activate(dialog)
    desktop.key("Escape")  # the safe default
    app.wait_event("decision", id=alert["id"], decision="clear")
    assert not desktop.paste()
    rows = [r for r in app.history() if r["id"] == alert["history_id"]]
    assert rows and rows[0]["decision"] == "clear" and rows[0]["finding_counts"].get("BSN") == 1
    assert "111222333" not in str(rows[0])
    assert not desktop.has_window(WARNING_TITLE)


def test_leaving_le_chat_gives_the_original_back(desktop, browser, app):
    text = flagged(2)
    start_in_notes(desktop, browser, app, text)
    desktop.activate(browser["lechat"])
    alert = app.wait_event("alert")
    assert desktop.paste() == PLACEHOLDER
    desktop.activate(browser["notes"])
    app.wait_event("alert_closed", id=alert["id"], decision="left_site")
    assert desktop.paste() == text
    rows = [r for r in app.history() if r["id"] == alert["history_id"]]
    assert rows[0]["decision"] == "left_site"


def test_paste_anyway_with_a_reason_by_keyboard(desktop, browser, app):
    text = flagged(3)
    start_in_notes(desktop, browser, app, text)
    desktop.activate(browser["lechat"])
    alert = app.wait_event("alert")
    dialog = desktop.find_window(WARNING_TITLE)
    desktop.activate(dialog)
    desktop.key(str(alert["actions"].index("paste_anyway") + 1))
    desktop.type("testgegevens")
    desktop.key("Return")
    app.wait_event("decision", id=alert["id"], decision="paste_anyway")
    assert desktop.paste() == text
    row = [r for r in app.history() if r["id"] == alert["history_id"]][0]
    assert row["decision"] == "paste_anyway" and row["reason"] == "testgegevens"


def test_forbidden_site_cites_guideline_3(desktop, browser, app):
    start_in_notes(desktop, browser, app, "Wat is het verschil tussen de AVG en de AI-verordening?")
    desktop.activate(browser["chatgpt"])
    alert = app.wait_event("alert")
    assert alert["guidelines"][0] == 3 and alert["site"] == "ChatGPT"
    dialog = desktop.find_window(WARNING_TITLE)
    desktop.activate(dialog)
    desktop.key("Return")  # the default button: clear
    app.wait_event("decision", id=alert["id"], decision="clear")
    rows = [r for r in app.history() if r["id"] == alert["history_id"]]
    assert rows[0]["window_kind"] == "forbidden_genai" and rows[0]["guidelines"][0] == 3


def test_ordinary_window_gets_nothing(desktop, browser, app):
    text = flagged(5)
    start_in_notes(desktop, browser, app, text)
    desktop.activate(browser["chatgpt"])  # away and back to an ordinary window: still nothing there
    app.wait_event("alert")
    desktop.activate(browser["notes"])
    app.wait_event("alert_closed")
    app.mark()
    desktop.copy(flagged(6))
    app.wait_event("clipboard", own=False)  # taken in while the ordinary window is in front
    assert desktop.paste() == flagged(6)
    assert app.events_since_mark("alert") == []
    assert not desktop.has_window(WARNING_TITLE)


def test_a_second_start_finds_the_running_app(desktop, app):
    import subprocess
    import sys

    from tests.e2e.conftest import ROOT

    res = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(app.data_dir)], env=desktop.env,
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert res.returncode == 0 and "Plakwacht draait al" in res.stderr
    assert app.proc.poll() is None


def test_without_window_detection_every_flagged_copy_warns_without_holding(desktop, browser, app, tmp_path):
    """A second app on the same display, told it cannot see windows (as under Wayland)."""
    import signal

    from tests.e2e.conftest import App

    desktop.activate(browser["notes"])
    blind = App(desktop, tmp_path, extra_env={"PLAKWACHT_WINDOW_BACKEND": "none"})
    try:
        blind.wait_event("ready", timeout=180)
        status = [e for e in blind.all_events() if e["event"] == "status"][-1]
        assert status["state"] == "no_window_detection"
        blind.mark()
        text = flagged(7)
        desktop.copy(text)
        alert = blind.wait_event("alert")
        assert alert["held"] is False and alert["site"] == "" and 5 in alert["guidelines"]
        assert desktop.paste() == text  # nothing held: it cannot know where the text goes
        assert "paste_anyway" not in alert["actions"]
    finally:
        blind.proc.send_signal(signal.SIGTERM)
        blind.proc.wait(30)


def test_rich_text_from_the_browser_comes_back_whole(desktop, browser, app):
    desktop.activate(browser["notes"])
    app.mark()
    desktop.key("ctrl+a")
    desktop.key("ctrl+c")  # Chromium copies the page: text/plain and text/html
    from tests.e2e.conftest import wait_until

    wait_until(lambda: "111222333" in (desktop.paste() or ""), 10, "the page's text on the clipboard")
    html_before = desktop.paste("text/html")
    assert "<b>111222333</b>" in html_before
    desktop.key("Escape")  # drop the selection
    desktop.activate(browser["lechat"])
    alert = app.wait_event("alert")
    assert desktop.paste() == PLACEHOLDER
    assert "text/html" not in (desktop.paste("TARGETS") or "")
    desktop.activate(browser["notes"])
    app.wait_event("alert_closed", id=alert["id"], decision="left_site")
    assert "111222333" in desktop.paste()
    assert desktop.paste("text/html") == html_before  # the markup, not just the plain text


def test_zz_sigterm_gives_the_held_text_back_before_quitting(desktop, browser, app):
    """Last in this file: it stops the session's app."""
    import signal

    text = flagged(8)
    start_in_notes(desktop, browser, app, text)
    desktop.activate(browser["lechat"])
    alert = app.wait_event("alert")
    assert desktop.paste() == PLACEHOLDER
    app.proc.send_signal(signal.SIGTERM)
    assert app.proc.wait(30) == 0
    app.wait_event("alert_closed", id=alert["id"], decision="dismissed")
    app.wait_event("stopped")
    log = (app.data_dir / "logs" / "plakwacht.log").read_text(encoding="utf-8")
    assert "held clipboard given back" in log and "111222333" not in log
    rows = [r for r in app.history() if r["id"] == alert["history_id"]]
    assert rows[0]["decision"] == "dismissed"
