"""municipalities.code: three or four digits (a shared hotline may have a 4-digit code)

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.alter_column(
            "code", existing_type=sa.String(length=3), type_=sa.String(length=4), nullable=False
        )


def downgrade() -> None:
    # Only possible while every code has three digits (a 4-digit one would not fit).
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.alter_column(
            "code", existing_type=sa.String(length=4), type_=sa.String(length=3), nullable=False
        )
