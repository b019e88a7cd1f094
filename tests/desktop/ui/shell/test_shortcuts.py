"""Keyboard shortcuts never collide: one key, one action."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QKeySequence

from desktop.ui.shell.shortcuts import shortcuts


def _portable(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def test_no_key_is_bound_twice(ui_qapp) -> None:  # type: ignore[no-untyped-def]
    keys = Counter(_portable(key) for item in shortcuts() for key in item.keys)
    assert [key for key, count in keys.items() if count > 1] == []
    assert all(keys)  # every key parses
