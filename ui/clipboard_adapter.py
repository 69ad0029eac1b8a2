"""QClipboard ↔ the guard: snapshots of every format, and the guard's writes.

A held text is given back whole: the snapshot keeps the bytes of every mime format the owner
offered (HTML, RTF, images, file lists), not just the plain text. Content a password manager
marked as concealed is never read.

On a copy only the text is read (issue 10: copying every format of a 10 MB text with HTML took
654 ms on the GUI thread of a real X11 desktop, for every copy). The other formats are read when
the guard is about to replace the content (:meth:`QtClipboardAdapter.write_text` captures them
first), up to :data:`MAX_CAPTURE_BYTES` in all; a format past that cap is not given back.
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
_PLAIN_TEXT = {"text/plain", "text/plain;charset=utf-8", "UTF8_STRING", "TEXT", "STRING", "COMPOUND_TEXT"}
#: At most this many bytes of other formats are kept for giving a held text back.
MAX_CAPTURE_BYTES = 32 * 1024 * 1024


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
        self._last: ClipSnapshot | None = None  # the newest snapshot with text: captured before a write
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
        snap = ClipSnapshot(text, formats, payload={"formats": None, "text": text, "image": None})
        self._last = snap
        return snap

    def _payload(self, md, formats, text, image=None) -> dict:
        """Every format of a file list or an image at once (capped), to give it back whole."""
        payload = {"formats": None, "text": text, "image": image}
        self._fill(payload, md, formats)
        if payload["image"] is None and md.hasImage():
            payload["image"] = md.imageData()
        return payload

    def capture(self, snap: ClipSnapshot) -> None:
        """Copy every format of ``snap`` while the clipboard still holds it (capped); once."""
        payload = snap.payload if isinstance(snap.payload, dict) else None
        if payload is None or payload.get("formats") is not None:
            return
        md = self.clipboard.mimeData(QClipboard.Mode.Clipboard)
        if md is None or tuple(f for f in md.formats() if f not in _SKIP_FORMATS) != snap.formats:
            payload["formats"] = {}
            log.info("clipboard changed before its formats were kept: text only")
            return
        self._fill(payload, md, snap.formats)
        if md.hasImage():
            payload["image"] = md.imageData()

    @staticmethod
    def _fill(payload: dict, md, formats) -> None:
        payload["formats"] = {}
        total = 0
        for fmt in formats:
            if fmt == _QT_IMAGE:
                continue  # Qt's in-process image: its bytes are not the image, kept as a QImage
            if fmt in _PLAIN_TEXT and payload.get("text") is not None:
                continue  # the text itself is in the snapshot already; restore() sets it (10 MB: 134 ms)
            try:
                data = bytes(md.data(fmt))
            except Exception as exc:
                log.info("format skipped in snapshot: %s", type(exc).__name__)
                continue
            if total + len(data) > MAX_CAPTURE_BYTES:
                log.info("format skipped: over the %d MB cap", MAX_CAPTURE_BYTES >> 20)
                continue
            total += len(data)
            payload["formats"][fmt] = data

    # -- the guard's writes ------------------------------------------------------------------
    def write_text(self, text: str) -> None:
        last, self._last = self._last, None
        if last is not None:
            try:
                self.capture(last)  # what is about to be replaced, so that it can be given back whole
            except Exception as exc:
                log.warning("clipboard formats not kept: %s", type(exc).__name__)
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
        for fmt, data in (payload.get("formats") or {}).items():
            md.setData(fmt, data)
        image = payload.get("image")
        if image is not None:
            md.setImageData(image)
        if snap.text is not None and not md.hasFormat("text/plain"):  # (hasText() is also true for URLs)
            md.setText(snap.text)
        md.setData(OWN_FORMAT, b"1")
        self.clipboard.setMimeData(md, QClipboard.Mode.Clipboard)
