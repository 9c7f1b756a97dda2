"""Every write of a synced row is recorded, in the same transaction, as a change.

SQLite triggers do it, so no write escapes, whether it comes from the ORM, a Core statement or
plain SQL: an insert records the row's version (clock and device), a deletion a tombstone (an
erasure while ``team_local.erasing`` is set), and a change of one column that column's version
together with the version it replaced (its *base*, which tells a later merge whether the writer
had seen the other side's change). The triggers record nothing while ``team_local.capture`` is 0,
which is how changes from other devices are applied.

The clock is a hybrid logical clock kept in ``team_local.hlc``: milliseconds since 1970 shifted
left by 16 bits, plus a counter; every recorded change takes the next value, never going back.
The triggers exist only on a database that is part of a team; :func:`install` (re)creates them
after a migration changed the tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, text

from db.team.tables import SyncedTable, synced_tables

PREFIX = "team_capture_"
_ON = "(SELECT capture FROM team_local WHERE id = 1) = 1"
_TICK = (
    "UPDATE team_local SET "
    "hlc = max(hlc + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) << 16), seq = seq + 1 "
    "WHERE id = 1;"
)
_ME = "(SELECT hlc, device_id, seq FROM team_local WHERE id = 1)"


def _row_version(t: SyncedTable, alias: str, state_sql: str) -> str:
    key = t.key_sql(alias)
    return (
        "INSERT INTO team_rows (tbl, pk, state, hlc, device, seq) "
        f"SELECT '{t.name}', {key}, {state_sql}, l.hlc, l.device_id, l.seq "
        "FROM team_local l WHERE l.id = 1 "
        "ON CONFLICT (tbl, pk) DO UPDATE SET state = excluded.state, hlc = excluded.hlc, "
        "device = excluded.device, seq = excluded.seq;"
        f"DELETE FROM team_fields WHERE tbl = '{t.name}' AND pk = {key};"
    )


def _guard(t: SyncedTable) -> str:
    """New rows get ids from this device's range (db.team.ids); anything else is a bug that
    would collide with another device's rows."""
    if not t.integer_id:
        return ""
    return (
        "SELECT RAISE(ABORT, 'team sync: row id outside this device''s range') "
        "FROM team_local l WHERE l.id = 1 AND NEW.id NOT BETWEEN l.id_lo AND l.id_hi;"
    )


def _when(t: SyncedTable, alias: str) -> str:
    if t.name == "settings":
        from db.settings import TEAM_SYNCED  # db.settings needs the store, which needs this

        names = ", ".join(f"'{n}'" for n in sorted(TEAM_SYNCED))
        return f"{_ON} AND {alias}.key IN ({names})"
    return _ON


def _insert_trigger(t: SyncedTable) -> str:
    version = _row_version(t, "NEW", "'alive'")
    return (
        f"CREATE TRIGGER {PREFIX}{t.name}_insert AFTER INSERT ON {t.name} "
        f"WHEN {_when(t, 'NEW')} BEGIN {_guard(t)}{_TICK}{version} END"
    )


def _delete_trigger(t: SyncedTable) -> str:
    state = (
        "CASE WHEN (SELECT erasing FROM team_local WHERE id = 1) THEN 'erased' ELSE 'deleted' END"
    )
    return (
        f"CREATE TRIGGER {PREFIX}{t.name}_delete AFTER DELETE ON {t.name} "
        f"WHEN {_when(t, 'OLD')} BEGIN {_TICK}{_row_version(t, 'OLD', state)} END"
    )


