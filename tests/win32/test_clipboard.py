"""The Windows clipboard and the password managers' "leave this alone" marks.

A helper process copies text the way KeePass or 1Password do: ``CF_UNICODETEXT`` plus a
registered format: ``ExcludeClipboardContentFromMonitorProcessing``, ``Clipboard Viewer Ignore``,
or ``CanIncludeInClipboardHistory`` / ``CanUploadToCloudClipboard`` with the DWORD 0. The test
checks the marker through the Win32 API, and then through Qt and Plakwacht's own code
(``guard.clipboard`` and ``ui.clipboard_adapter``): the format name Qt shows must be the one
Plakwacht looks for.
"""
from __future__ import annotations

import time

import pytest

from tests.win32.winhelpers import MARKS, WINDOWS_ONLY, copy, wait_for

pytestmark = WINDOWS_ONLY

MARKER = "ExcludeClipboardContentFromMonitorProcessing"

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


@pytest.mark.parametrize("mark", sorted(MARKS))
def test_plakwacht_clipboard_adapter_never_reads_concealed_text(qt_clipboard, mark):
    from ui.clipboard_adapter import QtClipboardAdapter

    app, cb = qt_clipboard
    adapter = QtClipboardAdapter(clipboard=cb)
    try:
        copy("Welkom2025!", conceal=mark)
        snap = wait_for(lambda: (app.processEvents(), (s := adapter.snapshot()).concealed and s)[1],
                        "a concealed snapshot")
        assert snap.text is None
        copy("Postcode 1234 AB", conceal=False)
        snap = wait_for(lambda: (app.processEvents(), (s := adapter.snapshot()).text and s)[1], "a plain snapshot")
        assert snap.text == "Postcode 1234 AB" and not snap.concealed
    finally:
        adapter.disconnect_clipboard()
