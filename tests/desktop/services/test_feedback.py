"""Staff feedback: refused when empty, too long or holding a CPR number; else queued."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import VejviserError
from desktop.services.feedback import FeedbackService
from desktop.store import Cache, open_cache, outbox
from sync_server.protocol import FeedbackIn, FeedbackKind
from sync_server.protocol.validation import CPR_MESSAGE


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    yield cache
    cache.close()


def test_valid_feedback_is_queued(cache: Cache) -> None:
    service = FeedbackService(cache)
    item = service.send(
        "melde-flytning", 3, FeedbackKind.OUTDATED, "  Fristen er nu 5 dage, ikke 14.  \n"
    )
    assert item.text == "Fristen er nu 5 dage, ikke 14."
    assert outbox.pending_count(cache) == 1
    (queued,) = outbox.due(cache, "feedback", 10)
    assert queued.id == str(item.id)
    assert FeedbackIn.model_validate_json(queued.payload) == item
    second = service.send("pas", None, FeedbackKind.ERROR, "Linket til betaling virker ikke.")
    assert second.id != item.id and outbox.pending_count(cache) == 2


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_feedback_is_refused(cache: Cache, text: str) -> None:
    with pytest.raises(VejviserError) as caught:
        FeedbackService(cache).send("pas", 1, FeedbackKind.ERROR, text)
    assert caught.value.message == "Skriv din feedback, før du sender den."
    assert outbox.pending_count(cache) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Borgeren med cpr 010190-1234 kunne ikke logge ind.",
        "Ring til 0101901234 om sagen",
        "CPR: 31 12 85 - 4321 fik fejl",
    ],
)
def test_feedback_with_a_cpr_number_is_refused(cache: Cache, text: str) -> None:
    with pytest.raises(VejviserError) as caught:
        FeedbackService(cache).send("mitid", 1, FeedbackKind.ERROR, text)
    assert caught.value.message == CPR_MESSAGE
    assert "CPR-nummer" in caught.value.message
    assert outbox.pending_count(cache) == 0


def test_too_long_feedback_is_refused_in_danish(cache: Cache) -> None:
    with pytest.raises(VejviserError) as caught:
        FeedbackService(cache).send("pas", 1, FeedbackKind.SUGGESTION, "Forslag. " * 500)
    assert caught.value.code == "too_long"
    assert caught.value.message.startswith("Feedbacken er for lang")
    assert "4.000 tegn" in caught.value.message
    assert outbox.pending_count(cache) == 0


def test_a_phone_number_or_date_is_not_mistaken_for_cpr(cache: Cache) -> None:
    service = FeedbackService(cache)
    service.send("pas", 1, FeedbackKind.ERROR, "Telefonnummeret 70 11 22 33 er forkert.")
    service.send("pas", 1, FeedbackKind.OUTDATED, "Opdateret 01-03-2026.")
    assert outbox.pending_count(cache) == 2
