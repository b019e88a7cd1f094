"""An origin's new version of a copy, three-way and level by level: what the origin changed
since the copied version and what the municipality changed locally. Take everything (local
changes kept), take the chosen parts, dismiss this version, or detach the copy for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sync_server.protocol import LibraryUpdateDetail

from ...kit.widgets import button, card, label
from .changes import BASICS, GUIDANCE, REFERRAL, STEPS, Change, changes

#: Narrower than this (a handheld), the actions take two columns.
COMPACT_BELOW = 560


class LibraryUpdatePage(QWidget):
    take_requested = Signal(str, object)  # own guide id, parts (None: everything)
    dismiss_requested = Signal(str)
    detach_requested = Signal(str)
    suggest_requested = Signal(str)  # own guide id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: LibraryUpdateDetail | None = None
        self.choices: list[tuple[QCheckBox, Change]] = []
        self._compact = False
        self.setAccessibleName(self.tr("New version from the origin"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QFrame()
        header.setProperty("role", "header")
        head = QVBoxLayout(header)
        head.setContentsMargins(16, 12, 16, 10)
        head.setSpacing(6)
        self.heading = label("", "title")
        self.heading.setObjectName("update_heading")
        self.facts = label("", "small")
        head.addWidget(self.heading)
        head.addWidget(self.facts)
        self.action_grid = QGridLayout()
        self.action_grid.setSpacing(8)
        self.take_all = button(
            self.tr("Take all"),
            icon="check",
            role="primary",
            tooltip=self.tr("Everything the origin changed; your local changes are kept"),
            on_click=lambda: self._take(None),
        )
        self.take_all.setObjectName("update_take_all")
        self.take_chosen = button(
            self.tr("Take chosen parts"), on_click=lambda: self._take(self.chosen())
        )
        self.take_chosen.setObjectName("update_take_chosen")
        self.dismiss = button(
            self.tr("Dismiss this version"),
            tooltip=self.tr("Not this version; a newer one is offered again"),
            on_click=lambda: self._emit(self.dismiss_requested),
        )
        self.dismiss.setObjectName("update_dismiss")
        head.addLayout(self.action_grid)
        self._place(compact=False)
        self.suggest = button(
            self.tr("Suggest a change to the origin"),
            icon="feedback",
            on_click=lambda: self._emit(self.suggest_requested),
        )
        self.suggest.setObjectName("update_suggest")
        self.detach = button(
            self.tr("Stop following the origin"), icon="close", on_click=self._detach
        )
        self.detach.setObjectName("update_detach")
        # The rarer actions sit below the changes (out of the way on a handheld).
        self.more = QWidget()
        more = QVBoxLayout(self.more)  # one above the other: fits a handheld too
        more.setContentsMargins(0, 8, 0, 0)
        more.addWidget(self.suggest, 0, Qt.AlignmentFlag.AlignLeft)
        more.addWidget(self.detach, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(header)
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setAccessibleName(self.tr("Changes"))
        layout.addWidget(self.body_scroll, 1)

    def show_detail(self, detail: LibraryUpdateDetail) -> None:
        self.detail = detail
        update = detail.update
        self.heading.setText(
            self.tr("New version from %1: %2")
            .replace("%1", update.origin_municipality_name)
            .replace("%2", update.title)
        )
        self.facts.setText(
            self.tr("You copied version %1; %2 has since published version %3.")
            .replace("%1", str(update.copied_revision))
            .replace("%2", update.origin_municipality_name)
            .replace("%3", str(update.origin_revision))
        )
        body = QWidget()
        body.setAccessibleName(self.tr("Changes"))
        inner = QVBoxLayout(body)
        inner.setContentsMargins(16, 12, 16, 16)
        inner.setSpacing(10)
        self.choices = []
        found = changes(detail)
        headings = {
            BASICS: self.tr("Title and search words"),
            GUIDANCE: self.tr("Guidance"),
            STEPS: self.tr("Step by step"),
            REFERRAL: self.tr("Referral"),
        }
        for level, heading in headings.items():
            here = [c for c in found if c.level == level]
            if not here:
                continue
            inner.addWidget(label(heading, "heading"))
            for change in here:
                inner.addWidget(self._card(change, update.origin_municipality_name))
        if not found:
            inner.addWidget(label(self.tr("The new version changes nothing you can see."), "muted"))
        self.more.setParent(None)
        inner.addWidget(self.more)
        inner.addStretch(1)
        old = self.body_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.body_scroll.setWidget(body)
        self.take_chosen.setEnabled(bool(self.choices))

    def _place(self, compact: bool) -> None:
        """One row on a wide window; two columns on a handheld."""
        self._compact = compact
        for widget in (self.take_all, self.take_chosen, self.dismiss):
            self.action_grid.removeWidget(widget)
        if compact:
            self.action_grid.addWidget(self.take_all, 0, 0)
            self.action_grid.addWidget(self.take_chosen, 0, 1)
            self.action_grid.addWidget(self.dismiss, 1, 0, 1, 2)
        else:
            for column, widget in enumerate((self.take_all, self.take_chosen, self.dismiss)):
                self.action_grid.addWidget(widget, 0, column)
        self.action_grid.setColumnStretch(3, 0 if compact else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_BELOW
        if compact != self._compact:
            self._place(compact)

    def _card(self, change: Change, origin_name: str) -> QWidget:
        frame, inner = card(change.what)
        inner.addWidget(label(change.what, "heading"))
        if change.part is not None:
            # A short text (a check box does not wrap); the whole meaning in its name.
            box = QCheckBox(self.tr("Take this change"))
            box.setAccessibleName(
                self.tr("Take from %2: %1").replace("%1", change.what).replace("%2", origin_name)
            )
            box.setObjectName(f"take:{change.part}")
            box.setMinimumHeight(44)
            inner.addWidget(box)
            self.choices.append((box, change))
        if change.origin_changed:
            text = change.origin or self.tr("(removed)")
            inner.addWidget(label(self.tr("%1 now:").replace("%1", origin_name), "small"))
            inner.addWidget(label(text, "body", selectable=True))
            inner.addWidget(label(self.tr("When you copied it:"), "small"))
            inner.addWidget(label(change.base or self.tr("(did not exist)"), "muted"))
        if change.local_changed:
            inner.addWidget(label(self.tr("Changed locally (kept when you take all):"), "small"))
            inner.addWidget(label(change.local or self.tr("(removed)"), "body", selectable=True))
        return frame

    def chosen(self) -> list[str]:
        return [c.part for box, c in self.choices if box.isChecked() and c.part]

    def _take(self, parts: list[str] | None) -> None:
        if self.detail is None:
            return
        if parts is not None and not parts:
            self.facts.setText(self.tr("Choose the parts to take first."))
            return
        self.take_requested.emit(self.detail.update.guide_id, parts)

    def _emit(self, signal: SignalInstance) -> None:
        if self.detail is not None:
            signal.emit(self.detail.update.guide_id)

    def _detach(self) -> None:
        if self.detail is None:
            return
        guide_id = self.detail.update.guide_id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop following the origin"),
            self.tr(
                "The copy will no longer be offered new versions from %1. This cannot be "
                "undone. Continue?"
            ).replace("%1", self.detail.update.origin_municipality_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("detach_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self.detach_requested.emit(guide_id))
        self.confirm_box = box
        box.open()
