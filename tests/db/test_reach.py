"""The reach table (db/reach.py) is always what a full recount gives, and counting read from it
gives the same numbers as counting grouped from the attendance (tests/db/counting_oracle.py,
the queries as they were): property-based over random sequences of writes, edits, deletes,
erasures and consent changes, each in its own transaction, however it is written."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from db import consent, counting, housekeeping, reach
from db.models import (
    Attendance,
    AuditEvent,
    Beneficiary,
    ConsentEvent,
    PersonChange,
    ReachMonth,
    Session,
)
from db.programmes import list_programmes
from db.store import Store
from tests.db import counting_oracle as oracle
from tests.db.test_counting import fresh_store

PEOPLE, SESSIONS = 4, 5
days = st.dates(dt.date(2024, 12, 20), dt.date(2025, 4, 10))
person = st.integers(1, PEOPLE)
session_no = st.integers(1, SESSIONS)
OPS = st.one_of(
    st.tuples(
        st.just("person"),
        person,
        st.sampled_from(["female", "male", "other"]),
        st.dates(dt.date(2006, 12, 1), dt.date(2021, 3, 31)),  # birthdays around the sessions
        st.sampled_from(["new_arrival", "long_term_migrant", "host_community"]),
        st.booleans(),
        st.booleans(),
    ),
    st.tuples(st.just("delete_person"), person, st.booleans()),
    st.tuples(st.just("erase"), person),
    st.tuples(st.just("session"), session_no, st.integers(0, 2), days),
    st.tuples(st.just("session_deleted"), session_no, st.booleans()),
    st.tuples(st.just("attend"), session_no, person),
    st.tuples(st.just("attend"), session_no, person),
    st.tuples(st.just("unattend"), session_no, person),
    st.tuples(st.just("consent"), person, st.booleans(), days),
    st.tuples(st.just("unconsent"), person),
)

_STORES: list[Store] = []


def emptied_store() -> Store:
    if not _STORES:
        _STORES.append(fresh_store())
    store = _STORES[0]
    with store.write() as session:
        for model in (ConsentEvent, Attendance, Session, PersonChange, Beneficiary):
            session.execute(delete(model))
    return store


def apply(store: Store, op: tuple[Any, ...], programmes: list[int], n: int) -> None:
    kind = op[0]
    with store.write() as s:
        if kind == "person":
            _k, pid, sex, born, group, disabled, data_use = op
            values = {
                "sex": sex,
                "birth_date": born,
                "population_group": group,
                "has_disability": disabled,
                "consent_data_use": data_use,
            }
            if s.get(Beneficiary, pid) is None:
                s.add(
                    Beneficiary(
                        id=pid,
                        code=f"TEST-{pid:06d}",
                        name_latin=f"P{pid}",
                        consent_date=dt.date(2024, 1, 1),
                        **values,
                    )
                )
            else:
                s.execute(update(Beneficiary).where(Beneficiary.id == pid).values(**values))
        elif kind == "delete_person":
            when = dt.datetime(2025, 6, 1) if op[2] else None
            s.execute(update(Beneficiary).where(Beneficiary.id == op[1]).values(deleted_at=when))
        elif kind == "erase":
            if s.get(Beneficiary, op[1]) is not None:
                housekeeping.erase_in(s, store, op[1], "")
        elif kind == "session":
            _k, sid, prog, day = op
            if s.get(Session, sid) is None:
                s.add(
                    Session(
                        id=sid,
                        kind="group",
                        activity_type="awareness",
                        programme_id=programmes[prog],
                        date=day,
                    )
                )
            else:
                s.execute(
                    update(Session)
                    .where(Session.id == sid)
                    .values(programme_id=programmes[prog], date=day)
                )
        elif kind == "session_deleted":
            when = dt.datetime(2025, 6, 1) if op[2] else None
            s.execute(update(Session).where(Session.id == op[1]).values(deleted_at=when))
        elif kind == "attend":
            _k, sid, pid = op
            if (
                s.get(Session, sid) is not None
                and s.get(Beneficiary, pid) is not None
                and s.get(Attendance, (sid, pid)) is None
            ):
                s.add(Attendance(session_id=sid, beneficiary_id=pid))
        elif kind == "unattend":
            s.execute(
                delete(Attendance).where(
                    Attendance.session_id == op[1], Attendance.beneficiary_id == op[2]
                )
            )
        elif kind == "consent":
            _k, pid, granted, day = op
            if s.get(Beneficiary, pid) is not None:
                s.add(
                    ConsentEvent(
                        beneficiary_id=pid,
                        scope=consent.DATA_USE,
                        granted=granted,
                        effective=day,
                        method="verbal",
                        recorded_at=dt.datetime(2026, 1, 1) + dt.timedelta(minutes=n),
                        note="",
                    )
                )
        elif kind == "unconsent":
            last = s.scalar(
                select(ConsentEvent.id)
                .where(ConsentEvent.beneficiary_id == op[1])
                .order_by(ConsentEvent.id.desc())
            )
            if last is not None:
                s.execute(delete(ConsentEvent).where(ConsentEvent.id == last))


def table_rows(store: Store) -> list[tuple[object, ...]]:
    with store.read() as s:
        kept = s.execute(text(f"SELECT {reach.COLUMNS} FROM reach_months")).all()
        recount = s.execute(text(reach.recount_sql())).all()
    assert sorted(map(tuple, kept)) == sorted(map(tuple, recount))
    # Its cells too: kept row by row, and counted afresh from a full recount of the attendance.
    assert cell_rows(store) == cell_rows(store, reach.cells_sql(f"({reach.recount_sql()})"))
    return sorted(map(tuple, kept))


def cell_rows(store: Store, sql: str | None = None) -> list[tuple[object, ...]]:
    """The rows of ``reach_cells`` (or of ``sql``, counted the same way)."""
    with store.read() as s:
        query = sql or f"SELECT {reach.CELL_KEY}, people FROM {reach.CELLS}"
        return sorted(map(tuple, s.execute(text(query)).all()))


RANGES = [
    (dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
    (dt.date(2024, 12, 1), dt.date(2025, 4, 30)),
    (dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
]


def figures(module: Any, store: Store, start: dt.date, end: dt.date) -> list[object]:
    out: list[object] = []
    for shared in (False, True):
        out += _figures(module, store, start, end, shared)
    return out


def _figures(module: Any, store: Store, start: dt.date, end: dt.date, shared: bool) -> list[object]:
    calls: list[Callable[[], object]] = [
        lambda: module.people_reached(store, start, end, shared=shared),
        lambda: module.people_reached(store, start, end, monthly=True, shared=shared),
        lambda: module.people_reached_monthly_and_overall(store, start, end, shared=shared),
        lambda: module.people_reached_any_programme_cells(store, start, end, shared=shared),
        lambda: module.people_reached_any_programme_cells(
            store, start, end, monthly=True, shared=shared
        ),
        lambda: module.people_reached_any_programme(store, start, end, shared=shared),
        lambda: module.people_reached_unmarked(
            store, start, end, period_start="2025-01", shared=shared
        ),
    ]
    out: list[object] = []
    for call in calls:
        got = call()
        out.append(sorted(map(repr, got)) if isinstance(got, list) else got)
    return out


def same_numbers(store: Store) -> None:
    programmes = [p.id for p in list_programmes(store)]
    for start, end in RANGES:
        assert figures(counting, store, start, end) == figures(oracle, store, start, end)
        for pid in programmes[:2]:
            for shared in (False, True):
                assert sorted(
                    map(
                        repr,
                        counting.people_reached_monthly_and_overall(
                            store, start, end, programme_id=pid, shared=shared
                        ),
                    )
                ) == sorted(
                    map(
                        repr,
                        oracle.people_reached_monthly_and_overall(
                            store, start, end, programme_id=pid, shared=shared
                        ),
                    )
                )


@settings(
    max_examples=int(os.environ.get("SAPHAN_REACH_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(ops=st.lists(OPS, min_size=1, max_size=40))
# Each kind of write at least once, whatever the random examples are.
@example(ops=[("session_deleted", 1, True)])
@example(ops=[("session_deleted", 2, True), ("session_deleted", 2, False)])
@example(ops=[("session", 1, 2, dt.date(2025, 3, 30))])
@example(ops=[("unattend", 1, 2), ("attend", 2, 4)])
@example(ops=[("consent", 2, False, dt.date(2025, 1, 20)), ("unconsent", 2)])
@example(
    ops=[("consent", 1, True, dt.date(2025, 1, 1)), ("consent", 1, False, dt.date(2025, 2, 1))]
)
@example(ops=[("delete_person", 2, True)])
@example(ops=[("person", 2, "male", dt.date(2013, 2, 1), "host_community", True, False)])
@example(ops=[("erase", 2)])
def test_reach_table_is_a_full_recount_after_any_writes(ops: list[tuple[Any, ...]]) -> None:
    store = emptied_store()
    programmes = [p.id for p in list_programmes(store)][:3]
    # Set the stage: people, sessions and some attendance, so that most operations do something.
    stage: list[tuple[Any, ...]] = [
        ("person", p, "female", dt.date(2007, 1, 20), "new_arrival", False, p % 2 == 0)
        for p in range(1, PEOPLE + 1)
    ]
    stage += [
        ("session", n, n % 3, dt.date(2024, 12, 25) + dt.timedelta(days=17 * n))
        for n in range(1, SESSIONS + 1)
    ]
    stage += [("attend", n, p) for n in range(1, SESSIONS + 1) for p in range(1, PEOPLE + 1)
              if (n + p) % 2]  # fmt: skip
    for n, op in enumerate([*stage, *ops]):
        apply(store, op, programmes, n)
    rows = table_rows(store)
    same_numbers(store)
    cells = cell_rows(store)
    # The rebuild command recomputes the same rows, and the same cells.
    reach.rebuild(store)
    assert table_rows(store) == rows
    assert cell_rows(store) == cells


def test_reach_table_holds_the_expected_rows() -> None:
    """A small case by hand: first dates, bands, consent and deletions."""
    store = emptied_store()
    programmes = [p.id for p in list_programmes(store)][:3]
    ops: list[tuple[Any, ...]] = [
        ("person", 1, "female", dt.date(2007, 2, 10), "new_arrival", True, True),
        ("session", 1, 0, dt.date(2025, 2, 20)),
        ("session", 2, 0, dt.date(2025, 2, 5)),
        ("attend", 1, 1),
        ("attend", 2, 1),
        # Given, then withdrawn from 2025-02-10: 2025-02-05 still counts in shared figures.
        ("consent", 1, True, dt.date(2025, 1, 1)),
        ("consent", 1, False, dt.date(2025, 2, 10)),
    ]
    for n, op in enumerate(ops):
        apply(store, op, programmes, n)
    with store.read() as s:
        row = s.execute(select(ReachMonth)).scalar_one()
        assert (row.month, row.first_date, row.band) == ("2025-02", dt.date(2025, 2, 5), "12-17")
        assert (row.shared_date, row.shared_band) == (dt.date(2025, 2, 5), "12-17")
    apply(store, ("session_deleted", 2, True), programmes, 10)  # now the 20th (she is 18)
    with store.read() as s:
        row = s.execute(select(ReachMonth)).scalar_one()
        assert (row.first_date, row.band, row.shared_date) == (dt.date(2025, 2, 20), "18-59", None)
    apply(store, ("delete_person", 1, True), programmes, 11)
    with store.read() as s:
        assert s.execute(select(ReachMonth)).first() is None
    apply(store, ("delete_person", 1, False), programmes, 12)
    apply(store, ("erase", 1), programmes, 13)
    with store.read() as s:
        assert s.execute(select(ReachMonth)).first() is None
        assert s.scalar(select(AuditEvent.id).limit(1)) is not None


def test_the_demo_fill_in_bulk_leaves_the_reach_table_whole() -> None:
    """db.demo writes attendance in bulk with the triggers set aside, then works out the rows of
    its people once: the same rows as a full recount, and the other people's rows untouched."""
    from db.demo import fill_demo_data

    store = emptied_store()
    programmes = [p.id for p in list_programmes(store)][:3]
    for n, op in enumerate(
        [
            ("person", 1, "male", dt.date(2001, 5, 1), "host_community", False, True),
            ("session", 1, 1, dt.date(2025, 2, 3)),
            ("attend", 1, 1),
        ]
    ):
        apply(store, op, programmes, n)
    with store.write() as s:
        s.execute(text("UPDATE beneficiaries SET code = 'OTHER-1' WHERE id = 1"))
    fill_demo_data(store, 30, seed=4, today=dt.date(2025, 6, 30))
    rows = table_rows(store)
    assert len({r[2] for r in rows}) > 10
    assert any(r[2] == 1 for r in rows)


def test_a_period_is_counted_from_the_cells_in_key_order() -> None:
    """Issue 22: a year of every programme sums the reach cells, read as one range of their key
    with nothing to sort, and the sessions held per programme and month come from an index
    alone (no session row read). What the plans say, not how long they take."""
    store = emptied_store()
    where = counting._cells_where(False, True)
    with store.read() as s:

        def plan(sql: str) -> str:
            params = {"m0": "2025-01", "m1": "2025-12", "start": "2025-01-01", "end": "2025-12-31"}
            rows = s.execute(text(f"EXPLAIN QUERY PLAN {sql}"), params).all()
            return " | ".join(str(r[-1]) for r in rows)

        cells = plan(counting._cells_sql(where))
        assert "USING PRIMARY KEY (shared=? AND month>? AND month<?)" in cells, cells
        assert "TEMP B-TREE" not in cells, cells
        sessions = plan(counting.sessions_sql(monthly=True))
        assert "SCAN sessions USING COVERING INDEX ix_sessions_programme_date_deleted" in sessions
        # (the few programme days are grouped per month after)
