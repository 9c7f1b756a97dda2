"""Burmese text: Zawgyi detection and conversion, and a normal form for searching.

Zawgyi is a font encoding still common on Myanmar phones and older PCs: it reuses Unicode's
Myanmar code points in another order and meaning, so Zawgyi text looks right only in a Zawgyi
font and is not found by a search typed in Unicode. Saphan detects it and *offers* the
conversion; a person confirms it, because the converter is wrong on a few words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_MYANMAR = re.compile(r"[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]")
ZAWGYI_THRESHOLD = 0.95


def has_myanmar(text: str) -> bool:
    return bool(_MYANMAR.search(text))


@lru_cache(maxsize=1)
def _detector() -> Any:
    from myanmartools import ZawgyiDetector

    return ZawgyiDetector()


def zawgyi_probability(text: str) -> float:
    """0..1: how likely the Myanmar text is Zawgyi. 0 for text with no Myanmar letters."""
    if not has_myanmar(text):
        return 0.0
    p = float(_detector().get_zawgyi_probability(text))
    return p if p == p and p >= 0 else 0.0  # NaN/-inf guard


def looks_like_zawgyi(text: str) -> bool:
    """True when the text is very probably Zawgyi (short strings are ambiguous: be careful)."""
    return zawgyi_probability(text) >= ZAWGYI_THRESHOLD


def zawgyi_to_unicode(text: str) -> str:
    """The Unicode spelling of Zawgyi text (to be confirmed by a person)."""
    from myanmar import converter

    return unicodedata.normalize("NFC", str(converter.convert(text, "zawgyi", "unicode")))


# --- a normal form for searching ------------------------------------------------------------
#
# The same Burmese word can be typed as different code point sequences that look the same:
# medials or vowel signs in another order, the vowel sign E typed before its consonant (as it is
# drawn), a zero-width space inside a word, a digit that looks like a letter. Searching compares
# one normal form: Unicode's recommended storage order (UTN #11) and the look-alikes mapped.

_KINZI = "\u1004\u103a\u1039"
_VIRAMA = "\u1039"
_E = "\u1031"
_MEDIAL_RA = "\u103c"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _is_base(ch: str) -> bool:
    """A consonant or independent vowel: what dependent signs attach to."""
    o = ord(ch)
    return (
        0x1000 <= o <= 0x102A
        or o in (0x103F, 0x104E, 0x1061, 0x108E)
        or 0x1050 <= o <= 0x1055
        or 0x105A <= o <= 0x105D
        or 0x1065 <= o <= 0x1066
        or 0x106E <= o <= 0x1070
        or 0x1075 <= o <= 0x1081
    )


# Storage order of the dependent signs after a consonant (UTN #11): stacked consonant,
# medials Y R W H, vowel sign E, upper vowels, lower vowels, AA, anusvara, dot below, asat,
# visarga. A stacked consonant (virama + consonant) sorts as one unit, first.
_RANK = {
    "\u103b": 2,
    "\u103c": 3,
    "\u103d": 4,
    "\u103e": 5,
    "\u1031": 6,
    "\u102d": 7,
    "\u102e": 7,
    "\u1032": 7,
    "\u102f": 8,
    "\u1030": 8,
    "\u102b": 9,
    "\u102c": 9,
    "\u1036": 10,
    "\u1037": 11,
    "\u103a": 12,
    "\u1038": 13,
}
# Dependent signs of Shan, Mon, Karen and Pali: kept as typed.
_OTHER_SIGNS = frozenset(
    chr(o)
    for o in (
        *range(0x1056, 0x105A),
        *range(0x105E, 0x1061),
        *range(0x1062, 0x1065),
        *range(0x1067, 0x106E),
        *range(0x1071, 0x1075),
        *range(0x1082, 0x108E),
        0x108F,
        *range(0x109A, 0x109E),
    )
)
_MEDIALS = frozenset("\u103b\u103c\u103d\u103e")
_DIGITS = frozenset("\u1040\u1041\u1042\u1043\u1044\u1045\u1046\u1047\u1048\u1049")
# Digits that look like letters, used inside words: zero/wa, seven/ra, four/locative.
_DIGIT_LETTERS = {"\u1040": "\u101d", "\u1047": "\u101b", "\u1044": "\u104e"}


def _move_prefixed_signs(text: str) -> str:
    """Vowel sign E and medial RA typed before their consonant (visual order, as older
    keyboards and Zawgyi habits do) are moved after it."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        attached = bool(out) and (_is_base(out[-1]) or out[-1] in _MEDIALS)
        if ch in (_E, _MEDIAL_RA) and not attached:
            j = i
            while j < n and text[j] in (_E, _MEDIAL_RA):
                j += 1
            if j < n and _is_base(text[j]):
                out.append(text[j])
                out.extend(text[i:j])
                i = j + 1
                continue
            # No consonant follows: the whole run stays as typed (taken at once, so a long
            # run is read once, not once per sign).
            out.extend(text[i:j])
            i = j
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _sorted_signs(signs: list[str]) -> list[str]:
    if any(s not in _RANK and not s.startswith(_VIRAMA) for s in signs):
        return signs  # signs of other languages (Shan, Mon, ...): leave them as typed
    unique: list[str] = []
    for s in sorted(signs, key=lambda s: 1 if s.startswith(_VIRAMA) else _RANK[s]):
        if not unique or unique[-1] != s:  # a sign typed twice counts once
            unique.append(s)
    return unique


