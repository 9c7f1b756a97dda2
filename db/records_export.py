"""Export of the CSO's own beneficiary list to a spreadsheet (admin only).

This file is personal data that stays with the CSO: it is the CSO's own register, for its own
office work, never something that is shared with the network (that is what aggregate counts are
for). The export is written atomically, so a full disk never leaves half a file, and the audit
trail records that it happened and how many people it held, never who.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db import access, custom_fields
from db.custom_fields import CustomField, Entity, Kind
from db.errors import StorageProblem, ValidationFailed
from db.keys import write_atomically
from db.models import Attendance, User
from db.models import Beneficiary as B
from db.models import Programme as ProgrammeRow
from db.models import Session as ActivitySession
from db.permissions import Permission
from db.store import Store
from db.text_safety import csv_row, xlsx_value
from db.types import WG_DOMAINS, age_on

SUFFIXES = (".csv", ".xlsx")

_SEX = {"female": "Female", "male": "Male", "other": "Other"}
_NATIONALITY = {"myanmar": "Myanmar", "thai": "Thai", "stateless": "Stateless", "other": "Other"}
_POPULATION_GROUP = {
    "new_arrival": "New arrival",
    "long_term_migrant": "Long-term migrant",
    "host_community": "Host community",
}
_DOCUMENTATION = {
    "none": "None",
    "pink_card": "Pink card",
    "passport_visa": "Passport and visa",
    "border_pass": "Border pass",
    "thai_id": "Thai ID card",
    "g_code": "G-code",
    "other": "Other",
}
_LANGUAGE = {"my": "Burmese", "ksw": "S'gaw Karen", "th": "Thai", "en": "English"}
_WG_ANSWER = {1: "No difficulty", 2: "Some difficulty", 3: "A lot of difficulty", 4: "Cannot do"}
_STATUS = {"active": "Active", "closed": "Closed"}

HEADER: tuple[str, ...] = (
    "Code",
    "Name (Latin script)",
    "Name (own script)",
    "Sex",
    "Date of birth",
    "Birth date estimated",
    "Age",
    "Nationality",
    "Population group",
    "Documentation",
    "Phone",
    "Area",
    "Language",
    *(f"Difficulty {domain}" for domain in WG_DOMAINS),
    "Disability (Washington Group)",
    "Consent date",
    "Consent: services",
    "Consent: referral",
    "Consent: data use",
    "Consent recorded by",
    "Status",
    "Closed reason",
    "Sessions attended",
    "Programmes",
    "Notes",
    "Registered on",
    "Last updated",
)


def _yes(value: bool) -> str:
    return "Yes" if value else "No"


def _custom_cell(f: CustomField, stored: str | None) -> Any:
    """A custom field's value in the export: a choice by its English label, yes/no as words,
    dates and numbers as themselves (so a spreadsheet sorts them)."""
    if stored is None or stored == "":
        return ""
    if f.kind in (Kind.CHOICE, Kind.YES_NO):
        return custom_fields.shown(f, stored, "en")
    return custom_fields.typed(f, stored)


def header_for(fields: Sequence[CustomField]) -> tuple[str, ...]:
    """The export's columns: Saphan's own, then one per custom field of people (its English
    label; the import maps a column back by that label)."""
    return (*HEADER, *(f.label("en") for f in fields))


def _rows(store: Store, today: dt.date, fields: Sequence[CustomField] = ()) -> list[list[Any]]:
    recorder = select(User.id, User.full_name).subquery()
    people = (
        select(B, recorder.c.full_name.label("recorded_by"))
        .outerjoin(recorder, recorder.c.id == B.consent_recorded_by)
        .where(B.deleted_at.is_(None), access.full_people(store))
        .order_by(B.code)
    )
    live_sessions = ActivitySession.deleted_at.is_(None)
    attended = (
        select(Attendance.beneficiary_id, func.count())
        .join(ActivitySession, ActivitySession.id == Attendance.session_id)
        .where(live_sessions)
        .group_by(Attendance.beneficiary_id)
    )
    programmes = (
        select(Attendance.beneficiary_id, ProgrammeRow.name)
        .join(ActivitySession, ActivitySession.id == Attendance.session_id)
        .join(ProgrammeRow, ProgrammeRow.id == ActivitySession.programme_id)
        .where(live_sessions)
        .distinct()
        .order_by(Attendance.beneficiary_id, ProgrammeRow.name)
    )
    with store.read() as session:
        sessions_count = {pid: int(n) for pid, n in session.execute(attended)}
        programme_names: dict[int, list[str]] = defaultdict(list)
        for pid, name in session.execute(programmes):
            programme_names[pid].append(name)
        found = session.execute(people).all()
        values = custom_fields.stored_values(session, Entity.PERSON, [b.id for b, _r in found])
        rows: list[list[Any]] = []
        for b, recorded_by in found:
            mine = values.get(b.id, {})
            wg = [getattr(b, f"wg_{d}") for d in WG_DOMAINS]
            rows.append(
                [
                    b.code,
                    b.name_latin,
                    b.name_script,
                    _SEX.get(b.sex, b.sex),
                    b.birth_date if not b.birth_date_estimated else b.birth_date.year,
                    _yes(b.birth_date_estimated),
                    age_on(b.birth_date, today),
                    _NATIONALITY.get(b.nationality, b.nationality),
                    _POPULATION_GROUP.get(b.population_group, b.population_group),
                    _DOCUMENTATION.get(b.documentation, b.documentation),
                    b.phone,
                    b.area,
                    _LANGUAGE.get(b.language, b.language),
                    *(_WG_ANSWER.get(a, "") if a is not None else "" for a in wg),
                    _yes(b.has_disability),
                    b.consent_date,
                    _yes(b.consent_services),
                    _yes(b.consent_referral),
                    _yes(b.consent_data_use),
                    recorded_by or "",
                    _STATUS.get(b.status, b.status),
                    b.closed_reason,
                    sessions_count.get(b.id, 0),
                    "; ".join(programme_names.get(b.id, ())),
                    b.notes,
                    b.created_at.date(),
                    b.updated_at.date(),
                    *(_custom_cell(f, mine.get(f.code)) for f in fields),
                ]
            )
    return rows


def _csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_row(header))
    for row in rows:
        # Text that starts like a formula is neutralised (see db.text_safety).
        writer.writerow(csv_row(v.isoformat() if isinstance(v, dt.date) else v for v in row))
    # The byte-order mark makes Excel read the file as UTF-8, so Burmese and Thai names show.
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx_bytes(header_row: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("People")
    sheet.freeze_panes = "C2"
    bold = Font(bold=True)
    header = []
    for title in header_row:
        # A custom field's label is the admin's text: never a formula either.
        safe = xlsx_value(sheet, title)
        cell = WriteOnlyCell(sheet, value=safe) if isinstance(safe, str) else safe
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        cells: list[Any] = []
        for value in row:
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=dt.datetime.combine(value, dt.time()))
                cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            else:
                # Never a formula, and no character XML cannot hold (db.text_safety).
                cells.append(xlsx_value(sheet, value))
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _storage_problem(exc: OSError) -> StorageProblem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageProblem("disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageProblem("read_only")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageProblem("no_folder")
    return StorageProblem("cannot_write")


def export_records(store: Store, out: Path, today: dt.date | None = None) -> int:
    """Write every live beneficiary record to ``out`` (``.csv`` or ``.xlsx``, by suffix) with
    a header row, and return how many people it holds.

    Those with the export permission (admin, supervisor) only, and only people they see in
    full (db.access). The file is written atomically; on a full or read-only disk nothing is left
    behind and :class:`StorageProblem` is raised. The audit trail records the export and its
    count, never names.
    """
    store.require(Permission.PEOPLE_EXPORT)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationFailed({"format": "csv_or_xlsx"})
    # Every custom field of people, deactivated ones too: their values are still held.
    fields = custom_fields.list_fields(store, Entity.PERSON, include_inactive=True)
    rows = _rows(store, today or dt.date.today(), fields)
    header = header_for(fields)
    data = _csv_bytes(header, rows) if suffix == ".csv" else _xlsx_bytes(header, rows)
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise _storage_problem(exc) from exc
    try:
        with store.write() as session:
            store.audit(session, "export", "people", None, f"count={len(rows)} format={suffix[1:]}")
    except BaseException:
        # An export that cannot be audited must not exist.
        out.unlink(missing_ok=True)
        raise
    return len(rows)


__all__ = ["HEADER", "SUFFIXES", "export_records", "header_for"]
