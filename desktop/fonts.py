"""Fonts that render Burmese and Thai: installed families become fallbacks of the UI font."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

# Preferred families per script, best first. Windows ships the first ones; Linux distributions
# package Padauk, Noto and the TLWG fonts.
_WINDOWS = {
    "myanmar": ("Myanmar Text",),
    "thai": ("Leelawadee UI", "Leelawadee", "Tahoma"),
}
_OTHER = {
    "myanmar": ("Padauk", "Noto Sans Myanmar", "Myanmar Text"),
    "thai": ("Noto Sans Thai", "Garuda", "Loma", "Leelawadee UI"),
}


def preferred_families(script: str, available: set[str], platform: str = sys.platform) -> list[str]:
    """The preferred families for ``script`` ("myanmar" or "thai") that are installed."""
    table = _WINDOWS if platform.startswith("win") else _OTHER
    return [family for family in table[script] if family in available]


# Fonts shipped with Saphan (SIL Open Font License; see resources/fonts/README.md), used when
# a laptop has none of the preferred families for a script (e.g. a Windows without Myanmar Text).
FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
BUNDLED: dict[str, tuple[str, ...]] = {
    "myanmar": ("padauk/Padauk-Regular.ttf", "padauk/Padauk-Bold.ttf"),
    "thai": ("noto-sans-thai/NotoSansThai-Regular.ttf", "noto-sans-thai/NotoSansThai-Bold.ttf"),
}
_bundled_family: dict[str, str] = {}


def load_bundled_font(script: str, folder: Path = FONTS_DIR) -> str | None:
    """Register the font Saphan ships for ``script`` with Qt (once) and return its family, or
    None when its files are missing. Cheap: Qt only maps the files here (under 1 ms for both
    weights) and reads the glyphs when text in the script is first drawn."""
    if script in _bundled_family:
        return _bundled_family[script]
    family: str | None = None
    for name in BUNDLED[script]:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and family is None:
            family = families[0]
    if family is not None:
        _bundled_family[script] = family
    return family


def script_fallbacks(platform: str | None = None) -> list[str]:
    """The Myanmar family first, then the Thai one (at most one of each): the preferred
    installed family, else the bundled font (registered on first need)."""
    available = set(QFontDatabase.families())
    chosen: list[str] = []
    for script in ("myanmar", "thai"):
        families = preferred_families(script, available, platform or sys.platform)
        if families:
            chosen.append(families[0])
        elif (bundled := load_bundled_font(script)) is not None:
            chosen.append(bundled)
    return chosen


@dataclass(frozen=True)
class ScriptType:
    """How text of one script is set: its size against the Latin point size (Myanmar letters
    sit in the Latin x-height, so at the same point size Burmese looks clearly smaller than a
    Latin name beside it) and the line height it needs against the font's own (Myanmar stacks
    marks above and below the letters)."""

    size: float
    line_height: float


SCRIPT_TYPE = {
    "latin": ScriptType(1.0, 1.0),
    "myanmar": ScriptType(1.2, 1.15),
    "thai": ScriptType(1.1, 1.1),
}
# The script of each interface language (S'gaw Karen is written in Myanmar script).
LANGUAGE_SCRIPT = {"en": "latin", "my": "myanmar", "ksw": "myanmar", "th": "thai"}

_base: dict[str, float] = {}


def script_of(language: str) -> str:
    return LANGUAGE_SCRIPT.get(language, "latin")


def ui_font(base: QFont, language: str) -> QFont:
    """The application font for an interface in ``language``: ``base`` at its script's size."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(round(base.pointSizeF() * SCRIPT_TYPE[script_of(language)].size, 1))
    return font


def line_height(font: QFont, language: str) -> int:
    """The height of one line of ``language``'s text in ``font`` (table rows, list items)."""
    own = QFontMetrics(font).height()
    return max(own, round(own * SCRIPT_TYPE[script_of(language)].line_height))


def apply_language_font(app: QApplication, language: str) -> QFont:
    """Size the application font for ``language``'s script (from the size it had at start)."""
    base = QFont(app.font())
    if "size" in _base:
        base.setPointSizeF(_base["size"])
    font = ui_font(base, language)
    app.setFont(font)
    return font


def install_script_fallbacks(app: QApplication) -> list[str]:
    """Make the application font a family list: the UI font, then a Myanmar and a Thai font.
    Qt takes each glyph from the first family that has it, so names in Myanmar or Thai script
    render in every widget, on Windows as on Linux. From then on the font follows the
    interface language's script (:func:`apply_language_font`). Returns the fallbacks set."""
    fallbacks = script_fallbacks()
    font = QFont(app.font())
    # The family actually used (e.g. "DejaVu Sans" for the generic "Sans Serif").
    base = "Segoe UI" if sys.platform.startswith("win") else QFontInfo(font).family()
    font.setFamilies([base, *[f for f in fallbacks if f != base]])
    # Widgets that set their own family (e.g. monospace) still find the scripts.
    QFont.insertSubstitutions(base, fallbacks)
    app.setFont(font)
    follow_language(app)
    return fallbacks


def follow_language(app: QApplication) -> None:
    """From now on size the application font for each interface language's script."""
    from desktop import i18n

    _base.setdefault("size", app.font().pointSizeF())
    apply_language_font(app, i18n.current_language())
    i18n.on_language_changed(_follow_language)


def stop_following_language(app: QApplication) -> None:
    from desktop import i18n

    i18n.remove_language_listener(_follow_language)
    if "size" in _base:
        font = QFont(app.font())
        font.setPointSizeF(_base.pop("size"))
        app.setFont(font)


def _follow_language(language: str) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_language_font(app, language)


SCRIPT_SCALE = 1.2


def script_font(base: QFont) -> QFont:
    """A font for names in Myanmar or Thai script: the script families first, a little larger
    than ``base`` because Myanmar letters are drawn small for their line height."""
    font = QFont(base)
    font.setFamilies([*script_fallbacks(), *base.families()])
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * SCRIPT_SCALE)
    return font


def script_line_height(base: QFont) -> int:
    """The height a line needs for names in script next to Latin text in ``base``: Burmese
    stacks marks above and below the letters."""
    return max(QFontMetrics(base).height(), QFontMetrics(script_font(base)).height())


def monospace_font(point_size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font
