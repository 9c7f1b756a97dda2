"""Activity types: the kinds of session a CSO logs (counselling, Thai class, ...), as data.

The admin adds a type (:func:`add_activity_type`), renames it in English, Burmese and Thai,
says whether its sessions are with one person (individual) or a group, which programme a new
session of it usually belongs to, and deactivates it (:func:`set_active`): it leaves the
log-a-session form, and the sessions logged with it keep it. A session stores the type's code,
which never changes; nor does the kind of a type that has sessions.

The types Saphan shipped with (:class:`db.activities.ActivityType`) are seeded by migration
0015 with the same codes, ``built_in``: the behaviour tied to them (an individual session's
MHPSS notes are about its one person, case follow-up after counselling) keeps working. Their
labels may be renamed; their code and kind may not.

Nothing here is about a person: every signed-in user reads the types (the forms need them).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session as OrmSession

from db.custom_fields import BAD_CODE, CODE, CODE_TAKEN, LANGUAGES, LOCKED, label_in
from db.errors import RecordNotFound, ValidationFailed
from db.models import ActivityType as T
from db.models import Programme
from db.models import Session as S
from db.permissions import Permission
from db.store import Store
from db.validation import CONTROL_CHARACTER, REQUIRED, TOO_LONG, clean_text, text_problems

LABEL_MAX = 120
INDIVIDUAL = "individual"
GROUP = "group"
UNKNOWN_PROGRAMME = "unknown_programme"

__all__ = [
    "BAD_CODE",
    "CODE_TAKEN",
    "LOCKED",
    "ActivityTypeInfo",
    "ActivityTypeInput",
    "add_activity_type",
    "check_labels",
    "get_activity_type",
    "list_activity_types",
    "set_active",
    "update_activity_type",
]


@dataclass(frozen=True)
class ActivityTypeInfo:
    id: int
    code: str
    labels: Mapping[str, str]  # {"en": ..., "my": ..., "th": ...} ("en" always there)
    individual: bool
    programme_code: str | None  # the usual programme's code
    active: bool
    position: int
    built_in: bool
    sessions: int = 0  # how many (not deleted) sessions are of this type

    @property
    def kind(self) -> str:
        return INDIVIDUAL if self.individual else GROUP

    def label(self, language: str) -> str:
        """The name in ``language``; English when it has none there."""
        return label_in(self.labels, language) or self.code


@dataclass(frozen=True)
class ActivityTypeInput:
    """What the admin types to add or change an activity type."""

    code: str
    labels: Mapping[str, str]
    individual: bool = False
    programme_code: str | None = None


def check_labels(labels: Mapping[str, str], problems: dict[str, str]) -> dict[str, str]:
    """The labels as stored (cleaned; empty ones left out); problems keyed ``labels.<lang>``.
    English is required."""
    cleaned: dict[str, str] = {}
    for language in LANGUAGES:
        text = clean_text(labels.get(language, "")).strip()
        key = f"labels.{language}"
        if text_problems({key: text}):
            problems[key] = CONTROL_CHARACTER
        elif len(text) > LABEL_MAX:
            problems[key] = TOO_LONG
        elif text:
            cleaned[language] = text
    if "en" not in cleaned and "labels.en" not in problems:
        problems["labels.en"] = REQUIRED
    return cleaned


def _info(row: T, sessions: int = 0) -> ActivityTypeInfo:
    return ActivityTypeInfo(
        id=row.id,
        code=row.code,
        labels={k: str(v) for k, v in json.loads(row.labels or "{}").items()},
        individual=row.kind == INDIVIDUAL,
        programme_code=row.programme_code,
        active=row.active,
        position=row.position,
        built_in=row.built_in,
        sessions=sessions,
    )


def types_in(
    session: OrmSession, *, include_inactive: bool = False, counted: bool = False
) -> list[ActivityTypeInfo]:
    if counted:
        counts = (
            select(S.activity_type.label("code"), func.count().label("n"))
            .where(S.deleted_at.is_(None))
            .group_by(S.activity_type)
            .subquery()
        )
        stmt = select(T, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.code == T.code)
    else:
        stmt = select(T, literal(0))
    if not include_inactive:
        stmt = stmt.where(T.active.is_(True))
    stmt = stmt.order_by(T.position, T.id)
    return [_info(row, int(n)) for row, n in session.execute(stmt)]


def list_activity_types(
    store: Store, *, include_inactive: bool = False, counted: bool = False
) -> list[ActivityTypeInfo]:
    """The activity types in their order, active ones only unless ``include_inactive``; with
    ``counted``, how many sessions each has."""
    with store.read() as session:
        return types_in(session, include_inactive=include_inactive, counted=counted)


def get_activity_type(store: Store, code: str) -> ActivityTypeInfo:
    """The type with ``code`` (active or not); RecordNotFound when there is none."""
    with store.read() as session:
        row = session.scalar(select(T).where(T.code == code))
        if row is None:
            raise RecordNotFound(code)
        return _info(row)


def _check(
    session: OrmSession, spec: ActivityTypeInput, *, new: bool
) -> tuple[dict[str, object], dict[str, str]]:
    problems: dict[str, str] = {}
    code = spec.code.strip()
    if new:
        if not code:
            problems["code"] = REQUIRED
        elif not CODE.match(code):
            problems["code"] = BAD_CODE
        elif session.scalar(select(T.id).where(T.code == code)) is not None:
            problems["code"] = CODE_TAKEN
    labels = check_labels(spec.labels, problems)
    programme = spec.programme_code or None
    if programme is not None and (
        session.scalar(select(Programme.id).where(Programme.code == programme)) is None
    ):
        problems["programme_code"] = UNKNOWN_PROGRAMME
    stored: dict[str, object] = {
        "labels": json.dumps(labels, ensure_ascii=False, sort_keys=True),
        "kind": INDIVIDUAL if spec.individual else GROUP,
        "programme_code": programme,
    }
    return stored, problems


def problems_of(
    store: Store, spec: ActivityTypeInput, type_id: int | None = None
) -> dict[str, str]:
    """What is wrong with ``spec`` as a new type (``type_id`` None) or as the change of one:
    for a form that checks as the user types. Empty: it can be saved."""
    with store.read() as session:
        _, problems = _check(session, spec, new=type_id is None)
        if type_id is not None:
            row = session.get(T, type_id)
            if row is not None and _kind_locked(session, row, spec):
                problems["individual"] = LOCKED
        return problems


def _kind_locked(session: OrmSession, row: T, spec: ActivityTypeInput) -> bool:
    """A type's kind is fixed once it has sessions (they were logged as that kind), and for
    the built-in ones (behaviour is tied to them)."""
    if (INDIVIDUAL if spec.individual else GROUP) == row.kind:
        return False
    if row.built_in:
        return True
    return session.scalar(select(S.id).where(S.activity_type == row.code).limit(1)) is not None


def add_activity_type(store: Store, spec: ActivityTypeInput) -> ActivityTypeInfo:
    """A new activity type, last in the list (admin: ``SETTINGS``)."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        stored, problems = _check(session, spec, new=True)
        if problems:
            raise ValidationFailed(problems)
        last = session.scalar(select(func.max(T.position)))
        row = T(
            code=spec.code.strip(),
            **stored,
            position=(last or 0) + 1,
            active=True,
            built_in=False,
        )
        session.add(row)
        session.flush()
        store.audit(session, "create", "activity_type", row.id)
        code = row.code
    return get_activity_type(store, code)


def update_activity_type(store: Store, type_id: int, spec: ActivityTypeInput) -> ActivityTypeInfo:
    """Rename a type, change its usual programme, or its kind while it has no sessions. Its
    code never changes (sessions store it)."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(T, type_id)
        if row is None:
            raise RecordNotFound(str(type_id))
        stored, problems = _check(session, spec, new=False)
        if _kind_locked(session, row, spec):
            problems["individual"] = LOCKED
        if problems:
            raise ValidationFailed(problems)
        for key, value in stored.items():
            setattr(row, key, value)
        store.audit(session, "edit", "activity_type", type_id)
        code = row.code
    return get_activity_type(store, code)


def set_active(store: Store, type_id: int, active: bool) -> None:
    """Deactivate a type (it leaves the log-a-session form; its sessions keep it) or bring it
    back."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(T, type_id)
        if row is None:
            raise RecordNotFound(str(type_id))
        row.active = active
        store.audit(session, "activate" if active else "deactivate", "activity_type", type_id)


def kinds_of(session: OrmSession, codes: set[str]) -> dict[str, str]:
    """Each known code's kind ("individual" or "group")."""
    if not codes:
        return {}
    return dict(session.execute(select(T.code, T.kind).where(T.code.in_(sorted(codes)))).all())
