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


__all__ = ["has_myanmar", "looks_like_zawgyi", "zawgyi_probability", "zawgyi_to_unicode"]
