"""Screenshots on disk, addressed by sha256 and fetched once."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from .db import Cache


class BlobStore:
    def __init__(self, cache: Cache, folder: Path) -> None:
        self.cache = cache
        self.folder = folder

    def path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def missing(self, wanted: list[str]) -> list[str]:
        return [sha for sha in dict.fromkeys(wanted) if not self.has(sha)]

    def put(self, sha256: str, data: bytes) -> Path:
        """Store bytes whose hash must match ``sha256`` (atomic rename)."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("blob content does not match its sha256")
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        with self.cache.transaction() as conn:
            conn.execute(
                text(
                    "INSERT INTO blobs (sha256, size, fetched_at) VALUES (:s, :n, :t) "
                    "ON CONFLICT (sha256) DO NOTHING"
                ),
                {"s": sha256, "n": len(data), "t": datetime.now(UTC).isoformat()},
            )
        return target
