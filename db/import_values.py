"""What the cells of a CSO's list mean: column headers guessed as fields, and values parsed.

Every parser returns a value or a problem code (never raises), so one bad cell marks its row
and the rest of the list can still be imported. Headers and values come in English, Burmese
and Thai, with Burmese (၀-၉) or Thai (๐-๙) digits and Buddhist-era years.
"""

from __future__ import annotations

import datetime as dt
import re

from db.import_headers import ascii_digits, contains_word, fold
from db.types import WG_CANNOT, WG_NO_DIFFICULTY, Documentation, Nationality, Sex
from db.types import PopulationGroup as Group
from db.validation import check_phone

BUDDHIST_ERA_OFFSET = 543
MAX_AGE = 110

# Problem codes of values (the UI has a sentence for each; validation codes are reused too).
UNREADABLE_DATE = "date_format"
UNKNOWN_SEX = "sex_unknown"
UNKNOWN_VALUE = "value_unknown"
NOT_A_NUMBER = "not_a_number"
OUT_OF_RANGE = "out_of_range"


def _words(text: str) -> list[str]:
    return text.split()


_SEXES: dict[str, Sex] = {}
for _word in _words(
    "f female woman girl w fem ma daw mrs ms miss မ မိန်းမ အမျိုးသမီး หญิง ญ นาง นางสาว เด็กหญิง"
):
    _SEXES[_word] = Sex.FEMALE
for _word in _words("m male man boy mg maung mr u ကျား ယောက်ျား ယောကျ်ား အမျိုးသား ชาย ช นาย เด็กชาย"):
    _SEXES[_word] = Sex.MALE
for _word in ["other", "o", "x", "non", "binary", "nonbinary", "အခြား", "อื่น", "อื่นๆ"]:
    _SEXES[_word] = Sex.OTHER
_SEXES["ด ญ"] = Sex.FEMALE
_SEXES["ด ช"] = Sex.MALE


def parse_sex(text: str) -> tuple[Sex | None, str | None]:
    key = fold(text)
    if not key:
        return None, None
    sex = _SEXES.get(key) or _SEXES.get(key.replace(" ", ""))
    return (sex, None) if sex is not None else (None, UNKNOWN_SEX)


