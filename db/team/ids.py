"""Row ids and person codes that never collide between the laptops of one team.

Each device of a team has a number (0 for the laptop that created the team, 1, 2, ... for the
ones that joined). It gives new rows ids from its own range, ``[n << 40, (n + 1) << 40)``
(device 0: ``[1, 1 << 40)``, where every id of a database from before team sync already is),
and new people codes from its own series: device 0 keeps ``CSO-000123``, device n writes a
letter before the number (``CSO-B00001``). Existing ids and codes never change.

A database that is not part of a team gives ids as SQLite always did.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Mapper

from db.models import Base
from db.team.tables import synced_tables

RANGE_BITS = 40
# Letters of the device series: no I or O (read as 1 and 0), device n takes SERIES[n - 1].
SERIES = "BCDEFGHJKLMNPQRSTUVWXYZ"
MAX_DEVICES = len(SERIES) + 1


def id_range(device_no: int) -> tuple[int, int]:
    """The first and last row id device ``device_no`` gives."""
    low = max(device_no << RANGE_BITS, 1)
    return low, ((device_no + 1) << RANGE_BITS) - 1


def code_prefix(device_no: int) -> str:
    return "" if device_no == 0 else SERIES[device_no - 1]


def _team_range(connection: Connection) -> tuple[int, int] | None:
    row = connection.execute(text("SELECT id_lo, id_hi FROM team_local WHERE id = 1")).first()
    return None if row is None else (int(row[0]), int(row[1]))


def next_id_range(connection: Connection) -> tuple[int, int] | None:
    """This device's range of row ids (None on a database outside a team)."""
    return _team_range(connection)


def next_id(connection: Connection, table: str) -> int | None:
    """The next id this device gives in ``table`` (None on a database outside a team)."""
    team = _team_range(connection)
    if team is None:
        return None
    low, high = team
    connection.execute(
        text(
            f"INSERT INTO team_ids (tbl, next) SELECT :t, coalesce(max(id), :low - 1) + 1 "
            f"FROM {table} WHERE id BETWEEN :low AND :high ON CONFLICT (tbl) DO NOTHING"
        ),
        {"t": table, "low": low, "high": high},
    )
    value = connection.execute(
        text("UPDATE team_ids SET next = next + 1 WHERE tbl = :t RETURNING next - 1"),
        {"t": table},
    ).scalar_one()
    return int(value)


def _allocate(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    table = mapper.local_table.name  # type: ignore[attr-defined]
    synced = synced_tables().get(table)
    if synced is None or not synced.integer_id or getattr(target, "id", None) is not None:
        return
    value = next_id(connection, table)
    if value is not None:
        target.id = value


event.listen(Base, "before_insert", _allocate, propagate=True)


def next_person_code(connection: Connection, cso_code: str) -> str | None:
    """The next code of this device's series, counted up; None outside a team or on the first
    device (which keeps counting in ``cso_profile.next_person_number``)."""
    row = connection.execute(
        text("SELECT code_prefix, next_code FROM team_local WHERE id = 1")
    ).first()
    if row is None or not row[0]:
        return None
    connection.execute(text("UPDATE team_local SET next_code = next_code + 1 WHERE id = 1"))
    return f"{cso_code}-{row[0]}{int(row[1]):05d}"


def reserve_ids(connection: Connection, table: str, count: int) -> int | None:
    """The first of ``count`` consecutive ids reserved in ``table`` for a bulk insert (None
    outside a team: the caller counts from the table's highest id, as before)."""
    first = next_id(connection, table)
    if first is not None:
        skip(connection, table, count - 1)
    return first


def skip(connection: Connection, table: str, count: int) -> None:
    """Count ``count`` more ids of ``table`` as given (after :func:`next_id` gave the first of a
    bulk insert); nothing outside a team."""
    if count > 0:
        connection.execute(
            text("UPDATE team_ids SET next = next + :n WHERE tbl = :t"), {"n": count, "t": table}
        )


def reserve_codes(connection: Connection, cso_code: str, count: int) -> list[str] | None:
    """``count`` codes of this device's series (None outside a team or on the first device)."""
    row = connection.execute(
        text("SELECT code_prefix, next_code FROM team_local WHERE id = 1")
    ).first()
    if row is None or not row[0]:
        return None
    connection.execute(
        text("UPDATE team_local SET next_code = next_code + :n WHERE id = 1"), {"n": count}
    )
    return [f"{cso_code}-{row[0]}{int(row[1]) + i:05d}" for i in range(count)]
