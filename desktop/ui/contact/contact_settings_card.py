"""Settings of contact registration on this workstation: the default channel, the places to
choose from and the default place, and starting a contact automatically with a search."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VejviserError
from desktop.services.contact import ContactService, ContactSettings

from ..kit.errors import describe
from ..kit.labels import CHANNELS, channel_label
from ..kit.widgets import button, label, tool_button


class ContactSettingsCard(QFrame):
    changed = Signal()

    def __init__(self, service: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Contact registration"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(label(self.tr("Contact registration"), "heading"))
        hint = self.tr("Presets of this workstation; they can be switched during a contact.")
        layout.addWidget(label(hint, "muted"))

        layout.addWidget(label(self.tr("Default channel"), "field"))
        grid = QGridLayout()
        self.channels = QButtonGroup(self)
        for index, channel in enumerate(CHANNELS):
            radio = QRadioButton(channel_label(channel))
            radio.setObjectName(f"preset_{channel.value}")
            radio.setAccessibleName(
                self.tr("Default channel: %1").replace("%1", channel_label(channel))
            )
            self.channels.addButton(radio, index)
            grid.addWidget(radio, index // 2, index % 2)
        self.channels.idClicked.connect(lambda i: self._save(channel=CHANNELS[i]))
        layout.addLayout(grid)

        layout.addWidget(label(self.tr("Places (the default is chosen)"), "field"))
        self.places_box = QVBoxLayout()
        self.places_box.setSpacing(2)
        layout.addLayout(self.places_box)
        self.places = QButtonGroup(self)
        self.places.idClicked.connect(self._default_place)
        add_row = QHBoxLayout()
        self.new_place = QLineEdit()
        self.new_place.setObjectName("new_place")
        self.new_place.setAccessibleName(self.tr("New place"))
        self.new_place.setPlaceholderText(self.tr("e.g. Hovedbiblioteket"))
        self.new_place.setMaxLength(80)
        self.new_place.returnPressed.connect(self.add_place)
        self.add_button = button(self.tr("Add"), icon="add", on_click=self.add_place)
        self.add_button.setObjectName("add_place")
        add_row.addWidget(self.new_place, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.auto_start = QCheckBox(self.tr("Start a contact when a search begins"))
        self.auto_start.setObjectName("auto_start")
        self.auto_start.setAccessibleName(self.auto_start.text())
        self.auto_start.setToolTip(
            self.tr("When no contact is running, typing in the search box starts the timer.")
        )
        self.auto_start.clicked.connect(lambda checked: self._save(auto_start=bool(checked)))
        layout.addWidget(self.auto_start)
        self.error = label("", "error")
        self.error.hide()
        layout.addWidget(self.error)
        self._names: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        settings: ContactSettings = self.service.settings()
        self.channels.button(CHANNELS.index(settings.channel)).setChecked(True)
        self.auto_start.setChecked(settings.auto_start)
        while self.places_box.count():
            item = self.places_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # not painted where it was until it is deleted
                widget.deleteLater()
        for radio in self.places.buttons():
            self.places.removeButton(radio)
        self._names = list(dict.fromkeys([*settings.locations, settings.location]))
        for index, name in enumerate(self._names):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            radio = QRadioButton(name)
            radio.setObjectName(f"place_{index}")
            radio.setAccessibleName(self.tr("Default place: %1").replace("%1", name))
            radio.setChecked(name == settings.location)
            self.places.addButton(radio, index)
            remove = tool_button(
                "delete",
                self.tr("Remove %1").replace("%1", name),
                on_click=partial(self.remove_place, name),
            )
            remove.setObjectName(f"remove_place_{index}")
            remove.setEnabled(name != settings.location)
            line.addWidget(radio, 1)
            line.addWidget(remove)
            self.places_box.addWidget(row)

    def _save(self, **changes: Any) -> bool:
        settings = replace(self.service.settings(), **changes)
        try:
            self.service.save_settings(settings)
        except VejviserError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return False
        self.error.hide()
        self.refresh()
        self.changed.emit()
        return True

    def _default_place(self, index: int) -> None:
        self._save(location=self._names[index])

    def add_place(self) -> None:
        name = " ".join(self.new_place.text().split())
        if not name:
            return
        if self._save(locations=tuple(dict.fromkeys([*self._names, name]))):
            self.new_place.clear()

    def remove_place(self, name: str) -> None:
        self._save(locations=tuple(n for n in self._names if n != name))
