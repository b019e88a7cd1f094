"""Shared hotlines: a tenant's kind, the members that admit a hotline, and registrations
and feedback a hotline handled for a member.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync_server.db.types import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=20), nullable=False, server_default="municipality")
        )
    op.create_table(
        "hotline_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hotline_id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("admitted_at", UTCDateTime(), nullable=False),
        sa.Column("dismissed_at", UTCDateTime(), nullable=True),
        sa.Column("admitted_by", sa.String(length=100), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["hotline_id"],
            ["municipalities.id"],
            name=op.f("fk_hotline_members_hotline_id_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_hotline_members_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hotline_members")),
    )
    op.create_index("ix_hotline_members_pair", "hotline_members", ["hotline_id", "municipality_id"])
    op.create_index(
        op.f("ix_hotline_members_municipality_id"), "hotline_members", ["municipality_id"]
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("served_municipality_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("authority", sa.String(length=40), nullable=True))
        batch_op.create_index(
            "ix_registrations_served", ["served_municipality_id", "started_at"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_registrations_served_municipality_id_municipalities"),
            "municipalities",
            ["served_municipality_id"],
            ["id"],
        )
    # the rollups gain the source of each contact ("src": own staff or a hotline): every day
    # already rolled up is rebuilt at the next report
    op.execute(
        "INSERT INTO report_dirty_days (municipality_id, day) SELECT DISTINCT municipality_id, "
        "day FROM report_rollups WHERE grain = 'd' AND NOT EXISTS (SELECT 1 FROM "
        "report_dirty_days d WHERE d.municipality_id = report_rollups.municipality_id AND "
        "d.day = report_rollups.day)"
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hotline_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_feedback_hotline_id_municipalities"),
            "municipalities",
            ["hotline_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_feedback_hotline_id_municipalities"), type_="foreignkey"
        )
        batch_op.drop_column("hotline_id")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_registrations_served_municipality_id_municipalities"),
            type_="foreignkey",
        )
        batch_op.drop_index("ix_registrations_served")
        batch_op.drop_column("authority")
        batch_op.drop_column("served_municipality_id")
    op.drop_index(op.f("ix_hotline_members_municipality_id"), table_name="hotline_members")
    op.drop_index("ix_hotline_members_pair", table_name="hotline_members")
    op.drop_table("hotline_members")
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.drop_column("kind")
