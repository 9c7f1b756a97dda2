"""Browsing the append-only audit trail (admins only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, func, select

from db.models import AuditEvent
from db.permissions import Permission
from db.store import Store
from db.types import AuditEntry

_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


def _filtered(f: AuditFilter, stmt: _S) -> _S:
    if f.username:
        stmt = stmt.where(AuditEvent.username == f.username)
    if f.action:
        stmt = stmt.where(AuditEvent.action == f.action)
    if f.entity:
        stmt = stmt.where(AuditEvent.entity == f.entity)
    if f.entity_id is not None:
        stmt = stmt.where(AuditEvent.entity_id == f.entity_id)
    if f.since is not None:
        stmt = stmt.where(AuditEvent.at >= f.since)
    if f.until is not None:
        stmt = stmt.where(AuditEvent.at < f.until)
    return stmt


def list_audit_events(
    store: Store, f: AuditFilter | None = None, offset: int = 0, limit: int = 200
) -> list[AuditEntry]:
    """Newest first."""
    store.require(Permission.AUDIT_VIEW)
    stmt = _filtered(f or AuditFilter(), select(AuditEvent)).order_by(AuditEvent.id.desc())
    with store.read() as session:
        return [
            AuditEntry(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.detail)
            for e in session.scalars(stmt.offset(offset).limit(limit))
        ]


def count_audit_events(store: Store, f: AuditFilter | None = None) -> int:
    store.require(Permission.AUDIT_VIEW)
    stmt = _filtered(f or AuditFilter(), select(func.count()).select_from(AuditEvent))
    with store.read() as session:
        return int(session.execute(stmt).scalar_one())


def audit_actions(store: Store) -> list[str]:
    """The actions that occur in the trail, for a filter list."""
    store.require(Permission.AUDIT_VIEW)
    with store.read() as session:
        return list(
            session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action))
        )
