"""The Windows backend's logic with a fake user32/kernel32 adapter (runs on every OS).

The real ctypes adapter is tested under Windows CPython in ``tests/win32``.
"""
from __future__ import annotations

import os
import queue
import threading

import pytest

from guard.windows.base import WindowInfo
from guard.windows.win32 import EVENT_OBJECT_NAMECHANGE, EVENT_SYSTEM_FOREGROUND, WindowsBackend

CHROME = r"C:\Program Files\Google\Chrome\Application\chrome.exe"
WORD = r"C:\Program Files\Microsoft Office\root\Office16\WINWORD.EXE"
OBJID_CLIENT = -4


class FakeWin32:
    """Windows as a dict; events are raised by the test and run on the backend's loop thread."""

    def __init__(self):
        self.windows: dict[int, list] = {}     # hwnd -> [title, pid]
        self.images: dict[int, str] = {}      # pid -> image path ("" = access denied)
        self.fg = 0
        self.classes: dict[int, str] = {}
        self.hooks_work = True
        self.hooked_events: list[int] = []
        self._jobs: queue.Queue = queue.Queue()
        self._quit = threading.Event()

    def add(self, hwnd, title, pid, image):
        self.windows[hwnd] = [title, pid]
        self.images[pid] = image

    # the adapter interface
    def foreground_window(self):
        return self.fg

    def window_title(self, hwnd):
        return self.windows[hwnd][0] if hwnd in self.windows else ""

    def window_class(self, hwnd):
        return self.classes.get(hwnd, "Chrome_WidgetWin_1")

    def window_pid(self, hwnd):
        return self.windows[hwnd][1] if hwnd in self.windows else 0

    def process_image(self, pid):
        return self.images.get(pid, "")

    def run_event_loop(self, events, on_event, on_ready, should_stop, on_idle, idle_s):
        if not self.hooks_work:
            on_ready(False)
            return
        self.hooked_events = list(events)
        self._on_event, self._on_idle = on_event, on_idle
        self._quit.clear()
        on_ready(True)
        while not should_stop() and not self._quit.is_set():
            job = self._jobs.get()
            if job is not None:
                job()

    def stop_event_loop(self):
        self._quit.set()
        self._jobs.put(None)

    # what the test does
    def raise_event(self, event, hwnd, id_object=0, id_child=0):
        self._jobs.put(lambda: self._on_event(event, hwnd, id_object, id_child))

    def idle(self):
        self._jobs.put(lambda: self._on_idle())

    def bring_to_front(self, hwnd, notify=True):
        self.fg = hwnd
        if notify:
            self.raise_event(EVENT_SYSTEM_FOREGROUND, hwnd)

    def rename(self, hwnd, title, notify=True):
        self.windows[hwnd][0] = title
        if notify:
            self.raise_event(EVENT_OBJECT_NAMECHANGE, hwnd)


class Seen:
    def __init__(self):
        self.q: queue.Queue = queue.Queue()

    def __call__(self, info):
        self.q.put(info)

    def next(self) -> WindowInfo | None:
        return self.q.get(timeout=10)

    def nothing_more(self, fake: FakeWin32) -> bool:
        """True when no report is pending once every job raised so far has run."""
        done = threading.Event()
        fake._jobs.put(done.set)
        assert done.wait(10)
        return self.q.empty()


@pytest.fixture
def fake():
    f = FakeWin32()
    f.add(0x10, "Inbox - Outlook", 10, r"C:\Program Files\Microsoft Office\root\Office16\OUTLOOK.EXE")
    f.add(0x20, "Nieuw tabblad - Google Chrome", 20, CHROME)
    f.add(0x21, "Achtergrond - Google Chrome", 20, CHROME)
    f.add(0x30, "Verslag.docx - Word", 30, WORD)
    f.fg = 0x10
    return f


@pytest.fixture
def running(fake):
    backends = []

    def start(**kw):
        b = WindowsBackend(fake, **kw)
        seen = Seen()
        b.start(seen)
        backends.append(b)
        assert b.ready.wait(10)
        return b, seen

    yield start
    for b in backends:
        b.stop()


def test_active_window_reads_title_pid_and_image_basename(fake):
    fake.fg = 0x20
    w = WindowsBackend(fake).active_window()
    assert w == WindowInfo("Nieuw tabblad - Google Chrome", "chrome.exe", 20, handle=0x20)


