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
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = pred()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


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
