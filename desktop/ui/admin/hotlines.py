"""Admin mode of a municipality: "Fælles hotlines" — the shared hotlines that exist, and
whether the municipality lets each read its published guides, FAQ, contacts and synonyms.
Giving or taking away access asks first (a confirm dialog); a dismissed hotline's desktops
drop the municipality's content at their next sync."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from sync_server.protocol import Hotline

from ..kit.list_model import ListRow, RowListView
from ..kit.widgets import button, label


class HotlinesSection(QWidget):
    toggle_requested = Signal(object)  # the Hotline whose access is to change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hotlines: list[Hotline] = []
        self.setAccessibleName(self.tr("Shared hotlines"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.addWidget(label(self.tr("Shared hotlines"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "A shared hotline answers citizens for several municipalities. With access "
                    "it reads your published guides, FAQ, contacts and synonyms (never drafts) "
                    "and registers the contacts it handles for your citizens; it can change "
                    "nothing. Choose a hotline to give or take away its access."
                ),
                "small",
            )
        )
        self.list = RowListView(self.tr("Shared hotlines"))
        self.list.setObjectName("hotline_list")
        self.list.activated_row.connect(self._activated)
        layout.addWidget(self.list, 1)
        self.empty = label(self.tr("No shared hotlines exist on the server."), "muted")
        self.empty.hide()
        layout.addWidget(self.empty)

    def show_hotlines(self, hotlines: list[Hotline]) -> None:
        self.hotlines = hotlines
        rows = []
        for hotline in hotlines:
            if hotline.admitted and hotline.admitted_at is not None:
                since = hotline.admitted_at.astimezone().strftime("%d.%m.%Y")
                state = self.tr("Has access since %1").replace("%1", since)
            else:
                state = self.tr("Has access") if hotline.admitted else self.tr("No access")
            badge = self.tr("Access") if hotline.admitted else ""
            rows.append(
                ListRow("hotline", hotline.code, hotline.name, f"{hotline.code} · {state}", badge)
            )
        self.list.set_rows(rows)
        self.empty.setVisible(not hotlines)

    def hotline(self, code: str) -> Hotline | None:
        return next((h for h in self.hotlines if h.code == code), None)

    def _activated(self, row: ListRow) -> None:
        hotline = self.hotline(row.key)
        if hotline is not None:
            self.toggle_requested.emit(hotline)


class ConfirmHotline(QDialog):
    """ "Give access?" / "Take away access?" — the choice is made only on "Yes"."""

    confirmed = Signal(object)  # the Hotline

    def __init__(self, hotline: Hotline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hotline = hotline
        self.setObjectName("confirm_hotline")
        admit = not hotline.admitted
        title = self.tr("Give the hotline access?") if admit else self.tr("Take away access?")
        self.setWindowTitle(title)
        if admit:
            text = self.tr(
                "%1 will read your published guides, FAQ, contacts and synonyms and register "
                "the contacts it handles for your citizens."
            )
            action = self.tr("Give access")
        else:
            text = self.tr(
                "%1 loses access to your guides. Its desktops drop them at their next sync; "
                "the contacts it registered for you stay in your reports."
            )
            action = self.tr("Take away access")
        layout = QVBoxLayout(self)
        layout.addWidget(label(title, "heading"))
        self.text = label(text.replace("%1", f"{hotline.name} ({hotline.code})"))
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.yes = button(action, role="primary" if admit else "danger", on_click=self._yes)
        self.yes.setObjectName("confirm_hotline_yes")
        self.no = button(self.tr("Cancel"), on_click=self.reject)
        row.addStretch(1)
        row.addWidget(self.no)
        row.addWidget(self.yes)
        layout.addLayout(row)
        self.no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _yes(self) -> None:
        self.confirmed.emit(self.hotline)
        self.accept()
