"""Typed errors of the desktop. Each carries a Danish message for the one error display."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # only named in a signature: importing this module stays light
    from pydantic import ValidationError


class VejviserError(Exception):
    """Base class: ``message`` is shown to the user as it is."""

    def __init__(self, message: str, *, code: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class ServerUnreachable(VejviserError):
    """No answer from the server (offline, wrong address, server down)."""


class AuthenticationFailed(VejviserError):
    """Wrong password, unknown municipality, expired or revoked token."""


class Rejected(VejviserError):
    """The server refused a request (4xx): never retried as it is."""

    def __init__(
        self, message: str, *, code: str = "rejected", status: int = 400, detail: object = None
    ) -> None:
        super().__init__(message, code=code)
        self.status = status
        self.detail = detail


class ServerFailed(VejviserError):
    """The server failed (5xx): retried later."""


class NotLoggedIn(VejviserError):
    """No session: the user must log in."""


class ProfileError(VejviserError):
    """The profile or cache cannot be used (e.g. on a network share)."""


#: Rules of the contract whose refusals the UI words itself (in the user's language).
RULE_CODES = frozenset({"cpr_number", "contact_details", "invalid_character"})

E = TypeVar("E", bound=VejviserError)


def refusal(exc: ValidationError, kind: type[E]) -> E:
    """The first problem of a refused wire model as ``kind``: the contract's Danish wording,
    and the rule's code where the UI knows it (e.g. ``cpr_number``), else ``invalid``."""
    from sync_server.protocol.refusals import danish

    first = exc.errors()[0]
    message = danish(first)
    code = str(first.get("type", ""))
    return kind(message, code=code if code in RULE_CODES else "invalid")
