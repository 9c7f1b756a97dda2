"""Characters no Saphan text may hold, and text made safe for the files Saphan writes.

Two defences, both here so that every reader and writer agrees on the same characters:

* **Input.** Control characters (C0 and C1, e.g. U+000B, which Word puts in a pasted line
  break) are refused wherever text is saved (:mod:`db.validation` words the refusal). Only in
  a single-line field are a tab or a line break harmless: they become a space. Multi-line notes
  keep their line breaks and tabs.
* **Output.** Every writer makes text safe anyway, because a database written before the
  check may already hold such characters: XML (``.xlsx``, ``.docx``) cannot hold most C0
  controls (openpyxl and python-docx refuse them with an exception), and a spreadsheet runs a
  text cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (``=HYPERLINK(...)``).

Format characters are ordinary text: Burmese and Thai need the zero-width space (U+200B),
non-joiner (U+200C) and joiner (U+200D), so they are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# C0 controls except tab, line feed and carriage return; DEL and the C1 controls; lone
# surrogates (from a JSON "\ud800" or undecodable bytes); U+FFFE and U+FFFF (not characters).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# What a single-line field turns into a space: tab, line breaks and Unicode line separators.
_LINE_BREAK = re.compile("\r\n|[\t\n\r\u2028\u2029]")
_CARRIAGE_RETURN = re.compile("\r\n?")


# The problem code of a text that holds a control character (db.validation, directory.network).
CONTROL_CHARACTER = "control_character"


def has_control_character(text: str) -> bool:
    """Whether ``text`` holds a character no saved text may hold (tab and line breaks are
    allowed here: a single-line field turns them into spaces with :func:`one_line`)."""
    return _FORBIDDEN.search(text) is not None


def one_line(text: str) -> str:
    """Tabs and line breaks (e.g. of a spreadsheet cell or a pasted paragraph) as spaces."""
    return _LINE_BREAK.sub(" ", text)


def multi_line(text: str) -> str:
    """Windows and old Mac line breaks as ``\\n``; tabs and ``\\n`` stay."""
    return _CARRIAGE_RETURN.sub("\n", text)


def xml_safe(text: str) -> str:
    """``text`` with every forbidden character replaced by a space, so that XML writers
    (openpyxl, python-docx) accept it. Tabs, line breaks and format characters stay."""
    return _FORBIDDEN.sub(" ", text)


# A cell that starts like a formula is run by a spreadsheet when the file is opened. Phone
# numbers such as "+66 81 234 5678" are data, not formulas, so they are left alone: made only
# of digits and these signs they cannot call a function or another program.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE_CHARS = frozenset("+0123456789 -()./")


def neutralise_formula(text: str) -> str:
    """Text that a spreadsheet would read as a formula, with an apostrophe in front (shown as
    text by Excel and LibreOffice); any other text unchanged."""
    if text.startswith(FORMULA_START) and not set(text) <= _PHONE_CHARS:
        return "'" + text
    return text


def csv_value(value: Any) -> Any:
    """A value for a CSV cell: text made XML-safe and neutralised, numbers left numbers."""
    if isinstance(value, str):
        return neutralise_formula(xml_safe(value))
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    """A row for ``csv.writer``: see :func:`csv_value`."""
    return [csv_value(v) for v in values]


def xlsx_value(sheet: Any, value: Any) -> Any:
    """A value (or a cell) for ``sheet.append``: text without the characters XML cannot hold,
    and never a formula. Numbers, dates and cells are left as they are.

    In a workbook a text cell is never run, whatever it starts with; openpyxl only turns text
    that starts with "=" into a formula cell, so such text is written as an explicit text cell.
    """
    if not isinstance(value, str):
        return value
    text = xml_safe(value)
    if not text.startswith("="):
        return text
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def xlsx_row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """A row for ``sheet.append``: see :func:`xlsx_value`."""
    return [xlsx_value(sheet, v) for v in values]


__all__ = [
    "FORMULA_START",
    "csv_row",
    "csv_value",
    "has_control_character",
    "multi_line",
    "neutralise_formula",
    "one_line",
    "xlsx_row",
    "xlsx_value",
    "xml_safe",
]
