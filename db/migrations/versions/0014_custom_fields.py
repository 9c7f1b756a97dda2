"""custom fields: fields the admin adds to people and sessions, and their values

``custom_fields`` holds each field's definition (entity, code, kind, labels in English, Burmese
and Thai, choices, required, position, active); ``custom_values`` one value per field and
record. Nothing changes for existing records (they have no values yet).

On a team database the new tables get their capture triggers here, so fields and values reach
the team's other laptops.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-12 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import capture

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "custom_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("labels", sa.Text(), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("entity IN ('person', 'session')", name=op.f("ck_custom_fields_entity")),
        sa.CheckConstraint(
            "kind IN ('text', 'number', 'date', 'choice', 'yes_no')",
            name=op.f("ck_custom_fields_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_fields")),
        sa.UniqueConstraint("code", name=op.f("uq_custom_fields_code")),
    )
    op.create_table(
        "custom_values",
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=10), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["field_id"],
            ["custom_fields.id"],
            name=op.f("fk_custom_values_field_id_custom_fields"),
        ),
        sa.PrimaryKeyConstraint("field_id", "record_id", name=op.f("pk_custom_values")),
    )
    op.create_index("ix_custom_values_entity_record", "custom_values", ["entity", "record_id"])
    capture.install_on_team(op.get_bind())


def downgrade() -> None:
    capture.drop_table_triggers(op.get_bind(), ("custom_values", "custom_fields"))
    op.drop_index("ix_custom_values_entity_record", table_name="custom_values")
    op.drop_table("custom_values")
    op.drop_table("custom_fields")
