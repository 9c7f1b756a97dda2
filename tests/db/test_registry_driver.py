"""The registry's page and count run on the driver's cursor (db.beneficiaries._driver_rows).

SQLAlchemy's execution of the cached statements cost five times the query itself on every
keystroke, so the statements are compiled once, with their values, and run on the driver.
The rows and counts must be exactly what SQLAlchemy's execution gave: the oracle here runs
the same statements through SQLAlchemy and compares.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading

from sqlalchemy import event

from db import access, beneficiaries
from db.beneficiaries import count_people, find_people, register_person
from db.store import Store
from db.types import AgeBand, CaseStatus, PersonQuery, PersonSort, PopulationGroup, Sex
from tests.db.people import person

NAMES = ["Kyaw Zaw", "Ma Hnin Ei", "Aung Kyaw Min", "Su Su", "Thida", "Naw Paw", "Kyaw Kyaw"]


def _people(store: Store) -> None:
    for n, name in enumerate(NAMES * 3):
        register_person(
            store,
            person(
                name,
                sex=(Sex.FEMALE, Sex.MALE)[n % 2],
                population_group=list(PopulationGroup)[n % 3],
                birth_year=1940 + 3 * n,
                phone=f"081-{n:03d}-{n * 7 % 1000:04d}",
                area=f"Area {n % 4}",
            ),
            today=dt.date(2026, 1, 1),
        )


def _by_sqlalchemy(store: Store, query: PersonQuery, limit: int) -> tuple[list[object], int]:
    scope = access.scope_of(store)
    withheld = access.withheld_for(scope)
    with store.read() as session:
        conn = session.connection()
        page = conn.execute(beneficiaries._page_statement(query, 0, limit, scope)).all()
        count = conn.execute(beneficiaries._count_statement(query, scope)).scalar_one()
    return [beneficiaries._limited_row(r, withheld) for r in page], int(count)


QUERIES = [
    PersonQuery(text="kyaw"),
    PersonQuery(text="kyaw", sort=PersonSort.NAME_LATIN, descending=True),
    PersonQuery(text="081-00"),
    PersonQuery(text="ky"),
    PersonQuery(text="su", sex=Sex.FEMALE),
    PersonQuery(text="", age_band=AgeBand.ADULT, today=dt.date(2026, 1, 1)),
    PersonQuery(text="", sort=PersonSort.AGE),
    PersonQuery(text="aung", population_group=PopulationGroup.LONG_TERM_MIGRANT),
    PersonQuery(text="", status=CaseStatus.ACTIVE, sort=PersonSort.AREA),
    PersonQuery(text="'; DROP TABLE beneficiaries; --"),
    PersonQuery(text='"kyaw" OR zaw'),
]


def test_the_driver_gives_the_rows_and_counts_sqlalchemy_gave(store: Store) -> None:
    _people(store)
    for query, limit in itertools.product(QUERIES, (5, 100)):
        found = find_people(store, query, limit=limit)
        assert (found, count_people(store, query)) == _by_sqlalchemy(store, query, limit), query
        assert all(isinstance(r.birth_date, dt.date) for r in found)
        assert all(isinstance(r.birth_date_estimated, bool) for r in found)
    assert len(find_people(store, PersonQuery(text="kyaw"))) == 9


def test_a_keystroke_runs_no_statement_through_sqlalchemy(store: Store) -> None:
    _people(store)
    query = PersonQuery(text="kyaw")
    find_people(store, query), count_people(store, query)  # compiled on first use
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        assert len(find_people(store, query)) == 9
        assert count_people(store, query) == 9
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert not [s for s in seen if "beneficiaries" in s]


def test_inside_a_snapshot_the_registry_reads_the_snapshot(store: Store) -> None:
    """Store.driver_read inside Store.snapshot is the snapshot's connection: a person written
    meanwhile shows only after the snapshot, as with every other read."""
    _people(store)
    query = PersonQuery(text="kyaw")
    with store.snapshot():
        before = count_people(store, query)
        writer = threading.Thread(  # (on this thread the write would read back in the snapshot)
            target=register_person,
            args=(store, person("Kyaw Snapshot")),
            kwargs={"today": dt.date(2026, 1, 1)},
        )
        writer.start()
        writer.join()
        assert count_people(store, query) == before
        assert len(find_people(store, query)) == before
    assert count_people(store, query) == before + 1
