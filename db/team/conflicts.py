"""The "Sync conflicts" list: two laptops changed one field of one record between syncs.

Every device already holds the same value (the later change wins, db.team.apply); the value
that lost is in the record's history and on this list until a person settles it here:
:func:`keep` leaves the record as it is, :func:`take_other` writes the other value into the
record as an ordinary change, which syncs to every laptop like any edit.

A row of the list names its record only as the user may see it: a person (or a row about a
person) by the person's code, never by name; conflicts in records the user's role does not
show are not listed at all, and values the role may not read (MHPSS notes) or nobody reads
(password hashes, keys) are left out.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, text

from db import access
from db.errors import RecordNotFound, ValidationFailed
from db.permissions import Permission
from db.store import Store
from db.team import capture, replica, unique
from db.team.tables import synced_tables

# Which permission shows a table's records (and lets a person settle their conflicts).
SEE: Mapping[str, Permission] = {
    "beneficiaries": Permission.PEOPLE_EDIT,
    "project_participants": Permission.PLANS,
    "sessions": Permission.SESSIONS_LOG,
    "attendance": Permission.SESSIONS_LOG,
    "assessments": Permission.ASSESSMENTS,
    "referrals": Permission.REFERRALS,
    "projects": Permission.PLANS,
    "session_plans": Permission.PLANS,
    "plan_steps": Permission.PLANS,
    "services": Permission.NETWORK,
    "users": Permission.USERS_MANAGE,
    "settings": Permission.SETTINGS,
    "cso_profile": Permission.SETTINGS,
    "programmes": Permission.SETTINGS,
    "instruments": Permission.SETTINGS,
    "audit_events": Permission.AUDIT_VIEW,
    "month_closures": Permission.SETTINGS,
    "closed_months": Permission.SETTINGS,
    "reach_ledger": Permission.SETTINGS,
    "reach_marks": Permission.SETTINGS,
}

# Values nobody reads on a list, and values only some roles read.
SECRET_FIELDS = frozenset({("users", "password_hash"), ("cso_profile", "signing_key")})
RESTRICTED_FIELDS: Mapping[tuple[str, str], Permission] = {
    ("sessions", "mhpss_notes"): Permission.MHPSS_NOTES,
}

# Columns whose change must refresh a person's search text.
_SEARCHED = frozenset({"code", "name_latin", "name_script", "phone"})


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    kind: str  # the table: "beneficiaries", "sessions", ...
    record: str  # how the user may name the record: a person's code, a session's date, ...
    field: str  # the column
    kept: object  # the value the record holds (the later change)
    other: object  # the value that lost
    hidden: bool  # True when the values may not be shown to this user (both are None then)
    found_at: dt.datetime | None


# A conflict whose field was changed again since, by a change newer than both sides (someone
# took the other value on another laptop, or set a new value): that change settled it.
_CHANGED_SINCE = (
    "EXISTS (SELECT 1 FROM team_fields f WHERE f.tbl = k.tbl AND f.pk = k.pk AND f.col = k.col "
    "AND f.pending IS NULL "
    "AND (f.hlc > k.winner_hlc OR (f.hlc = k.winner_hlc AND f.device > k.winner_device)) "
    "AND (f.hlc > k.loser_hlc OR (f.hlc = k.loser_hlc AND f.device > k.loser_device)))"
)


def settle_outdated(store: Store) -> int:
    """Settle the conflicts whose field was changed again since (see ``_CHANGED_SINCE``), e.g.
    after a sync brought the value another laptop chose. Returns how many."""
    with store.write() as session:
        c = session.connection()
        if not _has_team_tables(c):
            return 0
        return int(
            c.execute(
                text(
                    "UPDATE team_conflicts AS k SET settled_at = "
                    f"strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE settled_at IS NULL AND "
                    f"{_CHANGED_SINCE}"
                )
            ).rowcount
        )


def _label(c: Connection, tbl: str, pk: str) -> str:
    """The record as the user may see it: never a person's name."""
    t = synced_tables()[tbl]
    keys = t.key_values(pk)
    where = t.join_sql(tbl, ":pk")

    def one(sql: str) -> object:
        return c.execute(text(f"SELECT {sql} FROM {tbl} WHERE {where}"), {"pk": pk}).scalar()

    if tbl == "beneficiaries":
        found = one("code")
    elif "beneficiary_id" in keys or tbl in ("assessments", "referrals"):
        person = keys.get("beneficiary_id") or one("beneficiary_id")
        found = c.execute(
            text("SELECT code FROM beneficiaries WHERE id = :p"), {"p": person}
        ).scalar()
    elif tbl == "sessions":
        found = one("date")
    elif tbl in ("projects", "session_plans", "plan_steps"):
        found = one("title")
    elif tbl in ("services", "programmes", "instruments", "cso_profile"):
        found = one("name")
    elif tbl == "users":
        found = one("username")
    elif tbl == "settings":
        found = pk
    else:
        found = None
    return str(found) if found not in (None, "") else f"#{pk}"


def _person_of(c: Connection, tbl: str, pk: str) -> int | None:
    """The person a record is about (a person's own record, or a row about one), if any."""
    t = synced_tables()[tbl]
    keys = t.key_values(pk)
    where = t.join_sql(tbl, ":pk")
    if tbl == "beneficiaries":
        column = "id"
    elif "beneficiary_id" in keys or tbl in ("assessments", "referrals"):
        if keys.get("beneficiary_id") is not None:
            return int(str(keys["beneficiary_id"]))
        column = "beneficiary_id"
    else:
        return None
    found = c.execute(text(f"SELECT {column} FROM {tbl} WHERE {where}"), {"pk": pk}).scalar()
    return None if found is None else int(found)


