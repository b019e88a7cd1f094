"""Sync pull: changes after a cursor, in batches, with tombstones."""
