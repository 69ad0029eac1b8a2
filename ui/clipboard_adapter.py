"""QClipboard ↔ the guard: snapshots of every format, and the guard's writes.

A held text is given back whole: the snapshot keeps the bytes of every mime format the owner
offered (HTML, RTF, images, file lists), not just the plain text. Content a password manager
marked as concealed is never read.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QClipboard, QGuiApplication

from guard.clipboard import OWN_FORMAT, ClipSnapshot, is_concealed
from ui import content_bridge

log = logging.getLogger(__name__)

#: X11 selection plumbing that Qt may list as formats; they are not content.
_SKIP_FORMATS = {"TARGETS", "MULTIPLE", "TIMESTAMP", "SAVE_TARGETS"}
_QT_IMAGE = "application/x-qt-image"


class QtClipboardAdapter(QObject):
    """Watches the system clipboard and carries out the guard's writes.

    Args:
        on_change: called with a :class:`guard.clipboard.ClipSnapshot` after every change.
        clipboard: the ``QClipboard`` (default: the application's).
    """

    def __init__(self, on_change: Callable[[ClipSnapshot], None] | None = None,
                 clipboard: QClipboard | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.clipboard = clipboard or QGuiApplication.clipboard()
        self.on_change = on_change
        self.clipboard.dataChanged.connect(self._changed)
        content_bridge.install()

    def disconnect_clipboard(self) -> None:
        """Stop listening (tests, shutdown): a leftover adapter must not react to later changes."""
        try:
            self.clipboard.dataChanged.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass

    def _changed(self) -> None:
        if self.on_change is None:
            return
        try:
            snap = self.snapshot()
        except Exception as exc:  # never let a strange clipboard owner break the guard
            log.warning("clipboard could not be read: %s", type(exc).__name__)
            return
        self.on_change(snap)

    def snapshot(self) -> ClipSnapshot:
        """What is on the clipboard now; all formats are copied only when there is text to guard."""
        md = self.clipboard.mimeData(QClipboard.Mode.Clipboard)
        if md is None:
            return ClipSnapshot()
        formats = tuple(f for f in md.formats() if f not in _SKIP_FORMATS)
        if OWN_FORMAT in formats:
            return ClipSnapshot(None, formats, own=True)
        concealed = is_concealed(formats, get=lambda fmt: bytes(md.data(fmt)))
        if concealed:
            return ClipSnapshot(None, formats, concealed=True)
        files = content_bridge.file_list(md, formats) if (md.hasUrls() or any(
            f in formats for f in content_bridge.FILE_FORMATS)) else []
        if files:  # a copied file list: its files are read by guard.content (their text, not the names)
            return ClipSnapshot(None, formats, files=tuple(files), payload=self._payload(md, formats, None))
        if not md.hasText():
            qimage = content_bridge.clipboard_image(md, formats)  # a screenshot: OCR in guard.content
            image = content_bridge.to_raw(qimage)
            if image is not None:
                payload_image = qimage if md.hasImage() else None  # Qt's own image comes back as one
                return ClipSnapshot(None, formats, image=image, payload=self._payload(md, formats, None, payload_image))
            return ClipSnapshot(None, formats)  # other data: nothing to read, never held
        text = md.text()
        return ClipSnapshot(text, formats, payload=self._payload(md, formats, text))

    def _payload(self, md, formats, text, image=None) -> dict:
        """A copy of every format, to give the content back whole."""
        payload = {}
        for fmt in formats:
            if fmt == _QT_IMAGE:
                continue  # Qt's in-process image: its bytes are not the image, kept below as a QImage
            try:
                payload[fmt] = bytes(md.data(fmt))
            except Exception as exc:
                log.info("format skipped in snapshot: %s", type(exc).__name__)
        if image is None and md.hasImage():
            image = md.imageData()
        return {"formats": payload, "text": text, "image": image}

    # -- the guard's writes ------------------------------------------------------------------
    def write_text(self, text: str) -> None:
        md = QMimeData()
        md.setText(text)
        md.setData(OWN_FORMAT, b"1")
        self.clipboard.setMimeData(md, QClipboard.Mode.Clipboard)

    def clear(self) -> None:
        # Not QClipboard.clear(): an empty clipboard with our mark is recognised as our own write.
        md = QMimeData()
        md.setData(OWN_FORMAT, b"1")
        self.clipboard.setMimeData(md, QClipboard.Mode.Clipboard)

    def restore(self, snap: ClipSnapshot) -> None:
        md = QMimeData()
        payload = snap.payload if isinstance(snap.payload, dict) else {}
        for fmt, data in payload.get("formats", {}).items():
            md.setData(fmt, data)
        image = payload.get("image")
        if image is not None:
            md.setImageData(image)
        if snap.text is not None and not md.hasText():
            md.setText(snap.text)
        md.setData(OWN_FORMAT, b"1")
        self.clipboard.setMimeData(md, QClipboard.Mode.Clipboard)
