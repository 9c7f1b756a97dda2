"""The beneficiary registry facade: register, find, edit, delete, with audit and roles."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db import validation
from db.beneficiaries import (
    close_case,
    count_people,
    delete_person,
    find_people,
    find_possible_duplicates,
    get_person,
    normalise_for_search,
    register_person,
    restore_person,
    update_person,
)
from db.errors import PermissionDenied, RecordNotFound, ValidationFailed
from db.models import Attendance, AuditEvent
from db.models import Session as ActivitySession
from db.programmes import list_programmes
from db.records_export import export_records
from db.store import Store
from db.types import (
    AgeBand,
    CaseStatus,
    Person,
    PersonInput,
    PersonQuery,
    PersonSort,
    PopulationGroup,
    Role,
    Sex,
    UserInfo,
    age_on,
)

TODAY = dt.date(2026, 3, 15)
SLOW_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def person(name: str = "Ma Hnin Ei", **changes: Any) -> PersonInput:
    p = PersonInput(
        name_latin=name,
        sex=Sex.FEMALE,
        population_group=PopulationGroup.NEW_ARRIVAL,
        consent_date=dt.date(2025, 3, 1),
        birth_year=1994,
    )
    for key, value in changes.items():
        setattr(p, key, value)
    return p


def add(store: Store, name: str = "Ma Hnin Ei", **changes: Any) -> Person:
    return register_person(store, person(name, **changes), today=TODAY)


def as_role(store: Store, role: Role) -> Store:
    """The same open database, signed in with another role."""
    user = UserInfo(store.user.id, f"{role.value}1", f"A {role.value}", role, "en")
    return dataclasses.replace(store, user=user)


def ids(store: Store, **query: Any) -> list[int]:
    q = PersonQuery(today=TODAY, **query)
    return [r.id for r in find_people(store, q, limit=10_000)]


def audit_events(store: Store) -> list[Any]:
    columns = (AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id)
    stmt = select(*columns, AuditEvent.username, AuditEvent.detail).order_by(AuditEvent.id)
    with store.read() as session:
        return list(session.execute(stmt))


# --- Register, get, update, delete ----------------------------------------------------------


def test_register_and_get(store: Store) -> None:
    new = add(
        store,
        "Ma Hnin Ei",
        name_script="မနှင်းအိ",
        phone="081-234-5678",
        area="Mae Pa",
        washington_group={"seeing": 1, "walking": 3},
        consent_referral=True,
    )
    got = get_person(store, new.id)
    assert got == new
    assert got.code == "BEAM-000001"
    assert got.name_script == "မနှင်းအိ"
    assert got.birth_date == dt.date(1994, 7, 1)
    assert got.birth_date_estimated
    assert got.has_disability  # "a lot of difficulty" walking
    assert got.washington_group == {"seeing": 1, "walking": 3}
    assert got.consent_recorded_by == "Daw Khin Myo"
    assert got.status is CaseStatus.ACTIVE
    assert got.as_input().birth_year == 1994


def test_codes_are_sequential_per_cso(store: Store) -> None:
    codes = [add(store, f"Ko Aung {i}").code for i in range(3)]
    assert codes == ["BEAM-000001", "BEAM-000002", "BEAM-000003"]


def test_failed_registration_does_not_use_up_a_code(store: Store) -> None:
    add(store)
    with pytest.raises(ValidationFailed):
        add(store, "Ko Aung", phone="not a phone")
    assert add(store, "Ko Aung").code == "BEAM-000002"


def test_update_changes_the_record_and_the_search(store: Store) -> None:
    new = add(store, "Ma Hnin Ei")
    changed = update_person(store, new.id, person("Ma Thida Aye", phone="0891112222"), today=TODAY)
    assert changed.name_latin == "Ma Thida Aye"
    assert changed.code == new.code
    assert changed.updated_at >= new.updated_at
    assert ids(store, text="thida") == [new.id]
    assert ids(store, text="hnin") == []
    assert ids(store, text="089-111") == [new.id]


def test_delete_hides_and_restore_brings_back(store: Store) -> None:
    keep, gone = add(store, "Ma Hnin Ei"), add(store, "Ko Aung Zaw")
    delete_person(store, gone.id)
    assert ids(store) == [keep.id]
    assert count_people(store, PersonQuery()) == 1
    with pytest.raises(RecordNotFound):
        get_person(store, gone.id)
    with pytest.raises(RecordNotFound):
        update_person(store, gone.id, person("Ko Aung Zaw"), today=TODAY)
    with pytest.raises(RecordNotFound):
        delete_person(store, gone.id)

    restore_person(store, gone.id)
    assert ids(store) == [keep.id, gone.id]
    assert get_person(store, gone.id).name_latin == "Ko Aung Zaw"
    with pytest.raises(RecordNotFound):
        restore_person(store, gone.id)


def test_unknown_id_is_not_found(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        get_person(store, 999)


# --- Search ---------------------------------------------------------------------------------


@pytest.fixture
def three(store: Store) -> list[Person]:
    return [
        add(store, "Ma Hnin Ei", name_script="မနှင်းအိ", phone="081-234-5678"),
        add(store, "Ko Aung Zaw", name_script="ကိုအောင်ဇော်", phone="09 7812 34567", sex=Sex.MALE),
        add(
            store,
            "Somsri Jaidee",
            name_script="สมศรี ใจดี",
            sex=Sex.FEMALE,
            population_group=PopulationGroup.HOST_COMMUNITY,
        ),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEAM-000002", [1]),
        ("beam-000002", [1]),
        ("000003", [2]),
        ("hnin", [0]),
        ("HNIN EI", [0]),
        ("  ma   hnin ", [0]),
        ("ei hnin", [0]),  # every word must match, in any order
        ("aung", [1]),
        ("နှင်း", [0]),
        ("ကိုအောင်", [1]),
        ("ใจดี", [2]),
        ("0812345678", [0]),
        ("081-234-5678", [0]),
        ("081-234", [0]),
        ("234-5678", [0]),
        ("5678", [0]),
        ("0978123", [1]),
        ("09 7812", [1]),
        ("xyz", []),
        ("", [0, 1, 2]),
    ],
)
def test_search(store: Store, three: list[Person], text: str, expected: list[int]) -> None:
    assert ids(store, text=text) == [three[i].id for i in expected]
    assert count_people(store, PersonQuery(text=text)) == len(expected)


def test_like_wildcards_in_the_query_are_literal(store: Store) -> None:
    plain = add(store, "Ko Aung Zaw")
    underscore = add(store, "Ko Aung_Zaw")
    percent = add(store, "Ko Aung%Zaw")
    backslash = add(store, "Ko Aung\\Zaw")
    assert ids(store, text="g_z") == [underscore.id]
    assert ids(store, text="g%z") == [percent.id]
    assert ids(store, text="g\\z") == [backslash.id]
    assert ids(store, text="%") == [percent.id]
    assert ids(store, text="_") == [underscore.id]
    assert ids(store, text="g z") == [plain.id, underscore.id, percent.id, backslash.id]


@SLOW_SETTINGS
@given(data=st.data())
def test_search_finds_a_person_by_any_part_of_their_code(store: Store, data: st.DataObject) -> None:
    if count_people(store, PersonQuery()) == 0:
        for letter in "abcdefghijkl":  # no digits in names: only codes match digit queries
            add(store, f"Ko Aung {letter}")
    people = find_people(store, PersonQuery(), limit=100)
    row = data.draw(st.sampled_from(people))
    start = data.draw(st.integers(0, len(row.code) - 1))
    end = data.draw(st.integers(start + 1, len(row.code)))
    part = row.code[start:end]
    found = ids(store, text=part)
    assert row.id in found
    assert all(part.lower() in r.code.lower() for r in find_people(store, PersonQuery(text=part)))


_SYLLABLES = ["နှင်း", "အိ", "ကျော်", "ဇော်", "ခင်", "မျိုး", "สม", "ศรี"]
_NAME_PART = st.one_of(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8
    ),
    st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3).map("".join),
)


@SLOW_SETTINGS
@given(parts=st.lists(_NAME_PART, min_size=1, max_size=4), data=st.data())
def test_search_finds_a_person_by_any_part_of_their_name(
    store: Store, parts: list[str], data: st.DataObject
) -> None:
    name = " ".join(parts)
    new = add(store, name, name_script=name)
    stored = normalise_for_search(name)
    start = data.draw(st.integers(0, len(stored) - 1))
    end = data.draw(st.integers(start + 1, len(stored)))
    query = stored[start:end]
    if not query.strip():
        return
    assert new.id in ids(store, text=query.upper())


# --- Filters, sorting and paging ------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "today", "band"),
    [
        (dt.date(2008, 3, 15), TODAY, AgeBand.ADULT),  # 18th birthday today
        (dt.date(2008, 3, 16), TODAY, AgeBand.CHILD),  # 18 tomorrow
        (dt.date(1966, 3, 15), TODAY, AgeBand.OLDER),  # 60 today
        (dt.date(1966, 3, 16), TODAY, AgeBand.ADULT),
        (dt.date(2021, 3, 15), TODAY, AgeBand.AGE_5_11),
        (dt.date(2021, 3, 16), TODAY, AgeBand.UNDER_5),
        (dt.date(2014, 3, 15), TODAY, AgeBand.AGE_12_17),
        (dt.date(2014, 3, 16), TODAY, AgeBand.AGE_5_11),
        (dt.date(2008, 2, 29), dt.date(2026, 2, 28), AgeBand.CHILD),  # leap-day birthday
        (dt.date(2008, 2, 29), dt.date(2026, 3, 1), AgeBand.ADULT),
        (TODAY, TODAY, AgeBand.UNDER_5),  # born today
    ],
)
def test_age_band_at_a_birthday_edge(
    store: Store, born: dt.date, today: dt.date, band: AgeBand
) -> None:
    new = register_person(
        store, person(birth_year=None, birth_date=born, consent_date=today), today=today
    )
    matching = {
        b
        for b in AgeBand
        if new.id in [r.id for r in find_people(store, PersonQuery(age_band=b, today=today))]
    }
    # The person is in the expected band and in the broad band containing it, no other.
    broad = {AgeBand.UNDER_5: AgeBand.CHILD, AgeBand.AGE_5_11: AgeBand.CHILD}
    expected = {band, broad.get(band, band)}
    if band is AgeBand.AGE_12_17:
        expected.add(AgeBand.CHILD)
    if band is AgeBand.CHILD:
        expected.add(AgeBand.AGE_12_17)
    assert matching == expected


@SLOW_SETTINGS
@given(
    births=st.lists(st.dates(dt.date(1930, 1, 1), dt.date(2025, 12, 31)), min_size=1, max_size=8),
    today=st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
    band=st.sampled_from(list(AgeBand)),
)
def test_age_band_filter_matches_age_on(
    store: Store, births: list[dt.date], today: dt.date, band: AgeBand
) -> None:
    mine = {
        register_person(
            store,
            person(birth_year=None, birth_date=b, consent_date=dt.date(2025, 12, 31)),
            today=today,
        ).id: b
        for b in births
    }
    low, high = band.years
    expected = {
        pid
        for pid, b in mine.items()
        if low <= age_on(b, today) and (high is None or age_on(b, today) <= high)
    }
    found = {
        r.id for r in find_people(store, PersonQuery(age_band=band, today=today), limit=10_000)
    }
    assert found & set(mine) == expected


def test_filters(store: Store, three: list[Person]) -> None:
    hnin, aung, somsri = three
    assert ids(store, sex=Sex.MALE) == [aung.id]
    assert ids(store, sex=Sex.FEMALE) == [hnin.id, somsri.id]
    assert ids(store, population_group=PopulationGroup.HOST_COMMUNITY) == [somsri.id]
    assert ids(store, sex=Sex.FEMALE, text="jaidee") == [somsri.id]
    close_case(store, aung.id, "Moved away")
    assert ids(store, status=CaseStatus.CLOSED) == [aung.id]
    assert ids(store, status=CaseStatus.ACTIVE) == [hnin.id, somsri.id]
    assert count_people(store, PersonQuery(status=CaseStatus.CLOSED, sex=Sex.FEMALE)) == 0


def test_programme_filter_uses_attendance_of_live_sessions(
    store: Store, three: list[Person]
) -> None:
    hnin, aung, somsri = three
    programmes = {p.code: p.id for p in list_programmes(store)}
    with store.write() as session:
        thai = ActivitySession(
            kind="group",
            activity_type="class",
            programme_id=programmes["thai_language"],
            date=dt.date(2025, 4, 1),
        )
        deleted = ActivitySession(
            kind="group",
            activity_type="support_group",
            programme_id=programmes["mhpss"],
            date=dt.date(2025, 4, 2),
            deleted_at=dt.datetime(2025, 4, 3),
        )
        session.add_all([thai, deleted])
        session.flush()
        session.add_all(
            [
                Attendance(session_id=thai.id, beneficiary_id=hnin.id),
                Attendance(session_id=thai.id, beneficiary_id=aung.id),
                Attendance(session_id=deleted.id, beneficiary_id=somsri.id),
            ]
        )
    assert ids(store, programme_id=programmes["thai_language"]) == [hnin.id, aung.id]
    assert ids(store, programme_id=programmes["thai_language"], sex=Sex.MALE) == [aung.id]
    assert ids(store, programme_id=programmes["mhpss"]) == []
    assert ids(store, programme_id=programmes["youth"]) == []


@pytest.fixture
def crowd(store: Store) -> list[Person]:
    births = [dt.date(1990, 5, 1), dt.date(2010, 1, 2), dt.date(1955, 12, 31), dt.date(1990, 5, 1)]
    names = ["Ma Yu", "Ko Aung", "Daw Aye", "U Tun"]
    return [
        add(
            store,
            name,
            birth_year=None,
            birth_date=born,
            sex=Sex.MALE if name.startswith(("Ko", "U ")) else Sex.FEMALE,
            area=area,
        )
        for name, born, area in zip(
            names, births, ["Mae Pa", "Mae Ku", "Mae Pa", "Mae Tao"], strict=True
        )
    ]


@pytest.mark.parametrize("sort", list(PersonSort))
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_is_done_in_sql_and_stable(
    store: Store, crowd: list[Person], sort: PersonSort, descending: bool
) -> None:
    rows = find_people(store, PersonQuery(sort=sort, descending=descending, today=TODAY))

    def key(p: Person) -> Any:
        if sort is PersonSort.AGE:
            return p.age_on(TODAY)
        return getattr(p, sort.value)

    # Expected: by the column (ascending or descending), ties always by code ascending.
    expected = sorted(crowd, key=lambda p: p.code)
    expected = sorted(expected, key=key, reverse=descending)
    if sort is PersonSort.AGE:
        # Equal ages (same birth date) fall back to code order.
        expected = sorted(
            expected, key=lambda p: (p.age_on(TODAY) * (-1 if descending else 1), p.code)
        )
    assert [r.code for r in rows] == [p.code for p in expected]


def test_sort_by_age_puts_the_youngest_first(store: Store, crowd: list[Person]) -> None:
    rows = find_people(store, PersonQuery(sort=PersonSort.AGE, today=TODAY))
    ages = [r.age_on(TODAY) for r in rows]
    assert ages == sorted(ages)
    assert rows[0].name_latin == "Ko Aung"


def test_paging_is_consistent_with_the_count(store: Store) -> None:
    for i in range(23):
        add(store, f"Ko Aung {i:02d}", sex=Sex.MALE if i % 2 else Sex.FEMALE)
    for query in (PersonQuery(), PersonQuery(sex=Sex.MALE), PersonQuery(text="aung 1")):
        total = count_people(store, query)
        everything = [r.id for r in find_people(store, query, limit=1000)]
        assert len(everything) == total
        paged: list[int] = []
        for offset in range(0, total + 7, 7):
            paged += [r.id for r in find_people(store, query, offset=offset, limit=7)]
        assert paged == everything
    assert find_people(store, PersonQuery(), offset=100, limit=10) == []


# --- Validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"birth_year": None, "birth_date": dt.date(2026, 3, 16)}, "birth", validation.IN_FUTURE),
        ({"birth_year": 2027}, "birth", validation.IN_FUTURE),
        ({"birth_year": 1900}, "birth", validation.TOO_OLD),
        ({"birth_year": None}, "birth", validation.BIRTH_REQUIRED),
        ({"phone": "08l-234-5678"}, "phone", validation.PHONE_FORMAT),
        ({"phone": "12345"}, "phone", validation.PHONE_FORMAT),
        ({"consent_services": False}, "consent_services", validation.CONSENT_REQUIRED),
        ({"consent_date": dt.date(2026, 3, 16)}, "consent_date", validation.IN_FUTURE),
        (
            {"birth_year": None, "birth_date": dt.date(2025, 6, 1)},
            "consent_date",
            validation.BEFORE_BIRTH,
        ),
        ({"washington_group": {"seeing": 7}}, "washington_group", validation.OUT_OF_RANGE),
        ({"washington_group": {"flying": 1}}, "washington_group", validation.OUT_OF_RANGE),
        ({"name_latin": "x" * 201}, "name_latin", validation.TOO_LONG),
    ],
)
def test_validation_problems(
    store: Store, changes: dict[str, Any], field: str, problem: str
) -> None:
    with pytest.raises(ValidationFailed) as failed:
        add(store, **changes)
    assert failed.value.problems[field] == problem
    assert count_people(store, PersonQuery()) == 0


def test_name_in_either_script_is_enough(store: Store) -> None:
    with pytest.raises(ValidationFailed) as failed:
        add(store, "  ")
    assert failed.value.problems == {"name_latin": validation.REQUIRED}
    assert add(store, "", name_script="မနှင်းအိ").name_script == "မနှင်းအိ"


@pytest.mark.parametrize(
    "phone", ["081-234-5678", "0812345678", "+66 81 234 5678", "09 7812 34567", "+95 9 781234567"]
)
def test_valid_phones(phone: str) -> None:
    assert validation.check_phone(phone) is None


@given(st.text())
def test_phone_validation_never_crashes(text: str) -> None:
    assert validation.check_phone(text) in (None, validation.PHONE_FORMAT)
    problems = validation.validate_person(person(phone=text), today=TODAY)
    assert set(problems) <= {"phone"}


# --- Duplicates -----------------------------------------------------------------------------


def test_possible_duplicates(store: Store) -> None:
    hnin = add(store, "Ma Hnin Ei", name_script="မနှင်းအိ", birth_year=1995)
    add(store, "Ko Aung Zaw", birth_year=1995, sex=Sex.MALE)

    def reasons(p: PersonInput) -> list[tuple[int, str]]:
        return [(d.row.id, d.reason) for d in find_possible_duplicates(store, p)]

    assert reasons(person("Ma Hnin Ei", birth_year=1995)) == [(hnin.id, "same_name")]
    assert reasons(person("ma  hnin ei", birth_year=1996)) == [(hnin.id, "same_name")]
    assert reasons(person("Hnin Ei, Ma", birth_year=1994)) == [(hnin.id, "same_name")]
    assert reasons(person("Ma Hnin Eii", birth_year=1995)) == [(hnin.id, "similar_name")]
    assert reasons(person("Mary Smith", name_script="မနှင်းအိ", birth_year=1995)) == [
        (hnin.id, "same_script_name")
    ]
    # Born two years apart: a different person, however alike the name.
    assert reasons(person("Ma Hnin Ei", birth_year=1997)) == []
    assert reasons(person("Ma Hnin Ei", birth_year=1993)) == []
    assert reasons(person("Daw Thida Aye", birth_year=1995)) == []
    # Editing a record does not flag the record itself.
    assert find_possible_duplicates(store, person("Ma Hnin Ei", birth_year=1995), hnin.id) == []
    # Deleted people are not offered as duplicates.
    delete_person(store, hnin.id)
    assert reasons(person("Ma Hnin Ei", birth_year=1995)) == []


# --- Audit and permissions ------------------------------------------------------------------


def test_audit_trail_without_names(store: Store) -> None:
    new = add(store, "Ma Hnin Ei", name_script="မနှင်းအိ", phone="081-234-5678")
    get_person(store, new.id)
    update_person(store, new.id, person("Ma Hnin Ei Phyu", consent_referral=True), today=TODAY)
    delete_person(store, new.id)
    restore_person(store, new.id)
    events = [e for e in audit_events(store) if e.entity == "person"]
    assert [(e.action, e.entity_id) for e in events] == [
        ("create", new.id),
        ("view", new.id),
        ("edit", new.id),
        ("delete", new.id),
        ("restore", new.id),
    ]
    assert events[2].detail == "consent changed"
    for e in audit_events(store):
        assert e.username == "admin"
        for secret in ("Hnin", "hnin", "နှင်း", "081", "5678", new.code):
            assert secret not in e.detail


def test_facilitator_can_find_and_register_but_not_delete_or_export(
    store: Store, tmp_path: Any
) -> None:
    new = add(store)
    facilitator = as_role(store, Role.FACILITATOR)
    assert [r.id for r in find_people(facilitator, PersonQuery())] == [new.id]
    register_person(facilitator, person("Ko Aung Zaw"), today=TODAY)
    with pytest.raises(PermissionDenied):
        delete_person(facilitator, new.id)
    with pytest.raises(PermissionDenied):
        update_person(facilitator, new.id, person("Ma Aye"), today=TODAY)
    with pytest.raises(PermissionDenied):
        export_records(facilitator, tmp_path / "people.csv")
    assert not (tmp_path / "people.csv").exists()
    assert get_person(store, new.id).name_latin == "Ma Hnin Ei"


def test_coordinator_cannot_see_people(store: Store) -> None:
    new = add(store)
    coordinator = as_role(store, Role.COORDINATOR)
    for action in (
        lambda: find_people(coordinator, PersonQuery()),
        lambda: count_people(coordinator, PersonQuery()),
        lambda: get_person(coordinator, new.id),
        lambda: find_possible_duplicates(coordinator, person()),
        lambda: register_person(coordinator, person(), today=TODAY),
    ):
        with pytest.raises(PermissionDenied):
            action()
