"""report_settings.komhen: the KOMHEN export's mapping (henvendelsestype, column headers)

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("report_settings") as batch:
        batch.add_column(sa.Column("komhen", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report_settings") as batch:
        batch.drop_column("komhen")
