"""The synthetic CSO databases the benchmarks share, one per scale, made fast.

``cso_store(scale)``: an open :class:`~db.store.Store` (signed in as the admin) on an encrypted
database with ``scale`` x 12,500 people (db.demo's synthetic people: names in Burmese, Karen
and Thai, phones, consent) and ``scale`` x 312,500 attendance rows at group sessions of 25
people each, from December 2024 over 700 days, each session in a random programme. People come
from :func:`db.demo.fill_demo_data`; sessions and attendance are written by a few bulk SQL
statements (the attendance triggers are set aside meanwhile and the reach table is recomputed
once at the end, with :func:`db.reach.refill`), so 16x (200,000 people, 5,000,000 attendance
rows) takes minutes, not hours.

With ``keep`` (a folder), each database is kept there and reused by later runs.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from db import keys, reach, setup
from db.demo import fill_demo_data
from db.models import Beneficiary
from db.programmes import list_programmes
from db.store import Store
from tests.benchmarks.rows import ATTENDANCE_PER_SCALE, PEOPLE_PER_SCALE

PASSWORD = "benchmark-password"
VERSION = 2  # bump when what is generated changes: kept databases are then made again
PER_SESSION = 25
FIRST_DAY = dt.date(2024, 12, 1)
DAYS = 700
TODAY = dt.date(2026, 10, 31)

_open: dict[int, Store] = {}
_paths: dict[int, Path] = {}


def sizes(scale: int) -> tuple[int, int]:
    """(people, attendance rows) at ``scale``."""
    return PEOPLE_PER_SCALE * scale, ATTENDANCE_PER_SCALE * scale


def cso_store(scale: int, keep: Path | None = None) -> Store:
    """The database of ``scale``, made on first use (then kept open for the run)."""
    if scale in _open:
        return _open[scale]
    keys.DEFAULT_KDF = keys.KdfParams(1, 1024, 1)
    folder = keep or Path(tempfile.mkdtemp(prefix=f"saphan-bench-{scale}x-"))
    folder.mkdir(parents=True, exist_ok=True)
    people, rows = sizes(scale)
    path = folder / f"cso-{people}p-{rows}a-v{VERSION}.db"
    store = setup.open_database(path, "admin", PASSWORD) if path.exists() else make(path, scale)
    _open[scale] = store
    _paths[scale] = path
    return store


def database_path(scale: int) -> Path:
    """The file of the database of ``scale`` (made by :func:`cso_store` in this run)."""
    return _paths[scale]


def close_all() -> None:
    for store in _open.values():
        store.close()
    _open.clear()


def make(path: Path, scale: int) -> Store:
    people, rows = sizes(scale)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    store = setup.create_cso_database(
        partial,
        cso_code="BENCH",
        cso_name="Bench",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=PASSWORD,
    ).store
    # db.demo's people, PEOPLE_PER_SCALE of them, then copies of them with new ids and codes.
    fill_demo_data(store, min(people, PEOPLE_PER_SCALE), seed=1, today=TODAY, activity=False)
    copy_people(store, people)
    t_people = time.perf_counter() - started
    add_attendance(store, people, rows, seed=scale)
    print(
        f"  {scale}x: {people:,} people in {t_people:.0f} s, {rows:,} attendance rows and the "
        f"reach table in {time.perf_counter() - started - t_people:.0f} s",
        flush=True,
    )
    store.close()
    for f in path.parent.glob(partial.name + "*"):
        f.rename(path.parent / f.name.replace(partial.name, path.name))
    return setup.open_database(path, "admin", PASSWORD)


def copy_people(store: Store, people: int) -> None:
    """Copies of the people there are, with the next ids and codes, up to ``people``."""
    columns = [c.name for c in Beneficiary.__table__.columns]
    with store.write() as session:
        conn = session.connection()
        have = int(conn.execute(text("SELECT count(*) FROM beneficiaries")).scalar_one())
        base = have
        while have < people:
            n = min(base, people - have)
            new_code = f"'BENCH-' || printf('%06d', id + {have})"
            chosen = {
                "id": f"id + {have}",
                "code": new_code,
                "search_text": f"replace(search_text, lower(code), lower({new_code}))",
            }
            picks = ", ".join(chosen.get(c, c) for c in columns)
            conn.exec_driver_sql(
                f"INSERT INTO beneficiaries ({', '.join(columns)}) "
                f"SELECT {picks} FROM beneficiaries WHERE id <= {n} ORDER BY id"
            )
            have += n
        conn.exec_driver_sql(f"UPDATE cso_profile SET next_person_number = {have + 1}")


def add_attendance(store: Store, people: int, rows: int, seed: int) -> None:
    """Group sessions of 25 with ``rows`` attendance rows in all, in bulk SQL."""
    programmes = [p.id for p in list_programmes(store)]
    sessions = rows // PER_SESSION
    values = ", ".join(f"({n}, {pid})" for n, pid in enumerate(programmes))
    with store.write() as session:
        conn = session.connection()
        first = int(conn.execute(text("SELECT coalesce(max(id), 0) FROM sessions")).scalar_one())
        triggers = conn.execute(
            text(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'trigger' AND tbl_name = 'attendance'"
            )
        ).all()
        for name, _sql in triggers:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        # The attendance indexes other than its key are set aside too and made again after:
        # one sort each instead of millions of inserts at random places of a B-tree larger
        # than the page cache (16x took hours that way).
        indexes = conn.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'attendance' AND sql IS NOT NULL"
            )
        ).all()
        for name, _sql in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        # A pseudo-random but repeatable spread: Knuth's multiplicative hash of the number.
        conn.exec_driver_sql(
            f"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {sessions}),
            p(k, pid) AS (VALUES {values})
            INSERT INTO sessions (id, kind, activity_type, programme_id, date, duration_minutes,
                                  location, topic, mhpss_notes, created_at)
            SELECT {first} + i, 'group', 'awareness',
                   (SELECT pid FROM p WHERE k = ((i + {seed}) * 2654435761) % {len(programmes)}),
                   date('{FIRST_DAY.isoformat()}',
                        '+' || (((i + {seed}) * 40503) % {DAYS}) || ' days'),
                   60, '', '', '', '2026-01-01 00:00:00'
            FROM n
            """
        )
        # 25 different people per session: i * a + k * b modulo the people, b prime.
        conn.exec_driver_sql(
            f"""
            WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < {PER_SESSION})
            INSERT INTO attendance (session_id, beneficiary_id, programme_id, month, date)
            SELECT s.id, 1 + ((s.id * 2654435761) + j * 104729) % {people},
                   s.programme_id, substr(s.date, 1, 7), s.date
            FROM sessions s CROSS JOIN k WHERE s.id > {first}
            """
        )
        started = time.perf_counter()
        for _name, sql in indexes:
            conn.exec_driver_sql(sql)
        for _name, sql in triggers:
            conn.exec_driver_sql(sql)
        indexed = time.perf_counter()
        reach.refill(conn)
        print(
            f"    attendance indexes in {indexed - started:.0f} s, "
            f"the reach table in {time.perf_counter() - indexed:.0f} s",
            flush=True,
        )
