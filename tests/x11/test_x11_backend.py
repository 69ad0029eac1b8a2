"""The real X11 backend on a real X server: Xvfb + openbox, two real client windows.

Each test module run starts its own Xvfb (on a display number Xvfb picks itself) and openbox,
so it needs no desktop and does not touch other suites' displays.
"""
from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.x11

HERE = Path(__file__).resolve().parent
Xlib = pytest.importorskip("Xlib", reason="python-xlib is not installed (Linux only)")
if shutil.which("Xvfb") is None or shutil.which("openbox") is None:
    pytest.skip("Xvfb and openbox are needed (apt-get install xvfb openbox; .ci/apt-packages.sh)",
                allow_module_level=True)

from Xlib import X, display  # noqa: E402
from Xlib.protocol import event as xevent  # noqa: E402

from guard.windows import create_backend  # noqa: E402
from tests.helpers.wait import wait_until  # noqa: E402
from tests.helpers.xvfb import VirtualDesktop  # noqa: E402
from guard.windows.x11 import X11Backend  # noqa: E402


def _wait(pred, what: str, timeout: float = 15.0):
    return wait_until(pred, timeout, what, interval=0.05)


@pytest.fixture(scope="module")
def xserver():
    """``DISPLAY`` of a fresh Xvfb with openbox running on it."""
    with VirtualDesktop(screen="1024x768x24") as desktop:
        desktop.start_window_manager()
        yield desktop.display


class Client:
    """One real X client window (``x11_window.py``) that renames itself on command."""

    def __init__(self, disp: str, title: str):
        env = dict(os.environ, DISPLAY=disp)
        self.proc = subprocess.Popen([sys.executable, str(HERE / "x11_window.py"), title], env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.wid = int(self.proc.stdout.readline(), 16)
        self.pid = self.proc.pid

    def rename(self, title: str) -> None:
        self.proc.stdin.write(f"title {title}\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ok"

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.flush()
                self.proc.wait(5)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait(5)
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except BrokenPipeError:
                pass


@pytest.fixture
def clients(xserver):
    made = []

    def make(title):
        c = Client(xserver, title)
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()


def activate(disp: str, wid: int) -> None:
    """Ask the window manager to activate ``wid``, as a pager or ``xdotool windowactivate`` does."""
    d = display.Display(disp)
    root = d.screen().root
    net_active = d.intern_atom("_NET_ACTIVE_WINDOW")
    ev = xevent.ClientMessage(window=d.create_resource_object("window", wid), client_type=net_active,
                              data=(32, [2, X.CurrentTime, 0, 0, 0]))
    root.send_event(ev, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
    d.sync()
    d.close()


class Seen:
    def __init__(self):
        self.q: queue.Queue = queue.Queue()
        self.log: list = []

    def __call__(self, info):
        self.q.put(info)

    def until(self, pred, what: str, timeout: float = 15.0):
        """Reports up to and including the first that satisfies ``pred``."""
        end = time.monotonic() + timeout
        got = []
        while time.monotonic() < end:
            try:
                info = self.q.get(timeout=0.1)
            except queue.Empty:
                continue
            got.append(info)
            self.log.append(info)
            if info is not None and pred(info):
                return got
        raise AssertionError(f"no report of {what}; got {[getattr(i, 'title', i) for i in got]}")


@pytest.fixture
def backend(xserver, monkeypatch):
    monkeypatch.setenv("DISPLAY", xserver)
    b = create_backend(env={"DISPLAY": xserver})
    assert isinstance(b, X11Backend), getattr(b, "detail", b)
    yield b
    b.close()


def test_activation_and_title_changes_are_events(xserver, clients, backend):
    editor = clients("Notities - Teksteditor")
    browser = clients("Nieuw tabblad - Chromium")
    seen = Seen()
    backend.start(seen)
    assert backend.ready.wait(15)

    activate(xserver, editor.wid)
    got = seen.until(lambda w: w.handle == editor.wid, "the editor coming to the front")
    w = got[-1]
    assert w.title == "Notities - Teksteditor"
    assert w.pid == editor.pid
    assert w.process == os.path.basename(os.path.realpath(sys.executable))

    activate(xserver, browser.wid)
    assert seen.until(lambda w: w.handle == browser.wid, "the browser")[-1].title == "Nieuw tabblad - Chromium"

    # A tab switch changes only the title of the active window: that must be an event too.
    browser.rename("Le Chat - Mistral AI - Chromium")
    assert seen.until(lambda w: w.title == "Le Chat - Mistral AI - Chromium", "the title change")[-1].handle == browser.wid

    # A title change of a window behind is not reported: the next report is the active one's.
    editor.rename("Notities (gewijzigd) - Teksteditor")
    browser.rename("ChatGPT - Chromium")
    got = seen.until(lambda w: w.title == "ChatGPT - Chromium", "the second title change")
    assert [w.title for w in got if w is not None] == ["ChatGPT - Chromium"]

    # Back to the editor: re-subscribed, and its new title is read.
    activate(xserver, editor.wid)
    assert seen.until(lambda w: w.handle == editor.wid, "the editor again")[-1].title == "Notities (gewijzigd) - Teksteditor"
    editor.rename("Klaar - Teksteditor")
    assert seen.until(lambda w: w.title == "Klaar - Teksteditor", "the editor's title change")


def test_active_window_from_another_thread_while_events_run(xserver, clients, backend):
    browser = clients("Le Chat - Mistral AI - Chromium")
    seen = Seen()
    backend.start(seen)
    assert backend.ready.wait(15)
    activate(xserver, browser.wid)
    seen.until(lambda w: w.handle == browser.wid, "the browser")
    w = backend.active_window()
    assert (w.handle, w.title, w.pid) == (browser.wid, "Le Chat - Mistral AI - Chromium", browser.pid)
    # The event thread still sees changes after that request on the shared connection.
    browser.rename("Mistral AI - Chromium")
    seen.until(lambda w: w.title == "Mistral AI - Chromium", "a title change after active_window()")


def test_window_cli_reports_and_classifies(xserver, clients):
    browser = clients("Le Chat - Mistral AI - Chromium")
    activate(xserver, browser.wid)
    d = display.Display(xserver)
    net_active = d.intern_atom("_NET_ACTIVE_WINDOW")
    _wait(lambda: d.screen().root.get_full_property(net_active, X.AnyPropertyType).value[0] == browser.wid,
          "openbox to activate the window")
    d.close()
    env = dict(os.environ, DISPLAY=xserver)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("XDG_SESSION_TYPE", None)
    out = subprocess.run([sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main(['window']))"],
                         env=env, capture_output=True, text=True, timeout=60, cwd=HERE.parent.parent)
    assert out.returncode == 0, out.stderr
    assert "Venster:   Le Chat - Mistral AI - Chromium" in out.stdout
    assert f"(proces {browser.pid})" in out.stdout
    # The process is python, but the title ends like a browser's ("- Chromium"): the policy counts it.
    assert "Oordeel:   Mistral Le Chat: toegestaan." in out.stdout
