"""Two versions of the message templates side by side, field by field, the fields that differ
marked; with ``choose`` a choice per differing field (the 409 merge). The merge dialog keeps
the own edit untouched in the editor until the admin takes the merged version."""

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

from desktop.services.admin_templates import TEMPLATE_FIELDS, TemplateConflict

from ..kit.widgets import button, card, label

translate = QCoreApplication.translate


def field_name(key: str) -> str:
    return {
        "sender_name": translate("TemplatesPage", "Sender name"),
        "sms_sender": translate("TemplatesPage", "SMS sender (at most 11 characters)"),
        "reply_to": translate("TemplatesPage", "Reply-to e-mail address"),
        "mail_subject": translate("TemplatesPage", "E-mail subject"),
        "signature": translate("TemplatesPage", "Signature"),
        "sms_text": translate("TemplatesPage", "SMS text"),
        "mail_text": translate("TemplatesPage", "E-mail text"),
    }[key]


def _text(data: dict[str, Any], key: str) -> str:
    return str(data.get(key) or "").strip()


def differing(left: dict[str, Any], right: dict[str, Any]) -> list[str]:
    return [key for key in TEMPLATE_FIELDS if _text(left, key) != _text(right, key)]


class TemplatesCompare(QWidget):
    def __init__(
        self,
        left: dict[str, Any],
        right: dict[str, Any],
        left_title: str,
        right_title: str,
        choose: bool = False,
    ) -> None:
        super().__init__()
        self.left = left
        self.right = right
        self.choices: dict[str, QButtonGroup] = {}
        self.setAccessibleName(translate("TemplatesCompare", "Compare the templates"))
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(label(left_title, "heading"), 0, 0)
        grid.addWidget(label(right_title, "heading"), 0, 1)
        self.changed = differing(left, right)
        row = 1
        for key in TEMPLATE_FIELDS:
            name = field_name(key)
            marked = key in self.changed
            caption = label(name + (" ●" if marked else ""), "field" if marked else "small")
            grid.addWidget(caption, row, 0, 1, 2)
            for column, data in ((0, left), (1, right)):
                frame, inner = card(name)
                frame.setProperty("changed", marked)
                text = label(_text(data, key) or "–", "body", selectable=True)
                text.setObjectName(f"{key}_{column}")
                inner.addWidget(text)
                if choose and marked:
                    pick = QRadioButton(translate("TemplatesCompare", "Use this"))
                    pick.setMinimumHeight(44)
                    use = translate("TemplatesCompare", "Use %1 from this version")
                    pick.setAccessibleName(use.replace("%1", name))
                    pick.setChecked(column == 0)
                    self.choices.setdefault(key, QButtonGroup(self)).addButton(pick, column)
                    inner.addWidget(pick)
                grid.addWidget(frame, row + 1, column)
            row += 2
        grid.setRowStretch(row, 1)

    def choose(self, key: str, column: int) -> None:
        widget = self.choices[key].button(column)
        if widget is not None:
            widget.setChecked(True)

    def merged(self) -> dict[str, Any]:
        """``left`` with each differing field taken from the column chosen for it."""
        out = dict(self.left)
        for key, group in self.choices.items():
            if group.checkedId() == 1:
                out[key] = self.right.get(key)
        return out


class TemplatesMergeDialog(QDialog):
    """409 on save: the own edit beside the version saved meanwhile; the merged result goes
    back into the editor (based on the newer revision) to be checked and saved."""

    def __init__(self, conflict: TemplateConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        theirs = conflict.theirs
        self.setWindowTitle(self.tr("Someone else changed the templates"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.windowTitle(), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Version %1 was saved while you were editing. Choose for each marked field "
                    "which text to keep; your own text stays in the editor until you take the "
                    "merged version."
                ).replace("%1", str(theirs.revision)),
                "body",
            )
        )
        self.view = TemplatesCompare(
            conflict.mine,
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
        self.use.setObjectName("use_merged_templates")
        row.addWidget(self.cancel)
        row.addWidget(self.use)
        layout.addLayout(row)
        if parent is not None:
            self.resize(int(parent.width() * 0.9), int(parent.height() * 0.9))

    def merged(self) -> dict[str, Any]:
        out = self.view.merged()
        out["revision"] = self.conflict.theirs.revision
        return out
