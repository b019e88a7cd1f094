"""The wire contract between the Vejviser desktop and the sync server (pydantic only).

The desktop imports this package and nothing else from :mod:`sync_server`.
"""

from .auth import AccountInfo, ErrorBody, LoginRequest, Municipality, Role, TokenResponse
from .common import FreeText, WireModel, utcnow
from .content import (
    Contact,
    FaqEntry,
    FieldNote,
    Guide,
    GuideContent,
    GuideRevision,
    GuideStatus,
    GuideWrite,
    LibraryGuide,
    Provenance,
    Referral,
    ServiceArea,
    Step,
    SynonymGroup,
)
from .exchange import FORMAT, ExchangeGuide, GuideFile
from .feedback import Feedback, FeedbackAnswer, FeedbackIn, FeedbackKind, FeedbackStatus
from .messaging import MessageChannel, MessageRequest, MessageState, MessageStatus
from .registrations import (
    SELF_SERVICE_CHECK_AREAS,
    Channel,
    CitizenType,
    GroupBy,
    IngestResult,
    Outcome,
    Registration,
    RegistrationBatch,
    StatsGroup,
    StatsSummary,
)
from .sync import EntityKind, PullBatch, SessionInfo, Tombstone
from .validation import (
    CPR_MESSAGE,
    PhoneNumber,
    RuleViolation,
    contains_cpr,
    find_cpr,
    normalise_email,
    normalise_phone,
    reject_cpr,
)

API_PREFIX = "/api/v1"

__all__ = [
    "API_PREFIX",
    "CPR_MESSAGE",
    "FORMAT",
    "SELF_SERVICE_CHECK_AREAS",
    "AccountInfo",
    "Channel",
    "CitizenType",
    "Contact",
    "EntityKind",
    "ErrorBody",
    "ExchangeGuide",
    "FaqEntry",
    "Feedback",
    "FeedbackAnswer",
    "FeedbackIn",
    "FeedbackKind",
    "FeedbackStatus",
    "FieldNote",
    "FreeText",
    "GroupBy",
    "Guide",
    "GuideContent",
    "GuideFile",
    "GuideRevision",
    "GuideStatus",
    "GuideWrite",
    "IngestResult",
    "LibraryGuide",
    "LoginRequest",
    "MessageChannel",
    "MessageRequest",
    "MessageState",
    "MessageStatus",
    "Municipality",
    "Outcome",
    "PhoneNumber",
    "Provenance",
    "PullBatch",
    "Referral",
    "Registration",
    "RegistrationBatch",
    "Role",
    "RuleViolation",
    "ServiceArea",
    "SessionInfo",
    "StatsGroup",
    "StatsSummary",
    "Step",
    "SynonymGroup",
    "TokenResponse",
    "Tombstone",
    "WireModel",
    "contains_cpr",
    "find_cpr",
    "normalise_email",
    "normalise_phone",
    "reject_cpr",
    "utcnow",
]
