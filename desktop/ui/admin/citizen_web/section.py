"""Borgerweb's nav section: what the citizen web is, its public address (or that there is
none yet, and so no QR code in the desktop), the settings page and the front page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sync_server.protocol import CitizenSettings

from ...kit.widgets import button, card, label


class CitizenWebSection(QWidget):
    settings_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Citizen web"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Citizen web"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "The guides you publish for citizens, on every phone: search, share by "
                    "e-mail, SMS or QR code, print. Set up its address, colour, logo and "
                    "accessibility statement here; the server must be reachable to change them."
                ),
                "small",
            )
        )
        frame, inner = card(self.tr("Public address"))
        inner.addWidget(label(self.tr("Public address"), "small"))
        self.address = label(self.tr("Not fetched yet."), "body", selectable=True)
        self.address.setObjectName("citizen_address")
        inner.addWidget(self.address)
        layout.addWidget(frame)
        self.settings_button = button(
            self.tr("Citizen web settings"),
            icon="settings",
            role="primary",
            on_click=self.settings_requested.emit,
        )
        self.settings_button.setObjectName("citizen_settings")
        self.open_button = button(
            self.tr("Open the citizen web"), icon="open", on_click=self.open_requested.emit
        )
        self.open_button.setObjectName("open_citizen_web_nav")
        self.open_button.setEnabled(False)
        layout.addWidget(self.settings_button)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self.setFocusProxy(self.settings_button)

    def show_settings(self, settings: CitizenSettings, front_page: str | None) -> None:
        if settings.public_base_url:
            self.address.setText(settings.public_base_url)
        else:
            self.address.setText(self.tr("Not set: the desktop shows no QR code until it is."))
        self.address.setAccessibleName(self.address.text())
        self.open_button.setEnabled(front_page is not None)
        self.open_button.setToolTip(front_page or "")

    def show_offline(self) -> None:
        if self.address.text() == self.tr("Not fetched yet."):
            self.address.setText(
                self.tr("The server cannot be reached: the settings cannot be fetched.")
            )
            self.address.setAccessibleName(self.address.text())
