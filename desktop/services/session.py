"""Logging in and out; the API client for the current profile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from sync_server.protocol import AccountInfo, LoginRequest

from ..core.errors import AuthenticationFailed, NotLoggedIn, VejviserError
from ..sync.transport import ApiClient
from .profile import Profile, TokenVault, load_profile, save_profile

T = TypeVar("T")


@dataclass(frozen=True)
class LoginResult:
    account: AccountInfo
    remembered: bool
    keyring_available: bool


def normalise_server_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if url and "://" not in url:
        url = "http://" + url
    return url


class SessionService:
    def __init__(self, vault: TokenVault, root: Path | None = None) -> None:
        self.vault = vault
        self.root = root
        self.profile: Profile = load_profile(root)

    @property
    def keyring_available(self) -> bool:
        return self.vault.available

    def token(self) -> str | None:
        return self.vault.get(self.profile.keyring_user) if self.profile.configured else None

    def api(self) -> ApiClient:
        if not self.profile.server_url:
            raise NotLoggedIn("Vejviser er ikke sat op endnu. Log ind først.", code="no_profile")
        return ApiClient(self.profile.server_url, self.token())

    def call(self, work: Callable[[ApiClient], T], not_logged_in: str) -> T:
        """``work`` with a client of the server logged in as the user (closed afterwards);
        without a login :class:`NotLoggedIn` says ``not_logged_in``."""
        if self.token() is None:
            raise NotLoggedIn(not_logged_in, code="not_logged_in")
        api = self.api()
        try:
            return work(api)
        finally:
            api.close()

    def login(
        self,
        server_url: str,
        municipality: str,
        username: str,
        password: str,
        remember: bool = True,
    ) -> LoginResult:
        server_url = normalise_server_url(server_url)
        if not server_url:
            raise VejviserError("Skriv serverens adresse.", code="server_missing")
        try:
            request = LoginRequest(
                municipality=municipality.strip(), username=username.strip(), password=password
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            field = first["loc"][0] if first["loc"] else ""
            if field == "municipality":
                message = "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751."
            elif field == "username":
                message = "Skriv dit brugernavn."
            else:
                message = "Skriv din adgangskode."
            raise AuthenticationFailed(message, code=f"{field}_invalid") from None
        api = ApiClient(server_url)
        try:
            result = api.login(request)
        finally:
            api.close()
        account = result.account
        self.profile = Profile(
            server_url=server_url,
            municipality=account.municipality.code,
            municipality_name=account.municipality.name,
            username=account.username,
            display_name=account.display_name,
            role=account.role.value,
            staff_pseudonym=account.staff_pseudonym,
            remember=remember,
            tenant_kind=account.tenant_kind.value,
        )
        save_profile(self.profile, self.root)
        remembered = self.vault.put(self.profile.keyring_user, result.token, remember)
        return LoginResult(
            account=account, remembered=remembered, keyring_available=self.vault.available
        )

    def logout(self) -> None:
        token = self.token()
        if token and self.profile.server_url:
            api = ApiClient(self.profile.server_url, token)
            try:
                api.logout()
            except VejviserError:
                pass  # offline or already expired: forgetting it locally is what matters
            finally:
                api.close()
        if self.profile.configured:
            self.vault.forget(self.profile.keyring_user)

    def end_session(self) -> None:
        """At the end of a command-line run: a login this process cannot keep (no keyring,
        or --no-remember) is logged out on the server, so repeated runs (a scheduled
        `vejviser sync`) leave no live tokens behind. A kept login stays."""
        if self.profile.configured and self.vault.session_only(self.profile.keyring_user):
            self.logout()

    def forget_token(self) -> None:
        """After the server said the token is expired or revoked."""
        if self.profile.configured:
            self.vault.forget(self.profile.keyring_user)
