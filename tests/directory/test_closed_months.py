"""Closed months: a closed month's shared figures stay as published, whatever happens later
(edits, erasures, withdrawals), and cumulative uniques keep the people counted at closing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from db import closing, counting, keys
from db.activities import ActivityType, SessionInput, delete_session, log_session
from db.beneficiaries import get_person, register_person, update_person
from db.engine import make_engine
from db.errors import ClosingRefused, PermissionDenied, ValidationFailed
from db.file_modes import make_private_folder
from db.housekeeping import erase_person
from db.programmes import list_programmes
from db.store import Store
from db.types import PopulationGroup, Role, Sex, UserInfo
from directory import closing as directory_closing
from directory import cube
from directory import network as net
from directory.bundle import Bundle, build_bundle, read_figures
from directory.merge import merge
from directory.sharing import memory
from tests.conftest import CSO
from tests.db.people import person
from tests.directory.conftest import COORDINATOR_KEY, member_network

TODAY = dt.date(2025, 7, 15)
PROGRAMMES = ("mhpss", "thai_language", "youth")
MONTHS = ("2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06")
CLOSED = ("2024-12", "2025-01", "2025-02", "2025-03")


def accepted(store: Store, threshold: int = 2, **changes: object) -> net.Network:
    network = member_network(store, threshold=threshold)
    if changes:
        network = net.sign_network(network.model_copy(update=changes), COORDINATOR_KEY)
    memory.accept_network(store, network)
    return network


def programme_ids(store: Store) -> dict[str, int]:
    return {p.code: p.id for p in list_programmes(store, include_inactive=True)}


def add_person(store: Store, n: int, sex: Sex, born: int, group: PopulationGroup) -> int:
    p = person(f"Person {n}", sex=sex, population_group=group, birth_year=born)
    p.consent_date = dt.date(2024, 11, 1)
    p.consent_data_use = True
    return register_person(store, p, today=TODAY).id


def add_session(store: Store, programme: int, day: dt.date, people: list[int]) -> int:
    return log_session(
        store, SessionInput(ActivityType.AWARENESS, programme, day, attendee_ids=people), TODAY
    ).id


def month_figures(bundle: Bundle, month: str) -> str:
    """Everything a bundle shows for one month, as JSON."""
    out: dict[str, object] = {}
    for p in bundle.programmes:
        people = next((m.people for m in p.months if m.period == month), None)
        held = next((s.count for s in p.sessions_held if s.period == month), None)
        if people is not None or held is not None:
            out[p.programme] = {"people": people, "sessions": held}
    out["referrals"] = [r.model_dump() for r in bundle.referrals if r.period == month]
    return json.dumps(out, sort_keys=True)


def raw_cumulative(store: Store, network: net.Network) -> dict[int, int]:
    """Cumulative unique people per programme id, before suppression."""
    from directory.bundle import covered_period

    figures = read_figures(store, covered_period(network, TODAY), network.network_id)
    out: dict[int, int] = {}
    for c in figures.reach:
        if c.period == counting.CUMULATIVE:
            out[c.programme_id] = out.get(c.programme_id, 0) + c.people
    return out


# --- a fresh database per hypothesis example ---------------------------------------------------


@pytest.fixture
def fresh(_new_database: tuple[Path, bytes, UserInfo]) -> Iterator[Callable[[], Store]]:
    """Opens a new copy of the test database on each call; closes them all at the end."""
    opened: list[Store] = []
    yield lambda: copy_of(_new_database, opened)
    for s in opened:
        s.close()


def copy_of(new_database: tuple[Path, bytes, UserInfo], opened: list[Store]) -> Store:
    made, master_key, admin = new_database
    folder = Path(tempfile.mkdtemp(prefix="closing-"))
    db_path = folder / "cso" / "saphan.db"
    make_private_folder(db_path.parent)
    for name in (made.name, keys.KeyFile.path_for(made).name):
        shutil.copy2(made.with_name(name), db_path.with_name(name))
    store = Store(
        path=db_path,
        engine=make_engine(db_path, master_key),
        cso=CSO,
        user=admin,
        master_key=master_key,
    )
    opened.append(store)
    return store


people_st = st.lists(
    st.tuples(
        st.sampled_from(list(Sex)),
        st.sampled_from([1950, 1990, 2008, 2012, 2021]),
        st.sampled_from(list(PopulationGroup)),
    ),
    min_size=3,
    max_size=8,
)
sessions_st = st.lists(
    st.tuples(
        st.integers(0, len(PROGRAMMES) - 1),
        st.sampled_from(MONTHS),
        st.integers(1, 28),
        st.lists(st.integers(0, 7), min_size=1, max_size=5, unique=True),
    ),
    min_size=1,
    max_size=10,
)
edits_st = st.lists(
    st.one_of(
        st.tuples(st.just("add"), sessions_st.map(lambda s: s[0])),
        st.tuples(st.just("delete"), st.integers(0, 20)),
        st.tuples(st.just("erase"), st.integers(0, 7)),
        st.tuples(st.just("withdraw"), st.integers(0, 7)),
    ),
    max_size=6,
)


@settings(
    max_examples=8,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people_st, sessions_st, edits_st)
def test_closed_months_stay_as_published(
    fresh: Callable[[], Store],
    people: list[tuple[Sex, int, PopulationGroup]],
    sessions: list[tuple[int, str, int, list[int]]],
    edits: list[tuple[str, object]],
) -> None:
    store = fresh()
    network = accepted(store)
    pids = programme_ids(store)
    ids = [add_person(store, n, *p) for n, p in enumerate(people)]
    logged: list[int] = []

    def log(s: tuple[int, str, int, list[int]]) -> None:
        prog, month, day, who = s
        attendees = [ids[i] for i in who if i < len(ids) and ids[i] in alive]
        if attendees:
            date = dt.date(int(month[:4]), int(month[5:]), day)
            logged.append(add_session(store, pids[PROGRAMMES[prog]], date, attendees))

    alive = set(ids)
    for s in sessions:
        log(s)
    before = build_bundle(store, network, today=TODAY)
    directory_closing.close_through(store, CLOSED[-1], today=TODAY)
    at_close = build_bundle(store, network, today=TODAY)
    assert at_close.closed_through == CLOSED[-1]
    # The oracle's ledger: (programme, person) pairs reached in the closed months at closing.
    with store.read() as session:
        ledger = set(
            session.execute(
                text(
                    "SELECT a.programme_id, a.beneficiary_id FROM attendance a "
                    "JOIN sessions s ON s.id = a.session_id WHERE s.deleted_at IS NULL "
                    "AND a.date <= '2025-03-31'"
                )
            ).all()
        )
    assert raw_cumulative(store, network) == _recount(store, ledger)

    for kind, arg in edits:
        if kind == "add":
            log(arg)  # type: ignore[arg-type]
        elif kind == "delete" and logged:
            sid = logged.pop(int(arg) % len(logged))  # type: ignore[call-overload]
            delete_session(store, sid)
        elif kind == "erase" and alive:
            pid = sorted(alive)[int(arg) % len(alive)]  # type: ignore[call-overload]
            erase_person(store, pid)
            alive.discard(pid)
        elif kind == "withdraw" and alive:
            pid = sorted(alive)[int(arg) % len(alive)]  # type: ignore[call-overload]
            changed = get_person(store, pid).as_input()
            changed.consent_data_use = False
            update_person(store, pid, changed, today=TODAY)

    later = build_bundle(store, network, today=TODAY)
    for month in CLOSED:
        assert month_figures(later, month) == month_figures(at_close, month), month
        # Closing changed nothing of what the month showed before.
        assert month_figures(at_close, month) == month_figures(before, month), month
    assert raw_cumulative(store, network) == _recount(store, ledger)


def _recount(store: Store, ledger: set[tuple[int, int]]) -> dict[int, int]:
    """Cumulative uniques the slow way: the pairs counted at closing (even people erased
    since), plus the pairs with attendance in the open months that the ledger does not hold."""
    with store.read() as session:
        live = set(
            session.execute(
                text(
                    "SELECT a.programme_id, a.beneficiary_id FROM attendance a "
                    "JOIN sessions s ON s.id = a.session_id "
                    "JOIN beneficiaries b ON b.id = a.beneficiary_id "
                    "WHERE s.deleted_at IS NULL AND b.deleted_at IS NULL "
                    "AND a.date > '2025-03-31' AND a.date <= '2025-07-31'"
                )
            ).all()
        )
    out: dict[int, int] = {}
    for programme, _ in ledger | live:
        out[programme] = out.get(programme, 0) + 1
    return out


# --- closing and reopening -------------------------------------------------------------------


def _some_people_and_sessions(store: Store) -> list[int]:
    pids = programme_ids(store)
    ids = [add_person(store, n, Sex.FEMALE, 1990, PopulationGroup.NEW_ARRIVAL) for n in range(7)]
    add_session(store, pids["mhpss"], dt.date(2025, 1, 10), ids[:6])
    add_session(store, pids["mhpss"], dt.date(2025, 2, 10), ids[:2])
    add_session(store, pids["mhpss"], dt.date(2025, 5, 10), ids)
    return ids


def test_erasing_a_person_keeps_the_closed_month_and_the_cumulative(store: Store) -> None:
    network = accepted(store, threshold=2)
    ids = _some_people_and_sessions(store)
    mhpss = programme_ids(store)["mhpss"]
    directory_closing.close_through(store, "2025-02", today=TODAY)
    before = build_bundle(store, network, today=TODAY)
    erase_person(store, ids[0])
    after = build_bundle(store, network, today=TODAY)
    for month in ("2025-01", "2025-02"):
        assert month_figures(after, month) == month_figures(before, month)
    assert raw_cumulative(store, network)[mhpss] == 7  # the erased person stays counted
    # The May figure (open) lost the erased person.
    may = next(m for m in after.programme("mhpss").months if m.period == "2025-05")  # type: ignore[union-attr]
    assert may.people[cube.TOTAL_INDEX] == 6
    with store.read() as session:
        marks = session.execute(
            text("SELECT count(*) FROM reach_marks WHERE beneficiary_id = :p"), {"p": ids[0]}
        ).scalar_one()
    assert marks == 0


def test_a_cso_that_never_closed_writes_bundles_as_before(store: Store) -> None:
    network = accepted(store)
    _some_people_and_sessions(store)
    doc = build_bundle(store, network, today=TODAY).document()
    assert "closed_through" not in doc
    assert "corrections" not in doc


def test_closing_needs_a_network_and_a_month_that_is_over(store: Store) -> None:
    with pytest.raises(ClosingRefused) as refused:
        directory_closing.close_through(store, "2025-02", today=TODAY)
    assert refused.value.reason == "not_in_network"
    accepted(store)
    for month, reason in (("2025-07", "not_over"), ("2024-01", "outside_period")):
        with pytest.raises(ClosingRefused) as refused:
            directory_closing.close_through(store, month, today=TODAY)
        assert refused.value.reason == reason
    with pytest.raises(ValidationFailed):
        directory_closing.close_through(store, "2025-2", today=TODAY)
    directory_closing.close_through(store, "2025-02", today=TODAY)
    with pytest.raises(ClosingRefused) as refused:
        directory_closing.close_through(store, "2025-01", today=TODAY)
    assert refused.value.reason == "already_closed"


def test_reopen_is_admin_only_audited_and_a_correction_the_coordinator_sees(
    store: Store,
) -> None:
    network = accepted(store)
    _some_people_and_sessions(store)
    directory_closing.close_through(store, "2025-03", today=TODAY)
    other = dataclasses.replace(
        store, user=UserInfo(store.user.id, "cw", "Caseworker", Role.CASEWORKER, "en")
    )
    with pytest.raises(PermissionDenied):
        closing.reopen(other, "2025-02", "a session was logged in the wrong month")
    with pytest.raises(PermissionDenied):
        directory_closing.close_through(other, "2025-04", today=TODAY)
    with pytest.raises(ValidationFailed):
        closing.reopen(store, "2025-02", "  ")
    with pytest.raises(ClosingRefused) as refused:
        closing.reopen(store, "2025-05", "not closed")
    assert refused.value.reason == "not_closed"
    assert closing.reopen(store, "2025-02", "a session was logged in the wrong month") == "2025-01"
    assert closing.closed_through(store) == "2025-01"
    with store.read() as session:
        audit = session.execute(
            text("SELECT detail FROM audit_events WHERE action = 'reopen_month'")
        ).all()
    assert [r[0] for r in audit] == ["2025-02"]
    bundle = build_bundle(store, network, today=TODAY)
    assert bundle.closed_through == "2025-01"
    assert [c.month for c in bundle.corrections or []] == ["2025-02"]
    report = merge([bundle], network)
    assert [(c.cso_code, c.month) for c in report.corrections] == [(CSO.code, "2025-02")]
    assert report.closed_through == {CSO.code: "2025-01"}
    # The history says who closed and reopened, and why.
    entries = closing.history(store)
    assert [(e.action, e.through, e.username) for e in entries] == [
        ("close", "2025-03", "admin"),
        ("reopen", "2025-01", "admin"),
    ]
    assert entries[1].reason == "a session was logged in the wrong month"


def test_months_close_by_themselves_when_the_network_file_says_so(store: Store) -> None:
    network = accepted(store, close_months_after_days=10)
    _some_people_and_sessions(store)
    # 15 July: June ended 15 days ago (more than 10), July has not ended.
    assert directory_closing.close_due(store, network, TODAY) == "2025-06"
    assert directory_closing.close_due(store, network, TODAY) is None  # nothing more due
    [entry] = closing.history(store)
    assert entry.automatic
    assert directory_closing.due_through(network, dt.date(2025, 7, 10)) == "2025-05"
    assert directory_closing.due_through(accepted(store), TODAY) is None


def test_the_network_file_without_the_setting_is_signed_as_before(store: Store) -> None:
    network = member_network(store)
    assert "close_months_after_days" not in network.document()
    set_ = net.set_close_months_after_days(network, COORDINATOR_KEY, 20)
    assert set_.document()["close_months_after_days"] == 20
    assert net.verify_network(net.parse_network(set_.document()))
    unset = net.set_close_months_after_days(set_, COORDINATOR_KEY, None)
    assert "close_months_after_days" not in unset.document()
    assert net.verify_network(net.parse_network(unset.document()))


def test_publishing_closes_the_months_due_by_itself(store: Store, tmp_path: Path) -> None:
    from directory import folder
    from directory.sharing import keys, pipeline

    keys.ensure_cso_signing_key(store)
    network = accepted(store, close_months_after_days=10)
    _some_people_and_sessions(store)
    shared = tmp_path / "shared"
    shared.mkdir()
    published = pipeline.publish(store, folder.FolderTransport(shared), network, today=TODAY)
    assert published.bundle.closed_through == "2025-06"
    [entry] = closing.history(store)
    assert (entry.automatic, entry.username, entry.through) == (True, "admin", "2025-06")


def test_referrals_of_a_closed_month_stay_after_an_erasure(store: Store) -> None:
    from db.referrals import ReferralInput, add_partner_service, refer_person

    network = accepted(store)
    ids = _some_people_and_sessions(store)
    service = add_partner_service(store, "Partner", "Legal aid")
    for pid in ids[:4]:
        changed = get_person(store, pid).as_input()
        changed.consent_referral = True
        update_person(store, pid, changed, today=TODAY)
        refer_person(
            store,
            ReferralInput(
                pid, service.id, "needs a lawyer", consent_confirmed=True, date=dt.date(2025, 2, 3)
            ),
        )
    directory_closing.close_through(store, "2025-03", today=TODAY)
    before = build_bundle(store, network, today=TODAY)
    assert [r for r in before.referrals if r.period == "2025-02"]
    erase_person(store, ids[0])
    after = build_bundle(store, network, today=TODAY)
    assert month_figures(after, "2025-02") == month_figures(before, "2025-02")
