"""Fonts that render Burmese and Thai: installed families become fallbacks of the UI font."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

# Preferred families per script, best first. Windows ships the first ones; Linux distributions
# package Padauk, Noto and the TLWG fonts.
_WINDOWS = {
    "myanmar": ("Myanmar Text",),
    "thai": ("Leelawadee UI", "Leelawadee", "Tahoma"),
}
_OTHER = {
    "myanmar": ("Padauk", "Noto Sans Myanmar", "Myanmar Text"),
    "thai": ("Noto Sans Thai", "Garuda", "Loma", "Leelawadee UI"),
}


def preferred_families(script: str, available: set[str], platform: str = sys.platform) -> list[str]:
    """The preferred families for ``script`` ("myanmar" or "thai") that are installed."""
    table = _WINDOWS if platform.startswith("win") else _OTHER
    return [family for family in table[script] if family in available]


def script_fallbacks() -> list[str]:
    """The installed Myanmar family first, then the Thai one (at most one of each)."""
    available = set(QFontDatabase.families())
    chosen: list[str] = []
    for script in ("myanmar", "thai"):
        families = preferred_families(script, available)
        if families:
            chosen.append(families[0])
    return chosen


def install_script_fallbacks(app: QApplication) -> list[str]:
    """Make the application font a family list: the UI font, then a Myanmar and a Thai font.
    Qt takes each glyph from the first family that has it, so names in Myanmar or Thai script
    render in every widget, on Windows as on Linux. Returns the fallbacks that were set."""
    fallbacks = script_fallbacks()
    font = QFont(app.font())
    # The family actually used (e.g. "DejaVu Sans" for the generic "Sans Serif").
    base = "Segoe UI" if sys.platform.startswith("win") else QFontInfo(font).family()
    font.setFamilies([base, *[f for f in fallbacks if f != base]])
    # Widgets that set their own family (e.g. monospace) still find the scripts.
    QFont.insertSubstitutions(base, fallbacks)
    app.setFont(font)
    return fallbacks


SCRIPT_SCALE = 1.2


def script_font(base: QFont) -> QFont:
    """A font for names in Myanmar or Thai script: the script families first, a little larger
    than ``base`` because Myanmar letters are drawn small for their line height."""
    font = QFont(base)
    font.setFamilies([*script_fallbacks(), *base.families()])
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * SCRIPT_SCALE)
    return font


def script_line_height(base: QFont) -> int:
    """The height a line needs for names in script next to Latin text in ``base``: Burmese
    stacks marks above and below the letters."""
    return max(QFontMetrics(base).height(), QFontMetrics(script_font(base)).height())


def monospace_font(point_size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font
