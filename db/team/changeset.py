"""What one device sends the others: its changes since the last segment, or a full snapshot.

A change set is plain data (JSON once sealed)::

    {"v": 1, "devices": [device ids], "deps": {device id: segments applied},
     "tables": [{"t": table, "cols": [value columns],
                 "rows": [[key, state, hlc, device#, [values] | null], ...],
                 "fields": [[key, column, value, hlc, device#, base hlc, base device#], ...]}]}

``device#`` indexes ``devices`` (which may hold "" for the version of a row from before team
sync). Values are SQLite's own (text dates, 0/1), so every device stores exactly the same
bytes; a blob is ``{"b64": ...}``. ``deps`` is what the sender had applied from each device: a
receiver applies the set only once it has applied as much, so a change never arrives before
the row it refers to.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from db.team.tables import SNAPSHOT_EXTRA, SyncedTable, synced_tables

FORMAT = 1


def encode_value(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode_value(value: object) -> object:
    if isinstance(value, dict):
        return base64.b64decode(str(value["b64"]))
    return value


@dataclass
class TableChanges:
    name: str
    cols: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    fields: list[list[Any]] = field(default_factory=list)


@dataclass
class ChangeSet:
    devices: list[str] = field(default_factory=list)
    deps: dict[str, int] = field(default_factory=dict)
    tables: list[TableChanges] = field(default_factory=list)
    _index: dict[str, int] = field(default_factory=dict, repr=False)

    def device(self, device_id: str) -> int:
        """The index of ``device_id`` in ``devices`` (added when new)."""
        found = self._index.get(device_id)
        if found is None:
            found = self._index[device_id] = len(self.devices)
            self.devices.append(device_id)
        return found

    @property
    def size(self) -> int:
        """How many row versions and field versions it holds."""
        return sum(len(t.rows) + len(t.fields) for t in self.tables)

    def to_bytes(self) -> bytes:
        doc = {
            "v": FORMAT,
            "devices": self.devices,
            "deps": self.deps,
            "tables": [
                {"t": t.name, "cols": t.cols, "rows": t.rows, "fields": t.fields}
                for t in self.tables
                if t.rows or t.fields
            ],
        }
        return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> ChangeSet:
        """Raises ValueError when ``data`` is not a change set this version can read."""
        doc = json.loads(data)
        if not isinstance(doc, dict) or doc.get("v") != FORMAT:
            raise ValueError("not a change set")
        known = synced_tables()
        change_set = cls(devices=[str(d) for d in doc["devices"]], deps=dict(doc["deps"]))
        for t in doc["tables"]:
            name = str(t["t"])
            if name not in known:
                raise ValueError(f"unknown table {name}")
            change_set.tables.append(TableChanges(name, list(t["cols"]), t["rows"], t["fields"]))
        return change_set


def _values(t: SyncedTable, row: Any, offset: int) -> list[object]:
    return [encode_value(v) for v in row[offset:]]


def _cols_sql(t: SyncedTable, alias: str) -> str:
    return ", ".join(f"{alias}.{c.name}" for c in t.value_columns) or "NULL"


def _local_rows(
    connection: Connection, t: SyncedTable, me: str, since: int
) -> Iterator[tuple[Any, ...]]:
    sql = (
        f"SELECT r.pk, r.state, r.hlc, t.rowid IS NOT NULL, {_cols_sql(t, 't')} "
        f"FROM team_rows r LEFT JOIN {t.name} t ON {t.join_sql('t', 'r.pk')} "
        "WHERE r.tbl = :t AND r.device = :me AND r.seq > :since ORDER BY r.seq"
    )
    for row in connection.execute(text(sql), {"t": t.name, "me": me, "since": since}):
        yield tuple(row)


def _local_fields(
    connection: Connection, t: SyncedTable, me: str, since: int
) -> Iterator[tuple[Any, ...]]:
    sql = (
        "SELECT f.pk, f.col, f.hlc, f.base_hlc, f.base_device, f.pending, "
        f"t.rowid IS NOT NULL, {_cols_sql(t, 't')} "
        f"FROM team_fields f LEFT JOIN {t.name} t ON {t.join_sql('t', 'f.pk')} "
        "WHERE f.tbl = :t AND f.device = :me AND f.seq > :since ORDER BY f.seq"
    )
    for row in connection.execute(text(sql), {"t": t.name, "me": me, "since": since}):
        yield tuple(row)


def local_changes(connection: Connection, me: str, since: int) -> ChangeSet:
    """This device's changes recorded after local change number ``since``."""
    change_set = ChangeSet()
    mine = change_set.device(me)
    for t in synced_tables().values():
        cols = [c.name for c in t.value_columns]
        out = TableChanges(t.name, cols)
        for pk, state, hlc, present, *values in _local_rows(connection, t, me, since):
            if state == "alive" and not present:
                continue  # deleted again by a later change, which has its own version
            row_values = (
                [encode_value(v) for v in values[: len(cols)]] if state == "alive" else None
            )
            out.rows.append([pk, state, hlc, mine, row_values])
        for pk, col, hlc, base_hlc, base_device, pending, present, *values in _local_fields(
            connection, t, me, since
        ):
            if present:
                value = encode_value(values[cols.index(col)])
            elif pending is not None:
                value = json.loads(pending)
            else:
                continue
            base = change_set.device(base_device)
            out.fields.append([pk, col, value, hlc, mine, base_hlc, base])
        _lost_changes(connection, t, me, since, change_set, out)
        change_set.tables.append(out)
    return change_set