def _visible(store: Store, tbl: str) -> bool:
    permission = SEE.get(tbl)
    return permission is not None and store.can(permission)


def _values_hidden(store: Store, tbl: str, col: str) -> bool:
    if (tbl, col) in SECRET_FIELDS:
        return True
    needed = RESTRICTED_FIELDS.get((tbl, col))
    return needed is not None and not store.can(needed)


def _parse(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def list_conflicts(store: Store) -> list[ConflictInfo]:
    """Conflicts not settled yet, that this user may see; the newest first."""
    found: list[ConflictInfo] = []
    with store.read() as session:
        c = session.connection()
        if not _has_team_tables(c):
            return []
        rows = c.execute(
            text(
                "SELECT id, tbl, pk, col, winner, loser, found_at FROM team_conflicts k "
                f"WHERE settled_at IS NULL AND NOT {_CHANGED_SINCE} "
                "ORDER BY found_at DESC, id DESC"
            )
        ).all()
        for cid, tbl, pk, col, winner, loser, found_at in rows:
            tbl, pk, col = str(tbl), str(pk), str(col)
            if tbl not in synced_tables() or not _visible(store, tbl):
                continue
            hidden = _values_hidden(store, tbl, col)
            # Need to know (db.access): nothing about someone the user may not see, and no
            # values of someone they see only in part.
            person = _person_of(c, tbl, pk)
            if person is not None:
                level = access.access_to(store, person)
                if level is access.Access.NONE:
                    continue
                hidden = hidden or level is not access.Access.FULL
            found.append(
                ConflictInfo(
                    id=int(cid),
                    kind=tbl,
                    record=_label(c, tbl, pk),
                    field=col,
                    kept=None if hidden else json.loads(winner),
                    other=None if hidden else json.loads(loser),
                    hidden=hidden,
                    found_at=_parse(found_at),
                )
            )
    return found


def _has_team_tables(c: Connection) -> bool:
    return (
        c.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_conflicts'")
        ).first()
        is not None
    )


def _open_conflict(c: Connection, store: Store, conflict_id: int) -> tuple[str, str, str, str]:
    row = c.execute(
        text(
            "SELECT tbl, pk, col, loser FROM team_conflicts WHERE id = :id AND settled_at IS NULL"
        ),
        {"id": conflict_id},
    ).first()
    if row is None or str(row[0]) not in synced_tables():
        raise RecordNotFound(f"team_conflict {conflict_id}")
    tbl = str(row[0])
    permission = SEE.get(tbl)
    if permission is None:
        raise RecordNotFound(f"team_conflict {conflict_id}")
    store.require(permission)
    person = _person_of(c, tbl, str(row[1]))
    if person is not None:
        access.require_full(store, person)  # settled only by who sees the person in full
    return tbl, str(row[1]), str(row[2]), str(row[3])


def _settle(c: Connection, conflict_id: int) -> None:
    c.execute(
        text(
            "UPDATE team_conflicts SET settled_at = strftime('%Y-%m-%d %H:%M:%f', 'now') "
            "WHERE id = :id"
        ),
        {"id": conflict_id},
    )


def _entity_id(pk: str) -> int | None:
    return int(pk) if pk.isdigit() else None


def _check_free(c: Connection, tbl: str, pk: str, col: str, value: object) -> None:
    """A value no two rows may share (a user name renamed after two laptops gave it to two
    accounts) cannot be taken back while another row holds it."""
    if col not in unique.unique_columns(tbl) or value is None:
        return
    t = synced_tables()[tbl]
    held = c.execute(
        text(f"SELECT 1 FROM {tbl} WHERE {col} = :v AND NOT ({t.join_sql(tbl, ':pk')})"),
        {"v": value, "pk": pk},
    ).first()
    if held is not None:
        raise ValidationFailed({col: "username_taken" if col == "username" else "taken"})


def keep(store: Store, conflict_id: int) -> None:
    """Keep the value the record holds: the conflict is settled; the other value stays in the
    record's history."""
    with store.write() as session:
        c = session.connection()
        tbl, pk, col, _loser = _open_conflict(c, store, conflict_id)
        _settle(c, conflict_id)
        # Kept on every laptop: the value goes out again as this laptop's choice, which the
        # others take (the same value) and which settles their listing of this conflict.
        capture.restamp(c, tbl, pk, col)
        store.audit(session, "team_conflict_keep", tbl, _entity_id(pk))


def take_other(store: Store, conflict_id: int) -> None:
    """Write the other value into the record, as an ordinary change that syncs to every
    laptop, and settle the conflict. A record deleted meanwhile cannot take it."""
    with store.write() as session:
        c = session.connection()
        tbl, pk, col, loser = _open_conflict(c, store, conflict_id)
        t = synced_tables()[tbl]
        if col not in {column.name for column in t.value_columns}:
            raise RecordNotFound(f"team_conflict {conflict_id}")
        where = t.join_sql(tbl, ":pk")
        _check_free(c, tbl, pk, col, json.loads(loser))
        changed = c.execute(
            text(f"UPDATE {tbl} SET {col} = :value WHERE {where}"),
            {"value": json.loads(loser), "pk": pk},
        ).rowcount
        if not changed:
            raise RecordNotFound(f"{tbl} {pk}")
        if tbl == "beneficiaries" and col in _SEARCHED:
            replica.rebuild_search_text(c, [int(pk)])
        _settle(c, conflict_id)
        store.audit(session, "team_conflict_take_other", tbl, _entity_id(pk))
