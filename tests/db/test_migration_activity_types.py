"""Migration 0015: a database at 0014 gets the activity types that were fixed in code, with
the same codes (its sessions keep theirs) and the labels the app showed; its programmes keep
counting in the network programme of their own code."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from db import keys, migrate
from db.activities import ActivityType
from db.engine import make_engine


def test_a_0014_database_upgrades_with_todays_types(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.db", keys.new_master_key())
    migrate.upgrade(engine, target="0014")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO programmes (id, code, name, active, sort_order) VALUES "
                "(1, 'mhpss', 'MHPSS', 1, 0), (2, 'thai_language', 'Thai', 1, 1)"
            )
        )
        c.execute(
            text(
                "INSERT INTO sessions (id, kind, activity_type, programme_id, date, "
                "duration_minutes, location, topic, mhpss_notes, created_at) VALUES "
                "(1, 'individual', 'counselling', 1, '2025-01-02', 60, '', '', '', '2025-01-02'),"
                "(2, 'group', 'thai_class', 2, '2025-01-03', 60, '', '', '', '2025-01-03')"
            )
        )
    migrate.upgrade(engine)
    with engine.connect() as c:
        types = {
            code: (kind, json.loads(labels), programme, built_in)
            for code, kind, labels, programme, built_in in c.execute(
                text("SELECT code, kind, labels, programme_code, built_in FROM activity_types")
            )
        }
        sessions = c.execute(text("SELECT activity_type FROM sessions ORDER BY id")).scalars().all()
        mapping = c.execute(text("SELECT network_code, labels FROM programmes")).all()
    assert set(types) == {t.value for t in ActivityType}
    assert types["counselling"] == (
        "individual",
        {"en": "Counselling", "my": "စိတ်ပိုင်းဆိုင်ရာ အကြံပေးခြင်း", "th": "การให้คำปรึกษา"},
        "mhpss",
        1,
    )
    assert types["thai_class"][0] == "group"
    assert types["thai_class"][2] == "thai_language"
    assert {kind for kind, *_ in types.values()} == {"individual", "group"}
    assert all(
        (kind == "individual") == ActivityType(code).individual
        for code, (kind, *_) in types.items()
    )
    assert sessions == ["counselling", "thai_class"]  # every session keeps its type
    assert mapping == [(None, "{}"), (None, "{}")]  # the default: the network programme of its code
    engine.dispose()
