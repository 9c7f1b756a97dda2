"""Reading the lists CSOs keep in Excel: XLSX workbooks and CSV/text files, as plain strings.

Real lists are messy: a title row above the header, merged cells (one "Area" written over a
block of rows), empty rows between blocks, CSV files from Excel in UTF-8 (with or without a
byte-order mark) or, from "Save as Unicode text", UTF-16 with tabs. This module turns all of
them into a :class:`Sheet`: a header and data rows of strings, each row with its row number in
the file so a person can find it. Nothing here is logged: the cells hold personal data.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.errors import SaphanError

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv")
# Rows read to find the header: title blocks are never longer than this.
HEADER_SEARCH_ROWS = 30


class ImportFileProblem(SaphanError):
    """The file cannot be read as a list of people. ``reason`` is a code the UI words:
    ``unsupported_format`` (e.g. an old .xls), ``cannot_read``, ``no_sheet``, ``no_header``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Sheet:
    """One table of a file: the header's cells and the non-empty data rows below it.

    ``row_numbers[i]`` is the spreadsheet row number (1-based, as Excel shows it) of
    ``rows[i]``. Every row has exactly ``len(header)`` cells.
    """

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    header_row: int

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty values of a column, to show next to its header."""
        found: list[str] = []
        for row in self.rows:
            if row[column] and row[column] not in found:
                found.append(row[column])
                if len(found) == count:
                    break
        return found


def column_letter(index: int) -> str:
    """Excel's name of a 0-based column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_text(value: Any) -> str:
    """A cell's value as the text a person would see. Real dates become ISO dates, whole
    numbers lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return " ".join(str(value).replace("\u00a0", " ").split())


def list_sheets(path: Path) -> list[str]:
    """The names of the tables in a file: every worksheet of a workbook, one for a CSV."""
    suffix = _suffix(path)
    if suffix not in (".xlsx", ".xlsm"):
        return [path.stem]
    workbook = _load_workbook(path, read_only=True)
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def read_sheet(path: Path, sheet: str | None = None, header_row: int | None = None) -> Sheet:
    """Read one table (the first sheet by default). The header is the first row with at least
    two non-empty cells unless ``header_row`` (1-based) says otherwise."""
    suffix = _suffix(path)
    if suffix in (".xlsx", ".xlsm"):
        name, grid, filled = _read_xlsx(path, sheet)
    else:
        name, grid = path.stem, _read_text(path)
        filled = grid
    return _table(name, grid, filled, header_row)


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFileProblem("unsupported_format")
    return suffix


def _load_workbook(path: Path, *, read_only: bool) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=read_only, data_only=True)
    except FileNotFoundError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileProblem("cannot_read") from exc


def _read_xlsx(path: Path, sheet: str | None) -> tuple[str, list[list[Any]], list[list[Any]]]:
    """The raw grid and the grid with merged ranges filled in. Merged ranges are only known
    to openpyxl's normal (not read-only) mode; the lists CSOs keep are small enough for it."""
    workbook = _load_workbook(path, read_only=False)
    try:
        if sheet is None:
            ws = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            ws = workbook[sheet]
        else:
            raise ImportFileProblem("no_sheet")
        raw = [list(row) for row in ws.iter_rows(values_only=True)]
        filled = [list(row) for row in raw]
        for merged in ws.merged_cells.ranges:
            value = ws.cell(merged.min_row, merged.min_col).value
            for r in range(merged.min_row - 1, min(merged.max_row, len(filled))):
                row = filled[r]
                for c in range(merged.min_col - 1, merged.max_col):
                    if c < len(row):
                        row[c] = value
        return ws.title, raw, filled
    finally:
        workbook.close()


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    # UTF-16 without a byte-order mark: every other byte of Latin text is zero.
    if len(data) >= 4 and data[1] == 0 and data[3] == 0:
        return data.decode("utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Thai Windows' own code page, the other encoding Excel writes here.
        return data.decode("cp874", errors="replace")


def _read_text(path: Path) -> list[list[Any]]:
    try:
        text = _decode(path.read_bytes())
    except FileNotFoundError:
        raise
    except (OSError, UnicodeError) as exc:
        raise ImportFileProblem("cannot_read") from exc
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if "\t" in sample else csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]


def _table(
    name: str, raw: list[list[Any]], filled: list[list[Any]], header_row: int | None
) -> Sheet:
    raw_text = [[cell_text(v) for v in row] for row in raw]
    if header_row is None:
        # Title rows ("Beneficiary list 2024", even merged across the table) have one value.
        header_row = next(
            (
                i + 1
                for i, row in enumerate(raw_text[:HEADER_SEARCH_ROWS])
                if sum(map(bool, row)) >= 2
            ),
            0,
        )
    if not 1 <= header_row <= len(raw_text):
        raise ImportFileProblem("no_header")
    header = raw_text[header_row - 1]
    data_rows: list[tuple[int, list[str]]] = []
    for index in range(header_row, len(raw_text)):
        if not any(raw_text[index]):
            continue  # an empty row, even if a merged block runs through it
        data_rows.append((index + 1, [cell_text(v) for v in filled[index]]))
    width = max([len(header)] + [len(row) for _, row in data_rows])
    # Trailing columns with neither a header nor any value are not part of the table.
    while width and not (
        (width <= len(header) and header[width - 1])
        or any(width <= len(row) and row[width - 1] for _, row in data_rows)
    ):
        width -= 1
    if width < 1:
        raise ImportFileProblem("no_header")

    def padded(cells: list[str]) -> tuple[str, ...]:
        return tuple(cells[:width] + [""] * (width - len(cells)))

    return Sheet(
        name=name,
        header=padded(header),
        rows=tuple(padded(cells) for _, cells in data_rows),
        row_numbers=tuple(number for number, _ in data_rows),
        header_row=header_row,
    )


__all__ = [
    "ImportFileProblem",
    "Sheet",
    "cell_text",
    "column_letter",
    "list_sheets",
    "read_sheet",
]
