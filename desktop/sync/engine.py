"""The sync engine: pull by cursor in batches, fetch screenshots once, push the outbox.

Runs off the UI thread (the UI wraps it in a worker); never touches Qt.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, ValidationError

from sync_server.protocol import FeedbackIn, IngestResult, Registration, SearchEvent

from ..core.errors import Rejected, ServerFailed, ServerUnreachable, VejviserError
from ..store import Cache, my_feedback, outbox
from ..store import content as cached
from ..store import members as hotline_members
from ..store.blobs import BlobStore
from ..store.content import AppliedChanges
from ..store.db import set_meta
from ..store.scope import claim_home, home
from .transport import ApiClient

log = logging.getLogger("vejviser.sync")

PUSH_BATCH = 500
UNREADABLE = "Kan ikke læses af denne version af Vejviser og bliver derfor ikke sendt."
#: 4xx answers that mean "not now" rather than "never": retried with backoff.
TRANSIENT_STATUS = frozenset({408, 425, 429})


@dataclass
class SyncReport:
    pulled_batches: int = 0
    pulled_items: int = 0
    pushed: int = 0
    rejected: int = 0
    blobs_fetched: int = 0
    my_feedback: int = 0  # own feedback items with their current status and answer
    reset: bool = False  # the server began a full pull (its history changed)
    dropped: list[str] = field(default_factory=list)  # members that no longer admit a hotline
    changes: AppliedChanges = field(default_factory=AppliedChanges)
    error: VejviserError | None = None
    finished_at: datetime | None = None


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter for failed pushes."""

    base_seconds: float = 5.0
    max_seconds: float = 900.0

    def delay(self, attempts: int, rng: random.Random) -> timedelta:
        raw = min(self.max_seconds, self.base_seconds * (2 ** min(attempts, 20)))
        return timedelta(seconds=raw * rng.uniform(0.5, 1.5))


@dataclass(frozen=True)
class _Kind:
    name: str
    model: type[BaseModel]
    send: Callable[[ApiClient, list], IngestResult]


_KINDS = (
    _Kind("registration", Registration, lambda api, items: api.push_registrations(items)),
    _Kind("feedback", FeedbackIn, lambda api, items: api.push_feedback(items)),
    _Kind("search", SearchEvent, lambda api, items: api.push_search_log(items)),
)


