"""Consent to data use in the shared figures (hypothesis): someone without it never changes a
shared figure, a withdrawal changes only figures from its date on (exactly as if the person's
attendance and referrals from that date had never been recorded), and internal figures count
everyone all the same."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from db import consent, counting
from db.models import Attendance, Beneficiary, ConsentEvent, Session
from db.models import Referral as ReferralRow
from db.store import Store
from directory.bundle import read_figures
from directory.network import ReportingPeriod
from tests.db.test_counting import fresh_store, oracle

START = dt.date(2025, 1, 1)
END = dt.date(2025, 12, 31)
PERIOD = ReportingPeriod(start="2025-01", end="2025-12")
SEXES = ["female", "male", "other"]
GROUPS = ["new_arrival", "long_term_migrant", "host_community"]

days = st.dates(START - dt.timedelta(days=30), END)
# (granted, effective) events of data use; none: the person's consent_data_use decides.
histories = st.lists(st.tuples(st.booleans(), days), max_size=3)
people_st = st.lists(
    st.tuples(
        st.sampled_from(SEXES),
        st.dates(dt.date(1950, 1, 1), dt.date(2020, 1, 1)),
        st.sampled_from(GROUPS),
        st.booleans(),  # consent_data_use (for someone without events)
        histories,
    ),
    min_size=2,
    max_size=8,
)


def world(people):  # type: ignore[no-untyped-def]
    """Sessions (programme index, date), attendance (session, person) and referrals (person,
    date) for ``people``."""
    sessions = st.lists(st.tuples(st.integers(0, 1), days), min_size=1, max_size=10)
    return sessions.flatmap(
        lambda ss: st.tuples(
            st.just(ss),
            st.sets(
                st.tuples(st.integers(0, len(ss) - 1), st.integers(0, len(people) - 1)),
                max_size=30,
            ),
            st.lists(st.tuples(st.integers(0, len(people) - 1), days), max_size=6),
        )
    )


def load(store: Store, people, sessions, attendance, referrals) -> list[int]:  # type: ignore[no-untyped-def]
    from db.programmes import list_programmes

    programme_ids = [p.id for p in list_programmes(store)[:2]]
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
                    "consent_date": START,
                    "consent_data_use": data_use,
                }
                for i, (sex, born, group, data_use, _h) in enumerate(people)
            ],
        )
        events = [
            {
                "beneficiary_id": i + 1,
                "scope": consent.DATA_USE,
                "granted": granted,
                "effective": day,
                "method": "verbal",
                # Recorded in the order listed: of two on one day, the later one decides.
                "recorded_at": dt.datetime(2026, 1, 1) + dt.timedelta(minutes=n),
                "note": "",
            }
            for i, (*_p, history) in enumerate(people)
            for n, (granted, day) in enumerate(history)
        ]
        if events:
            session.execute(insert(ConsentEvent), events)
        session.execute(
            insert(Session),
            [
                {
                    "id": i + 1,
                    "kind": "group",
                    "activity_type": "awareness",
                    "programme_id": programme_ids[prog],
                    "date": day,
                }
                for i, (prog, day) in enumerate(sessions)
            ],
        )
        if attendance:
            session.execute(
                insert(Attendance),
                [{"session_id": s + 1, "beneficiary_id": p + 1} for s, p in attendance],
            )
        if referrals:
            session.execute(
                insert(ReferralRow),
                [
                    {"beneficiary_id": p + 1, "programme_id": programme_ids[0], "date": day}
                    for p, day in referrals
                ],
            )
    return programme_ids


def shares(person, day: dt.date) -> bool:  # type: ignore[no-untyped-def]
    """The rule, from its wording: the latest event on or before the day; before the first
    day, that day's last word; no events: the person's consent_data_use."""
    *_p, data_use, history = person
    if not history:
        return bool(data_use)
    ordered = sorted(enumerate(history), key=lambda e: (e[1][1], e[0]))  # by day, then as listed
    in_effect = [granted for _n, (granted, effective) in ordered if effective <= day]
    if in_effect:
        return in_effect[-1]
    first_day = ordered[0][1][1]
    return [granted for _n, (granted, effective) in ordered if effective == first_day][-1]


def figures(store: Store, shared: bool) -> tuple[object, ...]:
    """Every figure of the year: reach monthly and cumulative, referrals made by month."""
    reach = counting.people_reached_monthly_and_overall(store, START, END, shared=shared)
    return (
        sorted(reach, key=repr),
        sorted(
            counting.referrals_made(store, START, END, monthly=True, shared=shared).items(),
            key=repr,
        ),
        counting.people_reached_any_programme(store, START, END, shared=shared),
        sorted(
            counting.people_reached_any_programme_cells(store, START, END, shared=shared), key=repr
        ),
    )


def bundle_figures(store: Store) -> tuple[object, ...]:
    f = read_figures(store, PERIOD)
    return sorted(f.reach, key=repr), sorted(f.referrals.items(), key=repr)


def forget(store: Store, person_id: int, since: dt.date | None = None) -> None:
    """Remove the person's attendance and referrals (from ``since`` on)."""
    with store.write() as session:
        gone = Attendance.beneficiary_id == person_id
        rgone = ReferralRow.beneficiary_id == person_id
        if since is not None:
            sessions = (
                Session.__table__.select()
                .where(Session.date >= since)
                .with_only_columns(Session.id)
            )
            gone = gone & Attendance.session_id.in_(sessions)
            rgone = rgone & (ReferralRow.date >= since)
        session.execute(delete(Attendance).where(gone))
        session.execute(delete(ReferralRow).where(rgone))


SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
)
_STORES: list[Store] = []


def emptied_store() -> Store:
    """One database for every example (making one takes a second): emptied of people and
    activity before each."""
    if not _STORES:
        _STORES.append(fresh_store())
    store = _STORES[0]
    with store.write() as session:
        for model in (ConsentEvent, Attendance, ReferralRow, Session, Beneficiary):
            session.execute(delete(model))
    return store


@pytest.fixture(scope="module", autouse=True)
def _close_the_store() -> Iterator[None]:
    yield
    while _STORES:
        _STORES.pop().close()


@SETTINGS
@given(people=people_st, data=st.data())
def test_shared_reach_follows_the_rule(people, data) -> None:  # type: ignore[no-untyped-def]
    """Against the definition: the attendance the rule keeps, counted by the plain oracle."""
    sessions, attendance, referrals = data.draw(world(people))
    store = emptied_store()
    programme_ids = load(store, people, sessions, attendance, referrals)
    kept = {(s, p) for s, p in attendance if shares(people[p], sessions[s][1])}
    as_counting = [(prog, day, False) for prog, day in sessions]
    as_people = [(sex, born, group, False, False) for sex, born, group, _d, _h in people]
    for monthly in (False, True):
        got = Counter(
            {
                (c.programme_id, c.period, c.sex.value, c.age_band,
                 c.population_group.value, c.disability): c.people
                for c in counting.people_reached(
                    store, START, END, monthly=monthly, shared=True
                )
            }
        )  # fmt: skip
        want = oracle(as_people, as_counting, kept, programme_ids, START, END, monthly)
        assert got == want
    made = sum(counting.referrals_made(store, START, END, shared=True).values())
    assert made == sum(1 for p, day in referrals if day >= START and shares(people[p], day))
    # Internal figures count everyone.
    everyone = counting.people_reached(store, START, END)
    want_all = oracle(as_people, as_counting, attendance, programme_ids, START, END, False)
    assert counting.total(everyone) == sum(want_all.values())


@SETTINGS
@given(people=people_st, data=st.data())
def test_someone_without_data_use_consent_never_changes_a_shared_figure(people, data) -> None:  # type: ignore[no-untyped-def]
    sessions, attendance, referrals = data.draw(world(people))
    who = data.draw(st.integers(0, len(people) - 1))
    refusals = data.draw(st.lists(st.tuples(st.just(False), days), max_size=2))
    sex, born, group, _d, _h = people[who]
    people[who] = (sex, born, group, False, refusals)  # never gave it
    store = emptied_store()
    load(store, people, sessions, attendance, referrals)
    with_them = bundle_figures(store)
    shared_with_them = figures(store, True)
    internal = figures(store, False)
    forget(store, who + 1)
    assert bundle_figures(store) == with_them
    assert figures(store, True) == shared_with_them
    if any(p == who and sessions[s][1] >= START for s, p in attendance):
        assert figures(store, False) != internal  # the internal ones did count them


@SETTINGS
@given(people=people_st, data=st.data())
def test_a_withdrawal_changes_only_figures_from_its_date(people, data) -> None:  # type: ignore[no-untyped-def]
    sessions, attendance, referrals = data.draw(world(people))
    who = data.draw(st.integers(0, len(people) - 1))
    withdrawn_on = data.draw(days)
    sex, born, group, _d, _h = people[who]
    people[who] = (sex, born, group, True, [(True, START - dt.timedelta(days=60))])
    store = emptied_store()
    load(store, people, sessions, attendance, referrals)
    internal = figures(store, False)
    store_admin = store
    consent.withdraw(store_admin, who + 1, consent.DATA_USE, withdrawn_on, consent.VERBAL)
    after = figures(store, True)
    after_bundle = bundle_figures(store)
    assert figures(store, False) == internal  # internal reports still count them
    # The oracle: no withdrawal, and the person's records from that day never made.
    with store.write() as session:
        session.execute(
            delete(ConsentEvent).where(
                ConsentEvent.beneficiary_id == who + 1, ConsentEvent.effective == withdrawn_on,
                ConsentEvent.granted.is_(False),
            )
        )  # fmt: skip
    forget(store, who + 1, since=withdrawn_on)
    assert figures(store, True) == after
    assert bundle_figures(store) == after_bundle
