"""Render plans with LibreOffice, as a facilitator's printer would, and read the PDF back.

Needs ``libreoffice`` and ``pdftotext`` (CI installs libreoffice-writer-nogui, poppler-utils
and the Padauk / Noto / TLWG fonts). Without the fonts Burmese prints as boxes, and the
extracted text loses the words checked here.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from db.plans import PlanLanguage, list_plans, new_plan_from_template
from db.projects import ProjectInfo
from db.store import Store
from desktop.plans.docx_export import export_plan_by_id

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("libreoffice") and shutil.which("pdftotext") and shutil.which("pdfinfo")),
        reason="needs libreoffice and poppler-utils",
    ),
]


def _normalised(text: str) -> str:
    # Line breaks, spaces and zero-width spaces differ between the source and extracted text.
    return re.sub(r"[\s\u200b\u200c]", "", text)


def _to_pdf(docs: list[Path], out: Path) -> None:
    profile = out / f"lo-profile-{uuid.uuid4().hex}"
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, docs),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    shutil.rmtree(profile, ignore_errors=True)


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match
    return int(match.group(1))


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_english_and_burmese_plans_render(
    store: Store, project: ProjectInfo, tmp_path: Path
) -> None:
    docs = []
    for language in (PlanLanguage.ENGLISH, PlanLanguage.BURMESE):
        template = next(
            t for t in list_plans(store, templates=True, language=language) if t.session_number == 1
        )
        plan = new_plan_from_template(store, template.id, project.id, 1, dt.date(2025, 6, 3))
        docs.append(export_plan_by_id(store, plan.id, tmp_path / f"plan-{language.value}.docx"))
    _to_pdf(docs, tmp_path)
    english, burmese = (tmp_path / f"plan-{lang}.pdf" for lang in ("en", "my"))

    for pdf in (english, burmese):
        # A plan of several pages and an attendance sheet, not one page per paragraph.
        assert 3 <= _pages(pdf) <= 10, pdf.name

    text = _normalised(_text(english))
    for phrase in ("Knowing our rights", "Attendance sheet", "Signature / thumbprint", "Page 1 of"):
        assert _normalised(phrase) in text, phrase

    text = _normalised(_text(burmese))
    for phrase in (
        "ကျွန်မတို့၏ အခွင့်အရေးများနှင့်",  # the title
        "ဝန်ဆောင်မှု ဆက်သွယ်ရန်စာရင်း",  # a distinctive word used throughout
        "မြစ်နဲ့ ကမ်း",  # a step title
        "တက်ရောက်သူ စာရင်း",  # the attendance sheet heading
        "လက်မှတ် / လက်ဗွေ",  # its signature column
    ):
        assert _normalised(phrase) in text, phrase
    # The Thai welcome inside a Burmese instruction survives too (line breaks aside).
    assert "สวัสดีค่ะ" in text
    assert "ยินดีต้อนรับ" in text
