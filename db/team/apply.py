"""Apply another device's change set: last writer wins per field, conflicts listed.

Versions are ``(hlc, device id)`` pairs and the greater one wins, on every device alike, so
devices that applied the same change sets hold the same records whatever the order. A row's
existence has its own version (alive, deleted, erased); an erasure is final. Two changes of one
field are *concurrent* when the writer of the winning one had not seen the losing one (the base
it replaced is not the loser): then the loser's value goes to the record's history and
the pair to the conflicts list, until a person settles it.

The caller runs :func:`apply` inside one transaction with capture off (db.team.sync).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from db import search_index
from db.team import unique
from db.team.changeset import ChangeSet, TableChanges, decode_value, encode_value
from db.team.tables import NOT_CONFLICTS, SNAPSHOT_EXTRA, SyncedTable, synced_tables

Version = tuple[int, str]
NONE: Version = (0, "")

# The columns a person's search text is made of (db.beneficiaries.search_text_for).
SEARCHED_COLUMNS = frozenset({"code", "name_latin", "name_script", "phone"})

# Rows about a person that an erasure of the person takes with it (as db.housekeeping does).
ERASED_WITH_PERSON = (
    "attendance",
    "assessments",
    "referrals",
    "project_participants",
    "person_changes",
)
# Tables whose rows about a person name them in another column, under a condition: the
# values of a person's custom fields (db.custom_fields) name them by ``record_id``.
ERASED_WITH_PERSON_BY: dict[str, tuple[str, str]] = {
    "custom_values": ("record_id", "entity = 'person'"),
}


@dataclass
class Applied:
    """What applying one change set did here."""

    received: int = 0  # row and field versions that changed something here
    conflicts: int = 0
    max_hlc: int = 0
    touched: dict[str, set[str]] = field(default_factory=dict)
    searched: set[int] = field(default_factory=set)  # people whose search text must follow
    # Tables where a row came or a reference changed, and tables that lost rows: what the
    # check for broken references looks at (db.team.replica).
    referring: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)

    def touch(self, table: str, pk: str) -> None:
        self.touched.setdefault(table, set()).add(pk)


def _raw(c: Connection) -> Any:
    """The DB-API connection under ``c`` (named ``:parameters`` work the same there)."""
    return c.connection.driver_connection


class _Table:
    """One synced table, with the SQL this apply needs for it."""

    def __init__(self, connection: Connection, t: SyncedTable, cols: list[str]) -> None:
        self.c = connection
        # Plain DB-API calls, in the connection's transaction: a sync applies thousands of
        # small statements, and SQLAlchemy's per-statement work was most of their cost.
        self.raw = _raw(connection)
        self.references = {fk.parent.name for fk in t.table.foreign_keys}
        self.t = t
        known = {c.name for c in t.value_columns} | set(SNAPSHOT_EXTRA.get(t.name, ()))
        unknown = [c for c in cols if c not in known]
        if unknown:
            raise ValueError(f"unknown columns {unknown} of {t.name}")
        self.cols = cols
        self.where = t.join_sql(t.name, ":pk")
        # This laptop's own columns start from their defaults (e.g. a search text, rebuilt).
        synced = {c.name for c in t.columns} | set(cols)
        self.local_defaults: dict[str, object] = {
            c.name: c.default.arg  # type: ignore[attr-defined]
            for c in t.table.columns
            if c.name not in synced and c.default is not None and c.default.is_scalar
        }

    def row_version(self, pk: str) -> tuple[str, Version] | None:
        found = self.raw.execute(
            ("SELECT state, hlc, device FROM team_rows WHERE tbl = :t AND pk = :pk"),
            {"t": self.t.name, "pk": pk},
        ).fetchone()
        if found is not None:
            return str(found[0]), (int(found[1]), str(found[2]))
        return ("alive", NONE) if self.exists(pk) else None

    def exists(self, pk: str) -> bool:
        sql = f"SELECT 1 FROM {self.t.name} WHERE {self.where}"
        return self.raw.execute((sql), {"pk": pk}).fetchone() is not None

    def field_version(self, pk: str, col: str) -> tuple[Version, Version] | None:
        """(version, base) of a field changed after its row was created."""
        found = self.raw.execute(
            (
                "SELECT hlc, device, base_hlc, base_device FROM team_fields "
                "WHERE tbl = :t AND pk = :pk AND col = :col"
            ),
            {"t": self.t.name, "pk": pk, "col": col},
        ).fetchone()
        if found is None:
            return None
        return (int(found[0]), str(found[1])), (int(found[2]), str(found[3]))

    def value(self, pk: str, col: str) -> object:
        sql = f"SELECT {col} FROM {self.t.name} WHERE {self.where}"
        found = self.raw.execute(sql, {"pk": pk}).fetchone()
        return None if found is None else found[0]

    def set_row(self, pk: str, state: str, version: Version) -> None:
        self.raw.execute(
            (
                "INSERT INTO team_rows (tbl, pk, state, hlc, device, seq) "
                "VALUES (:t, :pk, :state, :hlc, :device, NULL) ON CONFLICT (tbl, pk) DO UPDATE "
                "SET state = :state, hlc = :hlc, device = :device, seq = NULL"
            ),
            {"t": self.t.name, "pk": pk, "state": state, "hlc": version[0], "device": version[1]},
        )

    def insert(self, pk: str, values: dict[str, object]) -> None:
        row = self.local_defaults | dict(self.t.key_values(pk)) | values
        names = ", ".join(row)
        marks = ", ".join(f":{n}" for n in row)
        self.raw.execute((f"INSERT INTO {self.t.name} ({names}) VALUES ({marks})"), row)

    def update(self, pk: str, values: dict[str, object]) -> None:
        if not values:
            return
        sets = ", ".join(f"{n} = :v_{n}" for n in values)
        params: dict[str, object] = {f"v_{n}": v for n, v in values.items()} | {"pk": pk}
        self.raw.execute((f"UPDATE {self.t.name} SET {sets} WHERE {self.where}"), params)

    def delete(self, pk: str) -> None:
        self.raw.execute((f"DELETE FROM {self.t.name} WHERE {self.where}"), {"pk": pk})

    def forget_fields(self, pk: str) -> None:
        self.raw.execute(
            ("DELETE FROM team_fields WHERE tbl = :t AND pk = :pk"),
            {"t": self.t.name, "pk": pk},
        )


def _pending_newer(table: _Table, pk: str, version: Version) -> dict[str, object]:
    """Values of fields that arrived before their row, newer than the row's ``version``."""
    rows = table.raw.execute(
        (
            "SELECT col, hlc, device, pending FROM team_fields "
            "WHERE tbl = :t AND pk = :pk AND pending IS NOT NULL"
        ),
        {"t": table.t.name, "pk": pk},
    )
    return {
        str(col): json.loads(pending)
        for col, hlc, device, pending in rows
        if (int(hlc), str(device)) > version
    }


