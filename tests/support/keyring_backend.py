"""The keyring doubles of the tests: an in-memory backend (headless machines have none) and a
token vault that behaves as on a machine without any keyring."""

from __future__ import annotations

from keyring.backend import KeyringBackend

from desktop.services.profile import TokenVault


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class NoKeyring(TokenVault):
    """A machine without a keyring backend: tokens last for the session only."""

    @property
    def available(self) -> bool:
        return False
