"""The admin nav's list of one directory kind: filter, "new", and for service areas the
order (move up/down, also Alt+↑/↓ on the list) and hide/show of the chosen area."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.services.admin_directory import Item
from sync_server.protocol import Authority

from ...kit.labels import authority_label
from ...kit.list_model import ListRow, RowListView
from ...kit.widgets import button, label, shortcut_hint
from ..guides.editor_parts import arrow_button

translate = QCoreApplication.translate


def titles() -> dict[str, tuple[str, str]]:
    """Per kind: the section's title and the "new" button's text."""
    return {
        "areas": (
            translate("DirectorySection", "Service areas"),
            translate("DirectorySection", "New area"),
        ),
        "synonyms": (
            translate("DirectorySection", "Synonyms"),
            translate("DirectorySection", "New synonym group"),
        ),
        "faq": (
            translate("DirectorySection", "Technical FAQ"),
            translate("DirectorySection", "New question"),
        ),
        "contacts": (
            translate("DirectorySection", "Contacts"),
            translate("DirectorySection", "New contact"),
        ),
    }


def row_of(item: Item) -> ListRow:
    data = item.data
    if item.kind == "areas":
        parts = (
            [translate("DirectorySection", "KLE %1").replace("%1", data["kle"])]
            if data.get("kle")
            else []
        )
        if data.get("authority") in tuple(Authority):
            parts.append(authority_label(Authority(data["authority"])))
        if data.get("description"):
            parts.append(str(data["description"]))
        badge = translate("DirectorySection", "Hidden") if data.get("hidden") else ""
        return ListRow("area", item.key, item.key, " · ".join(parts), badge)
    if item.kind == "synonyms":
        return ListRow("synonym", item.key, item.key, ", ".join(data.get("words") or []))
    if item.kind == "faq":
        return ListRow("faq", item.key, str(data.get("question")), str(data.get("category") or ""))
    detail = " · ".join(str(data[k]) for k in ("phone", "email", "hours") if data.get(k))
    return ListRow("contact", item.key, str(data.get("name")), detail)


class DirectorySection(QWidget):
    open_requested = Signal(object)  # Item
    new_requested = Signal(str)  # kind
    move_requested = Signal(str, int)  # area name, -1 up / 1 down
    hide_requested = Signal(str, bool)  # area name, hidden

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.items: list[Item] = []
        title, new_text = titles()[kind]
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(label(title, "heading"), 1)
        self.new_button = button(
            new_text, icon="add", on_click=lambda: self.new_requested.emit(kind)
        )
        self.new_button.setObjectName(f"new_{kind}")
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.offline = label(
            translate("DirectorySection", "Offline: this is the copy from the last sync."),
            "small",
        )
        self.offline.hide()
        layout.addWidget(self.offline)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("DirectorySection", "Filter …"))
        self.filter.setAccessibleName(
            translate("DirectorySection", "Filter %1").replace("%1", title.lower())
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumHeight(44)
        self.filter.textChanged.connect(lambda _t: self._fill())
        layout.addWidget(self.filter)
        self.list = RowListView(title)
        self.list.activated_row.connect(self._open)
        self.list.leave_top.connect(self.filter.setFocus)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.filter)
        if kind == "areas":
            layout.addLayout(self._area_tools())

    def _area_tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.up = arrow_button(
            Qt.ArrowType.UpArrow,
            translate("DirectorySection", "Move the area up (Alt+Up)"),
            lambda: self._move(-1),
        )
        self.down = arrow_button(
            Qt.ArrowType.DownArrow,
            translate("DirectorySection", "Move the area down (Alt+Down)"),
            lambda: self._move(1),
        )
        self.up.setObjectName("area_up")
        self.down.setObjectName("area_down")
        self.hide_button = button(
            translate("DirectorySection", "Hide"),
            tooltip=shortcut_hint(translate("DirectorySection", "Hide or show the area"), "Alt+H"),
            on_click=self._toggle_hidden,
        )
        self.hide_button.setObjectName("area_hide")
        row.addWidget(self.up)
        row.addWidget(self.down)
        row.addWidget(self.hide_button)
        row.addStretch(1)
        _AreaKeys(self.list, self._move, self._toggle_hidden)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._update_hide())
        return row

    def show_items(self, items: list[Item], offline: bool = False) -> None:
        current = self.list.current_row()
        self.items = items
        self.offline.setVisible(offline)
        self._fill()
        if current is not None:
            self.select(current.key)

    def _fill(self) -> None:
        text = self.filter.text().strip().casefold()
        rows = [row_of(i) for i in self.items]
        if text:
            rows = [r for r in rows if text in f"{r.title} {r.subtitle}".casefold()]
        self.list.set_rows(rows)
        if self.kind == "areas":
            self._update_hide()

    def item(self, key: str) -> Item | None:
        return next((i for i in self.items if i.key == key), None)

    def select(self, key: str) -> None:
        for number, row in enumerate(self.list.rows()):
            if row.key == key:
                self.list.select_row(number)
        if self.kind == "areas":
            self._update_hide()

    def _open(self, row: ListRow) -> None:
        item = self.item(row.key)
        if item is not None:
            self.open_requested.emit(item)

    def _current(self) -> Item | None:
        row = self.list.current_row()
        return None if row is None else self.item(row.key)

    def _move(self, step: int) -> None:
        item = self._current()
        if item is not None and not self.filter.text().strip():
            self.move_requested.emit(item.key, step)

    def _toggle_hidden(self) -> None:
        item = self._current()
        if item is not None:
            self.hide_requested.emit(item.key, not item.data.get("hidden"))

    def _update_hide(self) -> None:
        item = self._current()
        hidden = bool(item and item.data.get("hidden"))
        self.hide_button.setText(
            translate("DirectorySection", "Show")
            if hidden
            else translate("DirectorySection", "Hide")
        )
        for widget in (self.up, self.down, self.hide_button):
            widget.setEnabled(item is not None)


class _AreaKeys(QObject):
    """On the list of areas: Alt+Up / Alt+Down move the chosen area, Alt+H hides or shows it."""

    def __init__(
        self, view: RowListView, move: Callable[[int], None], toggle: Callable[[], None]
    ) -> None:
        super().__init__(view)
        self.move = move
        self.toggle = toggle
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
        ):
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_H:
                self.toggle()
                return True
        return False
