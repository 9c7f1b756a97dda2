"""Values two rows may not share (a user name, a programme's code, ...) given to two rows by
two laptops between syncs.

Apply (db.team.apply) asks :func:`make_room` before it writes a row's values. For each such
column whose new value another row holds here, the value whose version (clock, device) is the
greater keeps it, and the other row's value gets a suffix made from a short hash of its key
("mya" becomes "mya-3f2a"): the same on every device, whatever the order its changes arrive
in. The renaming is written as this device's own change, sent like any edit, so that every
device ends with the same value even where the two never met; and it is listed as a conflict
with the value it had kept in the record's history, until a person renames the record.

The renaming change's version is just above the two versions it decides between: any edit a
person makes later wins over it, and every device that meets the collision writes the same
value. The check is one indexed SELECT per unique value written, for the tables that have such
columns only (no savepoint per row).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import String, UniqueConstraint, text

from db.team import apply
from db.team.tables import synced_tables

if TYPE_CHECKING:
    from db.team.apply import Applied, _Table

Version = tuple[int, str]

# Longest value of a column where its type allows more than its use (user names: db.setup).
_LIMITS = {("users", "username"): 32}


@cache
def unique_columns(name: str) -> tuple[str, ...]:
    """The synced columns of table ``name`` that no two rows may share."""
    t = synced_tables()[name]
    synced = {c.name for c in t.value_columns}
    found = {c.name for c in t.table.columns if c.unique and c.name in synced}
    for constraint in t.table.constraints:
        if isinstance(constraint, UniqueConstraint) and len(constraint.columns) == 1:
            found.update(c.name for c in constraint.columns if c.name in synced)
    for index in t.table.indexes:
        if index.unique and len(index.columns) == 1:
            found.update(c.name for c in index.columns if c.name in synced)
    return tuple(sorted(found))


def suffix(table: str, pk: str) -> str:
    """Four characters of a hash of the row's key: the same on every device."""
    return hashlib.sha256(f"{table}|{pk}".encode()).hexdigest()[:4]


def is_renamed(table: str, pk: str, col: str, value: object) -> bool:
    """True when ``value`` is what :func:`make_room` makes of a value of this row."""
    if col not in unique_columns(table) or not isinstance(value, str):
        return False
    return re.search(rf"-{suffix(table, pk)}\d*$", value) is not None


@dataclass(frozen=True)
class Lost:
    """A value that arrived for a row and lost its column to another row: the row got it
    renamed; the renaming is recorded once the row's own versions are written."""

    col: str
    value: object
    version: Version
    base: Version | None
    floor: Version


def make_room(
    table: _Table,
    pk: str,
    values: dict[str, object],
    version: Version,
    result: Applied,
    *,
    base: Version | None = None,
    pending: bool = False,
) -> tuple[dict[str, object], list[Lost]]:
    """``values`` of row ``pk`` (at ``version``; with ``pending``, fields that waited for
    their row have their own) as they may be written here. A row here that loses its value
    is renamed now; where the arriving value loses, the values returned hold it renamed, and
    :func:`record` must follow once the row's versions are written."""
    cols = unique_columns(table.t.name)
    if not cols:
        return values, []
    out = values
    lost: list[Lost] = []
    for col in cols:
        value = values.get(col)
        if value is None:
            continue
        other = _holder(table, col, value, pk)
        if other is None:
            continue
        mine = _pending_version(table, pk, col, version) if pending else version
        theirs, their_base = _version_of(table, other, col)
        floor = max(mine, theirs)
        if (mine, pk) > (theirs, other):
            _rename(table, other, col, value, (theirs, their_base), floor, result)
        else:
            out = out | {col: _free_value(table, col, value, pk)}
            lost.append(Lost(col, value, mine, base, floor))
    return out, lost


def record(table: _Table, pk: str, lost: list[Lost], result: Applied) -> None:
    """The renamings of row ``pk`` that :func:`make_room` returned, as this device's own
    changes, listed as conflicts."""
    for item in lost:
        renamed = table.value(pk, item.col)
        own = _own_change(table, pk, item.col, item.floor)
        apply._conflict(
            table,
            pk,
            item.col,
            (renamed, own),
            (item.value, item.version),
            base=item.base,
            result=result,
        )
        result.touch(table.t.name, pk)


def noticed(
    table: _Table,
    pk: str,
    col: str,
    incoming: tuple[object, Version],
    here: tuple[object, Version],
    base: Version | None,
    result: Applied,
) -> None:
    """A newer value of a unique column arrives for a row whose value is ``here``: another
    device's renaming of it is listed here too, and the same renaming made by two devices
    stays one conflict (its winning version follows the newest, so it is not taken for a
    change made since)."""
    if col not in unique_columns(table.t.name):
        return
    value, version = incoming
    current = here[0]
    if value == current:
        table.c.execute(
            text(
                "UPDATE team_conflicts SET winner_hlc = :h, winner_device = :d "
                "WHERE tbl = :t AND pk = :pk AND col = :col AND settled_at IS NULL "
                "AND winner = :w AND (winner_hlc < :h OR (winner_hlc = :h AND winner_device < :d))"
            ),
            {
                "t": table.t.name,
                "pk": pk,
                "col": col,
                "w": json.dumps(value),
                "h": version[0],
                "d": version[1],
            },
        )
    elif is_renamed(table.t.name, pk, col, value) and not is_renamed(
        table.t.name, pk, col, current
    ):
        apply._conflict(table, pk, col, incoming, here, base=base, result=result)


