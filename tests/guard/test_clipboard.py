"""Concealed clipboard content and snapshots that never show their text."""
from __future__ import annotations

import pytest

from guard.clipboard import (
    KDE_PASSWORD_HINT, OWN_FORMAT, WINDOWS_EXCLUDE, WINDOWS_NO_CLOUD, WINDOWS_NO_HISTORY, WINDOWS_VIEWER_IGNORE,
    ClipSnapshot, is_concealed,
)


@pytest.mark.parametrize("formats,values,expected", [
    (["text/plain"], {}, False),
    (["text/plain", WINDOWS_EXCLUDE], {}, True),
    (["text/plain", "org.nspasteboard.ConcealedType"], {}, True),
    (["text/plain", KDE_PASSWORD_HINT], {KDE_PASSWORD_HINT: b"secret"}, True),
    (["text/plain", KDE_PASSWORD_HINT], {KDE_PASSWORD_HINT: b"none"}, False),
    (["text/plain", WINDOWS_NO_HISTORY], {WINDOWS_NO_HISTORY: b"\x00\x00\x00\x00"}, True),
    (["text/plain", WINDOWS_NO_HISTORY], {WINDOWS_NO_HISTORY: b"\x01\x00\x00\x00"}, False),
    (["text/plain", WINDOWS_VIEWER_IGNORE], {}, True),
    (["text/plain", WINDOWS_NO_CLOUD], {WINDOWS_NO_CLOUD: b"\x00\x00\x00\x00"}, True),
    (["text/plain", WINDOWS_NO_CLOUD], {WINDOWS_NO_CLOUD: b"\x01\x00\x00\x00"}, False),
    (["text/plain", WINDOWS_NO_CLOUD], {WINDOWS_NO_CLOUD: b""}, False),
    # history allowed but cloud refused: still private
    (["text/plain", WINDOWS_NO_HISTORY, WINDOWS_NO_CLOUD],
     {WINDOWS_NO_HISTORY: b"\x01\x00\x00\x00", WINDOWS_NO_CLOUD: b"\x00\x00\x00\x00"}, True),
    # a KDE hint that is not "secret" does not hide a Windows mark
    (["text/plain", KDE_PASSWORD_HINT, WINDOWS_VIEWER_IGNORE], {KDE_PASSWORD_HINT: b"none"}, True),
])
def test_is_concealed(formats, values, expected):
    assert is_concealed(formats, get=values.get) is expected


def test_snapshot_repr_never_shows_the_text():
    snap = ClipSnapshot("BSN 111222333", ("text/plain", OWN_FORMAT))
    assert "111222333" not in repr(snap) and "111222333" not in str(snap)
