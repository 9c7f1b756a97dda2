"""XLSForm workbooks for the instrument import's tests, written with openpyxl.

A form is a dict: sheet name → rows, the first row the header. :func:`good_form` is a short
wellbeing check (a reverse item, a skip, a total, bands, an alert, Burmese labels);
the tests change a copy of it to make each malformed form.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

Form = dict[str, list[list[Any]]]

EN, MY, TH = "label::English (en)", "label::Burmese (my)", "label::Thai (th)"


def good_form() -> Form:
    """Rows are numbered as Excel shows them: survey row 2 is the note, rows 3-7 are q1-q5,
    row 8 the total and row 9 an integer question (0 to 7 days)."""
    return copy.deepcopy(
        {
            "survey": [
                [
                    "type",
                    "name",
                    EN,
                    MY,
                    "required",
                    "relevant",
                    "calculation",
                    "saphan::reverse",
                    "constraint",
                ],
                ["note", "intro", "Over the last 2 weeks:", "ပြီးခဲ့သော ၂ ပတ်အတွင်း -"],
                ["select_one freq4", "q1", "I felt cheerful", "ပျော်ရွှင်ခဲ့သည်", "yes"],
                ["select_one freq4", "q2", "I felt calm", "စိတ်ငြိမ်ခဲ့သည်", "yes"],
                ["select_one freq4", "q3", "I felt worried", "စိုးရိမ်ခဲ့သည်", "yes", "", "", "yes"],
                ["select_one yesno", "q4", "Did you think of harming yourself?", "", "yes"],
                ["select_one freq4", "q5", "How often?", "", "no", "${q4} = 1"],
                ["calculate", "total", "Total", "စုစုပေါင်း", "", "", "${q1} + ${q2} + ${q3}"],
                ["integer", "days", "Days slept well", "", "no", "", "", "", ". >= 0 and . <= 7"],
            ],
            "choices": [
                ["list_name", "name", EN, MY],
                ["freq4", 0, "Never", "ဘယ်တော့မှ"],
                ["freq4", 1, "Sometimes", "တစ်ခါတစ်ရံ"],
                ["freq4", 2, "Often", "မကြာခဏ"],
                ["freq4", 3, "Always", "အမြဲ"],
                ["yesno", 0, "No", "မဟုတ်"],
                ["yesno", 1, "Yes", "ဟုတ်"],
            ],
            "settings": [
                [
                    "form_id",
                    "version",
                    "form_title",
                    "saphan_title::Burmese (my)",
                    "saphan_result",
                    "saphan_mid",
                    "saphan_higher_is_better",
                    "saphan_source",
                ],
                [
                    "wellbeing_check",
                    2,
                    "Wellbeing check",
                    "စိတ်ချမ်းသာမှု စစ်ဆေးချက်",
                    "total",
                    2,
                    "yes",
                    "Written for Saphan's tests",
                ],
            ],
            "saphan_bands": [
                ["code", "from", "to", EN, MY],
                ["low", 0, 3, "Low", "နိမ့်"],
                ["medium", 4, 6, "Medium", "အလယ်အလတ်"],
                ["high", 7, 9, "High", "မြင့်"],
            ],
            "saphan_alerts": [
                ["code", "when", EN],
                ["self_harm", "${q4} = 1", "Thoughts of self-harm: follow up today"],
            ],
        }
    )


def write_form(path: Path, form: Form) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for name, rows in form.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def cell(form: Form, sheet: str, row: int, column: str, value: Any) -> None:
    """Set a cell by Excel's row number and the column's header (added if missing)."""
    header = form[sheet][0]
    if column not in header:
        header.append(column)
    index = header.index(column)
    cells = form[sheet][row - 1]
    cells.extend([None] * (index + 1 - len(cells)))
    cells[index] = value
