"""The desktop's typed admin calls against the real server: a draft beside the published
guide, a 409 with the current version, restore, feedback, users and the library."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.live_server import LiveServer

from desktop.core.errors import Rejected
from desktop.sync.admin_api import AdminApi
from desktop.sync.transport import ApiClient
from sync_server.protocol import (
    FeedbackAnswer,
    FeedbackStatus,
    GuideStatus,
    GuideWrite,
    RestoreRequest,
    Role,
    UserCreate,
    UserUpdate,
)


@pytest.fixture
def admin(agent_server: LiveServer) -> Iterator[AdminApi]:
    agent_server.admin_api("101")  # the admin account
    api = ApiClient(agent_server.url, agent_server.issue_token("101", "admin"), timeout=(2, 10))
    yield AdminApi(api)
    api.close()


def test_draft_conflict_restore_and_users(admin: AdminApi) -> None:
    body = GuideWrite(id="admin-test", title="Admin-test", area="Pas", guidance=["Første."])
    created = admin.create_guide(body.model_copy(update={"status": GuideStatus.PUBLISHED}))
    edit = GuideWrite(title="Admin-test (kladde)", area="Pas", guidance=["Anden."], base_revision=1)
    drafted = admin.save_guide("admin-test", edit)
    assert drafted.pending_draft is not None and drafted.title == created.title
    with pytest.raises(Rejected) as stale:
        admin.save_guide("admin-test", edit)
    assert stale.value.status == 409 and stale.value.code == "stale_revision"
    assert isinstance(stale.value.detail, dict) and stale.value.detail["current_revision"] == 2
    published = admin.save_guide(
        "admin-test",
        edit.model_copy(update={"status": GuideStatus.PUBLISHED, "base_revision": 2}),
    )
    assert published.title == "Admin-test (kladde)" and published.pending_draft is None
    restored = admin.restore("admin-test", RestoreRequest(revision=1))
    assert restored.title == "Admin-test" and restored.revision == 4
    assert [r.revision for r in admin.history("admin-test")] == [1, 2, 3, 4]
    assert any(d.guide_id == "admin-test" for d in admin.overview().drafts) is False

    user = admin.create_user(
        UserCreate(
            username="ny",
            display_name="Ny Kollega",
            role=Role.AGENT,
            password="blå-cykel-ved-havnen",
        )
    )
    assert admin.update_user(user.id, UserUpdate(role=Role.MANAGER)).role is Role.MANAGER
    admin.deactivate_user(user.id)
    assert not next(u for u in admin.users() if u.id == user.id).active
    assert admin.feedback(FeedbackStatus.NEW) == []
    with pytest.raises(Rejected):
        admin.answer_feedback(
            "00000000-0000-4000-8000-000000000000",
            FeedbackAnswer(status=FeedbackStatus.RESOLVED, base_revision=1),
        )
    assert admin.updates() == [] and admin.suggestions() == []
