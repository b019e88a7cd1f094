"""The migrated schema is exactly the ORM models' metadata, on SQLite and PostgreSQL.

Alembic's autogenerate comparison finds nothing to do after ``upgrade head``: no table,
column, type, index or constraint differs between the migrations and ``Base.metadata``.
"""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Engine, MetaData, String, inspect

from sync_server.db.models import Base

#: Indexes that exist only in a migration, on purpose (the models cannot express them).
MIGRATION_ONLY_INDEXES = {
    # Migration 0003: a partial covering index for the referral statistics, PostgreSQL only.
    ("postgresql", "ix_registrations_referrals"),
}


def _differences(engine: Engine, metadata: MetaData = Base.metadata) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    kept = []
    for entry in diff:
        if (
            isinstance(entry, tuple)
            and entry[0] == "remove_index"
            and (engine.dialect.name, entry[1].name) in MIGRATION_ONLY_INDEXES
        ):
            continue
        kept.append(entry)
    return kept


def test_the_migrated_schema_equals_the_models(engine: Engine) -> None:
    assert _differences(engine) == []


def test_every_model_table_is_migrated(engine: Engine) -> None:
    """A guard on the guard: the comparison sees all the model tables."""
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert len(Base.metadata.tables) >= 11


def test_the_comparison_sees_a_difference(engine: Engine) -> None:
    """A column the migrations lack, and a type that differs, are both reported."""
    metadata = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    metadata.tables["blobs"].append_column(Column("planted", String(10)))
    metadata.tables["feedback"].c.kind.type = String(99)
    found = _differences(engine, metadata)
    assert ("add_column", None, "blobs", metadata.tables["blobs"].c.planted) in found
    assert any(
        isinstance(entry, list) and entry[0][0] == "modify_type" and entry[0][3] == "kind"
        for entry in found
    )
