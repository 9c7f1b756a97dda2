"""Counting a year, all programmes x disaggregations, monthly and whole-year, on a big CSO.

    .venv/bin/python -m tests.benchmarks.run_all --only counting

Figure: :func:`db.counting.people_reached_monthly_and_overall` for 2025 (it sums the reach
table's cells, ``reach_cells`` in db/reach.py). Floor: reading from those cells, on the raw
sqlcipher3 connection, the rows that count needs (the bare read, no grouping). Also shown: the
shared figures (data-use consent), and the same count grouped from the attendance rows as
before the reach table (the old queries, ``counting.USE_REACH = False``), whose numbers must be
the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db import counting
from tests.benchmarks import data
from tests.benchmarks.rows import Goal, Measure, measure

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
FIGURE = "count a year, all programmes x disaggregations"
GOALS = [Goal(FIGURE, scale=4, max_ms=200)]
FLOOR_SQL = (
    "SELECT programme_id, month, sex, band, population_group, disability, prev_month, people "
    "FROM reach_cells WHERE shared = 0 AND month >= '2025-01' AND month <= '2025-12'"
)


def _sorted(cells: list[counting.ReachCell]) -> list[tuple[object, ...]]:
    return sorted(
        (c.programme_id, c.period, c.sex.value, c.age_band, c.population_group.value,
         c.disability, c.people)
        for c in cells
    )  # fmt: skip


def bench(scale: int, runs: int, keep: Path | None = None) -> list[Measure]:
    store = data.cso_store(scale, keep)
    people, rows = data.sizes(scale)
    size = f"{people:,} people, {rows:,} attendance rows"

    def count() -> list[counting.ReachCell]:
        return counting.people_reached_monthly_and_overall(store, *YEAR)

    def shared() -> list[counting.ReachCell]:
        return counting.people_reached_monthly_and_overall(store, *YEAR, shared=True)

    def old() -> list[counting.ReachCell]:
        counting.USE_REACH = False
        try:
            return count()
        finally:
            counting.USE_REACH = True

    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()

        def floor() -> int:
            return len(cursor.execute(FLOOR_SQL).fetchall())

        same = _sorted(count()) == _sorted(old())
        if not same:
            raise AssertionError("counting from the reach table and from attendance disagree")
        floor_name = "reading the reach cells' rows (raw SQL)"
        out = [
            measure(FIGURE, scale, size, count, runs, floor=floor_name, floor_fn=floor,
                    detail={"cells": len(count()), "same_as_recount": same}),
            measure(FIGURE + ", shared (data-use consent)", scale, size, shared, runs,
                    floor=floor_name, floor_fn=floor),
            measure("count a year from the attendance rows (before the reach table)", scale,
                    size, old, runs),
        ]  # fmt: skip
    finally:
        raw.close()
    return out
