"""A printable referral slip in the PERSON's language (no Qt here).

Only what the person agreed to share with the receiving service is on it: their name and code,
the service and its organisation, the date, the reason and urgency, and who referred them.
At the top, large, the referral's own code (db.referral_codes) and a QR code of it: the
receiving CSO types or scans it on its "Referrals received" page. It says nothing about the
person.
Never their phone, documents, disability answers, area, notes or anything else — the slip takes
a :class:`SlipDetails` that has no such fields, so they cannot leak onto it."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import segno
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table

from db.keys import write_atomically
from desktop.documents.docx_fonts import Script, add_text, dominant_script

SLIP_LANGUAGES = ("en", "my", "th")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Referral slip",
        "referral_code": "Referral code",
        "scan": "Show this code at the service, or let them scan it.",
        "person": "Person referred",
        "code": "Person's code",
        "to": "Referred to",
        "date": "Date of referral",
        "reason": "Reason",
        "urgency": "Urgency",
        "from": "Referred by",
        "contact": "Contact",
        "follow_up": "Follow-up by",
        "note": "Please show this slip at the service. Only what the person agreed to share "
        "is written here.",
        "normal": "Normal",
        "urgent": "Urgent",
        "emergency": "Emergency",
    },
    "my": {
        "title": "လွှဲပြောင်းပေးပို့စာ",
        "referral_code": "လွှဲပြောင်းညွှန်းပို့မှု ကုဒ်",
        "scan": "ဤကုဒ်ကို ဝန်ဆောင်မှုပေးသည့်နေရာတွင် ပြပါ သို့မဟုတ် စကင်ဖတ်ခိုင်းပါ။",
        "person": "လွှဲပြောင်းခံရသူ",
        "code": "ပုဂ္ဂိုလ်၏ ကုဒ်",
        "to": "လွှဲပြောင်းသည့်နေရာ",
        "date": "လွှဲပြောင်းသည့်နေ့",
        "reason": "အကြောင်းရင်း",
        "urgency": "အရေးပေါ်အဆင့်",
        "from": "လွှဲပြောင်းပေးသူ",
        "contact": "ဆက်သွယ်ရန်",
        "follow_up": "နောက်ဆက်တွဲ စစ်ဆေးမည့်နေ့",
        "note": "ဤစာကို ဝန်ဆောင်မှုပေးသည့်နေရာတွင် ပြသပါ။ သင် မျှဝေရန် သဘောတူထားသည့် အချက်အလက်များသာ ဤနေရာတွင် ပါဝင်သည်။",
        "normal": "ပုံမှန်",
        "urgent": "အရေးတကြီး",
        "emergency": "အရေးပေါ်",
    },
    "th": {
        "title": "ใบส่งต่อ",
        "referral_code": "รหัสการส่งต่อ",
        "scan": "แสดงรหัสนี้ที่หน่วยบริการ หรือให้สแกนรหัส",
        "person": "ผู้ที่ถูกส่งต่อ",
        "code": "รหัสผู้รับบริการ",
        "to": "ส่งต่อไปยัง",
        "date": "วันที่ส่งต่อ",
        "reason": "เหตุผล",
        "urgency": "ความเร่งด่วน",
        "from": "ส่งต่อโดย",
        "contact": "ติดต่อ",
        "follow_up": "ติดตามผลภายในวันที่",
        "note": "กรุณาแสดงใบนี้ที่หน่วยบริการ ข้อมูลในใบนี้มีเฉพาะที่ผู้รับบริการยินยอมให้เปิดเผย",
        "normal": "ปกติ",
        "urgent": "เร่งด่วน",
        "emergency": "ฉุกเฉิน",
    },
}


@dataclass(frozen=True)
class SlipDetails:
    """Everything a slip may show. Deliberately nothing more."""

    code: str
    name_latin: str
    name_script: str
    service: str
    organisation: str
    date: dt.date
    reason: str
    urgency: str  # "normal" | "urgent" | "emergency"
    referring_cso: str
    referring_staff: str
    follow_up: dt.date | None = None
    referral_code: str = ""  # the referral's code (db.referral_codes), large and as a QR code


def slip_language(person_language: str) -> str:
    """The person's language if the slip has it (S'gaw Karen readers get Burmese), else English."""
    if person_language in SLIP_LANGUAGES:
        return person_language
    return "my" if person_language == "ksw" else "en"


def _date(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def slip_bytes(slip: SlipDetails, language: str) -> bytes:
    words = LABELS[slip_language(language)]
    label_script = "latin" if language == "en" else dominant_script(words["title"])
    document = Document()
    section = document.sections[0]
    section.page_height = Cm(21.0)  # A5: half a sheet, easy to carry
    section.page_width = Cm(14.8)
    section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(1.3)

    top = document.add_paragraph()
    add_text(top, slip.referring_cso, size=10)
    title = document.add_paragraph()
    add_text(title, words["title"], size=16, bold=True, default=label_script)

    if slip.referral_code:
        _add_referral_code(document, slip.referral_code, words, label_script)

    names = [n for n in (slip.name_latin, slip.name_script) if n]
    urgency = words.get(slip.urgency, slip.urgency)
    rows: list[tuple[str, list[str]]] = [
        (words["person"], names),
        (words["code"], [slip.code]),
        (
            words["to"],
            [f"{slip.service} — {slip.organisation}" if slip.organisation else slip.service],
        ),
        (words["date"], [_date(slip.date)]),
        (words["reason"], [slip.reason]),
        (words["urgency"], [urgency]),
        (words["from"], [f"{slip.referring_staff}, {slip.referring_cso}"]),
    ]
    if slip.follow_up is not None:
        rows.append((words["follow_up"], [_date(slip.follow_up)]))
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, values in rows:
        cells = table.add_row().cells
        cells[0].width = Cm(4.3)
        cells[1].width = Cm(7.5)
        add_text(cells[0].paragraphs[0], label, size=10, bold=True, default=label_script)
        first = True
        for value in values:
            paragraph = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            add_text(paragraph, value, size=11)
            first = False
    document.add_paragraph()
    note = document.add_paragraph()
    add_text(note, words["note"], size=9, default=label_script)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def qr_png(code: str, scale: int = 8) -> bytes:
    """The QR code of a referral code, as a PNG (medium error correction: a creased slip still
    scans)."""
    buffer = io.BytesIO()
    segno.make_qr(code, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def _add_referral_code(
    document: DocxDocument, code: str, words: dict[str, str], label_script: Script
) -> None:
    """The code large on the left, its QR code on the right, in a table without borders."""
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    table.autofit = False
    left, right = table.rows[0].cells
    for column, cell, width in zip(table.columns, (left, right), (Cm(8.4), Cm(3.4)), strict=True):
        column.width = cell.width = width  # the grid (LibreOffice) and the cells (Word)
    add_text(left.paragraphs[0], words["referral_code"], size=10, bold=True, default=label_script)
    big = left.add_paragraph()
    # On one line: the longest CSO code makes a code of 22 characters.
    for run in add_text(big, code, size=22 if len(code) <= 16 else 16, bold=True):
        run.font.name = "Consolas"  # one width per character: easy to read aloud and compare
    add_text(left.add_paragraph(), words["scan"], size=9, default=label_script)
    picture = right.paragraphs[0]
    picture.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    picture.add_run().add_picture(io.BytesIO(qr_png(code)), width=Cm(3.2))


def _no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def write_slip(slip: SlipDetails, language: str, out: Path) -> None:
    """Write the slip to ``out`` (.docx) atomically; raises OSError if it cannot."""
    write_atomically(out, slip_bytes(slip, language))