def _lost_changes(
    connection: Connection,
    t: SyncedTable,
    me: str,
    since: int,
    change_set: ChangeSet,
    out: TableChanges,
) -> None:
    """This device's own changes that lost to another device's before they were sent: sent
    all the same, so that every device lists the conflict and keeps the value."""
    rows = connection.execute(
        text(
            "SELECT pk, col, value, hlc, base_hlc, base_device FROM team_history "
            "WHERE tbl = :t AND device = :me AND seq > :since ORDER BY seq"
        ),
        {"t": t.name, "me": me, "since": since},
    )
    mine = change_set.device(me)
    for pk, col, value, hlc, base_hlc, base_device in rows:
        base = change_set.device(base_device)
        out.fields.append([pk, col, json.loads(value), hlc, mine, base_hlc, base])


def snapshot(connection: Connection) -> ChangeSet:
    """Every synced row and field version of this database: a new device starts from it."""
    change_set = ChangeSet()
    for t in synced_tables().values():
        cols = [c.name for c in t.value_columns] + list(SNAPSHOT_EXTRA.get(t.name, ()))
        out = TableChanges(t.name, cols)
        key = t.key_sql("t")
        selected = ", ".join(f"t.{c}" for c in cols) or "NULL"
        rows = connection.execute(
            text(
                f"SELECT {key}, r.hlc, r.device, {selected} FROM {t.name} t "
                f"LEFT JOIN team_rows r ON r.tbl = :t AND r.pk = {key}"
            ),
            {"t": t.name},
        )
        for pk, hlc, device, *values in rows:
            dev = change_set.device(device or "")
            row = [encode_value(v) for v in values[: len(cols)]]  # (no columns: one NULL)
            out.rows.append([pk, "alive", hlc or 0, dev, row])
        gone = connection.execute(
            text(
                "SELECT pk, state, hlc, device FROM team_rows WHERE tbl = :t AND state != 'alive'"
            ),
            {"t": t.name},
        )
        for pk, state, hlc, device in gone:
            out.rows.append([pk, state, hlc, change_set.device(device), None])
        _snapshot_fields(connection, t, change_set, out)
        change_set.tables.append(out)
    return change_set


def _snapshot_fields(
    connection: Connection, t: SyncedTable, change_set: ChangeSet, out: TableChanges
) -> None:
    sql = (
        "SELECT f.pk, f.col, f.hlc, f.device, f.base_hlc, f.base_device, f.pending, "
        f"t.rowid IS NOT NULL, {_cols_sql(t, 't')} "
        f"FROM team_fields f LEFT JOIN {t.name} t ON {t.join_sql('t', 'f.pk')} WHERE f.tbl = :t"
    )
    for (
        pk,
        col,
        hlc,
        device,
        base_hlc,
        base_device,
        pending,
        present,
        *values,
    ) in connection.execute(text(sql), {"t": t.name}):
        if present:
            value = encode_value(values[out.cols.index(col)])
        elif pending is not None:
            value = json.loads(pending)
        else:
            continue
        out.fields.append(
            [
                pk,
                col,
                value,
                hlc,
                change_set.device(device),
                base_hlc,
                change_set.device(base_device),
            ]
        )
