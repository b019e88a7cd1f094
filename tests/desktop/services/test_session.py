"""Logging in against the real server: profile, token in the keyring, Danish errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from support.keyring_backend import MemoryKeyring
from support.keyring_backend import no_keyring as without_keyring
from support.live_server import LiveServer

from desktop.core.errors import AuthenticationFailed, Rejected, ServerUnreachable, VejviserError
from desktop.services.profile import KEYRING_SERVICE, TokenVault, load_profile
from desktop.services.session import SessionService
from sync_server.db.engine import make_session_factory, transaction
from sync_server.features.hotline.service import create_hotline

PASSWORD = "Sommer-i-Svendborg-2026"


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    live_server.create_municipality("479", "Svendborg Kommune")
    live_server.create_account("479", "Mette.Hansen", PASSWORD, "agent", "Mette Hansen")
    return live_server


@pytest.fixture
def root(tmp_path: Path) -> Path:
    path = tmp_path / "profil"
    path.mkdir()
    return path


@pytest.fixture
def no_keyring() -> Iterator[None]:
    with without_keyring():
        yield


def _files_containing(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_login_saves_the_profile_and_the_token_in_the_keyring(
    server: LiveServer, root: Path
) -> None:
    session = SessionService(TokenVault(), root)
    result = session.login(server.url, "479", "mette.hansen", PASSWORD)
    assert result.account.display_name == "Mette Hansen"
    assert result.account.municipality.name == "Svendborg Kommune"
    assert result.remembered and result.keyring_available and session.keyring_available
    profile = load_profile(root)
    assert (profile.server_url, profile.municipality, profile.username) == (
        server.url,
        "479",
        "mette.hansen",
    )
    assert (profile.municipality_name, profile.role) == ("Svendborg Kommune", "agent")
    token = session.token()
    assert token
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    assert backend.store == {(KEYRING_SERVICE, profile.keyring_user): token}
    assert _files_containing(root, token) == []
    assert "token" not in json.loads((root / "profile.json").read_text("utf-8"))
    # The next start finds the login again and may use it.
    again = SessionService(TokenVault(), root)
    assert again.profile.configured and again.token() == token
    api = again.api()
    try:
        assert api.me().username == "mette.hansen"
    finally:
        api.close()


def test_a_tenant_with_a_four_digit_code_logs_in(server: LiveServer, root: Path) -> None:
    """A shared hotline may have a 4-digit code (issue 17)."""
    with transaction(make_session_factory(server.engine)) as conn:
        create_hotline(conn, "9901", "Nationale hotline")
    server.create_account("9901", "hanne", PASSWORD, "agent", "Hanne Hotline")
    session = SessionService(TokenVault(), root)
    result = session.login(server.url, "9901", "hanne", PASSWORD)
    assert result.account.municipality.code == "9901"
    assert load_profile(root).municipality == "9901"


def test_the_server_address_may_be_typed_without_http(server: LiveServer, root: Path) -> None:
    session = SessionService(TokenVault(), root)
    session.login(f" 127.0.0.1:{server.port}/ ", "479", " Mette.Hansen ", PASSWORD)
    assert session.profile.server_url == server.url
    assert session.profile.username == "mette.hansen"


def test_no_remember_keeps_the_token_for_this_session_only(server: LiveServer, root: Path) -> None:
    session = SessionService(TokenVault(), root)
    result = session.login(server.url, "479", "mette.hansen", PASSWORD, remember=False)
    assert not result.remembered and result.keyring_available
    assert session.token()
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring) and backend.store == {}
    assert SessionService(TokenVault(), root).token() is None


@pytest.mark.parametrize(
    ("municipality", "username", "password", "error", "message"),
    [
        (
            "479",
            "mette.hansen",
            "forkert-kode",
            AuthenticationFailed,
            "Forkert brugernavn eller adgangskode.",
        ),
        ("479", "ukendt", PASSWORD, AuthenticationFailed, "Forkert brugernavn eller adgangskode."),
        (
            "480",
            "mette.hansen",
            PASSWORD,
            AuthenticationFailed,
            "Kommunen 480 findes ikke på serveren. Tjek kommunekoden.",
        ),
        (
            "47",
            "mette.hansen",
            PASSWORD,
            AuthenticationFailed,
            "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751.",
        ),
        (
            "Svendborg",
            "mette.hansen",
            PASSWORD,
            AuthenticationFailed,
            "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751.",
        ),
        (
            "47901",
            "mette.hansen",
            PASSWORD,
            AuthenticationFailed,
            "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751.",
        ),
        ("479", "  ", PASSWORD, AuthenticationFailed, "Skriv dit brugernavn."),
        ("479", "mette.hansen", "", AuthenticationFailed, "Skriv din adgangskode."),
    ],
)
def test_refused_logins_say_why_in_danish(
    server: LiveServer,
    root: Path,
    municipality: str,
    username: str,
    password: str,
    error: type[VejviserError],
    message: str,
) -> None:
    session = SessionService(TokenVault(), root)
    with pytest.raises(error) as caught:
        session.login(server.url, municipality, username, password)
    assert caught.value.message == message
    assert not session.profile.configured
    assert not (root / "profile.json").exists()


def test_an_unreachable_server_says_so(server: LiveServer, root: Path) -> None:
    server.stop()
    session = SessionService(TokenVault(), root)
    with pytest.raises(ServerUnreachable) as caught:
        session.login(server.url, "479", "mette.hansen", PASSWORD)
    assert caught.value.message.startswith("Serveren kan ikke nås.")
    assert not (root / "profile.json").exists()


def test_a_missing_server_address_is_asked_for(root: Path) -> None:
    with pytest.raises(VejviserError) as caught:
        SessionService(TokenVault(), root).login("  ", "479", "mette.hansen", PASSWORD)
    assert caught.value.message == "Skriv serverens adresse."


def test_too_many_wrong_passwords_are_refused_for_a_while(server: LiveServer, root: Path) -> None:
    session = SessionService(TokenVault(), root)
    for _ in range(server.settings.login_max_failures):
        with pytest.raises(AuthenticationFailed):
            session.login(server.url, "479", "mette.hansen", "forkert-kode")
    with pytest.raises(Rejected) as caught:
        session.login(server.url, "479", "mette.hansen", PASSWORD)
    assert caught.value.status == 429
    assert caught.value.message.startswith("For mange forkerte login-forsøg.")


def test_without_a_keyring_login_works_for_this_session_and_no_file_holds_the_token(
    server: LiveServer, root: Path, no_keyring: None
) -> None:
    session = SessionService(TokenVault(), root)
    result = session.login(server.url, "479", "mette.hansen", PASSWORD)
    assert result.keyring_available is False and session.keyring_available is False
    assert result.remembered is False
    token = session.token()
    assert token
    api = session.api()
    try:
        assert api.me().username == "mette.hansen"
    finally:
        api.close()
    assert (root / "profile.json").exists()
    assert _files_containing(root, token) == []
    assert _files_containing(root.parent, token) == []  # nor anywhere else of the test's
    # A restart has the profile but must log in again.
    again = SessionService(TokenVault(), root)
    assert again.profile.configured and again.token() is None


def test_logout_revokes_and_forgets_the_token(server: LiveServer, root: Path) -> None:
    session = SessionService(TokenVault(), root)
    session.login(server.url, "479", "mette.hansen", PASSWORD)
    token = session.token()
    assert token
    session.logout()
    assert session.token() is None
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring) and backend.store == {}
    from desktop.sync.transport import ApiClient

    api = ApiClient(server.url, token)
    try:
        with pytest.raises(AuthenticationFailed) as caught:
            api.me()
    finally:
        api.close()
    assert caught.value.message == "Du er blevet logget ud. Log ind igen."


def test_logout_while_offline_still_forgets_the_token(server: LiveServer, root: Path) -> None:
    session = SessionService(TokenVault(), root)
    session.login(server.url, "479", "mette.hansen", PASSWORD)
    server.stop()
    session.logout()
    assert session.token() is None


def test_logging_in_again_without_remember_forgets_the_stored_login(
    server: LiveServer, root: Path
) -> None:
    """On a shared workstation "don't remember me" must not leave an earlier login behind."""
    SessionService(TokenVault(), root).login(server.url, "479", "mette.hansen", PASSWORD)
    session = SessionService(TokenVault(), root)
    session.login(server.url, "479", "mette.hansen", PASSWORD, remember=False)
    assert session.token()
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring) and backend.store == {}
    assert SessionService(TokenVault(), root).token() is None