def _newer_columns(
    table: _Table, pk: str, version: Version, values: dict[str, object]
) -> dict[str, object]:
    """Of a newer version of an existing row, the values whose field is not newer here."""
    out: dict[str, object] = {}
    for col, value in values.items():
        local = table.field_version(pk, col)
        if local is None or local[0] < version:
            out[col] = value
    return out


def _apply_row(table: _Table, row: list[Any], devices: list[str], result: Applied) -> None:
    pk, state, hlc, dev, raw = str(row[0]), str(row[1]), int(row[2]), int(row[3]), row[4]
    version: Version = (hlc, devices[dev])
    result.max_hlc = max(result.max_hlc, hlc)
    local = table.row_version(pk)
    if local is not None and local[0] == "erased":
        return
    values = {c: decode_value(v) for c, v in zip(table.cols, raw or (), strict=False)}
    if state == "erased" or (state == "alive" and _about_erased_person(table, pk, values)):
        _erase(table, pk, max(version, local[1]) if local else version, result)
        return
    if local is not None and local[1] >= version:
        return  # what is here is as new or newer
    present = table.exists(pk)
    lost: list[unique.Lost] = []
    if state == "alive" and present:
        new = _newer_columns(table, pk, version, values)
        new, lost = unique.make_room(table, pk, new, version, result)
        table.update(pk, new)
        result.referring.setdefault(table.t.name, set()).add(pk)
        _drop_older_fields(table, pk, version)
    elif state == "alive":
        new = values | _pending_newer(table, pk, version)
        new, lost = unique.make_room(table, pk, new, version, result, pending=True)
        table.insert(pk, new)
        result.referring.setdefault(table.t.name, set()).add(pk)
        _drop_older_fields(table, pk, version)
    elif present:
        table.delete(pk)
        result.deleted.setdefault(table.t.name, set()).add(pk)
    table.set_row(pk, state, version)
    unique.record(table, pk, lost, result)
    result.received += 1
    result.touch(table.t.name, pk)
    if table.t.name == "beneficiaries" and state == "alive":
        result.searched.add(int(pk))


