"""A session plan's steps on several laptops of a team: saved in place by position, so two
laptops editing one plan's steps between syncs converge (no sync stops on a unique position),
with the steps in the same order everywhere; migration 0006 drops the unique position."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from db import keys, migrate
from db.engine import make_engine
from db.plans import StepInput, StepKind, create_plan, get_plan, update_plan
from db.store import Store
from db.team import conflicts, replica
from tests.db.team.replicas import Device, canonical_dump, identity, make_team
from tests.plans.conftest import plan_input


def _sync(devices: list[Device]) -> None:
    for d in devices:
        d.send()
    for d in devices:
        d.pull(devices)


def _all_applied(devices: list[Device]) -> None:
    for d in devices:
        for other in devices:
            if other is not d:
                assert d.applied().get(other.device_id, 0) == len(other.segments)


def _same_everywhere(devices: list[Device]) -> None:
    dumps = [canonical_dump(d.store) for d in devices]
    for dump in dumps[1:]:
        assert dump == dumps[0]


@pytest.fixture
def team(store: Store, tmp_path: Path) -> Iterator[list[Device]]:
    devices = make_team(store, 3, tmp_path)
    yield devices
    for d in devices[1:]:
        d.store.close()


def test_two_laptops_editing_one_plans_steps_converge(team: list[Device]) -> None:
    a, b, c = team
    plan = create_plan(a.store, plan_input())
    _sync(team)
    on_a = get_plan(a.store, plan.id).to_input()
    on_a.steps[1].title = "Step 2, shorter"
    on_a.steps.append(StepInput(StepKind.CLOSING, "Closing circle", 5))
    update_plan(a.store, plan.id, on_a)
    on_b = get_plan(b.store, plan.id).to_input()
    on_b.steps[3].minutes = 15
    on_b.steps.append(StepInput(StepKind.EVALUATION, "Quick evaluation", 5))
    update_plan(b.store, plan.id, on_b)
    _sync(team)  # the old code: IntegrityError on UNIQUE(plan_id, position), for good
    _sync(team)
    _all_applied(team)
    _same_everywhere(team)
    steps = [get_plan(d.store, plan.id).steps for d in team]
    assert steps[1] == steps[0]
    assert steps[2] == steps[0]
    titles = [s.title for s in steps[0]]
    # Both edits of different steps are kept, and both added steps, in one order everywhere.
    assert titles[:4] == ["Step 1", "Step 2, shorter", "Step 3", "Step 4"]
    assert sorted(titles[4:]) == ["Closing circle", "Quick evaluation"]
    assert steps[0][3].minutes == 15
    # Saving the merged plan numbers its steps afresh, and that syncs too.
    merged = get_plan(c.store, plan.id)
    update_plan(c.store, plan.id, merged.to_input())
    _sync(team)
    _same_everywhere(team)
    with a.store.engine.connect() as conn:
        positions = conn.execute(
            text("SELECT position FROM plan_steps WHERE plan_id = :p ORDER BY position"),
            {"p": plan.id},
        ).scalars()
        assert list(positions) == [0, 1, 2, 3, 4, 5]
    assert get_plan(a.store, plan.id).steps == merged.steps


def test_one_step_edited_on_two_laptops_is_a_listed_conflict(team: list[Device]) -> None:
    a, b, _c = team
    plan = create_plan(a.store, plan_input())
    _sync(team)
    for d, title in ((a, "Welcome and rules"), (b, "Welcome and names")):
        edited = get_plan(d.store, plan.id).to_input()
        edited.steps[0].title = title
        update_plan(d.store, plan.id, edited)
    _sync(team)
    _sync(team)
    _all_applied(team)
    _same_everywhere(team)
    for d in team[:2]:
        listed = [(x.kind, x.field) for x in conflicts.list_conflicts(d.store)]
        assert ("plan_steps", "title") in listed
    titles = {get_plan(d.store, plan.id).steps[0].title for d in team}
    assert len(titles) == 1
    assert titles <= {"Welcome and rules", "Welcome and names"}


def test_a_plan_saved_unchanged_writes_no_step(team: list[Device]) -> None:
    """Steps are kept in place: saving a plan as it is sends nothing (the old code deleted
    and inserted every step again, a change of every step on every save)."""
    a = team[0]
    plan = create_plan(a.store, plan_input())
    a.send()
    update_plan(a.store, plan.id, get_plan(a.store, plan.id).to_input())
    with a.store.engine.connect() as c:
        changed = c.execute(
            text(
                "SELECT (SELECT count(*) FROM team_rows r WHERE r.tbl = 'plan_steps' "
                "AND r.seq > l.sent_seq) + (SELECT count(*) FROM team_fields f "
                "WHERE f.tbl = 'plan_steps' AND f.seq > l.sent_seq) FROM team_local l"
            )
        ).scalar()
    assert changed == 0


def test_migration_0006_keeps_a_team_databases_capture_triggers(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path, keys.new_master_key())
    try:
        migrate.upgrade(engine, target="0005")
        with engine.begin() as c:
            replica.enable(c, identity(0, "t" * 32))

        def triggers() -> set[str]:
            with engine.connect() as c:
                return set(
                    c.execute(
                        text(
                            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                            "AND tbl_name = 'plan_steps'"
                        )
                    ).scalars()
                )

        before = triggers()
        assert before
        migrate.upgrade(engine)
        assert triggers() == before
        with engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO session_plans (id, is_template, language, session_number, "
                    "title, duration_minutes, objectives, key_messages, materials, "
                    "safety_notes, facilitator_notes, created_at, updated_at) VALUES "
                    "(1, 0, 'en', 1, 'Plan', 60, '', '', '', '', '', '2025-01-01', '2025-01-01')"
                )
            )
            for step in (1, 2):  # two steps at one position: allowed now
                c.execute(
                    text(
                        "INSERT INTO plan_steps (id, plan_id, position, kind, title, minutes, "
                        "instructions, questions) VALUES (:id, 1, 0, 'activity', 'S', 5, '', '')"
                    ),
                    {"id": step},
                )
            captured = c.execute(
                text("SELECT count(*) FROM team_rows WHERE tbl = 'plan_steps'")
            ).scalar()
        assert captured == 2
    finally:
        engine.dispose()
