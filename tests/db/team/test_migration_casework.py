"""Migration 0007 (casework) on a database of a team: the new tables get capture triggers, and
only the laptop that created the team makes the cases of existing people, as its own changes
(the others receive them; were each laptop to make them, a person would have a case per
laptop)."""

from __future__ import annotations

import datetime as dt
import secrets

import pytest
from alembic import command
from sqlalchemy import text

from db import migrate, programmes
from db.activities import ActivityType, SessionInput, log_session
from db.beneficiaries import register_person
from db.store import Store
from db.team import replica
from tests.db.people import person
from tests.db.team.replicas import identity


def _team_database_at_0006(store: Store, device_no: int) -> int:
    """``store``'s database with one person and one MHPSS session, taken back to revision 0006
    and made device ``device_no`` of a team; returns the person's id."""
    pid = register_person(store, person("Naw Paw")).id
    mhpss = next(p for p in programmes.list_programmes(store) if p.code == "mhpss")
    log_session(
        store,
        SessionInput(ActivityType.COUNSELLING, mhpss.id, dt.date(2025, 3, 3), attendee_ids=[pid]),
    )
    cfg = migrate.alembic_config()
    with store.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0006")
    with store.engine.begin() as c:
        replica.enable(c, identity(device_no, secrets.token_hex(16)))
    return pid


def _triggers_on(store: Store, table: str) -> set[str]:
    with store.engine.connect() as c:
        return set(
            c.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
                {"t": table},
            ).scalars()
        )


@pytest.mark.parametrize("device_no", [0, 1])
def test_the_new_tables_are_captured_and_only_the_first_laptop_makes_the_cases(
    store: Store, device_no: int
) -> None:
    pid = _team_database_at_0006(store, device_no)
    assert _triggers_on(store, "plan_steps")  # the team's triggers so far
    migrate.upgrade(store.engine)
    for table in ("cases", "case_goals", "case_actions", "participant_notes", "worklist_marks"):
        assert _triggers_on(store, table), table
    with store.engine.connect() as c:
        cases = c.execute(text("SELECT beneficiary_id, service_line FROM cases")).all()
        sent = c.execute(text("SELECT COUNT(*) FROM team_rows WHERE tbl = 'cases'")).scalar()
    if device_no == 0:
        assert [tuple(r) for r in cases] == [(pid, "mhpss")]
        assert sent == 1  # recorded as this laptop's change: it goes to the others
    else:
        assert cases == []
        assert sent == 0
