"""QClipboard ↔ guard: every format kept, own writes marked, concealed content never read."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QGuiApplication, QImage

from guard.clipboard import KDE_PASSWORD_HINT, OWN_FORMAT
from ui.clipboard_adapter import QtClipboardAdapter


@pytest.fixture
def adapter(qtbot):
    seen = []
    a = QtClipboardAdapter(on_change=seen.append)
    a.seen = seen
    yield a
    a.disconnect_clipboard()
    QGuiApplication.clipboard().clear()


def put(qtbot, md):
    cb = QGuiApplication.clipboard()
    with qtbot.waitSignal(cb.dataChanged):
        cb.setMimeData(md)


def rich():
    md = QMimeData()
    md.setText("Jan, BSN 111222333")
    md.setHtml("<b>Jan</b>, BSN 111222333")
    md.setData("application/x-vnd.test", b"\x00\x01binair")
    return md


def test_snapshot_keeps_every_format_and_restore_gives_them_back(qtbot, adapter):
    put(qtbot, rich())
    snap = adapter.seen[-1]
    assert snap.text == "Jan, BSN 111222333" and not snap.own and not snap.concealed
    assert {"text/plain", "text/html", "application/x-vnd.test"} <= set(snap.formats)
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        adapter.write_text("placeholder")
    assert adapter.seen[-1].own and QGuiApplication.clipboard().text() == "placeholder"
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        adapter.restore(snap)
    md = QGuiApplication.clipboard().mimeData()
    assert md.text() == "Jan, BSN 111222333" and "<b>Jan</b>" in md.html()
    assert bytes(md.data("application/x-vnd.test")) == b"\x00\x01binair"
    assert OWN_FORMAT in md.formats()


def test_clear_is_marked_as_own(qtbot, adapter):
    put(qtbot, rich())
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        adapter.clear()
    assert adapter.seen[-1].own and not QGuiApplication.clipboard().text()


def test_concealed_content_is_not_read(qtbot, adapter):
    md = QMimeData()
    md.setText("geheim-wachtwoord")
    md.setData(KDE_PASSWORD_HINT, b"secret")
    put(qtbot, md)
    snap = adapter.seen[-1]
    assert snap.concealed and snap.text is None and snap.payload is None


def test_image_without_text_is_not_guarded(qtbot, adapter):
    md = QMimeData()
    md.setData("image/png", b"\x89PNG fake")
    put(qtbot, md)
    snap = adapter.seen[-1]
    assert snap.text is None and not snap.concealed and "image/png" in snap.formats


def test_text_with_an_image_comes_back_with_the_image(qtbot, adapter):
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    md = QMimeData()
    md.setText("Jan, BSN 111222333")
    md.setImageData(image)
    put(qtbot, md)
    snap = adapter.seen[-1]
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        adapter.write_text("placeholder")
    assert not QGuiApplication.clipboard().mimeData().hasImage()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        adapter.restore(snap)
    back = QGuiApplication.clipboard().image()
    assert back.size() == image.size() and back.pixelColor(2, 2).name() == "#ff0000"
    assert QGuiApplication.clipboard().text() == "Jan, BSN 111222333"


def test_a_copy_reads_only_the_text_and_a_hold_keeps_the_rest(qtbot, adapter):
    """Issue 10: every format was copied on the GUI thread for every copy (654 ms for 10 MB + HTML)."""
    put(qtbot, rich())
    snap = adapter.seen[-1]
    assert snap.payload["formats"] is None  # nothing but the text read yet
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        adapter.write_text("placeholder")  # the guard holds it: now the formats are kept
    assert "text/html" in snap.payload["formats"]


def test_capture_is_capped(qtbot, adapter, monkeypatch):
    from ui import clipboard_adapter

    monkeypatch.setattr(clipboard_adapter, "MAX_CAPTURE_BYTES", 100)
    md = rich()
    md.setData("application/x-groot", b"x" * 1000)
    put(qtbot, md)
    snap = adapter.seen[-1]
    adapter.capture(snap)
    assert "application/x-groot" not in snap.payload["formats"]
    assert sum(len(v) for v in snap.payload["formats"].values()) <= 100
