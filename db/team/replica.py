"""This database as one replica of its team: what it sends, what it applies.

No files and no keys here (db.team.sync carries change sets through the team folder, sealed):
:func:`outgoing` reads the changes made here since the last segment, :func:`incoming` applies
another device's change set in the caller's transaction, all of it or none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, text

from db.beneficiaries import search_text_for
from db.team import capture
from db.team.apply import Applied, apply, touched_people
from db.team.changeset import ChangeSet, local_changes, snapshot
from db.team.ids import code_prefix, id_range
from db.team.tables import synced_tables


@dataclass(frozen=True)
class Identity:
    """Who this device is in its team."""

    team_id: str
    device_id: str
    device_no: int
    name: str
    sign_private: bytes
    kx_private: bytes


class WaitingFor(Exception):
    """A change set needs changes of another device that are not applied here yet."""

    def __init__(self, device_id: str, seq: int) -> None:
        super().__init__(device_id, seq)
        self.device_id = device_id
        self.seq = seq


def enable(connection: Connection, identity: Identity) -> None:
    """Make this database a device of a team: the capture triggers start recording."""
    low, high = id_range(identity.device_no)
    connection.execute(
        text(
            "INSERT INTO team_local (id, team_id, device_id, device_no, device_name, "
            "sign_private, kx_private, capture, erasing, hlc, seq, sent_seq, next_segment, "
            "id_lo, id_hi, code_prefix, next_code, folder, snapshot_through) VALUES (1, :team, "
            ":device, :no, :name, :sp, :kp, 1, 0, 0, 0, 0, 1, :low, :high, :prefix, 1, '', 0)"
        ),
        {
            "team": identity.team_id,
            "device": identity.device_id,
            "no": identity.device_no,
            "name": identity.name,
            "sp": identity.sign_private,
            "kp": identity.kx_private,
            "low": low,
            "high": high,
            "prefix": code_prefix(identity.device_no),
        },
    )
    capture.install(connection)


def identity(connection: Connection) -> Identity | None:
    row = connection.execute(
        text(
            "SELECT team_id, device_id, device_no, device_name, sign_private, kx_private "
            "FROM team_local WHERE id = 1"
        )
    ).first()
    if row is None:
        return None
    return Identity(
        str(row[0]), str(row[1]), int(row[2]), str(row[3]), bytes(row[4]), bytes(row[5])
    )


def applied(connection: Connection) -> dict[str, int]:
    """Segments applied here, per other device."""
    rows = connection.execute(text("SELECT device_id, applied_seq FROM team_peers"))
    return {str(d): int(n) for d, n in rows}


def outgoing(connection: Connection) -> tuple[ChangeSet, int]:
    """This device's unsent changes and the local change number they reach."""
    me, since, upto = connection.execute(
        text("SELECT device_id, sent_seq, seq FROM team_local WHERE id = 1")
    ).one()
    change_set = local_changes(connection, str(me), int(since))
    change_set.deps = applied(connection)
    return change_set, int(upto)


def mark_sent(connection: Connection, upto: int, segment: int) -> None:
    connection.execute(
        text(
            "UPDATE team_local SET sent_seq = max(sent_seq, :upto), "
            "next_segment = max(next_segment, :next) WHERE id = 1"
        ),
        {"upto": upto, "next": segment + 1},
    )


def full_state(connection: Connection) -> ChangeSet:
    """Everything here, for a device that joins; ``deps`` says which segments it covers."""
    change_set = snapshot(connection)
    me, next_segment = connection.execute(
        text("SELECT device_id, next_segment FROM team_local WHERE id = 1")
    ).one()
    change_set.deps = applied(connection) | {str(me): int(next_segment) - 1}
    return change_set


def missing(connection: Connection, deps: Mapping[str, int]) -> tuple[str, int] | None:
    """The first (device, segment) ``deps`` needs that is not applied here, if any."""
    me = connection.execute(text("SELECT device_id FROM team_local WHERE id = 1")).scalar()
    done = applied(connection)
    for device, seq in sorted(deps.items()):
        if device != me and done.get(device, 0) < int(seq):
            return device, done.get(device, 0) + 1
    return None


