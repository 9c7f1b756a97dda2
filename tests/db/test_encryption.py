"""The one rule at rest: nothing about a person is readable in the files on disk."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from db import keys
from db.beneficiaries import count_people, register_person
from db.store import Store
from db.types import PersonInput, PersonQuery, PopulationGroup, Sex

TODAY = dt.date(2026, 3, 15)

LATIN_CANARY = "Canarylatinqzx Wuvk"
# "Zoë" with a combining diaeresis: stored NFC, but neither form may appear on disk.
ACCENT_CANARY = "Zoe\u0308 Canaryaccentqj"
BURMESE_CANARY = "မကျော်ဇော်သီတာနှင်းအိ"
THAI_CANARY = "สมศรีแก้วมณีใจดีประเสริฐ"
PHONE_CANARY = "086-471-9253"
NOTES_CANARY = "Canarynotesxyzzy lives near the market"
AREA_CANARY = "Canaryareaplugh"


def encodings(text: str) -> set[bytes]:
    forms = {text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)}
    out: set[bytes] = set()
    for form in forms:
        out.add(form.encode("utf-8"))
        out.add(form.encode("utf-16-le"))
        out.add(form.casefold().encode("utf-8"))
    return out


CANARIES = [
    LATIN_CANARY,
    ACCENT_CANARY,
    BURMESE_CANARY,
    THAI_CANARY,
    PHONE_CANARY,
    PHONE_CANARY.replace("-", ""),
    NOTES_CANARY,
    AREA_CANARY,
]


def register_canaries(store: Store) -> list[str]:
    people = [
        PersonInput(
            name_latin=LATIN_CANARY,
            name_script=BURMESE_CANARY,
            sex=Sex.FEMALE,
            population_group=PopulationGroup.NEW_ARRIVAL,
            consent_date=dt.date(2025, 3, 1),
            birth_year=1994,
            phone=PHONE_CANARY,
            area=AREA_CANARY,
            notes=NOTES_CANARY,
        ),
        PersonInput(
            name_latin=ACCENT_CANARY,
            name_script=THAI_CANARY,
            sex=Sex.MALE,
            population_group=PopulationGroup.HOST_COMMUNITY,
            consent_date=dt.date(2025, 3, 1),
            birth_date=dt.date(1980, 5, 17),
        ),
    ]
    return [register_person(store, p, today=TODAY).code for p in people]


def leaks(path: Path, needles: list[str]) -> list[str]:
    raw = path.read_bytes()
    return [n for n in needles if any(form in raw for form in encodings(n))]


def db_files(db_path: Path) -> list[Path]:
    candidates = [
        db_path,
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
        keys.KeyFile.path_for(db_path),
    ]
    return [p for p in candidates if p.exists()]


def test_the_leak_check_itself_finds_plaintext(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_bytes(("x" + unicodedata.normalize("NFD", ACCENT_CANARY)).encode("utf-8"))
    assert leaks(plain, [ACCENT_CANARY]) == [ACCENT_CANARY]
    plain.write_bytes(BURMESE_CANARY.encode("utf-8"))
    assert leaks(plain, CANARIES) == [BURMESE_CANARY]


def test_no_canary_in_the_files_while_open(store: Store, db_path: Path) -> None:
    codes = register_canaries(store)
    # The canaries really are stored: search finds them.
    assert count_people(store, PersonQuery(text="canarylatinqzx")) == 1
    assert count_people(store, PersonQuery(text="แก้วมณี")) == 1
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    assert wal.stat().st_size > 0, "expected committed pages in the WAL"
    for path in db_files(db_path):
        assert leaks(path, [*CANARIES, *codes]) == [], path.name


def test_no_canary_in_the_files_after_close(store: Store, db_path: Path) -> None:
    codes = register_canaries(store)
    store.close()
    files = db_files(db_path)
    assert db_path in files
    for path in files:
        assert leaks(path, [*CANARIES, *codes]) == [], path.name


def test_sqlite_plaintext_header_is_absent(store: Store, db_path: Path) -> None:
    register_canaries(store)
    store.close()
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"SQLite format 3" not in raw
    # Table names are encrypted too.
    assert b"beneficiaries" not in raw
    assert b"CREATE TABLE" not in raw


@pytest.mark.parametrize("name", ["beneficiaries", "audit_events", "users"])
def test_schema_names_are_not_readable_in_the_wal(store: Store, db_path: Path, name: str) -> None:
    register_canaries(store)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        assert name.encode() not in wal.read_bytes()
