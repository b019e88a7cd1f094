"""Finishing a contact: the outcome, the citizen type, where the citizen got stuck and a note.

The remembered choices are preselected, so the common case is one tap on "Registrér" (or
Enter; 1–6 pick an outcome). The same panel corrects the last registration ("Ret") and
registers a contact that was not timed ("Registrér manuelt", with a duration). A refusal —
e.g. a CPR number in the note — is shown inline and the text is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.choices import Choice
from desktop.core.registration import authority_of_area
from desktop.services.contact import ContactStatus, Defaults, LogEntry
from sync_server.protocol import Authority, Channel, CitizenType, Outcome

from ..kit.choice_grid import ChoiceGrid
from ..kit.labels import (
    CHANNELS,
    CITIZEN_TYPES,
    OUTCOMES,
    authority_label,
    channel_label,
    citizen_label,
    duration_text,
    outcome_label,
)
from ..kit.widgets import button, label, polish, shortcut_hint

FINISH, CORRECT, MANUAL = "finish", "correct", "manual"
CONFIRM_MS = 4000


@dataclass(frozen=True)
class FinishChoice:
    outcome: Outcome
    citizen_type: CitizenType | None
    referral_target: str | None
    stuck_solution: str | None
    note: str | None
    minutes: int = 0  # manual registrations
    channel: Channel | None = None  # manual registrations
    authority: Authority | None = None  # a shared hotline's contacts


class FinishPage(QWidget):
    submitted = Signal(str, object)  # mode, FinishChoice
    discard_requested = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = FINISH
        self.setAccessibleName(self.tr("Finish the contact"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Finish the contact"))
        outer.addWidget(self.scroll_area, 1)
        body = QWidget()
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)
        self.title = label("", "title")
        self.summary = label("", "muted")
        self.summary.setObjectName("finish_summary")
        layout.addWidget(self.title)
        layout.addWidget(self.summary)

        self.manual_box = QWidget()
        self.manual_box.hide()
        manual = QHBoxLayout(self.manual_box)
        manual.setContentsMargins(0, 0, 0, 0)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 480)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.minutes.setMinimumHeight(44)
        self.manual_channel = QComboBox()
        self.manual_channel.setAccessibleName(self.tr("Channel"))
        for channel in CHANNELS:
            self.manual_channel.addItem(channel_label(channel), channel)
        manual.addWidget(label(self.tr("Duration"), "field", wrap=False))
        manual.addWidget(self.minutes)
        manual.addWidget(self.manual_channel, 1)
        layout.addWidget(self.manual_box)

        layout.addWidget(label(self.tr("Outcome"), "heading"))
        self.outcomes = ChoiceGrid(
            [
                (o, outcome_label(o), shortcut_hint(outcome_label(o), str(n)))
                for n, o in enumerate(OUTCOMES, 1)
            ],
            self.tr("Outcome"),
            name="outcome",
        )
        self.outcomes.changed.connect(self._outcome_changed)
        layout.addWidget(self.outcomes)
        self.referral_label = label(self.tr("Referred to"), "field")
        self.referral = QComboBox()
        self.referral.setEditable(True)
        self.referral.setAccessibleName(self.tr("Referred to"))
        editor = self.referral.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Authority or unit"))
        self.referral_label.setBuddy(self.referral)
        layout.addWidget(self.referral_label)
        layout.addWidget(self.referral)

        layout.addWidget(label(self.tr("Citizen"), "heading"))
        self.citizen = ChoiceGrid(
            [(c, citizen_label(c), citizen_label(c)) for c in CITIZEN_TYPES],
            self.tr("Citizen type"),
            optional=True,
            name="citizen",
        )
        layout.addWidget(self.citizen)

        # A shared hotline splits its costs by the authority each contact concerned.
        self.authority_label = label(self.tr("Authority"), "heading")
        self.authority = ChoiceGrid(
            [(a, authority_label(a), authority_label(a)) for a in Authority],
            self.tr("The authority the contact concerned"),
            optional=True,
            name="authority",
        )
        layout.addWidget(self.authority_label)
        layout.addWidget(self.authority)
        self.set_hotline(False)

        stuck_label = label(self.tr("Stuck in a self-service solution (optional)"), "field")
        self.stuck = QComboBox()
        self.stuck.setAccessibleName(self.tr("Stuck in a self-service solution"))
        stuck_label.setBuddy(self.stuck)
        layout.addWidget(stuck_label)
        layout.addWidget(self.stuck)
        note_label = label(self.tr("Note (optional)"), "field")
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("Never CPR numbers, names, phone numbers or e-mail addresses")
        )
        self.note.setMaxLength(500)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addStretch(1)
        # The error and the buttons stay in view below the choices (the one tap is never
        # scrolled away on a handheld).
        actions = QFrame()
        actions.setProperty("role", "actions")
        bottom = QVBoxLayout(actions)
        bottom.setContentsMargins(16, 8, 16, 8)
        bottom.setSpacing(6)
        outer.addWidget(actions)
        self.error = label("", "error")
        self.error.setObjectName("finish_error")
        self.error.setAccessibleName(self.tr("Registration error"))
        self.error.hide()
        bottom.addWidget(self.error)

        row = QHBoxLayout()
        self.register = button(
            self.tr("Register"),
            icon="check",
            role="primary",
            tooltip=shortcut_hint(self.tr("Register with these choices"), "Enter"),
            on_click=self.submit,
        )
        self.register.setObjectName("register")
        self.register.setProperty("size", "big")
        self.discard = button(
            self.tr("Discard"),
            icon="delete",
            tooltip=self.tr("Discard the contact without registering it (tap twice)"),
            on_click=self._discard,
        )
        self.discard.setObjectName("discard")
        self.cancel = button(self.tr("Cancel"), on_click=self.cancelled.emit)
        self.cancel.setObjectName("finish_cancel")
        self.cancel.hide()
        row.addWidget(self.register, 1)
        row.addWidget(self.discard)
        row.addWidget(self.cancel)
        bottom.addLayout(row)
        self._confirm = QTimer(self)
        self._confirm.setSingleShot(True)
        self._confirm.setInterval(CONFIRM_MS)
        self._confirm.timeout.connect(self._reset_discard)

        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        for number, outcome in enumerate(OUTCOMES, 1):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda o=outcome: self._pick(o))

    # -- opening --------------------------------------------------------------------------
    def open_finish(
        self,
        status: ContactStatus,
        defaults: Defaults,
        referrals: list[Choice],
        stuck: list[Choice],
    ) -> None:
        self._open(FINISH, self.tr("Finish the contact"), self.tr("Register"))
        self.summary.setText(self.describe(status))
        self._fill(referrals, stuck)
        self._choose(defaults.outcome, defaults.citizen_type, None, None, "")
        chosen = Authority(status.authority) if status.authority else None
        self.authority.select(chosen or authority_of_area(status.area, status.area_authority))

    def open_correction(
        self, entry: LogEntry, referrals: list[Choice], stuck: list[Choice]
    ) -> None:
        reg = entry.registration
        self._open(CORRECT, self.tr("Correct the last registration"), self.tr("Save correction"))
        self.summary.setText(
            " · ".join(
                p
                for p in (
                    duration_text(reg.active_seconds),
                    channel_label(reg.channel),
                    reg.location,
                    reg.area or "",
                )
                if p
            )
        )
        self._fill(referrals, stuck)
        self._choose(
            reg.outcome, reg.citizen_type, reg.referral_target, reg.stuck_solution, reg.note or ""
        )
        self.authority.select(reg.authority)

    def open_manual(
        self, channel: Channel, defaults: Defaults, referrals: list[Choice], stuck: list[Choice]
    ) -> None:
        self._open(MANUAL, self.tr("Register a contact by hand"), self.tr("Register"))
        self.summary.setText(self.tr("For a contact that was not timed: how long did it take?"))
        self.minutes.setValue(5)
        self.authority.select(None)
        self.manual_channel.setCurrentIndex(CHANNELS.index(channel))
        self._fill(referrals, stuck)
        self._choose(defaults.outcome, defaults.citizen_type, None, None, "")

    def _open(self, mode: str, title: str, action: str) -> None:
        self.mode = mode
        self.title.setText(title)
        self.setAccessibleName(title)
        self.register.setText(action)
        self.register.setAccessibleName(action)
        self.manual_box.setVisible(mode == MANUAL)
        self.discard.setVisible(mode == FINISH)
        self.cancel.setVisible(mode != FINISH)
        self._reset_discard()
        self.hide_error()
        self.scroll_area.verticalScrollBar().setValue(0)

    def _fill(self, referrals: list[Choice], stuck: list[Choice]) -> None:
        self.referral.clear()
        self.referral.addItem("", None)
        for choice in referrals:
            text = f"{choice.label} ({choice.detail})" if choice.detail else choice.label
            self.referral.addItem(text, choice.label)
        self.stuck.clear()
        self.stuck.addItem(self.tr("Not stuck / not relevant"), None)
        for choice in stuck:
            self.stuck.addItem(choice.label, choice.label)

    def _choose(
        self,
        outcome: Outcome,
        citizen: CitizenType | None,
        referral: str | None,
        stuck: str | None,
        note: str,
    ) -> None:
        self.outcomes.select(outcome)
        self.citizen.select(citizen)
        index = self.referral.findData(referral) if referral else 0
        if index < 0:
            self.referral.setEditText(referral or "")
        else:
            self.referral.setCurrentIndex(index)
        index = self.stuck.findData(stuck) if stuck else 0
        if index < 0:
            self.stuck.addItem(stuck or "", stuck)
            index = self.stuck.count() - 1
        self.stuck.setCurrentIndex(index)
        self.note.setText(note)
        self._outcome_changed(outcome)

    def describe(self, status: ContactStatus) -> str:
        parts = [
            duration_text(status.active_seconds),
            channel_label(status.channel),
            status.location or "",
            status.area or "",
            self.tr("%n guide(s)", "", len(status.guide_ids)),
        ]
        if status.messages_sent:
            parts.append(self.tr("%n message(s) sent", "", status.messages_sent))
        return " · ".join(p for p in parts if p)

    # -- choosing -------------------------------------------------------------------------
    def _pick(self, outcome: Outcome) -> None:
        self.outcomes.select(outcome)
        self._outcome_changed(outcome)

    def _outcome_changed(self, outcome: Outcome | None) -> None:
        referred = outcome is Outcome.REFERRED
        self.referral_label.setVisible(referred)
        self.referral.setVisible(referred)

    def referral_value(self) -> str | None:
        text = self.referral.currentText().strip()
        index = self.referral.findText(text)
        data = self.referral.itemData(index) if index >= 0 else None
        return str(data) if data else (text or None)

    def choice(self) -> FinishChoice:
        outcome = self.outcomes.value() or Outcome.RESOLVED
        stuck = self.stuck.currentData()
        return FinishChoice(
            outcome=outcome,
            citizen_type=self.citizen.value(),
            referral_target=self.referral_value() if outcome is Outcome.REFERRED else None,
            stuck_solution=str(stuck) if stuck else None,
            note=self.note.text().strip() or None,
            minutes=self.minutes.value(),
            channel=self.manual_channel.currentData(),
            authority=self.authority.value() if self.hotline else None,
        )

    def set_hotline(self, hotline: bool) -> None:
        """A shared hotline's agent states the authority (pre-chosen: the one the served
        municipality's area states, else a guess from the area's name)."""
        self.hotline = hotline
        self.authority_label.setVisible(hotline)
        self.authority.setVisible(hotline)

    def submit(self) -> None:
        if self.isVisible():
            self.hide_error()
            self.submitted.emit(self.mode, self.choice())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.show()
        polish(self.error)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.note))

    def hide_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def focus_register(self) -> None:
        self.register.setFocus(Qt.FocusReason.OtherFocusReason)

    def _discard(self) -> None:
        """Two taps: the first asks, the second discards (never by accident)."""
        if self._confirm.isActive():
            self._confirm.stop()
            self._reset_discard()
            self.discard_requested.emit()
            return
        self.discard.setText(self.tr("Tap again"))
        self.discard.setAccessibleName(self.tr("Tap again to discard the contact"))
        self._confirm.start()

    def _reset_discard(self) -> None:
        self.discard.setText(self.tr("Discard"))
        self.discard.setAccessibleName(self.tr("Discard the contact"))
