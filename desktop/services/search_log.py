"""The anonymous search log: how searches ended, queued in the outbox for the server.

What is kept of a search is its words in lower case, letters only: digits are dropped, and
a query in which the CPR or the contact-details guard finds anything is not recorded at all.
A search that found nothing, or found something that was not opened, is recorded when it
ends (the box cleared for a new search). A guide opened from a search is remembered in
memory; when the contact is registered with that guide, the pair (search words, guide) is
recorded — the pairs the municipality's search terms are learned from. The server knows
the staff member only by the account's pseudonym.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import uuid
from collections.abc import Iterable
from datetime import date

from sync_server.protocol import SearchEvent
from sync_server.protocol.searchlog import MAX_WORDS
from sync_server.protocol.validation import find_contact_details, find_cpr

from ..store import Cache, outbox

KIND = "search"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MAX_WORD = 40
_MAX_PENDING = 50


def search_words(query: str) -> list[str] | None:
    """The words of ``query`` as the log keeps them, or None when nothing may be kept."""
    if find_cpr(query) is not None or find_contact_details(query) is not None:
        return None
    text = unicodedata.normalize("NFKC", query).lower()
    words = [w for w in _WORD.findall(text) if len(w) <= _MAX_WORD][:MAX_WORDS]
    return words or None


class SearchLog:
    """Thread-safe: the UI records searches, the contact service registrations."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self._lock = threading.Lock()
        self._opened: list[tuple[list[str], str]] = []  # (words, guide) opened from a search

    def ended(self, query: str, found: bool, day: date | None = None) -> None:
        """A search ended without a guide being opened from it."""
        words = search_words(query)
        if words is not None:
            self._queue(words, found, None, day)

    def opened(self, query: str, guide_id: str) -> None:
        """A guide was opened from the results of ``query``."""
        words = search_words(query)
        if words is None:
            return
        with self._lock:
            self._opened = [p for p in self._opened if p != (words, guide_id)]
            self._opened.append((words, guide_id))
            del self._opened[:-_MAX_PENDING]

    def registered(self, guide_ids: Iterable[str], day: date | None = None) -> int:
        """A contact was registered with ``guide_ids``: record the pairs of searches that
        opened one of them. Returns how many pairs were recorded."""
        used = set(guide_ids)
        with self._lock:
            pairs, self._opened = self._opened, []
        recorded = 0
        for words, guide_id in pairs:
            if guide_id in used:
                self._queue(words, True, guide_id, day)
                recorded += 1
        return recorded

    def _queue(self, words: list[str], found: bool, guide_id: str | None, day: date | None) -> None:
        event = SearchEvent(
            id=uuid.uuid4(),
            day=day or date.today(),
            words=words,
            found=found,
            guide_id=guide_id,
        )
        outbox.add(self.cache, KIND, str(event.id), event.model_dump_json())
