"""Helpers of the GUI tests (``tests/desktop/ui``): waiting for background work, finding the
interactive widgets on screen, a logged-in application context."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from support.live_server import DEFAULT_PASSWORD, LiveServer

AGENT_PASSWORD = DEFAULT_PASSWORD
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)


def logged_in_context(server: LiveServer, sync: bool = True) -> AppContext:
    """An application logged in to ``server`` as the agent of 101, synced once."""
    context = AppContext(vault=TokenVault())
    context.session.login(server.url, "101", "agent", AGENT_PASSWORD, True)
    context.after_login()
    if sync:
        report = context.sync_once()
        assert report.error is None, report.error
    return context


def wait_idle(qtbot: Any, window: Any, timeout: int = 15_000) -> None:
    """Until the window's background operations are done."""
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=timeout)


def visible_interactive(root: QWidget) -> list[QWidget]:
    """The interactive widgets shown under ``root`` (Qt's own internals left out)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(root)
        and w.objectName() != "qt_scrollarea_viewport"
        # scroll bars' internal buttons and the line edit's clear button are Qt's own
        and not w.objectName().startswith("qt_")
    ]
