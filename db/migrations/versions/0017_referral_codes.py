"""referral codes, the referrals other CSOs made to this one, and the directory's CSO codes

``referrals`` gains ``code`` (db.referral_codes: the code on the slip, unique). Every referral
made before gets one here, worked out from the referral's number and time with the CSO's
signing key, so every laptop of a team gives it the same code.

``received_referrals`` (new): the referrals another CSO made to this one, recorded by their
code when the person arrives; the person may be linked, and the outcome is recorded (received,
served, not served with a reason, could not contact).

``services`` gains ``cso_code``: for a partner's service from the network's directory, the CSO
that gives it.

On a team database the capture triggers are installed again, for the new table and columns.

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-06 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import referral_codes
from db.team import capture

revision: str = "0017"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: rebuilding a table would drop its triggers.
    op.add_column("referrals", sa.Column("code", sa.String(length=24), nullable=True))
    op.add_column(
        "services",
        sa.Column("cso_code", sa.String(length=16), nullable=False, server_default=""),
    )
    _give_codes()
    op.create_index("ix_referrals_code", "referrals", ["code"], unique=True)
    op.create_table(
        "received_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("from_cso", sa.String(length=16), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("state_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('received', 'served', 'not_served', 'could_not_contact')",
            name=op.f("ck_received_referrals_state"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["beneficiaries.id"],
            name=op.f("fk_received_referrals_person_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"],
            ["users.id"],
            name=op.f("fk_received_referrals_recorded_by_users"),
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["services.id"],
            name=op.f("fk_received_referrals_service_id_services"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_referrals")),
        sa.UniqueConstraint("code", name=op.f("uq_received_referrals_code")),
    )
    op.create_index(
        op.f("ix_received_referrals_person_id"), "received_referrals", ["person_id"], unique=False
    )
    capture.install_on_team(op.get_bind())


def _give_codes() -> None:
    bind = op.get_bind()
    profile = bind.execute(sa.text("SELECT code, signing_key FROM cso_profile")).first()
    if profile is None:
        return
    cso, secret = str(profile[0]), bytes(profile[1] or b"")
    rows = bind.execute(sa.text("SELECT id, created_at FROM referrals ORDER BY id")).all()
    taken: set[str] = set()
    for referral_id, created_at in rows:
        seed = f"{referral_id}|{created_at}"
        code = referral_codes.derived_code(cso, secret, seed)
        n = 0
        while code in taken:  # never in practice; still one code per referral
            n += 1
            code = referral_codes.derived_code(cso, secret, f"{seed}|{n}")
        taken.add(code)
        bind.execute(
            sa.text("UPDATE referrals SET code = :code WHERE id = :id"),
            {"code": code, "id": referral_id},
        )


def downgrade() -> None:
    capture.drop_table_triggers(op.get_bind(), ("received_referrals", "referrals", "services"))
    op.drop_index(op.f("ix_received_referrals_person_id"), table_name="received_referrals")
    op.drop_table("received_referrals")
    op.drop_index("ix_referrals_code", table_name="referrals")
    op.execute("ALTER TABLE services DROP COLUMN cso_code")
    op.execute("ALTER TABLE referrals DROP COLUMN code")
    capture.install_on_team(op.get_bind())
