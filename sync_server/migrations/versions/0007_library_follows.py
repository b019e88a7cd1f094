"""Shared library: copies follow their origin

``library_follows``: for each copied guide, its origin (to count "used by N
municipalities" and to refuse copying the same guide twice), the origin version dismissed
and whether the copy was detached. Filled in here from the provenance existing copies keep.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from sync_server.db.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    follows = op.create_table(
        "library_follows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("guide_key", sa.String(length=200), nullable=False),
        sa.Column("origin_municipality_id", sa.Integer(), nullable=False),
        sa.Column("origin_key", sa.String(length=200), nullable=False),
        sa.Column("dismissed_revision", sa.Integer(), nullable=True),
        sa.Column("detached_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_library_follows_municipality_id_municipalities"),
        ),
        sa.ForeignKeyConstraint(
            ["origin_municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_library_follows_origin_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_follows")),
        sa.UniqueConstraint(
            "municipality_id",
            "guide_key",
            name=op.f("uq_library_follows_municipality_id"),
        ),
    )
    op.create_index(
        "ix_library_follows_origin",
        "library_follows",
        ["origin_municipality_id", "origin_key"],
        unique=False,
    )
    conn = op.get_bind()
    codes = dict(conn.execute(sa.text("SELECT code, id FROM municipalities")).all())
    rows = conn.execute(
        sa.text(
            "SELECT municipality_id, key, data FROM content "
            "WHERE kind = 'guide' AND deleted_at IS NULL"
        )
    ).all()
    now = datetime.now(UTC)
    values = []
    for municipality_id, key, data in rows:
        data = json.loads(data) if isinstance(data, str) else data
        copied = (data or {}).get("_copied_from")
        if copied and copied.get("municipality") in codes:
            values.append(
                {
                    "municipality_id": municipality_id,
                    "guide_key": key,
                    "origin_municipality_id": codes[copied["municipality"]],
                    "origin_key": copied["guide_id"],
                    "dismissed_revision": None,
                    "detached_at": None,
                    "created_at": now,
                }
            )
    if values:
        op.bulk_insert(follows, values)


def downgrade() -> None:
    op.drop_index("ix_library_follows_origin", table_name="library_follows")
    op.drop_table("library_follows")
