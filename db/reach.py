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

It is derived data, never synced (each laptop of a team keeps its own from the synced rows)
and never entered by hand. SQLite triggers keep it in the same transaction as every write of
attendance, sessions, people and consent events, whoever writes (the app, a team's sync, plain
SQL): each recomputes the rows it may have changed from the attendance, the same way
:func:`rebuild` recomputes all of them. Installed by migration 0020 (which fills the table of an
existing database); ``saphan reach rebuild`` (admin) recomputes it from scratch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

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


def _recompute(where: str, verb: str = "INSERT OR REPLACE") -> str:
    """SQL: (re)write the rows of the (programme, month, person) keys whose attendance rows
    ``where`` selects (alias ``a``). Rows of keys that no longer have any attendance must have
    been deleted before."""
    return f"{verb} INTO {TABLE} ({COLUMNS}) {recount_sql(where)}"


def recount_sql(where: str = "1") -> str:
    """SQL: the rows ``reach_months`` should hold for the attendance rows ``where`` selects
    (alias ``a``; all by default), its columns in the order of :data:`COLUMNS`."""
    covered = _COVERED.format(
        person="a.beneficiary_id", day="a.date", data_use="p.consent_data_use"
    )
    return f"""
        SELECT f.programme_id, f.month, f.pid, f.first_date,
               {band_sql("f.first_date", "b.birth_date")},
               f.shared_date,
               CASE WHEN f.shared_date IS NULL THEN NULL
                    ELSE {band_sql("f.shared_date", "b.birth_date")} END,
               b.sex, b.population_group, b.has_disability
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
        + _recompute(_key("NEW"))
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


def drop_triggers(conn: Connection) -> None:
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER_PREFIX}{name}")


def install_triggers(conn: Connection) -> None:
    """(Re)create the triggers that keep ``reach_months`` in step."""
    drop_triggers(conn)
    for name, body in TRIGGERS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {TRIGGER_PREFIX}{name} {body}")


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


def refill(conn: Connection) -> int:
    """Recompute every row of ``reach_months`` from the attendance; the number of rows."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    # Writing the rows in key order and building the person index after is several times
    # faster than keeping the index up to date row by row.
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {_PERSON_INDEX}")
    conn.execute(
        text(f"INSERT INTO {TABLE} ({COLUMNS}) SELECT * FROM ({recount_sql()}) ORDER BY 1, 3, 2")
    )
    conn.exec_driver_sql(f"CREATE INDEX {_PERSON_INDEX} ON {TABLE} (beneficiary_id)")
    return int(conn.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar_one())


def rebuild(store: Store) -> int:
    """Recompute the reach table from scratch (admin); returns the number of rows. Audited."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        rows = refill(session.connection())
        store.audit(session, "reach_rebuild", "reach", None, str(rows))
    return rows
