"""The fonts Saphan ships (Padauk for Myanmar, Noto Sans Thai): licensed for redistribution,
covering every letter the app writes, and used when the laptop has no font of its own for a
script; the Word documents name fonts that exist where they are opened."""

from __future__ import annotations

import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

from desktop import fonts
from desktop.documents import docx_fonts

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
MYANMAR = re.compile(r"[\u1000-\u109F]")
THAI = re.compile(r"[\u0E00-\u0E7F]")
# Fonts every Windows 10/11 has (Word on the CSO's laptops and the donors' ones).
WINDOWS_STOCK_FONTS = {"Calibri", "Consolas", "Myanmar Text", "Leelawadee UI"}


def _letters(language: str, script: re.Pattern[str]) -> set[str]:
    text = (I18N / f"saphan_{language}.ts").read_text(encoding="utf-8")
    return set(script.findall(text))


@pytest.fixture
def no_script_fonts(monkeypatch: pytest.MonkeyPatch):
    """A laptop with no Myanmar or Thai font of its own (Padauk registered afresh)."""
    latin_only = [f for f in QFontDatabase.families() if f in ("DejaVu Sans", "Segoe UI")]
    registered = dict(fonts._bundled_family)
    fonts._bundled_family.clear()
    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda: latin_only))
    yield
    fonts._bundled_family.clear()
    fonts._bundled_family.update(registered)


def test_each_bundled_font_has_its_licence_and_its_source(qapp: QApplication) -> None:
    readme = (fonts.FONTS_DIR / "README.md").read_text(encoding="utf-8")
    total = 0
    for files in fonts.BUNDLED.values():
        for name in files:
            path = fonts.FONTS_DIR / name
            total += path.stat().st_size
            licence = (path.parent / "OFL.txt").read_text(encoding="utf-8")
            assert "SIL OPEN FONT LICENSE Version 1.1" in licence
            assert path.parent.name in readme
            assert "Debian package" in readme
            assert QRawFont(str(path), 12).isValid()
    assert total < 2_000_000  # regular and bold only


@pytest.mark.parametrize(
    ("script", "language", "letters"), [("myanmar", "my", MYANMAR), ("thai", "th", THAI)]
)
def test_the_bundled_font_has_every_letter_of_the_translations(
    qapp: QApplication, script: str, language: str, letters: re.Pattern[str]
) -> None:
    wanted = _letters(language, letters)
    assert len(wanted) > 40
    for name in fonts.BUNDLED[script]:
        raw = QRawFont(str(fonts.FONTS_DIR / name), 12)
        missing = sorted(ch for ch in wanted if not raw.supportsCharacter(ord(ch)))
        assert not missing, f"{name} lacks {missing}"


@pytest.mark.parametrize("platform", ["win32", "linux"])
def test_without_a_script_font_of_its_own_the_app_uses_the_bundled_ones(
    qapp: QApplication, no_script_fonts, platform: str
) -> None:
    started = time.perf_counter()
    fallbacks = fonts.script_fallbacks(platform)
    took = time.perf_counter() - started
    assert fallbacks == ["Padauk", "Noto Sans Thai"]
    assert took < 0.05  # registering the files is cheap: glyphs are read on first use
    registered = {f for fid in range(64) for f in QFontDatabase.applicationFontFamilies(fid)}
    assert {"Padauk", "Noto Sans Thai"} <= registered
    # The family list the widgets get draws Burmese and Thai with real glyphs.
    font = QFont()
    font.setFamilies(["DejaVu Sans", *fallbacks])
    for family, sample in (("Padauk", "မြန်မာ"), ("Noto Sans Thai", "ภาษาไทย")):
        assert QRawFont.fromFont(QFont(family)).familyName() == family
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(ch)) for ch in sample)
    # Registered once: a second call loads nothing again.
    assert fonts.script_fallbacks(platform) == fallbacks


def test_a_laptop_with_its_own_fonts_loads_nothing(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        fonts.QFontDatabase, "families", staticmethod(lambda: ["Myanmar Text", "Leelawadee UI"])
    )
    loaded: list[str] = []
    monkeypatch.setattr(fonts, "load_bundled_font", loaded.append)
    assert fonts.script_fallbacks("win32") == ["Myanmar Text", "Leelawadee UI"]
    assert loaded == []


def test_the_app_on_windows_without_myanmar_text_falls_back_to_padauk(
    qapp: QApplication, no_script_fonts, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    font = QFont(qapp.font())
    try:
        assert fonts.install_script_fallbacks(qapp) == ["Padauk", "Noto Sans Thai"]
        assert qapp.font().families() == ["Segoe UI", "Padauk", "Noto Sans Thai"]
    finally:
        fonts.stop_following_language(qapp)
        qapp.setFont(font)


def _named_fonts(docx_path: Path) -> set[str]:
    import zipfile

    named: set[str] = set()
    with zipfile.ZipFile(docx_path) as z:
        for part in ("word/document.xml", "word/styles.xml"):
            root = ET.fromstring(z.read(part))
            for rfonts in root.iter(qn("w:rFonts")):
                for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                    if (value := rfonts.get(qn(slot))) is not None:
                        named.add(value)
    return named


@pytest.mark.parametrize("language", ["en", "my", "th"])
def test_word_documents_name_fonts_that_exist(language: str, tmp_path: Path) -> None:
    doc = Document()
    docx_fonts.set_document_fonts(doc, language)
    docx_fonts.add_text(doc.add_paragraph(), "Thandar ဒေါ်သန္တာ ทองดี 12", bold=True)
    path = tmp_path / "x.docx"
    doc.save(str(path))
    named = _named_fonts(path)
    assert named <= WINDOWS_STOCK_FONTS
    assert {"my": "Myanmar Text", "th": "Leelawadee UI"}.get(language, "Calibri") in named
    # The same families the app itself prefers on Windows.
    assert docx_fonts.FONTS["my"] == fonts._WINDOWS["myanmar"][0]
    assert docx_fonts.FONTS["th"] == fonts._WINDOWS["thai"][0]


def test_every_font_the_word_exports_set_by_name_exists_on_windows() -> None:
    named = set(docx_fonts.FONTS.values())
    for path in (ROOT / "desktop").rglob("*.py"):
        named |= set(re.findall(r'font\.name = "([^"]+)"', path.read_text(encoding="utf-8")))
    assert "Consolas" in named  # the referral slip's code
    assert named <= WINDOWS_STOCK_FONTS
