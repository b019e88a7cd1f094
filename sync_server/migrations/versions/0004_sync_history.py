"""municipalities.sync_history: names the history the change numbers count in

A desktop sends the history it pulled from; when the server's differs (``vejviser-server
reset-sync``, e.g. after restoring a backup) or the desktop's cursor is ahead of the server,
the server answers with a full pull flagged ``reset`` and the desktop drops what the server
no longer has.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_history", sa.String(length=32), nullable=True))
    municipalities = sa.table(
        "municipalities", sa.column("id", sa.Integer), sa.column("sync_history", sa.String)
    )
    bind = op.get_bind()
    for (municipality_id,) in bind.execute(sa.select(municipalities.c.id)).all():
        bind.execute(
            municipalities.update()
            .where(municipalities.c.id == municipality_id)
            .values(sync_history=secrets.token_hex(16))
        )
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.alter_column("sync_history", existing_type=sa.String(length=32), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.drop_column("sync_history")
