"""``plakwacht window --json`` and ``--watch`` with the running app's browser companion (a fake tray)."""
from __future__ import annotations

import argparse
import io
import json
import sys

import pytest

from guard.browser import channel
from guard.cli import window as cli
from guard.policy import load_policy
from guard.windows.base import WindowInfo
from tests.browser.fake_tray import FakeTray
from guard.windows.base import WindowBackend

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket fake tray")
DEBUSSY = WindowInfo("Claude Debussy - Wikipedia - Chromium", "chromium", 20, handle=1)
WORD = WindowInfo("Brief.docx - Word", "winword.exe", 30, handle=2)


class FakeBackend(WindowBackend):
    name, event_driven = "fake", True

    def __init__(self, window=None, changes=()):
        self.window, self.changes = window, list(changes)

    def active_window(self):
        return self.window

    def start(self, on_change):
        for w in self.changes:
            on_change(w)
        on_change(StopIteration)  # the CLI's test hook that ends the watch loop

    def stop(self):
        pass


@pytest.fixture
def tray(tmp_path, monkeypatch):
    t = FakeTray(tmp_path / "chan")
    monkeypatch.setenv(channel.ENV_VAR, t.path)
    yield t
    t.close()


def connect_extension(tray, host):
    conn = channel.connect(tray.path, io_timeout=5)
    conn.send({"type": "hello", "version": 1, "browser": "Chromium", "extension": "0.1.0"})
    conn.recv()
    conn.send({"type": "tab", "host": host})
    return conn


def run(window, watch=False, changes=()):
    out = io.StringIO()
    code = cli.main(argparse.Namespace(watch=watch, poll=False, json=True),
                    backend=FakeBackend(window, changes), policy=load_policy(), out=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines() if line.startswith("{")]


def wait_host(tray, host):
    import time

    end = time.monotonic() + 10
    while not any(e.host == host for e in tray.facts.extensions.values()):
        if time.monotonic() > end:
            raise AssertionError("the fake tray never saw the tab")
        time.sleep(0.01)


def test_json_with_the_extension_connected(tray):
    conn = connect_extension(tray, "nl.wikipedia.org")
    try:
        wait_host(tray, "nl.wikipedia.org")
        code, (obj,) = run(DEBUSSY)
    finally:
        conn.close()
    assert code == 0
    assert obj["title"] == DEBUSSY.title and obj["process"] == "chromium"
    assert obj["host"] == "nl.wikipedia.org" and obj["host_source"] == "extensie"
    assert obj["kind"] == "other" and obj["site"] is None


def test_json_without_a_running_tray_uses_the_title(tmp_path, monkeypatch):
    monkeypatch.setenv(channel.ENV_VAR, str(tmp_path / "geen" / "b.sock"))
    code, (obj,) = run(DEBUSSY)
    assert obj["host"] is None and obj["host_source"] == "venstertitel"
    assert obj["kind"] == "forbidden_genai" and obj["site"] == "Claude"
    code, (obj,) = run(WORD)
    assert obj["host_source"] is None and obj["kind"] == "other"


def test_watch_json_gives_one_object_per_change(tray):
    conn = connect_extension(tray, "chatgpt.com")
    try:
        wait_host(tray, "chatgpt.com")
        code, objs = run(None, watch=True, changes=[WORD, DEBUSSY])
    finally:
        conn.close()
    assert [o["kind"] for o in objs] == ["other", "forbidden_genai"]
    assert objs[1]["host"] == "chatgpt.com" and objs[1]["site"] == "ChatGPT"
