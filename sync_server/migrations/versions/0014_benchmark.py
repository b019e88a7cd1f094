"""report_settings.benchmark: the municipality takes part in the benchmark across
municipalities (opt-in, off by default)

Revision ID: 0014
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("report_settings") as batch:
        batch.add_column(
            sa.Column("benchmark", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("report_settings") as batch:
        batch.drop_column("benchmark")
