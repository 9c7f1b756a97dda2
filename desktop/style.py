"""The app's look: Fusion with a light palette and a small style sheet.

Widgets opt into named styles with ``setObjectName`` or the ``role`` property (e.g. an error
message under a field is a QLabel with role "fieldError")."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#1f6f8b"  # teal-blue, the colour of the bridge in the logo sketch
ERROR = "#b3261e"
MUTED = "#5f6b73"  # help texts, hints, placeholders: WCAG AA (4.5:1) on every background below
WARNING = "#8a5a00"

# The backgrounds text is drawn on: window, fields, navigation, table header, notice bar,
# read-only banner, alternate table rows.
BACKGROUNDS = ("#fafbfc", "#ffffff", "#eef2f4", "#f1f4f6", "#fff4d6", "#e8f1f5", "#f7f9fa")
# Text colours that must be readable on all of them (help text above all).
TEXT_COLOURS = {"muted": MUTED, "error": ERROR, "warning": WARNING, "accent": ACCENT}


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21; AA asks 4.5 for text)."""

    def luminance(colour: str) -> float:
        rgb = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #eef2f4;
    border: none;
    border-right: 1px solid #d5dde2;
    padding-top: 8px;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 14px;
    margin: 1px 6px;
    border-radius: 6px;
    color: #1d2a33;
}}
QListWidget#navigation::item:hover {{ background: #dde6eb; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QLabel[role="pageTitle"] {{ font-size: 17pt; font-weight: 600; color: #1d2a33; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="sectionTitle"] {{ font-size: 12pt; font-weight: 600; color: #1d2a33; }}
QLabel[role="fieldError"] {{ color: {ERROR}; }}
QLabel[role="warning"] {{ color: {WARNING}; font-weight: 600; }}
QLabel[role="emptyState"] {{ color: {MUTED}; font-size: 12pt; }}
QLabel[role="passphrase"] {{
    background: #f6f8f9;
    border: 1px solid #cfd8dc;
    border-radius: 6px;
    padding: 14px;
    color: #102027;
}}
QFrame#noticeBar {{
    background: #fff4d6;
    border: 1px solid #e9cf85;
    border-radius: 6px;
}}
QFrame#readOnlyBanner {{
    background: #e8f1f5;
    border: 1px solid #bcd4de;
    border-radius: 6px;
}}
QPushButton[role="primary"] {{
    background: {ACCENT};
    color: white;
    border: 1px solid #185a71;
    border-radius: 4px;
    padding: 5px 14px;
}}
QPushButton[role="primary"]:hover {{ background: #247f9f; }}
QPushButton[role="primary"]:disabled {{ background: #9fbcc7; border-color: #9fbcc7; }}
QTableView {{
    gridline-color: #e3e8eb;
    selection-background-color: #cfe5ee;
    selection-color: #102027;
    alternate-background-color: #f7f9fa;
}}
QHeaderView::section {{
    background: #f1f4f6;
    border: none;
    border-bottom: 1px solid #d5dde2;
    border-right: 1px solid #e3e8eb;
    padding: 5px 6px;
    font-weight: 600;
}}
QStatusBar QLabel {{ color: #33424c; padding: 0 6px; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#fafbfc"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    # Fusion's placeholder grey is too light to read (about 2.6:1): help text meets AA.
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a named look from the style sheet."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
