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
import struct
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from db.errors import SaphanError

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv")
# Rows read to find the header: title blocks are never longer than this.
HEADER_SEARCH_ROWS = 30
# What the CSV dialect is guessed from: csv.Sniffer's patterns take time that grows with the
# square of a line that has no closing quote, so it sees at most this many characters.
SNIFF_CHARS = 4 * 1024

# Bounds, far above any list of people a CSO keeps, so that a damaged or hostile file is
# refused (``too_large``) before it takes minutes or gigabytes to read.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELLS = 2_000_000  # rows x columns of a table, cells of a workbook, merged cells
MAX_LINE_CHARS = 1024 * 1024  # one line of a text file
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # a workbook's parts, as declared in its zip
MAX_RATIO = 250  # unpacked / packed size of a part: XML packs 10-100 times, zip bombs 1000
MAX_ZIP_DIRECTORY = 1024 * 1024  # the zip's list of parts (a few dozen parts in a workbook)
# openpyxl matches every single-cell hyperlink against every merged range.
MAX_LINKS_TIMES_MERGES = 1_000_000


class ImportFileProblem(SaphanError):
    """The file cannot be read as a list of people. ``reason`` is a code the UI words:
    ``unsupported_format`` (e.g. an old .xls), ``cannot_read``, ``no_sheet``, ``no_header``,
    ``too_large`` (beyond the bounds above)."""

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

    _check_workbook(path)
    try:
        return load_workbook(path, read_only=read_only, data_only=True)
    except (FileNotFoundError, MemoryError):
        raise
    except Exception as exc:  # openpyxl meets a damaged file with any kind of exception
        raise ImportFileProblem("cannot_read") from exc


def _check_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ImportFileProblem("cannot_read") from exc
    if size > MAX_FILE_BYTES:
        raise ImportFileProblem("too_large")
    return size


def _zip_directory_size(file: IO[bytes], size: int) -> int:
    """The size of a zip's central directory, from its end record (what zipfile reads whole
    into memory before anything else). 0 when there is no end record."""
    tail_size = min(size, 22 + 0xFFFF)
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return 0
    entries, directory_size = struct.unpack_from("<HI", tail, at + 10)
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF:  # zip64: no workbook is that big
        return MAX_ZIP_DIRECTORY + 1
    return int(directory_size)


@dataclass
class _WorkbookScan:
    """What openpyxl will make of a workbook's XML, counted without building it."""

    cells: int = 0
    merged_cells: int = 0
    merges: int = 0
    links: int = 0
    linked_cells: int = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = name.rpartition(" ")[2]
        if tag == "c":
            self.cells += 1
        elif tag == "mergeCell":
            self.merges += 1
            self.merged_cells += _range_cells(attributes.get("ref", ""))
        elif tag == "hyperlink":
            self.links += 1
            self.linked_cells += _range_cells(attributes.get("ref", ""))
        else:
            return
        if (
            max(self.cells, self.merged_cells, self.linked_cells) > MAX_CELLS
            or self.links * self.merges > MAX_LINKS_TIMES_MERGES
        ):
            raise ImportFileProblem("too_large")


def _range_cells(ref: str) -> int:
    """How many cells openpyxl makes for a range such as ``A1:C9`` (merged cells and
    hyperlinked ranges are filled cell by cell)."""
    from openpyxl.utils.cell import range_boundaries

    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return 1
    columns = (max_col or 16_384) - (min_col or 1) + 1
    rows = (max_row or 1_048_576) - (min_row or 1) + 1
    return max(columns, 1) * max(rows, 1)


def check_workbook(path: Path) -> None:
    """Raise :class:`ImportFileProblem` (``too_large``, ``cannot_read``) for a workbook that
    openpyxl should not be given: the bounds every reader of an untrusted .xlsx checks first
    (people lists here, instrument forms in db.instruments.xlsform)."""
    _check_workbook(path)


