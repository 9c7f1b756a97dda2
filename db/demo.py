"""Synthetic demo data: people who do not exist, with plausible names, ages and activity.

Used by ``saphan --demo``, ``saphan demo-data`` and the performance suite. Everything is drawn
from one seeded random generator, so a seed and a ``today`` always give the same data. Rows are
written with bulk inserts inside one transaction: 50,000 people with about a million attendance
rows take seconds, not minutes. With ``casework`` the demo also gets its staff, and cases,
plans, follow-ups, scores and referrals relative to ``today`` (db.demo_casework).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as DbSession

from db import demo_casework, keys, reach
from db.activities import ActivityType
from db.beneficiaries import search_text_for
from db.demo_words import topic_in
from db.keys import KeyFile
from db.models import Attendance, Base, CsoProfile, User
from db.models import Beneficiary as B
from db.models import Session as ActivitySession
from db.permissions import Permission
from db.programmes import list_programmes
from db.setup import load_keyfile
from db.store import Store
from db.team import ids
from db.types import (
    WG_A_LOT,
    WG_CANNOT,
    WG_DOMAINS,
    WG_NO_DIFFICULTY,
    WG_SOME,
    CaseStatus,
    Documentation,
    Nationality,
    PopulationGroup,
    Programme,
    Sex,
    age_on,
)

# The pilot programme period starts in December 2024; demo activity runs from then to today.
PROGRAMME_START = dt.date(2024, 12, 1)

_INSERT_CHUNK = 20_000
_TABLES = Base.metadata.tables

# --- Names -------------------------------------------------------------------------------------
# Each entry pairs a Latin transliteration with the same syllable in Myanmar script. Burmese
# names are written without spaces in Myanmar script, with spaces in Latin script.

_BURMESE_FEMALE = (
    ("Hnin", "နှင်း"),
    ("Ei", "အိ"),
    ("Khin", "ခင်"),
    ("Myo", "မျိုး"),
    ("Su", "စု"),
    ("Mon", "မွန်"),
    ("Aye", "အေး"),
    ("Phyu", "ဖြူ"),
    ("Yu", "ယု"),
    ("Moe", "မိုး"),
    ("Thet", "သက်"),
    ("Zin", "ဇင်"),
    ("May", "မေ"),
    ("Nwe", "နွယ်"),
    ("Cho", "ချို"),
    ("Htet", "ထက်"),
    ("San", "စန်း"),
    ("Yin", "ယဉ်"),
    ("Hla", "လှ"),
    ("Mya", "မြ"),
    ("Kyi", "ကြည်"),
    ("Thida", "သီတာ"),
    ("Thandar", "သန္တာ"),
    ("Nandar", "နန္ဒာ"),
    ("Sandar", "စန္ဒာ"),
    ("Wai", "ဝေ"),
    ("Pyae", "ပြည့်"),
    ("Phoo", "ဖူး"),
)
_BURMESE_MALE = (
    ("Kyaw", "ကျော်"),
    ("Zaw", "ဇော်"),
    ("Tun", "ထွန်း"),
    ("Lwin", "လွင်"),
    ("Aung", "အောင်"),
    ("Min", "မင်း"),
    ("Htet", "ထက်"),
    ("Naing", "နိုင်"),
    ("Soe", "စိုး"),
    ("Thura", "သူရ"),
    ("Myint", "မြင့်"),
    ("Win", "ဝင်း"),
    ("Hein", "ဟိန်း"),
    ("Thant", "သန့်"),
    ("Phyo", "ဖြိုး"),
    ("Lin", "လင်း"),
    ("Htoo", "ထူး"),
    ("Yan", "ရန်"),
    ("Naung", "နောင်"),
    ("Hlaing", "လှိုင်"),
    ("Thein", "သိန်း"),
    ("Khant", "ခန့်"),
    ("Sithu", "စည်သူ"),
    ("Nay", "နေ"),
    ("Moe", "မိုး"),
    ("Zin", "ဇင်"),
    ("Paing", "ပိုင်"),
)
_KAREN = (
    ("Paw", "ပေါ"),
    ("Htoo", "ထူး"),
    ("Eh", "အယ်"),
    ("Say", "စေး"),
    ("Mu", "မူ"),
    ("Lah", "လာ"),
    ("Ku", "ကူ"),
    ("Wah", "ဝါ"),
    ("Gay", "ဂေ"),
    ("Blu", "ဘလူ"),
)
# Honorifics carry sex and age: Ma (girls, young women), Daw (older women), Maung (boys),
# Ko (young men), U (older men); S'gaw Karen use Naw (women) and Saw (men) at any age.
_MA, _DAW = ("Ma", "မ"), ("Daw", "ဒေါ်")
_MAUNG, _KO, _U = ("Maung", "မောင်"), ("Ko", "ကို"), ("U", "ဦး")
_NAW, _SAW = ("Naw", "နော်"), ("Saw", "စော")

_THAI_FEMALE = (
    ("Somsri", "สมศรี"),
    ("Malee", "มาลี"),
    ("Pranee", "ปราณี"),
    ("Suda", "สุดา"),
    ("Wanida", "วนิดา"),
    ("Kanya", "กัญญา"),
    ("Siriporn", "ศิริพร"),
    ("Ratana", "รัตนา"),
    ("Nittaya", "นิตยา"),
    ("Jintana", "จินตนา"),
    ("Duangjai", "ดวงใจ"),
    ("Ploy", "พลอย"),
)
_THAI_MALE = (
    ("Prasert", "ประเสริฐ"),
    ("Somchai", "สมชาย"),
    ("Somsak", "สมศักดิ์"),
    ("Wichai", "วิชัย"),
    ("Anan", "อนันต์"),
    ("Boonmee", "บุญมี"),
    ("Chaiwat", "ชัยวัฒน์"),
    ("Kittisak", "กิตติศักดิ์"),
    ("Surachai", "สุรชัย"),
    ("Niran", "นิรันดร์"),
    ("Thanawat", "ธนวัฒน์"),
    ("Preecha", "ปรีชา"),
)
_THAI_SURNAMES = (
    ("Jaidee", "ใจดี"),
    ("Kaewmanee", "แก้วมณี"),
    ("Srisuk", "ศรีสุข"),
    ("Thongdee", "ทองดี"),
    ("Boonsri", "บุญศรี"),
    ("Phromma", "พรหมมา"),
    ("Saengthong", "แสงทอง"),
    ("Chaiyaphum", "ชัยภูมิ"),
    ("Khamkaew", "คำแก้ว"),
    ("Sukjai", "สุขใจ"),
    ("Intharasuk", "อินทรสุข"),
    ("Wongkham", "วงศ์คำ"),
)

AREAS = (
    "Mae Sot town",
    "Mae Pa",
    "Tha Sai Luat",
    "Mae Tao",
    "Mae Ku",
    "Phra That Pha Daeng",
    "Mae Kasa",
    "Mahawan",
    "Dan Mae Lamao",
)
# Most displaced people live in town and in the tambons along the river.
_MIGRANT_AREA_WEIGHTS = (30, 18, 14, 12, 8, 6, 5, 4, 3)
_HOST_AREA_WEIGHTS = (25, 12, 10, 10, 10, 10, 9, 8, 6)

_CLOSED_REASONS = (
    "Moved away",
    "Returned to Myanmar",
    "Services completed",
    "Moved to Bangkok for work",
)

# --- Activity ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    """What the activity generator needs to know about a generated person."""

    id: int
    female: bool
    age: int
    group: PopulationGroup
    consent: dt.date


@dataclass(frozen=True)
class _Course:
    """How a programme runs: who joins, in groups of what size, meeting how often."""

    eligible: Callable[[_Person], bool]
    share: float  # of the eligible people who join
    group_size: tuple[int, int]
    sessions: tuple[int, int]
    every_days: int
    minutes: int
    attendance: float  # chance a member attends any one session
    activity_type: str
    topics: tuple[str, ...]
    numbered: bool  # "Thai for the market (3/24)": one topic per group, lessons numbered
    locations: tuple[str, ...]


_LOCATIONS = (
    "BEAM learning centre",
    "Migrant Learning Centre, Mae Pa",
    "Kings and Queens office",
    "Mae Sot community hall",
    "Tha Sai Luat temple hall",
    "Mae Ku Migrant Learning Centre",
)

_COURSES: dict[str, _Course] = {
    "mhpss": _Course(
        eligible=lambda p: p.age >= 12,
        share=0.12,
        group_size=(8, 12),
        sessions=(8, 10),
        every_days=7,
        minutes=90,
        attendance=0.85,
        activity_type=ActivityType.MHPSS_GROUP.value,
        topics=(
            "Stress and coping group",
            "Sleep and worry",
            "Grief and loss circle",
            "Breathing and grounding",
            "Coping with uncertainty",
            "Supporting our children",
        ),
        numbered=False,
        locations=("BEAM learning centre", "Kings and Queens office"),
    ),
    "social_protection": _Course(
        eligible=lambda p: p.age >= 14,
        share=0.8,
        group_size=(25, 50),
        sessions=(3, 8),
        every_days=14,
        minutes=120,
        attendance=0.8,
        activity_type=ActivityType.AWARENESS.value,
        topics=(
            "Knowing your rights: labour protection",
            "Health insurance and the migrant health card",
            "Getting a birth certificate",
            "Work permits and pink cards",
            "Safe migration and trafficking risks",
            "Education rights: G-code and Thai schools",
            "Where to get legal aid",
        ),
        numbered=False,
        locations=_LOCATIONS,
    ),
    "thai_language": _Course(
        eligible=lambda p: p.group is not PopulationGroup.HOST_COMMUNITY and p.age >= 6,
        share=0.45,
        group_size=(15, 25),
        sessions=(30, 40),
        every_days=4,
        minutes=90,
        attendance=0.8,
        activity_type=ActivityType.THAI_CLASS.value,
        topics=(
            "Thai for the market",
            "Thai for the clinic",
            "Reading Thai letters",
            "Thai at work",
            "Thai for school",
        ),
        numbered=True,
        locations=(
            "Migrant Learning Centre, Mae Pa",
            "BEAM learning centre",
            "Mae Ku Migrant Learning Centre",
        ),
    ),
    "vocational": _Course(
        eligible=lambda p: 16 <= p.age <= 55,
        share=0.25,
        group_size=(12, 20),
        sessions=(20, 30),
        every_days=3,
        minutes=180,
        attendance=0.8,
        activity_type=ActivityType.VOCATIONAL.value,
        topics=(
            "Basic construction skills",
            "Sewing and tailoring",
            "Motorbike repair",
            "Hairdressing",
            "Organic farming",
            "Cooking for a small business",
        ),
        numbered=True,
        locations=("Technical Vocational College, Mae Sot", "BEAM learning centre"),
    ),
    "youth": _Course(
        eligible=lambda p: 12 <= p.age <= 24,
        share=0.6,
        group_size=(15, 30),
        sessions=(12, 20),
        every_days=7,
        minutes=120,
        attendance=0.75,
        activity_type=ActivityType.YOUTH.value,
        topics=(
            "Youth leadership club",
            "Football and life skills",
            "Digital skills for youth",
            "Planning a community clean-up",
        ),
        numbered=False,
        locations=("BEAM learning centre", "Mae Sot community hall", "Kings and Queens office"),
    ),
    "safe_space": _Course(
        eligible=lambda p: p.female and p.age >= 12,
        share=0.45,
        group_size=(10, 20),
        sessions=(16, 24),
        every_days=7,
        minutes=120,
        attendance=0.8,
        activity_type=ActivityType.SAFE_SPACE.value,
        topics=(
            "Safe space meeting",
            "Women's health talk",
            "Handicrafts and talk",
            "Parenting circle",
        ),
        numbered=False,
        locations=("Kings and Queens office", "Tha Sai Luat temple hall"),
    ),
    "participatory": _Course(
        eligible=lambda p: p.female and p.age >= 18,
        share=0.06,
        group_size=(10, 18),
        sessions=(10, 14),
        every_days=14,
        minutes=150,
        attendance=0.85,
        activity_type=ActivityType.PROJECT_SESSION.value,
        topics=(
            "Women's group: mapping public services",
            "Women's group: planning the project",
            "Women's group: visit to the district office",
            "Women's group: sharing what we learned",
        ),
        numbered=False,
        locations=("Kings and Queens office", "Mae Sot community hall"),
    ),
}
# A programme the CSO added itself gets a generic schedule.
_GENERIC_COURSE = _Course(
    eligible=lambda p: p.age >= 12,
    share=0.05,
    group_size=(10, 20),
    sessions=(4, 8),
    every_days=7,
    minutes=90,
    attendance=0.8,
    activity_type=ActivityType.AWARENESS.value,
    topics=("Group session",),
    numbered=False,
    locations=_LOCATIONS,
)


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`fill_demo_data` added."""

    people: int
    female: int
    children: int
    older: int
    host_community: int
    sessions: int
    attendance: int
    first_code: str
    last_code: str
    # With casework: the cases made, and the staff accounts made (usernames).
    cases: int = 0
    staff: tuple[str, ...] = ()


