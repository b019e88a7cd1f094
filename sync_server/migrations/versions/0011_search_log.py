"""search_log and learned_term_decisions: the anonymous search log, learned search terms

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync_server.db.types import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "search_log",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("staff", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("words", sa.String(length=400), nullable=False),
        sa.Column("found", sa.Boolean(), nullable=False),
        sa.Column("guide_id", sa.String(length=100), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_search_log_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_log")),
        sa.UniqueConstraint("municipality_id", "uuid", name=op.f("uq_search_log_municipality_id")),
    )
    op.create_index("ix_search_log_pairs", "search_log", ["municipality_id", "guide_id", "day"])
    op.create_index("ix_search_log_day", "search_log", ["municipality_id", "day"])
    op.create_table(
        "learned_term_decisions",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("guide_id", sa.String(length=100), nullable=False),
        sa.Column("term", sa.String(length=400), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=40), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_learned_term_decisions_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learned_term_decisions")),
        sa.UniqueConstraint(
            "municipality_id",
            "guide_id",
            "term",
            name=op.f("uq_learned_term_decisions_municipality_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("learned_term_decisions")
    op.drop_index("ix_search_log_day", table_name="search_log")
    op.drop_index("ix_search_log_pairs", table_name="search_log")
    op.drop_table("search_log")
