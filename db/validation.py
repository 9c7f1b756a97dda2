"""Checks on what a person types. Returns problem codes; the UI words them in its language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from db.text_safety import CONTROL_CHARACTER as CONTROL_CHARACTER
from db.text_safety import has_control_character, multi_line, one_line
from db.types import WG_CANNOT, WG_DOMAINS, WG_NO_DIFFICULTY, PersonInput

MAX_AGE = 110
NAME_MAX = 200

# Problem codes (the UI has a sentence for each).
REQUIRED = "required"
TOO_LONG = "too_long"
IN_FUTURE = "in_future"
TOO_OLD = "too_old"
BEFORE_BIRTH = "before_birth"
PHONE_FORMAT = "phone_format"
CONSENT_REQUIRED = "consent_required"
BIRTH_REQUIRED = "birth_required"
OUT_OF_RANGE = "out_of_range"
CONSENT_METHODS = ("verbal", "signed_form")  # how consent was given (db.consent.METHODS)

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-./]+$")


def text_problems(fields: Mapping[str, str]) -> dict[str, str]:
    """:data:`CONTROL_CHARACTER` for each field whose text holds a control character (e.g.
    U+000B from a pasted Word line break), which could not be written to a spreadsheet or a
    Word document. Tabs and line breaks are no problem: in a single-line field they become a
    space (:func:`clean_text`), a multi-line field keeps them.

    Every write path of the store checks its text with this (and :mod:`db.models` checks every
    row again before it is written, so nothing bypasses it)."""
    return {name: CONTROL_CHARACTER for name, text in fields.items() if has_control_character(text)}


def clean_text(text: str, *, multiline: bool = False) -> str:
    """Text as it is stored: in a single-line field tabs and line breaks become spaces; in a
    multi-line one, Windows line breaks become ``\\n``. Control characters are left for
    :func:`text_problems` to refuse."""
    return multi_line(text) if multiline else one_line(text)


def phone_digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def check_phone(phone: str) -> str | None:
    """Thai (0XX XXX XXXX, +66 ...) and Myanmar (09 ..., +95 9 ...) numbers are accepted."""
    phone = phone.strip()
    if not phone:
        return None
    if not _PHONE_CHARS.match(phone):
        return PHONE_FORMAT
    digits = phone_digits(phone)
    if phone.startswith("+"):
        if digits.startswith("66") and len(digits) in (10, 11):
            return None
        if digits.startswith("95") and 9 <= len(digits) <= 12:
            return None
        return None if 8 <= len(digits) <= 15 else PHONE_FORMAT
    if digits.startswith("09") and 9 <= len(digits) <= 11:
        return None  # Myanmar mobile
    if digits.startswith("0") and len(digits) in (9, 10):
        return None  # Thai landline (9) or mobile (10)
    return PHONE_FORMAT


def effective_birth_date(person: PersonInput) -> dt.date | None:
    """The stored birth date: the real one, or 1 July of an estimated year."""
    if person.birth_date is not None:
        return person.birth_date
    if person.birth_year is not None:
        return dt.date(person.birth_year, 7, 1)
    return None


def validate_person(
    person: PersonInput, today: dt.date | None = None, *, registering: bool = True
) -> dict[str, str]:
    """Every problem with the input, keyed by field name. Empty means it can be saved.

    Consent to services is needed to register someone; later it may be withdrawn (the record
    is then restricted, see db.consent), so an edit does not need it."""
    today = today or dt.date.today()
    problems: dict[str, str] = text_problems(
        {
            "name_latin": person.name_latin,
            "name_script": person.name_script,
            "phone": person.phone,
            "area": person.area,
            "notes": person.notes,
        }
    )
    name = person.name_latin.strip()
    if not name and not person.name_script.strip():
        problems["name_latin"] = REQUIRED
    if len(name) > NAME_MAX:
        problems["name_latin"] = TOO_LONG
    if len(person.name_script.strip()) > NAME_MAX:
        problems["name_script"] = TOO_LONG

    if person.birth_date is None and person.birth_year is None:
        problems["birth"] = BIRTH_REQUIRED
    elif person.birth_date is not None:
        if person.birth_date > today:
            problems["birth"] = IN_FUTURE
        elif today.year - person.birth_date.year > MAX_AGE:
            problems["birth"] = TOO_OLD
    elif person.birth_year is not None:
        if person.birth_year > today.year:
            problems["birth"] = IN_FUTURE
        elif today.year - person.birth_year > MAX_AGE:
            problems["birth"] = TOO_OLD

    phone = check_phone(one_line(person.phone))
    if phone:
        problems.setdefault("phone", phone)

    if person.consent_date > today:
        problems["consent_date"] = IN_FUTURE
    born = effective_birth_date(person)
    if born is not None and person.consent_date < born and "birth" not in problems:
        problems["consent_date"] = BEFORE_BIRTH
    if registering and not person.consent_services:
        # Registering someone at all needs their consent to receive services.
        problems["consent_services"] = CONSENT_REQUIRED
    if person.consent_method not in CONSENT_METHODS:
        problems["consent_method"] = OUT_OF_RANGE

    for domain, answer in person.washington_group.items():
        if domain not in WG_DOMAINS or not WG_NO_DIFFICULTY <= answer <= WG_CANNOT:
            problems["washington_group"] = OUT_OF_RANGE
    if len(person.area) > NAME_MAX:
        problems["area"] = TOO_LONG
    return problems
