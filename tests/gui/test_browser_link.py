"""The tray's end of the browser channel: a real QLocalServer, a real client socket, the tray line."""
from __future__ import annotations

import datetime as dt
import json
import os
import sys

import pytest

from guard.allowlist import Allowlist
from guard.browser import channel, protocol
from guard.hashing import KeyedHasher
from guard.history import HistoryStore
from guard.policy import load_policy
from guard.settings import Settings
from guard.windows.base import WindowInfo
from tests.helpers.fakes import FakeBackend
from ui.app import PlakwachtApp
from ui.tray import BROWSER_OFF, BROWSER_ON

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket client")
HELLO = {"type": "hello", "version": 1, "browser": "Chromium", "extension": "0.1.0"}
NOW = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.timezone.utc)
TAB = WindowInfo(title="Claude Debussy - Wikipedia - Chromium", process="chromium", pid=4242, handle=9)


@pytest.fixture
def app(qtbot, tmp_path):
    folder = tmp_path / "chan"
    hasher = KeyedHasher(tmp_path / "hash.key")
    a = PlakwachtApp(settings=Settings(), settings_path=None, policy=load_policy(),
                     history=HistoryStore(tmp_path / "history.db", retention_days=None),
                     allowlist=Allowlist(tmp_path / "allow.json", hasher), hasher=hasher, backend=FakeBackend(),
                     detector_factory=None, events_path=str(tmp_path / "events.jsonl"), now=lambda: NOW,
                     browser_address=str(folder / "b.sock"))
    a.start()
    yield a
    a.shutdown()


