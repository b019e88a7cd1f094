"""The profile: which server, municipality and user; the token in the OS keyring."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import keyring
from keyring.errors import KeyringError

from ..core.paths import profile_root

log = logging.getLogger("vejviser.profile")
KEYRING_SERVICE = "Vejviser"
#: Set by IT when rolling out the desktop (machine-wide environment variables): the login
#: starts with this server and municipality filled in until someone has logged in.
PRESET_SERVER_ENV = "VEJVISER_SERVER_URL"
PRESET_MUNICIPALITY_ENV = "VEJVISER_MUNICIPALITY"


@dataclass
class Profile:
    server_url: str = ""
    municipality: str = ""
    municipality_name: str = ""
    username: str = ""
    display_name: str = ""
    role: str = ""
    staff_pseudonym: str = ""
    remember: bool = True
    #: "municipality" or "hotline" (a shared hotline serving admitted members).
    tenant_kind: str = "municipality"

    @property
    def is_hotline(self) -> bool:
        return self.tenant_kind == "hotline"

    @property
    def configured(self) -> bool:
        return bool(self.server_url and self.municipality and self.username)

    @property
    def keyring_user(self) -> str:
        return f"{self.server_url.rstrip('/')}|{self.municipality}|{self.username}"


def profile_file(root: Path | None = None) -> Path:
    return (root or profile_root()) / "profile.json"


def load_profile(root: Path | None = None) -> Profile:
    """The saved profile; a field it leaves empty comes from the roll-out preset."""
    path = profile_file(root)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    known = {k: v for k, v in data.items() if k in Profile.__dataclass_fields__}
    profile = Profile(**known)
    if not profile.server_url:
        profile.server_url = os.environ.get(PRESET_SERVER_ENV, "").strip()
    if not profile.municipality:
        profile.municipality = os.environ.get(PRESET_MUNICIPALITY_ENV, "").strip()
    return profile


def save_profile(profile: Profile, root: Path | None = None) -> None:
    path = profile_file(root)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(profile), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


class TokenVault:
    """Tokens in the OS keyring; where none exists, for this session only (never a file)."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}
        self._available: bool | None = None

    @property
    def available(self) -> bool:
        if self._available is None:
            try:
                keyring.get_password(KEYRING_SERVICE, "__probe__")
                backend = keyring.get_keyring()
                self._available = "fail" not in type(backend).__module__
            except Exception as exc:  # any backend failure means: no usable keyring
                log.info("no usable keyring: %s", exc)
                self._available = False
        return self._available

    def get(self, user: str) -> str | None:
        if user in self._session:
            return self._session[user]
        if not self.available:
            return None
        try:
            return keyring.get_password(KEYRING_SERVICE, user)
        except KeyringError:
            return None

    def put(self, user: str, token: str, remember: bool) -> bool:
        """Keep the token; True when it was stored in the keyring (survives a restart)."""
        self._session[user] = token
        if not self.available:
            return False
        try:
            if remember:
                keyring.set_password(KEYRING_SERVICE, user, token)
                return True
            # Not to be remembered: an earlier login kept in the keyring must not linger.
            if keyring.get_password(KEYRING_SERVICE, user) is not None:
                keyring.delete_password(KEYRING_SERVICE, user)
        except KeyringError as exc:
            log.warning("keyring not usable: %s", exc)
        return False

    def session_only(self, user: str) -> bool:
        """True when this process holds a token for ``user`` that no keyring keeps: it is
        lost when the process ends."""
        token = self._session.get(user)
        if token is None:
            return False
        if not self.available:
            return True
        try:
            return keyring.get_password(KEYRING_SERVICE, user) != token
        except KeyringError:
            return True

    def forget(self, user: str) -> None:
        self._session.pop(user, None)
        if self.available:
            with contextlib.suppress(KeyringError):
                keyring.delete_password(KEYRING_SERVICE, user)
