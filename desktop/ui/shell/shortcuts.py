"""Keyboard shortcuts for every main action, in one table (also shown on the start page)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..kit.widgets import key_name

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]
    text: str


def shortcuts() -> list[Shortcut]:
    return [
        Shortcut("search", ("Ctrl+F", "F3", "Ctrl+1"), translate("Actions", "Search")),
        Shortcut("browse", ("Ctrl+2",), translate("Actions", "Browse by area")),
        Shortcut("faq", ("Ctrl+3",), translate("Actions", "Technical FAQ")),
        Shortcut("level1", ("Alt+1",), translate("Actions", "Guidance")),
        Shortcut("level2", ("Alt+2",), translate("Actions", "Step by step")),
        Shortcut("level3", ("Alt+3",), translate("Actions", "Referral")),
        Shortcut("favourite", ("Ctrl+D",), translate("Actions", "Favourite on/off")),
        Shortcut("feedback", ("Ctrl+Shift+F",), translate("Actions", "Give feedback")),
        Shortcut("copy_link", ("Ctrl+Shift+C",), translate("Actions", "Copy link")),
        Shortcut("open_link", ("Ctrl+O",), translate("Actions", "Open the self-service solution")),
        Shortcut("send", ("Ctrl+M",), translate("Actions", "Send the guide to the citizen")),
        Shortcut("start_stop", ("F9",), translate("Actions", "Start / stop the contact")),
        Shortcut("pause", ("F10",), translate("Actions", "Pause / resume the contact")),
        Shortcut("manual", ("Shift+F9",), translate("Actions", "Register a contact by hand")),
        Shortcut("today", ("Ctrl+I",), translate("Actions", "Today: your contacts")),
        Shortcut("sync", ("F5",), translate("Actions", "Sync now")),
        Shortcut("settings", ("Ctrl+,",), translate("Actions", "Settings")),
        Shortcut("back", ("Esc", "Alt+Left"), translate("Actions", "Back / clear the search")),
        Shortcut("quit", ("Ctrl+Q",), translate("Actions", "Quit")),
    ]


def install(window: QWidget, handlers: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    """One window-wide QAction per shortcut; returns them by name."""
    actions: dict[str, QAction] = {}
    for item in shortcuts():
        handler = handlers.get(item.name)
        if handler is None:
            continue
        action = QAction(item.text, window)
        action.setShortcuts([QKeySequence(k) for k in item.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)
        actions[item.name] = action
    return actions


def key_text(keys: tuple[str, ...]) -> str:
    return ", ".join(key_name(QKeySequence(k)) for k in keys)