def events(app):
    with open(app.events_path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_an_extension_connects_gets_the_key_and_its_tab_decides_the_site(qtbot, app):
    path = app.browser_link.address
    assert app.browser_link.listening
    assert os.stat(os.path.dirname(path)).st_mode & 0o077 == 0  # only this user may enter
    assert app.tray.browser_action.text() == BROWSER_OFF
    app.backend.on_change(TAB)
    qtbot.waitUntil(lambda: app.monitor.site.site == "Claude", timeout=5000)  # the title, as before

    conn = channel.connect(path, io_timeout=5)
    try:
        conn.send(HELLO)
        qtbot.waitUntil(lambda: app.browser.active, timeout=5000)
        assert app.tray.browser_action.text() == BROWSER_ON
        welcome = protocol.parse_from_tray(conn.recv())
        assert welcome == protocol.welcome(app.browser.key)
        conn.send({"type": "tab", "host": "nl.wikipedia.org"})
        qtbot.waitUntil(lambda: app.monitor.site.kind == "other", timeout=5000)
        conn.send({"type": "tab", "host": "chatgpt.com"})
        qtbot.waitUntil(lambda: app.monitor.site.site == "ChatGPT", timeout=5000)
        last = [e for e in events(app) if e["event"] == "window"][-1]
        assert last["host"] == "chatgpt.com" and last["host_source"] == "extensie"
        state = channel.query(path)
        assert state is None or state["type"] == "state"  # the GUI thread is busy here: may time out
    finally:
        conn.close()
    qtbot.waitUntil(lambda: not app.browser.active, timeout=5000)
    assert app.tray.browser_action.text() == BROWSER_OFF
    qtbot.waitUntil(lambda: app.monitor.site.site == "Claude", timeout=5000)  # titles again


def test_a_message_of_unknown_shape_closes_the_connection(qtbot, app):
    conn = channel.connect(app.browser_link.address, io_timeout=5)
    try:
        conn.send(HELLO)
        qtbot.waitUntil(lambda: app.browser.active, timeout=5000)
        conn.send({"type": "copy", "host": "www.uwv.nl", "digest": "a" * 64, "how": "copy", "text": "geheim"})
        qtbot.waitUntil(lambda: not app.browser.active, timeout=5000)
    finally:
        conn.close()


def test_an_oversized_frame_closes_the_connection(qtbot, app):
    conn = channel.connect(app.browser_link.address, io_timeout=5)
    try:
        conn.send(HELLO)
        qtbot.waitUntil(lambda: app.browser.active, timeout=5000)
        conn._writer((protocol.MAX_MESSAGE + 1).to_bytes(4, "little") + b"{")
        qtbot.waitUntil(lambda: not app.browser.active, timeout=5000)
    finally:
        conn.close()


def test_a_second_plakwacht_does_not_take_over_the_channel(qtbot, app, tmp_path):
    from guard.browser.state import BrowserFacts
    from ui.browser_link import BrowserLink

    second = BrowserLink(BrowserFacts(), app.browser_link.address)
    assert second.start() is False
    assert app.browser_link.server.isListening()


def test_a_tab_report_that_changes_nothing_for_the_window_in_front_is_not_passed_on(qtbot, app):
    app.backend.on_change(WindowInfo(title="Brief.docx - Word", process="winword.exe", pid=4343, handle=3))
    qtbot.waitUntil(lambda: app._fed_window is not None and app._fed_window.process == "winword.exe", timeout=5000)
    conn = channel.connect(app.browser_link.address, io_timeout=5)
    try:
        conn.send(HELLO)
        qtbot.waitUntil(lambda: app.browser.active, timeout=5000)
        before = len([e for e in events(app) if e["event"] == "window"])
        conn.send({"type": "tab", "host": "chatgpt.com"})  # a browser tab, but Word is in front
        qtbot.waitUntil(lambda: any(e.host == "chatgpt.com" for e in app.browser.extensions.values()), timeout=5000)
        assert len([e for e in events(app) if e["event"] == "window"]) == before
        assert app.monitor.site.kind == "other"
    finally:
        conn.close()


UPLOAD_ID = "0123456789abcdef0123456789abcdef"


def send_upload(conn, data: bytes, id=UPLOAD_ID, host="chat.mistral.ai"):
    import base64

    conn.send({"type": "upload", "id": id, "host": host, "how": "drop",
               "files": [{"name": "brief aan klant.txt", "size": len(data)}]})
    conn.send({"type": "chunk", "id": id, "file": 0, "offset": 0, "data": base64.b64encode(data).decode()})


@pytest.mark.parametrize("choice", ["clear", "paste_anyway"])
def test_an_upload_with_a_bsn_is_warned_and_answered_after_the_choice(qtbot, app, caplog, choice):
    """Issue 13 part 3, the tray's side: the channel, the worker, the warning, the verdict."""
    import logging

    from tests.helpers.fakes import BSN, FakeDetector

    caplog.set_level(logging.DEBUG)
    app._detector_ready(FakeDetector())
    conn = channel.connect(app.browser_link.address, io_timeout=5)
    try:
        conn.send(HELLO)
        qtbot.waitUntil(lambda: app.browser.active, timeout=5000)
        assert protocol.parse_from_tray(conn.recv())["type"] == "welcome"
        assert "chat.mistral.ai" in protocol.parse_from_tray(conn.recv())["hosts"]
        send_upload(conn, f"Klant met BSN {BSN} belde.".encode())
        qtbot.waitUntil(lambda: bool(app.dialogs), timeout=10000)
        dialog = next(iter(app.dialogs.values()))
        assert "uploaden" in dialog.title_label.text() and "brief aan klant.txt" in dialog.findings_label.text()
        dialog._choose(choice)
        if choice == "paste_anyway":
            dialog.reason_edit.setText("Het zijn testgegevens")
            dialog._confirm_paste()
        assert protocol.parse_from_tray(conn.recv()) == {
            "type": "verdict", "id": UPLOAD_ID, "allow": choice == "paste_anyway"}
    finally:
        conn.close()
    rows = [e for e in events(app) if e["event"] == "upload"]
    assert rows and rows[-1]["allow"] == (choice == "paste_anyway")
    assert BSN not in caplog.text and "brief aan klant" not in caplog.text
    assert "brief aan klant" not in json.dumps(events(app))
