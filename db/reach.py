"""The reach table: who each programme reached in each month, kept by the database itself.

``reach_months`` has one row per (programme, month, person) with attendance at a (not deleted)
session of the programme in the month, for every person whose record is not deleted:

- ``first_date``: the person's first attendance date there, and ``band``: their fine age band
  on that date (:data:`db.counting.FINE_BANDS`);
- ``shared_date`` / ``shared_band``: the same over the days the person's data-use consent
  covers (NULL: none; :mod:`db.counting`, shared figures);
- the person's sex, population group and disability, as recorded now.

Counting (:mod:`db.counting`) reads it instead of grouping every attendance row: a month's
unique people are its rows; the whole period's are each (programme, person)'s earliest row.

``reach_cells`` holds those rows counted per cell, so that a year of every programme is a sum of
a few thousand small rows rather than a grouping of a million: how many rows of ``reach_months``
have each (``shared``, month, programme, ``prev_month``, sex, band, population group,
disability), where ``prev_month`` is the person's previous month in the programme ('' for
none). A period's monthly figure sums its months' cells; its whole-period figure sums the cells
of its months whose ``prev_month`` is before the period: each person's first month of the
period there, with the age band of that month's first day, exactly the earliest row.
``shared`` 1 counts the rows that count in shared figures (``shared_date`` not NULL, with
``shared_band``; ``prev_month`` among those rows only), 0 all rows. Triggers on
``reach_months`` keep it row by row: a row that comes or goes changes its own cell and moves
its next month's row (in the same programme) from one ``prev_month`` to another.

It is derived data, never synced (each laptop of a team keeps its own from the synced rows)
and never entered by hand. SQLite triggers keep it in the same transaction as every write of
attendance, sessions, people and consent events, whoever writes (the app, a team's sync, plain
SQL): each recomputes the rows it may have changed from the attendance, the same way
:func:`rebuild` recomputes all of them. Installed by migration 0020 (which fills the table of an
existing database); ``saphan reach rebuild`` (admin) recomputes it from scratch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence

from sqlalchemy import Connection, text

from db.permissions import Permission
from db.store import Store

TABLE = "reach_months"
TRIGGER_PREFIX = "reach_"
_PERSON_INDEX = "ix_reach_months_beneficiary"

# Whole years of age on ``day`` of a person born ``birth`` (ISO date strings), then the fine
# band: the same expressions as db.counting's.
_AGE = (
    "(CAST(substr({day}, 1, 4) AS INTEGER) - CAST(substr({birth}, 1, 4) AS INTEGER)"
    " - (substr({day}, 6, 5) < substr({birth}, 6, 5)))"
)


def band_sql(day: str, birth: str) -> str:
    age = _AGE.format(day=day, birth=birth)
    return (
        f"CASE WHEN {age} < 5 THEN '0-4' WHEN {age} < 12 THEN '5-11' "
        f"WHEN {age} < 18 THEN '12-17' WHEN {age} < 60 THEN '18-59' ELSE '60+' END"
    )


# Does the person's data-use consent cover ``day``? The latest data-use event in effect on that
# day decides (of several on one day, the one recorded last); before the person's first event,
# that first day's; with no event at all, the person's ``consent_data_use``. The same rule as
# db.counting's spans, written per row (triggers cannot use WITH).
_COVERED = """CASE WHEN EXISTS (
        SELECT 1 FROM consent_events e WHERE e.beneficiary_id = {person} AND e.scope = 'data_use')
    THEN coalesce(
        (SELECT e.granted FROM consent_events e
         WHERE e.beneficiary_id = {person} AND e.scope = 'data_use' AND e.effective <= {day}
         ORDER BY e.effective DESC, e.recorded_at DESC, e.id DESC LIMIT 1),
        (SELECT e.granted FROM consent_events e
         WHERE e.beneficiary_id = {person} AND e.scope = 'data_use'
         ORDER BY e.effective, e.recorded_at DESC, e.id DESC LIMIT 1))
    ELSE coalesce({data_use}, 1) END"""


COLUMNS = (
    "programme_id, month, beneficiary_id, first_date, band, shared_date, shared_band, sex, "
    "population_group, disability"
)


def _recompute(where: str) -> str:
    """SQL: write the rows of the (programme, month, person) keys whose attendance rows
    ``where`` selects (alias ``a``). Their rows must have been deleted before: a row is only
    ever inserted and deleted, never replaced, so that the triggers that keep ``reach_cells``
    (which a REPLACE would not fire) see every change."""
    return f"INSERT INTO {TABLE} ({COLUMNS}) {recount_sql(where)}"


def recount_sql(where: str = "1") -> str:
    """SQL: the rows ``reach_months`` should hold for the attendance rows ``where`` selects
    (alias ``a``; all by default), its columns (named so) in the order of :data:`COLUMNS`."""
    covered = _COVERED.format(
        person="a.beneficiary_id", day="a.date", data_use="p.consent_data_use"
    )
    return f"""
        SELECT f.programme_id AS programme_id, f.month AS month, f.pid AS beneficiary_id,
               f.first_date AS first_date, {band_sql("f.first_date", "b.birth_date")} AS band,
               f.shared_date AS shared_date,
               CASE WHEN f.shared_date IS NULL THEN NULL
                    ELSE {band_sql("f.shared_date", "b.birth_date")} END AS shared_band,
               b.sex AS sex, b.population_group AS population_group,
               b.has_disability AS disability
        FROM (
            SELECT a.programme_id AS programme_id, a.month AS month, a.beneficiary_id AS pid,
                   min(a.date) AS first_date,
                   min(CASE WHEN {covered} THEN a.date END) AS shared_date
            FROM attendance a JOIN sessions s ON s.id = a.session_id
            JOIN beneficiaries p ON p.id = a.beneficiary_id
            WHERE s.deleted_at IS NULL AND a.programme_id IS NOT NULL AND ({where})
            GROUP BY a.programme_id, a.month, a.beneficiary_id
        ) AS f CROSS JOIN beneficiaries b ON b.id = f.pid
        WHERE b.deleted_at IS NULL
    """


def _key(alias: str) -> str:
    return (
        f"a.programme_id = {alias}.programme_id AND a.month = {alias}.month "
        f"AND a.beneficiary_id = {alias}.beneficiary_id"
    )


def _delete_key(alias: str) -> str:
    return (
        f"DELETE FROM {TABLE} WHERE programme_id = {alias}.programme_id "
        f"AND month = {alias}.month AND beneficiary_id = {alias}.beneficiary_id;"
    )


def _person(person: str) -> str:
    """Statements recomputing every row of ``person``."""
    return (
        f"DELETE FROM {TABLE} WHERE beneficiary_id = {person};"
        + _recompute(f"a.beneficiary_id = {person}")
        + ";"
    )


# A session's attendees' rows of its programme and month.
_ATTENDEES = "SELECT x.beneficiary_id FROM attendance x WHERE x.session_id = NEW.id"

TRIGGERS: dict[str, str] = {
    # An attendance row's copies of its session's programme, month and date are written by
    # migration 0004's triggers after every insert and session change: this fires then.
    "attendance_copies": (
        "AFTER UPDATE OF programme_id, month, date ON attendance BEGIN "
        + _delete_key("OLD")
        + _delete_key("NEW")
        + _recompute(_key("OLD"))
        + ";"
        # (the same key twice: written once)
        + _recompute(
            _key("NEW") + " AND (NEW.programme_id IS NOT OLD.programme_id "
            "OR NEW.month IS NOT OLD.month OR NEW.beneficiary_id IS NOT OLD.beneficiary_id)"
        )
        + "; END"
    ),
    "attendance_delete": (
        "AFTER DELETE ON attendance BEGIN " + _delete_key("OLD") + _recompute(_key("OLD")) + "; END"
    ),
    "sessions_deleted": (
        "AFTER UPDATE OF deleted_at ON sessions BEGIN "
        f"DELETE FROM {TABLE} WHERE programme_id = NEW.programme_id "
        "AND month = substr(NEW.date, 1, 7) "
        f"AND beneficiary_id IN ({_ATTENDEES});"
        + _recompute(
            "a.programme_id = NEW.programme_id AND a.month = substr(NEW.date, 1, 7) "
            f"AND a.beneficiary_id IN ({_ATTENDEES})"
        )
        + "; END"
    ),
    "people_update": (
        "AFTER UPDATE OF sex, birth_date, population_group, has_disability, deleted_at, "
        "consent_data_use ON beneficiaries BEGIN " + _person("NEW.id") + " END"
    ),
    "people_delete": (
        f"AFTER DELETE ON beneficiaries BEGIN DELETE FROM {TABLE} "
        "WHERE beneficiary_id = OLD.id; END"
    ),
    "consent_insert": (
        "AFTER INSERT ON consent_events WHEN NEW.scope = 'data_use' BEGIN "
        + _person("NEW.beneficiary_id")
        + " END"
    ),
    "consent_delete": (
        "AFTER DELETE ON consent_events WHEN OLD.scope = 'data_use' BEGIN "
        + _person("OLD.beneficiary_id")
        + " END"
    ),
    "consent_update": (
        "AFTER UPDATE ON consent_events "
        "WHEN OLD.scope = 'data_use' OR NEW.scope = 'data_use' BEGIN "
        + _person("OLD.beneficiary_id")
        + _person("NEW.beneficiary_id")
        + " END"
    ),
}


# --- the cells: reach_months counted per cell ---------------------------------------------------

CELLS = "reach_cells"
CELL_KEY = "shared, month, programme_id, sex, band, population_group, disability, prev_month"
CELL_TRIGGER_PREFIX = "reach_cells_"

# (shared, which rows of reach_months count (alias {r}), their band column)
_CHAINS = ((0, "1", "band"), (1, "{r}.shared_date IS NOT NULL", "shared_band"))


def _deltas(row: str, sign: int) -> str:
    """SQL: how ``reach_cells`` changes when the row ``row`` (NEW or OLD) of ``reach_months``
    comes (``sign`` 1; the table holds it already) or goes (-1; the table holds it no more):
    rows (the cell's key..., n). In each chain, the row's own cell, counted with the month
    before it (``prev``), and the next row's, whose month before is the row's month while it
    is there and ``prev`` while it is not."""
    parts = []
    for shared, counts, band in _CHAINS:
        when = counts.format(r=row)
        chain = "" if shared == 0 else " AND x.shared_date IS NOT NULL"
        same = (
            f"x.programme_id = {row}.programme_id AND x.beneficiary_id = {row}.beneficiary_id"
            + chain
        )
        prev = (
            f"coalesce((SELECT max(x.month) FROM {TABLE} x WHERE {same} "
            f"AND x.month < {row}.month), '')"
        )
        after = (
            f"(SELECT x.month, x.programme_id, x.sex, x.{band} AS band, x.population_group, "
            f"x.disability FROM {TABLE} x WHERE {same} AND x.month > {row}.month "
            "ORDER BY x.month LIMIT 1) AS n"
        )
        cell = "n.sex, n.band, n.population_group, n.disability"
        parts += [
            f"SELECT {shared} AS shared, {row}.month AS month, {row}.programme_id AS programme_id, "
            f"{prev} AS prev_month, {row}.sex AS sex, {row}.{band} AS band, "
            f"{row}.population_group AS population_group, {row}.disability AS disability, "
            f"{sign} AS n WHERE {when}",
            f"SELECT {shared}, n.month, n.programme_id, {prev}, {cell}, {-sign} FROM {after} "
            f"WHERE {when}",
            f"SELECT {shared}, n.month, n.programme_id, {row}.month, {cell}, {sign} FROM {after} "
            f"WHERE {when}",
        ]
    return " UNION ALL ".join(parts)


def _apply_deltas(deltas: str) -> str:
    """Statements adding ``deltas`` (see :func:`_deltas`) to ``reach_cells``: a cell that is
    not there yet is made, one that comes to nobody goes. None of them can meet a constraint,
    so whatever conflict policy the statement that fired them has, they do what they say."""
    cols = [c.strip() for c in CELL_KEY.split(",")]
    match = " AND ".join(f"c.{c} = d.{c}" for c in cols)
    on_cells = " AND ".join(f"{CELLS}.{c} = d.{c}" for c in cols)
    keys = ", ".join(f"d.{c}" for c in cols)
    return (
        f"INSERT INTO {CELLS} ({CELL_KEY}, people) SELECT DISTINCT {keys}, 0 FROM ({deltas}) AS d "
        f"WHERE NOT EXISTS (SELECT 1 FROM {CELLS} c WHERE {match});"
        f"UPDATE {CELLS} SET people = people + d.n FROM ({deltas}) AS d WHERE {on_cells};"
        f"DELETE FROM {CELLS} WHERE people = 0 "
        f"AND ({CELL_KEY}) IN (SELECT {keys} FROM ({deltas}) AS d);"
    )


CELL_TRIGGERS: dict[str, str] = {
    "insert": f"AFTER INSERT ON {TABLE} BEGIN {_apply_deltas(_deltas('NEW', 1))} END",
    "delete": f"AFTER DELETE ON {TABLE} BEGIN {_apply_deltas(_deltas('OLD', -1))} END",
    # reach_months is only ever inserted into and deleted from (see _recompute): a change in
    # place would pass its cells by.
    "update": (
        f"BEFORE UPDATE ON {TABLE} BEGIN "
        "SELECT RAISE(ABORT, 'reach_months rows are deleted and inserted, never updated'); END"
    ),
}


def cells_sql(source: str = TABLE) -> str:
    """SQL: the rows ``reach_cells`` should hold for the rows of ``reach_months`` that
    ``source`` (a table or a parenthesised query with its columns) holds, columns
    :data:`CELL_KEY` and ``people``."""
    window = "OVER (PARTITION BY programme_id, beneficiary_id ORDER BY month)"
    chains = " UNION ALL ".join(
        f"SELECT {shared} AS shared, month, programme_id, "
        f"coalesce(lag(month) {window}, '') AS prev_month, sex, {band} AS band, "
        f"population_group, disability FROM {source} AS r WHERE {counts.format(r='r')}"
        for shared, counts, band in _CHAINS
    )
    return f"SELECT {CELL_KEY}, count(*) AS people FROM ({chains}) GROUP BY {CELL_KEY}"


def _drop_all(conn: Connection, prefix: str, triggers: Mapping[str, str]) -> None:
    for name in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {prefix}{name}")


def _install_all(conn: Connection, prefix: str, triggers: Mapping[str, str]) -> None:
    _drop_all(conn, prefix, triggers)
    for name, body in triggers.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {prefix}{name} {body}")


def drop_cell_triggers(conn: Connection) -> None:
    _drop_all(conn, CELL_TRIGGER_PREFIX, CELL_TRIGGERS)


def install_cell_triggers(conn: Connection) -> None:
    """(Re)create the triggers that keep ``reach_cells`` in step with ``reach_months``."""
    _install_all(conn, CELL_TRIGGER_PREFIX, CELL_TRIGGERS)


def refill_cells(conn: Connection) -> int:
    """Recount every row of ``reach_cells`` from ``reach_months``; the number of rows."""
    conn.exec_driver_sql(f"DELETE FROM {CELLS}")
    conn.exec_driver_sql(f"INSERT INTO {CELLS} ({CELL_KEY}, people) {cells_sql()}")
    return int(conn.execute(text(f"SELECT count(*) FROM {CELLS}")).scalar_one())


def drop_triggers(conn: Connection) -> None:
    _drop_all(conn, TRIGGER_PREFIX, TRIGGERS)


def install_triggers(conn: Connection) -> None:
    """(Re)create the triggers that keep ``reach_months`` in step."""
    _install_all(conn, TRIGGER_PREFIX, TRIGGERS)


@contextlib.contextmanager
def set_aside(conn: Connection, people: Sequence[int]) -> Iterator[None]:
    """For a bulk write of attendance about ``people`` only (in the caller's transaction): the
    triggers are set aside meanwhile, then those people's rows are worked out once."""
    drop_triggers(conn)
    yield
    install_triggers(conn)
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS reach_people (id INTEGER PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM reach_people")
    if people:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO reach_people (id) VALUES (?)", [(p,) for p in people]
        )
    chosen = "SELECT id FROM temp.reach_people"
    conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE beneficiary_id IN ({chosen})")
    conn.exec_driver_sql(_recompute(f"a.beneficiary_id IN ({chosen})"))
    conn.exec_driver_sql("DELETE FROM reach_people")


def refill(conn: Connection, *, cells: bool = True) -> int:
    """Recompute every row of ``reach_months`` from the attendance, and of ``reach_cells``
    from those (unless not ``cells``: migration 0020, before that table); the number of rows
    of ``reach_months``."""
    if cells:
        # Counted once at the end, not row by row.
        drop_cell_triggers(conn)
    conn.execute(text(f"DELETE FROM {TABLE}"))
    # Writing the rows in key order and building the person index after is several times
    # faster than keeping the index up to date row by row.
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {_PERSON_INDEX}")
    conn.execute(
        text(f"INSERT INTO {TABLE} ({COLUMNS}) SELECT * FROM ({recount_sql()}) ORDER BY 1, 3, 2")
    )
    conn.exec_driver_sql(f"CREATE INDEX {_PERSON_INDEX} ON {TABLE} (beneficiary_id)")
    if cells:
        refill_cells(conn)
        install_cell_triggers(conn)
    return int(conn.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar_one())


def rebuild(store: Store) -> int:
    """Recompute the reach table and its cells from scratch (admin); returns the number of
    rows of the reach table. Audited."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        rows = refill(session.connection())
        store.audit(session, "reach_rebuild", "reach", None, str(rows))
    return rows