def _holder(table: _Table, col: str, value: object, pk: str) -> str | None:
    """The key of another row here holding ``value`` in ``col`` (the column's unique index)."""
    t = table.t
    found = table.c.execute(
        text(
            f"SELECT {t.key_sql(t.name)} FROM {t.name} WHERE {col} = :v "
            f"AND NOT ({t.join_sql(t.name, ':pk')}) LIMIT 1"
        ),
        {"v": value, "pk": pk},
    ).scalar()
    return None if found is None else str(found)


def _pending_version(table: _Table, pk: str, col: str, version: Version) -> Version:
    """The version of a field that waited for its row, when newer than the row's."""
    found = table.c.execute(
        text(
            "SELECT hlc, device FROM team_fields WHERE tbl = :t AND pk = :pk AND col = :col "
            "AND pending IS NOT NULL"
        ),
        {"t": table.t.name, "pk": pk, "col": col},
    ).first()
    if found is None:
        return version
    return max(version, (int(found[0]), str(found[1])))


def _version_of(table: _Table, pk: str, col: str) -> tuple[Version, Version | None]:
    """(version, base) of the value a row here holds in ``col``."""
    changed = table.field_version(pk, col)
    if changed is not None:
        return changed
    row = table.row_version(pk)
    return (row[1] if row is not None else apply.NONE), None


def _free_value(table: _Table, col: str, value: object, pk: str) -> str:
    """``value`` with this row's suffix, cut to fit its column (and a number after the
    suffix in the unlikely case that another row holds that too)."""
    column = table.t.table.columns[col]
    limit = _LIMITS.get((table.t.name, col))
    if limit is None:
        length = column.type.length if isinstance(column.type, String) else None
        limit = length or 200
    mark = suffix(table.t.name, pk)
    n = 1
    while True:
        tail = f"-{mark}" if n == 1 else f"-{mark}{n}"
        candidate = str(value)[: limit - len(tail)] + tail
        if _holder(table, col, candidate, pk) is None:
            return candidate
        n += 1


def _rename(
    table: _Table,
    pk: str,
    col: str,
    value: object,
    had: tuple[Version, Version | None],
    floor: Version,
    result: Applied,
) -> None:
    """Row ``pk`` here loses ``value``: renamed, as this device's own change, and listed."""
    renamed = _free_value(table, col, value, pk)
    table.update(pk, {col: renamed})
    own = _own_change(table, pk, col, floor)
    apply._conflict(table, pk, col, (renamed, own), (value, had[0]), base=had[1], result=result)
    result.touch(table.t.name, pk)


def _own_change(table: _Table, pk: str, col: str, floor: Version) -> Version:
    """Record a change of field ``col`` of row ``pk`` made here, as the capture triggers do
    (db.team.capture), at the version just above ``floor``; it is sent with the next segment."""
    c = table.c
    me, seq, sent = c.execute(
        text("SELECT device_id, seq, sent_seq FROM team_local WHERE id = 1")
    ).one()
    version: Version = (floor[0] + 1, str(me))
    seq = int(seq) + 1
    c.execute(
        text("UPDATE team_local SET hlc = max(hlc, :h), seq = :seq WHERE id = 1"),
        {"h": version[0], "seq": seq},
    )
    existing = c.execute(
        text(
            "SELECT hlc, device, base_hlc, base_device, seq FROM team_fields "
            "WHERE tbl = :t AND pk = :pk AND col = :col AND pending IS NULL"
        ),
        {"t": table.t.name, "pk": pk, "col": col},
    ).first()
    base: Version
    if existing is None:
        row = table.row_version(pk)
        base = row[1] if row is not None else apply.NONE
    elif str(existing[1]) == version[1] and existing[4] is not None and existing[4] > sent:
        base = (int(existing[2]), str(existing[3]))  # an unsent change here keeps its base
    else:
        base = (int(existing[0]), str(existing[1]))
    c.execute(
        text(
            "INSERT INTO team_fields (tbl, pk, col, hlc, device, base_hlc, base_device, seq) "
            "VALUES (:t, :pk, :col, :h, :d, :bh, :bd, :seq) ON CONFLICT (tbl, pk, col) DO UPDATE "
            "SET hlc = :h, device = :d, base_hlc = :bh, base_device = :bd, seq = :seq, "
            "pending = NULL"
        ),
        {
            "t": table.t.name,
            "pk": pk,
            "col": col,
            "h": version[0],
            "d": version[1],
            "bh": base[0],
            "bd": base[1],
            "seq": seq,
        },
    )
    return version
