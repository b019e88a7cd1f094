"""The agent's own feedback comes back with the admin's answer and status after a sync."""

from __future__ import annotations

from support.desk import Desk

from desktop.services.feedback import FeedbackService
from desktop.store import my_feedback
from sync_server.protocol import FeedbackKind, FeedbackStatus


def test_the_answer_and_status_reach_the_agent(desk: Desk) -> None:
    feedback = FeedbackService(desk.cache)
    sent = feedback.send("pas", 1, FeedbackKind.OUTDATED, "Prisen for pas er steget.")
    other = feedback.send("mitid", 1, FeedbackKind.SUGGESTION, "Nævn MitID-chip.")
    report = desk.sync()
    assert report.error is None and report.my_feedback == 2
    assert {(m.id, m.status) for m in my_feedback.listed(desk.cache)} == {
        (str(sent.id), FeedbackStatus.NEW),
        (str(other.id), FeedbackStatus.NEW),
    }

    admin = desk.server.admin_api("101")
    answer = {"answer": "Rettet i vejledningen.", "status": "resolved", "base_revision": 1}
    admin.request("PUT", f"/feedback/{sent.id}", json=answer)
    admin.request(
        "PUT", f"/feedback/{other.id}", json={"status": "in_progress", "base_revision": 1}
    )
    assert desk.sync().error is None
    mine = {m.id: m for m in my_feedback.listed(desk.cache)}
    assert mine[str(sent.id)].status is FeedbackStatus.RESOLVED
    assert mine[str(sent.id)].answer == "Rettet i vejledningen."
    assert mine[str(sent.id)].answered_at is not None
    assert mine[str(other.id)].status is FeedbackStatus.IN_PROGRESS
    assert [m.id for m in my_feedback.listed(desk.cache, "pas")] == [str(sent.id)]
