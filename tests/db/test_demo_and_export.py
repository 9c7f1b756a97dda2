"""Synthetic demo data is plausible and repeatable; the CSO's own export is complete and safe."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import errno
import io
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from db import setup
from db.beneficiaries import (
    count_people,
    delete_person,
    find_people,
    get_person,
    register_person,
    search_text_for,
)
from db.demo import AREAS, PROGRAMME_START, fill_demo_data
from db.errors import PermissionDenied, StorageProblem, ValidationFailed
from db.models import Attendance, AuditEvent, CsoProfile
from db.models import Beneficiary as B
from db.models import Session as ActivitySession
from db.programmes import list_programmes
from db.records_export import HEADER, export_records
from db.store import Store
from db.types import (
    Documentation,
    Nationality,
    PersonInput,
    PersonQuery,
    PopulationGroup,
    Role,
    Sex,
    UserInfo,
    age_on,
)
from db.validation import check_phone, validate_person
from tests.conftest import ADMIN_PASSWORD

TODAY = dt.date(2026, 3, 15)
MYANMAR = re.compile(r"^[\u1000-\u109f\uaa60-\uaa7f]+$")
THAI = re.compile(r"^[\u0e00-\u0e7f ]+$")
LATIN = re.compile(r"^[A-Za-z' ]+$")


def as_role(store: Store, role: Role) -> Store:
    user = UserInfo(store.user.id, f"{role.value}1", f"A {role.value}", role, "en")
    return dataclasses.replace(store, user=user)


def all_rows(store: Store) -> list[dict[str, Any]]:
    with store.read() as session:
        return [dict(r._mapping) for r in session.execute(select(B.__table__).order_by(B.id))]


def attendance_rows(store: Store) -> list[tuple[Any, ...]]:
    stmt = (
        select(
            ActivitySession.id,
            ActivitySession.programme_id,
            ActivitySession.date,
            ActivitySession.topic,
            ActivitySession.location,
            Attendance.beneficiary_id,
        )
        .join(Attendance, Attendance.session_id == ActivitySession.id)
        .order_by(ActivitySession.id, Attendance.beneficiary_id)
    )
    with store.read() as session:
        return [tuple(r) for r in session.execute(stmt)]


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    result = setup.create_cso_database(
        tmp_path / "other" / "saphan.db",
        cso_code="BEAM",
        cso_name="BEAM Education Foundation",
        admin_username="admin",
        admin_full_name="Daw Khin Myo",
        admin_password=ADMIN_PASSWORD,
    )
    yield result.store
    result.store.close()


@pytest.fixture
def demo(store: Store) -> Store:
    fill_demo_data(store, 2000, seed=11, today=TODAY)
    return store


# --- Demo data ------------------------------------------------------------------------------


def test_demo_data_is_deterministic_per_seed(store: Store, other_store: Store) -> None:
    first = fill_demo_data(store, 150, seed=3, today=TODAY)
    second = fill_demo_data(other_store, 150, seed=3, today=TODAY)
    assert first == second
    assert all_rows(store) == all_rows(other_store)
    assert attendance_rows(store) == attendance_rows(other_store)
    assert first.attendance > 0


def test_another_seed_gives_other_people(store: Store, other_store: Store) -> None:
    fill_demo_data(store, 150, seed=3, today=TODAY)
    fill_demo_data(other_store, 150, seed=4, today=TODAY)
    names = [r["name_latin"] for r in all_rows(store)]
    other = [r["name_latin"] for r in all_rows(other_store)]
    assert names != other


def test_demo_distributions_are_plausible(store: Store) -> None:
    summary = fill_demo_data(store, 2000, seed=11, today=TODAY)
    rows = all_rows(store)
    n = len(rows)
    assert summary.people == n == 2000

    def share(predicate: Any) -> float:
        return sum(1 for r in rows if predicate(r)) / n

    ages = [age_on(r["birth_date"], TODAY) for r in rows]
    assert 0.50 <= share(lambda r: r["sex"] == "female") <= 0.60
    assert 0.30 <= sum(a <= 17 for a in ages) / n <= 0.40
    assert 0.52 <= sum(18 <= a <= 59 for a in ages) / n <= 0.64
    assert 0.04 <= sum(a >= 60 for a in ages) / n <= 0.10
    assert max(ages) <= 110
    assert 0.24 <= share(lambda r: r["birth_date_estimated"]) <= 0.36
    groups = Counter(r["population_group"] for r in rows)
    assert 0.40 <= groups["new_arrival"] / n <= 0.50
    assert 0.30 <= groups["long_term_migrant"] / n <= 0.40
    assert 0.16 <= groups["host_community"] / n <= 0.24
    assert summary.female == sum(r["sex"] == "female" for r in rows)
    assert summary.children == sum(a <= 17 for a in ages)
    assert summary.host_community == groups["host_community"]
    thai_phone = re.compile(r"^08\d-\d{3}-\d{4}$")
    myanmar_phone = re.compile(r"^09\d{9}$")
    assert 0.50 <= share(lambda r: bool(thai_phone.match(r["phone"]))) <= 0.70
    assert 0.05 <= share(lambda r: bool(myanmar_phone.match(r["phone"]))) <= 0.25
    assert all(r["phone"] == "" or check_phone(r["phone"]) is None for r in rows)
    docs = Counter(r["documentation"] for r in rows)
    for doc in (
        Documentation.NONE,
        Documentation.PINK_CARD,
        Documentation.PASSPORT_VISA,
        Documentation.BORDER_PASS,
        Documentation.G_CODE,
    ):
        assert docs[doc.value] > 0, doc
    assert all(
        age_on(r["birth_date"], TODAY) <= 17
        for r in rows
        if r["documentation"] == Documentation.G_CODE.value
    )
    adults = [r for r, a in zip(rows, ages, strict=True) if a >= 18]
    asked = [r for r in adults if r["wg_seeing"] is not None]
    assert len(asked) / len(adults) >= 0.75
    assert 0 < sum(r["has_disability"] for r in rows) / n < 0.15
    assert {r["area"] for r in rows} == set(AREAS)
    for r in rows:
        assert r["birth_date"] <= r["consent_date"] <= TODAY
        assert r["consent_date"] >= PROGRAMME_START or r["birth_date"] > PROGRAMME_START
        assert r["consent_services"]


def test_demo_names_match_their_people(store: Store) -> None:
    fill_demo_data(store, 1500, seed=5, today=TODAY)
    female_prefixes = {"Ma": "မ", "Daw": "ဒေါ်", "Naw": "နော်"}
    male_prefixes = {"Maung": "မောင်", "Ko": "ကို", "U": "ဦး", "Saw": "စော"}
    karen = 0
    for r in all_rows(store):
        latin, script = r["name_latin"], r["name_script"]
        assert LATIN.match(latin), latin
        if r["population_group"] == PopulationGroup.HOST_COMMUNITY.value:
            assert r["nationality"] == Nationality.THAI.value
            assert r["documentation"] == Documentation.THAI_ID.value
            assert THAI.match(script), script
            assert len(latin.split()) == len(script.split()) == 2
            continue
        assert r["nationality"] in (Nationality.MYANMAR.value, Nationality.STATELESS.value)
        assert MYANMAR.match(script), script  # Myanmar script, no spaces
        honorific = latin.split()[0]
        prefixes = female_prefixes if r["sex"] == Sex.FEMALE.value else male_prefixes
        assert honorific in prefixes, latin
        assert script.startswith(prefixes[honorific]), (latin, script)
        karen += honorific in ("Naw", "Saw")
        age = age_on(r["birth_date"], TODAY)
        if honorific == "Daw":
            assert age >= 30
        if honorific == "U":
            assert age >= 40
        if honorific == "Maung" and age >= 40:
            pytest.fail(f"an older man is not called Maung: {latin}")
    assert karen > 0


def test_demo_codes_search_text_and_next_number(store: Store) -> None:
    existing = register_person(
        store,
        PersonInput(
            name_latin="Ma Hnin Ei",
            sex=Sex.FEMALE,
            population_group=PopulationGroup.NEW_ARRIVAL,
            consent_date=dt.date(2025, 3, 1),
            birth_year=1994,
        ),
        today=TODAY,
    )
    summary = fill_demo_data(store, 300, seed=2, today=TODAY, activity=False)
    assert (summary.first_code, summary.last_code) == ("BEAM-000002", "BEAM-000301")
    assert (summary.sessions, summary.attendance) == (0, 0)
    rows = all_rows(store)
    assert [r["code"] for r in rows] == [f"BEAM-{i:06d}" for i in range(1, 302)]
    for r in rows:
        assert r["search_text"] == search_text_for(
            r["code"], r["name_latin"], r["name_script"], r["phone"]
        )
    with store.read() as session:
        profile = session.get(CsoProfile, 1)
        assert profile is not None
        assert profile.next_person_number == 302
    after = register_person(store, existing.as_input(), today=TODAY)
    assert after.code == "BEAM-000302"
    # Demo people are found like any other.
    someone = rows[150]
    found = find_people(store, PersonQuery(text=someone["name_script"]))
    assert someone["id"] in [r.id for r in found]


def test_demo_people_pass_validation(store: Store) -> None:
    fill_demo_data(store, 300, seed=9, today=TODAY, activity=False)
    for row in find_people(store, PersonQuery(), limit=300):
        assert validate_person(get_person(store, row.id).as_input(), today=TODAY) == {}


def test_demo_activity_is_plausible(demo: Store) -> None:
    programmes = {p.id: p.code for p in list_programmes(demo)}
    rows = {r["id"]: r for r in all_rows(demo)}
    attendance = attendance_rows(demo)
    per_programme = Counter(programmes[a[1]] for a in attendance)
    assert set(per_programme) == set(programmes.values())
    per_person = Counter(a[5] for a in attendance)
    assert 5 <= len(attendance) / len(rows) <= 40
    assert len(per_person) / len(rows) >= 0.6
    for _session_id, programme_id, day, topic, location, person_id in attendance:
        person = rows[person_id]
        assert PROGRAMME_START <= day <= TODAY
        assert day >= person["consent_date"], "nobody attends before they consented"
        assert topic
        assert location
        if programmes[programme_id] == "safe_space":
            assert person["sex"] == "female"
        if programmes[programme_id] == "thai_language":
            assert person["population_group"] != "host_community"
    topics = {a[3] for a in attendance}
    assert any(t.startswith("Thai for the market") for t in topics)
    assert "Knowing your rights: labour protection" in topics
    assert "BEAM learning centre" in {a[4] for a in attendance}


def test_demo_data_needs_the_right_role(store: Store) -> None:
    with pytest.raises(PermissionDenied):
        fill_demo_data(as_role(store, Role.COORDINATOR), 10)
    assert count_people(store, PersonQuery()) == 0


def test_demo_data_is_audited_without_names(store: Store) -> None:
    fill_demo_data(store, 40, seed=1, today=TODAY)
    with store.read() as session:
        details = [
            d
            for (d,) in session.execute(
                select(AuditEvent.detail).where(AuditEvent.action == "demo_data")
            )
        ]
    assert len(details) == 1
    assert details[0].startswith("people=40 ")


# --- Export ---------------------------------------------------------------------------------


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def export_events(store: Store) -> list[str]:
    stmt = select(AuditEvent.detail).where(AuditEvent.action == "export").order_by(AuditEvent.id)
    with store.read() as session:
        return [d for (d,) in session.execute(stmt)]


def test_export_csv_holds_every_live_person(store: Store, tmp_path: Path) -> None:
    fill_demo_data(store, 120, seed=4, today=TODAY)
    gone = find_people(store, PersonQuery(), limit=1)[0]
    delete_person(store, gone.id)
    out = tmp_path / "people.csv"

    assert export_records(store, out, today=TODAY) == 119
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = read_csv(out)
    assert tuple(table[0]) == HEADER
    body = table[1:]
    assert len(body) == 119
    live = {r["code"]: r for r in all_rows(store) if r["deleted_at"] is None}
    assert [line[0] for line in body] == sorted(live)
    assert gone.code not in {line[0] for line in body}
    col = {name: i for i, name in enumerate(HEADER)}
    for line in body:
        r = live[line[0]]
        assert line[col["Name (Latin script)"]] == r["name_latin"]
        assert line[col["Name (own script)"]] == r["name_script"]
        assert line[col["Phone"]] == r["phone"]
        assert int(line[col["Age"]]) == age_on(r["birth_date"], TODAY)
    assert export_events(store) == ["count=119 format=csv"]


def test_export_xlsx(store: Store, tmp_path: Path) -> None:
    hnin = register_person(
        store,
        PersonInput(
            name_latin="Ma Hnin Ei",
            name_script="မနှင်းအိ",
            sex=Sex.FEMALE,
            population_group=PopulationGroup.NEW_ARRIVAL,
            consent_date=dt.date(2025, 3, 1),
            birth_date=dt.date(1994, 5, 17),
            phone="081-234-5678",
            washington_group={"walking": 3},
        ),
        today=TODAY,
    )
    fill_demo_data(store, 30, seed=4, today=TODAY)
    out = tmp_path / "People.XLSX"
    assert export_records(store, out, today=TODAY) == 31

    sheet = load_workbook(out, read_only=True).worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert tuple(values[0]) == HEADER
    assert len(values) == 32
    col = {name: i for i, name in enumerate(HEADER)}
    first = values[1]
    assert first[col["Code"]] == hnin.code
    assert first[col["Name (own script)"]] == "မနှင်းအိ"
    assert first[col["Date of birth"]].date() == dt.date(1994, 5, 17)
    assert first[col["Difficulty walking"]] == "A lot of difficulty"
    assert first[col["Disability (Washington Group)"]] == "Yes"
    assert first[col["Phone"]] == "081-234-5678"
    assert export_events(store) == ["count=31 format=xlsx"]


def test_export_does_not_run_formulas(store: Store, tmp_path: Path) -> None:
    register_person(
        store,
        PersonInput(
            name_latin='=HYPERLINK("http://x.example","click")',
            sex=Sex.MALE,
            population_group=PopulationGroup.NEW_ARRIVAL,
            consent_date=dt.date(2025, 3, 1),
            birth_year=1990,
            phone="+66 81 234 5678",
            area="@SUM(1+1)",
        ),
        today=TODAY,
    )
    export_records(store, tmp_path / "p.csv", today=TODAY)
    line = read_csv(tmp_path / "p.csv")[1]
    col = {name: i for i, name in enumerate(HEADER)}
    assert line[col["Name (Latin script)"]].startswith("'=")
    assert line[col["Area"]].startswith("'@")
    assert line[col["Phone"]] == "+66 81 234 5678"

    export_records(store, tmp_path / "p.xlsx", today=TODAY)
    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    cell = sheet.cell(row=2, column=col["Name (Latin script)"] + 1)
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://x.example","click")'


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.CASEWORKER, Role.COORDINATOR])
def test_only_admins_export(store: Store, tmp_path: Path, role: Role) -> None:
    fill_demo_data(store, 5, seed=1, today=TODAY)
    out = tmp_path / "people.csv"
    with pytest.raises(PermissionDenied):
        export_records(as_role(store, role), out)
    assert not out.exists()
    assert export_events(store) == []


@pytest.mark.parametrize("name", ["people.txt", "people.xls", "people", "people.csv.bak"])
def test_unknown_suffix_is_refused(store: Store, exports: Path, name: str) -> None:
    with pytest.raises(ValidationFailed) as failed:
        export_records(store, exports / name)
    assert "format" in failed.value.problems
    assert list(exports.iterdir()) == []


def test_export_to_a_missing_folder_is_a_storage_problem(store: Store, exports: Path) -> None:
    blocker = exports / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(StorageProblem):
        export_records(store, blocker / "people.csv")
    with pytest.raises(StorageProblem) as problem:
        export_records(store, exports / "no such folder" / "people.csv")
    assert problem.value.reason == "no_folder"
    assert sorted(p.name for p in exports.iterdir()) == ["blocker"]
    assert export_events(store) == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_full_disk_leaves_no_file_and_keeps_the_old_one(
    store: Store, exports: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    fill_demo_data(store, 20, seed=1, today=TODAY)
    out = exports / f"people{suffix}"
    out.write_bytes(b"the previous export")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(StorageProblem) as problem:
        export_records(store, out)
    assert problem.value.reason == "disk_full"
    assert sorted(p.name for p in exports.iterdir()) == [out.name], "no temp file left"
    assert out.read_bytes() == b"the previous export"
    assert export_events(store) == []


def test_export_counts_attendance_and_programmes(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    export_records(demo, out, today=TODAY)
    col = {name: i for i, name in enumerate(HEADER)}
    body = read_csv(out)[1:]
    with demo.read() as session:
        attended = dict(
            session.execute(
                select(B.code, func.count())
                .join(Attendance, Attendance.beneficiary_id == B.id)
                .group_by(B.code)
            ).all()
        )
    for line in body:
        assert int(line[col["Sessions attended"]]) == attended.get(line[0], 0)
        assert bool(line[col["Programmes"]]) == (line[0] in attended)
