"""Turning errors into words for the user: the one place that knows how.

Typed errors from the services carry a Danish ``message`` and a stable ``code``. Codes we
know get a translated sentence (so the English UI speaks English); anything else shows the
error's own message. Unexpected exceptions are logged with their traceback and shown as a
short, calm sentence.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import VejviserError

log = logging.getLogger("vejviser.ui")

translate = QCoreApplication.translate


def _known(code: str) -> str | None:
    texts = {
        "unreachable": translate(
            "Errors",
            "The server cannot be reached. You can keep using the saved guides; "
            "changes are sent when the connection is back.",
        ),
        "invalid_credentials": translate("Errors", "Wrong user name or password."),
        "token_expired": translate("Errors", "Your login has expired. Log in again."),
        "token_revoked": translate("Errors", "You have been logged out. Log in again."),
        "invalid_token": translate("Errors", "Your login is no longer valid. Log in again."),
        "account_inactive": translate("Errors", "Your account has been deactivated."),
        "no_profile": translate("Errors", "Vejviser is not set up yet. Log in first."),
        "not_logged_in": translate("Errors", "You are not logged in. Log in and try again."),
        "server_missing": translate("Errors", "Enter the server address."),
        "municipality_invalid": translate(
            "Errors", "The municipality code must be three or four digits, e.g. 101 or 751."
        ),
        "username_invalid": translate("Errors", "Enter your user name."),
        "password_invalid": translate("Errors", "Enter your password."),
        "empty": translate("Errors", "Write your feedback before you send it."),
        # The contract's own refusals; the Danish translation is the contract's wording.
        "cpr_number": translate(
            "Errors",
            "The text seems to contain a CPR number. Personal ID numbers must not be stored; "
            "remove the number and try again.",
        ),
        "contact_details": translate(
            "Errors",
            "The note seems to contain a phone number or an e-mail address. Write it without, "
            "so the citizen cannot be recognised in the registration.",
        ),
        "invalid_character": translate("Errors", "The text contains an invalid character."),
        "not_json": translate(
            "Errors", "The server answered with something that is not JSON. Is the address right?"
        ),
    }
    return texts.get(code)


def describe(exc: BaseException) -> str:
    """The sentence to show for ``exc``."""
    if isinstance(exc, VejviserError):
        return _known(exc.code) or exc.message
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. The details are in the log file; please try again.",
    )
