"""Which interface languages this copy of Saphan has, found from the files alone (no Qt).

English is the source; Burmese and Thai are built in. Any other language is added by a
translator with ``python3 installers/dev.py new-language CODE "NAME"``: that writes the
language into ``resources/i18n/languages.json`` (its name in its own script and the language
its untranslated strings fall back to) and creates ``saphan_<code>.ts``. The language is
offered in the pickers as soon as its ``saphan_<code>.qm`` is there: no code changes.

``pseudo`` is the pseudo-locale (accented, 40 % longer text) for catching strings that are not
marked for translation and text that does not fit; it is never offered in a picker, only
chosen with ``saphan --lang pseudo`` or ``SAPHAN_LANG=pseudo``. With it, any plain English
on screen is a string that never went through ``tr()``, any text cut short lost its closing
bracket, and any label that does not grow with its text is too narrow for Burmese.
Placeholders (``{count}``, ``%n``, ``%1``), HTML tags and entities are kept as they are so the
strings still work (:func:`pseudo`; :mod:`desktop.i18n` installs the translator).
"""

from __future__ import annotations

import json
import math
import os
import re
from functools import lru_cache
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CATALOGUE = "languages.json"
SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
# A language for this run only (``saphan --lang``): overrides the laptop's and the user's.
FORCED_ENV = "SAPHAN_LANG"

# (code, name in its own language). The names are not translated: a person looks for their
# own language written in its own script.
BUILT_IN: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("my", "မြန်မာ"),
    ("th", "ไทย"),
)


def qm_path(code: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"saphan_{code}.qm"


def catalogue(folder: Path = I18N_DIR) -> dict[str, dict[str, str]]:
    """The added languages: ``{code: {"name": ..., "fallback": ...}}`` (empty when none)."""
    path = folder / CATALOGUE
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return dict(_read_catalogue(path, stamp))


@lru_cache(maxsize=8)
def _read_catalogue(path: Path, _stamp: int) -> dict[str, dict[str, str]]:
    """languages.json as read once per version of the file (labels ask on every cell)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    found: dict[str, dict[str, str]] = {}
    for code, entry in data.items():
        if isinstance(code, str) and isinstance(entry, dict) and isinstance(entry.get("name"), str):
            fallback = entry.get("fallback")
            found[code] = {
                "name": entry["name"],
                "fallback": fallback if isinstance(fallback, str) else "",
            }
    return found


def available(folder: Path = I18N_DIR) -> tuple[tuple[str, str], ...]:
    """(code, own name) of every language that can be chosen: the built-in ones, then each
    added language whose compiled file is present."""
    added = tuple(
        (code, entry["name"])
        for code, entry in sorted(catalogue(folder).items())
        if code not in dict(BUILT_IN) and qm_path(code, folder).exists()
    )
    return BUILT_IN + added


def codes(folder: Path = I18N_DIR) -> tuple[str, ...]:
    return tuple(code for code, _name in available(folder))


def fallbacks(code: str, folder: Path = I18N_DIR) -> list[str]:
    """The languages whose words stand in for an untranslated one, nearest first (S'gaw
    Karen: Burmese, a Karen reader's second script); English is always the last resort and
    not listed."""
    chain: list[str] = []
    entries = catalogue(folder)
    current = code
    while current in entries and entries[current]["fallback"]:
        current = entries[current]["fallback"]
        if current in (SOURCE_LANGUAGE, code) or current in chain:
            break
        chain.append(current)
    return chain


def forced_language() -> str | None:
    """The language given for this run (``saphan --lang`` sets ``SAPHAN_LANG``), if any."""
    value = os.environ.get(FORCED_ENV, "").strip()
    return value or None


# --- the pseudo-locale ------------------------------------------------------------------

OPEN, CLOSE = "[", "]"
GROWTH = 0.4
PAD = "~"
# Kept as they are: placeholders, Qt's %-arguments, tags, entities.
_KEEP = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%L?\d|<[^>]*>|&[a-zA-Z]+;|&#\d+;")
_ACCENTED = str.maketrans(
    "AaCcDEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçÐÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÜüŴŵÝýŽž",
)


def accent(text: str) -> str:
    """The letters of ``text`` accented, placeholders and markup untouched."""
    out: list[str] = []
    at = 0
    for match in _KEEP.finditer(text):
        out.append(text[at : match.start()].translate(_ACCENTED))
        out.append(match.group())
        at = match.end()
    out.append(text[at:].translate(_ACCENTED))
    return "".join(out)


def pseudo(text: str) -> str:
    """``text`` as the pseudo-locale shows it: accented, 40 % longer, in brackets. An empty
    string stays empty (Qt then keeps the source)."""
    if not text.strip():
        return text
    visible = len(_KEEP.sub("", text))
    return f"{OPEN}{accent(text)}{_padding(math.ceil(visible * GROWTH))}{CLOSE}"


def _padding(length: int) -> str:
    """``length`` characters of padding in words of at most 8 (a longer language has longer
    words, not one endless word: word-wrapped text must still be able to wrap)."""
    words, rest = divmod(length, 9)
    padding = " ".join([PAD * 8] * words)
    if rest:
        padding = f"{padding} {PAD * (rest - 1)}".rstrip() if words else PAD * rest
    return padding


def plain_words(text: str) -> list[str]:
    """Latin words of ``text`` that did not come through the pseudo-locale: outside every
    bracketed (translated) part. Names and codes show up here too; callers allow those."""
    outside = re.sub(r"\[[^\]]*\]", " ", text, flags=re.DOTALL)
    return re.findall(r"[A-Za-z]{2,}", _KEEP.sub(" ", outside))
