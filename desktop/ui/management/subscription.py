"""The manager's report by e-mail on the Ledelse page: monthly, weekly or none, to the address
the manager gives (the server sends the PDF with the XLSX attached)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLineEdit, QRadioButton, QWidget

from sync_server.protocol import ReportFrequency, ReportSubscription

from ..kit.widgets import button, card, label


class SubscriptionCard(QWidget):
    """``save_requested`` asks to subscribe with (frequency, e-mail)."""

    save_requested = Signal(object, object)  # ReportFrequency, str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, inner = card(self.tr("Reports by e-mail"))
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        inner.addWidget(label(self.tr("Reports by e-mail"), "heading"))
        inner.addWidget(
            label(
                self.tr(
                    "Get the previous month's or week's report as a PDF with the Excel file "
                    "attached, on the first working day."
                ),
                "small",
            )
        )
        self.choices = QButtonGroup(self)
        self.buttons: dict[ReportFrequency, QRadioButton] = {}
        self.grid = QGridLayout()
        for index, (frequency, text) in enumerate(
            (
                (ReportFrequency.NONE, self.tr("No e-mail")),
                (ReportFrequency.MONTH, self.tr("Every month")),
                (ReportFrequency.WEEK, self.tr("Every week")),
            )
        ):
            radio = QRadioButton(text)
            radio.setMinimumHeight(44)
            radio.setObjectName(f"subscribe_{frequency.value}")
            self.choices.addButton(radio, index)
            self.buttons[frequency] = radio
        self.buttons[ReportFrequency.NONE].setChecked(True)
        inner.addLayout(self.grid)
        inner.addWidget(label(self.tr("E-mail address"), "small"))
        self.email = QLineEdit()
        self.email.setObjectName("subscription_email")
        self.email.setAccessibleName(self.tr("E-mail address for the report"))
        self.email.setMinimumHeight(44)
        inner.addWidget(self.email)
        self.save = button(self.tr("Save the subscription"), icon="email", on_click=self._save)
        self.save.setObjectName("save_subscription")
        inner.addWidget(self.save)
        self.status = label("", "small")
        self.status.setObjectName("subscription_status")
        inner.addWidget(self.status)

        self.reflow(False)

    def reflow(self, compact: bool) -> None:
        """The choices side by side, or one under the other (handheld)."""
        for index, radio in enumerate(self.buttons.values()):
            self.grid.removeWidget(radio)
            self.grid.addWidget(radio, index if compact else 0, 0 if compact else index)

    def frequency(self) -> ReportFrequency:
        for frequency, radio in self.buttons.items():
            if radio.isChecked():
                return frequency
        return ReportFrequency.NONE

    def show_subscription(self, subscription: ReportSubscription) -> None:
        self.buttons[subscription.frequency].setChecked(True)
        if subscription.email:
            self.email.setText(subscription.email)
        texts = {
            ReportFrequency.NONE: self.tr("You receive no reports by e-mail."),
            ReportFrequency.MONTH: self.tr("The monthly report is sent to %1."),
            ReportFrequency.WEEK: self.tr("The weekly report is sent to %1."),
        }
        self.status.setText(texts[subscription.frequency].replace("%1", subscription.email or ""))

    def show_error_text(self, text: str) -> None:
        self.status.setText(text)

    def _save(self) -> None:
        frequency = self.frequency()
        email = self.email.text().strip() or None
        if frequency is not ReportFrequency.NONE and email is None:
            self.status.setText(self.tr("Write the e-mail address the report is sent to."))
            self.email.setFocus()
            return
        self.save_requested.emit(frequency, email)
