"""Referral codes (db.referral_codes): short, readable aloud, and their check character catches
every single wrong character and every swap of two neighbours, the CSO's code included."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import referral_codes
from db.errors import ReferralCodeInvalid
from db.referral_codes import ALPHABET, new_code, parse

EXAMPLES = int(os.environ.get("SAPHAN_FUZZ_EXAMPLES", "100"))
CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

cso_codes = st.from_regex(re.compile(r"[A-Z][A-Z0-9]{1,11}"), fullmatch=True)


def test_a_code_is_short_readable_and_starts_with_the_cso() -> None:
    code = new_code("BEAM")
    assert re.fullmatch(r"BEAM-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}", code), code
    assert not set(code[5:]) & set("01OILU")  # nothing to mistake when read aloud
    assert parse(code).cso == "BEAM"
    assert parse(code).code == code
    assert len({new_code("BEAM") for _ in range(200)}) == 200


def test_reading_is_lenient_with_case_spaces_and_dashes() -> None:
    code = new_code("KWA2")
    body = code.replace("-", "")[4:]
    for typed in (
        code.lower(),
        f" kwa2 {body[:4]} {body[4:]} ",
        f"KWA2{body}",
        f"KWA2–{body[:4]}—{body[4:]}",  # other dashes
        f"kwa2-{body[:2]} {body[2:]}",
    ):
        assert parse(typed).code == code, typed


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "empty"),
        ("  - ", "empty"),
        ("BEAM-000123", "format"),  # a person's code is not a referral code
        ("BEAM", "format"),
        ("7K3Q9XZC", "format"),  # no CSO
        ("BEAM-7K3Q", "format"),
        ("BEAM-7K3Q-9X0C", "format"),  # 0 is not one of the characters
        ("BEAM-7K3Q-9XZF-EXTRA-EXTRA", "format"),
        ("ဘီအမ်-7K3Q-9XZF", "format"),
    ],
)
def test_what_is_not_a_code_is_refused_with_its_reason(typed: str, reason: str) -> None:
    with pytest.raises(ReferralCodeInvalid) as refused:
        parse(typed)
    assert refused.value.reason == reason


def test_the_check_character_is_the_last_and_is_checked() -> None:
    code = new_code("BEAM")
    wrong = next(c for c in ALPHABET if c != code[-1])
    with pytest.raises(ReferralCodeInvalid) as refused:
        parse(code[:-1] + wrong)
    assert refused.value.reason == "check"


@settings(max_examples=EXAMPLES, deadline=None)
@given(cso=cso_codes, data=st.data())
def test_every_single_wrong_character_is_caught(cso: str, data: st.DataObject) -> None:
    chars = new_code(cso).replace("-", "")
    at = data.draw(st.integers(0, len(chars) - 1))
    other = data.draw(st.sampled_from([c for c in CHARACTERS if c != chars[at]]))
    typed = chars[:at] + other + chars[at + 1 :]
    with pytest.raises(ReferralCodeInvalid):
        parse(typed)


@settings(max_examples=EXAMPLES, deadline=None)
@given(cso=cso_codes, data=st.data())
def test_every_swap_of_two_neighbours_is_caught(cso: str, data: st.DataObject) -> None:
    chars = new_code(cso).replace("-", "")
    at = data.draw(st.integers(0, len(chars) - 2))
    if chars[at] == chars[at + 1]:
        return  # swapping two equal characters changes nothing
    typed = chars[:at] + chars[at + 1] + chars[at] + chars[at + 2 :]
    with pytest.raises(ReferralCodeInvalid):
        parse(typed)


def test_every_error_of_one_code_exhaustively() -> None:
    """The Hypothesis tests above, but every position and every character, for codes of the
    shortest and the longest CSO codes."""
    for cso in ("BE", "ABCDEFGHIJ12", "Z9"):
        for _ in range(4):
            chars = new_code(cso).replace("-", "")
            for at in range(len(chars)):
                for other in CHARACTERS:
                    if other != chars[at]:
                        assert not referral_codes.is_valid(chars[:at] + other + chars[at + 1 :])
                if at + 1 < len(chars) and chars[at] != chars[at + 1]:
                    swapped = chars[:at] + chars[at + 1] + chars[at] + chars[at + 2 :]
                    assert not referral_codes.is_valid(swapped)


def test_a_derived_code_is_the_same_for_the_same_referral() -> None:
    one = referral_codes.derived_code("BEAM", b"key", "7|2025-01-02")
    assert one == referral_codes.derived_code("BEAM", b"key", "7|2025-01-02")
    assert one != referral_codes.derived_code("BEAM", b"key", "8|2025-01-02")
    assert one != referral_codes.derived_code("BEAM", b"other", "7|2025-01-02")
    assert parse(one).code == one


def test_a_code_cannot_be_made_for_a_cso_code_that_is_not_one() -> None:
    with pytest.raises(ReferralCodeInvalid):
        new_code("beam")


def test_the_example_the_app_shows_is_a_real_code() -> None:
    assert parse("BEAM-7K3Q-9XZF").code == "BEAM-7K3Q-9XZF"