def _drop_older_fields(table: _Table, pk: str, version: Version) -> None:
    """Field versions older than a newer version of their whole row say nothing any more."""
    table.raw.execute(
        (
            "DELETE FROM team_fields WHERE tbl = :t AND pk = :pk "
            "AND (hlc < :hlc OR (hlc = :hlc AND device <= :device))"
        ),
        {"t": table.t.name, "pk": pk, "hlc": version[0], "device": version[1]},
    )
    table.raw.execute(
        ("UPDATE team_fields SET pending = NULL WHERE tbl = :t AND pk = :pk"),
        {"t": table.t.name, "pk": pk},
    )


def _erase(table: _Table, pk: str, version: Version, result: Applied) -> None:
    """An erasure: the row, its field versions, its history and conflicts are gone for good;
    only its key stays, known as erased. A person takes the rows about them along."""
    if table.exists(pk):
        table.delete(pk)
        result.deleted.setdefault(table.t.name, set()).add(pk)
    table.forget_fields(pk)
    for name in ("team_history", "team_conflicts"):
        table.raw.execute(
            (f"DELETE FROM {name} WHERE tbl = :t AND pk = :pk"), {"t": table.t.name, "pk": pk}
        )
    table.set_row(pk, "erased", version)
    result.received += 1
    result.touch(table.t.name, pk)
    if table.t.name == "beneficiaries":
        _erase_about_person(table.c, int(pk), version, result)


def _erase_about_person(c: Connection, person: int, version: Version, result: Applied) -> None:
    tables = synced_tables()
    about = [(name, "beneficiary_id", "1") for name in ERASED_WITH_PERSON]
    about += [(name, column, where) for name, (column, where) in ERASED_WITH_PERSON_BY.items()]
    for name, column, where in about:
        t = tables[name]
        key = t.key_sql(name)
        rows = _raw(c).execute(
            f"SELECT {key} FROM {name} WHERE {column} = :p AND {where}", {"p": person}
        )
        pks = [r[0] for r in rows.fetchall()]
        inner = _Table(c, t, [])
        for pk in list(pks):
            _erase(inner, str(pk), version, result)


def _about_erased_person(table: _Table, pk: str, values: dict[str, object]) -> bool:
    if table.t.name in ERASED_WITH_PERSON_BY:
        column, _where = ERASED_WITH_PERSON_BY[table.t.name]
        if values.get("entity") != "person":
            return False
        person = table.t.key_values(pk).get(column, values.get(column))
    elif table.t.name in ERASED_WITH_PERSON:
        person = table.t.key_values(pk).get("beneficiary_id", values.get("beneficiary_id"))
    else:
        return False
    found = table.raw.execute(
        ("SELECT 1 FROM team_rows WHERE tbl = 'beneficiaries' AND pk = :pk AND state = 'erased'"),
        {"pk": str(person)},
    ).fetchone()
    return found is not None


