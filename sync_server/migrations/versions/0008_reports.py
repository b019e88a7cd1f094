"""Management reports: daily and monthly rollups, days to rebuild, cost rates, the goal

Every local day that holds registrations is marked for rebuilding (the UTC day of each
registration and the day after, as a Danish day spans two UTC days); the first report of a
municipality builds its rollups.

Revision ID: 0008
Revises: 0005
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

from sync_server.db.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_rollups",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("grain", sa.String(length=1), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("area", sa.String(length=300), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.Column("messages", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_report_rollups_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_rollups")),
    )
    op.create_index(
        "ix_report_rollups_period", "report_rollups", ["municipality_id", "kind", "grain", "day"]
    )
    op.create_index("ix_report_rollups_days", "report_rollups", ["municipality_id", "grain", "day"])
    op.create_table(
        "report_dirty_days",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_report_dirty_days_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("municipality_id", "day", name=op.f("pk_report_dirty_days")),
    )
    op.create_table(
        "report_settings",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("resolved_goal", sa.Float(), server_default="0.3", nullable=False),
        sa.Column(
            "goal_channels", sa.String(length=200), server_default="phone,counter", nullable=False
        ),
        sa.Column("self_service_cost", sa.Float(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_report_settings_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("municipality_id", name=op.f("pk_report_settings")),
    )
    op.create_table(
        "cost_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("per_minute", sa.Float(), nullable=False),
        sa.Column("per_contact", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_cost_rates_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_rates")),
        sa.UniqueConstraint(
            "municipality_id",
            "channel",
            "valid_from",
            name=op.f("uq_cost_rates_municipality_id"),
        ),
    )
    op.create_table(
        "report_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_report_subscriptions_account_id_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_report_subscriptions_municipality_id_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_subscriptions")),
        sa.UniqueConstraint("account_id", name=op.f("uq_report_subscriptions_account_id")),
    )
    op.create_table(
        "report_sends",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("claimed_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("error", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["report_subscriptions.id"],
            name=op.f("fk_report_sends_subscription_id_report_subscriptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_sends")),
        sa.UniqueConstraint(
            "subscription_id", "period_from", name=op.f("uq_report_sends_subscription_id")
        ),
    )
    _mark_existing_days()


def _mark_existing_days() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        utc_day = "(started_at AT TIME ZONE 'UTC')::date"
    else:
        utc_day = "date(started_at)"
    rows = bind.execute(
        sa.text(f"SELECT DISTINCT municipality_id, {utc_day} FROM registrations")
    ).all()
    days: set[tuple[int, date]] = set()
    for municipality_id, value in rows:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
        days.update({(municipality_id, day), (municipality_id, day + timedelta(days=1))})
    if days:
        table = sa.table("report_dirty_days", sa.column("municipality_id"), sa.column("day"))
        op.bulk_insert(table, [{"municipality_id": m, "day": d} for m, d in sorted(days)])


def downgrade() -> None:
    op.drop_table("report_sends")
    op.drop_table("report_subscriptions")
    op.drop_table("cost_rates")
    op.drop_table("report_settings")
    op.drop_table("report_dirty_days")
    op.drop_index("ix_report_rollups_days", table_name="report_rollups")
    op.drop_index("ix_report_rollups_period", table_name="report_rollups")
    op.drop_table("report_rollups")
