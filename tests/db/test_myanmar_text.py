"""Zawgyi detection and conversion on real Zawgyi strings."""

from __future__ import annotations

import pytest

from db.myanmar_text import has_myanmar, looks_like_zawgyi, zawgyi_probability, zawgyi_to_unicode

# (Zawgyi as typed on an older phone, the same text in Unicode)
PAIRS = [
    ("ေက်ာ္ေဇာ", "ကျော်ဇော"),
    ("မင္းသူ", "မင်းသူ"),
    ("ေအာင္ေအာင္", "အောင်အောင်"),
    ("ျမန္မာ", "မြန်မာ"),
    ("ခင္ေမာင္ေထြး", "ခင်မောင်ထွေး"),
]


@pytest.mark.parametrize(("zawgyi", "unicode"), PAIRS)
def test_zawgyi_is_detected_and_converted(zawgyi: str, unicode: str) -> None:
    assert looks_like_zawgyi(zawgyi)
    assert not looks_like_zawgyi(unicode)
    assert zawgyi_to_unicode(zawgyi) == unicode


def test_text_without_myanmar_letters_is_never_zawgyi() -> None:
    for text in ("Ma Hnin Ei", "สมศรี ใจดี", "", "0812345678"):
        assert not has_myanmar(text)
        assert zawgyi_probability(text) == 0.0
        assert not looks_like_zawgyi(text)