def _apply_field(table: _Table, entry: list[Any], devices: list[str], result: Applied) -> None:
    pk, col = str(entry[0]), str(entry[1])
    value = decode_value(entry[2])
    version: Version = (int(entry[3]), devices[int(entry[4])])
    base: Version = (int(entry[5]), devices[int(entry[6])])
    if col not in table.cols:
        raise ValueError(f"unknown column {col} of {table.t.name}")
    result.max_hlc = max(result.max_hlc, version[0])
    row = table.row_version(pk)
    if row is not None and row[0] == "erased":
        return
    changed = table.field_version(pk, col)
    local, local_base = changed if changed is not None else (row[1] if row else NONE, None)
    if version == local:
        return  # seen already
    if row is None or row[0] != "alive" or not table.exists(pk):
        if version > local:
            _keep_pending(table, pk, col, entry[2], version, base)
        return
    current = table.value(pk, col)
    # Change sets arrive in causal order (db.team.replica): whatever the writer of a change had
    # seen is here already. So a newer change that did not replace exactly what is here, and an
    # older change that arrives only now, were made without seeing the other: concurrent.
    if version > local:
        if base != local and current != value:  # listed first: it reads the local version
            _conflict(
                table, pk, col, (value, version), (current, local), base=local_base, result=result
            )
        unique.noticed(table, pk, col, (value, version), (current, local), local_base, result)
        new, lost = unique.make_room(table, pk, {col: value}, version, result, base=base)
        table.update(pk, new)
        if col in table.references:
            result.referring.setdefault(table.t.name, set()).add(pk)
        _set_field(table, pk, col, version, base)
        unique.record(table, pk, lost, result)
        result.received += 1
        result.touch(table.t.name, pk)
        if table.t.name == "beneficiaries" and col in SEARCHED_COLUMNS:
            result.searched.add(int(pk))
    elif current != value:
        _conflict(table, pk, col, (current, local), (value, version), base=base, result=result)


def _keep_pending(
    table: _Table, pk: str, col: str, raw: object, version: Version, base: Version
) -> None:
    table.raw.execute(
        (
            "INSERT INTO team_fields (tbl, pk, col, hlc, device, base_hlc, base_device, seq, "
            "pending) VALUES (:t, :pk, :col, :hlc, :dev, :bh, :bd, NULL, :pending) "
            "ON CONFLICT (tbl, pk, col) DO UPDATE SET hlc = :hlc, device = :dev, "
            "base_hlc = :bh, base_device = :bd, seq = NULL, pending = :pending"
        ),
        {
            "t": table.t.name,
            "pk": pk,
            "col": col,
            "hlc": version[0],
            "dev": version[1],
            "bh": base[0],
            "bd": base[1],
            "pending": json.dumps(raw),
        },
    )


def _set_field(table: _Table, pk: str, col: str, version: Version, base: Version) -> None:
    table.raw.execute(
        (
            "INSERT INTO team_fields (tbl, pk, col, hlc, device, base_hlc, base_device, seq) "
            "VALUES (:t, :pk, :col, :hlc, :dev, :bh, :bd, NULL) "
            "ON CONFLICT (tbl, pk, col) DO UPDATE SET hlc = :hlc, device = :dev, "
            "base_hlc = :bh, base_device = :bd, seq = NULL, pending = NULL"
        ),
        {
            "t": table.t.name,
            "pk": pk,
            "col": col,
            "hlc": version[0],
            "dev": version[1],
            "bh": base[0],
            "bd": base[1],
        },
    )


