"""The municipality's own settings that its administrators change from the desktop (Qt-free).

Today one: ``per_person_stats`` — whether the statistics may be grouped by staff member (a
pseudonym). It is off unless an administrator turns it on. Reading and changing go to the
server at once; nothing is cached, so an offline workstation shows the setting as unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sync_server.protocol import MunicipalitySettings, Role

from ..sync.transport import ApiClient
from .session import SessionService

T = TypeVar("T")


class MunicipalitySettingsService:
    def __init__(self, session: SessionService) -> None:
        self.session = session

    @property
    def can_change(self) -> bool:
        """Only an administrator of the municipality changes its settings."""
        return self.session.profile.role == Role.ADMIN.value

    def _call(self, work: Callable[[ApiClient], T]) -> T:
        return self.session.call(work, "Log ind for at se og ændre kommunens indstillinger.")

    def load(self) -> MunicipalitySettings:
        return self._call(lambda api: api.municipality_settings())

    def set_per_person_stats(self, allowed: bool) -> MunicipalitySettings:
        """Change the one setting and keep the others as the server has them."""

        def change(api: ApiClient) -> MunicipalitySettings:
            current = api.municipality_settings()
            wanted = current.model_copy(update={"per_person_stats": allowed})
            return api.put_municipality_settings(wanted)

        return self._call(change)
