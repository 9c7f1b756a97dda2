"""the programmes Saphan ships get their names in Burmese and Thai

A database made before this version has the pilot's programmes with an English name only, so
the Burmese and Thai app showed "Psychosocial support (MHPSS)", "Thai language", ... in
English on every page. Each pilot programme that still has its shipped English name and no
Burmese or Thai name gets the shipped ones; a name the admin gave in any language is kept.

No schema change: ``programmes.labels`` (0015) holds them. Every laptop of a team fills in the
same names, so the change is not captured for syncing (the capture triggers on ``programmes``
are taken off for the update and put back).

Revision ID: 0021
Revises: 0015
Create Date: 2026-12-06 12:00:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import capture

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# code, English name as shipped, Burmese, Thai (a copy: db.setup may change, this may not).
SHIPPED = (
    (
        "mhpss",
        "Psychosocial support (MHPSS)",
        "စိတ်လူမှု ပံ့ပိုးမှု (MHPSS)",
        "การสนับสนุนด้านจิตสังคม (MHPSS)",
    ),
    (
        "social_protection",
        "Social-protection awareness",
        "လူမှုဖူလုံရေး အသိပညာပေးခြင်း",
        "การสร้างความรู้เรื่องการคุ้มครองทางสังคม",
    ),
    ("thai_language", "Thai language", "ထိုင်း ဘာသာစကား", "ภาษาไทย"),
    ("vocational", "Vocational training", "အသက်မွေးဝမ်းကျောင်း သင်တန်း", "การฝึกอาชีพ"),
    ("youth", "Youth engagement", "လူငယ် ပါဝင်ဆောင်ရွက်မှု", "การมีส่วนร่วมของเยาวชน"),
    (
        "safe_space",
        "Safe space for women and girls",
        "အမျိုးသမီးနှင့် မိန်းကလေးများအတွက် ဘေးကင်းလုံခြုံရာနေရာ",
        "พื้นที่ปลอดภัยสำหรับผู้หญิงและเด็กหญิง",
    ),
    (
        "participatory",
        "Participatory projects for women's engagement",
        "အမျိုးသမီးများ ပါဝင်ရေး ပူးပေါင်းဆောင်ရွက်သော စီမံကိန်းများ",
        "โครงการแบบมีส่วนร่วมเพื่อการมีส่วนร่วมของผู้หญิง",
    ),
)


def upgrade() -> None:
    bind = op.get_bind()
    # Only the capture triggers (other engineers' triggers on the table stay).
    for (name,) in bind.execute(
        sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'programmes' AND name LIKE :prefix"
        ),
        {"prefix": capture.PREFIX + "%"},
    ).all():
        bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    for code, english, burmese, thai in SHIPPED:
        row = bind.execute(
            sa.text("SELECT id, labels FROM programmes WHERE code = :code AND name = :name"),
            {"code": code, "name": english},
        ).first()
        if row is None:
            continue
        try:
            labels = json.loads(row.labels or "{}")
        except ValueError:
            labels = {}
        if not isinstance(labels, dict):
            labels = {}
        changed = False
        for language, text in (("my", burmese), ("th", thai)):
            if not labels.get(language):
                labels[language] = text
                changed = True
        if changed:
            bind.execute(
                sa.text("UPDATE programmes SET labels = :labels WHERE id = :id"),
                {"labels": json.dumps(labels, ensure_ascii=False, sort_keys=True), "id": row.id},
            )
    capture.install_on_team(bind)


def downgrade() -> None:
    # The names stay: they are the admin's data from now on (they may have been edited).
    pass