def _conflict(
    table: _Table,
    pk: str,
    col: str,
    winner: tuple[object, Version],
    loser: tuple[object, Version],
    *,
    base: Version | None,
    result: Applied,
) -> None:
    """Two concurrent changes of one field: the loser goes to history and both to the list.
    A loser that is this device's own unsent change keeps its local change number, so that it
    is sent all the same (db.team.changeset)."""
    if col in NOT_CONFLICTS or unique.is_renamed(table.t.name, pk, col, loser[0]):
        return  # (a value renamed by db.team.unique that lost: its original is listed)
    c = table.c
    params = {"t": table.t.name, "pk": pk, "col": col, "lh": loser[1][0], "ld": loser[1][1]}
    listed = (
        _raw(c)
        .execute(
            (
                "SELECT 1 FROM team_conflicts WHERE tbl = :t AND pk = :pk AND col = :col "
                "AND loser_hlc = :lh AND loser_device = :ld"
            ),
            params,
        )
        .fetchone()
    )
    if listed is not None:
        return
    unsent = (
        _raw(c)
        .execute(
            (
                "SELECT f.seq FROM team_fields f, team_local l WHERE l.id = 1 AND f.tbl = :t "
                "AND f.pk = :pk AND f.col = :col AND f.device = l.device_id AND f.seq > l.sent_seq"
            ),
            {"t": table.t.name, "pk": pk, "col": col},
        )
        .fetchone()
    )
    unsent = None if unsent is None else unsent[0]
    base = base or NONE
    _raw(c).execute(
        (
            "INSERT INTO team_history (tbl, pk, col, value, hlc, device, base_hlc, base_device, "
            "seq, at) VALUES (:t, :pk, :col, :value, :lh, :ld, :bh, :bd, :seq, "
            "strftime('%Y-%m-%d %H:%M:%f', 'now'))"
        ),
        params
        | {
            "value": json.dumps(encode_value(loser[0])),
            "bh": base[0],
            "bd": base[1],
            "seq": unsent,
        },
    )
    _raw(c).execute(
        (
            "INSERT INTO team_conflicts (tbl, pk, col, winner, winner_hlc, winner_device, loser, "
            "loser_hlc, loser_device, found_at) VALUES (:t, :pk, :col, :winner, :wh, :wd, "
            ":loser, :lh, :ld, strftime('%Y-%m-%d %H:%M:%f', 'now'))"
        ),
        params
        | {
            "winner": json.dumps(encode_value(winner[0])),
            "wh": winner[1][0],
            "wd": winner[1][1],
            "loser": json.dumps(encode_value(loser[0])),
        },
    )
    result.conflicts += 1


def apply(connection: Connection, change_set: ChangeSet) -> Applied:
    """Apply ``change_set`` here. Raises ValueError on a set naming unknown columns."""
    result = Applied()
    tables = synced_tables()
    by_name = {t.name: t for t in change_set.tables}
    for name, t in tables.items():
        changes: TableChanges | None = by_name.get(name)
        if changes is None:
            continue
        table = _Table(connection, t, changes.cols)
        for row in changes.rows:
            _apply_row(table, row, change_set.devices, result)
        for entry in changes.fields:
            _apply_field(table, entry, change_set.devices, result)
    return result


def touched_people(result: Applied) -> Iterable[int]:
    """People whose code, names or phone changed here: their search text is rebuilt."""
    return sorted(result.searched)


def apply_fresh(
    connection: Connection, change_set: ChangeSet, progress: Callable[[int], None] | None = None
) -> Applied:
    """Apply a snapshot to a database that holds nothing of its own yet (a device joining):
    every table is emptied of what its migrations seeded, then filled in bulk."""
    result = Applied()
    tables = synced_tables()
    by_name = {t.name: t for t in change_set.tables}
    devices = change_set.devices
    for name in reversed(list(tables)):
        connection.exec_driver_sql(f"DELETE FROM {name}")
    done = 0
    for name, t in tables.items():
        changes = by_name.get(name)
        if changes is None:
            continue
        table = _Table(connection, t, changes.cols)
        done += _fill(table, changes, devices, result)
        if progress is not None:
            progress(done)
    # The people went in with the search index's triggers set aside, as every other trigger.
    search_index.rebuild(connection)
    # The tables were filled with their triggers set aside: the reach table (db.reach), which
    # those triggers keep, is worked out once from what arrived.
    from db import reach  # db.reach needs the store, which needs this

    reach.refill(connection)
    return result


