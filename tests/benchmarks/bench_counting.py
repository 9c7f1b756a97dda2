"""Counting a year on a big CSO: the facade against one hand-written SQL query.

    .venv/bin/python -m tests.benchmarks.bench_counting [--people 50000] [--attendance 1000000]

Fills a fresh encrypted database with synthetic people and activity (topped up with extra
group sessions until there are ``--attendance`` attendance rows), then times counting one year
for all programmes and disaggregations, monthly and cumulative, through
``db.counting.people_reached`` and as hand-written SQL on the raw sqlcipher3 connection of the
same database. Goal: ratio <= 1.5 and under 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from db import counting, keys, setup
from db.demo import fill_demo_data
from db.models import Attendance, Beneficiary, Session
from db.programmes import list_programmes
from db.store import Store

RATIO_GOAL = 1.5
MS_GOAL = 1000.0

# Written by hand, independently of db/counting.py, as one query on the same schema (attendance
# rows carry their session's programme, month and date): unique people per programme and month
# and over the whole year, age at the first attendance, the same fine bands.
_AGE = (
    "(CAST(substr(x.first_date, 1, 4) AS INTEGER) - CAST(substr(b.birth_date, 1, 4) AS INTEGER))"
    " - (substr(x.first_date, 6, 5) < substr(b.birth_date, 6, 5))"
)
_OUTER = f"""
SELECT x.programme_id, x.period, b.sex,
       CASE WHEN {_AGE} < 5 THEN '0-4' WHEN {_AGE} < 12 THEN '5-11'
            WHEN {_AGE} < 18 THEN '12-17' WHEN {_AGE} < 60 THEN '18-59' ELSE '60+' END AS band,
       b.population_group, b.has_disability, count(*)
FROM {{src}} AS x CROSS JOIN beneficiaries b ON b.id = x.beneficiary_id
WHERE b.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6
"""
RAW_SQL = f"""
WITH monthly AS MATERIALIZED (
  SELECT a.programme_id, a.month AS period, a.beneficiary_id, min(a.date) AS first_date
  FROM attendance a JOIN sessions s ON s.id = a.session_id
  WHERE s.deleted_at IS NULL AND a.date BETWEEN ? AND ?
  GROUP BY a.programme_id, a.month, a.beneficiary_id
), overall AS (
  SELECT programme_id, 'cumulative' AS period, beneficiary_id, min(first_date) AS first_date
  FROM monthly GROUP BY programme_id, beneficiary_id
)
{_OUTER.format(src="monthly")}
UNION ALL
{_OUTER.format(src="overall")}
"""


def top_up_attendance(store: Store, wanted: int, seed: int) -> int:
    """Add group sessions with random attendees until there are ``wanted`` attendance rows."""
    rng = random.Random(seed)
    programmes = [p.id for p in list_programmes(store)]
    with store.write() as session:
        have = session.scalar(select(func.count()).select_from(Attendance)) or 0
        people = session.scalar(select(func.max(Beneficiary.id))) or 0
        next_session = (session.scalar(select(func.max(Session.id))) or 0) + 1
        start = dt.date(2024, 12, 1)
        while have < wanted:
            sessions, rows = [], []
            for _ in range(2000):
                sid = next_session
                next_session += 1
                sessions.append(
                    {
                        "id": sid,
                        "kind": "group",
                        "activity_type": "awareness",
                        "programme_id": rng.choice(programmes),
                        "date": start + dt.timedelta(days=rng.randrange(700)),
                    }
                )
                for pid in rng.sample(range(1, people + 1), 25):
                    rows.append({"session_id": sid, "beneficiary_id": pid})
            session.execute(insert(Session), sessions)
            session.execute(insert(Attendance), rows)
            have += len(rows)
    return int(have)


def median_ms(fn: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=50_000)
    ap.add_argument("--attendance", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "counting.json")
    args = ap.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="bench-counting-"))
    store, _rows = fill_store(folder, args.people, args.attendance)
    result = measure(store, args.runs)
    store.close()
    facade_ms, raw_ms = result["facade_ms"], result["raw_sql_ms"]
    print(f"{'case':<40} {'facade ms':>10} {'raw SQL ms':>11} {'ratio':>6}")
    print(
        f"{'count 2025, monthly + whole year':<40} {facade_ms:>10.0f} {raw_ms:>11.0f} "
        f"{result['ratio']:>6.2f}"
    )
    print(f"{'the same, shared figures (data-use consent)':<40} {result['shared_ms']:>10.0f}")
    ok = result["ratio"] <= RATIO_GOAL and facade_ms < MS_GOAL
    print("goals (ratio <= 1.5, < 1 s):", "met" if ok else "NOT met")
    args.out.write_text(json.dumps(result, indent=1))
    return 0


def fill_store(folder: Path, people: int, attendance: int) -> tuple[Store, int]:
    """A fresh database in ``folder`` with ``people`` and at least ``attendance`` rows."""
    keys.DEFAULT_KDF = keys.KdfParams(1, 1024, 1)
    store = setup.create_cso_database(
        folder / "saphan.db",
        cso_code="BENCH",
        cso_name="Bench",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="benchmark-password",
    ).store
    t = time.perf_counter()
    fill_demo_data(store, people, seed=1, today=dt.date(2026, 10, 31))
    rows = top_up_attendance(store, attendance, seed=2)
    print(
        f"filled {people:,} people and {rows:,} attendance rows in {time.perf_counter() - t:.0f} s",
        flush=True,
    )
    return store, rows


def measure(store: Store, runs: int) -> dict[str, Any]:
    """Median ms of counting 2025 through the facade and as hand-written SQL."""
    year = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))

    def facade() -> list[tuple[object, ...]]:
        cells = counting.people_reached_monthly_and_overall(store, *year)
        return sorted(
            (
                c.programme_id,
                c.period,
                c.sex.value,
                c.age_band,
                c.population_group.value,
                int(c.disability),
                c.people,
            )
            for c in cells
        )

    raw_conn = store.engine.raw_connection()
    cursor = raw_conn.cursor()
    bounds = (year[0].isoformat(), year[1].isoformat())

    def raw() -> list[tuple[object, ...]]:
        return sorted(tuple(r) for r in cursor.execute(RAW_SQL, bounds).fetchall())

    assert facade() == raw(), "the facade and the hand-written SQL disagree"
    facade_ms = median_ms(facade, runs)
    raw_ms = median_ms(raw, runs)
    # The shared figures (bundles): the same, leaving out people without data-use consent.
    shared_ms = median_ms(
        lambda: counting.people_reached_monthly_and_overall(store, *year, shared=True), runs
    )
    raw_conn.close()
    with store.read() as session:
        rows = session.scalar(select(func.count()).select_from(Attendance))
        people = session.scalar(select(func.count()).select_from(Beneficiary))
    return {
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": sys.version.split()[0],
        "people": people,
        "attendance_rows": rows,
        "facade_ms": round(facade_ms, 1),
        "raw_sql_ms": round(raw_ms, 1),
        "ratio": round(facade_ms / raw_ms, 2),
        "shared_ms": round(shared_ms, 1),
    }


if __name__ == "__main__":
    sys.exit(main())
