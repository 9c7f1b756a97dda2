"""Programmes (result areas) of the CSO: data the admin edits, never an enum in code.

The admin adds a programme (:func:`add_programme`), renames it (English ``name``, Burmese and
Thai ``labels``), deactivates it (:func:`set_active`: it leaves the forms; its sessions keep
it) and says which of the network's programmes its people count in (``network_code``):

- ``None`` (the default): the network programme with the same code, if the network has one;
- ``""``: none, the programme stays at home (as a CSO's own programme always did);
- a code: that network programme (the network file lists them).

Mapping is one to one: a network programme counts the people of at most one local programme.
People are counted once per programme (db.counting: unique people, by local programme, and
the closed months' reach ledger likewise); two local programmes feeding one network programme
would count someone who came to both twice. So a mapping onto a network programme that
another local programme already counts in is refused (``network_taken``), and a bundle is not
built from a database where two do (a team's laptops may each have mapped one; see
:func:`network_map`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from db.custom_fields import BAD_CODE, CODE, CODE_TAKEN
from db.errors import RecordNotFound, ValidationFailed
from db.models import Programme as P
from db.permissions import Permission
from db.store import Store
from db.types import Programme
from db.validation import CONTROL_CHARACTER, REQUIRED, TOO_LONG, clean_text, text_problems

NAME_MAX = 200
NETWORK_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
NETWORK_TAKEN = "network_taken"  # another local programme counts in that network programme
TRANSLATED = ("my", "th")


class MappingConflict(ValidationFailed):
    """Two local programmes count in one network programme (``network_code``): their people
    would be counted twice there. The admin maps one of them elsewhere (Settings)."""

    def __init__(self, network_code: str, programme_ids: list[int]) -> None:
        super().__init__({"network_code": NETWORK_TAKEN})
        self.network_code = network_code
        self.programme_ids = programme_ids


@dataclass(frozen=True)
class ProgrammeInput:
    """What the admin types to add or change a programme."""

    code: str
    name: str
    labels: Mapping[str, str] = field(default_factory=dict)  # "my", "th"
    network_code: str | None = None
    target_people: int | None = None


def _programme(p: P) -> Programme:
    labels = {k: str(v) for k, v in json.loads(p.labels or "{}").items() if v}
    return Programme(p.id, p.code, p.name, p.target_people, p.active, labels, p.network_code)


def programmes_in(session: OrmSession, *, include_inactive: bool = False) -> list[Programme]:
    stmt = select(P).order_by(P.sort_order, P.name)
    if not include_inactive:
        stmt = stmt.where(P.active.is_(True))
    return [_programme(p) for p in session.scalars(stmt)]


def list_programmes(store: Store, *, include_inactive: bool = False) -> list[Programme]:
    with store.read() as session:
        return programmes_in(session, include_inactive=include_inactive)


def get_programme(store: Store, programme_id: int) -> Programme:
    with store.read() as session:
        row = session.get(P, programme_id)
        if row is None:
            raise RecordNotFound(str(programme_id))
        return _programme(row)


def _check(
    session: OrmSession, spec: ProgrammeInput, programme_id: int | None
) -> tuple[dict[str, object], dict[str, str]]:
    problems: dict[str, str] = {}
    code = spec.code.strip()
    if programme_id is None:
        if not code:
            problems["code"] = REQUIRED
        elif not CODE.match(code):
            problems["code"] = BAD_CODE
        elif session.scalar(select(P.id).where(P.code == code)) is not None:
            problems["code"] = CODE_TAKEN
    else:
        row = session.get(P, programme_id)
        code = row.code if row is not None else code
    name = clean_text(spec.name).strip()
    if text_problems({"name": name}):
        problems["name"] = CONTROL_CHARACTER
    elif not name:
        problems["name"] = REQUIRED
    elif len(name) > NAME_MAX:
        problems["name"] = TOO_LONG
    labels: dict[str, str] = {}
    for language in TRANSLATED:
        text = clean_text(spec.labels.get(language, "")).strip()
        key = f"labels.{language}"
        if text_problems({key: text}):
            problems[key] = CONTROL_CHARACTER
        elif len(text) > NAME_MAX:
            problems[key] = TOO_LONG
        elif text:
            labels[language] = text
    network_code = spec.network_code.strip() if spec.network_code is not None else None
    if network_code and not NETWORK_CODE.match(network_code):
        problems["network_code"] = BAD_CODE
    maps_to = code if network_code is None else network_code
    if maps_to and not {"code", "network_code"} & problems.keys():
        others = [_programme(p) for p in session.scalars(select(P)) if p.id != programme_id]
        if any(o.maps_to == maps_to for o in others):
            problems["network_code"] = NETWORK_TAKEN
    if spec.target_people is not None and not 0 <= spec.target_people <= 10_000_000:
        problems["target_people"] = "out_of_range"
    stored: dict[str, object] = {
        "name": name,
        "labels": json.dumps(labels, ensure_ascii=False, sort_keys=True),
        "network_code": network_code,
        "target_people": spec.target_people,
    }
    return stored, problems


def problems_of(
    store: Store, spec: ProgrammeInput, programme_id: int | None = None
) -> dict[str, str]:
    """What is wrong with ``spec`` as a new programme (``programme_id`` None) or as the change
    of one: for a form that checks as the user types. Empty: it can be saved."""
    with store.read() as session:
        return _check(session, spec, programme_id)[1]


def add_programme(store: Store, spec: ProgrammeInput) -> Programme:
    """A new programme, last in the list (admin: ``SETTINGS``)."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        stored, problems = _check(session, spec, None)
        if problems:
            raise ValidationFailed(problems)
        last = session.scalar(select(func.max(P.sort_order)))
        row = P(code=spec.code.strip(), **stored, active=True, sort_order=(last or 0) + 1)
        session.add(row)
        session.flush()
        store.audit(session, "create", "programme", row.id)
        new_id = row.id
    return get_programme(store, new_id)


def update_programme(store: Store, programme_id: int, spec: ProgrammeInput) -> Programme:
    """Rename a programme, change its target or the network programme it counts in. Its code
    never changes (the network's default mapping and the closed months' figures use it)."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(P, programme_id)
        if row is None:
            raise RecordNotFound(str(programme_id))
        stored, problems = _check(session, spec, programme_id)
        if problems:
            raise ValidationFailed(problems)
        for key, value in stored.items():
            setattr(row, key, value)
        store.audit(session, "edit", "programme", programme_id)
    return get_programme(store, programme_id)


def set_active(store: Store, programme_id: int, active: bool) -> None:
    """Deactivate a programme (it leaves the forms; its sessions keep it and still count) or
    bring it back."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(P, programme_id)
        if row is None:
            raise RecordNotFound(str(programme_id))
        row.active = active
        store.audit(session, "activate" if active else "deactivate", "programme", programme_id)


def network_map(maps_to: Mapping[int, str], network_codes: Iterable[str]) -> dict[int, str]:
    """Local programme id -> the network programme code its people count in, for the local
    programmes (``maps_to``: id -> :attr:`Programme.maps_to`) that count in one of
    ``network_codes`` (the others stay at home). Raises :class:`MappingConflict` when two
    count in the same one."""
    wanted = set(network_codes)
    out = {pid: code for pid, code in maps_to.items() if code in wanted}
    seen: dict[str, list[int]] = {}
    for pid, code in sorted(out.items()):
        seen.setdefault(code, []).append(pid)
    for code, ids in sorted(seen.items()):
        if len(ids) > 1:
            raise MappingConflict(code, ids)
    return out
