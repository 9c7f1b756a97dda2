"""The change bus: every committed write says what kinds of thing it changed; a rollback says
nothing; no facade function has to remember to report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from sqlalchemy import text

from db import activities, beneficiaries, demo, housekeeping, plans, programmes, settings
from db.changes import (
    EVERYTHING,
    TABLE_KINDS,
    Change,
    ChangeBus,
    Changes,
    statement_kinds,
)
from db.errors import RecordNotFound, ValidationFailed
from db.models import Base
from db.store import Store
from db.types import PersonQuery
from tests.db.people import person

C = Change


@pytest.fixture
def published(store: Store) -> list[Changes]:
    seen: list[Changes] = []
    store.changes.subscribe(seen.append)
    return seen


def kinds(seen: list[Changes]) -> list[set[Change]]:
    return [set(c.kinds) for c in seen]


def test_every_table_of_the_models_has_a_kind() -> None:
    assert set(Base.metadata.tables) == set(TABLE_KINDS)
    assert all(TABLE_KINDS.values())


def test_registering_a_person_publishes_one_change_after_the_commit(
    store: Store, published: list[Changes]
) -> None:
    before = store.changes.serial
    p = beneficiaries.register_person(store, person())
    assert kinds(published) == [{C.PEOPLE, C.CONSENT, C.CSO, C.AUDIT}]
    assert published[0].serial == store.changes.serial == before + 1
    assert C.PEOPLE in published[0]
    assert published[0].touches([C.SESSIONS, C.PEOPLE])
    assert not published[0].touches([C.PLANS])

    # Reading is not writing; opening a record is audited, and that is all it changes.
    beneficiaries.find_people(store, PersonQuery())
    assert len(published) == 1
    beneficiaries.get_person(store, p.id)
    assert kinds(published)[1:] == [{C.AUDIT}]


def test_consent_is_reported_only_when_consent_changed(
    store: Store, published: list[Changes]
) -> None:
    p = beneficiaries.register_person(store, person())
    beneficiaries.update_person(store, p.id, person("Ma Hnin Ei Phyu"))
    assert kinds(published)[-1] == {C.PEOPLE, C.AUDIT}
    beneficiaries.update_person(store, p.id, person("Ma Hnin Ei Phyu", consent_data_use=True))
    assert kinds(published)[-1] == {C.PEOPLE, C.CONSENT, C.AUDIT}


def test_a_rollback_publishes_nothing(store: Store, published: list[Changes]) -> None:
    before = store.changes.serial
    with pytest.raises(ValidationFailed):
        beneficiaries.register_person(store, person(name=""))
    with pytest.raises(RecordNotFound):
        beneficiaries.delete_person(store, 999)

    def change_my_mind() -> None:
        with store.write() as session:
            session.execute(text("UPDATE users SET full_name = 'x'"))
            raise RuntimeError("changed my mind")

    with pytest.raises(RuntimeError):
        change_my_mind()
    assert published == []
    assert store.changes.serial == before


def test_statements_outside_the_orm_are_seen_too(store: Store, published: list[Changes]) -> None:
    with store.write() as session:
        session.execute(text("UPDATE programmes SET target_people = 10"))
    with store.write() as session:
        session.connection().exec_driver_sql("UPDATE projects SET community = ''")
    assert kinds(published) == [{C.PROGRAMMES}, {C.PROJECTS}]


def test_demo_data_written_straight_on_the_connection_is_reported(
    store: Store, published: list[Changes]
) -> None:
    demo.fill_demo_data(store, 5, today=dt.date(2025, 3, 1))
    assert kinds(published) == [{C.PEOPLE, C.CONSENT, C.SESSIONS, C.ATTENDANCE, C.CSO, C.AUDIT}]


def test_erasing_a_person_reports_everything_recorded_about_them(
    store: Store, published: list[Changes]
) -> None:
    p = beneficiaries.register_person(store, person())
    published.clear()
    housekeeping.erase_person(store, p.id)
    assert kinds(published) == [
        {
            C.PEOPLE,
            C.CONSENT,
            C.ATTENDANCE,
            C.ASSESSMENTS,
            C.REFERRALS,
            C.PROJECTS,
            C.SESSIONS,  # the person's notes in group sessions
            C.CASES,  # their cases with their plans and shares
            C.SETTINGS,  # the highest record number erased (never given again)
            C.AUDIT,
        }
    ]


def test_sessions_plans_and_settings_each_report_their_own_kind(
    store: Store, published: list[Changes]
) -> None:
    p = beneficiaries.register_person(store, person())
    mhpss = next(x.id for x in programmes.list_programmes(store) if x.code == "mhpss")
    published.clear()
    activities.log_session(
        store,
        activities.SessionInput(
            activities.ActivityType.MHPSS_GROUP, mhpss, dt.date(2025, 3, 3), 60, "", "", None,
            None, "", [p.id],
        ),
    )  # fmt: skip
    plan = plans.create_plan(store, plans.PlanInput(title="Feelings"))
    plans.update_plan(store, plan.id, dataclasses.replace(plan.to_input(), title="Emotions"))
    settings.set_auto_lock_minutes(store, 15)
    settings.put(store, settings.LAST_PUBLISH, {})
    assert kinds(published) == [
        {C.SESSIONS, C.ATTENDANCE, C.AUDIT},
        {C.PLANS, C.AUDIT},
        {C.PLANS, C.AUDIT},
        {C.SETTINGS, C.AUDIT},
        {C.NETWORK, C.AUDIT},
    ]
    # Set to the value it already has: the row is not written, only the audit event is.
    settings.set_auto_lock_minutes(store, 15)
    assert kinds(published)[-1] == {C.AUDIT}


def test_a_copy_of_the_store_for_another_user_shares_the_bus(store: Store) -> None:
    other = dataclasses.replace(store, user=dataclasses.replace(store.user, username="other"))
    seen: list[Changes] = []
    store.changes.subscribe(seen.append)
    beneficiaries.register_person(other, person())
    assert len(seen) == 1


def test_note_change_goes_with_the_transaction(store: Store, published: list[Changes]) -> None:
    store.note_change(C.NETWORK)
    assert kinds(published) == [{C.NETWORK}]
    with store.write():
        store.note_change(C.SERVICES)
        assert len(published) == 1  # not before the commit
    assert kinds(published)[-1] == {C.SERVICES}

    def roll_back() -> None:
        with store.write():
            store.note_change(C.USERS)
            raise RuntimeError

    with pytest.raises(RuntimeError):
        roll_back()
    assert len(published) == 2


def test_listeners_hear_on_the_writing_thread_and_cannot_break_the_write(
    store: Store, published: list[Changes]
) -> None:
    threads: list[int] = []

    def failing(_changes: Changes) -> None:
        threads.append(threading.get_ident())
        raise ValueError("a broken page")

    unsubscribe = store.changes.subscribe(failing)
    worker = threading.Thread(target=lambda: beneficiaries.register_person(store, person()))
    worker.start()
    worker.join()
    assert threads == [worker.ident]
    assert len(published) == 1  # the listener after the broken one still heard
    assert beneficiaries.count_people(store, PersonQuery()) == 1
    unsubscribe()
    beneficiaries.register_person(store, person("Ko Aung"))
    assert len(threads) == 1


def test_bus_sends_nothing_for_no_kinds() -> None:
    bus = ChangeBus()
    seen: list[Changes] = []
    bus.subscribe(seen.append)
    assert bus.publish([]) is None
    assert seen == []
    assert bus.serial == 0


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT * FROM beneficiaries", set()),
        ("  pragma optimize", set()),
        ("BEGIN", set()),
        ("INSERT INTO attendance (session_id, beneficiary_id) VALUES (?, ?)", {C.ATTENDANCE}),
        ('INSERT OR REPLACE INTO "settings" (key, value) VALUES (?, ?)', {C.SETTINGS, C.NETWORK}),
        ("update OR ignore users SET active = 0", {C.USERS}),
        ("DELETE FROM session_plans WHERE id = 1", {C.PLANS}),
        ("DELETE FROM some_new_table", set(EVERYTHING)),
        ("WITH x AS (SELECT 1) DELETE FROM referrals", set(EVERYTHING)),
        ("DROP TABLE services", set(EVERYTHING)),
    ],
)
def test_statement_kinds(sql: str, expected: set[Change]) -> None:
    assert set(statement_kinds(sql)) == expected


def test_snapshot_reads_publish_nothing_and_writes_around_them_are_told(
    store: Store, published: list[Changes]
) -> None:
    """A snapshot (one read transaction for a bundle's counts) publishes nothing and keeps
    seeing its moment: a write meanwhile (on its own connection) is committed and told as
    usual, and the snapshot's reads do not see it until it ends."""
    settings.keep(store, settings.SERVER_URL, "https://a.example")
    with store.snapshot():
        assert settings.get(store, settings.SERVER_URL) == "https://a.example"
        settings.keep(store, settings.SERVER_URL, "https://b.example")
        assert settings.get(store, settings.SERVER_URL) == "https://a.example"
    assert settings.get(store, settings.SERVER_URL) == "https://b.example"
    settings.keep(store, settings.SERVER_URL, "https://c.example")
    assert [Change.NETWORK in k for k in kinds(published)] == [True, True, True]
    assert settings.get(store, settings.SERVER_URL) == "https://c.example"


def test_a_new_session_factory_at_a_freed_ones_address_is_still_watched() -> None:
    """SQLAlchemy's ``event.contains`` answers by ``id()``: a sessionmaker freed while its
    generated class waits for the cyclic collector left its address "watched", so a store
    opened later at that address classified ORM rows by table (a setting reported as both
    settings and network) depending on which tests ran before."""
    import gc

    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    from db.changes import watch_engine, watch_sessions

    gc.disable()
    try:
        for _ in range(50):
            factory = sessionmaker()
            watch_sessions(factory)
            watch_sessions(factory)  # idempotent
            assert len(factory().dispatch.before_flush) == 1
            engine = create_engine("sqlite://")
            watch_engine(engine)
            watch_engine(engine)
            assert len(engine.dispatch.before_cursor_execute) == 1
            engine.dispose()
            del factory, engine
    finally:
        gc.enable()