_MONTH_NAMES = (
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "january february march april may june july august september october november december",
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
)
_MONTHS = {
    name.replace(".", ""): number
    for names in _MONTH_NAMES
    for number, name in enumerate(_words(names), 1)
}
_MONTHS["sept"] = 9
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d{2}|\d{4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[-/ ]*([^\d\s/-]+)[-/ ]*(\d{2}|\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([^\d\s/-]+)[ ]*(\d{1,2})[ ]*(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
# Excel's day numbers (1900 date system) for cells that are dates without a date format.
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def common_era(year: int) -> int:
    """A Thai Buddhist-era year (2533) as the common-era year (1990); others unchanged."""
    return year - BUDDHIST_ERA_OFFSET if year > 2400 else year


def _full_year(year_text: str, today: dt.date) -> int:
    year = int(year_text)
    if len(year_text) == 2:
        # 2-digit years: the most recent year that is not in the future.
        year += 2000 if 2000 + year <= today.year else 1900
    return common_era(year)


def parse_date(text: str, today: dt.date) -> tuple[dt.date | None, str | None]:
    """A date written as ISO, d/m/yyyy, d-m-yy, d.m.yyyy, "12 Mar 1990", "Mar 12, 1990",
    "12 มี.ค. 2533", or an Excel day number; day/month/year unless that is impossible."""
    raw = ascii_digits(text).strip()
    if not raw:
        return None, None
    key = re.sub(r"\s+", " ", raw.casefold().replace(",", " ").replace(".", " ")).strip()
    key_compact = raw.casefold().replace(",", " ").strip()
    day = month = year = 0
    if m := _ISO.match(raw):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        year = common_era(year)
    elif m := _NUMERIC.match(raw):
        day, month, year = int(m[1]), int(m[2]), _full_year(m[3], today)
        if month > 12 >= day:  # written month first, as in US Excel
            day, month = month, day
    elif ((m := _DAY_MONTH_NAME.match(key_compact)) and _month(m[2])) or (
        (m := _DAY_MONTH_NAME.match(key)) and _month(m[2])
    ):
        day, month, year = int(m[1]), _month(m[2]), _full_year(m[3], today)
    elif (m := _MONTH_NAME_DAY.match(key)) and _month(m[1]):
        day, month, year = int(m[2]), _month(m[1]), _full_year(m[3], today)
    elif raw.isdigit() and 10_000 <= int(raw) <= 80_000:
        return _EXCEL_EPOCH + dt.timedelta(days=int(raw)), None
    else:
        return None, UNREADABLE_DATE
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, UNREADABLE_DATE


def _month(word: str) -> int:
    word = word.strip(" .-/").replace(".", "").replace(" ", "")
    return _MONTHS.get(word, 0)


def parse_year(text: str) -> tuple[int | None, str | None]:
    """A birth year, common era or Buddhist era."""
    raw = ascii_digits(text).strip()
    if not raw:
        return None, None
    if raw.endswith(".0"):
        raw = raw[:-2]
    if not _YEAR.match(raw):
        return None, NOT_A_NUMBER
    return common_era(int(raw)), None


def bare_year(text: str) -> int | None:
    """The year when a birth-date cell holds only a year (as the export writes estimates)."""
    raw = ascii_digits(text).strip()
    return common_era(int(raw)) if _YEAR.match(raw) and int(raw) < 10_000 else None


_AGE = re.compile(r"^(\d{1,3})(?:[.,]\d+)?\s*(.*)$")
_MONTH_WORDS = ("month", "mth", "mo", "เดือน", "လ")


def parse_age(text: str, today: dt.date) -> tuple[int | None, str | None]:
    """An age in years ("35", "35 yrs", "၃၅ နှစ်", "35 ปี", "6 months") as an estimated
    birth year."""
    raw = ascii_digits(text).strip().casefold()
    if not raw:
        return None, None
    m = _AGE.match(raw)
    if m is None:
        return None, NOT_A_NUMBER
    years = int(m[1])
    if any(m[2].startswith(word) for word in _MONTH_WORDS):
        years = years // 12
    if years > MAX_AGE:
        return None, OUT_OF_RANGE
    return today.year - years, None


def _keywords(
    text: str, table: tuple[tuple[object, tuple[str, ...]], ...]
) -> tuple[object | None, str | None]:
    key = fold(text)
    if not key:
        return None, None
    for value, words in table:
        if any(contains_word(key, word) for word in words):
            return value, None
    return None, UNKNOWN_VALUE


_NATIONALITIES: tuple[tuple[object, tuple[str, ...]], ...] = (
    (Nationality.STATELESS, ("stateless", "no nationality", "နိုင်ငံမဲ့", "ไร้สัญชาติ")),
    (
        Nationality.MYANMAR,
        (
            "myanmar",
            "burm",
            "bamar",
            "karen",
            "kayin",
            "mon",
            "shan",
            "kachin",
            "chin",
            "rakhine",
            "karenni",
            "kayah",
            "မြန်မာ",
            "ဗမာ",
            "ကရင်",
            "พม่า",
            "เมียนมา",
        ),
    ),
    (Nationality.THAI, ("thai", "ไทย", "ထိုင်း")),
    (Nationality.OTHER, ("other", "အခြား", "อื่น")),
)
_GROUPS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (Group.NEW_ARRIVAL, ("new", "arriv", "recent", "idp", "refugee", "ใหม่", "အသစ်", "ရောက်ခါစ")),
    (
        Group.LONG_TERM_MIGRANT,
        ("long", "migrant", "worker", "แรงงาน", "ระยะยาว", "ရေရှည်", "ရွှေ့ပြောင်း"),
    ),
    (Group.HOST_COMMUNITY, ("host", "local", "community", "thai", "ชุมชน", "เจ้าบ้าน", "ဒေသခံ")),
)
_DOCUMENTS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (Documentation.PINK_CARD, ("pink", "บัตรชมพู", "ပန်းရောင်")),
    (Documentation.PASSPORT_VISA, ("passport", "visa", "หนังสือเดินทาง", "ပတ်စ်ပို့", "ပတ်စပို့")),
    (Documentation.BORDER_PASS, ("border", "ผ่านแดน", "နယ်စပ်")),
    (Documentation.THAI_ID, ("thai id", "id card", "บัตรประชาชน", "บัตรประจำตัวประชาชน")),
    (Documentation.G_CODE, ("g code", "gcode", "g-code", "จี")),
    (Documentation.NONE, ("none", "nil", "ไม่มี", "မရှိ")),
    (Documentation.OTHER, ("other", "อื่น", "အခြား")),
)
_LANGUAGES: tuple[tuple[object, tuple[str, ...]], ...] = (
    ("ksw", ("karen", "sgaw", "s'gaw", "ksw", "ကရင်", "กะเหรี่ยง")),
    ("th", ("thai", "ไทย", "ထိုင်း")),
    ("en", ("english", "อังกฤษ", "အင်္ဂလိပ်")),
    ("my", ("burmese", "myanmar", "bamar", "မြန်မာ", "ဗမာ", "พม่า")),
)


def parse_nationality(text: str) -> tuple[Nationality | None, str | None]:
    key = fold(text)
    exact = {"mm": Nationality.MYANMAR, "th": Nationality.THAI}
    if key in exact:
        return exact[key], None
    value, problem = _keywords(text, _NATIONALITIES)
    if problem:
        return Nationality.OTHER, None  # any other nationality written out
    return value if isinstance(value, Nationality) else None, None


def parse_population_group(text: str) -> tuple[Group | None, str | None]:
    value, problem = _keywords(text, _GROUPS)
    return (value if isinstance(value, Group) else None), problem


def parse_documentation(text: str) -> tuple[Documentation | None, str | None]:
    key = fold(text)
    if key in ("no", "n", "none", "-", "0"):
        return Documentation.NONE, None
    value, problem = _keywords(text, _DOCUMENTS)
    if problem:
        return Documentation.OTHER, None
    return value if isinstance(value, Documentation) else None, None


def parse_language(text: str) -> tuple[str | None, str | None]:
    key = fold(text)
    if key in ("my", "ksw", "th", "en"):
        return key, None
    value, problem = _keywords(text, _LANGUAGES)
    return (str(value) if value is not None else None), problem


_YES = frozenset(_words("yes y true 1 ✓ ✔ x ok agree agreed ใช่ ได้ ยินยอม ဟုတ် ဟုတ်ကဲ့ သဘောတူ"))
_NO = frozenset(["no", "n", "false", "0", "✗", "disagree", "ไม่", "ไม่ได้", "ไม่ยินยอม", "မဟုတ်", "မရှိ"])


def parse_yes_no(text: str) -> tuple[bool | None, str | None]:
    key = fold(text)
    if not key:
        return None, None
    if key in _YES:
        return True, None
    if key in _NO:
        return False, None
    return None, UNKNOWN_VALUE


_WG_WORDS = (
    (WG_CANNOT, ("cannot", "can't", "unable")),
    (3, ("a lot", "alot", "lot")),
    (2, ("some",)),
    (WG_NO_DIFFICULTY, ("no difficulty", "no", "none")),
)


def parse_wg_answer(text: str) -> tuple[int | None, str | None]:
    key = fold(text)
    if not key:
        return None, None
    if key.isdigit():
        answer = int(key)
        return (answer, None) if WG_NO_DIFFICULTY <= answer <= WG_CANNOT else (None, OUT_OF_RANGE)
    for answer, words in _WG_WORDS:
        if any(word in key for word in words):
            return answer, None
    return None, OUT_OF_RANGE


def parse_phone(text: str) -> tuple[str, str | None]:
    """A phone number with its digits made ASCII. A number Excel stored as a number has lost
    its leading 0 (812345678): it gets it back. Of several numbers, the first is kept."""
    raw = ascii_digits(text).strip()
    if not raw:
        return "", None
    first = re.split(r"[;,]| / |\s{2,}|\bor\b", raw)[0].strip()
    digits = "".join(ch for ch in first if ch.isdigit())
    if (
        digits == first
        and not first.startswith("0")
        and first[:1] in "689"
        and 8 <= len(first) <= 10
    ):
        first = "0" + first
    return first, check_phone(first)


__all__ = [
    "bare_year",
    "common_era",
    "parse_age",
    "parse_date",
    "parse_documentation",
    "parse_language",
    "parse_nationality",
    "parse_phone",
    "parse_population_group",
    "parse_sex",
    "parse_wg_answer",
    "parse_yes_no",
]
