"""The import template: an empty list whose columns map themselves, with a sheet of notes.

Its column names are those of the records export (:mod:`db.records_export`), so an exported
list and a filled template import the same way. The example row is invented.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from db.import_sheets import column_letter
from db.keys import write_atomically
from db.text_safety import xlsx_row
from db.types import WG_DOMAINS

# Column title → the field it fills (titles as the export writes them).
TEMPLATE_HEADER: tuple[tuple[str, str], ...] = (
    ("Name (Latin script)", "name_latin"),
    ("Name (own script)", "name_script"),
    ("Sex", "sex"),
    ("Date of birth", "birth_date"),
    ("Birth year", "birth_year"),
    ("Age", "age"),
    ("Nationality", "nationality"),
    ("Population group", "population_group"),
    ("Documentation", "documentation"),
    ("Phone", "phone"),
    ("Area", "area"),
    ("Language", "language"),
    ("Consent date", "consent_date"),
    ("Consent: services", "consent_services"),
    ("Consent: referral", "consent_referral"),
    ("Consent: data use", "consent_data_use"),
    ("Notes", "notes"),
    *((f"Difficulty {d}", f"wg_{d}") for d in WG_DOMAINS),
)

# The example row is marked so that, if it is left in, it is shown as a problem, not imported.
EXAMPLE_MARK = "(example: delete this row)"
_EXAMPLE: dict[str, object] = {
    "name_latin": f"Ma Hnin Ei {EXAMPLE_MARK}",
    "name_script": "မနှင်းအိ",
    "sex": "Female",
    "birth_date": dt.datetime(1994, 3, 12),
    "nationality": "Myanmar",
    "population_group": "New arrival",
    "documentation": "Pink card",
    "phone": "081 234 5678",
    "area": "Mae Pa",
    "language": "Burmese",
    "consent_date": dt.datetime(2025, 3, 1),
    "consent_services": "Yes",
    "consent_referral": "Yes",
    "consent_data_use": "No",
    "notes": "",
}

# (column, English, Burmese, Thai)
_NOTES: tuple[tuple[str, str, str, str], ...] = (
    (
        "Name",
        "Latin letters, own script (Burmese, Thai), or both. At least one.",
        "အင်္ဂလိပ်အက္ခရာ သို့မဟုတ် မြန်မာ/ထိုင်း စာဖြင့် အမည်။ အနည်းဆုံး တစ်ခု။ ယူနီကုဒ်ဖြင့် ရေးပါ။",
        "ชื่อเป็นอักษรละตินหรืออักษรของตนเอง (พม่า ไทย) อย่างน้อยหนึ่งอย่าง",
    ),
    (
        "Sex",
        "Female / Male / Other (also F, M, ma, mg).",
        "မ / ကျား / အခြား",
        "หญิง / ชาย / อื่นๆ (หรือ ญ, ช)",
    ),
    (
        "Date of birth",
        "Day/month/year, e.g. 12/03/1994, or a date cell. Buddhist-era years (2537) are "
        "understood. If the date is not known, fill Birth year or Age instead.",
        "ရက်/လ/နှစ် ဥပမာ 12/03/1994။ မွေးနေ့ မသိပါက မွေးနှစ် သို့မဟုတ် အသက် ကို ဖြည့်ပါ။",
        "วัน/เดือน/ปี เช่น 12/03/2537 (พ.ศ. ได้) ถ้าไม่ทราบวันเกิด ให้ใส่ปีเกิดหรืออายุแทน",
    ),
    (
        "Population group",
        "New arrival / Long-term migrant / Host community.",
        "ရောက်ခါစ / ရေရှည်ရွှေ့ပြောင်း / ဒေသခံ",
        "มาใหม่ / แรงงานข้ามชาติระยะยาว / ชุมชนเจ้าบ้าน",
    ),
    (
        "Documentation",
        "None / Pink card / Passport and visa / Border pass / Thai ID card / G-code / Other.",
        "မရှိ / ပန်းရောင်ကတ် / ပတ်စ်ပို့ / နယ်စပ်ဖြတ်ကျော်လက်မှတ် / အခြား",
        "ไม่มี / บัตรชมพู / หนังสือเดินทาง / ใบผ่านแดน / บัตรประชาชน / อื่นๆ",
    ),
    (
        "Phone",
        "Thai (081 234 5678) or Myanmar (09 4512 3456) numbers. Type them as text so Excel "
        "keeps the leading 0.",
        "ထိုင်း (081 234 5678) သို့မဟုတ် မြန်မာ (09 4512 3456) ဖုန်းနံပါတ်",
        "เบอร์ไทย (081 234 5678) หรือเบอร์พม่า (09 4512 3456)",
    ),
    (
        "Consent",
        "Consent date and Yes/No for each scope. Every person imported must have agreed to "
        "receive services. If these columns are empty, the import asks once for all rows.",
        "သဘောတူညီသည့်ရက်နှင့် ဟုတ်/မဟုတ်။ ဝန်ဆောင်မှုရယူရန် သဘောတူထားသူများကိုသာ ထည့်သွင်းနိုင်သည်။",
        "วันที่ยินยอมและ ใช่/ไม่ใช่ ทุกคนต้องยินยอมรับบริการก่อนนำเข้า",
    ),
    (
        "Difficulty …",
        "Washington Group: 1 No difficulty, 2 Some, 3 A lot, 4 Cannot do. "
        "Leave empty if not asked.",
        "1 အခက်အခဲမရှိ၊ 2 အနည်းငယ်၊ 3 အများကြီး၊ 4 လုံးဝမလုပ်နိုင်",
        "1 ไม่ลำบาก, 2 ลำบากบ้าง, 3 ลำบากมาก, 4 ทำไม่ได้เลย",
    ),
)


def template_bytes() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    people = workbook.active
    assert people is not None
    people.title = "People"
    # Written through db.text_safety like every spreadsheet Saphan writes (no text is a formula).
    people.append(xlsx_row(people, [title for title, _ in TEMPLATE_HEADER]))
    for cell in people[1]:
        cell.font = Font(bold=True)
    people.append(xlsx_row(people, [_EXAMPLE.get(target) for _, target in TEMPLATE_HEADER]))
    for cell in people[2]:
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    for index, (title, _) in enumerate(TEMPLATE_HEADER):
        people.column_dimensions[column_letter(index)].width = max(12, len(title) + 2)
    # Phones as text: a number loses its leading 0.
    phone_column = [t for _, t in TEMPLATE_HEADER].index("phone") + 1
    for row in range(2, 1002):
        people.cell(row, phone_column).number_format = "@"
    people.freeze_panes = "A2"

    notes = workbook.create_sheet("Notes")
    notes.append(xlsx_row(notes, ["Column", "English", "မြန်မာ", "ไทย"]))
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for line in _NOTES:
        notes.append(xlsx_row(notes, line))
    for letter, width in zip("ABCD", (18, 60, 60, 60), strict=True):
        notes.column_dimensions[letter].width = width
    for row in notes.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_import_template(path: Path) -> None:
    """Write the import template (.xlsx) to ``path``, atomically."""
    write_atomically(path, template_bytes())


__all__ = ["EXAMPLE_MARK", "TEMPLATE_HEADER", "template_bytes", "write_import_template"]
