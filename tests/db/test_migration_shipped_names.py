"""Migration 0021: the pilot programmes of an older database get their Burmese and Thai names,
unless the admin renamed them or named them in those languages; a new database has them."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from db import keys, migrate, programmes
from db.engine import make_engine
from db.setup import PILOT_PROGRAMME_LABELS, PILOT_PROGRAMMES
from db.store import Store


def test_an_older_database_gets_the_shipped_names_and_keeps_the_admins(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.db", keys.new_master_key())
    migrate.upgrade(engine, target="0015")
    own = json.dumps({"my": "ထိုင်းစာ (ကျွန်ုပ်တို့)"}, ensure_ascii=False)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO programmes (id, code, name, active, sort_order, labels) VALUES "
                "(1, 'mhpss', 'Psychosocial support (MHPSS)', 1, 0, '{}'),"
                "(2, 'thai_language', 'Thai language', 1, 1, :own),"
                "(3, 'vocational', 'Sewing and skills', 1, 2, '{}'),"
                "(4, 'own', 'Football', 1, 3, '{}')"
            ),
            {"own": own},
        )
    migrate.upgrade(engine)
    with engine.connect() as c:
        labels = {
            code: json.loads(value)
            for code, value in c.execute(text("SELECT code, labels FROM programmes"))
        }
    engine.dispose()
    assert labels["mhpss"] == {
        "my": "စိတ်လူမှု ပံ့ပိုးမှု (MHPSS)",
        "th": "การสนับสนุนด้านจิตสังคม (MHPSS)",
    }
    # The admin's Burmese name stays; the missing Thai one is filled in.
    assert labels["thai_language"] == {"my": "ထိုင်းစာ (ကျွန်ုပ်တို့)", "th": "ภาษาไทย"}
    assert labels["vocational"] == {}  # renamed by the admin: not the shipped programme
    assert labels["own"] == {}


def test_a_new_database_has_every_pilot_programme_in_burmese_and_thai(store: Store) -> None:
    assert set(PILOT_PROGRAMME_LABELS) == {code for code, _name, _target in PILOT_PROGRAMMES}
    for programme in programmes.list_programmes(store, include_inactive=True):
        assert set(programme.labels) == {"my", "th"}, programme.code
        assert programme.label("my") != programme.name
