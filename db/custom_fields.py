"""Custom fields: what a CSO records about people and sessions beyond Saphan's own fields.

The admin defines a field (:func:`add_field`): on people or on sessions, of a kind (text,
number, date, choice, yes/no), with a label in English and, when they like, Burmese and Thai,
the choices of a choice field, and whether it must be filled in. A field that has values is
deactivated (:func:`deactivate_field`), never deleted: the values stay with their records (in
the subject export and the records export), and the field no longer shows on the forms.

Values are written with the record they belong to, in the same transaction: ``custom`` on
:class:`db.types.PersonInput` (register, edit, import) and on
:class:`db.activities.SessionInput` (log a session), keyed by the field's code. They are
checked by kind here (:func:`check_values`); a problem is reported as
``ValidationFailed({"custom.<code>": <problem code>})``, like any other field's.

Values are the CSO's records about a person: they sync between a team's laptops, go with the
person when they are erased (db.housekeeping), are in the person's subject export
(db.subject), and never in anything shared with the network.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, literal, select
from sqlalchemy.orm import Session as OrmSession

from db.errors import RecordNotFound, ValidationFailed
from db.import_headers import ascii_digits, fold
from db.import_values import parse_date, parse_yes_no
from db.models import CustomField as F
from db.models import CustomValue as V
from db.permissions import Permission
from db.store import Store
from db.validation import CONTROL_CHARACTER, REQUIRED, TOO_LONG, clean_text, text_problems

LANGUAGES = ("en", "my", "th")
CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
CHOICE_VALUE = re.compile(r"^[a-z0-9][a-z0-9_]{0,39}$")
LABEL_MAX = 120
TEXT_MAX = 500
MAX_CHOICES = 60
PREFIX = "custom."

# Problem codes (the UI has a sentence for each; REQUIRED, TOO_LONG, CONTROL_CHARACTER too).
BAD_CODE = "bad_code"
CODE_TAKEN = "code_taken"
NOT_A_NUMBER = "not_a_number"
NOT_A_DATE = "not_a_date"
NOT_A_CHOICE = "not_a_choice"
NOT_YES_NO = "not_yes_no"
NO_CHOICES = "no_choices"
DUPLICATE = "duplicate"
LOCKED = "locked"  # the kind or entity of a field that has values
CHOICE_IN_USE = "choice_in_use"
HAS_VALUES = "has_values"
UNKNOWN_FIELD = "unknown_field"


class Entity(StrEnum):
    PERSON = "person"
    SESSION = "session"


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    YES_NO = "yes_no"


def label_in(labels: Mapping[str, str], language: str) -> str:
    """The label in ``language``; English when it has none there (S'gaw Karen: Burmese)."""
    if language == "ksw":
        language = "my"
    return labels.get(language) or labels.get("en", "")


@dataclass(frozen=True)
class Choice:
    value: str  # what is stored, e.g. "rented"
    labels: Mapping[str, str]

    def label(self, language: str) -> str:
        return label_in(self.labels, language)


@dataclass(frozen=True)
class CustomField:
    id: int
    entity: Entity
    code: str
    kind: Kind
    labels: Mapping[str, str]
    choices: tuple[Choice, ...]
    required: bool
    position: int
    active: bool
    values: int = 0  # how many records have a value for it

    @property
    def key(self) -> str:
        """The field's key in a ValidationFailed's problems."""
        return PREFIX + self.code

    def label(self, language: str) -> str:
        return label_in(self.labels, language)

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)

    def as_input(self) -> FieldInput:
        return FieldInput(
            self.entity, self.code, self.kind, dict(self.labels), self.choices, self.required
        )


@dataclass(frozen=True)
class FieldInput:
    """What the admin types to define or change a field."""

    entity: Entity
    code: str
    kind: Kind
    labels: Mapping[str, str]
    choices: Sequence[Choice] = ()
    required: bool = False


# --- the fields -------------------------------------------------------------------------------