def test_no_foreground_window_is_none(fake):
    fake.fg = 0
    assert WindowsBackend(fake).active_window() is None


def test_desktop_window_counts_as_no_window(running, fake):
    fake.add(0x50, "", 60, r"C:\Windows\explorer.exe")
    fake.classes[0x50] = "#32769"
    fake.fg = 0x50
    assert WindowsBackend(fake).active_window() is None
    fake.fg = 0x10
    backend, seen = running()
    assert seen.next().title == "Inbox - Outlook"
    fake.bring_to_front(0x50)   # a moment of "desktop" while activation moves
    fake.bring_to_front(0x20)
    assert seen.next().title == "Nieuw tabblad - Google Chrome"


def test_process_without_access_has_empty_process_name(fake):
    fake.images[30] = ""   # OpenProcess denied (an elevated process)
    fake.fg = 0x30
    w = WindowsBackend(fake).active_window()
    assert w.title == "Verslag.docx - Word" and w.process == "" and w.pid == 30


def test_hooks_foreground_and_namechange(running, fake):
    backend, seen = running()
    assert backend.event_driven and backend.name == "windows" and backend.available
    assert set(fake.hooked_events) == {EVENT_SYSTEM_FOREGROUND, EVENT_OBJECT_NAMECHANGE}
    assert seen.next().title == "Inbox - Outlook"            # the state at start
    fake.bring_to_front(0x20)
    w = seen.next()
    assert (w.title, w.process, w.handle) == ("Nieuw tabblad - Google Chrome", "chrome.exe", 0x20)
    fake.rename(0x20, "Le Chat - Mistral AI - Google Chrome")  # the user opens Le Chat in that tab
    assert seen.next().title == "Le Chat - Mistral AI - Google Chrome"
    assert seen.nothing_more(fake)


def test_namechange_of_background_window_or_child_object_is_ignored(running, fake):
    backend, seen = running()
    seen.next()
    fake.bring_to_front(0x20)
    seen.next()
    fake.rename(0x21, "ChatGPT - Google Chrome")                # another Chrome window, behind
    fake.raise_event(EVENT_OBJECT_NAMECHANGE, 0x20, id_object=OBJID_CLIENT)  # an object inside the page
    assert seen.nothing_more(fake)
    fake.rename(0x20, "Claude - Google Chrome")
    assert seen.next().title == "Claude - Google Chrome"


def test_own_window_in_front_is_not_a_change(running, fake):
    fake.add(0x40, "Plakwacht", os.getpid(), r"C:\Program Files\Plakwacht\plakwacht.exe")
    backend, seen = running()
    seen.next()
    fake.bring_to_front(0x40)
    assert seen.nothing_more(fake)
    fake.bring_to_front(0x30)
    assert seen.next().process == "WINWORD.EXE"


def test_safety_recheck_catches_changes_without_events(running, fake):
    backend, seen = running()
    seen.next()
    fake.bring_to_front(0x30, notify=False)   # Wine, or a lost event
    assert seen.nothing_more(fake)
    fake.idle()
    assert seen.next().title == "Verslag.docx - Word"


def test_falls_back_to_polling_when_hooks_fail(running, fake):
    fake.hooks_work = False
    backend, seen = running(poll_interval=0.01)
    assert backend.event_driven is False
    assert seen.next().title == "Inbox - Outlook"
    fake.fg = 0x20
    assert seen.next().title == "Nieuw tabblad - Google Chrome"
    fake.windows[0x20][0] = "Le Chat - Mistral AI - Google Chrome"
    assert seen.next().title == "Le Chat - Mistral AI - Google Chrome"


def test_polling_mode_from_the_start(running, fake):
    backend, seen = running(use_events=False, poll_interval=0.01)
    assert backend.event_driven is False
    assert fake.hooked_events == []
    assert seen.next().title == "Inbox - Outlook"
    fake.fg = 0x30
    assert seen.next().title == "Verslag.docx - Word"


def test_stop_ends_the_loop_and_twice_is_fine(fake):
    b = WindowsBackend(fake)
    seen = Seen()
    b.start(seen)
    assert b.ready.wait(10)
    thread = b._thread
    b.stop()
    b.stop()
    assert thread is not None and not thread.is_alive()


def test_start_twice_is_an_error(running):
    backend, _ = running()
    with pytest.raises(RuntimeError):
        backend.start(lambda w: None)
