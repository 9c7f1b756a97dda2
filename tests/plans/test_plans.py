"""Session plans: CRUD, step order, atomic replace, totals, templates and copies."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from db import setup, users
from db.errors import PermissionDenied, RecordNotFound, ValidationFailed
from db.models import PlanStep, SessionPlan
from db.plans import (
    PlanLanguage,
    StepInput,
    StepKind,
    create_plan,
    delete_plan,
    dump_list,
    duplicate_plan,
    get_plan,
    list_plans,
    load_list,
    new_plan_from_template,
    over_time,
    reorder,
    save_plan_as_template,
    step_start_minutes,
    total_minutes,
    update_plan,
    validate_plan,
)
from db.projects import ProjectInfo, get_project
from db.store import Store
from db.types import Role
from tests.plans.conftest import BURMESE_TITLE, THAI_WELCOME, plan_input


def test_create_and_read_back(store: Store, project: ProjectInfo) -> None:
    given = plan_input(project_id=project.id)
    given.objectives.append("  ")  # blank items are dropped
    given.steps[0].instructions = ["Say “สวัสดีค่ะ”\nthen smile", "Sit in a circle"]
    plan = create_plan(store, given)
    assert plan.title == "Knowing our rights"
    assert plan.objectives == ("name two services", "know where to get help")
    assert plan.materials == ("Flip-chart paper", "Markers")
    assert plan.preparation == ("Print the referral list",)
    assert plan.steps[0].instructions == ("Say “สวัสดีค่ะ”\nthen smile", "Sit in a circle")
    assert [s.position for s in plan.steps] == [0, 1, 2, 3]
    assert [s.title for s in plan.steps] == ["Step 1", "Step 2", "Step 3", "Step 4"]
    assert plan.to_input().steps == given.steps
    assert get_project(store, project.id).plans == 1
    assert get_plan(store, plan.id) == plan


def test_update_replaces_steps_in_order(store: Store) -> None:
    plan = create_plan(store, plan_input())
    edited = plan.to_input()
    edited.steps = reorder(edited.steps, 3, 0)
    edited.steps.append(StepInput(StepKind.CLOSING, "Closing circle", 5))
    edited.title = BURMESE_TITLE
    edited.language = PlanLanguage.BURMESE
    saved = update_plan(store, plan.id, edited)
    titles = [s.title for s in saved.steps]
    assert titles == ["Step 4", "Step 1", "Step 2", "Step 3", "Closing circle"]
    assert saved.title == BURMESE_TITLE
    assert saved.language is PlanLanguage.BURMESE
    with store.read() as session:
        positions = session.scalars(
            select(PlanStep.position).where(PlanStep.plan_id == plan.id)
        ).all()
    assert sorted(positions) == [0, 1, 2, 3, 4]  # the old rows are gone


def test_update_is_atomic(store: Store) -> None:
    plan = create_plan(store, plan_input())
    edited = plan.to_input()
    edited.title = "Changed"
    edited.steps = edited.steps[:2]
    edited.steps[1].minutes = 0  # invalid: nothing at all may change
    with pytest.raises(ValidationFailed) as exc:
        update_plan(store, plan.id, edited)
    assert exc.value.problems == {"steps.1.minutes": "out_of_range"}
    assert get_plan(store, plan.id) == plan

    # A failure inside the transaction after the old steps were deleted rolls them back too.
    edited.steps[1].minutes = 5
    edited.steps[1].kind = "nap"  # type: ignore[assignment]
    with pytest.raises(ValidationFailed):
        update_plan(store, plan.id, edited)
    assert get_plan(store, plan.id) == plan


def test_totals_and_over_time(store: Store) -> None:
    fits = create_plan(store, plan_input(duration=60, step_minutes=(10, 20, 20, 10)))
    assert (total_minutes(fits), over_time(fits)) == (60, 0)
    assert step_start_minutes(fits) == [0, 10, 30, 50]
    long = plan_input(duration=60, step_minutes=(30, 30, 15))
    assert (total_minutes(long), over_time(long)) == (75, 15)  # works on an unsaved input too
    create_plan(store, long)
    summaries = {s.title: s for s in list_plans(store)}
    assert summaries["Knowing our rights"].steps_minutes in {60, 75}
    assert sorted(s.over_time for s in list_plans(store)) == [0, 15]


def test_reorder() -> None:
    assert reorder("abcd", 0, 3) == list("bcda")
    assert reorder("abcd", 2, 1) == list("acbd")
    assert reorder("abcd", 1, 1) == list("abcd")
    with pytest.raises(IndexError):
        reorder("abc", 3, 0)


def test_validation() -> None:
    bad = dataclasses.replace(plan_input(), title="", duration_minutes=2, session_number=0)
    bad.steps[2].title = " "
    assert validate_plan(bad) == {
        "title": "required",
        "duration_minutes": "out_of_range",
        "session_number": "out_of_range",
        "steps.2.title": "required",
    }
    assert validate_plan(plan_input()) == {}


def test_unknown_project_is_refused(store: Store) -> None:
    with pytest.raises(ValidationFailed) as exc:
        create_plan(store, plan_input(project_id=404))
    assert exc.value.problems == {"project_id": "unknown"}


def test_lists_survive_old_plain_text(store: Store) -> None:
    assert load_list(dump_list(["a\nb", " c "])) == ("a\nb", "c")
    assert load_list("first\n\nsecond\n") == ("first", "second")
    assert load_list("[not json") == ("[not json",)
    plan = create_plan(store, plan_input())
    with store.write() as session:
        row = session.get(SessionPlan, plan.id)
        assert row is not None
        row.objectives = "one\ntwo"
        row.materials = "chalk"
    again = get_plan(store, plan.id)
    assert again.objectives == ("one", "two")
    assert (again.materials, again.preparation) == (("chalk",), ())


def test_list_delete_and_duplicate(store: Store, project: ProjectInfo) -> None:
    one = create_plan(store, plan_input("One", project_id=project.id))
    two = create_plan(store, plan_input("Two"))
    assert {p.id for p in list_plans(store, project_id=project.id)} == {one.id}
    copy = duplicate_plan(store, one.id, session_number=3)
    assert copy.id != one.id
    assert copy.session_number == 3
    assert copy.planned_date is None
    assert copy.steps == one.steps
    assert copy.project_id == project.id
    delete_plan(store, two.id)
    assert {p.id for p in list_plans(store)} == {one.id, copy.id}
    with pytest.raises(RecordNotFound):
        get_plan(store, two.id)


def test_template_round_trip(store: Store, project: ProjectInfo) -> None:
    templates_before = len(list_plans(store, templates=True))
    plan = create_plan(store, plan_input(project_id=project.id))
    template = save_plan_as_template(store, plan.id, "Rights — short version")
    assert template.is_template
    assert template.project_id is None
    assert template.planned_date is None
    assert template.steps == plan.steps
    assert len(list_plans(store, templates=True)) == templates_before + 1
    assert template.id not in {p.id for p in list_plans(store)}

    fresh = new_plan_from_template(store, template.id, project.id, 4, dt.date(2025, 7, 1))
    assert not fresh.is_template
    assert (fresh.project_id, fresh.session_number) == (project.id, 4)
    assert fresh.planned_date == dt.date(2025, 7, 1)
    assert fresh.title == "Rights — short version"
    assert fresh.steps == plan.steps
    with pytest.raises(ValidationFailed):
        new_plan_from_template(store, plan.id, project.id, 5, None)  # not a template

    # Editing a template never attaches it to a project.
    edited = template.to_input()
    edited.project_id = project.id
    assert update_plan(store, template.id, edited).project_id is None


def test_thai_and_burmese_text_round_trip(store: Store) -> None:
    given = plan_input(BURMESE_TITLE, language=PlanLanguage.BURMESE)
    given.steps[0].instructions = [f"ပါဝင်သူများကို “{THAI_WELCOME}” ဟု ကြိုဆိုပါ။"]
    plan = create_plan(store, given)
    assert get_plan(store, plan.id).steps[0].instructions[0].count(THAI_WELCOME) == 1


def test_roles(store: Store, db_path: Path) -> None:
    plan = create_plan(store, plan_input())
    users.create_user(store, "nilar", "Nilar", Role.FACILITATOR, "facilitator-pw")
    users.create_user(store, "coord", "Coordinator", Role.COORDINATOR, "coordinator-pw")
    facilitator = setup.open_database(db_path, "nilar", "facilitator-pw")
    try:
        edited = get_plan(facilitator, plan.id).to_input()
        edited.title = "Edited by the facilitator"
        update_plan(facilitator, plan.id, edited)
    finally:
        facilitator.close()
    coordinator = setup.open_database(db_path, "coord", "coordinator-pw")
    try:
        with pytest.raises(PermissionDenied):
            get_plan(coordinator, plan.id)
        with pytest.raises(PermissionDenied):
            list_plans(coordinator, templates=True)
    finally:
        coordinator.close()
