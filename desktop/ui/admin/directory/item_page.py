"""One directory item in the editor: its form, save (Ctrl+S), remove, and its versions (who
and when; a chosen version is loaded into the form and saved as a new version). Every change
is kept on this computer after a short pause (as the guide editor does) until it is saved or
discarded: opening another item, leaving the page or a restart loses nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.services.admin import AdminService
from desktop.services.admin_directory import Item, Version

from ...kit.list_model import ListRow, RowListView
from ...kit.widgets import button, label, shortcut_hint
from ..kept_note import KeptNote, LocalCopy
from .forms import FORMS, ItemForm

translate = QCoreApplication.translate


def headings() -> dict[str, tuple[str, str]]:
    """Per kind: the heading of a new item and of an existing one (%1 its title)."""
    return {
        "areas": (
            translate("ItemPage", "New service area"),
            translate("ItemPage", "Service area: %1"),
        ),
        "synonyms": (
            translate("ItemPage", "New synonym group"),
            translate("ItemPage", "Synonyms for %1"),
        ),
        "faq": (translate("ItemPage", "New question"), translate("ItemPage", "Question: %1")),
        "contacts": (translate("ItemPage", "New contact"), translate("ItemPage", "Contact: %1")),
    }


class ItemPage(QWidget):
    save_requested = Signal(str, object, object)  # kind, form data, base Item | None
    delete_requested = Signal(object)  # Item
    history_requested = Signal(object)  # Item

    def __init__(
        self, kind: str, admin: AdminService | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.admin = admin
        self.base: Item | None = None
        self.server: Item | None = None  # the item as the server last answered it
        self.local_key = "new"  # the item's key when opened, "new" for a new one
        self.saving_key = "new"
        self.versions: list[Version] = []
        self.delete_armed = False
        self.setObjectName(f"item_page_{kind}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.heading = label("", "title")
        layout.addWidget(self.heading)
        self.kept = KeptNote()
        self.kept.discard_requested.connect(self.discard_local)
        layout.addWidget(self.kept)
        self.error = label("", "error")
        self.error.setObjectName("item_error")
        self.error.hide()
        layout.addWidget(self.error)
        self.form: ItemForm = FORMS[kind]()
        self.copy = LocalCopy(
            admin,
            self._key,
            self.form.data,
            lambda: self.base.revision if self.base is not None else None,
            self,
        )
        self.form.changed.connect(self.error.hide)
        self.form.changed.connect(self.copy.edited)
        layout.addWidget(self.form)
        self.versions_title = label(translate("ItemPage", "Versions"), "heading")
        self.versions_hint = label(
            translate(
                "ItemPage",
                "Choose a version to load it into the form; save to make it the newest "
                "version (history is never rewritten).",
            ),
            "small",
        )
        self.version_list = RowListView(translate("ItemPage", "Versions"))
        self.version_list.setObjectName("item_versions")
        self.version_list.setMinimumHeight(180)
        self.version_list.activated_row.connect(self._load_version)
        for widget in (self.versions_title, self.versions_hint, self.version_list):
            widget.hide()
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        outer.addLayout(self._buttons())
        self.setFocusProxy(self.form.first_field())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(16, 4, 16, 8)
        self.save_button = button(
            translate("ItemPage", "Save"),
            icon="check",
            role="primary",
            tooltip=shortcut_hint(translate("ItemPage", "Save"), "Ctrl+S"),
            on_click=self.save,
        )
        self.save_button.setObjectName("item_save")
        self.history_button = button(
            translate("ItemPage", "Versions"),
            icon="history",
            on_click=self._history_clicked,
        )
        self.history_button.setObjectName("item_history")
        self.delete_button = button(
            translate("ItemPage", "Remove"),
            icon="delete",
            on_click=self._delete_clicked,
        )
        self.delete_button.setObjectName("item_delete")
        row.addWidget(self.save_button)
        row.addWidget(self.history_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        return row

    def _history_clicked(self) -> None:
        if self.base is not None:
            self.history_requested.emit(self.base)

    def _delete_clicked(self) -> None:
        """The first click asks, the second removes (no modal dialog in the way)."""
        if self.base is None:
            return
        if not self.delete_armed:
            self.delete_armed = True
            self.delete_button.setText(translate("ItemPage", "Click again to remove"))
            return
        self._disarm()
        self.delete_requested.emit(self.base)

    def _disarm(self) -> None:
        self.delete_armed = False
        self.delete_button.setText(translate("ItemPage", "Remove"))

    # -- showing ---------------------------------------------------------------------------
    def open_new(self) -> None:
        """An empty form, or the new item typed before and not saved yet."""
        self._open(None, "new")

    def open_item(self, item: Item) -> None:
        """The item as the server has it, or the changes to it kept on this computer."""
        self._open(item, item.key)

    def _open(self, item: Item | None, local_key: str) -> None:
        self.copy.flush()  # what was typed in the item shown so far is kept first
        self.base = self.server = item
        self.local_key = local_key
        kept = self.copy.kept()
        if kept is not None and item is not None and kept.base_revision is not None:
            # Based on the version the edit began from: if someone saved since, saving asks
            # to merge (409) instead of overwriting theirs.
            self.base = Item(self.kind, item.key, kept.base_revision, item.data)
        self._load(kept.data if kept is not None else (item.data if item else {}))
        self._refresh_heading()
        self._show_versions([])
        if kept is not None:
            self.kept.show_from(kept.saved_at)
        else:
            self.kept.hide()

    def saved(self, item: Item) -> None:
        """The server's answer to a save: the local copy is gone, the form shows the saved
        item, the next save is based on it."""
        self.forget(self.saving_key)
        self.open_item(item)

    # -- the copy kept on this computer -------------------------------------------------------
    def _key(self, local_key: str | None = None) -> str:
        assert self.admin is not None
        return self.admin.form_key("directory", self.kind, local_key or self.local_key)

    def _load(self, data: dict[str, Any]) -> None:
        with self.copy.loading():
            self.form.load(data)

    def forget(self, local_key: str) -> None:
        """The local copy of ``local_key`` (an item's key or "new") is no longer wanted."""
        if local_key == self.local_key:
            self.kept.hide()
        if self.admin is not None:
            self.copy.discard(self._key(local_key))

    def hidden_changed(self, before: Item, saved: Item) -> None:
        """An area hidden or shown from the list (``before`` → ``saved``): a local copy based
        on ``before`` follows (the new revision and visibility; the rest as typed), and the
        form shows it if the area is open."""
        showing = self.server is not None and self.server.key == saved.key
        if showing:
            self.copy.flush()
        kept = self.copy.kept(self._key(saved.key)) if self.admin is not None else None
        if self.admin is not None and kept is not None and kept.base_revision == before.revision:
            data = {**kept.data, "hidden": bool(saved.data.get("hidden"))}
            self.admin.keep_form(self._key(saved.key), data, saved.revision)
        if showing:
            self.open_item(saved)

    def discard_local(self) -> None:
        """The note's "Discard": back to the server's version (an empty form for a new item)."""
        self.forget(self.local_key)
        self.base = self.server
        self._load(self.server.data if self.server is not None else {})
        self._refresh_heading()
        self.form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        self.copy.flush()  # leaving the page or closing the window
        super().hideEvent(event)

    def rebase(self, data: dict[str, Any], theirs: dict[str, Any] | None) -> None:
        """After a merge: the chosen fields in the form, based on the other's version."""
        if theirs is not None and self.base is not None:
            self.base = Item(self.kind, self.base.key, int(theirs.get("revision") or 1), theirs)
        elif theirs is None:
            self.base = None  # removed meanwhile: saving creates it again
        self.form.load(data)
        self._refresh_heading()

    def _refresh_heading(self) -> None:
        new, existing = headings()[self.kind]
        if self.base is None:
            self.heading.setText(new)
        else:
            title = self.base.data.get("name") or self.base.data.get("question") or self.base.key
            self.heading.setText(existing.replace("%1", str(title)))
        self.heading.setAccessibleName(self.heading.text())
        self.setAccessibleName(self.heading.text())
        self.history_button.setEnabled(self.base is not None)
        self.delete_button.setEnabled(self.base is not None)
        self._disarm()
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        self.error.hide()
        self.copy.flush()
        self.saving_key = self.local_key
        self.save_requested.emit(self.kind, self.form.data(), self.base)

    # -- versions --------------------------------------------------------------------------
    def show_versions(self, versions: list[Version]) -> None:
        self._show_versions(versions)
        self.version_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.version_list.select_row(0)

    def _show_versions(self, versions: list[Version]) -> None:
        self.versions = versions
        rows = [
            ListRow(
                "version",
                str(v.revision),
                translate("ItemPage", "Version %1").replace("%1", str(v.revision)),
                f"{v.author} · {v.saved.astimezone().strftime('%d.%m.%Y %H:%M')}",
                translate("ItemPage", "Newest") if index == 0 else "",
            )
            for index, v in enumerate(versions)
        ]
        self.version_list.set_rows(rows)
        for widget in (self.versions_title, self.versions_hint, self.version_list):
            widget.setVisible(bool(versions))

    def _load_version(self, row: ListRow) -> None:
        version = next((v for v in self.versions if str(v.revision) == row.key), None)
        if version is not None:
            self.form.load(version.data)
            self.form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
