"""Borgerweb in admin mode (Qt-free): the citizen web's settings of the municipality — the
public address, the brand colour, the logo and the accessibility statement — read from and
changed on the server (nothing is cached: an offline workstation says so and keeps what was
typed). A save sends only the changed fields, in one ``PATCH`` that the server stores whole or
not at all; every field is checked against the contract first, so a bad one sends nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from sync_server.protocol import CitizenSettings, CitizenSettingsPatch, Role
from sync_server.protocol.refusals import danish

from ..core.errors import VejviserError
from ..sync.transport import ApiClient
from .admin import image_type
from .session import SessionService

T = TypeVar("T")
#: The settings, in the page's order.
FIELDS = ("public_base_url", "brand_colour", "logo_sha256", "accessibility_statement_url")
#: A logo larger than this is refused before it is sent (the server's limit is 5 MB).
MAX_LOGO_BYTES = 5 * 1024 * 1024


class InvalidCitizenSetting(VejviserError):
    """A value the contract refuses: the field, the rule (pydantic's error type) and the
    contract's Danish wording."""

    def __init__(self, field: str, message: str, *, code: str) -> None:
        super().__init__(message, code=code)
        self.field = field


class CitizenSettingsService:
    def __init__(self, session: SessionService) -> None:
        self.session = session

    @property
    def allowed(self) -> bool:
        """Admins change the settings (managers may read them on the server, not here)."""
        return self.session.profile.role == Role.ADMIN.value

    def _call(self, work: Callable[[ApiClient], T]) -> T:
        return self.session.call(work, "Log ind for at ændre borgerwebbens indstillinger.")

    def settings(self) -> CitizenSettings:
        return self._call(lambda api: api.citizen_settings())

    @staticmethod
    def check(changes: dict[str, Any]) -> dict[str, Any]:
        """``changes`` as the contract writes them (trimmed, the colour in lower case);
        :class:`InvalidCitizenSetting` names the first field it refuses."""
        checked: dict[str, Any] = {}
        for field in FIELDS:
            if field not in changes:
                continue
            try:
                patch = CitizenSettingsPatch.model_validate({field: changes[field]})
            except ValidationError as exc:
                first = exc.errors()[0]
                message = danish(first)
                raise InvalidCitizenSetting(
                    field, message, code=str(first.get("type", "invalid"))
                ) from exc
            checked[field] = getattr(patch, field)
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown citizen settings: {sorted(unknown)}")
        return checked

    def save(self, changes: dict[str, Any]) -> CitizenSettings:
        """Send only ``changes`` (``None`` clears a field) after checking every one of them;
        answers the settings as the server now has them."""
        body = self.check(changes)
        if not body:
            return self.settings()
        return self._call(lambda api: api.patch_citizen_settings(body))

    def upload_logo(self, path: Path) -> tuple[str, bytes]:
        """Store the image at ``path`` on the server; its sha256 and bytes (for the preview).
        The server's Danish refusal (not an image, too large) is raised as it is."""
        data = path.read_bytes()
        if not data:
            raise InvalidCitizenSetting("logo_sha256", "Filen er tom.", code="empty_blob")
        if len(data) > MAX_LOGO_BYTES:
            raise InvalidCitizenSetting(
                "logo_sha256", "Billedet er for stort (højst 5 MB).", code="blob_too_large"
            )
        sha = self._call(lambda api: api.upload_blob(data, image_type(data)))
        return sha, data

    def logo(self, sha256: str) -> bytes:
        return self._call(lambda api: api.blob(sha256))

    def front_page(self, public_base_url: str | None) -> str | None:
        """The municipality's citizen front page at ``public_base_url`` (None when not set)."""
        if not public_base_url:
            return None
        return f"{public_base_url.rstrip('/')}/borger/{self.session.profile.municipality}/"
