"""Draw Saphan's icon (a bridge, สะพาน) and write resources/icons/saphan.png and saphan.ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installers/make_icon.py

Drawn with Qt (already a dependency) at each size from 16 to 256 pixels, so that small sizes
stay crisp; the .ico holds one PNG image per size (Windows Vista and later read PNG entries).
The outputs are committed; run this again only to change the design.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)

SKY = QColor("#1f6f8b")  # deep teal: the app's accent
BRIDGE = QColor("#ffffff")
WATER = QColor("#9fd3e6")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    # rounded square background
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(SKY))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # water: two gentle waves under the bridge
    if size >= 32:
        pen = QPen(WATER, max(1.0, 10 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for y in (200, 224):
            wave = QPainterPath(QPointF(52 * s, y * s))
            wave.cubicTo(QPointF(92 * s, (y - 12) * s), QPointF(112 * s, (y + 12) * s),
                         QPointF(152 * s, y * s))  # fmt: skip
            wave.cubicTo(QPointF(180 * s, (y - 10) * s), QPointF(196 * s, (y + 8) * s),
                         QPointF(206 * s, y * s))  # fmt: skip
            p.drawPath(wave)
    # the bridge: an arch with a deck and two posts, thicker at small sizes
    width = max(1.5, (22 if size >= 48 else 30) * s)
    pen = QPen(BRIDGE, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    arch = QPainterPath(QPointF(40 * s, 172 * s))
    arch.cubicTo(QPointF(80 * s, 70 * s), QPointF(176 * s, 70 * s), QPointF(216 * s, 172 * s))
    p.drawPath(arch)
    p.drawLine(QPointF(32 * s, 132 * s), QPointF(224 * s, 132 * s))  # deck
    if size >= 48:  # hangers between arch and deck
        thin = QPen(BRIDGE, max(1.0, 8 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(thin)
        for x in (96, 128, 160):
            p.drawLine(QPointF(x * s, 104 * s), QPointF(x * s, 132 * s))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: list[tuple[int, bytes]]) -> bytes:
    """An .ico file with one PNG-compressed image per size."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs:
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = [(size, png_bytes(draw(size))) for size in SIZES]
    (OUT / "saphan.png").write_bytes(dict(pngs)[256])
    (OUT / "saphan.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {OUT / 'saphan.png'} and {OUT / 'saphan.ico'} ({', '.join(map(str, SIZES))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
