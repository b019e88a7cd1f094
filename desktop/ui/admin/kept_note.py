"""Unsaved directory and template forms kept on this computer: the copy (:class:`LocalCopy`)
and the note over a form whose changes were brought back, with "Discard" to return to the
server's version."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from desktop.services.admin import AdminService
from desktop.store.admin_forms import KeptForm

from ..kit.widgets import button, label
from .guides.editor_page import AUTOSAVE_MS


class KeptNote(QFrame):
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kept_note")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "body")
        self.text.setWordWrap(True)
        self.discard = button(
            self.tr("Discard"),
            accessible=self.tr("Discard the unsaved changes"),
            icon="delete",
            on_click=self.discard_requested.emit,
        )
        self.discard.setObjectName("kept_discard")
        self.discard.setMinimumHeight(44)
        row.addWidget(self.text, 1)
        row.addWidget(self.discard)
        self.hide()

    def show_from(self, saved_at: datetime) -> None:
        when = saved_at.astimezone().strftime("%d.%m.%Y %H:%M")
        self.text.setText(self.tr("Unsaved changes from %1 are brought back.").replace("%1", when))
        self.setAccessibleName(self.text.text())
        self.show()


class LocalCopy(QObject):
    """A form kept on this computer after a short pause (at once with :meth:`flush`) until
    it is saved or discarded: ``key`` names the copy, ``data`` and ``base`` give the fields
    as typed and the server's version the edit began from. Without an admin service (a
    form shown on its own) nothing is kept."""

    def __init__(
        self,
        admin: AdminService | None,
        key: Callable[[], str],
        data: Callable[[], dict[str, Any]],
        base: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.admin = admin
        self.key = key
        self.data = data
        self.base = base
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.keep_now)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Filling the form is not an edit."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def edited(self, *_args: object) -> None:
        if not self._loading and self.admin is not None:
            self.timer.start()

    def keep_now(self) -> None:
        self.timer.stop()
        if self.admin is not None:
            self.admin.keep_form(self.key(), self.data(), self.base())

    def flush(self) -> None:
        """Keep a change still waiting for the pause at once."""
        if self.timer.isActive():
            self.keep_now()

    def kept(self, key: str | None = None) -> KeptForm | None:
        return self.admin.kept_form(key or self.key()) if self.admin is not None else None

    def discard(self, key: str | None = None) -> None:
        """The copy (this form's, or ``key``'s) is saved or no longer wanted."""
        if self.admin is None:
            self.timer.stop()
            return
        mine = self.key()
        if key is None or key == mine:
            self.timer.stop()
        self.admin.discard_form(key or mine)
