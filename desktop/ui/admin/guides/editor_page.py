"""The guide editor: the four parts of a guide on the left, the live preview on the right (or
below, on a narrow window). Every change is autosaved in the local cache; "Save draft" and
"Publish" send it to the server, or keep it to send when the server is back."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ServerUnreachable, VejviserError
from desktop.services.admin import AdminService, EditConflict, build_write, new_guide_id
from sync_server.protocol import FieldNote, Guide, GuideStatus, GuideWrite, Step

from ...kit.widgets import SegmentedControl, button, label, shortcut_hint
from ...kit.worker import Operations
from ..library.origin_bar import OriginBar
from .editor_parts import BulletRow, ReferralRow, RowList, line
from .preview import GuidePreview
from .screenshot_dialog import ScreenshotDialog
from .step_row import StepRow, marks_of

AUTOSAVE_MS = 600
#: Narrower than this, the preview goes under the form instead of beside it.
NARROW = 800


def wire_data(data: dict[str, Any]) -> dict[str, Any]:
    """The editor's fields as the contract takes them: the note's place and the screenshot's
    date go along where the contract has them, else they stay in the local draft only."""
    note_keys = set(FieldNote.model_fields)
    step_keys = set(Step.model_fields)
    steps = []
    for step in data.get("steps") or []:
        fields = [{k: v for k, v in f.items() if k in note_keys} for f in step.get("fields") or []]
        item = {k: v for k, v in step.items() if k in step_keys and v not in (None, "")}
        item["fields"] = fields
        steps.append(item)
    referral = [{k: v for k, v in r.items() if v} for r in data.get("referral") or []]
    out = {k: v for k, v in data.items() if k in GuideWrite.model_fields}
    out.update(steps=steps, referral=referral)
    if not out.get("self_service_url"):
        out["self_service_url"] = None
    return out


class GuideEditorPage(QWidget):
    saved = Signal(object)  # Guide
    history_requested = Signal(str)  # guide id
    conflict = Signal(object)  # EditConflict
    notify = Signal(str)

    def __init__(self, service: AdminService, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.ops = ops
        self.key = ""
        self.base_revision: int | None = None
        self.guide_id: str | None = None
        self.status = GuideStatus.DRAFT
        self.pending = False
        self.extra: dict[str, Any] = {}
        self._loading = False
        self.setAccessibleName(self.tr("Guide editor"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QFrame()
        header.setProperty("role", "header")
        head = QVBoxLayout(header)
        head.setContentsMargins(16, 10, 16, 8)
        self.heading = label(self.tr("New guide"), "title")
        self.state = label("", "muted")
        self.state.setObjectName("editor_state")
        head.addWidget(self.heading)
        head.addWidget(self.state)
        actions = QHBoxLayout()
        self.save_button = button(
            self.tr("Save draft"),
            tooltip=shortcut_hint(self.tr("Save as draft; staff do not see it"), "Ctrl+S"),
            on_click=lambda: self.save(GuideStatus.DRAFT),
        )
        self.save_button.setObjectName("save_draft")
        self.publish_button = button(
            self.tr("Publish"),
            icon="send",
            role="primary",
            tooltip=shortcut_hint(
                self.tr("Publish: staff see it after their next sync"), "Ctrl+Shift+S"
            ),
            on_click=lambda: self.save(GuideStatus.PUBLISHED),
        )
        self.publish_button.setObjectName("publish")
        self.history_button = button(
            self.tr("History"),
            icon="history",
            on_click=self._history,
        )
        for widget in (self.save_button, self.publish_button, self.history_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        head.addLayout(actions)
        self.error = label("", "error")
        self.error.setObjectName("editor_error")
        self.error.hide()
        head.addWidget(self.error)
        self.origin = OriginBar()  # a copy from the shared library: its origin, offer back
        head.addWidget(self.origin)
        layout.addWidget(header)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        form_holder = QWidget()
        form = QVBoxLayout(form_holder)
        form.setContentsMargins(12, 8, 12, 8)
        self.parts = SegmentedControl(
            [self.tr("Basics"), self.tr("Guidance"), self.tr("Steps"), self.tr("Referral")],
            self.tr("Part of the guide"),
        )
        form.addWidget(self.parts)
        self.stack = QStackedWidget()
        form.addWidget(self.stack, 1)
        self.parts.changed.connect(self._part)
        self._build_basics()
        self._build_guidance()
        self._build_steps()
        self._build_referral()
        self.split.addWidget(form_holder)
        self.preview = GuidePreview(self._image_path)
        self.split.addWidget(self.preview)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout.addWidget(self.split, 1)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave_now)

    def _history(self) -> None:
        if self.guide_id:
            self.history_requested.emit(self.guide_id)

    # -- the form ----------------------------------------------------------------------------
    def _scroll(self, widget: QWidget) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        self.stack.addWidget(scroll)

    def _build_basics(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label(self.tr("Title"), "small"))
        self.title = line("", self.tr("Title"), self.tr("e.g. Flytning – anmeld adresseændring"))
        self.title.setObjectName("guide_title")
        box.addWidget(self.title)
        box.addWidget(label(self.tr("Service area"), "small"))
        self.area = QComboBox()
        self.area.setEditable(True)
        self.area.setAccessibleName(self.tr("Service area"))
        self.area.setMinimumHeight(44)
        box.addWidget(self.area)
        box.addWidget(label(self.tr("Synonyms (words staff search for), comma-separated"), "small"))
        self.synonyms = line("", self.tr("Synonyms"))
        box.addWidget(self.synonyms)
        self.citizens = QCheckBox(self.tr("Also show on the citizens' web pages"))
        self.citizens.setMinimumHeight(44)
        box.addWidget(self.citizens)
        box.addWidget(label(self.tr("Owner (who keeps the guide up to date)"), "small"))
        self.owner = line("", self.tr("Owner"), self.tr("e.g. Borgerservice, team flytning"))
        box.addWidget(self.owner)
        review = QHBoxLayout()
        self.has_review = QCheckBox(self.tr("Review by"))
        self.has_review.setMinimumHeight(44)
        self.review_by = QDateEdit()
        self.review_by.setCalendarPopup(True)
        self.review_by.setDisplayFormat("dd-MM-yyyy")
        self.review_by.setAccessibleName(self.tr("Review by"))
        self.review_by.setMinimumHeight(44)
        self.review_by.setDate(QDate.currentDate().addMonths(12))
        review.addWidget(self.has_review)
        review.addWidget(self.review_by, 1)
        box.addLayout(review)
        self.owner.textChanged.connect(self._changed)
        self.has_review.toggled.connect(self._changed)
        self.review_by.dateChanged.connect(self._changed)
        box.addStretch(1)
        for edit in (self.title, self.synonyms):
            edit.textChanged.connect(self._changed)
        self.area.currentTextChanged.connect(self._changed)
        self.citizens.toggled.connect(self._changed)
        self._scroll(page)

    def _build_guidance(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label(self.tr("What staff tell the citizen, one point each"), "small"))
        self.bullets = RowList(
            BulletRow, self.tr("Add point"), self.tr("Guidance points"), self.tr("No points yet.")
        )
        self.bullets.changed.connect(self._changed)
        box.addWidget(self.bullets)
        box.addWidget(label(self.tr("Self-service solution (https://…)"), "small"))
        self.url = line("", self.tr("Link to the self-service solution"), "https://")
        self.url.setObjectName("self_service_url")
        self.url.textChanged.connect(self._changed)
        self.url_error = label("", "error")
        self.url_error.hide()
        box.addWidget(self.url)
        box.addWidget(self.url_error)
        box.addStretch(1)
        self._scroll(page)

    def _build_steps(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.steps = RowList(
            lambda v: StepRow(v, self.edit_shot, self._image_path),
            self.tr("Add step"),
            self.tr("Steps"),
            self.tr("No steps yet."),
        )
        self.steps.changed.connect(self._changed)
        box.addWidget(self.steps)
        box.addStretch(1)
        self._scroll(page)

    def _build_referral(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        pick = QHBoxLayout()
        self.contacts = QComboBox()
        self.contacts.setAccessibleName(self.tr("Contacts directory"))
        self.contacts.setMinimumHeight(44)
        pick.addWidget(self.contacts, 1)
        self.pick_contact = button(
            self.tr("Add from directory"), icon="add", on_click=self.add_contact
        )
        pick.addWidget(self.pick_contact)
        box.addLayout(pick)
        self.referral = RowList(
            ReferralRow,
            self.tr("Write a new card"),
            self.tr("Referral cards"),
            self.tr("No referral yet."),
        )
        self.referral.changed.connect(self._changed)
        box.addWidget(self.referral)
        box.addStretch(1)
        self._scroll(page)

    def _part(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.preview.set_level(max(0, index - 1))

    def add_contact(self) -> None:
        contact = self.contacts.currentData()
        if contact is not None:
            self.referral.add(contact.model_dump(exclude={"id", "revision"}), True)

    def _image_path(self, sha: str) -> Any:
        return self.service.blobs.path(sha) if self.service.blobs.has(sha) else None

    # -- loading -------------------------------------------------------------------------------
    def open_new(self) -> None:
        self.pending = False
        self._open("new:" + uuid.uuid4().hex, None, {"status": "draft"}, None)

    def open_guide(self, guide: Guide) -> None:
        """The guide as it is now; a published guide with a pending draft opens the draft
        (staff keep seeing the published version until it is published)."""
        data = guide.model_dump(mode="json")
        self.pending = guide.pending_draft is not None
        if guide.pending_draft is not None:
            data.update(guide.pending_draft.content.model_dump(mode="json"))
        self._open(guide.id, guide.revision, data, guide)

    def _open(self, key: str, base: int | None, data: dict[str, Any], guide: Guide | None) -> None:
        local = self.service.local_edit(key)
        self.key = key
        self.base_revision = base
        self.guide_id = guide.id if guide else None
        self.status = guide.status if guide else GuideStatus.DRAFT
        self.origin.show_guide(guide)
        self.load(local or data)
        if local is not None:
            self.state.setText(self.tr("Your unsent changes were restored."))

    def load(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.title.setText(data.get("title") or "")
            self.area.clear()
            self.area.addItems(self.service.areas())
            self.area.setCurrentText(data.get("area") or "")
            self.synonyms.setText(", ".join(data.get("synonyms") or []))
            self.citizens.setChecked(bool(data.get("published_to_citizens")))
            self.owner.setText(data.get("owner") or "")
            review = data.get("review_by")
            self.has_review.setChecked(bool(review))
            if review:
                self.review_by.setDate(QDate.fromString(str(review), "yyyy-MM-dd"))
            # What the editor does not show (situations, sources …) is kept as it was.
            self.extra = {k: v for k, v in data.items() if k in GuideWrite.model_fields}
            self.bullets.set_values(list(data.get("guidance") or []))
            self.url.setText(data.get("self_service_url") or "")
            self.steps.set_values(list(data.get("steps") or []))
            self.referral.set_values(list(data.get("referral") or []))
            self.contacts.clear()
            for contact in self.service.contacts():
                self.contacts.addItem(contact.name, contact)
            if data.get("base_revision"):
                self.base_revision = int(data["base_revision"])
        finally:
            self._loading = False
        self.heading.setText(self.title.text() or self.tr("New guide"))
        self._state()
        self.history_button.setEnabled(self.guide_id is not None)
        self.preview.show_data(self.data())
        self.error.hide()

    def _state(self) -> None:
        if self.guide_id is None:
            text = self.tr("New guide – a draft until you publish it")
        elif self.status == GuideStatus.PUBLISHED and self.pending:
            text = self.tr(
                "Your draft (version %1); staff see the published version until you publish"
            ).replace("%1", str(self.base_revision))
        elif self.status == GuideStatus.PUBLISHED:
            text = self.tr("Published (version %1) – staff see it").replace(
                "%1", str(self.base_revision)
            )
        else:
            text = self.tr("Draft (version %1) – staff do not see it").replace(
                "%1", str(self.base_revision)
            )
        self.state.setText(text)

    # -- the data ------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        review = (
            self.review_by.date().toString("yyyy-MM-dd") if self.has_review.isChecked() else None
        )
        return {
            **self.extra,
            "owner": self.owner.text().strip() or None,
            "review_by": review,
            "id": self.guide_id,
            "base_revision": self.base_revision,
            "title": self.title.text().strip(),
            "area": self.area.currentText().strip(),
            "synonyms": [s.strip() for s in self.synonyms.text().split(",") if s.strip()],
            "published_to_citizens": self.citizens.isChecked(),
            "guidance": [b for b in self.bullets.values() if b],
            "self_service_url": self.url.text().strip() or None,
            "steps": self.steps.values(),
            "referral": self.referral.values(),
            "status": self.status.value,
        }

    def _changed(self, *_args: object) -> None:
        self.on_change()

    def on_change(self) -> None:
        if self._loading:
            return
        self.heading.setText(self.title.text() or self.tr("New guide"))
        self._check_url()
        self.preview.show_data(self.data())
        self._autosave.start()

    def _check_url(self) -> bool:
        text = self.url.text().strip()
        bad = bool(text) and not (
            text.startswith("https://") and "." in text[8:] and " " not in text
        )
        self.url_error.setText(
            self.tr("The link must be a full https:// address, e.g. https://www.borger.dk")
            if bad
            else ""
        )
        self.url_error.setVisible(bad)
        return not bad

    def autosave_now(self) -> None:
        if self.key:
            self.service.autosave(self.key, self.data(), self.base_revision)

    # -- screenshots ---------------------------------------------------------------------------
    def edit_shot(self, row: StepRow) -> None:
        path = self._image_path(row.image) if row.image else None
        taken = date.fromisoformat(row.image_date) if row.image_date else None
        dialog = ScreenshotDialog(self.window(), path, marks_of(row.fields), taken)
        if dialog.exec():
            self.apply_shot(row, dialog)

    def apply_shot(self, row: StepRow, dialog: ScreenshotDialog) -> None:
        data, _kind = dialog.result_image()
        sha = hashlib.sha256(data).hexdigest()
        self.service.blobs.put(sha, data)  # shown at once; uploaded on save
        row.set_shot(sha, dialog.marks(), dialog.taken_on().isoformat())

    # -- saving ----------------------------------------------------------------------------------
    def save(self, status: GuideStatus) -> None:
        self._autosave.stop()
        self.autosave_now()
        data = self.data()
        try:
            if not self._check_url():
                raise VejviserError(self.url_error.text(), code="invalid")
            if not data["id"]:
                data["id"] = new_guide_id(data["title"] or "vejledning")
            write = build_write(wire_data(data))
        except VejviserError as exc:
            self.show_error(exc.message)
            return
        self.error.hide()
        key = self.key
        self.ops.run(lambda: self.service.save(key, write, status), self._saved, self._failed)

    def _saved(self, guide: Guide) -> None:
        self.pending = guide.pending_draft is not None
        self.key = guide.id
        self.guide_id = guide.id
        self.base_revision = guide.revision
        self.status = guide.status
        self._state()
        self.history_button.setEnabled(True)
        self.notify.emit(
            self.tr("Published: staff see it after their next sync.")
            if guide.status == GuideStatus.PUBLISHED
            else self.tr("Saved as draft.")
        )
        self.saved.emit(guide)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, EditConflict):
            self.conflict.emit(exc)
        elif isinstance(exc, ServerUnreachable):
            self.state.setText(self.tr("Saved on this computer; sent when the server is back."))
            self.notify.emit(self.state.text())
        else:
            self.show_error(exc.message if isinstance(exc, VejviserError) else str(exc))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
            room = event.size().height() if narrow else event.size().width()
            form = room * 7 // 10 if narrow else room * 3 // 5  # the form first when stacked
            self.split.setSizes([form, room - form])
