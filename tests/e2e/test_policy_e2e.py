"""Issue 14, item 9: every tool name comes from the policy. The real app under Xvfb with a policy
that allows Microsoft Copilot Chat and forbids Mistral Le Chat (as the May 2026 pilot would).

Its own desktop (Xvfb, openbox, trayer) and Chromium, so the session's app on the other display
never competes for the clipboard.
"""
from __future__ import annotations

import signal
import subprocess

import pytest

from guard.monitor import PLACEHOLDER
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS, App, Desktop
from tests.helpers.xvfb import wait_until

PAGES = {"notes": "Notities", "lechat": "Le Chat - Mistral AI", "copilot": "Copilot"}


def copilot_policy(folder):
    from guard.policy import BUILTIN

    text = BUILTIN.read_text(encoding="utf-8")
    text = text.replace('name = "Mistral Le Chat"\nallowed = true', 'name = "Mistral Le Chat"\nallowed = false')
    text = text.replace('name = "Microsoft Copilot"\nallowed = false',
                        'name = "Microsoft Copilot Chat"\nallowed = true')
    assert "Microsoft Copilot Chat" in text
    path = folder / "copilot-pilot.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pilot(tmp_path_factory):
    work = tmp_path_factory.mktemp("e2e-policy")
    desktop = Desktop(work)
    app = None
    try:
        windows = {}
        profile = work / "chromium-profile"
        for i, (key, title) in enumerate(PAGES.items()):
            page = work / f"{key}.html"
            page.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
                            f"<body><h1>{title}</h1><textarea></textarea></body></html>", encoding="utf-8")
            cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"] + (["--new-window"] if i else [])
            desktop.spawn(cmd + [page.as_uri()], f"chromium-{key}.log")
            windows[key] = desktop.find_window(title, timeout=60)
        desktop.activate(windows["notes"])
        app = App(desktop, work, extra_env={"PLAKWACHT_POLICY": str(copilot_policy(work))})
        app.wait_event("ready", timeout=180)
        yield desktop, windows, app
    finally:
        if app is not None and app.proc.poll() is None:
            app.proc.send_signal(signal.SIGTERM)
            try:
                app.proc.wait(20)
            except subprocess.TimeoutExpired:
                app.proc.kill()
        desktop.close()


def copy_in_notes(desktop, windows, app, text):
    """Copy in the ordinary window; it counts once the app has seen that window and taken the copy in."""
    desktop.activate(windows["notes"])
    wait_until(lambda: app.window_kind() == "other", 30, "the app to see the ordinary window")
    app.mark()
    desktop.copy(text)
    app.wait_event("clipboard", own=False)


def test_a_policy_that_allows_copilot_chat_and_forbids_le_chat(pilot):
    desktop, windows, app = pilot
    # Le Chat is now the forbidden site: guideline 3 first, and a pointer to the allowed tool.
    copy_in_notes(desktop, windows, app, "Dossier 41: de klant met BSN 111222333 belde over de uitkering.")
    desktop.activate(windows["lechat"])
    alert = app.wait_event("alert")
    assert alert["site"] == "Mistral Le Chat" and alert["guidelines"][0] == 3 and alert["held"]
    assert alert["title"] == "Mistral Le Chat mag je niet gebruiken"
    assert "Gebruik alleen Microsoft Copilot Chat" in alert["sub"]
    assert desktop.paste() == PLACEHOLDER
    desktop.activate(desktop.find_window("Let op"))
    desktop.key("Escape")
    app.wait_event("decision", id=alert["id"], decision="clear")

    # Copilot Chat is the allowed tool: the text's own guideline, "zonder persoonsgegevens" offered.
    copy_in_notes(desktop, windows, app, "Dossier 42: de klant met BSN 111222333 belde over de uitkering.")
    desktop.activate(windows["copilot"])
    alert = app.wait_event("alert")
    assert alert["site"] == "Microsoft Copilot Chat" and alert["guidelines"] == [5]
    assert "redact" in alert["actions"]
    assert alert["title"] == "Deze tekst mag je niet in Microsoft Copilot Chat plakken"
    assert "Le Chat" not in alert["title"] + alert["sub"]
    desktop.activate(windows["notes"])
    app.wait_event("alert_closed", id=alert["id"], decision="left_site")
