"""The CSO's own activity report, for a spreadsheet (no Qt: used by ``saphan report`` too).

Per programme and month: unique people reached that month with their disaggregations, sessions
held and referrals made; then per programme one *cumulative* row — unique people over the
whole range, which is NOT the sum of the months (someone who came in two months counts once).
These are internal, unsuppressed counts: small numbers are shown as they are."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from db import counting, programmes
from db.errors import StorageProblem, ValidationFailed
from db.keys import write_atomically
from db.store import Store
from db.text_safety import csv_row, xlsx_row

SUFFIXES = (".csv", ".xlsx")
SEXES = ("female", "male", "other")
COARSE = ("0-17", "18-59", "60+")
CHILD_BANDS = ("0-4", "5-11", "12-17")
GROUPS = ("new_arrival", "long_term_migrant", "host_community")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

HEADER: tuple[str, ...] = (
    "Programme code",
    "Programme",
    "Period",
    "People reached",
    "Female",
    "Male",
    "Other sex",
    *[f"{sex.capitalize()} {band}" for sex in SEXES for band in COARSE],
    *[f"Children {band}" for band in CHILD_BANDS],
    "New arrivals",
    "Long-term migrants",
    "Host community",
    "With disability",
    "Sessions held",
    "Referrals made",
)


def parse_month(text: str, field: str) -> tuple[int, int]:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationFailed({field: "month_format"})
    return int(match.group(1)), int(match.group(2))


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first_next - dt.timedelta(days=1)


def _months(start: tuple[int, int], end: tuple[int, int]) -> list[str]:
    out = []
    year, month = start
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _numbers(cells: Iterable[counting.ReachCell]) -> list[int]:
    """People reached and the disaggregations for the cells of ONE programme and period."""
    cells = list(cells)

    def count(predicate) -> int:  # type: ignore[no-untyped-def]
        return sum(c.people for c in cells if predicate(c))

    return [
        count(lambda c: True),
        *[count(lambda c, s=s: c.sex.value == s) for s in SEXES],
        *[
            count(lambda c, s=s, b=b: c.sex.value == s and c.coarse_age_band == b)
            for s in SEXES
            for b in COARSE
        ],
        *[count(lambda c, b=b: c.age_band == b) for b in CHILD_BANDS],
        *[count(lambda c, g=g: c.population_group.value == g) for g in GROUPS],
        count(lambda c: c.disability),
    ]


def report_rows(store: Store, start_month: str, end_month: str) -> list[list[object]]:
    """The report's rows (without the header), programme by programme."""
    start_ym = parse_month(start_month, "from")
    end_ym = parse_month(end_month, "to")
    if end_ym < start_ym:
        raise ValidationFailed({"to": "before_from"})
    start = dt.date(*start_ym, 1)
    end = _month_end(*end_ym)
    months = _months(start_ym, end_ym)
    monthly = counting.people_reached(store, start, end, monthly=True)
    cumulative = counting.people_reached(store, start, end)
    sessions_monthly = counting.sessions_held(store, start, end, monthly=True)
    sessions_total = counting.sessions_held(store, start, end)
    referrals_monthly = counting.referrals_made(store, start, end, monthly=True)
    referrals_total = counting.referrals_made(store, start, end)
    by_cell: dict[tuple[int, str], list[counting.ReachCell]] = {}
    for cell in [*monthly, *cumulative]:
        by_cell.setdefault((cell.programme_id, cell.period), []).append(cell)

    rows: list[list[object]] = []
    cumulative_label = f"Cumulative {months[0]} to {months[-1]}"
    for p in programmes.list_programmes(store, include_inactive=True):
        for period in [*months, counting.CUMULATIVE]:
            cells = by_cell.get((p.id, period), [])
            sessions = (sessions_total if period == counting.CUMULATIVE else sessions_monthly).get(
                (p.id, period), 0
            )
            made = (referrals_total if period == counting.CUMULATIVE else referrals_monthly).get(
                (p.id, period), 0
            )
            label = cumulative_label if period == counting.CUMULATIVE else period
            rows.append([p.code, p.name, label, *_numbers(cells), sessions, made])
    # Referrals not tied to a programme still count as referrals made.
    loose = referrals_total.get((None, counting.CUMULATIVE), 0)
    if loose:
        blank = [0] * (len(HEADER) - 5)
        for month in months:
            made = referrals_monthly.get((None, month), 0)
            rows.append(["", "No programme", month, *blank, 0, made])
        rows.append(["", "No programme", cumulative_label, *blank, 0, loose])
    return rows


def _csv_bytes(rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    # Programme names are text a person typed: one starting with "=" is not run as a formula.
    writer.writerows(csv_row(row) for row in rows)
    return buffer.getvalue().encode("utf-8-sig")  # Excel reads the BOM as UTF-8


def _xlsx_bytes(rows: Sequence[Sequence[object]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook starts with one plain worksheet
    sheet.title = "Activity"
    sheet.append(list(HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(xlsx_row(sheet, row))
        if str(row[2]).startswith("Cumulative"):
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "D2"
    sheet.column_dimensions["B"].width = 40
    sheet.column_dimensions["C"].width = 30
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_report(store: Store, start_month: str, end_month: str, out: Path) -> int:
    """Write the report for ``start_month``..``end_month`` ("YYYY-MM") to ``out`` (.csv or
    .xlsx, by suffix), atomically. Returns the number of rows under the header."""
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationFailed({"format": "csv_or_xlsx"})
    rows = report_rows(store, start_month, end_month)
    data = _csv_bytes(rows) if suffix == ".csv" else _xlsx_bytes(rows)
    try:
        write_atomically(out, data)
    except FileNotFoundError as exc:
        raise StorageProblem("no_folder") from exc
    except PermissionError as exc:
        raise StorageProblem("read_only") from exc
    except OSError as exc:
        raise StorageProblem("cannot_write") from exc
    return len(rows)
