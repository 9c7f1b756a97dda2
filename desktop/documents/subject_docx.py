"""The subject access document: what the CSO holds about one person, as a Word document in the
PERSON's language (Burmese, Thai or English; S'gaw Karen readers get Burmese).

The words are the app's own translations (``resources/i18n``, context ``SubjectExport``), read
through a QTranslator of the person's language that is never installed: the app's interface
stays in the user's language, and the command line needs no application object (QtCore only).
The rows come from :mod:`db.subject`; this module only lays them out: a title, one heading per
section, tables, dates written out in the person's language, and every run's fonts set per
script (:mod:`desktop.documents.docx_fonts`), so Burmese and Thai print in Word and LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from db import subject
from db.store import Store
from desktop.documents.docx_dates import format_date
from desktop.documents.docx_fonts import LANGUAGE_SCRIPT, Script, add_text, set_document_fonts
from desktop.i18n import QT_TRANSLATE_NOOP, SaphanTranslator, qm_path

CONTEXT = "SubjectExport"
DOCUMENT_LANGUAGES = ("en", "my", "th")

BODY_PT = 10
SMALL_PT = 9
TITLE_PT = 16
HEADING_PT = 13
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x55, 0x55, 0x55)
HEADER_FILL = "D9E2F3"
TEXT_WIDTH_CM = 17.0  # A4 with 2 cm margins

HEADINGS: dict[str, str] = {
    "profile": QT_TRANSLATE_NOOP("SubjectExport", "About the person"),
    "custom_fields": QT_TRANSLATE_NOOP("SubjectExport", "Other details"),
    "changes": QT_TRANSLATE_NOOP("SubjectExport", "Corrections to the record"),
    "consent": QT_TRANSLATE_NOOP("SubjectExport", "Consent"),
    "consent_history": QT_TRANSLATE_NOOP("SubjectExport", "Consent given and withdrawn"),
    "cases": QT_TRANSLATE_NOOP("SubjectExport", "Cases and plans"),
    "sessions": QT_TRANSLATE_NOOP("SubjectExport", "Sessions attended"),
    "assessments": QT_TRANSLATE_NOOP("SubjectExport", "Wellbeing assessments"),
    "referrals": QT_TRANSLATE_NOOP("SubjectExport", "Referrals"),
    "received_referrals": QT_TRANSLATE_NOOP("SubjectExport", "Referrals from other organisations"),
    "participant_notes": QT_TRANSLATE_NOOP("SubjectExport", "Notes from group sessions"),
    "projects": QT_TRANSLATE_NOOP("SubjectExport", "Projects"),
    "counted": QT_TRANSLATE_NOOP("SubjectExport", "Counted in the network's figures (no name)"),
    "audit": QT_TRANSLATE_NOOP("SubjectExport", "Who looked at or changed this record"),
}

YES = QT_TRANSLATE_NOOP("SubjectExport", "Yes")
NO = QT_TRANSLATE_NOOP("SubjectExport", "No")

VALUES: dict[str, str] = {
    # sex
    "female": QT_TRANSLATE_NOOP("SubjectExport", "Female"),
    "male": QT_TRANSLATE_NOOP("SubjectExport", "Male"),
    "other": QT_TRANSLATE_NOOP("SubjectExport", "Other"),
    # nationality
    "myanmar": QT_TRANSLATE_NOOP("SubjectExport", "Myanmar"),
    "thai": QT_TRANSLATE_NOOP("SubjectExport", "Thai"),
    "stateless": QT_TRANSLATE_NOOP("SubjectExport", "Stateless"),
    # population group
    "new_arrival": QT_TRANSLATE_NOOP("SubjectExport", "New arrival"),
    "long_term_migrant": QT_TRANSLATE_NOOP("SubjectExport", "Long-term migrant"),
    "host_community": QT_TRANSLATE_NOOP("SubjectExport", "Host community"),
    # documentation
    "none": QT_TRANSLATE_NOOP("SubjectExport", "No documents"),
    "pink_card": QT_TRANSLATE_NOOP("SubjectExport", "Pink card"),
    "passport_visa": QT_TRANSLATE_NOOP("SubjectExport", "Passport and visa"),
    "border_pass": QT_TRANSLATE_NOOP("SubjectExport", "Border pass"),
    "thai_id": QT_TRANSLATE_NOOP("SubjectExport", "Thai ID card"),
    "g_code": QT_TRANSLATE_NOOP("SubjectExport", "G-code"),
    # status of the record, of a case, of a goal, of a project
    "active": QT_TRANSLATE_NOOP("SubjectExport", "Active"),
    "closed": QT_TRANSLATE_NOOP("SubjectExport", "Closed"),
    "open": QT_TRANSLATE_NOOP("SubjectExport", "Open"),
    "on_hold": QT_TRANSLATE_NOOP("SubjectExport", "On hold"),
    "achieved": QT_TRANSLATE_NOOP("SubjectExport", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("SubjectExport", "Dropped"),
    "planned": QT_TRANSLATE_NOOP("SubjectExport", "Planned"),
    "completed": QT_TRANSLATE_NOOP("SubjectExport", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("SubjectExport", "Cancelled"),
    # service lines
    "mhpss": QT_TRANSLATE_NOOP("SubjectExport", "MHPSS"),
    "protection": QT_TRANSLATE_NOOP("SubjectExport", "Protection"),
    # consent scopes
    "services": QT_TRANSLATE_NOOP("SubjectExport", "Services"),
    "referral": QT_TRANSLATE_NOOP("SubjectExport", "Referral to other services"),
    "data_use": QT_TRANSLATE_NOOP("SubjectExport", "Counted in anonymous figures"),
    "verbal": QT_TRANSLATE_NOOP("SubjectExport", "Spoken"),
    "signed_form": QT_TRANSLATE_NOOP("SubjectExport", "Signed form"),
    # kinds of session
    "individual": QT_TRANSLATE_NOOP("SubjectExport", "Individual"),
    "group": QT_TRANSLATE_NOOP("SubjectExport", "Group"),
    "counselling": QT_TRANSLATE_NOOP("SubjectExport", "Counselling"),
    "pfa": QT_TRANSLATE_NOOP("SubjectExport", "Psychological first aid"),
    "case_follow_up": QT_TRANSLATE_NOOP("SubjectExport", "Case follow-up"),
    "mhpss_group": QT_TRANSLATE_NOOP("SubjectExport", "MHPSS group session"),
    "awareness": QT_TRANSLATE_NOOP("SubjectExport", "Social-protection awareness"),
    "thai_class": QT_TRANSLATE_NOOP("SubjectExport", "Thai class"),
    "vocational": QT_TRANSLATE_NOOP("SubjectExport", "Vocational training"),
    "youth": QT_TRANSLATE_NOOP("SubjectExport", "Youth activity"),
    "safe_space": QT_TRANSLATE_NOOP("SubjectExport", "Women's safe-space meeting"),
    "project_session": QT_TRANSLATE_NOOP("SubjectExport", "Participatory project session"),
    # assessment phases
    "pre": QT_TRANSLATE_NOOP("SubjectExport", "Before"),
    "mid": QT_TRANSLATE_NOOP("SubjectExport", "Midway"),
    "post": QT_TRANSLATE_NOOP("SubjectExport", "After"),
    # referrals: urgency and status
    "normal": QT_TRANSLATE_NOOP("SubjectExport", "Normal"),
    "urgent": QT_TRANSLATE_NOOP("SubjectExport", "Urgent"),
    "emergency": QT_TRANSLATE_NOOP("SubjectExport", "Emergency"),
    "sent": QT_TRANSLATE_NOOP("SubjectExport", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("SubjectExport", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("SubjectExport", "Declined"),
    # a referral from another CSO (db.referrals_received)
    "received": QT_TRANSLATE_NOOP("SubjectExport", "Received"),
    "served": QT_TRANSLATE_NOOP("SubjectExport", "Served"),
    "not_served": QT_TRANSLATE_NOOP("SubjectExport", "Not served"),
    "could_not_contact": QT_TRANSLATE_NOOP("SubjectExport", "Could not contact"),
}

LANGUAGE_NAMES: dict[str, str] = {
    "my": QT_TRANSLATE_NOOP("SubjectExport", "Burmese"),
    "ksw": QT_TRANSLATE_NOOP("SubjectExport", "S'gaw Karen"),
    "th": QT_TRANSLATE_NOOP("SubjectExport", "Thai language"),
    "en": QT_TRANSLATE_NOOP("SubjectExport", "English"),
}

WG_ANSWERS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("SubjectExport", "No difficulty"),
    2: QT_TRANSLATE_NOOP("SubjectExport", "Some difficulty"),
    3: QT_TRANSLATE_NOOP("SubjectExport", "A lot of difficulty"),
    4: QT_TRANSLATE_NOOP("SubjectExport", "Cannot do at all"),
}

# (column of the profile, label); the columns left out are the store's own bookkeeping.
PROFILE_FIELDS: tuple[tuple[str, str], ...] = (
    ("code", QT_TRANSLATE_NOOP("SubjectExport", "Code")),
    ("name_latin", QT_TRANSLATE_NOOP("SubjectExport", "Name (Latin script)")),
    ("name_script", QT_TRANSLATE_NOOP("SubjectExport", "Name (own script)")),
    ("sex", QT_TRANSLATE_NOOP("SubjectExport", "Sex")),
    ("birth_date", QT_TRANSLATE_NOOP("SubjectExport", "Date of birth")),
    ("nationality", QT_TRANSLATE_NOOP("SubjectExport", "Nationality")),
    ("population_group", QT_TRANSLATE_NOOP("SubjectExport", "Population group")),
    ("documentation", QT_TRANSLATE_NOOP("SubjectExport", "Documents")),
    ("phone", QT_TRANSLATE_NOOP("SubjectExport", "Phone")),
    ("area", QT_TRANSLATE_NOOP("SubjectExport", "Area")),
    ("language", QT_TRANSLATE_NOOP("SubjectExport", "Preferred language")),
    ("wg_seeing", QT_TRANSLATE_NOOP("SubjectExport", "Seeing")),
    ("wg_hearing", QT_TRANSLATE_NOOP("SubjectExport", "Hearing")),
    ("wg_walking", QT_TRANSLATE_NOOP("SubjectExport", "Walking or climbing steps")),
    ("wg_remembering", QT_TRANSLATE_NOOP("SubjectExport", "Remembering or concentrating")),
    ("wg_selfcare", QT_TRANSLATE_NOOP("SubjectExport", "Self-care")),
    ("wg_communicating", QT_TRANSLATE_NOOP("SubjectExport", "Communicating")),
    ("has_disability", QT_TRANSLATE_NOOP("SubjectExport", "Disability (Washington Group)")),
    ("status", QT_TRANSLATE_NOOP("SubjectExport", "Status")),
    ("closed_reason", QT_TRANSLATE_NOOP("SubjectExport", "Reason for closing")),
    ("notes", QT_TRANSLATE_NOOP("SubjectExport", "Notes")),
    ("created_at", QT_TRANSLATE_NOOP("SubjectExport", "Registered on")),
    ("created_by_name", QT_TRANSLATE_NOOP("SubjectExport", "Registered by")),
    ("updated_at", QT_TRANSLATE_NOOP("SubjectExport", "Last changed")),
)

AUDIT_ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("SubjectExport", "Added"),
    "view": QT_TRANSLATE_NOOP("SubjectExport", "Looked at the record"),
    "edit": QT_TRANSLATE_NOOP("SubjectExport", "Changed the record"),
    "delete": QT_TRANSLATE_NOOP("SubjectExport", "Deleted the record"),
    "restore": QT_TRANSLATE_NOOP("SubjectExport", "Restored the record"),
    "close_case": QT_TRANSLATE_NOOP("SubjectExport", "Closed the record"),
    "reopen_case": QT_TRANSLATE_NOOP("SubjectExport", "Reopened the record"),
    "break_glass": QT_TRANSLATE_NOOP("SubjectExport", "Opened the whole record in an emergency"),
    "subject_export": QT_TRANSLATE_NOOP(
        "SubjectExport", "Made a copy of the record for the person"
    ),
    "case_open": QT_TRANSLATE_NOOP("SubjectExport", "Opened a case"),
    "case_close": QT_TRANSLATE_NOOP("SubjectExport", "Closed a case"),
    "case_reopen": QT_TRANSLATE_NOOP("SubjectExport", "Reopened a case"),
    "case_hold": QT_TRANSLATE_NOOP("SubjectExport", "Put a case on hold"),
    "case_share": QT_TRANSLATE_NOOP("SubjectExport", "Shared a case with a colleague"),
    "case_unshare": QT_TRANSLATE_NOOP("SubjectExport", "Stopped sharing a case"),
    "case_transfer": QT_TRANSLATE_NOOP("SubjectExport", "Gave a case to another caseworker"),
    "case_next_contact": QT_TRANSLATE_NOOP("SubjectExport", "Set the next contact"),
    "status": QT_TRANSLATE_NOOP("SubjectExport", "Changed the status"),
}
CASE_PLAN_CHANGE = QT_TRANSLATE_NOOP("SubjectExport", "Changed the case plan")


def document_language(person_language: str) -> str:
    """The person's language if the document has it (S'gaw Karen readers get Burmese), else
    English."""
    if person_language in DOCUMENT_LANGUAGES:
        return person_language
    return "my" if person_language == "ksw" else "en"


class Words:
    """The document's words in one language, from the app's translation file of that
    language (English when it has none)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator: SaphanTranslator | None = None
        if language != "en":
            translator = SaphanTranslator()  # digits 0–9, marks kept with words
            if translator.load(str(qm_path(language))):
                self._translator = translator

    def __call__(self, source: str) -> str:
        if self._translator is None:
            return source
        return self._translator.translate(CONTEXT, source) or source

    def value(self, code: Any) -> str:
        """The word for a stored code, or the code itself when it has none (a CSO's own)."""
        if code is None:
            return ""
        text = str(code)
        return self(VALUES[text]) if text in VALUES else text

    def yes_no(self, value: object) -> str:
        return self(YES) if value else self(NO)


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


