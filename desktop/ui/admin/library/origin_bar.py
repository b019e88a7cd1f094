"""In the guide editor, for a copy from the shared library: where it came from, and
"Suggest a change to the origin" (offer back)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from sync_server.protocol import Guide

from ...kit.widgets import button, label


class OriginBar(QWidget):
    suggest_requested = Signal(str, str)  # own guide id, origin municipality code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Municipality code → name (from the library list; the code when unknown).
        self.names: dict[str, str] = {}
        self.guide_id = ""
        self.origin = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "small")
        self.text.setObjectName("editor_origin")
        row.addWidget(self.text, 1)
        self.suggest = button(
            self.tr("Suggest a change to the origin"),
            icon="feedback",
            on_click=lambda: self.suggest_requested.emit(self.guide_id, self.origin),
        )
        self.suggest.setObjectName("editor_suggest")
        row.addWidget(self.suggest)
        self.hide()

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def show_guide(self, guide: Guide | None) -> None:
        provenance = guide.copied_from if guide is not None else None
        if guide is None or provenance is None:
            self.hide()
            return
        self.guide_id = guide.id
        self.origin = provenance.municipality
        self.text.setText(
            self.tr("Copied from %1 (their guide %2, version %3)")
            .replace("%1", self.name(provenance.municipality))
            .replace("%2", provenance.guide_id)
            .replace("%3", str(provenance.revision))
        )
        self.show()
