"""Session plans for participatory projects, and reusable templates of them.

A plan is what a facilitator prints and takes into the room: objectives, key messages,
materials, safety notes and timed steps. Templates are plans with ``is_template`` set and no
project; a new plan starts as a copy of one (``new_plan_from_template``).

Lists (objectives, instructions, ...) are stored as JSON arrays in the existing text columns,
so an item may itself contain a line break. Text written by older versions as plain lines is
still read (one item per line).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from db.errors import RecordNotFound, ValidationFailed
from db.models import PlanStep, Project, SessionPlan, utcnow
from db.permissions import Permission
from db.store import Store
from db.validation import clean_text, text_problems

TITLE_MAX = 300
# The plan's lists: each item may hold line breaks (stored as JSON arrays).
LIST_FIELDS = ("objectives", "key_messages", "materials", "preparation")
MAX_STEPS = 40
MAX_DURATION = 8 * 60


class StepKind(StrEnum):
    WELCOME = "welcome"
    ENERGISER = "energiser"
    ACTIVITY = "activity"
    DISCUSSION = "discussion"
    REFLECTION = "reflection"
    CLOSING = "closing"
    EVALUATION = "evaluation"


class PlanLanguage(StrEnum):
    ENGLISH = "en"
    BURMESE = "my"
    THAI = "th"


@dataclass
class StepInput:
    kind: StepKind
    title: str
    minutes: int
    instructions: list[str] = field(default_factory=list)  # numbered when printed
    questions: list[str] = field(default_factory=list)  # discussion questions


@dataclass
class PlanInput:
    title: str
    language: PlanLanguage = PlanLanguage.ENGLISH
    session_number: int = 1
    planned_date: dt.date | None = None
    duration_minutes: int = 120
    # Each completes "By the end of the session participants will ...".
    objectives: list[str] = field(default_factory=list)
    key_messages: list[str] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)
    preparation: list[str] = field(default_factory=list)
    safety_notes: str = ""
    facilitator_notes: str = ""
    project_id: int | None = None
    steps: list[StepInput] = field(default_factory=list)


@dataclass(frozen=True)
class StepInfo:
    position: int  # 0-based order in the plan
    kind: StepKind
    title: str
    minutes: int
    instructions: tuple[str, ...]
    questions: tuple[str, ...]

    def to_input(self) -> StepInput:
        return StepInput(
            self.kind, self.title, self.minutes, list(self.instructions), list(self.questions)
        )


@dataclass(frozen=True)
class PlanInfo:
    id: int
    is_template: bool
    title: str
    language: PlanLanguage
    session_number: int
    planned_date: dt.date | None
    duration_minutes: int
    objectives: tuple[str, ...]
    key_messages: tuple[str, ...]
    materials: tuple[str, ...]
    preparation: tuple[str, ...]
    safety_notes: str
    facilitator_notes: str
    project_id: int | None
    steps: tuple[StepInfo, ...]
    created_at: dt.datetime
    updated_at: dt.datetime

    def to_input(self) -> PlanInput:
        """An editable copy (e.g. for the plan editor, which saves it with ``update_plan``)."""
        return PlanInput(
            title=self.title,
            language=self.language,
            session_number=self.session_number,
            planned_date=self.planned_date,
            duration_minutes=self.duration_minutes,
            objectives=list(self.objectives),
            key_messages=list(self.key_messages),
            materials=list(self.materials),
            preparation=list(self.preparation),
            safety_notes=self.safety_notes,
            facilitator_notes=self.facilitator_notes,
            project_id=self.project_id,
            steps=[s.to_input() for s in self.steps],
        )


@dataclass(frozen=True)
class PlanSummary:
    """One line of a plan list."""

    id: int
    is_template: bool
    title: str
    language: PlanLanguage
    session_number: int
    planned_date: dt.date | None
    duration_minutes: int
    steps_minutes: int
    steps: int
    project_id: int | None
    updated_at: dt.datetime

    @property
    def over_time(self) -> int:
        return max(0, self.steps_minutes - self.duration_minutes)


# --- pure helpers ------------------------------------------------------------------------------


_T = TypeVar("_T")


class _HasMinutes(Protocol):
    @property
    def minutes(self) -> int: ...


class _HasSteps(Protocol):
    @property
    def duration_minutes(self) -> int: ...

    @property
    def steps(self) -> Sequence[_HasMinutes]: ...


def total_minutes(plan: _HasSteps) -> int:
    """Minutes of all steps together (a plan or a plan being edited)."""
    return sum(step.minutes for step in plan.steps)


def over_time(plan: _HasSteps) -> int:
    """Minutes by which the steps run past the planned duration; 0 when they fit."""
    return max(0, total_minutes(plan) - plan.duration_minutes)


def step_start_minutes(plan: _HasSteps) -> list[int]:
    """Minute at which each step starts, counted from the start of the session."""
    starts, at = [], 0
    for step in plan.steps:
        starts.append(at)
        at += step.minutes
    return starts


def reorder(steps: Sequence[_T], from_index: int, to_index: int) -> list[_T]:
    """A new list with the item at ``from_index`` moved to ``to_index`` (both 0-based)."""
    items = list(steps)
    if not (0 <= from_index < len(items) and 0 <= to_index < len(items)):
        raise IndexError("step index out of range")
    items.insert(to_index, items.pop(from_index))
    return items


def validate_plan(plan: PlanInput) -> dict[str, str]:
    """Problem codes by field name (``steps.3.title`` for a step); empty when it can be saved."""
    problems = text_problems(
        {
            "title": plan.title,
            "safety_notes": plan.safety_notes,
            "facilitator_notes": plan.facilitator_notes,
            **{name: "".join(getattr(plan, name)) for name in LIST_FIELDS},
        }
    )
    title = plan.title.strip()
    if not title:
        problems["title"] = "required"
    elif len(title) > TITLE_MAX:
        problems["title"] = "too_long"
    try:
        PlanLanguage(plan.language)
    except ValueError:
        problems["language"] = "unknown"
    if not 1 <= plan.session_number <= 999:
        problems["session_number"] = "out_of_range"
    if not 5 <= plan.duration_minutes <= MAX_DURATION:
        problems["duration_minutes"] = "out_of_range"
    if len(plan.steps) > MAX_STEPS:
        problems["steps"] = "too_many"
    for i, step in enumerate(plan.steps):
        try:
            StepKind(step.kind)
        except ValueError:
            problems[f"steps.{i}.kind"] = "unknown"
        if not step.title.strip():
            problems[f"steps.{i}.title"] = "required"
        elif len(step.title.strip()) > TITLE_MAX:
            problems[f"steps.{i}.title"] = "too_long"
        if not 1 <= step.minutes <= MAX_DURATION:
            problems[f"steps.{i}.minutes"] = "out_of_range"
        texts = {
            f"steps.{i}.title": step.title,
            f"steps.{i}.instructions": "".join(step.instructions),
            f"steps.{i}.questions": "".join(step.questions),
        }
        for key, code in text_problems(texts).items():
            problems.setdefault(key, code)
    return problems


# --- storage -----------------------------------------------------------------------------------


def _clean(items: Sequence[str]) -> list[str]:
    cleaned = (clean_text(s, multiline=True).strip() for s in items)
    return [s for s in cleaned if s]


def dump_list(items: Sequence[str]) -> str:
    cleaned = _clean(items)
    return json.dumps(cleaned, ensure_ascii=False) if cleaned else ""


def load_list(text: str) -> tuple[str, ...]:
    """A stored list: a JSON array, or (older or hand-written text) one item per line."""
    text = text.strip()
    if not text:
        return ()
    if text.startswith("["):
        try:
            value = json.loads(text)
        except ValueError:
            pass
        else:
            if isinstance(value, list):
                return tuple(str(v) for v in value if str(v).strip())
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _dump_materials(materials: Sequence[str], preparation: Sequence[str]) -> str:
    # One column holds both lists: {"materials": [...], "preparation": [...]}.
    m, p = _clean(materials), _clean(preparation)
    if not m and not p:
        return ""
    return json.dumps({"materials": m, "preparation": p}, ensure_ascii=False)


def _load_materials(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if text.strip().startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return (
                tuple(str(v) for v in value.get("materials", []) if str(v).strip()),
                tuple(str(v) for v in value.get("preparation", []) if str(v).strip()),
            )
    return load_list(text), ()


def _apply(row: SessionPlan, plan: PlanInput) -> None:
    row.title = clean_text(plan.title).strip()
    row.language = PlanLanguage(plan.language).value
    row.session_number = plan.session_number
    row.planned_date = plan.planned_date
    row.duration_minutes = plan.duration_minutes
    row.objectives = dump_list(plan.objectives)
    row.key_messages = dump_list(plan.key_messages)
    row.materials = _dump_materials(plan.materials, plan.preparation)
    row.safety_notes = clean_text(plan.safety_notes, multiline=True).strip()
    row.facilitator_notes = clean_text(plan.facilitator_notes, multiline=True).strip()
    row.project_id = plan.project_id
    row.updated_at = utcnow()


def _replace_steps(session: OrmSession, plan_id: int, steps: Sequence[StepInput]) -> None:
    """Save ``steps`` as the plan's steps, in place by position: the row at each position
    keeps its id and changes only the fields that differ, new positions get new rows, surplus
    rows go. So two laptops of a team editing one plan change fields of the same rows (a
    conflict of one field is listed, db.team), and two laptops adding a step each keep both."""
    rows = list(
        session.scalars(
            select(PlanStep)
            .where(PlanStep.plan_id == plan_id)
            .order_by(PlanStep.position, PlanStep.id)
        )
    )
    for position, step in enumerate(steps):
        row = rows[position] if position < len(rows) else PlanStep(plan_id=plan_id)
        values = {
            "position": position,
            "kind": StepKind(step.kind).value,
            "title": clean_text(step.title).strip(),
            "minutes": step.minutes,
            "instructions": dump_list(step.instructions),
            "questions": dump_list(step.questions),
        }
        for name, value in values.items():
            if getattr(row, name, None) != value:
                setattr(row, name, value)
        if position >= len(rows):
            session.add(row)
    for row in rows[len(steps) :]:
        session.delete(row)
    session.flush()


def _live(session: OrmSession, plan_id: int) -> SessionPlan:
    row = session.get(SessionPlan, plan_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(str(plan_id))
    return row


def _check(session: OrmSession, plan: PlanInput) -> None:
    problems = validate_plan(plan)
    if plan.project_id is not None:
        project = session.get(Project, plan.project_id)
        if project is None or project.deleted_at is not None:
            problems["project_id"] = "unknown"
    if problems:
        raise ValidationFailed(problems)


def _insert(session: OrmSession, plan: PlanInput, *, is_template: bool) -> int:
    row = SessionPlan(is_template=is_template)
    _apply(row, plan)
    if is_template:
        row.project_id = None
    session.add(row)
    session.flush()
    _replace_steps(session, row.id, plan.steps)
    return row.id


def _info(session: OrmSession, row: SessionPlan) -> PlanInfo:
    steps = session.scalars(
        select(PlanStep).where(PlanStep.plan_id == row.id).order_by(PlanStep.position, PlanStep.id)
    )
    materials, preparation = _load_materials(row.materials)
    return PlanInfo(
        id=row.id,
        is_template=row.is_template,
        title=row.title,
        language=PlanLanguage(row.language),
        session_number=row.session_number,
        planned_date=row.planned_date,
        duration_minutes=row.duration_minutes,
        objectives=load_list(row.objectives),
        key_messages=load_list(row.key_messages),
        materials=materials,
        preparation=preparation,
        safety_notes=row.safety_notes,
        facilitator_notes=row.facilitator_notes,
        project_id=row.project_id,
        steps=tuple(
            StepInfo(
                position=i,
                kind=StepKind(s.kind),
                title=s.title,
                minutes=s.minutes,
                instructions=load_list(s.instructions),
                questions=load_list(s.questions),
            )
            for i, s in enumerate(steps)
        ),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


# --- the facade --------------------------------------------------------------------------------


def create_plan(store: Store, plan: PlanInput) -> PlanInfo:
    """Save a new session plan with its steps."""
    store.require(Permission.PLANS)
    with store.write() as session:
        _check(session, plan)
        plan_id = _insert(session, plan, is_template=False)
        store.audit(session, "create", "plan", plan_id)
    return get_plan(store, plan_id)


def update_plan(store: Store, plan_id: int, plan: PlanInput) -> PlanInfo:
    """Save an edited plan (or template). Its steps are replaced by ``plan.steps`` in the same
    transaction: either the whole new plan is saved or nothing changes."""
    store.require(Permission.PLANS)
    with store.write() as session:
        row = _live(session, plan_id)
        _check(session, plan)
        _apply(row, plan)
        if row.is_template:
            row.project_id = None
        _replace_steps(session, plan_id, plan.steps)
        store.audit(session, "update", "plan", plan_id)
    return get_plan(store, plan_id)


def get_plan(store: Store, plan_id: int) -> PlanInfo:
    store.require(Permission.PLANS)
    with store.read() as session:
        return _info(session, _live(session, plan_id))


def list_plans(
    store: Store,
    project_id: int | None = None,
    templates: bool = False,
    *,
    language: PlanLanguage | None = None,
) -> list[PlanSummary]:
    """Plans by session number (of one project when ``project_id`` is given), or, with
    ``templates=True``, the template library by title."""
    store.require(Permission.PLANS)
    minutes = (
        select(func.coalesce(func.sum(PlanStep.minutes), 0))
        .where(PlanStep.plan_id == SessionPlan.id)
        .correlate(SessionPlan)
        .scalar_subquery()
    )
    count = (
        select(func.count())
        .where(PlanStep.plan_id == SessionPlan.id)
        .correlate(SessionPlan)
        .scalar_subquery()
    )
    stmt = select(SessionPlan, minutes, count).where(
        SessionPlan.deleted_at.is_(None), SessionPlan.is_template.is_(templates)
    )
    if project_id is not None:
        stmt = stmt.where(SessionPlan.project_id == project_id)
    if language is not None:
        stmt = stmt.where(SessionPlan.language == PlanLanguage(language).value)
    if templates:
        stmt = stmt.order_by(SessionPlan.session_number, SessionPlan.language, SessionPlan.title)
    else:
        stmt = stmt.order_by(
            SessionPlan.project_id, SessionPlan.session_number, SessionPlan.planned_date
        )
    with store.read() as session:
        return [
            PlanSummary(
                id=p.id,
                is_template=p.is_template,
                title=p.title,
                language=PlanLanguage(p.language),
                session_number=p.session_number,
                planned_date=p.planned_date,
                duration_minutes=p.duration_minutes,
                steps_minutes=int(m),
                steps=int(n),
                project_id=p.project_id,
                updated_at=p.updated_at,
            )
            for p, m, n in session.execute(stmt)
        ]


def delete_plan(store: Store, plan_id: int) -> None:
    """Soft delete of a plan or a template."""
    store.require(Permission.PLANS)
    with store.write() as session:
        row = _live(session, plan_id)
        row.deleted_at = utcnow()
        store.audit(session, "delete", "plan", plan_id)


def duplicate_plan(
    store: Store,
    plan_id: int,
    *,
    session_number: int | None = None,
    planned_date: dt.date | None = None,
) -> PlanInfo:
    """A copy of a plan (e.g. to run it again with another group); a copy of a template is a
    template. The copy has no date unless one is given."""
    store.require(Permission.PLANS)
    with store.write() as session:
        source = _live(session, plan_id)
        copy = _info(session, source).to_input()
        copy.planned_date = planned_date
        if session_number is not None:
            copy.session_number = session_number
        _check(session, copy)
        new_id = _insert(session, copy, is_template=source.is_template)
        store.audit(session, "duplicate", "plan", new_id, str(plan_id))
    return get_plan(store, new_id)


def new_plan_from_template(
    store: Store,
    template_id: int,
    project_id: int | None,
    session_number: int,
    planned_date: dt.date | None,
) -> PlanInfo:
    """Start a project's plan as a copy of a template, ready to adapt."""
    store.require(Permission.PLANS)
    with store.write() as session:
        template = _live(session, template_id)
        if not template.is_template:
            raise ValidationFailed({"template_id": "not_a_template"})
        plan = _info(session, template).to_input()
        plan.project_id = project_id
        plan.session_number = session_number
        plan.planned_date = planned_date
        _check(session, plan)
        new_id = _insert(session, plan, is_template=False)
        store.audit(session, "from_template", "plan", new_id, str(template_id))
    return get_plan(store, new_id)


def save_plan_as_template(store: Store, plan_id: int, title: str) -> PlanInfo:
    """Keep a plan that worked well as a template under a new title (no project, no date)."""
    store.require(Permission.PLANS)
    with store.write() as session:
        plan = _info(session, _live(session, plan_id)).to_input()
        plan.title = title
        plan.project_id = None
        plan.planned_date = None
        _check(session, plan)
        new_id = _insert(session, plan, is_template=True)
        store.audit(session, "save_template", "plan", new_id, str(plan_id))
    return get_plan(store, new_id)


def project_title_of(store: Store, plan: PlanInfo) -> str:
    """The title of the plan's project, or "" (for printing a plan's header)."""
    if plan.project_id is None:
        return ""
    with store.read() as session:
        project = session.get(Project, plan.project_id)
        return project.title if project is not None and project.deleted_at is None else ""
