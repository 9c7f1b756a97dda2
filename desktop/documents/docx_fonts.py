"""Fonts for Burmese, Thai and English text in Word documents (python-docx, no Qt).

Word draws Myanmar and Thai letters with the *complex-script* font of a run (``w:cs``) and
sizes them with ``w:szCs``; ``run.font.name`` alone sets only the Latin slots, so Burmese falls
back to whatever the theme says and may print as boxes. Every run written through
:func:`add_text` is split by script, and each piece gets all four ``w:rFonts`` slots, both
sizes and a ``w:lang``. :func:`set_document_fonts` does the same for the document defaults and
styles, so empty paragraphs, paragraph marks and table styles agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from db.text_safety import xml_safe

Script = Literal["latin", "my", "th"]

LATIN_FONT = "Calibri"
FONTS: dict[Script, str] = {"latin": LATIN_FONT, "my": "Myanmar Text", "th": "Leelawadee UI"}
# w:lang w:bidi: the language Word assumes for complex-script text (spelling, line breaking).
BIDI_LANG: dict[Script, str] = {"my": "my-MM", "th": "th-TH"}
LANGUAGE_SCRIPT: dict[str, Script] = {"en": "latin", "my": "my", "th": "th"}

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# Elements that come after w:sz / w:lang inside w:rPr (schema order), for inserting there.
_AFTER_SZCS = (
    "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
    "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_BCS = (
    "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike", "w:outline",
    "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish",
    "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
    *_AFTER_SZCS,
)  # fmt: skip


def char_script(ch: str) -> Script | None:
    """The script of one character, or None for spaces, digits and punctuation, which take
    the script of the text around them."""
    cp = ord(ch)
    if 0x1000 <= cp <= 0x109F or 0xAA60 <= cp <= 0xAA7F or 0xA9E0 <= cp <= 0xA9FF:
        return "my"
    if 0x0E00 <= cp <= 0x0E7F:
        return "th"
    if ch.isalpha():
        return "latin"
    return None


def split_by_script(text: str, default: Script = "latin") -> list[tuple[Script, str]]:
    """Pieces of ``text`` that each use one script. Neutral characters join the piece before
    them (or, at the start, the first piece); text with no letters at all takes ``default``."""
    pieces: list[tuple[Script, str]] = []
    current: Script | None = None
    buffer = ""
    for ch in text:
        script = char_script(ch)
        if script is None or script == current or current is None:
            if current is None and script is not None:
                current = script
            buffer += ch
            continue
        pieces.append((current, buffer))
        current, buffer = script, ch
    if buffer:
        pieces.append((current or default, buffer))
    return pieces


def dominant_script(text: str, default: Script = "latin") -> Script:
    counts: dict[Script, int] = {}
    for ch in text:
        script = char_script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else default


def _insert_before(
    parent: BaseOxmlElement, child: BaseOxmlElement, successors: tuple[str, ...]
) -> None:
    parent.insert_element_before(child, *successors)


def _set_fonts(rpr: BaseOxmlElement, font: str) -> None:
    rfonts = rpr.get_or_add_rFonts()  # python-docx keeps schema order
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), font)


def _set_sizes(rpr: BaseOxmlElement, half_points: int) -> None:
    sz = rpr.find(qn("w:sz"))
    if sz is None:
        sz = OxmlElement("w:sz")
        _insert_before(rpr, sz, ("w:szCs", *_AFTER_SZCS))
    sz.set(qn("w:val"), str(half_points))
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = OxmlElement("w:szCs")
        sz.addnext(szcs)
    szcs.set(qn("w:val"), str(half_points))


def _set_lang(rpr: BaseOxmlElement, script: Script) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        _insert_before(rpr, lang, _AFTER_LANG)
    lang.set(qn("w:val"), "en-GB")
    if script in BIDI_LANG:
        lang.set(qn("w:bidi"), BIDI_LANG[script])
    else:
        lang.attrib.pop(qn("w:bidi"), None)


def _set_complex_bold(rpr: BaseOxmlElement) -> None:
    # Word makes complex-script text bold only with w:bCs.
    if rpr.find(qn("w:bCs")) is None:
        _insert_before(rpr, OxmlElement("w:bCs"), _AFTER_BCS)


def style_run(
    run: Run,
    script: Script,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
) -> None:
    """Fonts, sizes and language of one run of one script."""
    rpr = run._r.get_or_add_rPr()
    if bold:
        run.bold = True
        _set_complex_bold(rpr)
    if italic:
        run.italic = True
    if color is not None:
        run.font.color.rgb = color
    _set_fonts(rpr, FONTS[script])
    _set_sizes(rpr, round(size * 2))
    _set_lang(rpr, script)


def add_text(
    paragraph: Paragraph,
    text: str,
    *,
    size: float = 10.5,
    default: Script = "latin",
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
) -> list[Run]:
    """Append ``text`` to a paragraph as one run per script, each with its fonts set.

    Every Word document Saphan writes goes through here: characters XML cannot hold (a
    control character an older version let into a name) become spaces instead of failing."""
    runs = []
    for script, piece in split_by_script(xml_safe(text), default):
        run = paragraph.add_run(piece)
        style_run(run, script, size, bold=bold, italic=italic, color=color)
        runs.append(run)
    return runs


_NEEDS_FONTS = {"Normal", "TableGrid", "Header", "Footer"}


def _style_rprs(document: DocxDocument) -> Iterator[tuple[str, BaseOxmlElement]]:
    """Each style's own w:rPr; created (in schema order) only for the styles every document
    relies on, so table styles stay valid."""
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        style_id = style.get(qn("w:styleId")) or ""
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            if style_id not in _NEEDS_FONTS:
                continue
            rpr = OxmlElement("w:rPr")
            style.insert_element_before(rpr, "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")
        yield style_id, rpr


def set_document_fonts(document: DocxDocument, language: str, size: float = 10.5) -> None:
    """Document defaults and every style use the font of ``language`` in all four slots, with
    no theme fonts, so paragraph marks, empty cells and list numbers print in the right font."""
    script = LANGUAGE_SCRIPT.get(language, "latin")
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _set_fonts(rpr, FONTS[script])
    _set_sizes(rpr, round(size * 2))
    _set_lang(rpr, script)
    # Latin letters inside a Burmese or Thai plan still come out in the script's font here;
    # add_text gives them their own runs with the Latin font.
    for style_id, style_rpr in _style_rprs(document):
        rfonts = style_rpr.find(qn("w:rFonts"))
        if rfonts is not None or style_id in _NEEDS_FONTS:
            _set_fonts(style_rpr, FONTS[script])
        sz = style_rpr.find(qn("w:sz"))
        if sz is not None and style_rpr.find(qn("w:szCs")) is None:
            szcs = OxmlElement("w:szCs")
            szcs.set(qn("w:val"), sz.get(qn("w:val")) or str(round(size * 2)))
            sz.addnext(szcs)
        if style_rpr.find(qn("w:b")) is not None:
            _set_complex_bold(style_rpr)
    # Conditional formats of table styles (first row, banding, ...) carry their own fonts.
    for rfonts in styles.iter(qn("w:rFonts")):
        if any(rfonts.get(qn(attr)) is not None for attr in _THEME_ATTRS):
            _set_fonts(rfonts.getparent(), FONTS[script])
