"""Referral codes: what a referral slip carries to the receiving CSO, and nothing about the person.

A code is the referring CSO's code, then seven random characters and one check character, in
groups of four: ``BEAM-7K3Q-9XZF``. It is short enough to read aloud over the phone and to type
from a slip.

- The random part uses 30 characters that cannot be mistaken for one another when read or
  heard: the digits 2-9 and the letters without I, L, O and U (no 0/O, no 1/I/L, no U/V).
  Seven of them make 30^7, about 22 thousand million, codes per CSO.
- The check: every character of the code without its dashes has a value (0-9 are 0-9, A-Z are
  10-35) and a weight (its position, 1, 2, 3 ...); a valid code's weighted sum is a multiple of
  37. Because 37 is prime, above every value and above every weight (a code has at most 20
  characters): one wrong character changes the sum by ``weight × difference``, which 37 never
  divides; two neighbours swapped change it by exactly the difference of the two characters,
  which 37 never divides either. So every single wrong character and every swap of two
  neighbours is caught, the CSO's code included (tests/db/test_referral_codes.py proves it
  with Hypothesis).
- The check character is one of the 30 as well: a random part whose check would fall on a
  value that is not one of them is drawn again (7 times in 37).

Reading a code is lenient: small letters, spaces and dashes (any kind) are fine, e.g.
``beam 7k3q 9xzc``. Anything else raises :class:`~db.errors.ReferralCodeInvalid`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from db.errors import ReferralCodeInvalid

# The characters of the random part and of the check character.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_LENGTH = 7
BODY_LENGTH = RANDOM_LENGTH + 1  # with the check character
MODULUS = 37
# The CSO's code, as db.setup and directory.network have it.
CSO_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
MAX_LENGTH = 12 + 2 + BODY_LENGTH  # the longest canonical code (two dashes)
# What a person may type between the characters: spaces and every kind of dash.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u00ad\ufe58\ufe63\uff0d_.]+")
_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_CHECKABLE = frozenset(_VALUES[c] for c in ALPHABET)


@dataclass(frozen=True)
class ReferralCode:
    cso: str  # the referring CSO's code (the prefix)
    code: str  # the canonical form, e.g. BEAM-7K3Q-9XZF


def _weighted(chars: str) -> int:
    return sum((i + 1) * _VALUES[c] for i, c in enumerate(chars))


def _check_value(chars: str) -> int | None:
    """The check character's value that makes ``chars`` + it valid (None: none of the 30)."""
    position = len(chars) + 1
    needed = (-_weighted(chars) * pow(position, -1, MODULUS)) % MODULUS
    return needed if needed in _CHECKABLE else None


def canonical(cso: str, body: str) -> str:
    return f"{cso}-{body[:4]}-{body[4:]}"


def code_from(cso: str, draw: Callable[[], str]) -> str:
    """A code of ``cso`` from the random parts ``draw`` gives (the first that takes a check
    character of the 30)."""
    if not CSO_CODE_RE.fullmatch(cso):
        raise ReferralCodeInvalid("format")
    while True:
        random_part = draw()
        value = _check_value(cso + random_part)
        if value is not None:
            check = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[value]
            return canonical(cso, random_part + check)


def new_code(cso_code: str) -> str:
    """A new random code of the CSO ``cso_code`` (its canonical form)."""
    return code_from(
        cso_code, lambda: "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    )


def derived_code(cso_code: str, secret: bytes, seed: str) -> str:
    """A code worked out from ``seed`` with the CSO's ``secret`` (for referrals made before codes
    existed: every laptop of a team gives the same referral the same code)."""
    counter = 0

    def draw() -> str:
        nonlocal counter
        digest = hmac.new(secret, f"{seed}|{counter}".encode(), hashlib.sha256).digest()
        counter += 1
        return "".join(ALPHABET[b % len(ALPHABET)] for b in digest[:RANDOM_LENGTH])

    return code_from(cso_code, draw)


def parse(text: str) -> ReferralCode:
    """The code in ``text`` as typed, pasted or scanned. Raises ReferralCodeInvalid: ``empty``
    (nothing typed), ``format`` (not the shape of a referral code), ``check`` (the check
    character does not match: a character is wrong or two are swapped)."""
    chars = _SEPARATORS.sub("", text or "").upper()
    if not chars:
        raise ReferralCodeInvalid("empty")
    if len(chars) > MAX_LENGTH or not chars.isascii():
        raise ReferralCodeInvalid("format")
    cso, body = chars[:-BODY_LENGTH], chars[-BODY_LENGTH:]
    if (
        len(chars) <= BODY_LENGTH
        or not CSO_CODE_RE.fullmatch(cso)
        or any(c not in ALPHABET for c in body)
    ):
        raise ReferralCodeInvalid("format")
    if _weighted(chars) % MODULUS:
        raise ReferralCodeInvalid("check")
    return ReferralCode(cso=cso, code=canonical(cso, body))


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except ReferralCodeInvalid:
        return False
    return True
