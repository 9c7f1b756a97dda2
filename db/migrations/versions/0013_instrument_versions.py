"""instrument versions: definitions in the format "saphan.instrument/1", and the library

An instrument now has a version (a changed definition is a new version; answers keep the
version they were given in): ``instruments`` gets a ``version`` column and its code is unique
per version (SQLite rebuilds the table for that). ``assessments`` gets the version of the
definition the answers were given in, and the scores, band and alerts computed on saving.

The WHO-5 row becomes version 1 of WHO-5 in the new format (its items named q1..q5, its
wording as before); existing WHO-5 answers, a list in item order, become answers by item name,
of version 1, with their scores. Then the library of scales shipped with this version
(db/instruments/library: PHQ-9, GAD-7, K10, K6, PSYCHLOPS, RHS-15, WHODAS 2.0 12-item) is
added. A library file, once shipped, never changes: a changed scale is a new file with a
higher version, added by a later migration.

On a team database the capture triggers are made again (the rebuilt table lost its own);
only the laptop that created the team (device 0) adds the library, as its own changes, which
reach the other laptops at their next sync (were each laptop to add them, each scale would
arrive once per laptop).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-12 09:00:00
"""

import json
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIBRARY = Path(__file__).resolve().parents[2] / "instruments" / "library"
# The files this migration adds, as shipped with it (WHO-5 replaces the existing row).
FILES = (
    "who5.json",
    "phq9.json",
    "gad7.json",
    "k10.json",
    "k6.json",
    "psychlops.json",
    "rhs15.json",
    "whodas12.json",
)


def _load(name: str) -> dict[str, object]:
    data = json.loads((LIBRARY / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def upgrade() -> None:
    bind = op.get_bind()
    device_no = _team_device()
    if device_no is not None:
        # Every laptop converts its own copy alike: not changes to send.
        from db.team import capture

        capture.uninstall(bind)
    with op.batch_alter_table("instruments", recreate="always") as batch:
        batch.add_column(
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
        batch.drop_constraint("uq_instruments_code", type_="unique")
        batch.create_unique_constraint("uq_instruments_code_version", ["code", "version"])
    op.add_column(
        "assessments",
        sa.Column("instrument_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
    )
    op.add_column("assessments", sa.Column("scores", sa.Text(), nullable=True))
    who5 = _load("who5.json")
    bind.execute(
        sa.text("UPDATE instruments SET definition = :d WHERE code = 'who5' AND version = 1"),
        {"d": json.dumps(who5, ensure_ascii=False, sort_keys=True)},
    )
    _who5_answers_by_name(bind, who5)
    if device_no is not None:
        from db.team import capture

        capture.install(bind)
    if device_no in (None, 0):
        _add_library(bind)


def _who5_answers_by_name(bind: sa.Connection, who5: dict[str, object]) -> None:
    """Existing WHO-5 answers (a list in item order) by item name, with their scores."""
    from db.errors import ValidationFailed
    from db.instruments import definition, scoring

    defn = definition.parse(who5)
    names = [i.name for i in defn.items]
    rows = bind.execute(
        sa.text("SELECT id, answers FROM assessments WHERE instrument = 'who5'")
    ).all()
    for row_id, answers in rows:
        try:
            given = json.loads(answers)
        except ValueError:
            continue
        if not isinstance(given, list) or len(given) != len(names):
            continue
        by_name = dict(zip(names, given, strict=True))
        try:
            scored = scoring.score(defn, by_name)
        except ValidationFailed:  # answers out of range stay as they were
            continue
        bind.execute(
            sa.text("UPDATE assessments SET answers = :a, scores = :s WHERE id = :id"),
            {"a": json.dumps(by_name), "s": scoring.scores_json(scored), "id": row_id},
        )


def _add_library(bind: sa.Connection) -> None:
    present = {
        (code, version)
        for code, version in bind.execute(sa.text("SELECT code, version FROM instruments"))
    }
    for name in FILES:
        data = _load(name)
        if (data["code"], data["version"]) in present:
            continue
        choices = [
            c["value"]
            for lst in data["choice_lists"].values()  # type: ignore[attr-defined]
            for c in lst
        ]
        bind.execute(
            sa.text(
                "INSERT INTO instruments (code, version, name, definition, item_min, item_max,"
                " multiplier, flag_below, active) VALUES (:code, :version, :name, :definition,"
                " :item_min, :item_max, 1, NULL, 1)"
            ),
            {
                "code": data["code"],
                "version": data["version"],
                "name": data["name"]["en"],  # type: ignore[index]
                "definition": json.dumps(data, ensure_ascii=False, sort_keys=True),
                "item_min": min(choices),
                "item_max": max(choices),
            },
        )


def _team_device() -> int | None:
    """This laptop's device number in its team (None outside a team)."""
    row = op.get_bind().execute(sa.text("SELECT device_no FROM team_local WHERE id = 1")).first()
    return None if row is None else int(row[0])


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM instruments WHERE code != 'who5' OR version != 1"))
    op.drop_column("assessments", "scores")
    op.drop_column("assessments", "instrument_version")
    with op.batch_alter_table("instruments", recreate="always") as batch:
        batch.drop_constraint("uq_instruments_code_version", type_="unique")
        batch.create_unique_constraint("uq_instruments_code", ["code"])
        batch.drop_column("version")
