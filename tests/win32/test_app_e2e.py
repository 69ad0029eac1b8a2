"""The whole Windows app, end to end: tray app + a browser-like window + a copy with a BSN.

The real ``plakwacht`` tray app (``ui.main``) runs in its own Windows CPython process with a
fresh data folder. As a person would, a text with a BSN is copied while a mail window is in
front (copying *inside* the chat counts as the chat's own text), then a fake Chrome window
titled like Le Chat comes to the front. The app must hold the clipboard, show its warning
window, and write a history row without the text. The app reports what it does as JSON lines (``PLAKWACHT_TEST_EVENTS``,
never any text), which the test waits on.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.win32.winhelpers import WINDOWS_ONLY, clipboard_text, copy, top_level_windows, wait_for

pytestmark = [*WINDOWS_ONLY, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
LE_CHAT = "Le Chat - Mistral AI - Google Chrome"
BSN_TEXT = "Wil je deze brief herschrijven? Klant Jan de Vries, BSN 111222333, vraagt om uitstel."


def read_events(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def app(tmp_path):
    data = tmp_path / "Gegevens van Jan"
    events = tmp_path / "events.jsonl"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PLAKWACHT_TEST_EVENTS=str(events), PLAKWACHT_DATA_DIR=str(data))
    env.pop("PLAKWACHT_WINDOW_BACKEND", None)
    env.pop("PLAKWACHT_POLICY", None)
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"],
                            env=env, cwd=str(ROOT), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)

    def log_tail() -> str:
        logs = sorted((data / "logs").glob("*.log")) if (data / "logs").exists() else []
        return "\n".join(p.read_text(encoding="utf-8", errors="replace")[-3000:] for p in logs)

    proc.data, proc.events, proc.log_tail = data, events, log_tail
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait(30)
        proc.stdin.close()


@pytest.fixture
def observer():
    """A window backend in the test process: what it saw explains a failure."""
    from guard.windows.win32 import WindowsBackend

    seen = []
    backend = WindowsBackend(ignore_pids=set(), poll_interval=0.05, use_events=False)
    backend.start(lambda w: seen.append(None if w is None else (w.title, w.process, w.pid)))
    yield seen
    backend.stop()


def test_bsn_copied_while_le_chat_is_in_front_is_held_warned_and_logged(app, browsers, observer):
    def event(name, **match):
        def find():
            assert app.poll() is None, f"the app exited ({app.returncode}):\n{app.log_tail()}"
            return next((e for e in read_events(app.events)
                         if e["event"] == name and all(e.get(k) == v for k, v in match.items())), None)
        return find

    wait_for(event("started"), "the app to start", timeout=120)
    assert wait_for(event("started"), "")["window_detection"] is True
    wait_for(event("ready"), "the detector to load", timeout=240)

    browser = browsers(LE_CHAT, notify=True)
    wait_for(event("window", kind="allowed_genai", site="Mistral Le Chat"), "the app to see Le Chat in front")
    mail = browsers("Postvak IN - Outlook", notify=True, left=0, exe=sys.executable)
    wait_for(lambda: sum(e["event"] == "window" and e["kind"] == "other" for e in read_events(app.events)) >= 1
             and read_events(app.events)[-1].get("kind") == "other", "the app to see the mail window in front")

    copy(BSN_TEXT, conceal=False)
    browser.send("front")
    try:
        alert = wait_for(event("alert"), "the warning", timeout=90)
    except AssertionError:
        raise AssertionError(f"no warning; events: {read_events(app.events)}; "
                             f"clipboard holds the text: {clipboard_text() == BSN_TEXT}\n{app.log_tail()}") from None
    assert 5 in alert["guidelines"]
    assert alert["site"] == "Mistral Le Chat"

    # The warning is a real window of the app's process.
    try:
        wait_for(lambda: "Let op – Plakwacht" in top_level_windows(app.pid), "the warning window")
    except AssertionError:
        raise AssertionError(f"windows {top_level_windows(app.pid)}; app pid {app.pid}; seen {observer}; "
                             f"events {read_events(app.events)}") from None
    # The clipboard was made safe: the BSN is no longer there to paste.
    assert alert["held"]
    try:
        wait_for(lambda: "111222333" not in (clipboard_text() or ""), "the clipboard to be made safe")
    except AssertionError:
        raise AssertionError(f"clipboard still {clipboard_text()!r}; events {read_events(app.events)}") from None

    from guard.history import HistoryStore

    def rows():
        with HistoryStore(app.data / "history.db") as store:
            return store.entries()

    entries = wait_for(rows, "a history row")
    row = entries[0]
    assert row.site == "Mistral Le Chat" and 5 in row.guidelines
    assert row.finding_counts.get("BSN") == 1
    assert "111222333" not in row.preview and "Jan de Vries" not in row.preview
    raw = (app.data / "history.db").read_bytes()
    assert b"111222333" not in raw
    assert browser.proc.poll() is None and mail.proc.poll() is None  # both windows lived through it all