def _field(row: F, values: int = 0) -> CustomField:
    choices = tuple(
        Choice(str(c["value"]), {k: str(v) for k, v in c.get("labels", {}).items()})
        for c in json.loads(row.choices or "[]")
    )
    return CustomField(
        id=row.id,
        entity=Entity(row.entity),
        code=row.code,
        kind=Kind(row.kind),
        labels={k: str(v) for k, v in json.loads(row.labels or "{}").items()},
        choices=choices,
        required=row.required,
        position=row.position,
        active=row.active,
        values=values,
    )


def list_fields(
    store: Store,
    entity: Entity | None = None,
    *,
    include_inactive: bool = False,
    counted: bool = False,
) -> list[CustomField]:
    """The custom fields in their order (of one entity, or all), active ones only unless
    ``include_inactive``; with ``counted``, how many records have a value of each. A field's
    definition holds nothing about anyone: every signed-in user may read it (the forms need
    it)."""
    with store.read() as session:
        return fields_in(session, entity, include_inactive=include_inactive, counted=counted)


def fields_in(
    session: OrmSession,
    entity: Entity | None = None,
    *,
    include_inactive: bool = False,
    counted: bool = False,
) -> list[CustomField]:
    if counted:
        counts = select(V.field_id, func.count().label("n")).group_by(V.field_id).subquery()
        stmt = select(F, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.field_id == F.id)
    else:
        stmt = select(F, literal(0))
    if entity is not None:
        stmt = stmt.where(F.entity == entity.value)
    if not include_inactive:
        stmt = stmt.where(F.active.is_(True))
    stmt = stmt.order_by(F.entity, F.position, F.id)
    return [_field(row, int(n)) for row, n in session.execute(stmt)]


def get_field(store: Store, field_id: int) -> CustomField:
    for f in list_fields(store, include_inactive=True, counted=True):
        if f.id == field_id:
            return f
    raise RecordNotFound(str(field_id))


def _clean_labels(
    labels: Mapping[str, str], where: str, problems: dict[str, str]
) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for language in LANGUAGES:
        text = clean_text(labels.get(language, "")).strip()
        key = f"{where}.{language}"
        if text_problems({key: text}):
            problems[key] = CONTROL_CHARACTER
        elif len(text) > LABEL_MAX:
            problems[key] = TOO_LONG
        elif text:
            cleaned[language] = text
    if "en" not in cleaned and f"{where}.en" not in problems:
        problems[f"{where}.en"] = REQUIRED
    return cleaned


def slug(text: str) -> str:
    """A code made from an English label: "Housing type" -> "housing_type"."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    code = "_".join(words)[:40].strip("_")
    return code


def check_field(
    spec: FieldInput, taken_codes: Iterable[str] = ()
) -> tuple[dict[str, Any], dict[str, str]]:
    """The field as it is stored (labels and choices cleaned) and its problems, keyed
    ``code``, ``labels.en`` (``.my``, ``.th``), ``choices``, ``choices[i].labels.en``,
    ``choices[i].value``. Empty problems: it can be saved."""
    problems: dict[str, str] = {}
    code = spec.code.strip()
    if not code:
        problems["code"] = REQUIRED
    elif not CODE.match(code):
        problems["code"] = BAD_CODE
    elif code in set(taken_codes):
        problems["code"] = CODE_TAKEN
    labels = _clean_labels(spec.labels, "labels", problems)
    choices: list[dict[str, Any]] = []
    if spec.kind is Kind.CHOICE:
        if not spec.choices:
            problems["choices"] = NO_CHOICES
        elif len(spec.choices) > MAX_CHOICES:
            problems["choices"] = TOO_LONG
        seen: set[str] = set()
        for i, choice in enumerate(spec.choices):
            where = f"choices[{i}]"
            choice_labels = _clean_labels(choice.labels, f"{where}.labels", problems)
            value = choice.value.strip() or slug(choice_labels.get("en", ""))
            if not CHOICE_VALUE.match(value):
                problems[f"{where}.value"] = BAD_CODE
            elif value in seen:
                problems[f"{where}.value"] = DUPLICATE
            seen.add(value)
            choices.append({"value": value, "labels": choice_labels})
    stored = {
        "entity": spec.entity.value,
        "code": code,
        "kind": spec.kind.value,
        "labels": json.dumps(labels, ensure_ascii=False, sort_keys=True),
        "choices": json.dumps(choices, ensure_ascii=False),
        "required": spec.required,
    }
    return stored, problems


def add_field(store: Store, spec: FieldInput) -> CustomField:
    """Define a new field, last of its entity's fields (admin: ``SETTINGS``)."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        codes = session.scalars(select(F.code)).all()
        stored, problems = check_field(spec, codes)
        if problems:
            raise ValidationFailed(problems)
        last = session.scalar(select(func.max(F.position)).where(F.entity == spec.entity.value))
        row = F(**stored, position=(last or 0) + 1, active=True)
        session.add(row)
        session.flush()
        store.audit(session, "create", "custom_field", row.id)
        new_id = row.id
    return get_field(store, new_id)


