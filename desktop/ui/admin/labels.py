"""Words for the admin's protocol values (feedback kinds and statuses, roles, guide status)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sync_server.protocol import FeedbackKind, GuideStatus, Role

translate = QCoreApplication.translate


def feedback_status(value: str) -> str:
    words = {
        "new": translate("AdminLabels", "New"),
        "open": translate("AdminLabels", "New"),
        "in_progress": translate("AdminLabels", "In progress"),
        "answered": translate("AdminLabels", "In progress"),
        "resolved": translate("AdminLabels", "Resolved"),
        "closed": translate("AdminLabels", "Resolved"),
        "rejected": translate("AdminLabels", "Rejected"),
    }
    return words.get(value, value)


def feedback_kind(kind: FeedbackKind) -> str:
    return {
        FeedbackKind.ERROR: translate("AdminLabels", "Error"),
        FeedbackKind.OUTDATED: translate("AdminLabels", "Outdated"),
        FeedbackKind.SUGGESTION: translate("AdminLabels", "Suggestion"),
    }[kind]


def role_name(role: str) -> str:
    return {
        Role.AGENT.value: translate("AdminLabels", "Agent"),
        Role.ADMIN.value: translate("AdminLabels", "Administrator"),
        Role.MANAGER.value: translate("AdminLabels", "Manager"),
    }.get(role, role)


def guide_status(status: GuideStatus) -> str:
    return (
        translate("AdminLabels", "Published")
        if status == GuideStatus.PUBLISHED
        else translate("AdminLabels", "Draft")
    )
