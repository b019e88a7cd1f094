"""A guide's history: every version with who and when; compare any two side by side;
restore an old one (as a new version: history is never rewritten)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from sync_server.protocol import GuideRevision

from ...kit.formats import danish_date
from ...kit.widgets import button, label
from .compare import CompareView


class HistoryPage(QWidget):
    restore_requested = Signal(str, int)  # guide id, revision
    edit_requested = Signal(str)  # guide id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide_id = ""
        self.revisions: list[GuideRevision] = []
        self.setAccessibleName(self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = label(self.tr("History"), "title")
        layout.addWidget(self.heading)
        pick = QHBoxLayout()
        self.left = QComboBox()
        self.left.setAccessibleName(self.tr("Older version"))
        self.right = QComboBox()
        self.right.setAccessibleName(self.tr("Newer version"))
        for combo in (self.left, self.right):
            combo.setMinimumHeight(44)
            combo.currentIndexChanged.connect(lambda _i: self._compare())
            pick.addWidget(combo, 1)
        layout.addLayout(pick)
        actions = QHBoxLayout()
        self.restore = button(
            self.tr("Restore the older version"), icon="undo", on_click=self._restore
        )
        self.restore.setObjectName("restore")
        self.edit = button(
            self.tr("Back to the editor"),
            icon="edit",
            on_click=lambda: self.edit_requested.emit(self.guide_id),
        )
        actions.addWidget(self.restore)
        actions.addWidget(self.edit)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        layout.addWidget(self.area, 1)

    def _name(self, rev: GuideRevision) -> str:
        return (
            self.tr("Version %1 – %2, %3")
            .replace("%1", str(rev.revision))
            .replace("%2", danish_date(rev.updated_at.date()))
            .replace("%3", rev.author)
        )

    def show_history(self, guide_id: str, title: str, revisions: list[GuideRevision]) -> None:
        self.guide_id = guide_id
        self.revisions = sorted(revisions, key=lambda r: r.revision, reverse=True)
        self.heading.setText(self.tr("History of %1").replace("%1", title))
        for combo in (self.left, self.right):
            combo.blockSignals(True)
            combo.clear()
            for rev in self.revisions:
                combo.addItem(self._name(rev), rev.revision)
            combo.blockSignals(False)
        self.right.setCurrentIndex(0)
        self.left.setCurrentIndex(min(1, len(self.revisions) - 1))
        self._compare()

    def select(self, older: int, newer: int) -> None:
        self.left.setCurrentIndex(self.left.findData(older))
        self.right.setCurrentIndex(self.right.findData(newer))

    def _revision(self, number: object) -> GuideRevision | None:
        return next((r for r in self.revisions if r.revision == number), None)

    def _compare(self) -> None:
        old = self._revision(self.left.currentData())
        new = self._revision(self.right.currentData())
        self.restore.setEnabled(old is not None and old is not self.revisions[0])
        if old is None or new is None:
            return
        self.view = CompareView(
            old.content.model_dump(mode="json"),
            new.content.model_dump(mode="json"),
            self._name(old),
            self._name(new),
        )
        previous = self.area.takeWidget()
        if previous is not None:
            previous.deleteLater()
        self.area.setWidget(self.view)

    def _restore(self) -> None:
        old = self._revision(self.left.currentData())
        if old is not None:
            self.restore_requested.emit(self.guide_id, old.revision)