def _update_trigger(t: SyncedTable, column: str) -> str:
    key = t.key_sql("NEW")
    # The base: what this change replaced, as the other devices know it. A field changed again
    # here before it was sent keeps the base of the first change.
    unsent = (
        "team_fields.device = excluded.device AND "
        "team_fields.seq > (SELECT sent_seq FROM team_local WHERE id = 1)"
    )
    return (
        f"CREATE TRIGGER {PREFIX}{t.name}_{column} AFTER UPDATE OF {column} ON {t.name} "
        f"WHEN {_when(t, 'NEW')} AND OLD.{column} IS NOT NEW.{column} BEGIN {_TICK}"
        "INSERT INTO team_fields (tbl, pk, col, hlc, device, seq, base_hlc, base_device) "
        f"SELECT '{t.name}', {key}, '{column}', l.hlc, l.device_id, l.seq, "
        "coalesce(r.hlc, 0), coalesce(r.device, '') FROM team_local l "
        f"LEFT JOIN team_rows r ON r.tbl = '{t.name}' AND r.pk = {key} WHERE l.id = 1 "
        "ON CONFLICT (tbl, pk, col) DO UPDATE SET "
        f"base_hlc = CASE WHEN {unsent} THEN team_fields.base_hlc ELSE team_fields.hlc END, "
        f"base_device = CASE WHEN {unsent} THEN team_fields.base_device "
        "ELSE team_fields.device END, "
        "hlc = excluded.hlc, device = excluded.device, seq = excluded.seq, pending = NULL; END"
    )


def trigger_sql(present: Mapping[str, frozenset[str]] | None = None) -> list[str]:
    """Every capture trigger, as CREATE TRIGGER statements; with ``present`` (the tables of a
    database and their columns), only those on tables and columns it already has."""
    statements: list[str] = []
    for t in synced_tables().values():
        columns = present.get(t.name) if present is not None else None
        if present is not None and columns is None:
            continue
        statements.append(_insert_trigger(t))
        statements.append(_delete_trigger(t))
        statements.extend(
            _update_trigger(t, c.name)
            for c in t.value_columns
            if columns is None or c.name in columns
        )
    return statements


def _present(connection: Connection) -> dict[str, frozenset[str]]:
    """The synced tables this database has now, with their columns."""
    names = set(
        connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
    )
    return {
        name: frozenset(
            row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{name}")')
        )
        for name in synced_tables()
        if name in names
    }


def uninstall(connection: Connection) -> None:
    names = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"),
        {"p": PREFIX + "%"},
    ).scalars()
    for name in list(names):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def install(connection: Connection) -> None:
    """(Re)create the capture triggers, inside the caller's transaction.

    Only on the tables and columns the database has: a migration that runs before later
    ones made theirs (and the code knows them all) installs what exists so far; each migration
    that adds a synced table or column installs them again."""
    uninstall(connection)
    for statement in trigger_sql(_present(connection)):
        connection.exec_driver_sql(statement)


def install_on_team(connection: Connection) -> int | None:
    """For a migration that added tables or columns: on a team database, every capture trigger
    again (the new ones too); returns this laptop's device number (None outside a team)."""
    row = connection.execute(text("SELECT device_no FROM team_local WHERE id = 1")).first()
    if row is None:
        return None
    install(connection)
    return int(row[0])


def drop_table_triggers(connection: Connection, tables: Iterable[str]) -> None:
    """For a migration's downgrade: drop every trigger on ``tables``."""
    for table in tables:
        names = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
            {"t": table},
        ).all()
        for (name,) in names:
            connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))


def is_team_database(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_local' "
                "AND EXISTS (SELECT 1 FROM team_local)"
            )
        ).first()
    )


def restamp(connection: Connection, table: str, pk: str, column: str) -> None:
    """Record the field's present value again as this device's change (a person settled a
    conflict by keeping it): every laptop then takes the same value, and lists it as settled."""
    t = synced_tables()[table]
    connection.exec_driver_sql(_TICK)
    connection.execute(
        text(
            "INSERT INTO team_fields (tbl, pk, col, hlc, device, seq, base_hlc, base_device) "
            "SELECT :t, :pk, :col, l.hlc, l.device_id, l.seq, coalesce(r.hlc, 0), "
            "coalesce(r.device, '') FROM team_local l LEFT JOIN team_rows r "
            "ON r.tbl = :t AND r.pk = :pk WHERE l.id = 1 "
            "ON CONFLICT (tbl, pk, col) DO UPDATE SET base_hlc = team_fields.hlc, "
            "base_device = team_fields.device, hlc = excluded.hlc, device = excluded.device, "
            "seq = excluded.seq, pending = NULL"
        ),
        {"t": t.name, "pk": pk, "col": column},
    )
