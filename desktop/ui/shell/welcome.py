"""The start page of the detail pane: what to do first, and the shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from ..kit import icons
from ..kit.widgets import card, label
from .shortcuts import Shortcut, key_text

translate = QCoreApplication.translate


def welcome_page(shortcuts: list[Shortcut]) -> QWidget:
    """The page, listing ``shortcuts`` (every shortcut of the window, in the table's order)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(translate("Welcome", "Start"))
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(12)
    logo = label("", wrap=False, accessible="Vejviser")
    logo.setPixmap(icons.app_icon().pixmap(64, 64))
    layout.addWidget(logo)
    layout.addWidget(
        label(translate("Welcome", "Find the right guide while the citizen waits"), "title")
    )
    layout.addWidget(
        label(
            translate(
                "Welcome",
                "Search for what the citizen asks about, or browse by area. Each guide has "
                "three levels: Guidance for everyone, Step by step when the citizen is stuck in "
                "the solution, and Referral when someone else handles it.",
            ),
            "body",
        )
    )
    frame, inner = card(translate("Welcome", "Keyboard shortcuts"))
    inner.addWidget(label(translate("Welcome", "Keyboard shortcuts"), "heading"))
    grid = QGridLayout()
    grid.setHorizontalSpacing(24)
    for row, item in enumerate(shortcuts):
        keys = label(key_text(item.keys), "field", wrap=False)
        grid.addWidget(keys, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label(item.text, "body"), row, 1)
    grid.setColumnStretch(1, 1)
    inner.addLayout(grid)
    layout.addWidget(frame)
    layout.addStretch(1)
    scroll.setWidget(body)
    return scroll
