"""The real Windows backend (ctypes on user32/kernel32) against real Win32 windows.

Runs under Windows CPython only: on Windows, or under Wine via ``.ci/wine.sh``. Wine 8 raises no
``EVENT_SYSTEM_FOREGROUND``/``EVENT_OBJECT_NAMECHANGE`` itself, so the fake browser raises them
with ``NotifyWinEvent`` (as real Windows would); the hook test turns the backend's once-a-second
safety re-read off, so only hook events can produce its reports.
"""
from __future__ import annotations

import os
import sys

import pytest

from tests.win32.winhelpers import WINDOWS_ONLY, chrome_exe, wait_for

pytestmark = WINDOWS_ONLY

LE_CHAT = "Le Chat - Mistral AI - Google Chrome"


def expected_process(exe: str) -> str:
    # In a venv python.exe is a launcher and the window belongs to the base interpreter.
    return os.path.basename(exe).lower()


def test_create_backend_gives_the_windows_backend():
    from guard.windows import create_backend

    b = create_backend()
    assert (b.name, b.available, b.event_driven) == ("windows", True, True)


def test_reads_title_pid_and_process_image_of_fake_chrome(browsers):
    from guard.policy import ALLOWED_GENAI, load_policy
    from guard.windows.win32 import WindowsBackend

    browser = browsers(LE_CHAT)
    backend = WindowsBackend(use_events=False)
    w = wait_for(lambda: (w := backend.active_window()) is not None and w.handle == browser.hwnd and w,
                 "the fake Chrome window in front")
    assert w.title == LE_CHAT
    assert w.pid == browser.pid
    if browser.exe.lower().endswith("chrome.exe"):
        assert w.process.lower() == "chrome.exe"
    else:
        assert w.process.lower().endswith(".exe")
    match = load_policy().classify(w)
    assert (match.kind, match.site) == (ALLOWED_GENAI, "Mistral Le Chat")


def test_unicode_title(browsers):
    from guard.windows.win32 import WindowsBackend

    title = "Überprüfung – ‘Le Chat’ · 日本語 - Google Chrome"
    browser = browsers(title)
    backend = WindowsBackend(use_events=False)
    w = wait_for(lambda: (w := backend.active_window()) is not None and w.handle == browser.hwnd and w,
                 "the window in front")
    assert w.title == title


def test_winevent_hooks_report_foreground_and_title_changes(browsers, seen, monkeypatch):
    from guard.windows import win32

    monkeypatch.setattr(win32, "SAFETY_RECHECK_S", 3600.0)   # hooks only
    backend = win32.WindowsBackend()
    backend.start(seen)
    try:
        assert backend.ready.wait(30) and backend.event_driven
        mail = browsers("Postvak IN - Outlook", notify=True, left=0, exe=sys.executable)
        seen.until(lambda w: w.handle == mail.hwnd, "the mail window coming to the front")
        chrome = browsers("Nieuw tabblad - Google Chrome", notify=True)
        seen.until(lambda w: w.handle == chrome.hwnd, "the browser coming to the front")

        chrome.send(f"title {LE_CHAT}")         # a tab switch: only the title changes
        got = seen.until(lambda w: w.title == LE_CHAT, "the title change")
        assert got[-1].handle == chrome.hwnd

        mail.send("title Postvak IN (1) - Outlook")   # a window behind renames itself: not reported
        chrome.send("title ChatGPT - Google Chrome")
        got = seen.until(lambda w: w.title == "ChatGPT - Google Chrome", "the second title change")
        assert "Postvak IN (1) - Outlook" not in [w.title for w in got if w is not None]

        mail.send("front")
        got = seen.until(lambda w: w.handle == mail.hwnd, "the mail window in front again")
        assert got[-1].title == "Postvak IN (1) - Outlook"
    finally:
        backend.stop()


def test_without_winevents_the_safety_reread_still_follows(browsers, seen):
    """Wine (and a lost event) raise nothing: the once-a-second re-read must catch up."""
    from guard.windows.win32 import WindowsBackend

    backend = WindowsBackend()
    backend.start(seen)
    try:
        assert backend.ready.wait(30)
        chrome = browsers("Nieuw tabblad - Google Chrome", notify=False)
        seen.until(lambda w: w.handle == chrome.hwnd, "the browser")
        chrome.send(f"title {LE_CHAT}")
        seen.until(lambda w: w.title == LE_CHAT, "the title change")
    finally:
        backend.stop()


def test_polling_fallback_follows_foreground_and_titles(browsers, seen):
    from guard.windows.win32 import WindowsBackend

    backend = WindowsBackend(use_events=False, poll_interval=0.1)
    backend.start(seen)
    try:
        assert backend.event_driven is False
        mail = browsers("Postvak IN - Outlook", notify=False, left=0, exe=sys.executable)
        seen.until(lambda w: w.handle == mail.hwnd, "the mail window")
        chrome = browsers("Nieuw tabblad - Google Chrome", notify=False)
        seen.until(lambda w: w.handle == chrome.hwnd, "the browser")
        chrome.send("title Claude - Google Chrome")
        seen.until(lambda w: w.title == "Claude - Google Chrome", "the title change")
        mail.send("front")
        seen.until(lambda w: w.handle == mail.hwnd, "the mail window again")
    finally:
        backend.stop()


def test_stop_unhooks_and_ends_the_thread():
    from guard.windows.win32 import WindowsBackend

    backend = WindowsBackend()
    backend.start(lambda w: None)
    assert backend.ready.wait(30)
    thread = backend._thread
    backend.stop()
    assert thread is not None and not thread.is_alive()
    backend.stop()


def test_chrome_copy_exists_under_wine():
    """The CI environment names a python.exe copy chrome.exe; without it the image test is weaker."""
    from tests.win32.winhelpers import under_wine

    if not under_wine():
        pytest.skip("only the Wine CI environment has the chrome.exe copy")
    assert chrome_exe().lower().endswith("chrome.exe")
