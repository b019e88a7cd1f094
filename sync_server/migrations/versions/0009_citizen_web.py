"""Citizen web: each municipality's public look (base URL, colour, logo, accessibility
statement) and the citizens' anonymous "Fik du hjælp?" answers.

Revision ID: 0009
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync_server.db.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "citizen_settings",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("public_base_url", sa.String(length=2000), nullable=True),
        sa.Column("brand_colour", sa.String(length=7), nullable=True),
        sa.Column("logo_sha256", sa.String(length=64), nullable=True),
        sa.Column("accessibility_statement_url", sa.String(length=2000), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_citizen_settings_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("municipality_id", name=op.f("pk_citizen_settings")),
    )
    op.create_table(
        "citizen_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("guide_key", sa.String(length=200), nullable=False),
        sa.Column("guide_title", sa.String(length=300), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("helped", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("satisfaction", sa.SmallInteger(), nullable=True),
        sa.Column("ease", sa.SmallInteger(), nullable=True),
        sa.Column("task_completed", sa.SmallInteger(), nullable=True),
        sa.Column("help_available", sa.SmallInteger(), nullable=True),
        sa.Column("language_understood", sa.SmallInteger(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_citizen_answers_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizen_answers")),
    )
    op.create_index("ix_citizen_answers_guide", "citizen_answers", ["municipality_id", "guide_key"])


def downgrade() -> None:
    op.drop_index("ix_citizen_answers_guide", table_name="citizen_answers")
    op.drop_table("citizen_answers")
    op.drop_table("citizen_settings")
