"""instruments as data

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 16:42:14.263269
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# WHO-5 Well-Being Index (WHO, 1998; free to use). English wording as published; Burmese and
# Thai in plain language for reading aloud. Kept literal here: a migration must not depend on
# code that may change later.
WHO5 = {
    "intro": {
        "en": "Over the last two weeks…",
        "my": "လွန်ခဲ့သော နှစ်ပတ်အတွင်း…",
        "th": "ในช่วงสองสัปดาห์ที่ผ่านมา…",
    },
    "items": [
        {
            "en": "I have felt cheerful and in good spirits",
            "my": "စိတ်ရွှင်လန်းပြီး စိတ်ဓာတ်ကောင်းခဲ့သည်",
            "th": "ฉันรู้สึกร่าเริงและอารมณ์ดี",
        },
        {
            "en": "I have felt calm and relaxed",
            "my": "စိတ်အေးချမ်းပြီး သက်သောင့်သက်သာ ရှိခဲ့သည်",
            "th": "ฉันรู้สึกสงบและผ่อนคลาย",
        },
        {
            "en": "I have felt active and vigorous",
            "my": "တက်ကြွပြီး ခွန်အားပြည့်ခဲ့သည်",
            "th": "ฉันรู้สึกกระตือรือร้นและมีพลัง",
        },
        {
            "en": "I woke up feeling fresh and rested",
            "my": "နိုးလာချိန်တွင် လန်းဆန်းပြီး အပန်းပြေခဲ့သည်",
            "th": "ฉันตื่นขึ้นมาพร้อมความรู้สึกสดชื่นและได้พักผ่อน",
        },
        {
            "en": "My daily life has been filled with things that interest me",
            "my": "နေ့စဉ်ဘဝသည် စိတ်ဝင်စားစရာများဖြင့် ပြည့်နေခဲ့သည်",
            "th": "ชีวิตประจำวันของฉันเต็มไปด้วยสิ่งที่ฉันสนใจ",
        },
    ],
    "answers": [
        {"value": 5, "en": "All of the time", "my": "အချိန်တိုင်း", "th": "ตลอดเวลา"},
        {"value": 4, "en": "Most of the time", "my": "အချိန်အများစု", "th": "เกือบตลอดเวลา"},
        {
            "value": 3,
            "en": "More than half of the time",
            "my": "အချိန်ထက်ဝက်ကျော်",
            "th": "มากกว่าครึ่งหนึ่งของเวลา",
        },
        {
            "value": 2,
            "en": "Less than half of the time",
            "my": "အချိန်ထက်ဝက်အောက်",
            "th": "น้อยกว่าครึ่งหนึ่งของเวลา",
        },
        {"value": 1, "en": "Some of the time", "my": "တစ်ခါတစ်ရံ", "th": "บางครั้ง"},
        {"value": 0, "en": "At no time", "my": "လုံးဝမရှိ", "th": "ไม่มีเลย"},
    ],
}


def upgrade() -> None:
    op.create_table(
        "instruments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("item_min", sa.Integer(), nullable=False),
        sa.Column("item_max", sa.Integer(), nullable=False),
        sa.Column("multiplier", sa.Integer(), nullable=False),
        sa.Column("flag_below", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instruments")),
        sa.UniqueConstraint("code", name=op.f("uq_instruments_code")),
    )
    instruments = sa.table(
        "instruments",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("definition", sa.Text),
        sa.column("item_min", sa.Integer),
        sa.column("item_max", sa.Integer),
        sa.column("multiplier", sa.Integer),
        sa.column("flag_below", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        instruments,
        [
            {
                "code": "who5",
                "name": "WHO-5 Well-Being Index",
                "definition": json.dumps(WHO5, ensure_ascii=False),
                "item_min": 0,
                "item_max": 5,
                "multiplier": 4,
                "flag_below": 13,
                "active": True,
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("instruments")
