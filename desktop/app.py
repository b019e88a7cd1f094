"""Composition root: builds the store, services and sync engine for a profile and hands
them to the UI (constructor injection; nothing is looked up through globals)."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .core.errors import AuthenticationFailed, NotLoggedIn
from .core.paths import cache_name, profile_root
from .services.admin import AdminService
from .services.contact import ContactService
from .services.control import ControlHandler, ControlServer
from .services.feedback import FeedbackService
from .services.lookup import LookupService
from .services.messaging import MessagingService
from .services.municipality import MunicipalitySettingsService
from .services.profile import Profile, TokenVault
from .services.session import SessionService
from .store import Cache, open_cache
from .store import outbox as outbox_store
from .store.blobs import BlobStore
from .store.scope import claim_home
from .sync.engine import SyncEngine, SyncReport
from .sync.transport import ApiClient


@dataclass
class Workspace:
    """Everything bound to one server and municipality's cache."""

    profile: Profile
    cache: Cache
    blobs: BlobStore
    lookup: LookupService
    feedback: FeedbackService
    contact: ContactService
    messaging: MessagingService
    admin: AdminService

    def pending(self) -> int:
        return outbox_store.pending_count(self.cache)

    def last_sync(self) -> str | None:
        return self.cache.meta("last_sync")

    def close(self) -> None:
        self.cache.close()


def open_workspace(
    profile: Profile, root: Path, api: Callable[[], ApiClient] | None = None
) -> Workspace:
    name = cache_name(profile.server_url, profile.municipality, profile.username)
    cache = open_cache(root / f"{name}.sqlite3")
    claim_home(cache, profile.municipality)  # a migrated cache's rows are the account's
    lookup = LookupService(cache, root / f"{name}.index")
    lookup.load()
    contact = ContactService(cache, lookup)
    lookup.add_use_listener(contact.guide_opened)  # guides opened join the running contact
    messaging = MessagingService(
        cache,
        api,
        municipality_name=profile.municipality_name,
        on_sent=lambda _state: contact.note_message_sent(),  # the running contact counts it
        current_registration=lambda: contact.status().id,
        caller=lambda: contact.caller,
    )
    blobs = BlobStore(cache, root / "blobs")
    return Workspace(
        profile=profile,
        cache=cache,
        blobs=blobs,
        lookup=lookup,
        feedback=FeedbackService(cache),
        contact=contact,
        messaging=messaging,
        admin=AdminService(cache, blobs, api),
    )


class AppContext:
    """The running application's services; the UI receives this object."""

    def __init__(self, root: Path | None = None, vault: TokenVault | None = None) -> None:
        self.root = root or profile_root()
        self.session = SessionService(vault or TokenVault(), self.root)
        self.municipality = MunicipalitySettingsService(self.session)
        self.workspace: Workspace | None = None
        self.control: ControlServer | None = None
        if self.session.profile.configured:
            self.workspace = open_workspace(self.session.profile, self.root, self.session.api)

    def after_login(self) -> Workspace:
        """Open (or switch to) the workspace of the profile just logged in."""
        profile = self.session.profile
        current = self.workspace
        if current is not None and current.profile.keyring_user == profile.keyring_user:
            current.profile = profile
            current.messaging.municipality_name = profile.municipality_name
            return current
        if current is not None:
            current.close()
        self.workspace = open_workspace(profile, self.root, self.session.api)
        return self.workspace

    def sync_once(self) -> SyncReport:
        """One sync (push, then pull); safe to call from a worker thread."""
        workspace = self.workspace
        if workspace is None:
            report = SyncReport()
            report.error = NotLoggedIn("Log ind for at synkronisere.", code="no_profile")
            return report
        api = self.session.api()
        try:
            profile = self.session.profile
            engine = SyncEngine(
                workspace.cache,
                workspace.blobs,
                api,
                home=profile.municipality,
                hotline=profile.is_hotline,
            )
            report = engine.run_once()
        finally:
            api.close()
        workspace.lookup.apply(report.changes)
        if isinstance(report.error, AuthenticationFailed):
            self.session.forget_token()
        return report

    def start_control(self, show: Callable[[], None] | None = None) -> ControlServer:
        """Serve the local control channel (``vejviser contact …``, a second start of the app
        asking to be shown) in a background thread. ``show`` runs on that thread: the UI
        marshals it onto its own. Raises ControlError when another app serves the profile."""
        if self.control is None:
            handler = ControlHandler(
                lambda: self.workspace.contact if self.workspace else None, show
            )
            self.control = ControlServer(self.root, handler).start()
        return self.control

    def close(self) -> None:
        if self.control is not None:
            self.control.close()
            self.control = None
        if self.workspace is not None:
            self.workspace.close()


def setup_logging(root: Path) -> None:
    """A log file under the profile; no personal data is ever logged."""
    log_dir = root / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "vejviser.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger = logging.getLogger("vejviser")
    logger.setLevel(logging.INFO)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logger.handlers):
        logger.addHandler(handler)
