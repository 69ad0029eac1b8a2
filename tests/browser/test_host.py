"""``plakwacht browser host`` as the browser starts it: a subprocess with framed stdin/stdout."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guard.browser import channel, host, protocol
from tests.browser.fake_tray import FakeTray, frame

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "chrome-extension://jiijmpfmfffhfkgllmfngbpibihjhcbo/"
HELLO = {"type": "hello", "version": 1, "browser": "Chromium", "extension": "0.1.0"}
DIGEST = "b" * 64

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket fake tray")


@pytest.fixture
def tray(tmp_path):
    t = FakeTray(tmp_path / "chan")
    yield t
    t.close()


def start_host(channel_path: str, how=("-m", "ui.main")) -> subprocess.Popen:
    env = {**os.environ, channel.ENV_VAR: channel_path}
    return subprocess.Popen([sys.executable, *how, ORIGIN], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(20)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None and not stream.closed:
            stream.close()


def wait_for(predicate, what, timeout=20.0):
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def test_the_program_started_with_an_origin_relays_and_hands_back_the_key(tray):
    proc = start_host(tray.path)
    try:
        proc.stdin.write(frame(HELLO))
        proc.stdin.flush()
        length = int.from_bytes(proc.stdout.read(4), "little")
        welcome = json.loads(proc.stdout.read(length))
        assert welcome["type"] == "welcome" and welcome["key"] == protocol.welcome(bytes(range(32)))["key"]
        for msg in ({"type": "tab", "host": "www.uwv.nl"},
                    {"type": "copy", "host": "www.uwv.nl", "digest": DIGEST, "how": "copy", "text": "BSN 111222333"},
                    {"type": "copy", "host": "www.uwv.nl", "digest": DIGEST, "how": "copy"}):
            proc.stdin.write(frame(msg))
        proc.stdin.flush()
        wait_for(lambda: len(tray.messages) >= 3, "three relayed messages")
        assert [m["type"] for m in tray.messages] == ["hello", "tab", "copy"]
        assert all(b"111222333" not in raw for raw in tray.raw)
        proc.stdin.close()  # the browser closes the port
        assert proc.wait(20) == 0
        assert b"overgeslagen" in proc.stderr.read()
        assert tray.facts.extensions == {}
    finally:
        stop(proc)


def test_without_a_running_tray_it_exits_with_a_dutch_line(tmp_path):
    folder = tmp_path / "leeg"
    folder.mkdir(mode=0o700)
    proc = start_host(str(folder / "b.sock"), how=("-m", "guard.browser.host"))
    out, err = proc.communicate(timeout=60)
    stop(proc)
    assert proc.returncode == host.EXIT_NO_TRAY and out == b""
    assert "Plakwacht draait niet" in err.decode()


def test_when_the_tray_stops_the_host_stops_so_the_extension_reconnects(tray):
    proc = start_host(tray.path, how=("-m", "guard.browser.host"))
    try:
        proc.stdin.write(frame(HELLO))
        proc.stdin.flush()
        proc.stdout.read(4)
        wait_for(lambda: tray.facts.extensions, "the hello")
        tray.close()
        assert proc.wait(20) == host.EXIT_NO_TRAY
    finally:
        stop(proc)


def test_an_oversized_frame_from_the_browser_ends_the_host(tray):
    conn = channel.connect(tray.path)
    out = io.BytesIO()
    stdin = io.BytesIO((protocol.MAX_MESSAGE + 1).to_bytes(4, "little") + b"x" * 100)
    assert host.relay(stdin, out, conn, stderr=io.StringIO(), watch_tray=False) == host.EXIT_BAD_STREAM
    assert out.getvalue() == b""
    conn.close()


def test_a_socket_folder_that_others_may_enter_is_refused(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir()
    os.chmod(folder, 0o777)
    with pytest.raises(channel.ChannelError, match="niet alleen van jou"):
        channel.connect(str(folder / "b.sock"))


def test_host_call_is_recognised_by_the_origin_argument():
    assert host.is_host_call([ORIGIN])
    assert host.is_host_call([ORIGIN, "--parent-window=0"])
    assert not host.is_host_call(["scan", "chrome-extension"])


# -- issue 13: the tray's later messages reach the extension ------------------------------------------
UPLOAD_ID = "0123456789abcdef0123456789abcdef"


def upload_frames(text: bytes, id=UPLOAD_ID) -> bytes:
    import base64

    return (frame({"type": "upload", "id": id, "host": "chat.mistral.ai", "how": "input",
                   "files": [{"name": "brief.txt", "size": len(text)}]})
            + frame({"type": "chunk", "id": id, "file": 0, "offset": 0, "data": base64.b64encode(text).decode()}))


def read_frames(stream, n: int) -> list[dict]:
    return [protocol.parse_from_tray(protocol.read_frame(stream)) for _ in range(n)]


@pytest.fixture
def upload_tray(tray):
    from guard.browser.uploads import UploadGuard
    from guard.policy import load_policy
    from tests.helpers.fakes import FakeDetector

    tray.alerts = []
    tray.facts.uploads = UploadGuard(load_policy(), send=lambda c, m: c.sendall(protocol.encode(m)),
                                     post=lambda fn: fn(), detector=FakeDetector, on_alert=tray.alerts.append,
                                     run=lambda job: job())
    return tray


def test_sites_and_verdicts_are_passed_to_the_extension(upload_tray):
    proc = start_host(upload_tray.path)
    try:
        proc.stdin.write(frame(HELLO))
        proc.stdin.flush()
        welcome, sites = read_frames(proc.stdout, 2)
        assert welcome["type"] == "welcome" and "chat.mistral.ai" in sites["hosts"]
        proc.stdin.write(upload_frames(b"Wat is de AVG?"))
        proc.stdin.flush()
        assert read_frames(proc.stdout, 1) == [{"type": "verdict", "id": UPLOAD_ID, "allow": True}]
        other = "f" * 32
        proc.stdin.write(upload_frames(b"BSN 111222333", id=other))
        proc.stdin.flush()
        wait_for(lambda: upload_tray.alerts, "the warning")
        upload_tray.facts.uploads.decide(upload_tray.alerts[0], "clear")
        assert read_frames(proc.stdout, 1) == [{"type": "verdict", "id": other, "allow": False}]
    finally:
        stop(proc)


def test_without_a_reading_thread_the_host_reads_the_replies_when_they_are_due(upload_tray):
    """The Windows way (a synchronous pipe), run here on a socket."""
    stdin = io.BytesIO(frame(HELLO) + upload_frames(b"Wat is de AVG?") + frame({"type": "tab", "host": None}))
    out = io.BytesIO()
    conn = channel.connect(upload_tray.path)
    try:
        assert host.relay(stdin, out, conn, stderr=io.StringIO(), watch_tray=False, sync_replies=True) == host.EXIT_OK
    finally:
        conn.close()
    out.seek(0)
    assert [m["type"] for m in read_frames(out, 3)] == ["welcome", "sites", "verdict"]
    wait_for(lambda: [m["type"] for m in upload_tray.messages][-1:] == ["tab"], "the tab after the verdict")
