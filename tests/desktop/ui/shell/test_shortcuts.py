"""Keyboard shortcuts never collide: one key, one action, whoever adds it."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QKeySequence

from desktop.ui.shell.shortcuts import Shortcut, ShortcutCollision, ShortcutTable, portable


def test_a_taken_key_is_refused(ui_qapp) -> None:  # type: ignore[no-untyped-def]
    table = ShortcutTable()
    table.add(Shortcut("search", ("Ctrl+F", "F3"), "Søg"), lambda: None)
    with pytest.raises(ShortcutCollision, match="taken by 'search'"):
        table.add(Shortcut("find", ("ctrl+f",), "Find"), lambda: None)  # one key, two spellings
    with pytest.raises(ShortcutCollision, match="added twice"):
        table.add(Shortcut("search", ("F4",), "Søg"), lambda: None)
    with pytest.raises(ShortcutCollision, match="not a key"):
        table.add(Shortcut("odd", ("Ctrl+Nonsense+",), "?"), lambda: None)
    assert [item.name for item in table.shortcuts()] == ["search"]


def test_the_window_binds_each_key_once(window) -> None:  # type: ignore[no-untyped-def]
    table = window.host.shortcuts.shortcuts()
    keys = Counter(portable(key) for item in table for key in item.keys)
    assert [key for key, count in keys.items() if count > 1] == []
    assert len(table) == 20
    bound = Counter(
        sequence.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.actions()
        for sequence in action.shortcuts()
    )
    assert bound == keys  # every key of the table is a window action, none twice