def incoming(connection: Connection, sender: str, seq: int, change_set: ChangeSet) -> Applied:
    """Apply segment ``seq`` of device ``sender`` (a snapshot: ``seq`` 0) in the caller's
    transaction. Raises :class:`WaitingFor` when it needs changes not applied here yet."""
    if seq and applied(connection).get(sender, 0) >= seq:
        return Applied()  # a copy of a segment applied already
    # (A snapshot stands in for its writer's own segments: those are not needed first.)
    needs = {d: n for d, n in change_set.deps.items() if seq or d != sender}
    gap = missing(connection, needs)
    if gap is not None:
        raise WaitingFor(*gap)
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    connection.execute(text("UPDATE team_local SET capture = 0 WHERE id = 1"))
    result = apply(connection, change_set)
    rebuild_search_text(connection, touched_people(result))
    connection.execute(text("UPDATE team_local SET capture = 1 WHERE id = 1"))
    _fix_references(connection, result.referring, result.deleted)
    connection.execute(
        text("UPDATE team_local SET hlc = max(hlc, :hlc) WHERE id = 1"), {"hlc": result.max_hlc}
    )
    if seq == 0:  # a snapshot: it covers what its writer had applied
        for device, upto in change_set.deps.items():
            applied_upto(connection, device, int(upto))
    else:
        applied_upto(connection, sender, seq)
        _acked(connection, sender, change_set)
    return result


def _acked(connection: Connection, sender: str, change_set: ChangeSet) -> None:
    """What ``sender`` had applied of this device's segments when it wrote this one."""
    me = connection.execute(text("SELECT device_id FROM team_local WHERE id = 1")).scalar()
    connection.execute(
        text("UPDATE team_peers SET acked = max(acked, :n) WHERE device_id = :d"),
        {"n": int(change_set.deps.get(str(me), 0)), "d": sender},
    )


def applied_upto(connection: Connection, device: str, seq: int) -> None:
    me = connection.execute(text("SELECT device_id FROM team_local WHERE id = 1")).scalar()
    if device == me:
        connection.execute(
            text("UPDATE team_local SET next_segment = max(next_segment, :n) WHERE id = 1"),
            {"n": seq + 1},
        )
        return
    connection.execute(
        text(
            "INSERT INTO team_peers (device_id, applied_seq, acked, snapshot_seen, last_seen_at) "
            "VALUES (:d, :s, 0, 0, strftime('%Y-%m-%d %H:%M:%f', 'now')) "
            "ON CONFLICT (device_id) DO UPDATE SET "
            "applied_seq = max(applied_seq, :s), last_seen_at = excluded.last_seen_at"
        ),
        {"d": device, "s": seq},
    )


def rebuild_search_text(connection: Connection, people: Iterable[int]) -> None:
    raw = connection.connection.driver_connection
    assert raw is not None
    for person in people:
        row = raw.execute(
            "SELECT code, name_latin, name_script, phone FROM beneficiaries WHERE id = ?",
            (person,),
        ).fetchone()
        if row is not None:
            raw.execute(
                "UPDATE beneficiaries SET search_text = ? WHERE id = ?",
                (search_text_for(*row), person),
            )


def _fix_references(
    connection: Connection, referring: Mapping[str, set[str]], deleted: Mapping[str, set[str]]
) -> None:
    """A row that lost what it refers to (another device deleted it meanwhile): a reference
    that may be empty is emptied, any other row is deleted. Recorded as this device's own
    changes; every device that finds the same does the same, so they agree. Only the rows that
    arrived, and the rows referring to rows that went, are looked at (by their indexes)."""
    raw = connection.connection.driver_connection
    assert raw is not None
    broken: set[tuple[str, int, str]] = set()  # (table, rowid, column)
    for name, t in synced_tables().items():
        for fk in t.table.foreign_keys:
            column, parent, target = fk.parent.name, fk.column.table.name, fk.column.name
            for pk in referring.get(name, ()):
                row = raw.execute(
                    f"SELECT rowid, {column} FROM {name} WHERE {t.join_sql(name, ':pk')}",
                    {"pk": pk},
                ).fetchone()
                if row is None or row[1] is None:
                    continue
                if (
                    raw.execute(f"SELECT 1 FROM {parent} WHERE {target} = ?", (row[1],)).fetchone()
                    is None
                ):
                    broken.add((name, int(row[0]), column))
            for gone in deleted.get(parent, ()):
                for (rowid,) in raw.execute(
                    f"SELECT rowid FROM {name} WHERE {column} = ?", (int(gone),)
                ).fetchall():
                    broken.add((name, int(rowid), column))
    nullable = {
        (n, c.name): c.nullable for n, t in synced_tables().items() for c in t.table.columns
    }
    for name, rowid, column in sorted(broken):
        if nullable.get((name, column)):
            connection.exec_driver_sql(
                f"UPDATE {name} SET {column} = NULL WHERE rowid = ?", (rowid,)
            )
        else:
            connection.exec_driver_sql(f"DELETE FROM {name} WHERE rowid = ?", (rowid,))
