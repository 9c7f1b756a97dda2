"""Programmes (result areas) of the CSO: data the CSO can edit, never an enum in code."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Programme as P
from db.store import Store
from db.types import Programme


def list_programmes(store: Store, *, include_inactive: bool = False) -> list[Programme]:
    stmt = select(P).order_by(P.sort_order, P.name)
    if not include_inactive:
        stmt = stmt.where(P.active.is_(True))
    with store.read() as session:
        return [
            Programme(p.id, p.code, p.name, p.target_people, p.active)
            for p in session.scalars(stmt)
        ]
