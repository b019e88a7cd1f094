"""The editor's form for each directory kind: service area, synonym group, FAQ entry and
contact. Each form loads an item's wire fields and answers them as typed (checked by the
service on save), so a refused save never loses anything."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sync_server.protocol import Authority

from ...kit.labels import authority_label
from ...kit.widgets import label
from ..guides.editor_parts import BulletRow, RowList, area_text, line

translate = QCoreApplication.translate


def field_name(field: str) -> str:
    """The Danish name of a field, as the forms and the merge dialog show it."""
    return {
        "name": translate("DirectoryForm", "Name"),
        "kle": translate("DirectoryForm", "KLE number"),
        "authority": translate("DirectoryForm", "Authority"),
        "description": translate("DirectoryForm", "Description"),
        "hidden": translate("DirectoryForm", "Hidden from staff"),
        "term": translate("DirectoryForm", "Word"),
        "words": translate("DirectoryForm", "Synonyms"),
        "question": translate("DirectoryForm", "Question"),
        "category": translate("DirectoryForm", "Category"),
        "answer": translate("DirectoryForm", "Answer"),
        "synonyms": translate("DirectoryForm", "Search words"),
        "self_service_url": translate("DirectoryForm", "Self-service link"),
        "phone": translate("DirectoryForm", "Phone"),
        "email": translate("DirectoryForm", "E-mail"),
        "url": translate("DirectoryForm", "Website"),
        "hours": translate("DirectoryForm", "Opening hours"),
        "address": translate("DirectoryForm", "Address"),
        "note": translate("DirectoryForm", "When to refer here"),
    }.get(field, field)


def field_text(value: Any, field: str = "") -> str:
    """A field's value as one text (lists one item a line) for comparing versions."""
    if value is None or value == "" or value == []:
        return "–"
    if field == "authority" and value in tuple(Authority):
        return authority_label(Authority(value))
    if isinstance(value, bool):
        return translate("DirectoryForm", "Yes") if value else translate("DirectoryForm", "No")
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


def split_words(text: str) -> list[str]:
    """Words typed one a line or separated by commas."""
    return [w.strip() for part in text.splitlines() for w in part.split(",") if w.strip()]


class ItemForm(QWidget):
    """The fields of one kind; ``load`` an item's data, ``data`` answers them as typed."""

    changed = Signal()
    FIELDS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}

    def add_line(self, field: str, hint: str = "") -> QLineEdit:
        self.layout_.addWidget(label(field_name(field), "field"))
        edit = line("", field_name(field), hint)
        edit.setObjectName(f"item_{field}")
        edit.textChanged.connect(lambda _t: self.changed.emit())
        self.layout_.addWidget(edit)
        self.lines[field] = edit
        return edit

    def add_text(self, field: str, hint: str = "", height: int = 88) -> QPlainTextEdit:
        self.layout_.addWidget(label(field_name(field), "field"))
        if hint:
            self.layout_.addWidget(label(hint, "small"))
        edit = area_text("", field_name(field), height)
        edit.setObjectName(f"item_{field}")
        edit.textChanged.connect(self.changed.emit)
        self.layout_.addWidget(edit)
        self.texts[field] = edit
        return edit

    def load(self, data: dict[str, Any]) -> None:
        for field, edit in self.lines.items():
            edit.setText(str(data.get(field) or ""))
        for field, text in self.texts.items():
            value = data.get(field)
            text.setPlainText("\n".join(value) if isinstance(value, list) else str(value or ""))

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {f: e.text().strip() for f, e in self.lines.items()}
        out.update({f: t.toPlainText().strip() for f, t in self.texts.items()})
        return out

    def first_field(self) -> QWidget:
        return next(iter(self.lines.values()))


