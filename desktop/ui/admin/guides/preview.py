"""The live preview: the guide exactly as staff will see it (the lookup's level builders
from ``kit.guide_levels``), rebuilt as the admin types."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from sync_server.protocol import FieldNote, Guide, NotePosition, Referral, Step

from ...kit.guide_levels import LevelActions, guidance_page, referral_page, steps_page
from ...kit.image_viewer import ImageViewer
from ...kit.marks import NoteMark
from ...kit.widgets import SegmentedControl, label


def _card(written: dict[str, Any]) -> dict[str, Any]:
    """Every field of a referral card, a half-written one too (no name yet: empty)."""
    return {k: (written.get(k) or ("" if k == "name" else None)) for k in Referral.model_fields}


def preview_guide(data: dict[str, Any]) -> Guide:
    """The editor's fields as a Guide, unchecked (the preview shows what is typed so far)."""
    steps = [
        Step.model_construct(
            title=s.get("title") or "",
            text=s.get("text") or "",
            image=s.get("image"),
            fields=[
                FieldNote.model_construct(
                    label=f.get("label") or "",
                    note=f.get("note") or "",
                    position=NotePosition.model_construct(**f["position"])
                    if f.get("position")
                    else None,
                )
                for f in s.get("fields") or []
            ],
        )
        for s in data.get("steps") or []
    ]
    referral = [Referral.model_construct(**_card(r)) for r in data.get("referral") or []]
    return Guide.model_construct(
        id=data.get("id") or "preview",
        municipality="000",
        revision=1,
        updated_at=datetime.now(UTC),
        title=data.get("title") or "",
        area=data.get("area") or "",
        synonyms=[],
        situations=[],
        search_terms_en=[],
        guidance=[b for b in data.get("guidance") or [] if b],
        self_service_url=data.get("self_service_url") or None,
        steps=steps,
        referral=referral,
        last_checked=None,
    )


class GuidePreview(QWidget):
    def __init__(self, image_path: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label(self.tr("Preview – as staff will see it"), "small")
        layout.addWidget(self.heading)
        self.title = label("", "title")
        self.area = label("", "muted")
        layout.addWidget(self.title)
        layout.addWidget(self.area)
        self.levels = SegmentedControl(
            [self.tr("Guidance"), self.tr("Step by step"), self.tr("Referral")],
            self.tr("Level of the preview"),
        )
        layout.addWidget(self.levels)
        self.pages = QStackedWidget()
        self.scrolls: list[QScrollArea] = []
        for _ in range(3):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.pages.addWidget(scroll)
            self.scrolls.append(scroll)
        layout.addWidget(self.pages, 1)
        self.levels.changed.connect(self.pages.setCurrentIndex)
        self._actions = LevelActions(
            copy=lambda text, _c: QGuiApplication.clipboard().setText(text),
            open_url=self._open_url,
            zoom=self._zoom,
            image_path=image_path,
        )

    def _open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def _zoom(self, path: Path, caption: str, marks: list[NoteMark]) -> None:
        ImageViewer(path, caption, self.window(), marks).exec()

    def show_data(self, data: dict[str, Any]) -> None:
        guide = preview_guide(data)
        self.title.setText(guide.title or self.tr("(no title yet)"))
        self.area.setText(guide.area)
        builders = (guidance_page, steps_page, referral_page)
        for scroll, build in zip(self.scrolls, builders, strict=True):
            old = scroll.takeWidget()
            if old is not None:
                old.deleteLater()
            scroll.setWidget(build(guide, self._actions))

    def set_level(self, index: int) -> None:
        self.levels.set_current(index)

    def page(self, index: int) -> QWidget | None:
        return self.scrolls[index].widget()
