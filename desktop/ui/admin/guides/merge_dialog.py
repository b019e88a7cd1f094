"""409 on save: someone else changed the guide. Both versions side by side; the admin picks
per part which one to keep. The own edit stays in the local draft until a save succeeds, so
nothing typed is lost whatever is chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.services.admin import EditConflict

from ...kit.widgets import button, label
from .compare import CompareView


class MergeDialog(QDialog):
    def __init__(
        self, conflict: EditConflict, mine: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        theirs = conflict.theirs
        self.setWindowTitle(self.tr("Someone else changed the guide"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.windowTitle(), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Version %1 was saved while you were editing. Choose for each marked part "
                    "which text to keep; your own text is kept on this computer until the "
                    "guide is saved."
                ).replace("%1", str(theirs.revision)),
                "body",
            )
        )
        self.view = CompareView(
            mine,
            theirs.model_dump(mode="json"),
            self.tr("Your edit"),
            self.tr("Saved by someone else (version %1)").replace("%1", str(theirs.revision)),
            choose=True,
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = button(self.tr("Keep editing"), on_click=self.reject)
        self.use = button(self.tr("Use the merged version"), role="primary", on_click=self.accept)
        self.use.setObjectName("use_merged")
        row.addWidget(self.cancel)
        row.addWidget(self.use)
        layout.addLayout(row)
        if parent is not None:
            self.resize(int(parent.width() * 0.9), int(parent.height() * 0.9))

    def merged(self) -> dict[str, Any]:
        """The chosen parts, based on the other's version (the next save will not conflict)."""
        out = self.view.merged()
        out["base_revision"] = self.conflict.theirs.revision
        out["id"] = self.conflict.theirs.id
        return out
