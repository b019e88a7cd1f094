"""The local cache (SQLite through SQLAlchemy): content, sync cursor, outbox, local use."""

from .db import Cache, open_cache

__all__ = ["Cache", "open_cache"]
