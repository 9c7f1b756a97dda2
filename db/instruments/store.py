"""The CSO's instruments and their versions, in the ``instruments`` table.

A definition is stored as it was given (canonical JSON). Adding one whose code exists with
different content stores a new version (one more than the highest); adding the same content
again changes nothing. Answers keep the version they were given in (``assessments``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import RecordNotFound
from db.instruments import definition as definitions
from db.instruments.definition import Definition
from db.models import Instrument
from db.permissions import Permission
from db.store import Store

LIBRARY = Path(__file__).with_name("library")


@dataclass(frozen=True)
class InstrumentInfo:
    """An instrument's version as the app uses it. ``items`` and ``answers`` are the labels
    flattened (``{"name": "q1", "en": ..., "my": ...}``; ``{"value": 5, "en": ...}`` of the
    first item's list), kept for callers written before definitions had several lists."""

    code: str
    version: int
    name: str
    intro: dict[str, str]  # language code -> text
    items: list[dict[str, Any]]
    answers: list[dict[str, Any]]
    item_min: int
    item_max: int
    multiplier: int
    flag_below: int | None
    definition: Definition

    def text(self, entry: Mapping[str, Any], language: str) -> str:
        """An item or answer in ``language``, falling back to English."""
        return str(entry.get(language) or entry.get("en") or "")


def canonical(raw: Mapping[str, Any]) -> str:
    return json.dumps(raw, ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=256)
def parse_stored(text: str) -> Definition:
    """A stored definition (``instruments.definition``), read once."""
    return definitions.parse(json.loads(text))


def definition_of(row: Instrument) -> Definition:
    return parse_stored(row.definition)


def info(row: Instrument) -> InstrumentInfo:
    d = definition_of(row)
    first = d.choices(d.items[0])
    values = [c.value for lst in d.choice_lists.values() for c in lst]
    return InstrumentInfo(
        code=row.code,
        version=row.version,
        name=row.name,
        intro=dict(d.intro),
        items=[{"name": i.name, **i.label} for i in d.items],
        answers=[{"value": c.value, **c.label} for c in first],
        item_min=min(values),
        item_max=max(values),
        multiplier=row.multiplier,
        flag_below=row.flag_below,
        definition=d,
    )


def _latest_versions(session: Session) -> list[Instrument]:
    newest = (
        select(Instrument.code, func.max(Instrument.version).label("version"))
        .where(Instrument.active.is_(True))
        .group_by(Instrument.code)
        .subquery()
    )
    rows = session.scalars(
        select(Instrument)
        .join(
            newest,
            (newest.c.code == Instrument.code) & (newest.c.version == Instrument.version),
        )
        .order_by(Instrument.id)
    )
    return list(rows)


def list_instruments(store: Store) -> list[InstrumentInfo]:
    """The newest version of each active instrument, in the order they were added."""
    store.require(Permission.ASSESSMENTS)
    with store.read() as session:
        return [info(i) for i in _latest_versions(session)]


def instrument_row(session: Session, code: str, version: int | None = None) -> Instrument:
    stmt = select(Instrument).where(Instrument.code == code)
    if version is None:
        stmt = stmt.order_by(Instrument.version.desc()).limit(1)
    else:
        stmt = stmt.where(Instrument.version == version)
    row = session.scalars(stmt).first()
    if row is None:
        raise RecordNotFound(code if version is None else f"{code} v{version}")
    return row


def get_instrument(store: Store, code: str, version: int | None = None) -> InstrumentInfo:
    """An instrument's version (default: its newest)."""
    store.require(Permission.ASSESSMENTS)
    with store.read() as session:
        return info(instrument_row(session, code, version))


def add_instrument(store: Store, definition: Mapping[str, Any]) -> InstrumentInfo:
    """Validate and store a definition (admins: :data:`Permission.SETTINGS`).

    :class:`db.errors.InstrumentInvalid` lists its problems. A code not yet stored keeps the
    definition's version; a code stored with other content becomes a new version (one more
    than its highest); content already stored (whatever its version number) is returned as
    it is."""
    store.require(Permission.SETTINGS)
    defn = definitions.parse(definition)
    raw = dict(definition)
    without_version = {k: v for k, v in raw.items() if k != "version"}
    with store.write() as session:
        rows = list(session.scalars(select(Instrument).where(Instrument.code == defn.code)))
        for row in rows:
            stored = {k: v for k, v in json.loads(row.definition).items() if k != "version"}
            if canonical(stored) == canonical(without_version):
                return info(row)
        if rows:
            raw["version"] = max(r.version for r in rows) + 1
        values = [c.value for lst in defn.choice_lists.values() for c in lst]
        row = Instrument(
            code=defn.code,
            version=int(raw["version"]),
            name=defn.name["en"][:200],
            definition=canonical(raw),
            item_min=min(values),
            item_max=max(values),
            multiplier=1,
            flag_below=None,
            active=True,
        )
        session.add(row)
        session.flush()
        store.audit(session, "create", "instrument", row.id, f"{row.code} v{row.version}")
        return info(row)


def library() -> list[dict[str, Any]]:
    """The definitions shipped with the app (``library/*.json``), by file name."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(LIBRARY.glob("*.json"))]
