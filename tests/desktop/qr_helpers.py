"""Reading QR codes back in tests (zxing-cpp), from the images a Word document holds or from a
page rendered to a greyscale PGM (pdftoppm -gray)."""

from __future__ import annotations

import io
import zipfile

import zxingcpp
from PySide6.QtGui import QImage


def _grey(image: QImage) -> memoryview:
    """The image's pixels as rows of bytes (what zxing-cpp reads), without Qt's row padding."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())
    rows = b"".join(data[y * stride : y * stride + width] for y in range(height))
    return memoryview(rows).cast("B", (height, width))


def decode_image(data: bytes) -> list[str]:
    """The texts of the QR codes in an image file (PNG, PGM, ...)."""
    image = QImage.fromData(data)
    assert not image.isNull(), "not an image"
    return [r.text for r in zxingcpp.read_barcodes(_grey(image)) if r.format.name == "QRCode"]


def slip_qr_codes(docx: bytes) -> list[str]:
    """The texts of the QR codes among the pictures of a Word document."""
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        return [text for name in media for text in decode_image(archive.read(name))]
