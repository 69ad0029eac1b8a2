"""Helpers for the real-Windows tests: browser-like windows in helper processes, report queues.

These tests run only under Windows CPython (on Windows, or under Wine through ``.ci/wine.sh``).
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.wait import wait_until

HERE = Path(__file__).resolve().parent
FAKE_BROWSER = HERE / "fake_browser.py"


#: Every test module here: ``pytestmark = WINDOWS_ONLY``.
WINDOWS_ONLY = [pytest.mark.windows,
                pytest.mark.skipif(sys.platform != "win32",
                                   reason="needs Windows (or Windows CPython under Wine: bash .ci/wine.sh)")]


def under_wine() -> bool:
    """Is this Windows CPython running under Wine?"""
    if sys.platform != "win32":
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


def chrome_exe() -> str:
    """A python.exe copy named chrome.exe next to the interpreter (``.ci/wine/setup.sh`` makes one), else python."""
    candidate = Path(sys.executable).with_name("chrome.exe")
    return str(candidate) if candidate.exists() else sys.executable


def wait_for(pred, what: str, timeout: float = 30.0):
    """:func:`tests.helpers.wait.wait_until` with the argument order these tests use."""
    return wait_until(pred, timeout, what, interval=0.05)


class FakeBrowser:
    """A ``fake_browser.py`` window in its own process."""

    def __init__(self, title: str, *, notify: bool, left: int, exe: str):
        env = dict(os.environ, FAKE_WINEVENTS="1" if notify else "0")
        # std handles must be pipes under Wine (a regular file kills CPython's start-up there).
        self.proc = subprocess.Popen([exe, str(FAKE_BROWSER), title, str(left)], env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = self.proc.stdout.readline().split()
        assert line[:1] == ["hwnd"], f"fake browser did not start: {line}"
        self.hwnd = int(line[1], 16)
        self.pid = int(line[3])   # its own pid: a venv launcher would stand between Popen and it
        self.exe = exe

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ok"

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("quit")
                self.proc.wait(10)
            except (OSError, AssertionError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait(10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass


@pytest.fixture
def browsers():
    made: list[FakeBrowser] = []

    def start(title: str, *, notify: bool = True, left: int = 600, exe: str | None = None) -> FakeBrowser:
        b = FakeBrowser(title, notify=notify, left=left, exe=exe or chrome_exe())
        made.append(b)
        return b

    yield start
    for b in made:
        b.close()


class Seen:
    """Collects a backend's reports; :meth:`until` waits for one that matches."""

    def __init__(self):
        self.q: queue.Queue = queue.Queue()

    def __call__(self, info):
        self.q.put(info)

    def until(self, pred, what: str, timeout: float = 30.0) -> list:
        end = time.monotonic() + timeout
        got = []
        while time.monotonic() < end:
            try:
                info = self.q.get(timeout=0.1)
            except queue.Empty:
                continue
            got.append(info)
            if info is not None and pred(info):
                return got
        raise AssertionError(f"no report of {what}; got {[getattr(i, 'title', i) for i in got]}")


@pytest.fixture
def seen():
    return Seen()


