"""The one table of features by role: which families of screens a user's window installs.

The only module that imports features. The order is the order of installation (it orders
the shortcuts on the start page, and bands of equal order). A feature for some roles only is
one more line, e.g. when they land::

    FeatureEntry(ReportsFeature, frozenset({Role.MANAGER, Role.ADMIN})),
    FeatureEntry(AdminFeature, frozenset({Role.ADMIN})),
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sync_server.protocol import Role

from ..admin.feature import AdminFeature
from ..contact.feature import ContactFeature
from ..lookup.feature import LookupFeature
from ..management.feature import ManagementFeature
from ..messaging.feature import MessagingFeature
from .host import Feature

EVERY_ROLE = frozenset(Role)


@dataclass(frozen=True)
class FeatureEntry:
    build: Callable[[], Feature]
    roles: frozenset[Role]


FEATURES: tuple[FeatureEntry, ...] = (
    FeatureEntry(LookupFeature, EVERY_ROLE),
    FeatureEntry(MessagingFeature, EVERY_ROLE),
    FeatureEntry(ContactFeature, EVERY_ROLE),
    FeatureEntry(AdminFeature, frozenset({Role.ADMIN})),
    FeatureEntry(ManagementFeature, frozenset({Role.MANAGER, Role.ADMIN})),
)


def features_for(role: Role) -> list[Feature]:
    """New instances of the features of ``role``, in the table's order."""
    return [entry.build() for entry in FEATURES if role in entry.roles]
