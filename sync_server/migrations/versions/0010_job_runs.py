"""job_runs: scheduled jobs claimed per period, once across every server process

Revision ID: 0010
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync_server.db.types import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "job_runs",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("ran_at", UTCDateTime(), nullable=False),
        sa.Column("worker", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("name", "period", name=op.f("pk_job_runs")),
    )


def downgrade() -> None:
    op.drop_table("job_runs")
