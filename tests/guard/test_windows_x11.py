"""The X11 backend's logic with a fake python-xlib adapter (runs on every OS).

The fake behaves like X where it matters: a title change only produces an event for a window
the client subscribed to, and a destroyed window raises ``WindowGone``. The real adapter runs
against Xvfb + openbox in ``tests/x11``.
"""
from __future__ import annotations

import os
import queue
import threading

import pytest

from guard.windows.x11 import ACTIVE, TITLE, WindowGone, X11Backend, process_name_from_proc

ROOT = 1


class FakeX:
    def __init__(self):
        self.windows: dict[int, dict] = {}
        self.procs: dict[int, str] = {}
        self.active = 0
        self.watched: set[int] = set()
        self.watch_calls: list[int] = []
        self.root_watched = False
        self._pending: list[tuple[str, int]] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self.steps = 0
        self.queued_calls = 0
        self.backend: X11Backend | None = None

    def add(self, wid, title, pid=None, cls="", proc=""):
        self.windows[wid] = {"title": title, "pid": pid, "cls": cls}
        if pid and proc:
            self.procs[pid] = proc

    # adapter interface
    def supports_active_window(self):
        return True

    def active_window_id(self):
        return self.active

    def _w(self, wid):
        if wid not in self.windows:
            raise WindowGone(hex(wid))
        return self.windows[wid]

    def window_title(self, wid):
        return self._w(wid)["title"]

    def window_pid(self, wid):
        return self._w(wid)["pid"]

    def window_class(self, wid):
        return self._w(wid)["cls"]

    def process_name(self, pid):
        return self.procs.get(pid, "")

    def watch_root(self):
        self.root_watched = True

    def watch(self, wid):
        self._w(wid)
        self.watched.add(wid)
        self.watch_calls.append(wid)

    def unwatch(self, wid):
        self.watched.discard(wid)

    def drain_events(self):
        with self._lock:
            out, self._pending = self._pending, []
        self.steps += 1
        return out

    def queued(self):
        self.queued_calls += 1
        if self.backend is not None:
            # python-xlib's connection is not safe for two threads: only under the backend's lock
            assert self.backend._lock._is_owned(), "the X connection was used without the backend's lock"
        with self._lock:
            return bool(self._pending)

    def wait(self, timeout):
        self._wake.wait(timeout)
        self._wake.clear()

    def wake(self):
        self._wake.set()

    # what the test does (the "window manager" and the apps)
    def _event(self, ev):
        with self._lock:
            self._pending.append(ev)
        self.wake()

    def activate(self, wid):
        self.active = wid
        if self.root_watched:
            self._event((ACTIVE, ROOT))

    def rename(self, wid, title):
        self.windows[wid]["title"] = title
        if wid in self.watched:   # X sends PropertyNotify only to subscribed clients
            self._event((TITLE, wid))

    def destroy(self, wid):
        del self.windows[wid]
        self.watched.discard(wid)


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


class Seen:
    def __init__(self, fake):
        self.q: queue.Queue = queue.Queue()
        self.fake = fake

    def __call__(self, info):
        self.q.put(info)

    def next(self):
        return self.q.get(timeout=10)

    def nothing_more(self) -> bool:
        """True when no report is pending after the event thread has handled all queued events."""
        target = self.fake.steps + 2
        for _ in range(1000):
            if self.fake.steps >= target:
                break
            self.fake.wake()
            threading.Event().wait(0.01)
        return self.q.empty()


@pytest.fixture
def fake():
    f = FakeX()
    f.add(0x100, "Terminal", 11, cls="XTerm", proc="xterm")
    f.add(0x200, "Nieuw tabblad - Chromium", 22, cls="Chromium", proc="chromium")
    f.add(0x300, "Le Chat - Mistral AI — Mozilla Firefox", None, cls="firefox")
    f.active = 0x100
    return f


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def running(fake, clock):
    backends = []

    def start():
        b = X11Backend(fake, clock=clock)
        seen = Seen(fake)
        b.start(seen)
        assert b.ready.wait(10)
        backends.append(b)
        return b, seen

    yield start
    for b in backends:
        b.stop()


def test_active_window_with_pid_and_proc_name(fake):
    w = X11Backend(fake).active_window()
    assert (w.title, w.process, w.pid, w.handle) == ("Terminal", "xterm", 11, 0x100)


def test_process_falls_back_to_wm_class_without_pid(fake):
    fake.active = 0x300
    w = X11Backend(fake).active_window()
    assert (w.process, w.pid) == ("firefox", None)


def test_no_active_window_and_vanished_window_are_none(fake):
    fake.active = 0
    assert X11Backend(fake).active_window() is None
    fake.active = 0x999       # the WM still names a window that was just destroyed
    assert X11Backend(fake).active_window() is None


