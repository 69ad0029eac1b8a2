"""Qt's half of files and images (issue 13): clipboard images to pixels, image bytes to pixels.

The guard is Qt-free; it gets images as :class:`guard.content.RawImage` (8-bit grey rows), which
is also what Tesseract reads fastest.
"""
from __future__ import annotations

from PySide6.QtGui import QImage

from guard.content import RawImage
from guard.content import images as content_images
from guard.content.cliplist import FILE_FORMATS, parse_file_list


def to_raw(image: QImage | None) -> RawImage | None:
    """A grey copy of a QImage, or ``None`` for an empty one."""
    if image is None or image.isNull() or image.width() == 0 or image.height() == 0:
        return None
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return RawImage(grey.width(), grey.height(), bytes(grey.constBits()), 1, grey.bytesPerLine())


def decode(data: bytes) -> RawImage | None:
    """Image file bytes (png, jpg, gif, bmp, webp ...) to pixels, for the browser hook."""
    image = QImage()
    if not image.loadFromData(data):
        return None
    return to_raw(image)


def install() -> None:
    """Let ``guard.content.check_bytes`` read image bytes with Qt's decoders."""
    content_images.set_decoder(decode)


def file_list(md, formats) -> list[str]:
    """The local files of a copied file list (uri-list, GNOME/KDE formats, CF_HDROP, file URLs)."""
    raw = {f: bytes(md.data(f)) for f in FILE_FORMATS if f in formats}
    paths = parse_file_list(raw)
    if not paths and md.hasUrls():
        paths = [u.toLocalFile() for u in md.urls() if u.isLocalFile() and u.toLocalFile()]
    return paths


def clipboard_image(md, formats) -> QImage | None:
    """The clipboard's image: Qt's own, or decoded from an ``image/*`` format (a browser's PNG)."""
    if md.hasImage():
        image = md.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return image
    for fmt in formats:
        if fmt.startswith("image/"):
            image = QImage.fromData(bytes(md.data(fmt)))
            if not image.isNull():
                return image
    return None