def update_field(store: Store, field_id: int, spec: FieldInput) -> CustomField:
    """Change a field's labels, choices and whether it is required. Its code never changes
    (imports and exports name it); its entity and kind not once it has values, and a choice
    in use is never removed."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(F, field_id)
        if row is None:
            raise RecordNotFound(str(field_id))
        spec = FieldInput(
            spec.entity, row.code, spec.kind, spec.labels, spec.choices, spec.required
        )
        stored, problems = check_field(spec)
        used = set(session.scalars(select(V.value).where(V.field_id == field_id).distinct()))
        if used and stored["kind"] != row.kind:
            problems["kind"] = LOCKED
        if used and stored["entity"] != row.entity:
            problems["entity"] = LOCKED
        if used and row.kind == Kind.CHOICE and stored["kind"] == Kind.CHOICE:
            kept = {c["value"] for c in json.loads(stored["choices"])}
            if used - kept:
                problems["choices"] = CHOICE_IN_USE
        if problems:
            raise ValidationFailed(problems)
        for key in ("entity", "kind", "labels", "choices", "required"):
            setattr(row, key, stored[key])
        store.audit(session, "edit", "custom_field", field_id)
    return get_field(store, field_id)


def set_active(store: Store, field_id: int, active: bool) -> None:
    """Deactivate a field (it leaves the forms; its values stay) or bring it back."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(F, field_id)
        if row is None:
            raise RecordNotFound(str(field_id))
        row.active = active
        store.audit(session, "activate" if active else "deactivate", "custom_field", field_id)


def delete_field(store: Store, field_id: int) -> None:
    """Delete a field that has no values yet (one with values is deactivated instead)."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(F, field_id)
        if row is None:
            raise RecordNotFound(str(field_id))
        if session.scalar(select(func.count()).where(V.field_id == field_id)):
            raise ValidationFailed({"field": HAS_VALUES})
        session.delete(row)
        store.audit(session, "delete", "custom_field", field_id)


def move_field(store: Store, field_id: int, step: int) -> None:
    """Move a field up (``step`` -1) or down (+1) among its entity's fields."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        row = session.get(F, field_id)
        if row is None:
            raise RecordNotFound(str(field_id))
        rows = list(
            session.scalars(select(F).where(F.entity == row.entity).order_by(F.position, F.id))
        )
        at = rows.index(row)
        to = max(0, min(len(rows) - 1, at + step))
        rows.insert(to, rows.pop(at))
        for position, each in enumerate(rows, 1):
            if each.position != position:
                each.position = position


# --- values -----------------------------------------------------------------------------------


