"""End to end (issue 13): a copied file list and a screenshot on a real X11 clipboard, Chromium on
"Le Chat - Mistral AI" in front: held at once, checked, warned with guideline 4 and 5, given back
whole on leaving, and a history row that says "bestand" / "afbeelding" without a file name.
"""
from __future__ import annotations

import os
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the test renders its files offscreen

from guard.content.clip import PLACEHOLDER as FILE_PLACEHOLDER  # noqa: E402
from tests.content import render  # noqa: E402
from tests.helpers.xvfb import wait_until  # noqa: E402


def copy_in_notes(desktop, browser, app, target: str, data: bytes) -> None:
    """Copy in the ordinary window; it counts once the app has taken the copy in (as in test_guard_e2e)."""
    desktop.activate(browser["notes"])
    wait_until(lambda: app.window_kind() == "other", 30, "the app to see the ordinary window")
    app.mark()
    subprocess.run(["xclip", "-selection", "clipboard", "-t", target, "-i"], input=data, env=desktop.env,
                   check=True, timeout=10, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app.wait_event("clipboard", own=False)


def test_copied_file_list_on_le_chat(desktop, browser, app, e2e_dir):
    doc = render.docx(e2e_dir / "Brief aan mevrouw Jansen.docx",
                      ["Mevrouw Jansen heeft BSN 111222333 en woont op Kerkstraat 12 in Zwolle."])
    uri_list = (doc.as_uri() + "\r\n").encode()
    copy_in_notes(desktop, browser, app, "text/uri-list", uri_list)
    desktop.activate(browser["lechat"])
    alert = app.wait_event("alert", timeout=60)
    assert alert["guidelines"] == [4, 5] and alert["held"]
    assert alert["actions"] == ["clear", "paste_anyway"]
    assert desktop.paste() == FILE_PLACEHOLDER
    desktop.activate(browser["notes"])
    app.wait_event("alert_closed", id=alert["id"], decision="left_site")
    assert desktop.paste("text/uri-list").strip() == uri_list.decode().strip()  # the file list comes back
    row = [r for r in app.history() if r["id"] == alert["history_id"]][0]
    assert row["preview"].startswith("1 bestand") and row["finding_counts"].get("BSN") == 1
    assert "Jansen" not in str(row) and "Brief" not in str(row) and "111222333" not in str(row)


def test_screenshot_on_le_chat(desktop, browser, app, e2e_dir):
    img, data = render.personal_screenshot(seed=11)
    png = render.png_bytes(img)
    copy_in_notes(desktop, browser, app, "image/png", png)
    desktop.activate(browser["lechat"])
    alert = app.wait_event("alert", timeout=60)
    assert alert["guidelines"] == [4, 5] and alert["held"] and alert["actions"] == ["clear", "paste_anyway"]
    row = [r for r in app.history() if r["id"] == alert["history_id"]][0]
    assert row["preview"].startswith("1 afbeelding") and data["bsn"] not in str(row)
    desktop.activate(browser["notes"])
    app.wait_event("alert_closed", id=alert["id"], decision="left_site")
