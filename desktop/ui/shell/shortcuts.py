"""Keyboard shortcuts: one table for the window, filled by the shell and the features through
the host, checked for collisions as it is filled, and shown on the start page in its order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..kit.widgets import key_name


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]
    text: str  # translated, e.g. translate("Actions", "Sync now")


class ShortcutCollision(ValueError):
    """A key (or a name) that is bound already."""


def portable(key: str) -> str:
    """The key in one spelling ("ctrl+f" and "Ctrl+F" are one key)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


class ShortcutTable:
    def __init__(self) -> None:
        self._entries: list[tuple[Shortcut, Callable[[], object]]] = []
        self._keys: dict[str, str] = {}

    def add(self, shortcut: Shortcut, handler: Callable[[], object]) -> None:
        if any(item.name == shortcut.name for item, _h in self._entries):
            raise ShortcutCollision(f"shortcut {shortcut.name!r} is added twice")
        for key in shortcut.keys:
            spelled = portable(key)
            if not spelled:
                raise ShortcutCollision(f"{key!r} of {shortcut.name!r} is not a key")
            if spelled in self._keys:
                raise ShortcutCollision(
                    f"{key} of {shortcut.name!r} is taken by {self._keys[spelled]!r}"
                )
        for key in shortcut.keys:
            self._keys[portable(key)] = shortcut.name
        self._entries.append((shortcut, handler))

    def shortcuts(self) -> list[Shortcut]:
        return [item for item, _handler in self._entries]

    def install(self, window: QWidget) -> dict[str, QAction]:
        """One window-wide QAction per shortcut; returns them by name."""
        actions: dict[str, QAction] = {}
        for item, handler in self._entries:
            action = QAction(item.text, window)
            action.setShortcuts([QKeySequence(k) for k in item.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            window.addAction(action)
            actions[item.name] = action
        return actions


def key_text(keys: tuple[str, ...]) -> str:
    return ", ".join(key_name(QKeySequence(k)) for k in keys)