def _number(raw: object) -> Decimal | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float | Decimal):
        text = str(raw)
    else:
        text = ascii_digits(str(raw)).strip().replace(",", "").replace(" ", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def parse_value(
    f: CustomField, raw: object, today: dt.date | None = None
) -> tuple[str, str | None]:
    """The value as it is stored ("" for none) and a problem code, from what a form or a
    spreadsheet gives: a str, or a number, date or bool of the field's kind."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return "", None
    if f.kind is Kind.TEXT:
        text = clean_text(str(raw)).strip()
        if text_problems({"v": text}):
            return "", CONTROL_CHARACTER
        return (text, None) if len(text) <= TEXT_MAX else ("", TOO_LONG)
    if f.kind is Kind.NUMBER:
        number = _number(raw)
        if number is None:
            return "", NOT_A_NUMBER
        if number == number.to_integral_value():
            return str(int(number)), None
        return format(number.normalize(), "f"), None
    if f.kind is Kind.DATE:
        if isinstance(raw, dt.datetime):
            return raw.date().isoformat(), None
        if isinstance(raw, dt.date):
            return raw.isoformat(), None
        text = str(raw).strip()
        try:
            return dt.date.fromisoformat(text).isoformat(), None
        except ValueError:
            day, _problem = parse_date(text, today or dt.date.today())
            return (day.isoformat(), None) if day is not None else ("", NOT_A_DATE)
    if f.kind is Kind.YES_NO:
        if isinstance(raw, bool):
            return ("yes" if raw else "no"), None
        yes, _problem = parse_yes_no(str(raw))
        if yes is None:
            return "", NOT_YES_NO
        return ("yes" if yes else "no"), None
    # a choice: its value, or its label in any language
    key = fold(str(raw))
    for choice in f.choices:
        if key == fold(choice.value) or key in {fold(t) for t in choice.labels.values()}:
            return choice.value, None
    return "", NOT_A_CHOICE


def typed(f: CustomField, stored: str) -> object:
    """A stored value as Python: str (text, choice value), int or float, date, bool."""
    if f.kind is Kind.NUMBER:
        number = Decimal(stored)
        return int(number) if number == number.to_integral_value() else float(number)
    if f.kind is Kind.DATE:
        return dt.date.fromisoformat(stored)
    if f.kind is Kind.YES_NO:
        return stored == "yes"
    return stored


def shown(f: CustomField, stored: str, language: str = "en") -> str:
    """A stored value as a person reads it: a choice by its label, yes/no in English (the
    desktop words them in the user's language)."""
    if f.kind is Kind.CHOICE:
        choice = f.choice(stored)
        return choice.label(language) if choice is not None else stored
    if f.kind is Kind.YES_NO:
        return "Yes" if stored == "yes" else "No"
    return stored


def check_values(
    fields: Sequence[CustomField],
    values: Mapping[str, object],
    *,
    require_all: bool,
    today: dt.date | None = None,
) -> tuple[dict[int, str], dict[str, str]]:
    """The values to store, by field id ("" clears one), and the problems keyed
    ``custom.<code>``. ``fields`` are the entity's fields; a code that is none of them is a
    problem, and the value of a deactivated field is left as it is (it is no longer asked
    for, but a record read and written back still names it). With ``require_all`` a required
    field missing from ``values`` is a problem too (a form gives every field; an import only
    those it has columns for)."""
    by_code = {f.code: f for f in fields}
    cleaned: dict[int, str] = {}
    problems: dict[str, str] = {}
    for code, raw in values.items():
        f = by_code.get(code)
        if f is None:
            problems[PREFIX + code] = UNKNOWN_FIELD
            continue
        if not f.active:
            continue
        stored, problem = parse_value(f, raw, today)
        if problem is None and not stored and f.required:
            problem = REQUIRED
        if problem is not None:
            problems[f.key] = problem
        else:
            cleaned[f.id] = stored
    if require_all:
        for f in fields:
            if f.active and f.required and f.code not in values:
                problems[f.key] = REQUIRED
    return cleaned, problems


def validate(
    store: Store,
    entity: Entity,
    values: Mapping[str, object] | None,
    *,
    require_all: bool,
    today: dt.date | None = None,
) -> tuple[dict[int, str], dict[str, str]]:
    """:func:`check_values` against the entity's active fields, read from the store (nothing
    to check, and nothing read, for ``None``)."""
    if values is None:
        return {}, {}
    if not values and not require_all:
        return {}, {}
    fields = list_fields(store, entity, include_inactive=True)
    return check_values(fields, values, require_all=require_all, today=today)


def write_values(
    session: OrmSession, entity: Entity, record_id: int, values: Mapping[int, str]
) -> list[tuple[int, str, str]]:
    """Write checked values (field id -> stored text; "" deletes) of one record inside the
    caller's transaction. Only what changed is written: on a team another laptop may change
    another field of the same record meanwhile. Returns what changed: (field id, old text,
    new text), "" for no value."""
    if not values:
        return []
    have = {
        v.field_id: v
        for v in session.scalars(
            select(V).where(V.record_id == record_id, V.field_id.in_(list(values)))
        )
    }
    changed: list[tuple[int, str, str]] = []
    for field_id, text in sorted(values.items()):
        row = have.get(field_id)
        old = row.value if row is not None else ""
        if old != text:
            changed.append((field_id, old, text))
        if not text:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(V(field_id=field_id, record_id=record_id, entity=entity.value, value=text))
        elif row.value != text:
            row.value = text
    session.flush()
    return changed


def stored_values(
    session: OrmSession, entity: Entity, record_ids: Iterable[int]
) -> dict[int, dict[str, str]]:
    """Stored values (code -> text) of each record, of every field, active or not."""
    ids = sorted(set(record_ids))
    if not ids:
        return {}
    found: dict[int, dict[str, str]] = {}
    stmt = (
        select(V.record_id, F.code, V.value)
        .join(F, F.id == V.field_id)
        .where(V.entity == entity.value, V.record_id.in_(ids))
        .order_by(V.record_id, F.position, F.id)
    )
    for record_id, code, text in session.execute(stmt):
        found.setdefault(record_id, {})[code] = text
    return found


def typed_values(
    session: OrmSession, entity: Entity, record_ids: Iterable[int]
) -> dict[int, dict[str, object]]:
    """:func:`stored_values` as Python values (:func:`typed`)."""
    by_code = {f.code: f for f in fields_in(session, entity, include_inactive=True)}
    return {
        record_id: {code: typed(by_code[code], text) for code, text in values.items()}
        for record_id, values in stored_values(session, entity, record_ids).items()
    }


def erase_values_in(session: OrmSession, entity: Entity, record_id: int) -> None:
    """Delete every value of one record (a person's erasure)."""
    session.execute(delete(V).where(V.entity == entity.value, V.record_id == record_id))


@dataclass(frozen=True)
class LabelledValue:
    """A value with its field's labels: what a subject export shows."""

    code: str
    labels: Mapping[str, str]
    kind: Kind
    value: str  # as stored
    shown: Mapping[str, str] = field(default_factory=dict)  # per language (choices)


def labelled_values(session: OrmSession, entity: Entity, record_id: int) -> list[LabelledValue]:
    """A record's values with their fields' labels (every field, active or not), in order."""
    fields = fields_in(session, entity, include_inactive=True)
    values = stored_values(session, entity, [record_id]).get(record_id, {})
    return [
        LabelledValue(
            f.code,
            dict(f.labels),
            f.kind,
            values[f.code],
            {language: shown(f, values[f.code], language) for language in LANGUAGES},
        )
        for f in fields
        if f.code in values
    ]


__all__ = [
    "Choice",
    "CustomField",
    "Entity",
    "FieldInput",
    "Kind",
    "LabelledValue",
    "add_field",
    "check_field",
    "check_values",
    "delete_field",
    "erase_values_in",
    "fields_in",
    "get_field",
    "label_in",
    "labelled_values",
    "list_fields",
    "move_field",
    "parse_value",
    "set_active",
    "shown",
    "slug",
    "stored_values",
    "typed",
    "typed_values",
    "update_field",
    "validate",
    "write_values",
]
