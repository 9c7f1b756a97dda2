"""Small builders for test people."""

from __future__ import annotations

import datetime as dt

from db.types import PersonInput, PopulationGroup, Sex


def person(name: str = "Ma Hnin Ei", **changes: object) -> PersonInput:
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
