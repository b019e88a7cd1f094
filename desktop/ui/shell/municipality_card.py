"""Settings card for administrators: the municipality's own settings, read from and saved on
the server at once. Today one: statistics per staff member (off unless turned on).

Shown only to an administrator. It asks the server each time the settings page opens; while
it waits, or offline, the switch is disabled with a sentence saying why. A refused change
puts the switch back and says what went wrong.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QVBoxLayout, QWidget

from desktop.services.municipality import MunicipalitySettingsService
from sync_server.protocol import MunicipalitySettings

from ..kit.errors import describe
from ..kit.widgets import label
from ..kit.worker import Operations


class MunicipalityCard(QFrame):
    def __init__(
        self,
        service: MunicipalitySettingsService,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.ops = ops
        self.settings: MunicipalitySettings | None = None
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Municipality settings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(label(self.tr("Municipality settings"), "heading"))
        hint = self.tr(
            "Apply to everyone in the municipality. Only administrators can change them."
        )
        layout.addWidget(label(hint, "muted"))
        self.per_person = QCheckBox(self.tr("Statistics per staff member"))
        self.per_person.setObjectName("per_person_stats")
        self.per_person.setAccessibleName(self.per_person.text())
        self.per_person.clicked.connect(self._toggled)
        layout.addWidget(self.per_person)
        explain = self.tr(
            "Managers can then see counts and times per staff member. Staff appear only as a "
            "code, never by name. Off unless you turn it on; tell your staff before you do."
        )
        layout.addWidget(label(explain, "small"))
        self.state = label("", "muted")
        self.state.setObjectName("municipality_state")
        layout.addWidget(self.state)
        self.error = label("", "error")
        self.error.setObjectName("municipality_error")
        self.error.hide()
        layout.addWidget(self.error)
        self.setVisible(service.can_change)
        self._show(None, self.tr("Not read from the server yet."))

    def refresh(self) -> None:
        """Read the settings from the server (when the settings page opens)."""
        self.setVisible(self.service.can_change)
        if not self.service.can_change:
            return
        self._show(self.settings, self.tr("Reading from the server …"), busy=True)
        self.ops.run(self.service.load, on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, settings: MunicipalitySettings) -> None:
        self.error.hide()
        self._show(settings, "")

    def _load_failed(self, exc: BaseException) -> None:
        self._show(None, describe(exc))

    def _toggled(self, checked: bool) -> None:
        previous = self.settings
        self._show(previous, self.tr("Saving …"), busy=True)
        self.per_person.setChecked(checked)

        def saved(settings: MunicipalitySettings) -> None:
            self.error.hide()
            done = (
                self.tr("Saved: statistics per staff member are on.")
                if settings.per_person_stats
                else self.tr("Saved: statistics per staff member are off.")
            )
            self._show(settings, done)

        def failed(exc: BaseException) -> None:
            self.error.setText(describe(exc))
            self.error.show()
            self._show(previous, "")

        self.ops.run(lambda: self.service.set_per_person_stats(checked), saved, failed)

    def _show(self, settings: MunicipalitySettings | None, state: str, busy: bool = False) -> None:
        self.settings = settings
        if settings is not None and not busy:
            self.per_person.setChecked(settings.per_person_stats)
        self.per_person.setEnabled(settings is not None and not busy)
        self.state.setText(state)
        self.state.setAccessibleName(state)
        self.state.setVisible(bool(state))