def _key_parts(t: SyncedTable) -> Callable[[str], list[object]]:
    """A fast reader of a row's key columns from its text key."""
    if t.name == "settings":
        return lambda pk: [pk]
    if len(t.keys) == 1:
        return lambda pk: [int(pk)]

    def two(pk: str) -> list[object]:
        first, _bar, second = pk.partition("|")
        return [int(first), int(second)]

    return two


def _session_copies(c: Connection) -> dict[int, tuple[object, object, object]]:
    """Each session's programme, month and date, which attendance rows carry (migration 0004
    keeps them by trigger; a bulk fill writes them at once)."""
    rows = c.exec_driver_sql("SELECT id, programme_id, substr(date, 1, 7), date FROM sessions")
    return {int(r[0]): (r[1], r[2], r[3]) for r in rows}


def _fill(table: _Table, changes: TableChanges, devices: list[str], result: Applied) -> int:
    """Insert a table's rows in bulk. Its indexes and triggers are set aside meanwhile and put
    back after (building an index once is far quicker than keeping it up row by row)."""
    t = table.t
    names = list(table.local_defaults) + [c.name for c in t.keys] + table.cols
    copies = _session_copies(table.c) if t.name == "attendance" else None
    if copies is not None:
        names += ["programme_id", "month", "date"]
    defaults = list(table.local_defaults.values())
    key_parts = _key_parts(t)
    alive: list[list[object]] = []
    versions: list[tuple[object, ...]] = []
    none = (None, None, None)
    for pk, state, hlc, dev, raw in changes.rows:
        if hlc or state != "alive":
            result.max_hlc = max(result.max_hlc, int(hlc))
            versions.append((t.name, str(pk), str(state), int(hlc), devices[int(dev)]))
        if state != "alive":
            continue
        key = key_parts(str(pk))
        # (Plain values go as they are; only a blob, {"b64": ...}, needs decoding.)
        row = defaults + key + [decode_value(v) if type(v) is dict else v for v in raw]
        if copies is not None:
            row.extend(copies.get(key[0], none))  # type: ignore[call-overload]
        alive.append(row)
    insert = f"INSERT INTO {t.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    fields = [
        (t.name, str(pk), str(col), int(hlc), devices[int(dev)], int(bh), devices[int(bd)])
        for pk, col, _value, hlc, dev, bh, bd in changes.fields
    ]
    with _set_aside(table.c, t.name):
        cursor = table.c.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.executemany(insert, alive)
        cursor.executemany(
            "INSERT INTO team_rows (tbl, pk, state, hlc, device, seq) VALUES (?, ?, ?, ?, ?, NULL)",
            versions,
        )
        cursor.executemany(
            "INSERT INTO team_fields (tbl, pk, col, hlc, device, base_hlc, base_device, seq, "
            "pending) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
            fields,
        )
        cursor.close()
    result.received += len(alive)
    return len(changes.rows)


@contextlib.contextmanager
def _set_aside(c: Connection, table: str) -> Iterator[None]:
    """Drop ``table``'s own indexes and triggers, and create them again afterwards (in the same
    transaction: a failure leaves them as they were)."""
    found = list(
        c.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL",
            (table,),
        )
    )
    for kind, name, _sql in found:
        c.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    yield
    for kind in ("index", "trigger"):
        for found_kind, _name, sql in found:
            if found_kind == kind:
                c.exec_driver_sql(sql)
