"""Admin mode: local-only guides, feedback statuses and answers, password resets

- ``content.local_only``: a guide its municipality keeps out of the shared library.
- ``feedback``: the statuses become new / in_progress / resolved / rejected (``open`` →
  ``new``; ``answered`` and ``closed`` → ``resolved``); when it was answered; suggestions
  from another municipality (the origin municipality, its guide and the version attached).
- ``accounts.must_change_password``: set by a password reset the server chose.
- Every municipality starts a new sync history: staff desktops received drafts before;
  their next sync is a full pull, which drops what staff may no longer see.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

from sync_server.db.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    municipalities = sa.table(
        "municipalities", sa.column("id", sa.Integer()), sa.column("sync_history", sa.String())
    )
    for (mid,) in conn.execute(sa.select(municipalities.c.id)).all():
        conn.execute(
            municipalities.update()
            .where(municipalities.c.id == mid)
            .values(sync_history=secrets.token_hex(16))
        )
    with op.batch_alter_table("content", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("local_only", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answered_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("origin_municipality_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("origin_guide_key", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("suggested", sa.JSON(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_feedback_origin_municipality_id"),
            ["origin_municipality_id"],
            unique=False,
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_feedback_origin_municipality_id_municipalities"),
            "municipalities",
            ["origin_municipality_id"],
            ["id"],
        )
    feedback = sa.table(
        "feedback",
        sa.column("status", sa.String()),
        sa.column("answer", sa.Text()),
        sa.column("answered_at", UTCDateTime()),
        sa.column("updated_at", UTCDateTime()),
    )
    op.execute(feedback.update().where(feedback.c.status == "open").values(status="new"))
    op.execute(
        feedback.update()
        .where(feedback.c.status.in_(["answered", "closed"]))
        .values(status="resolved")
    )
    op.execute(
        feedback.update()
        .where(feedback.c.answer.is_not(None))
        .values(answered_at=feedback.c.updated_at)
    )


def downgrade() -> None:
    feedback = sa.table("feedback", sa.column("status", sa.String()))
    op.execute(feedback.update().where(feedback.c.status == "new").values(status="open"))
    op.execute(
        feedback.update()
        .where(feedback.c.status.in_(["in_progress", "resolved", "rejected"]))
        .values(status="closed")
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_feedback_origin_municipality_id_municipalities"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_feedback_origin_municipality_id"))
        batch_op.drop_column("suggested")
        batch_op.drop_column("origin_guide_key")
        batch_op.drop_column("origin_municipality_id")
        batch_op.drop_column("answered_at")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("must_change_password")
    with op.batch_alter_table("content", schema=None) as batch_op:
        batch_op.drop_column("local_only")
