"""Image files (png, jpg, gif, bmp, tif, webp): size checked from the header, then OCR.

The pixel count is read from the file's header before anything is decoded, so that a small file
that would unpack into a gigantic picture (an image bomb) is refused.
"""
from __future__ import annotations

import struct

from guard.content.base import IMAGE, Deadline, Limits, Unreadable, register
from guard.content.ocr import engine

IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp")


def dimensions(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG, GIF, BMP or JPEG header; ``None`` when it cannot tell."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data[:2] == b"BM" and len(data) >= 26:
        w, h = struct.unpack("<ii", data[18:26])
        return abs(w), abs(h)
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                h, w = struct.unpack(">HH", data[i + 5:i + 9])
                return w, h
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            i += 2 + struct.unpack(">H", data[i + 2:i + 4])[0]
    return None


def check_pixels(width: int, height: int, limits: Limits) -> None:
    if width <= 0 or height <= 0:
        raise Unreadable("damaged", "de afbeelding is beschadigd")
    if width * height > limits.max_pixels:
        raise Unreadable("too_large", "de afbeelding is te groot om te lezen")


def read_image_file(path: str, data: bytes, limits: Limits, deadline: Deadline) -> str:
    size = dimensions(data)
    if size is not None:
        check_pixels(*size, limits)
    deadline.check()
    if DECODER is not None:  # the tray app: Qt decodes, so the image can be read at twice its size
        raw = DECODER(data)
        if raw is not None:
            check_pixels(raw.width, raw.height, limits)
            return engine().read_raw(raw)
    return engine().read_file(path)  # the command line: Leptonica decodes, read as it is


@register(IMAGE_EXTENSIONS, "afbeelding", IMAGE)
def read_image_bytes(data: bytes, limits: Limits, deadline: Deadline) -> str:
    """Image bytes without a path (the browser hook): decoded by the decoder the UI registered."""
    size = dimensions(data)
    if size is not None:
        check_pixels(*size, limits)
    if DECODER is None:
        raise Unreadable("no_ocr", "Plakwacht kan deze afbeelding hier niet openen")
    raw = DECODER(data)
    if raw is None:
        raise Unreadable("damaged", "de afbeelding is beschadigd of in een onbekend formaat")
    check_pixels(raw.width, raw.height, limits)
    deadline.check()
    return engine().read_raw(raw)


#: bytes -> RawImage; the UI sets a Qt decoder at start-up (guard stays Qt-free).
DECODER = None


def set_decoder(decoder) -> None:
    global DECODER
    DECODER = decoder