# Runs in a separate process, like a password manager; argv: TEXT [FORMAT-NAME HEX-VALUE].
COPY_HELPER = r'''
import ctypes, sys, time
from ctypes import wintypes
u32 = ctypes.WinDLL("user32", use_last_error=True); k32 = ctypes.WinDLL("kernel32", use_last_error=True)
u32.OpenClipboard.argtypes = [wintypes.HWND]
u32.SetClipboardData.argtypes = [wintypes.UINT, wintypes.HANDLE]; u32.SetClipboardData.restype = wintypes.HANDLE
u32.RegisterClipboardFormatW.argtypes = [wintypes.LPCWSTR]; u32.RegisterClipboardFormatW.restype = wintypes.UINT
k32.GlobalAlloc.argtypes = [wintypes.UINT, ctypes.c_size_t]; k32.GlobalAlloc.restype = wintypes.HGLOBAL
k32.GlobalLock.argtypes = [wintypes.HGLOBAL]; k32.GlobalLock.restype = ctypes.c_void_p
k32.GlobalUnlock.argtypes = [wintypes.HGLOBAL]
def put(fmt, data):
    h = k32.GlobalAlloc(0x0002, max(1, len(data)))
    if data:
        ctypes.memmove(k32.GlobalLock(h), data, len(data)); k32.GlobalUnlock(h)
    assert u32.SetClipboardData(fmt, h), ctypes.get_last_error()
for _ in range(100):
    if u32.OpenClipboard(None):
        break
    time.sleep(0.05)
else:
    sys.exit("clipboard busy")
u32.EmptyClipboard()
put(13, sys.argv[1].encode("utf-16-le") + b"\0\0")            # CF_UNICODETEXT
if len(sys.argv) > 3:
    put(u32.RegisterClipboardFormatW(sys.argv[2]), bytes.fromhex(sys.argv[3]))
u32.CloseClipboard()
'''


#: The marks password managers put beside what they copy: registered format name → its data.
MARKS = {
    "ExcludeClipboardContentFromMonitorProcessing": b"",
    "Clipboard Viewer Ignore": b"",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


def copy(text: str, conceal: bool | str) -> None:
    """Copy ``text`` from another process; ``conceal``: ``True`` (the Exclude... mark) or a name from :data:`MARKS`."""
    mark = "ExcludeClipboardContentFromMonitorProcessing" if conceal is True else (conceal or None)
    extra = [mark, MARKS[mark].hex()] if mark else []
    subprocess.run([sys.executable, "-c", COPY_HELPER, text, *extra], check=True, timeout=60,
                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def clipboard_text() -> str | None:
    """The clipboard's ``CF_UNICODETEXT`` now, or ``None``."""
    import ctypes
    from ctypes import wintypes

    u32 = ctypes.WinDLL("user32", use_last_error=True)
    k32 = ctypes.WinDLL("kernel32", use_last_error=True)
    u32.OpenClipboard.argtypes = [wintypes.HWND]
    u32.GetClipboardData.argtypes = [wintypes.UINT]
    u32.GetClipboardData.restype = wintypes.HANDLE
    k32.GlobalLock.argtypes = [wintypes.HGLOBAL]
    k32.GlobalLock.restype = ctypes.c_void_p
    k32.GlobalUnlock.argtypes = [wintypes.HGLOBAL]
    for _ in range(100):
        if u32.OpenClipboard(None):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("clipboard busy")
    try:
        h = u32.GetClipboardData(13)
        if not h:
            return None
        p = k32.GlobalLock(h)
        try:
            return ctypes.wstring_at(p)
        finally:
            k32.GlobalUnlock(h)
    finally:
        u32.CloseClipboard()


def top_level_windows(pid: int) -> list[str]:
    """Titles of the visible top-level windows of process ``pid``."""
    import ctypes
    from ctypes import wintypes

    u32 = ctypes.WinDLL("user32", use_last_error=True)
    proto = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)
    u32.EnumWindows.argtypes = [proto, wintypes.LPARAM]
    u32.GetWindowThreadProcessId.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]
    u32.IsWindowVisible.argtypes = [wintypes.HWND]
    u32.GetWindowTextW.argtypes = [wintypes.HWND, wintypes.LPWSTR, ctypes.c_int]
    titles = []

    def visit(hwnd, _):
        owner = wintypes.DWORD()
        u32.GetWindowThreadProcessId(hwnd, ctypes.byref(owner))
        if owner.value == pid and u32.IsWindowVisible(hwnd):
            buf = ctypes.create_unicode_buffer(512)
            u32.GetWindowTextW(hwnd, buf, 512)
            titles.append(buf.value)
        return True

    u32.EnumWindows(proto(visit), 0)
    return titles
