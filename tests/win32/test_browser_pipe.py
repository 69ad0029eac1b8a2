"""The browser channel on Windows: the tray's QLocalServer named pipe (same user only) and the
Qt-free client that ``plakwacht browser host`` uses (``open(r"\\\\.\\pipe\\...")``). Windows only."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = [pytest.mark.windows,
              pytest.mark.skipif(sys.platform != "win32", reason="named pipes: Windows only")]

ROOT = Path(__file__).resolve().parents[2]
HELLO = {"type": "hello", "version": 1, "browser": "Microsoft Edge", "extension": "0.1.0"}


@pytest.fixture
def link(qtbot):
    from guard.browser.state import BrowserFacts
    from ui.browser_link import BrowserLink

    name = f"plakwacht-browser-test-{os.getpid()}"
    lk = BrowserLink(BrowserFacts(key=bytes(range(32))), name)
    assert lk.start(), "the named pipe could not be opened"
    yield lk
    lk.stop()


def test_the_client_reaches_the_tray_over_the_pipe_and_gets_the_key(qtbot, link):
    from guard.browser import channel, protocol

    got = {}

    def client():
        conn = channel.connect(link.address)
        conn.send(HELLO)
        got["welcome"] = protocol.parse_from_tray(conn.recv())
        got["sites"] = protocol.parse_from_tray(conn.recv())  # always next (issue 13); read it before closing
        conn.send({"type": "tab", "host": "chat.mistral.ai"})
        got["sent"] = True
        threading.Event().wait(0.5)  # keep the pipe open until the tray has read the tab
        conn.close()

    t = threading.Thread(target=client, daemon=True)
    t.start()
    qtbot.waitUntil(lambda: "welcome" in got, timeout=20000)
    assert got["welcome"] == protocol.welcome(bytes(range(32)))
    qtbot.waitUntil(lambda: "sites" in got, timeout=20000)
    assert got["sites"] == {"type": "sites", "hosts": []}  # no UploadGuard in this BrowserLink
    qtbot.waitUntil(lambda: any(e.host == "chat.mistral.ai" for e in link.facts.extensions.values()), timeout=20000)
    qtbot.waitUntil(lambda: not link.facts.active, timeout=20000)  # the client closed the pipe
    t.join(10)


def test_the_host_relays_over_the_pipe(qtbot, link):
    from guard.browser import channel, protocol

    env = {**os.environ, channel.ENV_VAR: link.address}
    proc = subprocess.Popen([sys.executable, "-m", "guard.browser.host", "chrome-extension://x/"], cwd=ROOT,
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = {}

    def browser():
        proc.stdin.write(protocol.encode(HELLO))
        proc.stdin.flush()
        n = int.from_bytes(proc.stdout.read(4), "little")
        out["welcome"] = proc.stdout.read(n)
        proc.stdin.write(protocol.encode({"type": "tab", "host": "www.uwv.nl"}))
        proc.stdin.close()
        out["rc"] = proc.wait(60)

    t = threading.Thread(target=browser, daemon=True)
    t.start()
    try:
        qtbot.waitUntil(lambda: "rc" in out, timeout=60000)
        assert protocol.parse_from_tray(out["welcome"])["type"] == "welcome"
        assert out["rc"] == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        for s in (proc.stdin, proc.stdout, proc.stderr):
            if not s.closed:
                s.close()


def test_the_host_passes_sites_and_an_upload_verdict_over_the_pipe(qtbot, link):
    """Issue 13: the host reads the tray's replies itself when they are due (a synchronous pipe)."""
    import base64

    from guard.browser import channel, protocol
    from guard.browser.uploads import UploadGuard
    from guard.policy import load_policy
    from tests.helpers.fakes import FakeDetector

    link.facts.uploads = UploadGuard(load_policy(), send=link.send, post=lambda fn: fn(), detector=FakeDetector,
                                     on_alert=lambda a: None, run=lambda job: job())
    env = {**os.environ, channel.ENV_VAR: link.address}
    proc = subprocess.Popen([sys.executable, "-m", "guard.browser.host", "chrome-extension://x/"], cwd=ROOT,
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    uid, data = "ab" * 16, b"Wat is de AVG?"
    out = {}

    def browser():
        proc.stdin.write(protocol.encode(HELLO))
        proc.stdin.flush()
        out["first"] = [protocol.parse_from_tray(protocol.read_frame(proc.stdout)) for _ in range(2)]
        proc.stdin.write(protocol.encode({"type": "upload", "id": uid, "host": "chat.mistral.ai", "how": "input",
                                          "files": [{"name": "vraag.txt", "size": len(data)}]}))
        proc.stdin.write(protocol.encode({"type": "chunk", "id": uid, "file": 0, "offset": 0,
                                          "data": base64.b64encode(data).decode()}))
        proc.stdin.flush()
        out["verdict"] = protocol.parse_from_tray(protocol.read_frame(proc.stdout))
        proc.stdin.close()
        out["rc"] = proc.wait(60)

    t = threading.Thread(target=browser, daemon=True)
    t.start()
    try:
        qtbot.waitUntil(lambda: "rc" in out, timeout=60000)
        assert [m["type"] for m in out["first"]] == ["welcome", "sites"]
        assert out["verdict"] == {"type": "verdict", "id": uid, "allow": True}
        assert out["rc"] == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        for s in (proc.stdin, proc.stdout, proc.stderr):
            if not s.closed:
                s.close()
