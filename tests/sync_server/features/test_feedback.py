"""Staff feedback: idempotent batch ingest, listing for admins/managers, answers with revisions."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from support.world import World

from sync_server.db.models import AccountRow, FeedbackRow, RevisionRow
from sync_server.protocol import CPR_MESSAGE, Role

Make = Callable[..., dict[str, Any]]


def test_a_batch_sent_three_times_is_stored_once(
    world: World, engine: Engine, make_feedback: Make
) -> None:
    batch = [make_feedback(), make_feedback(kind="error"), make_feedback(kind="suggestion")]
    answers = []
    for _ in range(3):
        response = world.call("POST", "/feedback", role=Role.AGENT, json=batch)
        assert response.status_code == 200, response.text
        answers.append(response.content)
    assert answers[0] == answers[1] == answers[2]
    assert response.json() == {"accepted": [item["id"] for item in batch]}
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(FeedbackRow)) == 3
        history = conn.scalar(
            select(func.count()).select_from(RevisionRow).where(RevisionRow.kind == "feedback")
        )
    assert history == 3


def test_a_retry_with_changed_text_does_not_overwrite(world: World, make_feedback: Make) -> None:
    item = make_feedback(text="Første tekst")
    world.call("POST", "/feedback", role=Role.AGENT, json=[item])
    world.call("POST", "/feedback", role=Role.AGENT, json=[{**item, "text": "Anden tekst"}])
    listed = world.call("GET", "/feedback").json()
    assert [f["text"] for f in listed] == ["Første tekst"]


def test_duplicates_within_one_batch(world: World, engine: Engine, make_feedback: Make) -> None:
    item = make_feedback()
    response = world.call("POST", "/feedback", role=Role.AGENT, json=[item, item])
    assert response.status_code == 200
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(FeedbackRow)) == 1


def test_listing_and_filters(world: World, make_feedback: Make, engine: Engine) -> None:
    a = make_feedback(guide_id="a", created_at="2026-03-01T10:00:00+01:00")
    b = make_feedback(guide_id="b", created_at="2026-03-02T10:00:00+00:00")
    assert world.call("POST", "/feedback", role=Role.AGENT, json=[b, a]).status_code == 200
    for role in (Role.ADMIN, Role.MANAGER):
        listed = world.call("GET", "/feedback", role=role).json()
        assert [f["id"] for f in listed] == [a["id"], b["id"]]
    first = world.call("GET", "/feedback").json()[0]
    assert first["status"] == "new"
    assert first["answer"] is None
    assert first["revision"] == 1
    assert first["created_at"] == "2026-03-01T09:00:00Z"
    with engine.connect() as conn:
        pseudonym = conn.scalar(
            select(AccountRow.pseudonym).where(
                AccountRow.username == "agent", AccountRow.display_name == "agent 101"
            )
        )
    assert first["author"] == pseudonym  # a pseudonym, never the user name
    assert [f["id"] for f in world.call("GET", "/feedback?guide_id=b").json()] == [b["id"]]
    assert world.call("GET", "/feedback?status=resolved").json() == []
    assert len(world.call("GET", "/feedback?status=new").json()) == 2
    assert world.call("GET", "/feedback?status=nonsense").status_code == 422


def test_agents_cannot_list_or_answer(world: World, make_feedback: Make) -> None:
    item = make_feedback()
    world.call("POST", "/feedback", role=Role.AGENT, json=[item])
    listed = world.call("GET", "/feedback", role=Role.AGENT)
    assert listed.status_code == 403
    assert listed.json()["error"] == "forbidden_role"
    body = {"answer": "Tak", "status": "resolved", "base_revision": 1}
    for role in (Role.AGENT, Role.MANAGER):
        response = world.call("PUT", f"/feedback/{item['id']}", role=role, json=body)
        assert response.status_code == 403
        assert response.json()["error"] == "forbidden_role"


def test_answer_with_revision_and_conflict(world: World, make_feedback: Make) -> None:
    item = make_feedback()
    world.call("POST", "/feedback", role=Role.AGENT, json=[item])
    body = {"answer": "Rettet i dag.", "status": "resolved", "base_revision": 1}
    answered = world.call("PUT", f"/feedback/{item['id']}", json=body)
    assert answered.status_code == 200, answered.text
    assert answered.json()["status"] == "resolved"
    assert answered.json()["answer"] == "Rettet i dag."
    assert answered.json()["revision"] == 2

    stale = world.call("PUT", f"/feedback/{item['id']}", json={**body, "status": "rejected"})
    assert stale.status_code == 409
    assert stale.json()["error"] == "stale_revision"
    assert stale.json()["detail"]["current"] == answered.json()

    closed = world.call(
        "PUT", f"/feedback/{item['id']}", json={"status": "rejected", "base_revision": 2}
    )
    assert closed.status_code == 200
    assert closed.json()["answer"] is None
    assert closed.json()["revision"] == 3
    # resending the original batch does not reopen it
    world.call("POST", "/feedback", role=Role.AGENT, json=[item])
    assert world.call("GET", "/feedback").json()[0]["status"] == "rejected"


def test_answer_unknown_feedback_is_404(world: World) -> None:
    body = {"answer": "Tak", "status": "resolved", "base_revision": 1}
    response = world.call("PUT", f"/feedback/{uuid.uuid4()}", json=body)
    assert response.status_code == 404
    assert world.call("PUT", "/feedback/ikke-et-uuid", json=body).status_code == 422


def test_feedback_is_per_municipality(world: World, make_feedback: Make) -> None:
    item = make_feedback()
    world.call("POST", "/feedback", role=Role.AGENT, json=[item])
    assert world.call("GET", "/feedback", code="202").json() == []
    body = {"answer": "Kapret", "status": "rejected", "base_revision": 1}
    assert world.call("PUT", f"/feedback/{item['id']}", code="202", json=body).status_code == 404
    # the same client id in another municipality is another item
    other = {**item, "text": "Fra 202"}
    assert world.call("POST", "/feedback", code="202", role=Role.AGENT, json=[other]).is_success
    assert [f["text"] for f in world.call("GET", "/feedback", code="202").json()] == ["Fra 202"]
    assert world.call("GET", "/feedback").json()[0]["text"] == item["text"]
    assert world.call("GET", "/feedback").json()[0]["status"] == "new"


@pytest.mark.parametrize(
    "overrides",
    [
        {"text": "Borgeren 010180-1234 ringede"},
        {"text": ""},
        {"kind": "ros"},
        {"created_at": "2026-03-02T09:00:00"},
        {"id": "ikke-et-uuid"},
        {"guide_revision": 0},
        {"guide_revision": 2**31},
        {"text": "nul\x00tegn"},
        {"extra": "x"},
    ],
    ids=["cpr", "empty", "kind", "naive-time", "id", "revision", "big-revision", "nul", "extra"],
)
def test_invalid_feedback_refuses_the_whole_batch(
    world: World, engine: Engine, make_feedback: Make, overrides: dict[str, Any]
) -> None:
    response = world.call(
        "POST", "/feedback", role=Role.AGENT, json=[make_feedback(), make_feedback(**overrides)]
    )
    assert response.status_code == 422
    if "0101" in overrides.get("text", ""):
        assert any(d["msg"] == CPR_MESSAGE for d in response.json()["detail"])
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(FeedbackRow)) == 0


def test_cpr_in_an_answer_is_refused(world: World, make_feedback: Make) -> None:
    item = make_feedback()
    world.call("POST", "/feedback", role=Role.AGENT, json=[item])
    body = {"answer": "Ring til 0101801234", "status": "resolved", "base_revision": 1}
    response = world.call("PUT", f"/feedback/{item['id']}", json=body)
    assert response.status_code == 422
    assert world.call("GET", "/feedback").json()[0]["revision"] == 1


def test_batch_size_is_bounded(world: World, make_feedback: Make) -> None:
    response = world.call(
        "POST", "/feedback", role=Role.AGENT, json=[make_feedback() for _ in range(501)]
    )
    assert response.status_code == 422


def test_the_same_batch_sent_concurrently_is_stored_once(
    world: World, engine: Engine, make_feedback: Make
) -> None:
    """A client that retries after a timeout while the first request still runs."""
    batch = [make_feedback() for _ in range(30)]
    barrier = threading.Barrier(6)
    answers: list[tuple[int, bytes]] = []

    def send() -> None:
        barrier.wait()
        response = world.call("POST", "/feedback", role=Role.AGENT, json=batch)
        answers.append((response.status_code, response.content))

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 6
    assert {status for status, _ in answers} == {200}
    assert len({content for _, content in answers}) == 1
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(FeedbackRow)) == 30
