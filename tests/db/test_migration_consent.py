"""Migration 0010 (consent history): a database at 0009 with people whose consent booleans are
true or false gets one event per person and built-in scope, as the booleans say, effective on
the consent date and recorded by who recorded it; on a team only the first laptop writes them
(as its own changes), and the new table is captured."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

import pytest
from sqlalchemy import text

from db import consent, counting, keys, migrate
from db.engine import make_engine
from db.store import Store
from db.team import replica
from tests.db.team.replicas import identity

USER = (
    "INSERT INTO users (id, username, full_name, role, password_hash, language, active, "
    "created_at) VALUES (1, 'cw', 'Ma Cho', 'caseworker', 'x', 'en', 1, '2026-01-01')"
)
PERSON = (
    "INSERT INTO beneficiaries (id, code, name_latin, name_script, sex, birth_date, "
    "birth_date_estimated, nationality, population_group, documentation, has_disability, "
    "phone, area, language, consent_date, consent_services, consent_referral, "
    "consent_data_use, consent_recorded_by, status, closed_reason, notes, search_text, "
    "created_at, updated_at) VALUES (:id, :code, 'Canary', '', 'female', '1990-01-01', 0, "
    "'myanmar', 'new_arrival', 'none', 0, '', '', 'my', :day, :services, :referral, :data_use, "
    ":by, 'active', '', '', '', '2025-01-02 10:00:00', '2025-01-02 10:00:00')"
)
# (id, consent date, services, referral, data use, recorded by)
PEOPLE = [
    (1, "2025-01-05", 1, 1, 1, 1),
    (2, "2025-02-10", 1, 0, 0, None),
    (3, "2025-03-15", 0, 1, 0, 1),  # an older version could hold anything
]


def _old_database(path: Path) -> tuple[object, bytes]:
    master = keys.new_master_key()
    engine = make_engine(path, master)
    migrate.upgrade(engine, target="0009")
    with engine.begin() as c:
        c.execute(text(USER))
        for pid, day, services, referral, data_use, by in PEOPLE:
            c.execute(
                text(PERSON),
                {
                    "id": pid, "code": f"OLD-{pid:06d}", "day": day, "services": services,
                    "referral": referral, "data_use": data_use, "by": by,
                },
            )  # fmt: skip
    return engine, master


def test_0009_people_get_events_matching_their_booleans(tmp_path: Path) -> None:
    engine, _master = _old_database(tmp_path / "old.db")
    try:
        migrate.upgrade(engine)
        with engine.connect() as c:
            rows = c.execute(
                text(
                    "SELECT beneficiary_id, scope, granted, effective, method, recorded_by, "
                    "recorded_at, note FROM consent_events ORDER BY beneficiary_id, scope"
                )
            ).all()
            assert c.execute(text("PRAGMA foreign_key_check")).all() == []
        want = sorted(
            (pid, scope, flag, day, "verbal", by, "2025-01-02 10:00:00", "")
            for pid, day, services, referral, data_use, by in PEOPLE
            for scope, flag in (
                ("data_use", data_use), ("referral", referral), ("services", services)
            )
        )  # fmt: skip
        assert [tuple(r) for r in rows] == want
    finally:
        engine.dispose()


def test_after_the_upgrade_the_history_reads_and_counts(store: Store) -> None:
    """The same on the app's own database: taken back to 0009 with people, then upgraded."""
    from alembic import command

    cfg = migrate.alembic_config()
    with store.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0009")
    with store.engine.begin() as c:
        for pid, day, services, referral, data_use, _by in PEOPLE:
            c.execute(
                text(PERSON),
                {
                    "id": pid, "code": f"OLD-{pid:06d}", "day": day, "services": services,
                    "referral": referral, "data_use": data_use, "by": store.user.id,
                },
            )  # fmt: skip
    migrate.upgrade(store.engine)
    history = consent.history(store, 2)
    assert [(e.scope, e.granted, e.effective, e.recorded_by) for e in history] == [
        ("services", True, dt.date(2025, 2, 10), store.user.full_name),
        ("referral", False, dt.date(2025, 2, 10), store.user.full_name),
        ("data_use", False, dt.date(2025, 2, 10), store.user.full_name),
    ]
    assert consent.is_restricted(store, 3)
    assert counting.left_out(store, dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == {
        "never": 0,
        "withdrawn": 0,
    }


@pytest.mark.parametrize("device_no", [0, 1])
def test_on_a_team_only_the_first_laptop_writes_the_events(tmp_path: Path, device_no: int) -> None:
    engine, _master = _old_database(tmp_path / "team.db")
    try:
        with engine.begin() as c:
            replica.enable(c, identity(device_no, secrets.token_hex(16)))
        migrate.upgrade(engine)
        with engine.connect() as c:
            events = c.execute(text("SELECT count(*) FROM consent_events")).scalar()
            sent = c.execute(
                text("SELECT count(*) FROM team_rows WHERE tbl = 'consent_events'")
            ).scalar()
            triggers = c.execute(
                text(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                    "AND tbl_name = 'consent_events'"
                )
            ).scalar()
        assert triggers
        if device_no == 0:
            assert (events, sent) == (9, 9)
        else:
            assert (events, sent) == (0, 0)
    finally:
        engine.dispose()
