"""programmes and activity types as data the admin edits

``activity_types`` holds the kinds of session (code, labels in English, Burmese and Thai,
individual or group, the programme a new session of it usually belongs to, active, position,
built in). It is seeded with the types that were fixed in code until now, with the same codes
(so every existing session keeps its type) and the labels the app showed for them.

``programmes`` gains ``labels`` (the name in Burmese and Thai) and ``network_code`` (the
network programme it counts in; NULL: the one with its own code, as before).

On a team database the capture triggers are installed again, for the new table and columns.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-20 09:00:00
"""

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import capture

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# code, individual, usual programme (by code), English, Burmese, Thai: as the app showed them.
BUILT_IN = (
    (
        "counselling",
        True,
        "mhpss",
        "Counselling",
        "စိတ်ပိုင်းဆိုင်ရာ အကြံပေးခြင်း",
        "การให้คำปรึกษา",
    ),
    (
        "pfa",
        True,
        "mhpss",
        "Psychological first aid",
        "စိတ်ပိုင်းဆိုင်ရာ ရှေးဦးပြုစုခြင်း",
        "การปฐมพยาบาลทางใจ",
    ),
    (
        "case_follow_up",
        True,
        "mhpss",
        "Case follow-up",
        "ကိစ္စရပ် ဆက်လက်ကြည့်ရှုခြင်း",
        "การติดตามกรณี",
    ),
    (
        "mhpss_group",
        False,
        "mhpss",
        "MHPSS group session",
        "စိတ်ကျန်းမာရေးနှင့် စိတ်လူမှုပံ့ပိုးမှု အုပ်စုအစည်းအဝေး",
        "เซสชันกลุ่มสุขภาพจิตและจิตสังคม",
    ),
    (
        "awareness",
        False,
        "social_protection",
        "Social-protection awareness",
        "လူမှုဖူလုံရေး အသိပညာပေးခြင်း",
        "การสร้างความรู้เรื่องการคุ้มครองทางสังคม",
    ),
    (
        "thai_class",
        False,
        "thai_language",
        "Thai class",
        "ထိုင်းစာ သင်တန်း",
        "ชั้นเรียนภาษาไทย",
    ),
    (
        "vocational",
        False,
        "vocational",
        "Vocational training",
        "အသက်မွေးဝမ်းကျောင်း သင်တန်း",
        "การฝึกอาชีพ",
    ),
    ("youth", False, "youth", "Youth activity", "လူငယ် လှုပ်ရှားမှု", "กิจกรรมเยาวชน"),
    (
        "safe_space",
        False,
        "safe_space",
        "Women's safe-space meeting",
        "အမျိုးသမီး ဘေးကင်းလုံခြုံရာနေရာ အစည်းအဝေး",
        "การพบปะในพื้นที่ปลอดภัยของผู้หญิง",
    ),
    (
        "project_session",
        False,
        "participatory",
        "Participatory project session",
        "ပူးပေါင်းပါဝင်သော စီမံကိန်း အစည်းအဝေး",
        "เซสชันโครงการแบบมีส่วนร่วม",
    ),
)


def upgrade() -> None:
    op.create_table(
        "activity_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("labels", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("programme_code", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("built_in", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('individual', 'group')", name=op.f("ck_activity_types_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_types")),
        sa.UniqueConstraint("code", name=op.f("uq_activity_types_code")),
    )
    # Plain ADD COLUMN: rebuilding the table would drop its triggers.
    op.add_column("programmes", sa.Column("labels", sa.Text(), nullable=False, server_default="{}"))
    op.add_column("programmes", sa.Column("network_code", sa.String(length=40), nullable=True))
    _seed()
    capture.install_on_team(op.get_bind())


def _seed() -> None:
    bind = op.get_bind()
    # One fixed time: every laptop of a team seeds the same rows (they are not sent).
    now = dt.datetime(2026, 12, 20, 9, 0, 0)
    for position, (code, individual, programme, en, my, th) in enumerate(BUILT_IN, start=1):
        bind.execute(
            sa.text(
                "INSERT INTO activity_types (code, labels, kind, programme_code, active, "
                "position, built_in, created_at) VALUES (:code, :labels, :kind, :programme, "
                "1, :position, 1, :now)"
            ),
            {
                "code": code,
                "labels": json.dumps(
                    {"en": en, "my": my, "th": th}, ensure_ascii=False, sort_keys=True
                ),
                "kind": "individual" if individual else "group",
                "programme": programme,
                "position": position,
                "now": now,
            },
        )


def downgrade() -> None:
    capture.drop_table_triggers(op.get_bind(), ("activity_types", "programmes"))
    op.execute("ALTER TABLE programmes DROP COLUMN network_code")
    op.execute("ALTER TABLE programmes DROP COLUMN labels")
    op.drop_table("activity_types")
    capture.install_on_team(op.get_bind())
