"""The counting functions against a brute-force oracle on random data (hypothesis)."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from db import counting, keys, setup
from db.models import Attendance, Beneficiary, Session
from db.models import Referral as ReferralRow
from db.store import Store
from db.types import age_on

START = dt.date(2024, 12, 1)
END = dt.date(2026, 10, 31)
SEXES = ["female", "male", "other"]
GROUPS = ["new_arrival", "long_term_migrant", "host_community"]

dates = st.dates(START - dt.timedelta(days=40), END + dt.timedelta(days=40))
# Birth dates near the band edges on purpose: birthdays fall inside the period.
births = st.one_of(
    st.dates(dt.date(1940, 1, 1), dt.date(2026, 6, 1)),
    st.builds(
        lambda years, day: dt.date(2025 - years, 1, 1) + dt.timedelta(days=day),
        st.sampled_from([4, 5, 11, 12, 17, 18, 59, 60]),
        st.integers(0, 364),
    ),
)
people_st = st.lists(
    st.tuples(
        st.sampled_from(SEXES), births, st.sampled_from(GROUPS), st.booleans(), st.booleans()
    ),
    min_size=1,
    max_size=25,
)


def birthdays(people: list[tuple[object, dt.date, object, object, object]]) -> list[dt.date]:
    """Each person's birthdays inside the programme period, and the day before them."""
    out = []
    for _, born, *_rest in people:
        for year in (2025, 2026):
            try:
                day = born.replace(year=year)
            except ValueError:  # born on 29 February
                continue
            out += [day, day - dt.timedelta(days=1)]
    return out


def sessions_for(people):
    # Programme index, date (often exactly on someone's birthday), deleted.
    days = st.one_of(dates, st.sampled_from(birthdays(people)))
    return st.lists(st.tuples(st.integers(0, 2), days, st.booleans()), min_size=1, max_size=30)


def fresh_store() -> Store:
    keys.DEFAULT_KDF = keys.KdfParams(1, 1024, 1)
    folder = Path(tempfile.mkdtemp(prefix="count-"))
    return setup.create_cso_database(
        folder / "c.db",
        cso_code="TEST",
        cso_name="Test",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="a-long-password",
    ).store


def band(age: int) -> str:
    for name, high in (("0-4", 4), ("5-11", 11), ("12-17", 17), ("18-59", 59)):
        if age <= high:
            return name
    return "60+"


def oracle(people, sessions, attendance, programme_ids, start, end, monthly):
    """Straight from the definition, one person at a time."""
    first: dict[tuple[int, str, int], dt.date] = {}
    for s_idx, p_idx in attendance:
        prog, day, deleted = sessions[s_idx]
        sex, born, group, disabled, person_deleted = people[p_idx]
        if deleted or person_deleted or not start <= day <= end:
            continue
        period = day.strftime("%Y-%m") if monthly else counting.CUMULATIVE
        key = (programme_ids[prog], period, p_idx)
        if key not in first or day < first[key]:
            first[key] = day
    out: Counter[tuple[object, ...]] = Counter()
    for (programme_id, period, p_idx), day in first.items():
        sex, born, group, disabled, _ = people[p_idx]
        out[(programme_id, period, sex, band(age_on(born, day)), group, disabled)] += 1
    return out


def load(store: Store, people, sessions, attendance) -> list[int]:
    """Insert generated people, sessions and attendance; return the programme ids used."""
    from db.programmes import list_programmes

    programme_ids = [p.id for p in list_programmes(store)[:3]]
    with store.write() as session:
        session.execute(
            insert(Beneficiary),
            [
                {
                    "id": i + 1,
                    "code": f"TEST-{i:06d}",
                    "name_latin": f"P{i}",
                    "sex": sex,
                    "birth_date": born,
                    "population_group": group,
                    "has_disability": disabled,
                    "consent_date": START,
                    "deleted_at": dt.datetime(2026, 1, 1) if gone else None,
                }
                for i, (sex, born, group, disabled, gone) in enumerate(people)
            ],
        )
        session.execute(
            insert(Session),
            [
                {
                    "id": i + 1,
                    "kind": "group",
                    "activity_type": "awareness",
                    "programme_id": programme_ids[prog],
                    "date": day,
                    "deleted_at": dt.datetime(2026, 1, 1) if deleted else None,
                }
                for i, (prog, day, deleted) in enumerate(sessions)
            ],
        )
        if attendance:
            session.execute(
                insert(Attendance),
                [{"session_id": s + 1, "beneficiary_id": p + 1} for s, p in attendance],
            )
    return programme_ids


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    people=people_st,
    data=st.data(),
    monthly=st.booleans(),
    window=st.tuples(dates, dates).map(sorted),
)
def test_people_reached_matches_the_definition(people, data, monthly, window) -> None:
    sessions = data.draw(sessions_for(people))
    attendance = data.draw(
        st.sets(
            st.tuples(st.integers(0, len(sessions) - 1), st.integers(0, len(people) - 1)),
            max_size=120,
        )
    )
    store = fresh_store()
    try:
        programme_ids = load(store, people, sessions, attendance)
        start, end = window
        cells = counting.people_reached(store, start, end, monthly=monthly)
        got = Counter(
            {
                (
                    c.programme_id,
                    c.period,
                    c.sex.value,
                    c.age_band,
                    c.population_group.value,
                    c.disability,
                ): c.people
                for c in cells
            }
        )
        assert got == oracle(people, sessions, attendance, programme_ids, start, end, monthly)
        # One programme at a time gives the same cells.
        for pid in programme_ids:
            only = counting.people_reached(store, start, end, programme_id=pid, monthly=monthly)
            assert {c for c in cells if c.programme_id == pid} == set(only)
    finally:
        store.close()


