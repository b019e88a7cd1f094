"""Reliability and security: atomic login limits, screenshots scoped to municipalities

- ``login_attempts`` replaces ``login_failures``: one row per account (and per client
  address) with its failures in the window and the password checks in flight, updated in
  single statements, so concurrent attempts cannot check more passwords than the limit.
  The failures counted so far are not carried over (they expire within 15 minutes anyway).
- ``blob_owners`` (who uploaded a screenshot) and ``blob_refs`` (which guides show it): a
  municipality reads a screenshot only when it uploaded it or a guide it can see uses it.
  The references of existing guides are filled in here; who uploaded an existing blob is
  not known, so a blob no guide uses becomes unreadable until one does (or it is uploaded
  again).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

from sync_server.db.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_attempts",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window_start", UTCDateTime(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_attempts")),
    )
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failures_client_ip"))
        batch_op.drop_index(batch_op.f("ix_login_failures_at"))
        batch_op.drop_index(batch_op.f("ix_login_failures_account_key"))
    op.drop_table("login_failures")

    op.create_table(
        "blob_owners",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_blob_owners_municipality_id_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_blob_owners_sha256_blobs")
        ),
        sa.PrimaryKeyConstraint("sha256", "municipality_id", name=op.f("pk_blob_owners")),
    )
    op.create_table(
        "blob_refs",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("guide_key", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_blob_refs_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint(
            "municipality_id", "guide_key", "sha256", name=op.f("pk_blob_refs")
        ),
    )
    with op.batch_alter_table("blob_refs", schema=None) as batch_op:
        batch_op.create_index("ix_blob_refs_sha256", ["sha256"], unique=False)
    _fill_blob_refs()


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _fill_blob_refs() -> None:
    content = sa.table(
        "content",
        sa.column("municipality_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("key", sa.String),
        sa.column("data", sa.JSON),
        sa.column("deleted_at", UTCDateTime),
    )
    refs = sa.table(
        "blob_refs",
        sa.column("municipality_id", sa.Integer),
        sa.column("guide_key", sa.String),
        sa.column("sha256", sa.String),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(content.c.municipality_id, content.c.key, content.c.data).where(
            content.c.kind == "guide", content.c.deleted_at.is_(None)
        )
    ).all()
    found = set()
    for municipality_id, key, data in rows:
        for step in (data or {}).get("steps") or []:
            image = step.get("image") if isinstance(step, dict) else None
            if isinstance(image, str) and _SHA256.match(image):
                found.add((municipality_id, key, image))
    if found:
        bind.execute(
            refs.insert(),
            [{"municipality_id": m, "guide_key": k, "sha256": s} for m, k, s in sorted(found)],
        )


def downgrade() -> None:
    with op.batch_alter_table("blob_refs", schema=None) as batch_op:
        batch_op.drop_index("ix_blob_refs_sha256")
    op.drop_table("blob_refs")
    op.drop_table("blob_owners")
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_key", sa.String(length=120), nullable=False),
        sa.Column("client_ip", sa.String(length=64), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_failures_account_key"), ["account_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_login_failures_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_login_failures_client_ip"), ["client_ip"], unique=False
        )
    op.drop_table("login_attempts")