class AreaForm(ItemForm):
    FIELDS = ("name", "kle", "authority", "description", "hidden")

    def __init__(self) -> None:
        super().__init__()
        self.add_line("name", translate("DirectoryForm", "e.g. Flytning"))
        self.add_line("kle", translate("DirectoryForm", "e.g. 23.05.04 (optional)"))
        authority_name = label(field_name("authority"), "field")
        self.layout_.addWidget(authority_name)
        # The authority a shared hotline's contacts about the area concern (registration).
        self.authority = QComboBox()
        self.authority.setObjectName("item_authority")
        self.authority.setAccessibleName(field_name("authority"))
        self.authority.setMinimumHeight(44)
        self.authority.addItem(translate("DirectoryForm", "(not stated)"), None)
        for authority in Authority:
            self.authority.addItem(authority_label(authority), authority.value)
        self.authority.currentIndexChanged.connect(lambda _i: self.changed.emit())
        authority_name.setBuddy(self.authority)
        self.layout_.addWidget(self.authority)
        self.layout_.addWidget(
            label(
                translate(
                    "DirectoryForm",
                    "The authority a shared hotline's contacts about the area concern. Not "
                    "stated: it is guessed from the area's name.",
                ),
                "small",
            )
        )
        self.add_text("description")
        self.hidden = QCheckBox(translate("DirectoryForm", "Hide the area from staff"))
        self.hidden.setObjectName("item_hidden")
        self.hidden.setMinimumHeight(44)
        self.hidden.toggled.connect(lambda _c: self.changed.emit())
        self.layout_.addWidget(self.hidden)
        self.layout_.addWidget(
            label(
                translate(
                    "DirectoryForm",
                    "A hidden area is not offered in the list of areas; its guides can still "
                    "be found by search. Renaming an area moves its guides with it.",
                ),
                "small",
            )
        )

    def load(self, data: dict[str, Any]) -> None:
        super().load(data)
        self.hidden.setChecked(bool(data.get("hidden")))
        index = self.authority.findData(data.get("authority") or None)
        self.authority.setCurrentIndex(max(index, 0))

    def data(self) -> dict[str, Any]:
        return {
            **super().data(),
            "authority": self.authority.currentData(),
            "hidden": self.hidden.isChecked(),
        }


class SynonymForm(ItemForm):
    FIELDS = ("term", "words")

    def __init__(self) -> None:
        super().__init__()
        self.add_line("term", translate("DirectoryForm", "The word staff should find, e.g. MitID"))
        self.add_text(
            "words",
            translate("DirectoryForm", "Words that mean the same, one a line or comma-separated"),
            180,
        )

    def data(self) -> dict[str, Any]:
        out = super().data()
        out["words"] = split_words(str(out["words"]))
        return out


class FaqForm(ItemForm):
    FIELDS = ("question", "category", "answer", "synonyms", "self_service_url")

    def __init__(self) -> None:
        super().__init__()
        self.add_line("question")
        self.add_line("category", translate("DirectoryForm", "e.g. MitID (optional)"))
        self.layout_.addWidget(label(field_name("answer"), "field"))
        self.answer = RowList(
            BulletRow,
            translate("DirectoryForm", "Add a paragraph"),
            field_name("answer"),
            translate("DirectoryForm", "No paragraphs yet."),
        )
        self.answer.setObjectName("item_answer")
        self.answer.changed.connect(self.changed.emit)
        self.layout_.addWidget(self.answer)
        self.add_text(
            "synonyms",
            translate("DirectoryForm", "Other words staff search for, one a line or comma"),
            64,
        )
        self.add_line("self_service_url", "https://…")

    def load(self, data: dict[str, Any]) -> None:
        super().load(data)
        self.answer.set_values(list(data.get("answer") or []))

    def data(self) -> dict[str, Any]:
        out = super().data()
        out["synonyms"] = split_words(str(out["synonyms"]))
        out["answer"] = [a for a in self.answer.values() if a]
        return out


class ContactForm(ItemForm):
    FIELDS = ("name", "phone", "email", "url", "hours", "address", "note")

    def __init__(self) -> None:
        super().__init__()
        self.add_line("name", translate("DirectoryForm", "e.g. Borgerservice"))
        self.add_line("phone", translate("DirectoryForm", "8 digits; +45 may be left out"))
        self.add_line("email")
        self.add_line("url", "https://…")
        self.add_line("hours", translate("DirectoryForm", "e.g. Mon–Fri 10–14"))
        self.add_line("address")
        self.add_line("note")


FORMS: dict[str, type[ItemForm]] = {
    "areas": AreaForm,
    "synonyms": SynonymForm,
    "faq": FaqForm,
    "contacts": ContactForm,
}
