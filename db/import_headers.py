"""Which field a column of a CSO's list is, guessed from its header (English, Burmese, Thai).

A guess is only a proposal: the import wizard shows it and a person corrects it; the mapping
they settle on is remembered for the next file with the same header.
"""

from __future__ import annotations

import re
import unicodedata

from db.types import WG_DOMAINS

# The fields a column can fill. "name" is a name in any script: Latin letters go to
# name_latin, Burmese or Thai to name_script.
WG_FIELDS = tuple(f"wg_{domain}" for domain in WG_DOMAINS)
FIELDS: tuple[str, ...] = (
    "name",
    "name_latin",
    "name_script",
    "sex",
    "birth_date",
    "birth_year",
    "age",
    "nationality",
    "population_group",
    "documentation",
    "phone",
    "area",
    "language",
    "consent_date",
    "consent_services",
    "consent_referral",
    "consent_data_use",
    "notes",
    *WG_FIELDS,
)
NAME_FIELDS = ("name", "name_latin", "name_script")
BIRTH_FIELDS = ("birth_date", "birth_year", "age")


def fold(text: str) -> str:
    """Lower-case NFC text with digits made ASCII and runs of spaces and punctuation made one
    space: how headers and keyword values are compared."""
    text = unicodedata.normalize("NFC", ascii_digits(text)).casefold()
    return " ".join(re.sub(r"[\s_:()\[\]*.,;#\-–—/\\?]+", " ", text).split())


_DIGITS = str.maketrans("၀၁၂၃၄၅၆၇၈၉๐๑๒๓๔๕๖๗๘๙", "01234567890123456789")


def ascii_digits(text: str) -> str:
    """Burmese and Thai digits as ASCII digits: "၁၉၉၀" → "1990", "๒๕๓๓" → "2533"."""
    return text.translate(_DIGITS)


# --- Headers ------------------------------------------------------------------------------------

# The export's own column names map exactly (the import template is the export's sibling).
_EXACT_HEADERS = {
    "name latin script": "name_latin",
    "name own script": "name_script",
    "date of birth": "birth_date",
    "birth year": "birth_year",
    "age": "age",
    "consent date": "consent_date",
    "consent services": "consent_services",
    "consent referral": "consent_referral",
    "consent data use": "consent_data_use",
    **{f"difficulty {d}": f"wg_{d}" for d in WG_DOMAINS},
}

# Keywords in order: the first field whose keyword occurs in the header wins, so the more
# specific ones ("consent date") come before the general ones ("date").
_HEADER_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("consent_services", ("consent services", "consent to services", "ခွင့်ပြုချက် ဝန်ဆောင်မှု")),
    ("consent_referral", ("consent referral", "consent to referral")),
    ("consent_data_use", ("consent data", "data use", "data consent")),
    ("consent_date", ("consent", "ခွင့်ပြု", "သဘောတူ", "ยินยอม")),
    ("name_latin", ("latin", "english name", "name in english", "name english", "ชื่ออังกฤษ")),
    ("name_script", ("own script", "myanmar name", "burmese name", "thai name", "မြန်မာအမည်")),
    ("birth_year", ("birth year", "year of birth", "yob", "မွေးနှစ်", "ปีเกิด")),
    ("birth_date", ("dob", "d o b", "birth", "born", "မွေးနေ့", "မွေးသက္ကရာဇ်", "วันเกิด", "เกิด")),
    ("age", ("age", "အသက်", "อายุ")),
    ("sex", ("sex", "gender", "ကျား", "လိင်", "เพศ")),
    ("phone", ("phone", "tel", "mobile", "contact no", "ဖုန်း", "โทร", "เบอร์")),
    ("nationality", ("nationality", "citizenship", "နိုင်ငံသား", "สัญชาติ")),
    ("population_group", ("population", "group", "status of stay", "အုပ်စု", "กลุ่ม")),
    (
        "documentation",
        ("document", "doc", "id card", "card", "passport", "စာရွက်စာတမ်း", "เอกสาร", "บัตร"),
    ),
    ("language", ("language", "ဘာသာစကား", "ภาษา")),
    (
        "area",
        ("area", "address", "village", "location", "place", "နေရပ်", "လိပ်စာ", "ที่อยู่", "พื้นที่", "หมู่บ้าน"),
    ),
    ("notes", ("note", "remark", "comment", "မှတ်ချက်", "หมายเหตุ")),
    ("wg_seeing", ("seeing", "vision")),
    ("wg_hearing", ("hearing",)),
    ("wg_walking", ("walking", "mobility")),
    ("wg_remembering", ("remembering", "memory", "cognition")),
    ("wg_selfcare", ("selfcare", "self care")),
    ("wg_communicating", ("communicating", "communication")),
    ("name", ("name", "အမည်", "နာမည်", "ชื่อ")),
)


def contains_word(key: str, word: str) -> bool:
    """Whether folded text holds a keyword. Latin keywords must start a word ("age" is not in
    "village" or "language"); Burmese and Thai are written without spaces, so anywhere."""
    if word.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(word)}", key) is not None
    return word in key


# Columns that are not imported: running numbers, old codes, other people's names, and the
# export's own columns that are worked out again (codes, status, counts).
_IGNORED_HEADERS = frozenset(
    (
        *("no", "sr", "sr no", "s no", "nr", "id", "code", "စဉ်", "ลำดับ", "ที่", "status"),
        *("closed reason", "sessions attended", "programmes", "registered on", "last updated"),
        *("consent recorded by", "birth date estimated", "disability washington group"),
    )
)
_IGNORED_WORDS = (
    "father",
    "mother",
    "parent",
    "guardian",
    "spouse",
    "husband",
    "wife",
    "staff",
    "recorded by",
    "caseworker",
    "place of birth",
    "birthplace",
    "ဖခင်",
    "မိခင်",
    "အဖ",
    "အမိ",
    "မွေးရပ်",
    "บิดา",
    "มารดา",
    "ที่เกิด",
    "สถานที่เกิด",
)


def guess_field(header: str) -> str | None:
    """The field a column header most probably means, or None."""
    key = fold(header)
    if not key:
        return None
    if key in _EXACT_HEADERS:
        return _EXACT_HEADERS[key]
    if key in _IGNORED_HEADERS or any(contains_word(key, w) for w in _IGNORED_WORDS):
        return None
    for field, keywords in _HEADER_KEYWORDS:
        if any(contains_word(key, word) for word in keywords):
            return field
    return None


def guess_mapping(
    header: tuple[str, ...], samples: list[list[str]] | None = None
) -> dict[int, str]:
    """Column index → field for every recognised header, each field used once at most.

    With a few sample values per column, a column of names goes to the Latin-letters field or
    the own-script field by what it holds, so "Name" and "အမည်" side by side both map."""
    mapping: dict[int, str] = {}
    for index, text in enumerate(header):
        field = guess_field(text)
        if field == "name" and samples is not None and samples[index]:
            latin = {has_latin_letters_only(value) for value in samples[index]}
            if len(latin) == 1:  # not a mix of scripts
                field = "name_latin" if True in latin else "name_script"
            if field in mapping.values():
                field = "name"
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def has_latin_letters_only(text: str) -> bool:
    """True for a name written in Latin letters (no Burmese, Thai or other scripts)."""
    return all(ch.isascii() or not ch.isalpha() for ch in text)


__all__ = [
    "BIRTH_FIELDS",
    "FIELDS",
    "NAME_FIELDS",
    "WG_FIELDS",
    "ascii_digits",
    "contains_word",
    "fold",
    "guess_field",
    "guess_mapping",
    "has_latin_letters_only",
]
