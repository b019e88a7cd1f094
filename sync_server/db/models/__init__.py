"""ORM models, one module per aggregate. Separate from the wire contract, which is versioned
on its own.

Every model is re-exported here, so ``from sync_server.db.models import ContentRow`` works
and importing this package registers every table on ``Base.metadata`` (which Alembic's
``env.py`` compares against).
"""

from __future__ import annotations

from .base import NAMING, Base, BigId
from .blobs import BlobOwnerRow, BlobRefRow, BlobRow
from .citizen import CitizenAnswerRow, CitizenSettingsRow
from .content import ContentRow, RevisionRow
from .feedback import FeedbackRow
from .jobs import JobRunRow
from .library import LibraryFollowRow
from .messaging import MessageRow, MessageTemplateRow
from .registrations import RegistrationRow
from .reports import (
    CostRateRow,
    ReportDirtyDayRow,
    ReportRollupRow,
    ReportSendRow,
    ReportSettingsRow,
    ReportSubscriptionRow,
)
from .searchlog import LearnedTermDecisionRow, SearchLogRow
from .tenancy import AccountRow, HotlineMemberRow, LoginAttemptRow, MunicipalityRow, TokenRow

__all__ = [
    "NAMING",
    "AccountRow",
    "Base",
    "BigId",
    "BlobOwnerRow",
    "BlobRefRow",
    "BlobRow",
    "CitizenAnswerRow",
    "CitizenSettingsRow",
    "ContentRow",
    "CostRateRow",
    "FeedbackRow",
    "HotlineMemberRow",
    "JobRunRow",
    "LearnedTermDecisionRow",
    "LibraryFollowRow",
    "LoginAttemptRow",
    "MessageRow",
    "MessageTemplateRow",
    "MunicipalityRow",
    "RegistrationRow",
    "ReportDirtyDayRow",
    "ReportRollupRow",
    "ReportSendRow",
    "ReportSettingsRow",
    "ReportSubscriptionRow",
    "RevisionRow",
    "SearchLogRow",
    "TokenRow",
]
