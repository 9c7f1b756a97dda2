"""Text runs in Word documents that render Burmese and Thai (no Qt here).

Word draws Myanmar and Thai letters with the *complex-script* font of a run, so every run gets
``w:rFonts`` ascii/hAnsi/eastAsia/cs, a complex-script size (``w:szCs``) and a bidi language.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

MYANMAR_FONT = "Myanmar Text"
THAI_FONT = "Leelawadee UI"
LATIN_FONT = "Segoe UI"


def script_of(text: str) -> str:
    """ "myanmar", "thai" or "latin": the first non-Latin script found in ``text``."""
    for ch in text:
        code = ord(ch)
        if 0x1000 <= code <= 0x109F or 0xAA60 <= code <= 0xAA7F or 0xA9E0 <= code <= 0xA9FF:
            return "myanmar"
        if 0x0E00 <= code <= 0x0E7F:
            return "thai"
    return "latin"


def style_run(run: Run, size: float = 11, *, bold: bool = False, script: str = "") -> Run:
    """Fonts, sizes and language of ``run`` for the script of its text."""
    script = script or script_of(run.text)
    font = {"myanmar": MYANMAR_FONT, "thai": THAI_FONT}.get(script, LATIN_FONT)
    bidi = {"myanmar": "my-MM", "thai": "th-TH"}.get(script)
    run.bold = bold
    run.font.size = Pt(size)
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:cstheme", "w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme"):
        if fonts.get(qn(attribute)) is not None:
            del fonts.attrib[qn(attribute)]
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)
    if bold:
        rpr.get_or_add_bCs()
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = OxmlElement("w:szCs")
        rpr.get_or_add_sz().addnext(size_cs)
    size_cs.set(qn("w:val"), str(round(size * 2)))
    if bidi:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            # w:lang comes last among the properties set here (the schema fixes the order).
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:bidi"), bidi)
    return run


def add_text(
    paragraph: Paragraph, text: str, size: float = 11, *, bold: bool = False, script: str = ""
) -> Run:
    """Append ``text`` to ``paragraph`` as one styled run."""
    return style_run(paragraph.add_run(text), size, bold=bold, script=script)
