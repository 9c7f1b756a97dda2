"""One search keystroke in the registry, against the trigram index queried bare.

    .venv/bin/python -m tests.benchmarks.bench_search [--scales 4] [--runs 3] [--data DIR]

What a caseworker waits for after typing: the first page of people found (ranked: the code
exactly, a word that starts with the query, anywhere) and how many there are, through the
facade (``find_people`` + ``count_people``). The floor is the least an indexed search for a
page and a count must do, by hand on the sqlcipher3 connection: the first 100 people the FTS5
index finds, in code order (no ranking, no check of who may see whom; the index holds the
living people only, db.search_index), and the index's own count of what it finds. ``detail``
keeps the facade's own SQL run by hand (the cost of the facade itself) and the MATCH alone.
For comparison, a row for the same page and count by the LIKE scan the search used before the
index. The people are those of the shared synthetic database of the scale
(:mod:`tests.benchmarks.data`: db.demo's people, copied).
Row format: tests/benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.sql import ClauseElement

from db import access, beneficiaries, search_index
from db.beneficiaries import count_people, escape_like, find_people, normalise_for_search
from db.store import Store
from db.types import PersonQuery
from db.validation import phone_digits
from tests.benchmarks import data
from tests.benchmarks.rows import PEOPLE_PER_SCALE, Goal, Measure, measure, median, time_pair

PAGE = 100
QUERIES = (("kyaw", "search keystroke 'kyaw'"), ("081-2", "search keystroke phone '081-2'"))
GOALS = [
    Goal("search keystroke 'kyaw'", scale=4, max_ms=10, max_ratio=1.5),
    Goal("search keystroke phone '081-2'", scale=4, max_ms=10, max_ratio=1.5),
]
_COLUMNS = (
    "id, code, name_latin, name_script, sex, birth_date, birth_date_estimated, "
    "population_group, phone, area, status, has_disability"
)


def _needle(text: str) -> str:
    token = normalise_for_search(text)
    digits = phone_digits(token)
    phone = token[:1].isdigit() and len(digits) == len(token.replace("-", ""))
    return digits if digits and phone else token


def _cases(store: Store, text: str) -> tuple[Callable[[], object], ...]:
    query = PersonQuery(text=text)
    needle = _needle(text)
    raw = store.engine.raw_connection()
    cursor = raw.cursor()
    fts = search_index.TABLE
    bare = f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?"
    match_expression = search_index.match_expression([needle])
    like = "deleted_at IS NULL AND search_text LIKE ? ESCAPE '\\'"
    pattern = f"%{escape_like(needle)}%"

    def facade() -> tuple[int, int]:
        return len(find_people(store, query, limit=PAGE)), count_people(store, query)

    def match() -> int:
        return len(cursor.execute(bare, (match_expression,)).fetchall())

    scope = access.scope_of(store)
    page_sql = _literal(store, beneficiaries._page_statement(query, 0, PAGE, scope))
    count_sql = _literal(store, beneficiaries._count_statement(query, scope))

    def by_hand() -> tuple[int, int]:
        rows = cursor.execute(page_sql).fetchall()
        (count,) = cursor.execute(count_sql).fetchone()
        return len(rows), count

    floor_page = (
        f"SELECT {_COLUMNS} FROM beneficiaries WHERE id IN "
        f"(SELECT rowid FROM {fts} WHERE {fts} MATCH ?) ORDER BY code LIMIT {PAGE}"
    )
    floor_count = f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?"

    def floor() -> tuple[int, int]:
        rows = cursor.execute(floor_page, (match_expression,)).fetchall()
        (count,) = cursor.execute(floor_count, (match_expression,)).fetchone()
        return len(rows), count

    def scan() -> tuple[int, int]:
        page = cursor.execute(
            f"SELECT {_COLUMNS} FROM beneficiaries WHERE {like} ORDER BY code LIMIT {PAGE}",
            (pattern,),
        ).fetchall()
        (count,) = cursor.execute(
            f"SELECT count(*) FROM beneficiaries WHERE {like}", (pattern,)
        ).fetchone()
        return len(page), count

    found = facade()
    if not found == floor() == by_hand() or found[1] != scan()[1] or found[1] != match():
        raise AssertionError(f"{text!r}: facade {found}, floor {floor()}, scan {scan()}")
    return facade, floor, by_hand, match, scan, raw.close


def _literal(store: Store, stmt: ClauseElement) -> str:
    """A statement as plain SQL with its values in it (they are the query's own)."""
    return str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))


def bench(scale: int, runs: int, keep: Path | None = None) -> list[Measure]:
    people = PEOPLE_PER_SCALE * scale
    size = f"{people:,} people"
    out: list[Measure] = []
    store = data.cso_store(scale, keep)
    for text, figure in QUERIES:
        facade, floor, by_hand, match, scan, close = _cases(store, text)
        try:
            matches = count_people(store, PersonQuery(text=text))
            facade_sql_ms, match_ms = time_pair(by_hand, match, runs)
            out.append(
                measure(
                    figure, scale, size, facade, runs,
                    floor="FTS5 by hand: first 100 matches by code + the index's count",
                    floor_fn=floor,
                    detail={
                        "matches": matches,
                        "page": PAGE,
                        "facade_sql_by_hand_ms": round(median(facade_sql_ms), 2),
                        "match_alone_ms": round(median(match_ms), 2),
                    },
                )
            )  # fmt: skip
            out.append(
                measure(
                    f"{figure}, LIKE scan (before the index)", scale, size, scan, runs,
                    detail={"matches": matches, "page": PAGE},
                )
            )  # fmt: skip
        finally:
            close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scales", default="4", help="comma-separated, e.g. 1,4,16")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, help="keep the synthetic databases in this folder")
    args = parser.parse_args(argv)
    goals = {g.figure: g for g in GOALS}
    for scale in (int(s) for s in args.scales.split(",")):
        for m in bench(scale, args.runs, args.data):
            goal = goals.get(m.figure)
            ratio = f"{m.ratio:.2f}x" if m.ratio is not None else "-"
            floor = f"{m.floor_ms:.2f} ms" if m.floor_ms is not None else "-"
            verdict = "" if goal is None or goal.scale != scale else (
                f"{goal.text}: {'pass' if goal.met(m) else 'MISS'}"
            )  # fmt: skip
            print(f"{m.figure:<50} {m.size:>16} {m.ms:>9.2f} ms  floor {floor:>10}  {ratio:>6}  "
                  f"{verdict} {m.detail}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
