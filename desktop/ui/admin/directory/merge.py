"""409 on saving a directory item: someone else saved it meanwhile. Both versions field by
field, the differing fields marked, and a choice per field; what the admin typed stays in
the form until a save succeeds, whatever is chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.admin_directory import ItemConflict

from ...kit.widgets import button, card, label
from .forms import field_name, field_text

translate = QCoreApplication.translate


class ItemMergeDialog(QDialog):
    def __init__(
        self,
        conflict: ItemConflict,
        mine: dict[str, Any],
        fields: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.mine = mine
        self.theirs = conflict.theirs
        self.choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(translate("ItemMerge", "Someone else changed this"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.windowTitle(), "title"))
        if self.theirs is None:
            text = translate(
                "ItemMerge",
                "It was removed while you were editing. Use your version to create it again, "
                "or keep editing.",
            )
        else:
            text = translate(
                "ItemMerge",
                "Version %1 was saved while you were editing. Choose for each marked field "
                "which text to keep; your own text stays in the form until it is saved.",
            ).replace("%1", str(conflict.theirs_revision))
        layout.addWidget(label(text, "body"))
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(label(translate("ItemMerge", "Your edit"), "heading"), 0, 1)
        other = (
            translate("ItemMerge", "Saved by someone else (version %1)").replace(
                "%1", str(conflict.theirs_revision)
            )
            if self.theirs is not None
            else translate("ItemMerge", "Removed by someone else")
        )
        grid.addWidget(label(other, "heading"), 0, 2)
        theirs = self.theirs or {}
        self.changed_fields = [
            f for f in fields if field_text(mine.get(f), f) != field_text(theirs.get(f), f)
        ]
        for row, field in enumerate(fields, 1):
            name = field_name(field)
            changed = field in self.changed_fields and self.theirs is not None
            grid.addWidget(
                label(name + (" ●" if changed else ""), "field" if changed else "small"), row, 0
            )
            for column, data in ((1, mine), (2, theirs)):
                frame, inner = card(name)
                frame.setProperty("changed", changed)
                value = label(field_text(data.get(field), field), "body", selectable=True)
                value.setObjectName(f"{field}_{column}")
                inner.addWidget(value)
                if changed:
                    pick = QRadioButton(translate("ItemMerge", "Use this"))
                    pick.setMinimumHeight(44)
                    pick.setAccessibleName(
                        translate("ItemMerge", "Use %1 from this version").replace("%1", name)
                    )
                    pick.setChecked(column == 1)
                    group = self.choices.setdefault(field, QButtonGroup(self))
                    group.addButton(pick, column)
                    inner.addWidget(pick)
                grid.addWidget(frame, row, column)
        grid.setRowStretch(len(fields) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = button(translate("ItemMerge", "Keep editing"), on_click=self.reject)
        self.use = button(
            translate("ItemMerge", "Use the merged version"), role="primary", on_click=self.accept
        )
        self.use.setObjectName("use_merged_item")
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.use)
        layout.addLayout(buttons)
        if parent is not None:
            self.resize(int(parent.width() * 0.9), int(parent.height() * 0.9))

    def choose(self, field: str, column: int) -> None:
        """Take ``field`` from column 1 (your edit) or 2 (the other version)."""
        pick = self.choices[field].button(column)
        if pick is not None:
            pick.setChecked(True)

    def merged(self) -> dict[str, Any]:
        """Your edit with each chosen field taken from the other version."""
        out = dict(self.mine)
        for field, group in self.choices.items():
            if group.checkedId() == 2 and self.theirs is not None:
                out[field] = self.theirs.get(field)
        return out
