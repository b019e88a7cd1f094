"""The three levels of a guide as widgets: Vejledning, Trin for trin and Henvisning.

Builders only lay out what the guide says; copying, opening links and zooming screenshots
are callbacks of :class:`LevelActions` (the guide view decides what they do).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sync_server.protocol import Guide, Referral, Step

from . import icons, theme
from .formats import breakable_url, danish_date
from .marks import NoteMark, marked_pixmap, step_marks
from .widgets import button, card, label

#: Thumbnails fit this box; a click shows full size. 300 px wide: with the page's and the
#: step card's margins and the scroll bar a wide screenshot still fits a 400 px handheld.
THUMB_BOX = QSize(300, 280)


translate = QCoreApplication.translate


@dataclass
class LevelActions:
    copy: Callable[[str, str], None]  # (text, confirmation)
    open_url: Callable[[str], None]
    zoom: Callable[[Path, str, list[NoteMark]], None]  # (image file, caption, its marks)
    image_path: Callable[[str], Path | None]  # sha256 -> file, if fetched


def page(accessible: str) -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget()
    widget.setAccessibleName(accessible)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(16, 12, 16, 16)
    layout.setSpacing(10)
    return widget, layout


def bullets(items: list[str], layout: QVBoxLayout) -> None:
    for text in items:
        row = QHBoxLayout()
        row.setSpacing(10)
        dot = QLabel("•")
        dot.setProperty("role", "heading")
        dot.setAlignment(Qt.AlignmentFlag.AlignTop)
        dot.setAccessibleName(translate("GuideLevels", "Bullet"))
        row.addWidget(dot)
        body = label(text, "body", selectable=True)
        row.addWidget(body, 1)
        layout.addLayout(row)


def link_card(url: str, actions: LevelActions, heading: str) -> QWidget:
    frame, inner = card(heading)
    inner.addWidget(label(heading, "heading"))
    link = label(breakable_url(url), "link", selectable=True, accessible=url)
    inner.addWidget(link)
    row = QHBoxLayout()
    open_button = button(
        translate("GuideLevels", "Open"),
        icon="open",
        role="primary",
        accessible=translate("GuideLevels", "Open the self-service solution"),
        tooltip=translate("GuideLevels", "Open the link in the browser (Ctrl+O)"),
        on_click=lambda: actions.open_url(url),
    )
    open_button.setObjectName("open_link")
    copy_button = button(
        translate("GuideLevels", "Copy link"),
        icon="copy",
        accessible=translate("GuideLevels", "Copy link"),
        tooltip=translate(
            "GuideLevels", "Copy the link, e.g. for a mail or text message (Ctrl+Shift+C)"
        ),
        on_click=lambda: actions.copy(url, translate("GuideLevels", "Link copied:")),
    )
    copy_button.setObjectName("copy_link")
    row.addWidget(open_button)
    row.addWidget(copy_button)
    row.addStretch(1)
    inner.addLayout(row)
    return frame


def guidance_page(guide: Guide, actions: LevelActions) -> QWidget:
    widget, layout = page(translate("GuideLevels", "Guidance"))
    layout.addWidget(label(translate("GuideLevels", "Tell the citizen"), "heading"))
    if guide.guidance:
        bullets(list(guide.guidance), layout)
    else:
        layout.addWidget(
            label(translate("GuideLevels", "This guide has no guidance text yet."), "muted")
        )
    if guide.self_service_url:
        layout.addSpacing(6)
        layout.addWidget(
            link_card(
                guide.self_service_url, actions, translate("GuideLevels", "Self-service solution")
            )
        )
    if guide.last_checked:
        layout.addWidget(
            label(
                translate("GuideLevels", "Last checked %1").replace(
                    "%1", danish_date(guide.last_checked)
                ),
                "small",
            )
        )
    layout.addStretch(1)
    return widget


def _screenshot(step: Step, number: int, actions: LevelActions) -> QWidget | None:
    if not step.image:
        return None
    path = actions.image_path(step.image)
    if path is None:
        return label(
            translate("GuideLevels", "The screenshot has not been fetched yet (sync to get it)."),
            "small",
        )
    marks = step_marks(step)
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        return label(translate("GuideLevels", "The screenshot cannot be shown."), "small")
    caption = (
        translate("GuideLevels", "Screenshot for step %1: %2")
        .replace("%1", str(number))
        .replace("%2", step.title)
    )
    thumb = QPushButton()
    thumb.setObjectName("screenshot")
    thumb.setFlat(True)
    thumb.setCursor(Qt.CursorShape.PointingHandCursor)
    scaled = marked_pixmap(path, marks, THUMB_BOX)
    thumb.setIcon(QPixmap(scaled))
    thumb.setIconSize(scaled.size())
    height = max(44, scaled.height() + 12)
    thumb.setFixedSize(max(44, scaled.width() + 12), height)
    thumb.setAccessibleName(caption)
    thumb.setToolTip(translate("GuideLevels", "Click to enlarge the screenshot"))
    # qt-material fixes button heights; a screenshot button is as tall as its picture.
    thumb.setStyleSheet(
        f"QPushButton {{ height: {height - 8}px; min-height: {height - 8}px; padding: 2px;"
        f" border: 1px solid {theme.current().border}; background: transparent; }}"
    )
    thumb.clicked.connect(lambda _c=False: actions.zoom(path, caption, marks))
    return thumb


def step_card(step: Step, number: int, actions: LevelActions) -> QWidget:
    frame, inner = card(translate("GuideLevels", "Step %1").replace("%1", str(number)))
    top = QHBoxLayout()
    badge = label(
        str(number),
        "badge",
        wrap=False,
        accessible=translate("GuideLevels", "Step %1").replace("%1", str(number)),
    )
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    badge.setMinimumWidth(32)
    top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
    top.addWidget(label(step.title, "heading"), 1)
    inner.addLayout(top)
    inner.addWidget(label(step.text, "body", selectable=True))
    shot = _screenshot(step, number, actions)
    if shot is not None:
        inner.addWidget(shot, 0, Qt.AlignmentFlag.AlignLeft)
    if step.fields:
        inner.addWidget(label(translate("GuideLevels", "Fields and buttons"), "small"))
        for note in step.fields:
            # Name above its explanation: long field names wrap on a handheld too; a note
            # placed on the screenshot starts with its marker's number.
            place = getattr(note, "position", None)
            number_text = f"{place.n}  " if place is not None else ""
            inner.addWidget(label(f"{number_text}»{note.label}«", "field"))
            explanation = label(note.note, "body", selectable=True)
            explanation.setContentsMargins(16, 0, 0, 4)
            inner.addWidget(explanation)
    return frame


def steps_page(guide: Guide, actions: LevelActions) -> QWidget:
    widget, layout = page(translate("GuideLevels", "Step by step"))
    if not guide.steps:
        layout.addWidget(
            label(translate("GuideLevels", "This guide has no step-by-step help."), "muted")
        )
    else:
        layout.addWidget(
            label(
                translate("GuideLevels", "Help inside the solution when the citizen is stuck"),
                "heading",
            )
        )
    for number, step in enumerate(guide.steps, 1):
        layout.addWidget(step_card(step, number, actions))
    layout.addStretch(1)
    return widget


def _contact_row(
    inner: QVBoxLayout, icon_name: str, text: str, accessible: str, action: QPushButton | None
) -> None:
    row = QHBoxLayout()
    row.setSpacing(10)
    symbol = QLabel()
    icons.bind(symbol, icon_name, "muted", 22)
    symbol.setAccessibleName(accessible)
    symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
    row.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
    value = label(text, "body", selectable=True, accessible=f"{accessible}: {text}")
    row.addWidget(value, 1)
    if action is not None:
        row.addWidget(action, 0, Qt.AlignmentFlag.AlignTop)
    inner.addLayout(row)


def referral_card(ref: Referral, actions: LevelActions) -> QWidget:
    frame, inner = card(ref.name)
    inner.addWidget(label(ref.name, "heading"))
    if ref.note:
        inner.addWidget(label(ref.note, "body", selectable=True))
    if ref.phone:
        phone = ref.phone
        copy_phone = button(
            translate("GuideLevels", "Copy"),
            icon="copy",
            accessible=translate("GuideLevels", "Copy phone number"),
            tooltip=translate("GuideLevels", "Copy phone number"),
            on_click=lambda: actions.copy(phone, translate("GuideLevels", "Phone number copied:")),
        )
        copy_phone.setObjectName("copy_phone")
        _contact_row(inner, "phone", phone, translate("GuideLevels", "Phone"), copy_phone)
    if ref.email:
        email = ref.email
        copy_mail = button(
            translate("GuideLevels", "Copy"),
            icon="copy",
            accessible=translate("GuideLevels", "Copy e-mail address"),
            tooltip=translate("GuideLevels", "Copy e-mail address"),
            on_click=lambda: actions.copy(
                email, translate("GuideLevels", "E-mail address copied:")
            ),
        )
        copy_mail.setObjectName("copy_email")
        _contact_row(inner, "email", email, translate("GuideLevels", "E-mail"), copy_mail)
    if ref.url:
        url = ref.url
        open_web = button(
            translate("GuideLevels", "Open"),
            icon="open",
            accessible=translate("GuideLevels", "Open the website"),
            tooltip=translate("GuideLevels", "Open the website in the browser"),
            on_click=lambda: actions.open_url(url),
        )
        _contact_row(
            inner, "web", breakable_url(url), translate("GuideLevels", "Website"), open_web
        )
    if ref.hours:
        _contact_row(inner, "clock", ref.hours, translate("GuideLevels", "Opening hours"), None)
    if ref.address:
        _contact_row(inner, "place", ref.address, translate("GuideLevels", "Address"), None)
    return frame


def referral_page(guide: Guide, actions: LevelActions) -> QWidget:
    widget, layout = page(translate("GuideLevels", "Referral"))
    if not guide.referral:
        layout.addWidget(label(translate("GuideLevels", "This guide has no referral."), "muted"))
    else:
        layout.addWidget(
            label(
                translate("GuideLevels", "When the citizen cannot or should not use self-service"),
                "heading",
            )
        )
    for ref in guide.referral:
        layout.addWidget(referral_card(ref, actions))
    layout.addStretch(1)
    return widget
