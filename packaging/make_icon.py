"""Draw Plakwacht's program icon: ``packaging/plakwacht.ico`` (Windows, all sizes) and ``.png``.

Used only when the UI has no icon of its own in ``ui/icons/`` (the spec prefers that one).
Run once, the result is committed::

    QT_QPA_PLATFORM=offscreen uv run python packaging/make_icon.py

An ICO file is a small header, one directory entry per size and the images; modern Windows
accepts PNG data for every size, which Qt writes for us.
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """A clipboard with a shield on it: 'the clipboard is guarded'."""
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 64, size / 64)
    # board
    p.setPen(QPen(QColor("#1b3a5c"), 3))
    p.setBrush(QColor("#f4f1e8"))
    p.drawRoundedRect(QRectF(10, 8, 44, 52), 5, 5)
    # clip
    p.setBrush(QColor("#1b3a5c"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(22, 3, 20, 10), 3, 3)
    # shield
    shield = QPainterPath(QPointF(32, 20))
    shield.cubicTo(QPointF(38, 23), QPointF(44, 23), QPointF(46, 23))
    shield.cubicTo(QPointF(46, 40), QPointF(40, 49), QPointF(32, 54))
    shield.cubicTo(QPointF(24, 49), QPointF(18, 40), QPointF(18, 23))
    shield.cubicTo(QPointF(20, 23), QPointF(26, 23), QPointF(32, 20))
    p.setBrush(QColor("#e8731a"))
    p.drawPath(shield)
    # check mark
    p.setPen(QPen(QColor("white"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.drawPolyline([QPointF(25, 36), QPointF(30, 42), QPointF(40, 30)])
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = [], []
    for size, blob in images.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return head + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, painting)
    images = {s: png_bytes(draw(s)) for s in SIZES}
    (HERE / "plakwacht.ico").write_bytes(ico_bytes(images))
    (HERE / "plakwacht.png").write_bytes(images[256])
    print(f"{HERE / 'plakwacht.ico'} ({len(SIZES)} maten), {HERE / 'plakwacht.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
