"""A few small icons drawn in code, so the app needs no icon theme (Windows has none)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from desktop.style import ACCENT


def calendar_icon(size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size * 2
    body = QRectF(s * 0.1, s * 0.18, s * 0.8, s * 0.72)
    p.setPen(QPen(QColor("#4a5a64"), s * 0.06))
    p.setBrush(QColor("white"))
    p.drawRoundedRect(body, s * 0.08, s * 0.08)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(ACCENT))
    p.drawRect(QRectF(body.left(), body.top(), body.width(), s * 0.18))
    p.setBrush(QColor("#4a5a64"))
    for row in range(2):
        for col in range(3):
            p.drawRect(QRectF(s * (0.22 + col * 0.22), s * (0.5 + row * 0.18), s * 0.12, s * 0.1))
    p.end()
    return QIcon(pixmap)


def eye_icon(size: int = 16) -> QIcon:
    """ "Show password"."""
    s = size * 2
    pixmap = QPixmap(s, s)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#4a5a64"), s * 0.07))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(s * 0.08, s * 0.28, s * 0.84, s * 0.44))
    p.setBrush(QColor("#4a5a64"))
    p.drawEllipse(QRectF(s * 0.38, s * 0.38, s * 0.24, s * 0.24))
    p.end()
    return QIcon(pixmap)