class SyncEngine:
    def __init__(
        self,
        cache: Cache,
        blobs: BlobStore,
        api: ApiClient,
        *,
        pull_limit: int | None = None,
        backoff: Backoff | None = None,
        rng: random.Random | None = None,
        progress: Callable[[str], None] | None = None,
        home: str = "",
        hotline: bool = False,
    ) -> None:
        """``home``: the account's municipality (or hotline) code; ``hotline``: the account
        is a shared hotline's, which also pulls each admitted member's content."""
        self.cache = cache
        self.blobs = blobs
        self.api = api
        self.pull_limit = pull_limit
        self.backoff = backoff or Backoff()
        self.rng = rng or random.Random()
        self.progress = progress or (lambda _msg: None)
        self.home = home
        self.hotline = hotline

    def pull(self, report: SyncReport) -> None:
        """Pull the own content; a hotline then pulls each admitted member's."""
        if self.home:
            claim_home(self.cache, self.home)
        self._pull_one(report, None)
        if self.hotline:
            self._pull_members(report)

    def _pull_members(self, report: SyncReport) -> None:
        """Each admitted member with its own cursor. A member gone from the list, or
        answering that it no longer admits the hotline, is dropped from the cache."""
        listed = self.api.hotline_members()
        hotline_members.replace(
            self.cache,
            [hotline_members.Member(m.code, m.name, m.sender_name) for m in listed],
        )
        own = {home(self.cache), ""}
        gone = cached.cached_municipalities(self.cache) - {m.code for m in listed} - own
        for code in sorted(gone):
            self._drop(report, code)
        for member in listed:
            if member.code in own:
                continue
            try:
                self._pull_one(report, member.code)
            except Rejected as exc:
                if exc.status != 403 or exc.code != "not_admitted":
                    raise
                self._drop(report, member.code)

    def _drop(self, report: SyncReport, code: str) -> None:
        report.changes.extend(cached.drop_municipality(self.cache, code))
        report.dropped.append(code)
        log.info("municipality %s no longer admits this hotline: its content is dropped", code)

    def _pull_one(self, report: SyncReport, member: str | None) -> None:
        """Pull until the server has no more; each batch with its cursor in one transaction."""
        since, history = cached.cursor(self.cache, member), cached.history(self.cache, member)
        while True:
            # The server answers a cursor it did not issue (a restored backup, a new server)
            # with a full pull flagged ``reset``; applying it drops what the server lost.
            batch = self.api.pull(since, self.pull_limit, history, member=member)
            # Screenshots first: should one not arrive, the batch (and its cursor) is not
            # applied, so the next sync asks for both again.
            for sha in self.blobs.missing(batch.blobs):
                if self._fetch_blob(sha, member):
                    report.blobs_fetched += 1
            report.changes.extend(cached.apply_batch(self.cache, batch, member))
            report.pulled_batches += 1
            report.pulled_items += (
                len(batch.guides)
                + len(batch.faq)
                + len(batch.areas)
                + len(batch.contacts)
                + len(batch.synonyms)
                + len(batch.tombstones)
            )
            since, history = batch.cursor, batch.history or history
            report.reset = report.reset or batch.reset
            self.progress(f"pulled {report.pulled_items}")
            if not batch.has_more:
                return

    def pull_my_feedback(self, report: SyncReport) -> None:
        """The answers and statuses of the feedback this account sent. A server from
        before admin mode has none to give (404): nothing changes."""
        try:
            items = self.api.my_feedback()
        except Rejected as exc:
            if exc.status == 404:
                return
            raise
        my_feedback.replace(self.cache, items)
        report.my_feedback = len(items)

    def _fetch_blob(self, sha: str, member: str | None = None) -> bool:
        try:
            data = self.api.blob(sha, member)
        except Rejected as exc:  # not on the server (a guide imported without its images)
            log.warning("screenshot %s not available: %s", sha, exc.message)
            return False
        try:
            self.blobs.put(sha, data)
        except ValueError:
            raise ServerFailed(
                "Et skærmbillede kom beskadiget frem. Det hentes igen ved næste synkronisering.",
                code="blob_corrupt",
            ) from None
        return True

    def push(self, report: SyncReport, now: datetime | None = None) -> None:
        """Send what is due; delete a row only after the server acknowledged it."""
        for kind in _KINDS:
            while True:
                items = outbox.due(self.cache, kind.name, PUSH_BATCH, now)
                if not items:
                    break
                sent = self._send(kind, items, report)
                if not sent:
                    break

    def _send(self, kind: _Kind, items: list[outbox.OutboxItem], report: SyncReport) -> bool:
        models: list[BaseModel] = []
        readable: list[outbox.OutboxItem] = []
        for item in items:
            try:
                models.append(kind.model.model_validate_json(item.payload))
                readable.append(item)
            except (ValidationError, ValueError, OverflowError):
                # written by another version, or damaged (even a time no calendar holds):
                # set aside, so one row can never stop every sync
                log.warning("outbox item %s unreadable; not sent", item.id)
                outbox.reject(self.cache, [item.id], UNREADABLE)
                report.rejected += 1
        if not readable:
            return True
        items = readable
        try:
            result = kind.send(self.api, models)
        except (ServerUnreachable, ServerFailed) as exc:
            self._postpone(items, exc.message)
            raise
        except Rejected as exc:
            if exc.status in TRANSIENT_STATUS:
                self._postpone(items, exc.message)
                raise
            if len(items) == 1:
                outbox.reject(self.cache, [items[0].id], exc.message)
                report.rejected += 1
                return True
            for item in items:  # isolate the bad one(s); the rest go through
                self._send(kind, [item], report)
            return True
        accepted = {str(i) for i in result.accepted}
        done = [item for item in items if item.id in accepted]
        outbox.acknowledge(
            self.cache, [item.id for item in done], {item.id: item.payload for item in done}
        )
        report.pushed += len(done)
        return len(done) == len(items)

    def _postpone(self, items: list[outbox.OutboxItem], error: str) -> None:
        attempts = min(item.attempts for item in items)
        when = datetime.now(UTC) + self.backoff.delay(attempts, self.rng)
        outbox.postpone(self.cache, [item.id for item in items], error, when)

    def run_once(self, now: datetime | None = None) -> SyncReport:
        """Push, then pull. Errors end the run and are returned in the report."""
        report = SyncReport()
        try:
            self.push(report, now)
            self.pull(report)
            self.pull_my_feedback(report)
        except VejviserError as exc:
            report.error = exc
        report.finished_at = datetime.now(UTC)
        if report.error is None:
            with self.cache.transaction() as conn:
                set_meta(conn, "last_sync", report.finished_at.isoformat())
        return report