class _Writer:
    def __init__(self, export: subject.SubjectExport) -> None:
        self.export = export
        self.language = document_language(export.language)
        self.script: Script = LANGUAGE_SCRIPT.get(self.language, "latin")
        self.w = Words(self.language)
        self.doc: DocxDocument = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.0))
        set_document_fonts(self.doc, self.language, BODY_PT)

    # --- text ---

    def date(self, value: Any) -> str:
        return format_date(self.language, _day(value))

    def when(self, value: Any) -> str:
        """A moment of the audit trail (stored in UTC) in this computer's time."""
        if not isinstance(value, dt.datetime):
            return self.date(value)
        local = value.replace(tzinfo=dt.UTC).astimezone()
        return f"{self.date(local.date())} {local:%H:%M}"

    def paragraph(self, text: str, *, size: float = BODY_PT, **kwargs: Any) -> Paragraph:
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        add_text(p, text, size=size, default=self.script, **kwargs)
        return p

    def heading(self, text: str, level: int = 1) -> None:
        p = self.doc.add_paragraph(style=f"Heading {level}")
        p.paragraph_format.space_before = Pt(14 if level == 1 else 8)
        p.paragraph_format.space_after = Pt(4)
        size = HEADING_PT if level == 1 else BODY_PT + 1
        add_text(p, text, size=size, bold=True, color=ACCENT, default=self.script)

    def nothing(self) -> None:
        self.paragraph(self.w(QT_TRANSLATE_NOOP("SubjectExport", "Nothing held.")), color=GREY)

    # --- tables ---

    def table(
        self, header: Sequence[str], widths: Sequence[float], rows: Sequence[Sequence[str | None]]
    ) -> None:
        table: Table = self.doc.add_table(rows=0, cols=len(widths))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        if header:
            cells = table.add_row().cells  # type: ignore[no-untyped-call]
            table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            for cell, label in zip(cells, header, strict=True):
                _shade(cell, HEADER_FILL)
                self._cell(cell, label, bold=True, size=SMALL_PT)
        for values in rows:
            cells = table.add_row().cells  # type: ignore[no-untyped-call]
            for cell, text in zip(cells, values, strict=True):
                self._cell(cell, text)
        for column, width in zip(table.columns, widths, strict=True):
            for cell in column.cells:
                cell.width = Cm(width)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def _cell(
        self, cell: _Cell, text: str | None, *, bold: bool = False, size: float = SMALL_PT
    ) -> None:
        first = True
        for line in str(text or "").splitlines() or [""]:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.paragraph_format.space_after = Pt(1)
            if line:
                add_text(p, line, size=size, bold=bold, default=self.script)

    # --- the document ---

    def write(self) -> bytes:
        e, w = self.export, self.w
        names = " · ".join(n for n in (e.name_latin, e.name_script) if n)
        title = self.doc.add_paragraph(style="Title")
        add_text(
            title,
            w(QT_TRANSLATE_NOOP("SubjectExport", "What {cso} holds about {name} ({code})")).format(
                cso=e.cso_name, name=names, code=e.code
            ),
            size=TITLE_PT,
            bold=True,
            color=ACCENT,
            default=self.script,
        )
        self.paragraph(
            w(QT_TRANSLATE_NOOP("SubjectExport", "Made on {date} by {user}.")).format(
                date=self.date(e.exported_at), user=e.exported_by_name or e.exported_by
            ),
            color=GREY,
        )
        self.paragraph(
            w(
                QT_TRANSLATE_NOOP(
                    "SubjectExport",
                    "This is everything {cso} holds about this person in its records system, "
                    "on the date above. Ask {cso} to correct anything that is wrong.",
                )
            ).format(cso=e.cso_name)
        )
        for name, rows in e.sections.items():
            self.heading(w(HEADINGS[name]) if name in HEADINGS else name)
            write = getattr(self, f"_{name}", None)
            if not rows:
                self.nothing()
            elif write is not None:
                write(rows)
            else:
                self._generic(rows)  # a section this document does not know yet
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def _profile(self, rows: list[dict[str, Any]]) -> None:
        w, p = self.w, rows[0]
        lines: list[list[str]] = []
        for key, label in PROFILE_FIELDS:
            value = p.get(key)
            if key == "birth_date":
                day = _day(value)
                estimated = p.get("birth_date_estimated") and day is not None
                text = str(day.year) if estimated and day is not None else self.date(day)
            elif key.startswith("wg_"):
                text = w(WG_ANSWERS[value]) if value in WG_ANSWERS else ""
            elif key == "has_disability":
                text = w.yes_no(value)
            elif key == "language":
                text = w(LANGUAGE_NAMES[value]) if value in LANGUAGE_NAMES else str(value)
            elif key in ("created_at", "updated_at"):
                text = self.date(value)
            elif key in ("sex", "nationality", "population_group", "documentation", "status"):
                text = w.value(value)
            else:
                text = "" if value is None else str(value)
            lines.append([w(label), text])
        self.table([], (5.5, 11.5), lines)

    def _consent(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "For")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Agreed")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Since")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Recorded by")),
        ]
        body = [
            [w.value(r["scope"]), w.yes_no(r["granted"]), self.date(r["since"]), r["recorded_by"]]
            for r in rows
        ]
        self.table(header, (6.0, 2.5, 4.0, 4.5), body)

    def _consent_history(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "From")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "For")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Agreed")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "How")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Recorded by")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Note")),
        ]
        body = [
            [
                self.date(r["effective"]),
                w.value(r["scope"]),
                w.yes_no(r["granted"]),
                w.value(r["method"]),
                r["recorded_by_name"] or "",
                r["note"],
            ]
            for r in rows
        ]
        self.table(header, (2.8, 3.6, 1.8, 2.6, 3.0, 3.2), body)

    def _cases(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        for case in rows:
            self.heading(
                w(QT_TRANSLATE_NOOP("SubjectExport", "{line} case, opened {date}")).format(
                    line=w.value(case["service_line"]), date=self.date(case["opened_on"])
                ),
                level=2,
            )
            shared = ", ".join(s["user_name"] or "" for s in case["shares"])
            closed, next_contact = self.date(case["closed_on"]), self.date(case["next_contact"])
            self.table(
                [],
                (5.5, 11.5),
                [
                    [w(QT_TRANSLATE_NOOP("SubjectExport", "Status")), w.value(case["status"])],
                    [w(QT_TRANSLATE_NOOP("SubjectExport", "Caseworker")), case["owner_name"]],
                    [w(QT_TRANSLATE_NOOP("SubjectExport", "Shared with")), shared],
                    [w(QT_TRANSLATE_NOOP("SubjectExport", "Closed on")), closed],
                    [w(QT_TRANSLATE_NOOP("SubjectExport", "Outcome")), case["outcome"]],
                    [w(QT_TRANSLATE_NOOP("SubjectExport", "Next contact")), next_contact],
                ],
            )
            if case["goals"]:
                self.table(
                    [
                        w(QT_TRANSLATE_NOOP("SubjectExport", "Goal")),
                        w(QT_TRANSLATE_NOOP("SubjectExport", "Status")),
                    ],
                    (13.0, 4.0),
                    [[g["text"], w.value(g["status"])] for g in case["goals"]],
                )
            if case["actions"]:
                self.table(
                    [
                        w(QT_TRANSLATE_NOOP("SubjectExport", "Action")),
                        w(QT_TRANSLATE_NOOP("SubjectExport", "Due by")),
                        w(QT_TRANSLATE_NOOP("SubjectExport", "Responsible")),
                        w(QT_TRANSLATE_NOOP("SubjectExport", "Done on")),
                    ],
                    (7.5, 3.2, 3.1, 3.2),
                    [
                        [
                            a["text"],
                            self.date(a["due_date"]),
                            a["responsible_name"] or "",
                            self.date(a["done_on"]),
                        ]
                        for a in case["actions"]
                    ],
                )

    def _sessions(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        body = []
        for s in rows:
            what = "\n".join(
                part
                for part in (
                    w.value(s["activity_type"]),
                    s["project"] or "",
                    s["topic"],
                    *self._custom_lines(s.get("custom_fields", ())),
                    s["mhpss_notes"] or "",
                )
                if part
            )
            body.append([self.date(s["date"]), s["programme"], what, s["facilitator"] or ""])
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "Date")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Programme")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "What it was")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Facilitator")),
        ]
        self.table(header, (3.3, 3.7, 6.5, 3.5), body)

    def _assessments(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "Date")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Questionnaire")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "When")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Answers")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Score")),
        ]
        body = []
        for a in rows:
            answers = a["answers"]
            shown = (
                ", ".join(str(x) for x in answers) if isinstance(answers, list) else str(answers)
            )
            body.append(
                [
                    self.date(a["date"]),
                    a["instrument_name"],
                    w.value(a["phase"]),
                    shown,
                    str(a["score"]),
                ]
            )
        self.table(header, (3.3, 4.2, 2.5, 4.5, 2.5), body)

    def _referrals(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "Date")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Referred to")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Reason")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Urgency")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Status")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Referred by")),
        ]
        body = []
        for r in rows:
            to = " — ".join(x for x in (r["service_name"], r["organisation"]) if x)
            body.append(
                [
                    self.date(r["date"]),
                    to,
                    r["reason"],
                    w.value(r["urgency"]),
                    w.value(r["status"]),
                    r["referred_by_name"] or "",
                ]
            )
        self.table(header, (2.8, 3.4, 4.6, 2.0, 2.0, 2.2), body)

    def _received_referrals(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "Date")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Referral code")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "From")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Service")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Status")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Reason")),
        ]
        body = [
            [
                self.date(r["received_on"]),
                r["code"],
                r["from_cso"],
                r["service_name"],
                w.value(r["state"]),
                r["reason"],
            ]
            for r in rows
        ]
        self.table(header, (2.6, 3.6, 1.8, 3.4, 2.4, 3.2), body)

    def _changes(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        labels = dict(PROFILE_FIELDS)
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "When")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Who")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Field")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Was")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Became")),
        ]
        body = [
            [
                self.when(ch["changed_at"]),
                ch["changed_by_name"] or "",
                w(labels[ch["field"]]) if ch["field"] in labels else ch["field"],
                ch["old_value"],
                ch["new_value"],
            ]
            for ch in rows
        ]
        self.table(header, (3.4, 3.2, 3.4, 3.5, 3.5), body)

    def _custom_value(self, row: dict[str, Any]) -> str:
        """A custom field's value in the document's language (db.custom_fields)."""
        if row["kind"] == "yes_no":
            return self.w.yes_no(row["value"] == "yes")
        if row["kind"] == "date":
            try:
                return self.date(dt.date.fromisoformat(row["value"]))
            except ValueError:
                return str(row["value"])
        return str(row["shown"].get(self.language) or row["value"])

    def _custom_label(self, row: dict[str, Any]) -> str:
        labels = row["label"]
        return str(labels.get(self.language) or labels.get("en") or row["field"])

    def _custom_lines(self, rows: Sequence[dict[str, Any]]) -> list[str]:
        return [f"{self._custom_label(r)}: {self._custom_value(r)}" for r in rows]

    def _custom_fields(self, rows: list[dict[str, Any]]) -> None:
        lines = [[self._custom_label(r), self._custom_value(r)] for r in rows]
        self.table([], (5.5, 11.5), lines)

    def _participant_notes(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "Date")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Written by")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Note")),
        ]
        body = [[self.date(n["session_date"]), n["written_by_name"] or "", n["note"]] for n in rows]
        self.table(header, (3.3, 3.7, 10.0), body)

    def _projects(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "Project")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Community or group")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Status")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "From")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "To")),
        ]
        body = [
            [
                p["title"],
                p["community"],
                w.value(p["status"]),
                self.date(p["start_date"]),
                self.date(p["end_date"]),
            ]
            for p in rows
        ]
        self.table(header, (5.0, 4.0, 2.4, 2.8, 2.8), body)

    def _counted(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "Programme")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "First counted in")),
        ]
        body = [[r["programme"], r["first_month"]] for r in rows]
        self.table(header, (10.0, 7.0), body)

    def _audit(self, rows: list[dict[str, Any]]) -> None:
        w = self.w
        header = [
            w(QT_TRANSLATE_NOOP("SubjectExport", "When")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "Who")),
            w(QT_TRANSLATE_NOOP("SubjectExport", "What")),
        ]
        body = []
        for e in rows:
            action = e["action"]
            if action in AUDIT_ACTIONS:
                what = w(AUDIT_ACTIONS[action])
            elif str(e["entity"]).startswith("case_"):
                what = w(CASE_PLAN_CHANGE)
            else:
                what = action
            if e["detail"] and action == "break_glass":
                what += f"\n{e['detail']}"
            body.append([self.when(e["at"]), e["user_name"] or e["username"], what])
        self.table(header, (4.5, 4.5, 8.0), body)

    def _generic(self, rows: list[dict[str, Any]]) -> None:
        """A section written plainly, field by field."""
        for row in rows:
            self.table([], (5.5, 11.5), [[k, _plain(v)] for k, v in row.items()])


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def docx_bytes(export: subject.SubjectExport) -> bytes:
    """The Word document of an export, in the person's language."""
    return _Writer(export).write()


def render(export: subject.SubjectExport) -> bytes:
    """What :func:`db.subject.write_export` calls for a ``.docx`` file."""
    return docx_bytes(export)


def write_subject_export(store: Store, person_id: int, out: Path) -> subject.SubjectExport:
    """Write the export as ``.docx`` or ``.json`` (by the suffix of ``out``), atomically and
    audited (see :func:`db.subject.write_export`)."""
    docx = out.suffix.lower() == ".docx"
    return subject.write_export(store, person_id, out, render if docx else None)