def test_activation_and_title_changes_are_events(running, fake):
    backend, seen = running()
    assert backend.event_driven and backend.name == "x11"
    assert fake.root_watched
    assert seen.next().title == "Terminal"
    fake.activate(0x200)
    assert seen.next().process == "chromium"
    fake.rename(0x200, "Le Chat - Mistral AI - Chromium")    # tab switch: only the title changes
    assert seen.next().title == "Le Chat - Mistral AI - Chromium"
    fake.rename(0x100, "make test")                          # the terminal behind: unsubscribed
    assert 0x100 not in fake.watched
    assert seen.nothing_more()


def test_resubscribes_on_every_activation_even_same_id(running, fake):
    backend, seen = running()
    seen.next()
    fake.activate(0x200)
    seen.next()
    # The Chromium window is closed and X hands its id to a new window, which gets activated.
    fake.destroy(0x200)
    fake.add(0x200, "ChatGPT - Chromium", 22, cls="Chromium", proc="chromium")
    fake.activate(0x200)
    assert seen.next().title == "ChatGPT - Chromium"
    assert fake.watch_calls.count(0x200) == 2
    fake.rename(0x200, "Claude - Chromium")
    assert seen.next().title == "Claude - Chromium"


def test_short_none_while_switching_is_held_back(running, fake, clock):
    backend, seen = running()
    seen.next()
    fake.activate(0)          # openbox, between two windows
    fake.activate(0x200)
    assert seen.next().title == "Nieuw tabblad - Chromium"
    assert seen.nothing_more()


def test_lasting_none_is_reported(running, fake, clock):
    backend, seen = running()
    seen.next()
    fake.activate(0)
    assert seen.nothing_more()
    clock.t += 10
    fake.wake()
    assert seen.next() is None


def test_own_window_is_ignored(running, fake):
    fake.add(0x400, "Plakwacht", os.getpid(), cls="plakwacht", proc="python3")
    backend, seen = running()
    seen.next()
    fake.activate(0x400)
    assert seen.nothing_more()
    fake.activate(0x200)
    assert seen.next().process == "chromium"


def test_window_destroyed_before_subscribe_counts_as_none(running, fake, clock):
    backend, seen = running()
    seen.next()
    fake.active = 0x555
    fake.activate(0x555)      # already gone when the backend subscribes
    assert seen.nothing_more()
    clock.t += 10
    fake.wake()
    assert seen.next() is None


def test_stop_ends_thread(fake):
    b = X11Backend(fake)
    b.start(lambda w: None)
    assert b.ready.wait(10)
    thread = b._thread
    b.stop()
    b.stop()
    assert not thread.is_alive()


@pytest.mark.skipif(os.name == "nt", reason="/proc and symlinks are Linux things")
def test_process_name_from_proc(tmp_path):
    (tmp_path / "7").mkdir()
    os.symlink("/usr/lib/chromium/chromium (deleted)", tmp_path / "7" / "exe")
    (tmp_path / "8").mkdir()
    (tmp_path / "8" / "comm").write_text("firefox-esr\n")
    assert process_name_from_proc(7, str(tmp_path)) == "chromium"
    assert process_name_from_proc(8, str(tmp_path)) == "firefox-esr"
    assert process_name_from_proc(9, str(tmp_path)) == ""


def test_the_event_thread_asks_for_queued_events_only_under_the_lock(fake):
    # active_window() from the guard's thread and the event thread share one X connection; a
    # look at python-xlib's queue outside the lock made the two race for one reply (a hang in CI)
    b = X11Backend(fake)
    fake.backend = b
    b.start(lambda w: None)
    assert b.ready.wait(10)
    for _ in range(3):
        fake.activate(0x100)
        b.active_window()
    for _ in range(1000):
        if fake.queued_calls >= 3:
            break
        fake.wake()
        threading.Event().wait(0.01)
    b.stop()
    assert fake.queued_calls >= 3


class _NoTalkingDisplay:
    """A display whose connection must not be used: wait() only watches its socket."""

    def __init__(self, fd):
        self._fd = fd

    def fileno(self):
        return self._fd

    def pending_events(self):
        raise AssertionError("wait() used the X connection outside the backend's lock")


@pytest.mark.skipif(os.name == "nt", reason="X11 and select() on pipes are Linux things")
def test_the_adapters_wait_only_watches_the_socket():
    error = pytest.importorskip("Xlib.error")
    from guard.windows.x11 import XlibAdapter

    sock_r, sock_w = os.pipe()
    adapter = XlibAdapter.__new__(XlibAdapter)
    adapter._error = error
    adapter._d = _NoTalkingDisplay(sock_r)
    adapter._wake_r, adapter._wake_w = os.pipe()
    os.set_blocking(adapter._wake_r, False)
    os.set_blocking(adapter._wake_w, False)
    try:
        adapter.wake()
        adapter.wait(5)   # returns at once: woken
    finally:
        for fd in (sock_r, sock_w, adapter._wake_r, adapter._wake_w):
            os.close(fd)
