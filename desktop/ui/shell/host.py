"""The seam between the shell and the features: :class:`Host`, :class:`Feature` and
:class:`ShellEvents`.

A feature is a class with ``install(host)``. It builds its views with the typed services they
use (``host.workspace.lookup``, ``host.workspace.contact`` …; never the whole workspace) and
adds them through the host: nav sections, detail pages, bands, settings cards and shortcuts.
It answers :attr:`Host.events` for its own views. Features never import each other; they talk
through these events. Only ``shell/features.py`` (the table of features by role) imports them,
and this module is all a feature imports of the shell. An example, with every kind of addition::

    class NotesFeature(Feature):
        name = "notes"

        def install(self, host: Host) -> None:
            notes = host.workspace.notes  # the typed service this feature's views use
            # A nav section: a segment over the list, under the chosen nav (LOOKUP_NAV today).
            self.list = NotesSection(notes)
            host.add_section(
                "notes", self.tr("Notes"), "note", self.list,
                tooltip=shortcut_hint(self.tr("Your notes"), "Ctrl+J"), focus=[self.list.box],
            )
            # A page of the detail pane (shown with host.open_page(self.page)).
            self.page = NotePage(notes)
            host.add_page(self.page, focus=[self.page.text])
            # A band: a full-width strip of the shell, placed by its order (see Band).
            host.add_band("notes.reminder", ReminderBand(), order=Band.BELOW_CONTACT)
            # A card on the settings page; on_show runs each time the page opens.
            card = NotesSettingsCard(notes)
            host.add_settings_card(card, on_show=card.refresh)
            # A window-wide shortcut; a key that is taken already raises ShortcutCollision.
            host.add_shortcut(Shortcut("notes", ("Ctrl+J",), self.tr("Notes")),
                              lambda: host.show_section("notes"))
            # The change signal: after every sync and every write that others may show.
            host.events.content_changed.connect(self._changed)

        def _changed(self, changes: Changes) -> None:
            if changes.content:  # a sync brought new guides, areas or FAQ
                self.list.refresh()

A feature that writes something other views show says so with
``host.events.content_changed.emit(Changes(messages=True))`` (or ``outbox=True`` when it
queued something to send: the status band counts it and an online window sends it at once).

Sections belong to a nav: ``LOOKUP_NAV`` (Søg, Områder, FAQ) today. An admin feature adds its
sections with ``nav="admin"``; the frame keeps one nav panel per nav, so the planned switch
"Opslag"/"Administration" only changes which panel the frame shows. Dialogs take
``host.window`` as parent; background work goes through ``host.ops`` (one error display).

The table of features by role is ``shell/features.py``; a feature for some roles only is one
line there (``FeatureEntry(ReportsFeature, frozenset({Role.MANAGER, Role.ADMIN}))``). The order
of the table is the order of installation: it orders the shortcuts on the start page and, for
equal ``order`` values, the bands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from .shortcuts import Shortcut, ShortcutCollision, ShortcutTable

if TYPE_CHECKING:
    from desktop.app import Workspace
    from desktop.services.session import SessionService
    from sync_server.protocol import Role

    from ..kit.worker import Operations
    from .frame import Frame

__all__ = [
    "LOOKUP_NAV",
    "Band",
    "Changes",
    "Feature",
    "Host",
    "ShellEvents",
    "Shortcut",
    "ShortcutCollision",
]

#: The nav of looking things up (Søg, Områder, FAQ). An admin's "Administration" nav is added
#: beside it when the admin feature lands; sections name the nav they belong to.
LOOKUP_NAV = "lookup"


class Band:
    """Orders of the bands under the title bar (smaller is higher up)."""

    CONTACT = 100  # the timer band
    BELOW_CONTACT = 200  # the last registration
    MESSAGES = 900  # the shell's message band (errors and confirmations)


@dataclass(frozen=True)
class Changes:
    """What a sync or a write changed; each feature refreshes its own views from it."""

    content: bool = False  # guides, areas or FAQ changed (a sync pulled some)
    messages: bool = False  # a message to a citizen was sent or changed its state
    outbox: bool = False  # something was queued to be sent


class ShellEvents(QObject):
    """The signals features answer. Emitted on the UI thread."""

    #: After a sync or a write (:class:`Changes`).
    content_changed = Signal(object)
    #: "Send til borger" was asked for: a Guide, or None for the guide on screen (else the
    #: last guide of the running contact).
    send_requested = Signal(object)
    #: The detail pane shows another page (the page widget).
    page_changed = Signal(object)
    #: The guide the detail pane shows now (a Guide), or None when it shows something else.
    guide_on_screen = Signal(object)
    #: The user began typing a search in an empty box.
    search_started = Signal()
    #: A shared hotline: the caller's municipality changed (its code, or None).
    caller_changed = Signal(object)
    #: The nav panel shown changed (its name: ``LOOKUP_NAV`` or a feature's, e.g. "admin").
    nav_changed = Signal(str)
    #: The frame's width mode changed: "compact", "medium" or "wide".
    mode_changed = Signal(str)
    #: The window is shown and started (its first sync is under way).
    started = Signal()
    #: The window closes: stop timers and listeners.
    closing = Signal()


class Feature(QObject):
    """A family of screens. Subclasses set :attr:`name` and implement :meth:`install`."""

    name: ClassVar[str] = ""

    def install(self, host: Host) -> None:
        raise NotImplementedError


class MessageDisplay(Protocol):
    """The one place messages are shown (the window's message band)."""

    def note(self, text: str, timeout: bool = True) -> None: ...
    def show_error(self, exc: BaseException) -> None: ...
    def show_error_text(self, text: str) -> None: ...


class SettingsCards(Protocol):
    """The settings page, which takes the features' cards."""

    def add_card(self, card: QWidget, on_show: Callable[[], None] | None = None) -> None: ...


class Host:
    """What a feature may use of the shell. Built by the window, handed to each feature."""

    def __init__(
        self,
        window: QWidget,
        frame: Frame,
        workspace: Workspace,
        session: SessionService,
        ops: Operations,
        role: Role,
        messages: MessageDisplay,
        settings: SettingsCards,
        back: Callable[[], None],
    ) -> None:
        self.window = window  #: the parent of dialogs
        self._frame = frame
        self._back = back
        self.workspace = workspace
        self.session = session
        self.ops = ops  #: background work with the one error display
        self.role = role
        self.events = ShellEvents(window)
        self.shortcuts = ShortcutTable()
        self._messages = messages
        self._settings = settings
        self._section_focus: list[QWidget] = []
        self._page_focus: list[QWidget] = []
        self._band_focus: list[tuple[int, int, list[QWidget]]] = []
        self._back_steps: list[Callable[[], bool]] = []
        self._home: Callable[[], None] | None = None

    # -- adding ---------------------------------------------------------------------------
    def add_section(
        self,
        name: str,
        title: str,
        icon: str,
        widget: QWidget,
        *,
        tooltip: str = "",
        focus: Sequence[QWidget] = (),
        nav: str = LOOKUP_NAV,
    ) -> None:
        """A nav entry (a segment with ``title`` and ``icon``) and its list ``widget``.
        ``focus``: its widgets in Tab order, after the nav's segments."""
        self._frame.add_section(nav, name, title, icon, tooltip, widget)
        self._section_focus.extend(focus)

    def add_page(self, page: QWidget, *, focus: Sequence[QWidget] = ()) -> None:
        """A page of the detail pane; ``focus``: its widgets in Tab order."""
        self._frame.detail.addWidget(page)
        self._page_focus.extend(focus)

    def add_band(
        self, name: str, band: QWidget, *, order: int, focus: Sequence[QWidget] = ()
    ) -> None:
        """A full-width strip under the title bar, placed by ``order`` (see :class:`Band`)."""
        self._frame.add_band(name, band, order)
        self._band_focus.append((order, len(self._band_focus), list(focus)))

    def add_settings_card(self, card: QWidget, on_show: Callable[[], None] | None = None) -> None:
        """A card on the settings page, before the account; ``on_show`` runs when it opens."""
        self._settings.add_card(card, on_show)

    def add_shortcut(self, shortcut: Shortcut, handler: Callable[[], object]) -> None:
        """A window-wide shortcut; raises :class:`ShortcutCollision` when a key is taken."""
        self.shortcuts.add(shortcut, handler)

    def add_back_step(self, step: Callable[[], bool]) -> None:
        """Runs first on Esc / Alt+← / the back button; True when it handled the key."""
        self._back_steps.append(step)

    def set_home(self, action: Callable[[], None]) -> None:
        """What "back" does when there is nothing else to go back from."""
        self._home = action

    # -- navigating -----------------------------------------------------------------------
    def show_section(self, name: str) -> None:
        """Show a nav section and focus it (on a handheld the nav and the page take turns)."""
        self._frame.show_nav()
        section = self._frame.show_section(name)
        self.events.nav_changed.emit(self._frame.nav_name(name))
        if section is not None:
            section.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def go_back(self) -> None:
        """What Esc does: the features' back steps, then the shell's (see ``MainWindow.back``)."""
        self._back()

    def open_page(self, page: QWidget, compact_focus: QWidget | None = None) -> None:
        """Show a page in the detail pane; on a handheld it covers the nav and
        ``compact_focus`` gets the focus."""
        self._frame.open_page(page, compact_focus)

    def replace_page(self, page: QWidget) -> None:
        """Show ``page`` in place of the current one, without opening the detail pane on a
        handheld (going back to where the user was)."""
        self._frame.detail.setCurrentWidget(page)

    def current_page(self) -> QWidget | None:
        return self._frame.detail.currentWidget()

    @property
    def start_page(self) -> QWidget | None:
        return self._frame.start_page

    def show_start(self) -> None:
        self._frame.show_start()

    @property
    def compact(self) -> bool:
        """A handheld: one column, the nav and the page take turns."""
        return self._frame.compact

    # -- telling the user (the one message display) ------------------------------------------
    def note(self, text: str, timeout: bool = True) -> None:
        """A confirmation; it disappears after a few seconds unless ``timeout`` is False."""
        self._messages.note(text, timeout)

    def show_error(self, exc: BaseException) -> None:
        self._messages.show_error(exc)

    def show_error_text(self, text: str) -> None:
        self._messages.show_error_text(text)

    # -- for the window -------------------------------------------------------------------------
    def run_back_steps(self) -> bool:
        """The features' back steps; False when none handled it."""
        return any(step() for step in self._back_steps)

    def go_home(self) -> None:
        if self._home is not None:
            self._home()

    def focus_chain(self) -> list[QWidget]:
        """Bands (top to bottom), then the nav's sections, then the pages, as added."""
        bands = [
            w for _o, _n, focus in sorted(self._band_focus, key=lambda b: b[:2]) for w in focus
        ]
        return [*bands, *self._frame.section_buttons(), *self._section_focus, *self._page_focus]