def _check_workbook(path: Path) -> None:
    """Refuse a workbook openpyxl would need minutes or gigabytes to load: too large, a zip
    bomb, a huge zip directory, or ranges it fills cell by cell (``A1:XFD1048576``, a few bytes
    of XML, would make 17 billion cells). Linear in the size of the parts."""
    size = _check_size(path)
    scan = _WorkbookScan()
    try:
        with open(path, "rb") as file:
            if _zip_directory_size(file, size) > MAX_ZIP_DIRECTORY:
                raise ImportFileProblem("too_large")
            file.seek(0)
            with zipfile.ZipFile(file) as archive:
                members = archive.infolist()
                if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES or any(
                    m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * m.compress_size
                    for m in members
                ):
                    raise ImportFileProblem("too_large")
                for member in members:
                    _scan_xml(archive, member, scan)
    except (FileNotFoundError, ImportFileProblem, MemoryError):
        raise
    except Exception as exc:  # zipfile meets a damaged file with many kinds of exception
        raise ImportFileProblem("cannot_read") from exc


def _scan_xml(archive: zipfile.ZipFile, member: zipfile.ZipInfo, scan: _WorkbookScan) -> None:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = scan.start
    try:
        with archive.open(member) as part:
            while chunk := part.read(256 * 1024):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError:
        pass  # not XML (a picture) or broken XML: counted up to there; openpyxl decides


def _read_xlsx(path: Path, sheet: str | None) -> tuple[str, list[list[Any]], list[list[Any]]]:
    """The raw grid and the grid with merged ranges filled in. Merged ranges are only known
    to openpyxl's normal (not read-only) mode; the lists CSOs keep are small enough for it."""
    workbook = _load_workbook(path, read_only=False)
    try:
        # Worksheets only: a chart sheet has no cells, and a damaged file may have no sheet.
        ws = next((w for w in workbook.worksheets if sheet in (None, w.title)), None)
        if ws is None:
            raise ImportFileProblem("no_sheet")
        # Rows and columns as far as the last cell, even an empty one that only has a style.
        if (
            ws.max_row > MAX_ROWS
            or ws.max_column > MAX_COLUMNS
            or ws.max_row * ws.max_column > MAX_CELLS
        ):
            raise ImportFileProblem("too_large")
        raw = [list(row) for row in ws.iter_rows(values_only=True)]
        filled = [list(row) for row in raw]
        for merged in ws.merged_cells.ranges:
            value = ws.cell(merged.min_row, merged.min_col).value
            for r in range(merged.min_row - 1, min(merged.max_row, len(filled))):
                row = filled[r]
                for c in range(merged.min_col - 1, min(merged.max_col, len(row))):
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
    _check_size(path)
    try:
        text = _decode(path.read_bytes())
    except FileNotFoundError:
        raise
    except (OSError, UnicodeError) as exc:
        raise ImportFileProblem("cannot_read") from exc
    sample = _sample(text)
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if "\t" in sample else csv.excel
    rows: list[list[Any]] = []
    try:
        for row in csv.reader(_bounded_lines(io.StringIO(text, newline="")), dialect):
            width = _filled_width(row)  # trailing empty cells (",,,,") are no columns
            if len(rows) >= MAX_ROWS or width > MAX_COLUMNS:
                raise ImportFileProblem("too_large")
            rows.append(row[:width])
    except csv.Error as exc:  # e.g. a cell longer than csv.field_size_limit()
        raise ImportFileProblem("cannot_read") from exc
    return rows


def _sample(text: str) -> str:
    """The first lines of the text, whole, within SNIFF_CHARS characters (the first line cut
    to that length if it is longer)."""
    lines = text[:SNIFF_CHARS].splitlines()
    if len(text) > SNIFF_CHARS and len(lines) > 1:
        lines.pop()  # perhaps cut
    return "\n".join(lines[:HEADER_SEARCH_ROWS])


def _bounded_lines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        if len(line) > MAX_LINE_CHARS:
            raise ImportFileProblem("too_large")
        yield line


def _filled_width(cells: list[str]) -> int:
    """The number of cells up to the last non-empty one."""
    width = len(cells)
    while width and not cells[width - 1]:
        width -= 1
    return width


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
    # Trailing columns with neither a header nor any value are not part of the table.
    width = max(_filled_width(row) for row in [header] + [row for _, row in data_rows])
    if width < 1:
        raise ImportFileProblem("no_header")
    if width > MAX_COLUMNS or len(data_rows) > MAX_ROWS or width * len(data_rows) > MAX_CELLS:
        raise ImportFileProblem("too_large")

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
    "check_workbook",
    "column_letter",
    "list_sheets",
    "read_sheet",
]