def _reorder(text: str) -> str:
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith(_KINZI, i) and i + 3 < n and _is_base(text[i + 3]):
            out.append(_KINZI)
            i += 3
            continue
        ch = text[i]
        out.append(ch)
        i += 1
        if not _is_base(ch):
            continue
        signs: list[str] = []
        while i < n:
            if text[i] == _VIRAMA and i + 1 < n and _is_base(text[i + 1]):
                signs.append(text[i : i + 2])
                i += 2
            elif text[i] in _RANK or text[i] in _OTHER_SIGNS:
                signs.append(text[i])
                i += 1
            else:
                break
        out.extend(_sorted_signs(signs))
    return "".join(out)


def _look_alikes(text: str) -> str:
    chars = list(text)
    n = len(chars)
    for i, ch in enumerate(chars):
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < n else ""
        if ch in _DIGIT_LETTERS:
            # A digit between letters (not next to another digit) is the letter it looks like.
            near_digit = prev in _DIGITS or nxt in _DIGITS or prev.isdigit() or nxt.isdigit()
            near_letter = has_myanmar(prev + nxt)
            if near_letter and not near_digit:
                chars[i] = _DIGIT_LETTERS[ch]
        elif ch == "\u1025" and nxt in ("\u103a", "\u102c"):
            chars[i] = "\u1009"  # letter U before asat or AA is the letter NYA (ဉ်, ဉာဏ်)
    return "".join(chars)


def normalise_myanmar(text: str) -> str:
    """One spelling for Burmese text that looks the same however it was typed: NFC, no
    zero-width characters, dependent signs in Unicode's storage order (kinzi, stacked
    consonant, medials Y-R-W-H, vowel sign E, upper and lower vowels, AA, anusvara, dot below,
    asat, visarga), E and medial RA typed before their consonant moved after it, and digits or
    letters that look alike inside words mapped to the letter (၀/ဝ, ၇/ရ, ၄/၎, ဥ်/ဉ်).
    For comparing and searching, not for display. Text without Myanmar letters is only NFC."""
    text = unicodedata.normalize("NFC", text)
    if not has_myanmar(text):
        return text
    text = text.translate(_INVISIBLE)
    text = _look_alikes(_reorder(_move_prefixed_signs(text)))
    # U+1025 U+102E composes to U+1026 (and NFC orders dot below before asat).
    return unicodedata.normalize("NFC", text)


__all__ = [
    "has_myanmar",
    "looks_like_zawgyi",
    "normalise_myanmar",
    "zawgyi_probability",
    "zawgyi_to_unicode",
]
