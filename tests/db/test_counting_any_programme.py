"""people_reached_any_programme_cells: each person once across programmes (dashboard)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from db import activities, beneficiaries, counting
from db.activities import ActivityType, SessionInput
from db.programmes import list_programmes
from db.store import Store
from db.types import PersonInput, PopulationGroup, Sex


def _person(store: Store, name: str, born: dt.date) -> int:
    return beneficiaries.register_person(
        store,
        PersonInput(
            name_latin=name,
            sex=Sex.FEMALE,
            population_group=PopulationGroup.HOST_COMMUNITY,
            consent_date=dt.date(2025, 1, 2),
            birth_date=born,
        ),
    ).id


def test_each_person_once_across_programmes(store: Store) -> None:
    ids = {p.code: p.id for p in list_programmes(store)}
    # Turns 18 on 1 March 2025: a child at her first attendance (any programme).
    girl = _person(store, "Ma Su", dt.date(2007, 3, 1))
    woman = _person(store, "Daw Mya", dt.date(1980, 1, 1))
    base = SessionInput(ActivityType.THAI_CLASS, ids["thai_language"], dt.date(2025, 2, 10))
    activities.log_session(store, dataclasses.replace(base, attendee_ids=[girl, woman]))
    youth = dataclasses.replace(
        base,
        activity_type=ActivityType.YOUTH,
        programme_id=ids["youth"],
        date=dt.date(2025, 3, 5),
        attendee_ids=[girl],
    )
    activities.log_session(store, youth)
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    cells = counting.people_reached_any_programme_cells(store, start, end)
    assert counting.total(cells) == 2 == counting.people_reached_any_programme(store, start, end)
    assert {c.programme_id for c in cells} == {counting.ANY_PROGRAMME}
    bands = counting.totals_by(cells, "age_band")
    assert bands == {("12-17",): 1, ("18-59",): 1}
    per_programme = counting.people_reached(store, start, end)
    assert counting.total(per_programme) == 3  # summing programmes would count Ma Su twice
    monthly = counting.people_reached_any_programme_cells(store, start, end, monthly=True)
    assert counting.totals_by(monthly, "period") == {("2025-02",): 2, ("2025-03",): 1}
