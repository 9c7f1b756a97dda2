"""The subject access document in the person's language (Burmese fonts and headings; Thai;
S'gaw Karen readers get Burmese), rendered by LibreOffice as a printer would, and the person
dialog's "Export what we hold…" action."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from db import beneficiaries, subject
from db.store import Store
from db.types import Role, UserInfo
from desktop.beneficiaries.person_form import PersonForm
from desktop.documents.docx_fonts import FONTS, char_script
from desktop.documents.subject_docx import HEADINGS, Words, docx_bytes
from tests.db.people import person

NOW = dt.datetime(2026, 3, 10, 9, 30)
MYANMAR = re.compile("[\u1000-\u109f]")
THAI = re.compile("[\u0e00-\u0e7f]")


def _export(store: Store, language: str, name_script: str = "") -> bytes:
    pid = beneficiaries.register_person(
        store, person("Ma Aye Aye", name_script=name_script, language=language, notes="ok")
    ).id
    return docx_bytes(subject.gather(store, pid, NOW))


def _headings(data: bytes) -> list[Paragraph]:
    document = Document(io.BytesIO(data))
    return [p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]


def _fonts_of_script(paragraphs: list[Paragraph], script: str) -> set[str]:
    """The complex-script and Latin fonts of every run written in ``script``."""
    fonts: set[str] = set()
    for p in paragraphs:
        for run in p.runs:
            if not any(char_script(ch) == script for ch in run.text):
                continue
            rfonts = run._r.rPr.find(qn("w:rFonts"))
            fonts |= {rfonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "cs")}
    return fonts


def test_a_burmese_export_has_burmese_headings_in_a_burmese_font(store: Store) -> None:
    data = _export(store, "my", name_script="မအေးအေး")
    headings = _headings(data)
    words = Words("my")
    assert [h.text for h in headings] == [words(HEADINGS[name]) for name, _ in subject.SECTIONS]
    assert all(MYANMAR.search(h.text) for h in headings), [h.text for h in headings]
    assert _fonts_of_script(headings, "my") == {FONTS["my"]}
    document = Document(io.BytesIO(data))
    title = document.paragraphs[0]
    assert "မအေးအေး" in title.text
    assert MYANMAR.search(title.text.split("Ma Aye Aye")[0])  # the words around the name too
    assert _fonts_of_script([title], "my") == {FONTS["my"]}
    date_line = document.paragraphs[1].text
    assert "2026" in date_line  # the date in the digits 0–9, as on screen
    assert not re.search("[\u1040-\u1049]", date_line)
    assert "ခုနှစ်" in date_line  # and in Burmese words


def test_thai_and_english_exports_and_karen_readers_get_burmese(store: Store) -> None:
    thai = _headings(_export(store, "th"))
    assert all(THAI.search(h.text) for h in thai)
    assert _fonts_of_script(thai, "th") == {FONTS["th"]}
    english = _headings(_export(store, "en"))
    assert [h.text for h in english] == [HEADINGS[name] for name, _ in subject.SECTIONS]
    karen = _headings(_export(store, "ksw"))
    assert all(MYANMAR.search(h.text) for h in karen)


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftoppm") and shutil.which("pdffonts")),
    reason="needs LibreOffice (soffice) and poppler-utils",
)
def test_a_burmese_export_renders_with_a_burmese_font(store: Store, tmp_path: Path) -> None:
    docx = tmp_path / "subject-my.docx"
    docx.write_bytes(_export(store, "my", name_script="မအေးအေး"))
    profile = tmp_path / f"lo-{uuid.uuid4().hex}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "subject-my.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    # Word's "Myanmar Text" falls back to a font that has Burmese (Padauk, Noto Sans Myanmar).
    assert re.search(r"Padauk|Myanmar", fonts.stdout), fonts.stdout
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    # (pdftotext adds spaces between Burmese syllables)
    assert "ပုဂ္ဂိုလ်အကြောင်း" in re.sub(r"[\s\u200b\u200c]", "", text)
    # A picture of the first page, to look at (SAPHAN_KEEP_RENDER=folder keeps it).
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    keep = os.environ.get("SAPHAN_KEEP_RENDER")
    if keep:
        for png in tmp_path.glob("page*.png"):
            shutil.copy(png, Path(keep) / f"subject-my-{png.name}")


# --- the person dialog ------------------------------------------------------------------------


def test_the_person_dialog_exports_what_we_hold(qtbot, store: Store, tmp_path: Path) -> None:
    saved = beneficiaries.register_person(store, person("Ma Export Me", language="my"))
    form = PersonForm(store, beneficiaries.get_person(store, saved.id))
    qtbot.addWidget(form)
    assert form.export_button is not None
    messages: list[str] = []
    form.status_message.connect(messages.append)
    out = tmp_path / "copy.json"
    assert form.write_export(out)
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["code"] == saved.code
    assert messages == [f"Wrote what we hold about {saved.code} to {out}."]
    assert form.footer.text() == messages[0]
    assert form.write_export(tmp_path / "copy.docx")
    assert (tmp_path / "copy.docx").stat().st_size > 0


def test_a_refused_export_says_why_and_writes_nothing(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.widgets import dialogs

    saved = beneficiaries.register_person(store, person())
    form = PersonForm(store, beneficiaries.get_person(store, saved.id))
    qtbot.addWidget(form)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, _e: shown.append(title))
    assert not form.write_export(tmp_path / "no-such-folder" / "copy.docx")
    assert shown == ["Not exported"]
    assert not (tmp_path / "no-such-folder").exists()


def test_roles_that_may_not_export_have_no_action(qtbot, store: Store) -> None:
    saved = beneficiaries.register_person(store, person())
    caseworker = dataclasses.replace(store, user=UserInfo(1, "admin", "X", Role.CASEWORKER, "en"))
    form = PersonForm(caseworker, beneficiaries.get_person(store, saved.id))
    qtbot.addWidget(form)
    assert form.export_button is None
    supervisor = dataclasses.replace(store, user=UserInfo(1, "admin", "X", Role.SUPERVISOR, "en"))
    form = PersonForm(supervisor, beneficiaries.get_person(store, saved.id))
    qtbot.addWidget(form)
    assert form.export_button is not None
