"""Registry speed on a big CSO: the facade against the same SQL run by hand.

    .venv/bin/python -m tests.benchmarks.bench_registry [--people 50000] [--runs 20] [--out F]

Fills a fresh encrypted database with synthetic people, then times what a caseworker waits
for: the registry's first page (one page of rows plus the count), and one search keystroke
(for a name and for a phone fragment). Each is timed through the facade
(``find_people`` + ``count_people``) and as the same SQL run directly on the sqlcipher3
connection, so the ratio is the cost of the facade itself. Goals: ratio <= 1.5, < 100 ms.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from db import keys, setup
from db.beneficiaries import count_people, escape_like, find_people
from db.demo import fill_demo_data
from db.store import Store
from db.types import PersonQuery, PersonSort
from db.validation import phone_digits

PAGE = 100
RATIO_GOAL = 1.5
MS_GOAL = 100.0

_COLUMNS = (
    "id, code, name_latin, name_script, sex, birth_date, birth_date_estimated, "
    "population_group, phone, area, status, has_disability"
)


@dataclass(frozen=True)
class Case:
    name: str
    query: PersonQuery
    page_sql: str
    count_sql: str
    params: tuple[Any, ...]


@dataclass(frozen=True)
class Result:
    case: str
    rows: int
    matches: int
    facade_ms: float
    raw_ms: float
    ratio: float
    ok: bool


def _like(fragment: str) -> str:
    digits = phone_digits(fragment)
    needle = digits if digits and len(digits) == len(fragment.replace("-", "")) else fragment
    return f"%{escape_like(needle.casefold())}%"


def cases() -> list[Case]:
    live = "deleted_at IS NULL"
    search = f"{live} AND search_text LIKE ? ESCAPE '\\'"
    by_code = f"ORDER BY code ASC LIMIT {PAGE} OFFSET 0"
    by_age = f"ORDER BY birth_date DESC, code ASC LIMIT {PAGE} OFFSET 0"
    out = [
        Case(
            "first page",
            PersonQuery(),
            f"SELECT {_COLUMNS} FROM beneficiaries WHERE {live} {by_code}",
            f"SELECT count(*) FROM beneficiaries WHERE {live}",
            (),
        ),
        Case(
            "first page, by age",
            PersonQuery(sort=PersonSort.AGE),
            f"SELECT {_COLUMNS} FROM beneficiaries WHERE {live} {by_age}",
            f"SELECT count(*) FROM beneficiaries WHERE {live}",
            (),
        ),
    ]
    for label, text in (("search 'kyaw'", "kyaw"), ("search phone '081-2'", "081-2")):
        out.append(
            Case(
                label,
                PersonQuery(text=text),
                f"SELECT {_COLUMNS} FROM beneficiaries WHERE {search} {by_code}",
                f"SELECT count(*) FROM beneficiaries WHERE {search}",
                (_like(text),),
            )
        )
    return out


def median_ms(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median milliseconds of ``a`` and of ``b``, run alternately so that both see the same
    machine load; garbage collection is paused while timing, as ``timeit`` does."""
    for _ in range(3):  # warm the page cache and the statement caches
        a()
        b()
    times: tuple[list[float], list[float]] = ([], [])
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            for fn, out in ((a, times[0]), (b, times[1])):
                start = time.perf_counter()
                fn()
                out.append((time.perf_counter() - start) * 1000)
    finally:
        gc.enable()
    return statistics.median(times[0]), statistics.median(times[1])


def measure(store: Store, case: Case, runs: int) -> Result:
    def facade() -> tuple[int, int]:
        rows = find_people(store, case.query, offset=0, limit=PAGE)
        return len(rows), count_people(store, case.query)

    raw_conn = store.engine.raw_connection()
    try:
        cursor = raw_conn.cursor()

        def raw() -> tuple[int, int]:
            rows = cursor.execute(case.page_sql, case.params).fetchall()
            (count,) = cursor.execute(case.count_sql, case.params).fetchone()
            return len(rows), count

        facade_result, raw_result = facade(), raw()
        if facade_result != raw_result:
            raise AssertionError(f"{case.name}: facade {facade_result} != raw {raw_result}")
        facade_ms, raw_ms = median_ms(facade, raw, runs)
    finally:
        raw_conn.close()
    ratio = facade_ms / raw_ms if raw_ms else float("inf")
    return Result(
        case=case.name,
        rows=facade_result[0],
        matches=facade_result[1],
        facade_ms=round(facade_ms, 2),
        raw_ms=round(raw_ms, 2),
        ratio=round(ratio, 2),
        ok=ratio <= RATIO_GOAL and facade_ms < MS_GOAL,
    )


def table(results: list[Result]) -> str:
    lines = [
        f"{'case':<24} {'rows':>5} {'matches':>8} {'facade ms':>10} {'raw ms':>8} "
        f"{'ratio':>6}  goal",
    ]
    for r in results:
        lines.append(
            f"{r.case:<24} {r.rows:>5} {r.matches:>8} {r.facade_ms:>10.2f} {r.raw_ms:>8.2f} "
            f"{r.ratio:>6.2f}  {'ok' if r.ok else 'MISSED'}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--activity", action="store_true", help="also generate attendance")
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "saphan-bench-registry.json"
    )
    args = parser.parse_args(argv)
    results, fill_s = run(args.people, args.runs, seed=args.seed, activity=args.activity)

    print(table(results))
    report = {
        "benchmark": "registry",
        "people": args.people,
        "runs": args.runs,
        "fill_seconds": round(fill_s, 2),
        "goals": {"ratio": RATIO_GOAL, "ms": MS_GOAL},
        "python": platform.python_version(),
        "machine": platform.machine(),
        "kdf": asdict(keys.DEFAULT_KDF),
        "results": [asdict(r) for r in results],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0 if all(r.ok for r in results) else 1


def run(
    people: int, runs: int, *, seed: int = 0, activity: bool = False
) -> tuple[list[Result], float]:
    """Fill a fresh database with ``people`` and measure every case: (results, fill seconds)."""
    with tempfile.TemporaryDirectory(prefix="saphan-bench-") as folder:
        result = setup.create_cso_database(
            Path(folder) / "bench.db",
            cso_code="BENCH",
            cso_name="Benchmark CSO",
            admin_username="admin",
            admin_full_name="Benchmark admin",
            admin_password="benchmark-password",
        )
        store = result.store
        try:
            start = time.perf_counter()
            summary = fill_demo_data(store, people, seed=seed, activity=activity)
            fill_s = time.perf_counter() - start
            print(
                f"filled {summary.people} people, {summary.attendance} attendance rows "
                f"in {fill_s:.1f} s"
            )
            results = [measure(store, case, runs) for case in cases()]
        finally:
            store.close()
    return results, fill_s


if __name__ == "__main__":
    sys.exit(main())
