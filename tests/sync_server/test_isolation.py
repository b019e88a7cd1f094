"""The isolation tests live in ``tests/sync_server/isolation/`` (one module per feature).

This module holds no tests: it stays only because ``features/test_citizen_settings.py``
imports ``PNG`` from here. That image now lives in ``support.images``; once that import
points there, delete this module.
"""

from __future__ import annotations

from support.images import PNG

__all__ = ["PNG"]
