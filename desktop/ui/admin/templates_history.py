"""The templates' history: every saved version with who and when, an old one beside the
newest, and restore (as a new version: history is never rewritten)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from sync_server.protocol import TemplateRevision

from ..kit.formats import danish_datetime
from ..kit.widgets import button, label
from .templates_compare import TemplatesCompare


class TemplatesHistoryPage(QWidget):
    restore_requested = Signal(object, int)  # TemplateRevision, the newest revision seen
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revisions: list[TemplateRevision] = []
        self.setAccessibleName(self.tr("History of the templates"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label(self.tr("History of the templates"), "title"))
        self.empty = label(
            self.tr("No saved versions yet: the municipality uses the shipped templates."), "body"
        )
        layout.addWidget(self.empty)
        self.pick = QComboBox()
        self.pick.setObjectName("template_version")
        self.pick.setAccessibleName(self.tr("Older version"))
        self.pick.setMinimumHeight(44)
        self.pick.currentIndexChanged.connect(lambda _i: self._compare())
        layout.addWidget(self.pick)
        actions = QHBoxLayout()
        self.restore = button(self.tr("Restore this version"), icon="undo", on_click=self._restore)
        self.restore.setObjectName("restore_templates")
        self.back = button(
            self.tr("Back to the templates"), icon="edit", on_click=self.back_requested.emit
        )
        actions.addWidget(self.restore)
        actions.addWidget(self.back)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        layout.addWidget(self.area, 1)

    def name(self, rev: TemplateRevision) -> str:
        return (
            self.tr("Version %1 – %2, %3")
            .replace("%1", str(rev.revision))
            .replace("%2", danish_datetime(rev.updated_at))
            .replace("%3", rev.author)
        )

    def show_history(self, revisions: list[TemplateRevision]) -> None:
        self.revisions = sorted(revisions, key=lambda r: r.revision, reverse=True)
        self.empty.setVisible(not self.revisions)
        self.pick.blockSignals(True)
        self.pick.clear()
        for rev in self.revisions:
            self.pick.addItem(self.name(rev), rev.revision)
        self.pick.blockSignals(False)
        self.pick.setCurrentIndex(min(1, len(self.revisions) - 1))
        self._compare()

    def select(self, revision: int) -> None:
        self.pick.setCurrentIndex(self.pick.findData(revision))

    def chosen(self) -> TemplateRevision | None:
        number = self.pick.currentData()
        return next((r for r in self.revisions if r.revision == number), None)

    def _compare(self) -> None:
        old = self.chosen()
        self.restore.setEnabled(old is not None and old is not self.revisions[0])
        if old is None:
            return
        newest = self.revisions[0]
        self.view = TemplatesCompare(
            old.templates.model_dump(mode="json"),
            newest.templates.model_dump(mode="json"),
            self.name(old),
            self.tr("Now: %1").replace("%1", self.name(newest)),
        )
        previous = self.area.takeWidget()
        if previous is not None:
            previous.deleteLater()
        self.area.setWidget(self.view)

    def _restore(self) -> None:
        old = self.chosen()
        if old is not None and self.revisions:
            self.restore_requested.emit(old, self.revisions[0].revision)
