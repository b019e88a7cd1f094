"""Add or change a step's screenshot: paste (Ctrl+V), drop or pick a file; place numbered
marks or boxes with a note each; black out or blur what must not be seen. The redaction is
burned into the pixels that are uploaded."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...kit.widgets import SegmentedControl, button, label, shortcut_hint, tool_button
from .annotate_canvas import BLACK, BLUR, BOX, MARK, AnnotateCanvas
from .image_tools import ImageRejected, Mark, Screenshot, burn, encode, fit, load_bytes

TOOLS = (MARK, BOX, BLACK, BLUR)
NARROW = 640


class ScreenshotDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        image_path: Path | None = None,
        marks: list[Mark] | None = None,
        taken: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Screenshot with notes"))
        self.setAccessibleName(self.tr("Screenshot with notes"))
        self.setAcceptDrops(True)
        self._note_rows: list[tuple[Mark, QLineEdit, QLineEdit]] = []
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.tools = SegmentedControl(
            [self.tr("Marker"), self.tr("Box"), self.tr("Black out"), self.tr("Blur")],
            self.tr("Tool"),
        )
        self.tools.changed.connect(self._tool)
        layout.addWidget(self.tools)  # the tools on a row of their own, the actions under
        self.pick = button(self.tr("Choose file …"), icon="open", on_click=self.choose_file)
        self.paste_button = button(
            self.tr("Paste"),
            tooltip=shortcut_hint(self.tr("Paste a screenshot"), "Ctrl+V"),
            on_click=self.paste,
        )
        self.undo = button(self.tr("Undo redaction"), on_click=lambda: self.canvas.undo_redaction())
        top.addWidget(self.paste_button)
        top.addWidget(self.pick)
        top.addWidget(self.undo)
        top.addStretch(1)
        layout.addLayout(top)
        self.error = label("", "error")
        self.error.setObjectName("screenshot_error")
        self.error.hide()
        layout.addWidget(self.error)

        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        self.canvas = AnnotateCanvas()
        self.canvas.changed.connect(self._rebuild_notes)
        split.addWidget(self.canvas)
        side = QWidget()
        side.setMinimumWidth(240)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(label(self.tr("Notes on fields and buttons"), "heading"))
        self.notes_box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.notes_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        side_layout.addWidget(scroll, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(label(self.tr("Taken on"), wrap=False))
        self.taken = QDateEdit()
        self.taken.setCalendarPopup(True)
        self.taken.setDisplayFormat("dd-MM-yyyy")
        self.taken.setAccessibleName(self.tr("Date the screenshot was taken"))
        self.taken.setDate(
            QDate(taken.year, taken.month, taken.day) if taken else QDate.currentDate()
        )
        date_row.addWidget(self.taken, 1)
        side_layout.addLayout(date_row)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(
            label(self.tr("Black-out and blur are burned into the uploaded image."), "small")
        )
        bottom.addStretch(1)
        self.cancel = button(self.tr("Cancel"), on_click=self.reject)
        self.ok = button(self.tr("Use screenshot"), role="primary", on_click=self.accept)
        bottom.addWidget(self.cancel)
        bottom.addWidget(self.ok)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Paste, self, self.paste)

        if parent is not None:
            # Laid out for the window's width before the first resize: side by side would
            # make the dialog wider than a handheld's screen.
            self._orient(parent.width())
            self.resize(int(parent.width() * 0.9), int(parent.height() * 0.9))
        if image_path is not None:
            try:
                self.set_image(load_bytes(image_path.read_bytes()), marks or [])
            except (OSError, ImageRejected) as exc:
                self.show_error(str(exc))
        self._rebuild_notes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow window (a handheld) puts the notes under the screenshot."""
        super().resizeEvent(event)
        self._orient(event.size().width())

    def _orient(self, width: int) -> None:
        narrow = width < NARROW
        self.split.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)

    # -- getting an image ----------------------------------------------------------------------
    def set_image(self, image: object, marks: list[Mark] | None = None) -> None:
        from PySide6.QtGui import QImage

        assert isinstance(image, QImage)
        self.canvas.set_shot(Screenshot(fit(image), list(marks or [])))
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        try:
            if mime is not None and mime.hasImage():
                self.set_image(QGuiApplication.clipboard().image())
            elif mime is not None and mime.hasUrls() and mime.urls()[0].isLocalFile():
                self.load_file(Path(mime.urls()[0].toLocalFile()))
            else:
                self.show_error(self.tr("The clipboard holds no image."))
        except ImageRejected as exc:
            self.show_error(str(exc))

    def load_file(self, path: Path) -> None:
        try:
            self.set_image(load_bytes(path.read_bytes(), path.name))
        except OSError:
            self.show_error(self.tr("The file cannot be read."))
        except ImageRejected as exc:
            self.show_error(str(exc))

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a screenshot"), "", self.tr("Images (*.png *.jpg *.jpeg *.webp)")
        )
        if name:
            self.load_file(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            self.load_file(Path(mime.urls()[0].toLocalFile()))
        elif mime.hasImage():
            try:
                self.set_image(mime.imageData())
            except ImageRejected as exc:
                self.show_error(str(exc))
        event.acceptProposedAction()

    # -- tools and notes ---------------------------------------------------------------------
    def _tool(self, index: int) -> None:
        self.canvas.tool = TOOLS[index]

    def _rebuild_notes(self) -> None:
        while self.notes_box.count():
            item = self.notes_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._note_rows = []
        shot = self.canvas.shot
        if shot is None or not shot.marks:
            self.notes_box.addWidget(
                label(self.tr("Click on the screenshot to place a numbered marker."), "muted")
            )
            self.notes_box.addStretch(1)
            return
        for mark in shot.marks:
            row = QWidget()
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 6)
            head = QHBoxLayout()
            head.addWidget(label(str(mark.n), "badge", wrap=False))
            name = QLineEdit(mark.label)
            name.setPlaceholderText(self.tr("Field or button, e.g. Næste"))
            name.setAccessibleName(self.tr("Name of field %1").replace("%1", str(mark.n)))
            name.textChanged.connect(lambda text, m=mark: setattr(m, "label", text))
            head.addWidget(name, 1)
            head.addWidget(
                tool_button(
                    "close",
                    self.tr("Remove marker %1").replace("%1", str(mark.n)),
                    on_click=partial(self.canvas.remove_mark, mark),
                )
            )
            box.addLayout(head)
            note = QLineEdit(mark.note)
            note.setPlaceholderText(self.tr("What the citizen does here"))
            note.setAccessibleName(self.tr("Explanation of field %1").replace("%1", str(mark.n)))
            note.textChanged.connect(lambda text, m=mark: setattr(m, "note", text))
            box.addWidget(note)
            self.notes_box.addWidget(row)
            self._note_rows.append((mark, name, note))
        self.notes_box.addStretch(1)

    def note_fields(self) -> list[tuple[QLineEdit, QLineEdit]]:
        return [(name, note) for _m, name, note in self._note_rows]

    # -- the result --------------------------------------------------------------------------
    def accept(self) -> None:
        shot = self.canvas.shot
        if shot is None:
            self.show_error(self.tr("Add a screenshot first."))
            return
        missing = [m.n for m in shot.marks if not m.label.strip() or not m.note.strip()]
        if missing:
            self.show_error(
                self.tr("Write a name and an explanation for marker %1.").replace(
                    "%1", str(missing[0])
                )
            )
            return
        super().accept()

    def result_image(self) -> tuple[bytes, str]:
        """The uploaded bytes, redactions burned in."""
        assert self.canvas.shot is not None
        return encode(burn(self.canvas.shot.image, self.canvas.shot.redactions))

    def marks(self) -> list[Mark]:
        return list(self.canvas.shot.marks) if self.canvas.shot else []

    def taken_on(self) -> date:
        value = self.taken.date().toPython()
        assert isinstance(value, date)
        return value
