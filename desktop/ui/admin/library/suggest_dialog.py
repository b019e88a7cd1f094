"""Offer back: a suggestion from a copy to the municipality it was copied from; it arrives in
their feedback inbox, marked as coming from another municipality."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...kit.widgets import label


class SuggestDialog(QDialog):
    def __init__(self, guide_id: str, origin_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide_id = guide_id
        self.setWindowTitle(self.tr("Suggest a change to %1").replace("%1", origin_name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Your suggestion goes to the feedback inbox of %1, who wrote the guide. "
                    "Their answer comes back here. Write no personal data about citizens."
                ).replace("%1", origin_name),
                "body",
            )
        )
        self.text = QPlainTextEdit()
        self.text.setObjectName("suggest_text")
        self.text.setAccessibleName(self.tr("Your suggestion"))
        self.text.setPlaceholderText(self.tr("What should be changed, and why?"))
        layout.addWidget(self.text, 1)
        self.include = QCheckBox(self.tr("Attach our changed version of the guide"))
        self.include.setObjectName("suggest_include")
        self.include.setMinimumHeight(44)
        layout.addWidget(self.include)
        self.error = label("", "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        send = buttons.button(QDialogButtonBox.StandardButton.Ok)
        send.setText(self.tr("Send suggestion"))
        send.setObjectName("suggest_send")
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _send(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("Write the suggestion first."))
            self.error.show()
            return
        self.accept()

    def values(self) -> tuple[str, bool]:
        return self.text.toPlainText().strip(), self.include.isChecked()