# --- People ------------------------------------------------------------------------------------


def _pick_age(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.35:
        return rng.randint(0, 17)
    if r < 0.93:
        # Working-age adults, more of them young.
        return min(59, 18 + int(rng.triangular(0, 42, 6)))
    return min(95, 60 + int(rng.triangular(0, 30, 0)))


def _burmese_name(rng: random.Random, female: bool, age: int) -> tuple[str, str]:
    if female:
        honorific = _DAW if age >= 40 or (age >= 30 and rng.random() < 0.5) else _MA
        table: Sequence[tuple[str, str]] = _BURMESE_FEMALE
    else:
        if age < 15:
            honorific = _MAUNG
        elif age < 40:
            honorific = _KO if age >= 20 or rng.random() < 0.5 else _MAUNG
        else:
            honorific = _U
        table = _BURMESE_MALE
    count = rng.choices((1, 2, 3), weights=(10, 60, 30))[0]
    parts = [honorific, *rng.sample(table, count)]
    return " ".join(p[0] for p in parts), "".join(p[1] for p in parts)


def _karen_name(rng: random.Random, female: bool) -> tuple[str, str]:
    parts = [_NAW if female else _SAW, *rng.sample(_KAREN, 2)]
    return " ".join(p[0] for p in parts), "".join(p[1] for p in parts)


def _thai_name(rng: random.Random, female: bool) -> tuple[str, str]:
    first = rng.choice(_THAI_FEMALE if female else _THAI_MALE)
    last = rng.choice(_THAI_SURNAMES)
    return f"{first[0]} {last[0]}", f"{first[1]} {last[1]}"


def _thai_phone(rng: random.Random) -> str:
    return f"08{rng.randint(0, 9)}-{rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"


def _myanmar_phone(rng: random.Random) -> str:
    return f"09{rng.randint(0, 999_999_999):09d}"


def _phone(rng: random.Random, host: bool, age: int) -> str:
    r = rng.random()
    if age < 15:
        # Children: a caregiver's Thai number sometimes.
        return _thai_phone(rng) if r < 0.45 else ""
    if host:
        return _thai_phone(rng) if r < 0.85 else ""
    if r < 0.68:
        return _thai_phone(rng)
    if r < 0.88:
        return _myanmar_phone(rng)
    return ""


def _documentation(rng: random.Random, group: PopulationGroup, age: int) -> Documentation:
    if group is PopulationGroup.HOST_COMMUNITY:
        return Documentation.THAI_ID
    if age < 18:
        # Children in Migrant Learning Centres apply for a G-code to enter Thai schools.
        if age >= 5 and rng.random() < 0.35:
            return Documentation.G_CODE
        return Documentation.NONE if rng.random() < 0.85 else Documentation.BORDER_PASS
    options = (
        Documentation.NONE,
        Documentation.PINK_CARD,
        Documentation.PASSPORT_VISA,
        Documentation.BORDER_PASS,
        Documentation.OTHER,
    )
    if group is PopulationGroup.NEW_ARRIVAL:
        return rng.choices(options, weights=(60, 8, 5, 20, 7))[0]
    return rng.choices(options, weights=(15, 45, 25, 10, 5))[0]


def _washington_group(rng: random.Random, age: int) -> dict[str, int]:
    # The short set is asked of adults; not every registration got to it.
    if age < 18 or rng.random() < 0.12:
        return {}
    older = age >= 60
    answers = {}
    for domain in WG_DOMAINS:
        r = rng.random()
        if r < (0.012 if older else 0.004):
            answers[domain] = WG_CANNOT
        elif r < (0.08 if older else 0.012):
            answers[domain] = WG_A_LOT
        elif r < (0.35 if older else 0.12):
            answers[domain] = WG_SOME
        else:
            answers[domain] = WG_NO_DIFFICULTY
    return answers


def _random_date(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    if last <= first:
        return last
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _person_row(
    rng: random.Random, person_id: int, code: str, today: dt.date, user_id: int
) -> tuple[dict[str, Any], _Person]:
    female = rng.random() < 0.55
    age = _pick_age(rng)
    r = rng.random()
    group = (
        PopulationGroup.NEW_ARRIVAL
        if r < 0.45
        else PopulationGroup.LONG_TERM_MIGRANT
        if r < 0.80
        else PopulationGroup.HOST_COMMUNITY
    )
    host = group is PopulationGroup.HOST_COMMUNITY

    # A birth date that gives exactly ``age`` today; about 30% only know the year.
    youngest = _years_before(today, age)  # born on or before this day
    oldest = _years_before(today, age + 1) + dt.timedelta(days=1)
    birth = _random_date(rng, oldest, youngest)
    estimated = age >= 2 and rng.random() < 0.30
    if estimated:
        birth = dt.date(birth.year, 7, 1)

    if host:
        name_latin, name_script = _thai_name(rng, female)
        nationality, language = Nationality.THAI, "th"
    else:
        if rng.random() < 0.15:
            name_latin, name_script = _karen_name(rng, female)
            language = "ksw" if rng.random() < 0.6 else "my"
        else:
            name_latin, name_script = _burmese_name(rng, female, age)
            language = "my"
        nationality = Nationality.STATELESS if rng.random() < 0.03 else Nationality.MYANMAR

    consent = _random_date(rng, max(PROGRAMME_START, birth), today)
    phone = _phone(rng, host, age)
    wg = _washington_group(rng, age)
    closed = rng.random() < 0.06
    created = dt.datetime.combine(consent, dt.time(8)) + dt.timedelta(
        minutes=rng.randint(0, 9 * 60)
    )
    row: dict[str, Any] = {
        "id": person_id,
        "code": code,
        "name_latin": name_latin,
        "name_script": name_script,
        "sex": Sex.FEMALE.value if female else Sex.MALE.value,
        "birth_date": birth,
        "birth_date_estimated": estimated,
        "nationality": nationality.value,
        "population_group": group.value,
        "documentation": _documentation(rng, group, age).value,
        "has_disability": any(v >= WG_A_LOT for v in wg.values()),
        "phone": phone,
        "area": rng.choices(AREAS, _HOST_AREA_WEIGHTS if host else _MIGRANT_AREA_WEIGHTS)[0],
        "language": language,
        "consent_date": consent,
        "consent_services": True,
        "consent_referral": rng.random() < 0.55,
        "consent_data_use": rng.random() < 0.70,
        "consent_recorded_by": user_id,
        "status": CaseStatus.CLOSED.value if closed else CaseStatus.ACTIVE.value,
        "closed_reason": rng.choice(_CLOSED_REASONS) if closed else "",
        "notes": "",
        "search_text": search_text_for(code, name_latin, name_script, phone),
        "created_at": created,
        "created_by": user_id,
        "updated_at": created,
        "deleted_at": None,
    }
    for domain in WG_DOMAINS:
        row[f"wg_{domain}"] = wg.get(domain)
    # Age at consent decides who joins which group.
    return row, _Person(person_id, female, age_on(birth, consent), group, consent)


# --- Activity ----------------------------------------------------------------------------------


def _activity(
    rng: random.Random,
    people: Sequence[_Person],
    programmes: Sequence[Programme],
    today: dt.date,
    first_session_id: int,
    facilitator: Callable[[str, int], int],
    language: str = "en",
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Group sessions and who attended them, programme by programme. ``facilitator(programme
    code, group number)`` says who runs a group."""
    sessions: list[dict[str, Any]] = []
    attendance: list[tuple[int, int]] = []
    next_id = first_session_id
    by_consent = sorted(people, key=lambda p: (p.consent, p.id))
    for programme in programmes:
        course = _COURSES.get(programme.code, _GENERIC_COURSE)
        members = [p for p in by_consent if course.eligible(p) and rng.random() < course.share]
        start = 0
        number_of_group = 0
        while start < len(members):
            size = rng.randint(*course.group_size)
            group = members[start : start + size]
            start += size
            facilitator_id = facilitator(programme.code, number_of_group)
            number_of_group += 1
            # A group starts once its last member has registered.
            day = group[-1].consent + dt.timedelta(days=rng.randint(0, 14))
            topic = rng.choice(course.topics)
            location = rng.choice(course.locations)
            total = rng.randint(*course.sessions)
            for number in range(1, total + 1):
                if day > today:
                    break
                sessions.append(
                    {
                        "id": next_id,
                        "kind": "group",
                        "activity_type": course.activity_type,
                        "programme_id": programme.id,
                        "project_id": None,
                        "date": day,
                        "duration_minutes": course.minutes,
                        "facilitator_id": facilitator_id,
                        "location": location,
                        "topic": f"{topic_in(topic, language)} ({number}/{total})"
                        if course.numbered
                        else topic_in(rng.choice(course.topics), language),
                        "mhpss_notes": "",
                        "created_at": dt.datetime.combine(day, dt.time(17)),
                        "deleted_at": None,
                    }
                )
                attendance.extend(
                    (next_id, p.id) for p in group if rng.random() < course.attendance
                )
                next_id += 1
                day += dt.timedelta(days=course.every_days)
    return sessions, attendance


def _chunks(rows: Sequence[Any], size: int = _INSERT_CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def fill_demo_data(
    store: Store,
    beneficiaries: int,
    seed: int = 0,
    today: dt.date | None = None,
    activity: bool = True,
    casework: bool = False,
    staff_password: str | None = None,
    language: str = "en",
) -> DemoSummary:
    """Register ``beneficiaries`` synthetic people (and, with ``activity``, group sessions and
    attendance from December 2024 to ``today``) in one transaction.

    With ``casework`` (which needs ``activity``) the demo's staff accounts are made where
    missing (a supervisor, caseworkers and facilitators, who then run the groups; with
    ``staff_password`` they can sign in with it, without one an admin must set one), and its
    people get cases, plans, individual contacts, WHO-5 scores and referrals, so that each
    staff member's day looks like a real Monday (db.demo_casework).

    ``language`` ("en", "my", "th"): the language the session topics are written in, as the
    CSO's facilitators would have typed them. The same ``seed`` and ``today`` always give the
    same people. Codes continue the CSO's own
    sequence (``<CSO>-000001``, ...). Nobody in the demo data exists.
    """
    store.require(Permission.PEOPLE_REGISTER)
    if activity:
        store.require(Permission.SESSIONS_LOG)
    if casework:
        if not activity:
            raise ValueError("casework needs activity")
        for needed in (Permission.USERS_MANAGE, Permission.ASSESSMENTS, Permission.REFERRALS):
            store.require(needed)
    if beneficiaries < 0:
        raise ValueError("beneficiaries must not be negative")
    today = today or dt.date.today()
    rng = random.Random(seed)
    programmes = list_programmes(store) if activity else []
    # The staff's passwords are hashed (slow on purpose) while the data is made.
    passwords = _StaffPasswords(store, staff_password) if casework else None
    try:
        return _fill(store, beneficiaries, rng, today, programmes, passwords, language)
    finally:
        if passwords is not None:
            passwords.close()


def _fill(
    store: Store,
    beneficiaries: int,
    rng: random.Random,
    today: dt.date,
    programmes: Sequence[Programme],
    passwords: _StaffPasswords | None,
    language: str = "en",
) -> DemoSummary:
    activity = bool(programmes)
    with store.write() as session:
        staff: demo_casework.StaffIds | None = None
        made: list[str] = []
        accounts: list[User] = []
        if passwords is not None:
            created = dt.datetime.combine(PROGRAMME_START, dt.time(9))
            staff, accounts = demo_casework.ensure_staff(session, created)
            made = [u.username for u in accounts]
        rows, people = _insert_people(session, rng, beneficiaries, today, store.user.id)
        sessions: list[dict[str, Any]] = []
        attendance: list[tuple[int, int]] = []
        if activity and people:
            by_user = store.user.id

            def facilitator(code: str, group: int) -> int:
                if staff is None:
                    return by_user
                return demo_casework.facilitator_for(staff, code, group)

            sessions, attendance = _insert_activity(
                session, rng, people, programmes, today, facilitator, language
            )
        cases = 0
        if staff is not None:
            cases = demo_casework.add_casework(
                session,
                random.Random(f"{rng.random()}:casework"),
                today,
                staff,
                rows,
                {p.code: p.id for p in programmes},
                sessions,
                attendance,
            ).cases
        store.audit(
            session,
            "demo_data",
            "cso",
            1,
            f"people={beneficiaries} sessions={len(sessions)} attendance={len(attendance)}"
            + (f" cases={cases} staff={len(made)}" if staff is not None else ""),
        )
        if passwords is not None:
            # Last, as db.users does: should the key file fail, no account is made.
            passwords.give(accounts)

    female = sum(1 for p in people if p.female)
    return DemoSummary(
        people=beneficiaries,
        female=female,
        children=sum(1 for r in rows if _years_before(today, 18) < r["birth_date"]),
        older=sum(1 for r in rows if r["birth_date"] <= _years_before(today, 60)),
        host_community=sum(1 for p in people if p.group is PopulationGroup.HOST_COMMUNITY),
        sessions=len(sessions),
        attendance=len(attendance),
        first_code=rows[0]["code"] if rows else "",
        last_code=rows[-1]["code"] if rows else "",
        cases=cases,
        staff=tuple(made),
    )


class _StaffPasswords:
    """The password of the demo staff accounts still to be made, hashed and wrapped (argon2,
    slow on purpose) in threads while the demo data is made. Without a password, nothing: the
    accounts cannot sign in until an admin sets one.

    The staff of a demo share one password that is printed on the terminal, so their argon2
    costs a twelfth of a real account's (one pass over 16 MiB): ten of them would otherwise
    add seconds to opening the demo. The cost is stored with each hash and wrapped key, and
    an account given its own password gets the full cost."""

    def __init__(self, store: Store, password: str | None) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._hashes: dict[str, Future[str]] = {}
        self._keyfile: KeyFile | None = None
        if password is None:
            return
        with store.read() as session:
            missing = demo_casework.missing_staff(session)
        if not missing:
            return
        keyfile = self._keyfile = load_keyfile(store.path)
        master_key = store.master_key
        full = keys.DEFAULT_KDF
        cost = keys.KdfParams(
            time_cost=min(full.time_cost, 1),
            memory_kib=min(full.memory_kib, 16 * 1024),
            parallelism=min(full.parallelism, 2),
        )

        def wrap(username: str) -> None:
            slot = KeyFile.user_slot(username)
            keyfile.slots[slot] = keys.wrap_key(master_key, password, label=slot, params=cost)

        def hash_() -> str:
            hasher = PasswordHasher(
                time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism
            )
            return hasher.hash(password)

        self._pool = pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="demo-staff")
        self._wraps = [pool.submit(wrap, username) for username in missing]
        self._hashes = {username: pool.submit(hash_) for username in missing}

    def give(self, accounts: Sequence[User]) -> None:
        """Set each new account's password hash, and save its wrapped key."""
        if self._keyfile is None or not accounts:
            return
        for future in self._wraps:
            future.result()
        for user in accounts:
            user.password_hash = self._hashes[user.username].result()
        self._keyfile.save()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _insert_people(
    session: DbSession, rng: random.Random, count: int, today: dt.date, user_id: int
) -> tuple[list[dict[str, Any]], list[_Person]]:
    """Insert ``count`` people with the CSO's next codes; their rows and what they are like."""
    profile = session.get(CsoProfile, 1)
    assert profile is not None
    first_number = profile.next_person_number
    connection = session.connection()
    # On a team's laptop: ids from this device's range, codes from its series (db.team.ids).
    first_id = ids.reserve_ids(connection, B.__tablename__, count) or (
        int(session.execute(select(func.coalesce(func.max(B.id), 0))).scalar_one()) + 1
    )
    codes = ids.reserve_codes(connection, profile.code, count)
    if codes is None:
        codes = [f"{profile.code}-{first_number + i:06d}" for i in range(count)]
        profile.next_person_number = first_number + count
    rows: list[dict[str, Any]] = []
    people: list[_Person] = []
    for i in range(count):
        row, person = _person_row(rng, first_id + i, codes[i], today, user_id)
        rows.append(row)
        people.append(person)
    # Core inserts on the tables: every row has the same keys, so each chunk is a single
    # executemany (the ORM's bulk path splits rows by which values are None).
    for chunk in _chunks(rows):
        connection.execute(insert(_TABLES[B.__tablename__]), chunk)
    return rows, people


def _insert_activity(
    session: DbSession,
    rng: random.Random,
    people: Sequence[_Person],
    programmes: Sequence[Programme],
    today: dt.date,
    facilitator: Callable[[str, int], int],
    language: str = "en",
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Insert group sessions and their attendance for these people; the rows inserted."""
    connection = session.connection()
    team_first = ids.next_id(connection, ActivitySession.__tablename__)
    first_session = team_first or (
        int(session.execute(select(func.coalesce(func.max(ActivitySession.id), 0))).scalar_one())
        + 1
    )
    sessions, attendance = _activity(
        rng, people, programmes, today, first_session, facilitator, language
    )
    if team_first is not None:
        ids.skip(connection, ActivitySession.__tablename__, len(sessions) - 1)
    for chunk in _chunks(sessions):
        connection.execute(insert(_TABLES[ActivitySession.__tablename__]), chunk)
    # Attendance rows are the bulk of the data: plain tuples straight to executemany, with the
    # reach table worked out once for the people after (not row by row by its triggers).
    with reach.set_aside(connection, sorted({person for _session, person in attendance})):
        connection.exec_driver_sql(
            f"INSERT INTO {Attendance.__tablename__} (session_id, beneficiary_id) VALUES (?, ?)",
            attendance,
        )
    return sessions, attendance


__all__ = ["AREAS", "PROGRAMME_START", "DemoSummary", "fill_demo_data"]