def test_monthly_and_cumulative_uniques_differ(store: Store) -> None:
    """Someone who comes in March and April is 1 person reached, not 2."""
    from db.programmes import list_programmes

    pid = list_programmes(store)[0].id
    with store.write() as session:
        session.execute(
            insert(Beneficiary),
            [
                {
                    "id": 1,
                    "code": "B-1",
                    "name_latin": "A",
                    "sex": "female",
                    "birth_date": dt.date(1990, 1, 1),
                    "population_group": "new_arrival",
                    "consent_date": START,
                },
            ],
        )
        session.execute(
            insert(Session),
            [
                {
                    "id": 1,
                    "kind": "group",
                    "activity_type": "awareness",
                    "programme_id": pid,
                    "date": dt.date(2025, 3, 10),
                },
                {
                    "id": 2,
                    "kind": "group",
                    "activity_type": "awareness",
                    "programme_id": pid,
                    "date": dt.date(2025, 4, 10),
                },
            ],
        )
        session.execute(
            insert(Attendance),
            [
                {"session_id": 1, "beneficiary_id": 1},
                {"session_id": 2, "beneficiary_id": 1},
            ],
        )
        session.add(ReferralRow(beneficiary_id=1, programme_id=pid, date=dt.date(2025, 4, 11)))
    monthly = counting.people_reached(store, START, END, monthly=True)
    assert counting.totals_by(monthly, "period") == {("2025-03",): 1, ("2025-04",): 1}
    assert counting.total(counting.people_reached(store, START, END)) == 1
    assert counting.people_reached_any_programme(store, START, END) == 1
    assert counting.sessions_held(store, START, END) == {(pid, counting.CUMULATIVE): 2}
    assert counting.sessions_held(store, START, END, monthly=True) == {
        (pid, "2025-03"): 1,
        (pid, "2025-04"): 1,
    }
    assert counting.referrals_made(store, START, END) == {(pid, counting.CUMULATIVE): 1}


def test_age_is_taken_at_the_first_activity_in_the_period(store: Store) -> None:
    from db.programmes import list_programmes

    pid = list_programmes(store)[0].id
    with store.write() as session:
        session.execute(
            insert(Beneficiary),
            [
                {
                    "id": 1,
                    "code": "B-1",
                    "name_latin": "A",
                    "sex": "male",
                    "birth_date": dt.date(2007, 6, 15),
                    "population_group": "host_community",
                    "consent_date": START,
                },
            ],
        )
        session.execute(
            insert(Session),
            [
                {
                    "id": 1,
                    "kind": "group",
                    "activity_type": "youth",
                    "programme_id": pid,
                    "date": dt.date(2025, 6, 14),
                },  # the day before the 18th birthday
                {
                    "id": 2,
                    "kind": "group",
                    "activity_type": "youth",
                    "programme_id": pid,
                    "date": dt.date(2025, 6, 15),
                },  # the birthday
            ],
        )
        session.execute(
            insert(Attendance),
            [
                {"session_id": 1, "beneficiary_id": 1},
                {"session_id": 2, "beneficiary_id": 1},
            ],
        )
    whole = counting.people_reached(store, START, END)
    assert [(c.age_band, c.coarse_age_band, c.people) for c in whole] == [("12-17", "0-17", 1)]
    june_15_on = counting.people_reached(store, dt.date(2025, 6, 15), END)
    assert [c.age_band for c in june_15_on] == ["18-59"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=people_st, data=st.data(), window=st.tuples(dates, dates).map(sorted))
def test_one_pass_equals_monthly_plus_overall(people, data, window) -> None:
    sessions = data.draw(sessions_for(people))
    attendance = data.draw(
        st.sets(
            st.tuples(st.integers(0, len(sessions) - 1), st.integers(0, len(people) - 1)),
            max_size=80,
        )
    )
    store = fresh_store()
    try:
        load(store, people, sessions, attendance)
        start, end = window
        both = counting.people_reached_monthly_and_overall(store, start, end)
        separately = counting.people_reached(store, start, end, monthly=True) + (
            counting.people_reached(store, start, end)
        )
        assert sorted(both, key=repr) == sorted(separately, key=repr)
    finally:
        store.close()


def test_attendance_copies_follow_their_session(store: Store) -> None:
    """Counting reads the session's programme, month and date copied onto attendance by
    triggers: moving a session moves its people in the counts."""
    from db.programmes import list_programmes

    first, second = (p.id for p in list_programmes(store)[:2])
    with store.write() as session:
        session.execute(
            insert(Beneficiary),
            [
                {
                    "id": 1,
                    "code": "B-1",
                    "name_latin": "A",
                    "sex": "female",
                    "birth_date": dt.date(1990, 1, 1),
                    "population_group": "new_arrival",
                    "consent_date": START,
                },
            ],
        )
        session.execute(
            insert(Session),
            [
                {
                    "id": 1,
                    "kind": "group",
                    "activity_type": "awareness",
                    "programme_id": first,
                    "date": dt.date(2025, 3, 10),
                },
            ],
        )
        session.execute(insert(Attendance), [{"session_id": 1, "beneficiary_id": 1}])
    assert counting.totals_by(
        counting.people_reached(store, START, END, monthly=True), "programme_id", "period"
    ) == {(first, "2025-03"): 1}
    with store.write() as session:
        moved = session.get(Session, 1)
        assert moved is not None
        moved.date = dt.date(2025, 5, 2)
        moved.programme_id = second
    assert counting.totals_by(
        counting.people_reached(store, START, END, monthly=True), "programme_id", "period"
    ) == {(second, "2025-05"): 1}
