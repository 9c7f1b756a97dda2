"""The interface language: English (the source strings), Burmese or Thai, switched at run time.

Saphan's strings are translated with Qt's own machinery: ``resources/i18n/saphan_<code>.qm``
files (built by ``installers/i18n.py``) loaded into a QTranslator. Switching installs the new
translator and removes the old one; Qt then sends every widget a LanguageChange event, which the
main window answers by rebuilding its pages in the new language. A string with no translation
shows in the language's fallback (S'gaw Karen: Burmese), else in English.

The language is chosen before sign-in (:mod:`desktop.widgets.language_picker`, remembered on
the laptop), then each user's own choice applies (remembered in the database; a new user
keeps the one chosen at sign-in). ``saphan --lang CODE`` forces one for a run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from desktop import languages
from desktop.languages import PSEUDO, SOURCE_LANGUAGE, forced_language, pseudo

I18N_DIR = languages.I18N_DIR

# (code, name in its own language) of the built-in languages; :func:`available` adds the
# languages a translator added (resources/i18n/languages.json with their .qm file).
LANGUAGES: tuple[tuple[str, str], ...] = languages.BUILT_IN

_state: dict[str, object] = {"code": SOURCE_LANGUAGE, "translators": []}
# Called with the new code after each switch (e.g. desktop.fonts sizes the font per script).
_listeners: list[Callable[[str], None]] = []

# Burmese sentence marks: a line must never start with "။" or "၊". They may be broken before
# only after a space, so a space in front of one becomes a no-break space, and a word joiner
# keeps the mark on its word's line.
_SPACE_BEFORE_MARK = re.compile(r"[ \t]*([\u104a\u104b])")
WORD_JOINER = "\u2060"


def keep_marks_with_words(text: str) -> str:
    """``text`` with no break allowed before a Burmese "။" or "၊"."""
    return _SPACE_BEFORE_MARK.sub(
        lambda m: ("\u00a0" if m.group(0)[0] in " \t" else "") + WORD_JOINER + m.group(1), text
    )


# One rule for digits: 0–9 everywhere. Counts, charts, dates, phone numbers and codes are
# written with them (QLocale formats numbers so in every language), so a translation's Burmese
# or Thai digits ("၅–၁၁" beside a count of 12) become 0–9 too.
NATIVE_DIGITS = str.maketrans(
    "\u1040\u1041\u1042\u1043\u1044\u1045\u1046\u1047\u1048\u1049"
    "\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59",
    "01234567890123456789",
)


def western_digits(text: str) -> str:
    return text.translate(NATIVE_DIGITS)


class SaphanTranslator(QTranslator):
    """Saphan's catalogue; translations are given line-breaking care for their script and
    written with the digits 0–9 (:data:`NATIVE_DIGITS`)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        text = super().translate(context, source_text, disambiguation, n)
        if not text:
            # Not in the catalogue: a null string (None), so that Qt asks the next translator
            # or keeps the English. An empty one would count as the translation.
            return None
        text = western_digits(text)
        if "\u104a" in text or "\u104b" in text:
            return keep_marks_with_words(text)
        return text


def on_language_changed(callback: Callable[[str], None]) -> None:
    """Call ``callback(code)`` after every switch of language."""
    if callback not in _listeners:
        _listeners.append(callback)


def remove_language_listener(callback: Callable[[str], None]) -> None:
    if callback in _listeners:
        _listeners.remove(callback)


class PseudoTranslator(QTranslator):
    """Every string accented and 40 % longer (:func:`desktop.languages.pseudo`)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate's marker, by its name
    """Mark ``source`` for lupdate under ``context`` and return it as it is (translated when
    shown). PySide6's own marker is typed ``-> object``, which loses the ``str``."""
    return source


def available(folder: Path = I18N_DIR) -> tuple[tuple[str, str], ...]:
    """(code, own name) of every language that can be chosen, built-in ones first."""
    return languages.available(folder)


def language_codes(folder: Path = I18N_DIR) -> tuple[str, ...]:
    return languages.codes(folder)


def supported(code: str | None, folder: Path = I18N_DIR) -> str:
    """``code`` when Saphan has that language (or it is the pseudo-locale), else English."""
    if code == PSEUDO:
        return code
    return code if code in language_codes(folder) else SOURCE_LANGUAGE


def current_language() -> str:
    """The code of the interface language in use ("en", "my" or "th")."""
    return str(_state["code"])


def qm_path(code: str, folder: Path = I18N_DIR) -> Path:
    return languages.qm_path(code, folder)


def _installed() -> list[QTranslator]:
    translators = _state["translators"]
    assert isinstance(translators, list)
    return translators


def set_language(code: str | None, folder: Path = I18N_DIR) -> str:
    """Show the interface in ``code`` from now on: every open window re-translates itself.
    Returns the language actually used (English when the code is unknown or its file is
    missing). Does nothing when the language is already the one in use. A language with a
    fallback (S'gaw Karen: Burmese) shows the fallback's words where its own are missing."""
    app = QCoreApplication.instance()
    wanted = supported(code, folder)
    if app is None:
        return current_language()
    if wanted == current_language() and (wanted == SOURCE_LANGUAGE or _installed()):
        return wanted
    new = _translators(app, wanted, folder)
    if wanted not in (SOURCE_LANGUAGE, PSEUDO) and not new:
        wanted = SOURCE_LANGUAGE
    for old in _installed():
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    # Qt asks the translator installed last first: the fallbacks go in before the language.
    for translator in new:
        QCoreApplication.installTranslator(translator)
    # Installing and removing translators makes Qt send LanguageChange to every widget.
    _state["translators"] = new
    _state["code"] = wanted
    for listener in list(_listeners):
        listener(wanted)
    return wanted


def _translators(app: QObject, code: str, folder: Path) -> list[QTranslator]:
    """The translators of ``code``, the furthest fallback first; empty when its file is
    missing (English then)."""
    if code == SOURCE_LANGUAGE:
        return []
    if code == PSEUDO:
        return [PseudoTranslator(app)]
    own = SaphanTranslator(app)
    if not own.load(str(qm_path(code, folder))):
        return []
    found: list[QTranslator] = []
    for fallback in reversed(languages.fallbacks(code, folder)):
        translator = SaphanTranslator(app)
        if translator.load(str(qm_path(fallback, folder))):
            found.append(translator)
    found.append(own)
    # Qt's own words (the buttons of message boxes, ...) when Qt ships them.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(QLocale(code), "qtbase", "_", qt_folder):
        found.append(qtbase)
    return found


def start_language(remembered: str | None) -> str:
    """The language before anyone signs in: the one given for this run (``--lang``), else the
    one last chosen on this laptop (``remembered``), else Windows' display language."""
    return forced_language() or remembered or system_language()


def system_language() -> str:
    """The Windows display language when Saphan has it (Thai or Burmese Windows), else English."""
    return supported(QLocale.system().name().split("_")[0])
