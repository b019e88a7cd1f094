"""Borgerweb: the citizen web's settings in admin mode — the public address (share links and
QR codes use it), the brand colour with a swatch and a colour dialog, the logo (an uploaded
image) and the accessibility statement. "Gem" sends only what changed; a bad value is named
beside its field and nothing is sent. What was typed stays when the server cannot be reached
or the settings are fetched again."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.citizen_settings import (
    FIELDS,
    CitizenSettingsService,
    InvalidCitizenSetting,
)
from sync_server.protocol import CitizenSettings

from ...kit.widgets import button, label, shortcut_hint
from .cards import LOGO_SIZE, address_card, colour_card, logo_card, statement_card

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
COMPACT_WIDTH = 460
# From this width the cards stand two by two (the address and colour, the logo and the
# statement), so the whole form is seen at once on a desktop.
WIDE_WIDTH = 760
URL_FIELDS = ("public_base_url", "accessibility_statement_url")


class CitizenWebPage(QWidget):
    """The form (a page of the detail pane) over a row with "Fortryd ændringer" and "Gem",
    which stays in view while the form scrolls; the controller loads, saves and uploads
    through the service."""

    save_requested = Signal(object)  # dict: only the changed fields
    logo_file_chosen = Signal(object)  # Path of the image to upload
    undo_requested = Signal()

    def __init__(
        self,
        front_page_of: Callable[[str | None], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.front_page_of = front_page_of
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Citizen web settings"))
        self.loaded: CitizenSettings | None = None
        self.logo_value: str | None = None
        # The images of logos seen (fetched or uploaded), for the preview.
        self.logo_images: dict[str, bytes] = {}
        self.colour_dialog: QColorDialog | None = None
        self.compact = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.form_area, 1)
        body = QWidget()
        self.form_area.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Citizen web settings"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Citizens find the guides you publish for them on the citizen web. "
                    "These settings are kept on the server: it must be reachable to change them."
                ),
                "small",
            )
        )
        self.offline = label(
            self.tr(
                "The server cannot be reached, so the settings cannot be changed right now. "
                "What you have typed is kept; save again when the connection is back."
            ),
            "warning",
        )
        self.offline.setObjectName("citizen_offline")
        self.offline.hide()
        layout.addWidget(self.offline)
        address = address_card(self.open_front_page)
        self.address, self.open_button = address.edit, address.open_button
        self.colour_card = colour_card(self.open_colour_dialog)
        self.colour = self.colour_card.edit
        self.swatch, self.pick_colour = self.colour_card.swatch, self.colour_card.pick
        logo = logo_card(self.open_logo_dialog, self.clear_logo)
        self.logo_preview, self.choose_logo, self.remove_logo = (
            logo.preview,
            logo.choose,
            logo.remove,
        )
        statement = statement_card()
        self.statement = statement.edit
        self.errors: dict[str, QLabel] = {
            "public_base_url": address.error,
            "brand_colour": self.colour_card.error,
            "logo_sha256": logo.error,
            "accessibility_statement_url": statement.error,
        }
        self.cards = [address.frame, self.colour_card.frame, logo.frame, statement.frame]
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(10)
        self.wide = False
        self._place_cards(False)
        layout.addLayout(self.card_grid)
        self.error = label("", "error")
        self.error.setObjectName("citizen_error")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(16, 8, 16, 12)
        self.undo = button(self.tr("Undo changes"), icon="undo", on_click=self.undo_requested.emit)
        self.undo.setObjectName("citizen_undo")
        self.save_button = button(
            self.tr("Save"),
            icon="check",
            role="primary",
            tooltip=shortcut_hint(self.tr("Save the citizen web settings"), "Ctrl+S"),
            accessible=self.tr("Save the citizen web settings"),
            on_click=self._save,
        )
        self.save_button.setObjectName("citizen_save")
        row.addStretch(1)
        row.addWidget(self.undo)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        for widget in self.fields():
            widget.setMinimumHeight(44)
        for edit in (self.address, self.colour, self.statement):
            edit.textChanged.connect(lambda _t: self._changed())
        self._show_logo()
        self._changed()

    # -- layout ------------------------------------------------------------------------------
    def fields(self) -> list[QWidget]:
        """The section's widgets in Tab order."""
        return [
            self.address,
            self.open_button,
            self.colour,
            self.pick_colour,
            self.choose_logo,
            self.remove_logo,
            self.statement,
            self.undo,
            self.save_button,
        ]

    def _place_cards(self, wide: bool) -> None:
        for frame in self.cards:
            self.card_grid.removeWidget(frame)
        for index, frame in enumerate(self.cards):
            if wide:
                self.card_grid.addWidget(frame, index // 2, index % 2)
            else:
                self.card_grid.addWidget(frame, index, 0)
        for column in range(2):
            self.card_grid.setColumnStretch(column, 1 if wide or column == 0 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = self.form_area.viewport().width()
        compact = width < COMPACT_WIDTH or width >= WIDE_WIDTH  # a card is narrow then too
        if compact != self.compact:
            self.compact = compact
            self.colour_card.place(compact)
        wide = width >= WIDE_WIDTH
        if wide != self.wide:
            self.wide = wide
            self._place_cards(wide)
        super().resizeEvent(event)

    # -- state -------------------------------------------------------------------------------
    def show_settings(self, settings: CitizenSettings, keep_edits: bool = True) -> None:
        """The server's settings; a field changed here and not saved keeps what was typed
        (unless ``keep_edits`` is False: "Undo changes")."""
        edited = self.changes() if keep_edits and self.loaded is not None else {}
        if keep_edits and self.loaded is None:  # typed before the first load succeeded
            edited = {f: v for f, v in self._typed().items() if v is not None}
        self.loaded = settings
        self.offline.hide()
        values = settings.model_dump()
        texts = {
            "public_base_url": self.address,
            "brand_colour": self.colour,
            "accessibility_statement_url": self.statement,
        }
        for field, edit in texts.items():
            if field not in edited:
                edit.setText(values[field] or "")
                edit.setCursorPosition(0)  # a long address shows its beginning
        if "logo_sha256" not in edited:
            self.logo_value = settings.logo_sha256
        self._show_logo()
        self._changed()

    def missing_logo(self) -> str | None:
        """The chosen logo when its image is not here yet (the controller fetches it)."""
        if self.logo_value is not None and self.logo_value not in self.logo_images:
            return self.logo_value
        return None

    def show_logo_image(self, sha256: str, data: bytes) -> None:
        self.logo_images[sha256] = data
        self._show_logo()

    def _show_logo(self) -> None:
        data = self.logo_images.get(self.logo_value) if self.logo_value else None
        if self.logo_value is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo: the citizen web shows the name."))
            self.logo_preview.setAccessibleName(self.tr("No logo"))
            return
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            scaled = pixmap.scaled(
                LOGO_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.logo_preview.setText("")
            self.logo_preview.setPixmap(scaled)
            self.logo_preview.setAccessibleName(self.tr("The logo"))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("A logo is chosen."))
            self.logo_preview.setAccessibleName(self.tr("A logo is chosen."))

    def set_logo(self, sha256: str, data: bytes) -> None:
        """An uploaded image becomes the logo (saved with "Gem")."""
        self.logo_value = sha256
        self.logo_images[sha256] = data
        self._show_logo()
        self.show_field_error("logo_sha256", "")
        self._changed()

    def clear_logo(self) -> None:
        self.logo_value = None
        self._show_logo()
        self._changed()

    def undo_edits(self) -> None:
        if self.loaded is not None:
            self.show_settings(self.loaded, keep_edits=False)
        for field in FIELDS:
            self.show_field_error(field, "")
        self.show_error_text("")

    def _typed(self) -> dict[str, Any]:
        colour = self.colour.text().strip()
        return {
            "public_base_url": self.address.text().strip() or None,
            "brand_colour": colour.lower() if colour else None,
            "logo_sha256": self.logo_value,
            "accessibility_statement_url": self.statement.text().strip() or None,
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the server's (all typed ones before the first load)."""
        typed = self._typed()
        if self.loaded is None:
            return {f: v for f, v in typed.items() if v is not None}
        loaded = self.loaded.model_dump()
        # An emptied colour is sent as null: the server goes back to the default colour.
        return {f: v for f, v in typed.items() if v != loaded[f]}

    def _changed(self) -> None:
        self._show_colour()
        dirty = bool(self.changes()) if self.loaded is not None else False
        self.undo.setEnabled(dirty)
        self.remove_logo.setEnabled(self.logo_value is not None)
        url = self.front_page()
        self.open_button.setEnabled(url is not None)
        self.open_button.setToolTip(
            url or self.tr("Save the public address first; then the citizen web can be opened.")
        )

    def _show_colour(self) -> None:
        text = self.colour.text().strip()
        valid = bool(HEX.match(text))
        fill = text if valid else "transparent"
        self.swatch.setStyleSheet(
            f"QLabel {{ background: {fill}; border: 1px solid palette(mid); border-radius: 6px; }}"
        )
        self.swatch.setToolTip(text if valid else self.tr("Not a colour yet"))

    # -- the municipality's front page ------------------------------------------------------
    def front_page(self) -> str | None:
        """The front page at the saved address (None until one is saved)."""
        base = self.loaded.public_base_url if self.loaded is not None else None
        return self.front_page_of(base)

    def open_front_page(self) -> None:
        url = self.front_page()
        if url is not None:
            QDesktopServices.openUrl(QUrl(url))

    # -- dialogs -----------------------------------------------------------------------------
    def open_colour_dialog(self) -> QColorDialog:
        text = self.colour.text().strip()
        start = QColor(text) if HEX.match(text) else QColor("#1f4e79")
        dialog = QColorDialog(start, self.window())
        dialog.setWindowTitle(self.tr("Brand colour"))
        dialog.colorSelected.connect(self.choose_colour)
        self.colour_dialog = dialog
        dialog.open()
        return dialog

    def choose_colour(self, colour: QColor) -> None:
        if colour.isValid():
            self.colour.setText(colour.name(QColor.NameFormat.HexRgb))
            self.show_field_error("brand_colour", "")

    def open_logo_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp)"),
        )
        if name:
            self.logo_file_chosen.emit(Path(name))

    # -- errors and saving -------------------------------------------------------------------
    def show_offline(self, offline: bool) -> None:
        self.offline.setVisible(offline)
        if offline:
            self.form_area.ensureWidgetVisible(self.offline)

    def show_field_error(self, field: str, text: str) -> None:
        error = self.errors[field]
        error.setText(text)
        error.setAccessibleName(text)
        error.setVisible(bool(text))

    def show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    def field_message(self, bad: InvalidCitizenSetting) -> str:
        """A refusal in the user's language where the rule is known; else the contract's
        Danish wording as it is."""
        if bad.field in URL_FIELDS and bad.code == "string_pattern_mismatch":
            return self.tr(
                "Write the whole address, beginning with https:// (or http://), "
                "e.g. https://vejviser.kommune.dk."
            )
        if bad.field in URL_FIELDS and bad.code == "string_too_long":
            return self.tr("The address is too long (at most 2000 characters).")
        return bad.message

    def widget_of(self, field: str) -> QWidget:
        return {
            "public_base_url": self.address,
            "brand_colour": self.colour,
            "logo_sha256": self.choose_logo,
            "accessibility_statement_url": self.statement,
        }[field]

    def show_refusal(self, bad: InvalidCitizenSetting) -> None:
        self.show_field_error(bad.field, self.field_message(bad))
        widget = self.widget_of(bad.field)
        widget.setFocus()
        self.form_area.ensureWidgetVisible(widget)

    def _save(self) -> None:
        for field in FIELDS:
            self.show_field_error(field, "")
        self.show_error_text("")
        changes = self.changes()
        colour = changes.get("brand_colour")
        if colour is not None and not HEX.match(colour):
            self.show_refusal(
                InvalidCitizenSetting(
                    "brand_colour",
                    self.tr("Write the colour as #rrggbb, e.g. #1f4e79."),
                    code="colour_format",
                )
            )
            return
        try:
            CitizenSettingsService.check(changes)
        except InvalidCitizenSetting as bad:
            self.show_refusal(bad)
            return
        self.save_requested.emit(changes)

    def focus_first(self) -> None:
        self.address.setFocus()
