"""Word-wrapped text that never starts a line with the Burmese sentence marks "။" or "၊".

Qt's line breaking for Myanmar script allows a break before every syllable, the marks
included, so a label may show a line that starts with "။". :func:`wrap_lines` lays the text
out as Qt would and, where the next line would start with a mark, ends the line one syllable
earlier so that the syllable and its mark go down together. :class:`ScriptLabel` is a QLabel
that paints its word-wrapped text that way.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

MARKS = "\u104a\u104b"  # ၊ ။
_GLUE = " \u00a0\u2060"


def _next_visible(text: str, position: int) -> int:
    while position < len(text) and text[position] in _GLUE:
        position += 1
    return position


def _previous_break(layout_text: str, start: int, end: int, font: QFont, width: float) -> int:
    """Where a line from ``start`` may end before ``end``: the start of the syllable (or word)
    in front of the mark at ``end``: the last space, or a Myanmar syllable start."""
    position = end - 1
    while position > start and layout_text[position] in _GLUE:
        position -= 1
    # back over the syllable the mark belongs to: to a space or the start of a consonant
    # that begins a syllable (a consonant not followed by asat/virama)
    while position > start:
        char = layout_text[position]
        if char == " ":
            return position + 1
        if (
            "\u1000" <= char <= "\u102a"
            and (
                position + 1 >= len(layout_text) or layout_text[position + 1] not in "\u103a\u1039"
            )
            and (position == 0 or layout_text[position - 1] != "\u1039")
        ):
            return position
        position -= 1
    return start


def wrap_lines(text: str, font: QFont, width: float) -> list[tuple[int, int]]:
    """(start, length) of each line of ``text`` wrapped at ``width`` with no line starting
    with "။" or "၊" (unless one syllable with its mark is wider than the line)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        following = _next_visible(text, start + length)
        if following < len(text) and text[following] in MARKS and start + length > start:
            cut = _previous_break(text, start, start + length, font, width)
            if cut > start:
                line.setNumColumns(cut - start)
                length = line.textLength()
        lines.append((start, length))
    layout.endLayout()
    return lines


class ScriptLabel(QLabel):
    """A QLabel whose word-wrapped plain text keeps Burmese marks with their words."""

    def _needs_care(self) -> bool:
        text = self.text()
        return self.wordWrap() and any(m in text for m in MARKS) and "<" not in text

    def heightForWidth(self, width: int) -> int:
        if not self._needs_care():
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.margin()
        lines = wrap_lines(self.text(), self.font(), max(1, inner))
        return len(lines) * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._needs_care():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        rect = QRectF(self.contentsRect()).adjusted(
            self.margin(), self.margin(), -self.margin(), -self.margin()
        )
        text = self.text()
        spacing = self.fontMetrics().lineSpacing()
        lines = wrap_lines(text, self.font(), rect.width())
        top = rect.top()
        if self.alignment() & Qt.AlignmentFlag.AlignVCenter:
            top += max(0.0, (rect.height() - len(lines) * spacing) / 2)
        for index, (start, length) in enumerate(lines):
            line_rect = QRectF(rect.left(), top + index * spacing, rect.width(), spacing)
            painter.drawText(
                line_rect,
                int(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask)
                | int(Qt.AlignmentFlag.AlignVCenter),
                text[start : start + length].strip(),
            )
        painter.end()


def script_label(text: str = "", parent: QWidget | None = None) -> ScriptLabel:
    label = ScriptLabel(text, parent)
    label.setWordWrap(True)
    return label
