"""The four cards of the Borgerweb page — the public address, the brand colour, the logo and
the accessibility statement — built here; what they do is the page's
(:class:`~desktop.ui.admin.citizen_web.page.CitizenWebPage`). Their strings keep the page's
translation context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...kit.widgets import button, card, label

translate = QCoreApplication.translate
LOGO_SIZE = QSize(240, 96)


def _card(title: str, text: str, field: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A card with its heading and explanation, and the (hidden) error label of ``field``."""
    frame, inner = card(title)
    inner.addWidget(label(title, "heading"))
    if text:
        inner.addWidget(label(text, "small"))
    error = label("", "error")
    error.setObjectName(f"error_{field}")
    error.hide()
    return frame, inner, error


def _line(name: str, title: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(title)
    edit.setPlaceholderText(placeholder)
    return edit


@dataclass
class AddressCard:
    frame: QFrame
    error: QLabel
    edit: QLineEdit
    open_button: QPushButton


def address_card(on_open: Callable[[], None]) -> AddressCard:
    title = translate("CitizenWebPage", "Public address")
    frame, inner, error = _card(
        title,
        translate(
            "CitizenWebPage",
            "The address citizens reach the citizen web at, e.g. "
            "https://vejviser.kommune.dk. QR codes and share links use it; until it is "
            "set, the desktop shows no QR code.",
        ),
        "public_base_url",
    )
    edit = _line("public_base_url", title, "https://vejviser.kommune.dk")
    inner.addWidget(edit)
    inner.addWidget(error)
    open_button = button(
        translate("CitizenWebPage", "Open the citizen web"), icon="open", on_click=on_open
    )
    open_button.setObjectName("open_citizen_web")
    row = QHBoxLayout()
    row.addWidget(open_button)
    row.addStretch(1)
    inner.addLayout(row)
    inner.addStretch(1)
    return AddressCard(frame, error, edit, open_button)


@dataclass
class ColourCard:
    frame: QFrame
    error: QLabel
    edit: QLineEdit
    swatch: QLabel
    pick: QPushButton
    grid: QGridLayout

    def place(self, compact: bool) -> None:
        """The swatch and the field in a row; the button beside them, or (``compact``) on a
        line of its own."""
        for widget in (self.edit, self.swatch, self.pick):
            self.grid.removeWidget(widget)
        self.grid.addWidget(self.swatch, 0, 0)
        self.grid.addWidget(self.edit, 0, 1)
        if compact:
            self.grid.addWidget(self.pick, 1, 0, 1, 2)
            self.grid.setColumnStretch(2, 0)
        else:
            self.grid.addWidget(self.pick, 0, 2)
        self.grid.setColumnStretch(3, 1)  # the rest of the line stays empty


def colour_card(on_pick: Callable[[], object]) -> ColourCard:
    title = translate("CitizenWebPage", "Brand colour")
    frame, inner, error = _card(
        title,
        translate(
            "CitizenWebPage",
            "The colour of the header and the buttons, as #rrggbb. White text must be "
            "readable on it (a contrast of at least 4.5:1).",
        ),
        "brand_colour",
    )
    edit = _line("brand_colour", title, "#1f4e79")
    edit.setMaxLength(7)
    edit.setMinimumWidth(110)
    edit.setMaximumWidth(200)
    swatch = QLabel()
    swatch.setObjectName("colour_swatch")
    swatch.setFixedSize(44, 44)
    swatch.setAccessibleName(translate("CitizenWebPage", "Preview of the colour"))
    pick = button(translate("CitizenWebPage", "Choose colour…"), icon="edit")
    pick.setObjectName("choose_colour")
    pick.clicked.connect(lambda _c=False: on_pick())
    grid = QGridLayout()
    grid.setHorizontalSpacing(8)
    inner.addLayout(grid)
    made = ColourCard(frame, error, edit, swatch, pick, grid)
    made.place(False)
    inner.addWidget(error)
    inner.addStretch(1)
    return made


@dataclass
class LogoCard:
    frame: QFrame
    error: QLabel
    preview: QLabel
    choose: QPushButton
    remove: QPushButton


def logo_card(on_choose: Callable[[], None], on_remove: Callable[[], None]) -> LogoCard:
    title = translate("CitizenWebPage", "Logo")
    frame, inner, error = _card(
        title,
        translate(
            "CitizenWebPage",
            "Shown at the top of every page. A PNG, JPEG or WebP image of at most 5 MB.",
        ),
        "logo_sha256",
    )
    preview = QLabel()
    preview.setObjectName("logo_preview")
    preview.setMinimumHeight(44)
    preview.setMaximumHeight(LOGO_SIZE.height())
    preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    inner.addWidget(preview)
    row = QHBoxLayout()
    choose = button(translate("CitizenWebPage", "Choose image…"), icon="folder", on_click=on_choose)
    choose.setObjectName("choose_logo")
    remove = button(translate("CitizenWebPage", "Remove logo"), icon="delete", on_click=on_remove)
    remove.setObjectName("remove_logo")
    row.addWidget(choose)
    row.addWidget(remove)
    row.addStretch(1)
    inner.addLayout(row)
    inner.addWidget(error)
    inner.addStretch(1)
    return LogoCard(frame, error, preview, choose, remove)


@dataclass
class StatementCard:
    frame: QFrame
    error: QLabel
    edit: QLineEdit


def statement_card() -> StatementCard:
    title = translate("CitizenWebPage", "Accessibility statement")
    frame, inner, error = _card(
        title,
        translate(
            "CitizenWebPage",
            "The address of the statement you made in digst.dk's WAS tool. Every page of "
            "the citizen web links to it.",
        ),
        "accessibility_statement_url",
    )
    edit = _line("accessibility_statement_url", title, "https://www.was.digst.dk/…")
    inner.addWidget(edit)
    inner.addWidget(error)
    inner.addStretch(1)
    return StatementCard(frame, error, edit)
