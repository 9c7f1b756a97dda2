"""Dates written out in a document's language (English, Burmese, Thai), for every Word
document Saphan prints (session plans, the subject access document, the donor report). No Qt
here. Month names are in the language; digits are 0–9 in every language, the app's one rule
for digits (desktop.i18n), so a date in a document reads as it does on screen."""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "my": (
        "ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
        "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ",
    ),
    "th": (
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
        "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ),
}  # fmt: skip


def format_date(language: str, day: dt.date | None, *, buddhist_era: bool = False) -> str:
    """A date written out (Thai always in the Buddhist era, the others too when
    ``buddhist_era``: the user's choice in Settings); "" for no date."""
    if day is None:
        return ""
    month = _MONTHS.get(language, _MONTHS["en"])[day.month - 1]
    year = day.year + 543 if buddhist_era or language == "th" else day.year
    if language == "my":
        return f"{year} ခုနှစ်၊ {month}လ {day.day} ရက်"
    return f"{day.day} {month} {year}"


def format_month(language: str, month: str) -> str:
    """A month "YYYY-MM" written out ("May 2026"; Thai in the Buddhist era); anything else as
    it is."""
    try:
        year, number = (int(part) for part in month.split("-"))
        name = _MONTHS.get(language, _MONTHS["en"])[number - 1]
    except (ValueError, IndexError):
        return month
    if language == "th":
        return f"{name} {year + 543}"
    if language == "my":
        return f"{year} {name}"
    return f"{name} {year}"
