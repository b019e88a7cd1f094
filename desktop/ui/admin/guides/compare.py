"""Two versions of a guide side by side, part by part, with the parts that differ marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QRadioButton, QWidget

from ...kit.widgets import card, label

translate = QCoreApplication.translate

#: The parts compared, grouped by the guide's levels.
PARTS = ("title", "area", "synonyms", "guidance", "self_service_url", "steps", "referral")


def part_name(part: str) -> str:
    return {
        "title": translate("GuideCompare", "Title"),
        "area": translate("GuideCompare", "Service area"),
        "synonyms": translate("GuideCompare", "Synonyms"),
        "guidance": translate("GuideCompare", "Guidance"),
        "self_service_url": translate("GuideCompare", "Self-service link"),
        "steps": translate("GuideCompare", "Step by step"),
        "referral": translate("GuideCompare", "Referral"),
    }[part]


def part_text(data: dict[str, Any], part: str) -> str:
    value = data.get(part)
    if not value:
        return "–"
    if part == "synonyms":
        return ", ".join(value)
    if part == "guidance":
        return "\n".join(f"• {item}" for item in value)
    if part == "steps":
        lines = []
        for number, step in enumerate(value, 1):
            lines.append(f"{number}. {step.get('title', '')}: {step.get('text', '')}")
            if step.get("image"):
                lines.append(
                    "   "
                    + translate("GuideCompare", "[screenshot %1]").replace(
                        "%1", str(step["image"])[:8]
                    )
                )
            for note in step.get("fields") or []:
                lines.append(f"   »{note.get('label', '')}« {note.get('note', '')}")
        return "\n".join(lines)
    if part == "referral":
        return "\n".join(
            " · ".join(
                str(v)
                for k, v in ref.items()
                if v and k in {"name", "phone", "email", "url", "hours", "note"}
            )
            for ref in value
        )
    return str(value)


def differing(left: dict[str, Any], right: dict[str, Any]) -> list[str]:
    return [p for p in PARTS if part_text(left, p) != part_text(right, p)]


class CompareView(QWidget):
    """``left`` and ``right`` in two columns; with ``choose`` a choice per differing part."""

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
        self.setAccessibleName(translate("GuideCompare", "Compare versions"))
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(label(left_title, "heading"), 0, 1)
        grid.addWidget(label(right_title, "heading"), 0, 2)
        changed = set(differing(left, right))
        row = 1
        for part in PARTS:
            name = part_name(part)
            if part in changed:
                name += " ●"
            grid.addWidget(label(name, "field" if part in changed else "small"), row, 0)
            for column, data in ((1, left), (2, right)):
                frame, inner = card(name)
                frame.setProperty("changed", part in changed)
                text = label(part_text(data, part), "body", selectable=True)
                text.setObjectName(f"{part}_{column}")
                inner.addWidget(text)
                if choose and part in changed:
                    pick = QRadioButton(translate("GuideCompare", "Use this"))
                    pick.setMinimumHeight(44)
                    pick.setAccessibleName(
                        translate("GuideCompare", "Use %1 from this version").replace("%1", name)
                    )
                    pick.setChecked(column == 1)
                    group = self.choices.setdefault(part, QButtonGroup(self))
                    group.addButton(pick, column)
                    inner.addWidget(pick)
                grid.addWidget(frame, row, column)
            row += 1
        grid.setRowStretch(row, 1)
        self.changed_parts = [p for p in PARTS if p in changed]

    def choose(self, part: str, column: int) -> None:
        button = self.choices[part].button(column)
        if button is not None:
            button.setChecked(True)

    def merged(self) -> dict[str, Any]:
        """``left`` with each part taken from the column chosen for it."""
        out = dict(self.left)
        for part, group in self.choices.items():
            if group.checkedId() == 2:
                out[part] = self.right.get(part)
        return out
