"""The Windows clipboard and the password managers' "leave this alone" marker.

A helper process copies text the way KeePass or 1Password do: ``CF_UNICODETEXT`` plus the
registered format ``ExcludeClipboardContentFromMonitorProcessing``. The test checks the marker
through the Win32 API, and then through Qt and Plakwacht's own code (``guard.clipboard`` and
``ui.clipboard_adapter``): the format name Qt shows must be the one Plakwacht looks for.
"""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests.windows.winhelpers import WINDOWS_ONLY, wait_for

pytestmark = WINDOWS_ONLY

MARKER = "ExcludeClipboardContentFromMonitorProcessing"

# Runs in a separate process, like a password manager; argv: TEXT CONCEAL(0/1).
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
if sys.argv[2] == "1":
    put(u32.RegisterClipboardFormatW("ExcludeClipboardContentFromMonitorProcessing"), b"")
u32.CloseClipboard()
'''


def copy(text: str, conceal: bool) -> None:
    subprocess.run([sys.executable, "-c", COPY_HELPER, text, "1" if conceal else "0"], check=True, timeout=60,
                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def clipboard_format_names() -> set[str]:
    import ctypes
    from ctypes import wintypes

    u32 = ctypes.WinDLL("user32", use_last_error=True)
    u32.OpenClipboard.argtypes = [wintypes.HWND]
    u32.EnumClipboardFormats.argtypes = [wintypes.UINT]
    u32.EnumClipboardFormats.restype = wintypes.UINT
    u32.GetClipboardFormatNameW.argtypes = [wintypes.UINT, wintypes.LPWSTR, ctypes.c_int]
    for _ in range(100):
        if u32.OpenClipboard(None):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("clipboard busy")
    names = set()
    try:
        fmt = 0
        while fmt := u32.EnumClipboardFormats(fmt):
            buf = ctypes.create_unicode_buffer(256)
            if u32.GetClipboardFormatNameW(fmt, buf, 256):
                names.add(buf.value)
            else:
                names.add(f"#{fmt}")
    finally:
        u32.CloseClipboard()
    return names


def test_marker_is_on_the_clipboard_after_a_password_manager_copy():
    copy("Welkom2025!", conceal=True)
    names = clipboard_format_names()
    assert MARKER in names
    assert "#13" in names          # CF_UNICODETEXT
    copy("gewone tekst", conceal=False)
    assert MARKER not in clipboard_format_names()


@pytest.fixture
def qt_clipboard():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    return app, app.clipboard()


def test_qt_shows_the_marker_as_guard_clipboard_expects(qt_clipboard):
    from guard.clipboard import WINDOWS_EXCLUDE, is_concealed

    app, cb = qt_clipboard

    def formats():
        app.processEvents()
        md = cb.mimeData()
        return list(md.formats()) if md is not None else []

    copy("Welkom2025!", conceal=True)
    got = wait_for(lambda: (f := formats()) and WINDOWS_EXCLUDE in f and f, "Qt to show the marker")
    assert is_concealed(got)
    copy("Jan de Vries, BSN 111222333", conceal=False)
    got = wait_for(lambda: (f := formats()) and WINDOWS_EXCLUDE not in f and "text/plain" in f and f,
                   "Qt to show a plain copy")
    assert not is_concealed(got)


def test_plakwacht_clipboard_adapter_never_reads_concealed_text(qt_clipboard):
    from ui.clipboard_adapter import QtClipboardAdapter

    app, cb = qt_clipboard
    adapter = QtClipboardAdapter(clipboard=cb)
    try:
        copy("Welkom2025!", conceal=True)
        snap = wait_for(lambda: (app.processEvents(), (s := adapter.snapshot()).concealed and s)[1],
                        "a concealed snapshot")
        assert snap.text is None
        copy("Postcode 1234 AB", conceal=False)
        snap = wait_for(lambda: (app.processEvents(), (s := adapter.snapshot()).text and s)[1], "a plain snapshot")
        assert snap.text == "Postcode 1234 AB" and not snap.concealed
    finally:
        adapter.disconnect_clipboard()
