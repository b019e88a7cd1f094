"""The login dialog against the real sync server: clear Danish messages, and the plain words
when there is no keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.keyring_backend import no_keyring
from support.live_server import DEFAULT_PASSWORD as AGENT_PASSWORD

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.shell.login import LoginDialog


def _fill(qtbot, dialog: LoginDialog, url: str, code: str, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    for field, value in (
        (dialog.server, url),
        (dialog.municipality, code),
        (dialog.username, user),
    ):
        field.clear()
        qtbot.keyClicks(field, value)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)


def _submit_and_wait(qtbot, dialog: LoginDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.ops.busy, timeout=15_000)


@pytest.fixture
def fresh_context(danish):  # type: ignore[no-untyped-def]
    ctx = AppContext(vault=TokenVault())
    yield ctx
    ctx.close()


def test_labels_are_danish(qtbot, fresh_context) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(fresh_context)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Log ind – Vejviser"
    assert dialog.remember.text() == "Husk mig på denne computer"
    assert dialog.login_button.text() == "Log ind"
    assert dialog.remember.isEnabled() and not dialog.keyring_note.isVisibleTo(dialog)


def test_the_code_field_takes_three_or_four_digits(qtbot, fresh_context) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(fresh_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.municipality, "99012")
    assert dialog.municipality.text() == "9901"  # a hotline's code; a fifth digit is refused
    dialog.municipality.clear()
    qtbot.keyClicks(dialog.municipality, "1a01")
    assert dialog.municipality.text() == "101"


@pytest.mark.live
def test_wrong_password(qtbot, ui_server, fresh_context) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(fresh_context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, ui_server.url, "101", "agent", "forkert-kode")
    _submit_and_wait(qtbot, dialog)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Forkert brugernavn eller adgangskode. Tjek dem, og prøv igen."
    assert dialog.isVisible() and fresh_context.workspace is None
    assert dialog.password.hasFocus()


@pytest.mark.live
def test_unknown_municipality(qtbot, ui_server, fresh_context) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(fresh_context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, ui_server.url, "998", "agent", AGENT_PASSWORD)
    _submit_and_wait(qtbot, dialog)
    assert dialog.error.text() == "Kommune 998 findes ikke på serveren. Tjek kommunekoden."
    assert dialog.municipality.hasFocus()


@pytest.mark.live
def test_invalid_municipality_code_is_explained(qtbot, ui_server, fresh_context) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(fresh_context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, ui_server.url, "12", "agent", AGENT_PASSWORD)
    _submit_and_wait(qtbot, dialog)
    assert dialog.error.text() == "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751."


@pytest.mark.live
def test_unreachable_server(qtbot, live_server, fresh_context) -> None:  # type: ignore[no-untyped-def]
    live_server.stop()
    dialog = LoginDialog(fresh_context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, live_server.url, "101", "agent", AGENT_PASSWORD)
    _submit_and_wait(qtbot, dialog)
    assert dialog.error.text() == (
        "Vejviser kan ikke få forbindelse til serveren. Tjek adressen og netværksforbindelsen."
    )
    assert dialog.server.hasFocus()


def test_expired_login_is_explained(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.errors import AuthenticationFailed

    ctx = AppContext(vault=TokenVault())
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    text = dialog.message_for(AuthenticationFailed("x", code="token_expired"))
    assert text == "Dit login er udløbet. Log ind igen."
    text = dialog.message_for(AuthenticationFailed("x", code="token_revoked"))
    assert text == "Dit login er udløbet. Log ind igen."
    ctx.close()


@pytest.mark.live
def test_success_opens_the_workspace(qtbot, ui_server, fresh_context) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(fresh_context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, ui_server.url, "101", "agent", AGENT_PASSWORD)
    with qtbot.waitSignal(dialog.logged_in, timeout=15_000):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert fresh_context.workspace is not None
    assert fresh_context.session.token() is not None
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.password.text() == ""


@pytest.mark.live
def test_without_keyring_the_dialog_says_so(qtbot, ui_server, danish) -> None:  # type: ignore[no-untyped-def]
    with no_keyring():
        ctx = AppContext(vault=TokenVault())
        dialog = LoginDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.keyring_note.isVisible()
        assert "kun i denne session" in dialog.keyring_note.text()
        assert "gemte vejledninger kan stadig bruges" in dialog.keyring_note.text()
        assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
        _fill(qtbot, dialog, ui_server.url, "101", "agent", AGENT_PASSWORD)
        with qtbot.waitSignal(dialog.logged_in, timeout=15_000) as signal:
            dialog.submit()
        assert signal.args[0].keyring_available is False
        assert ctx.session.token() is not None  # kept for this session
        ctx.close()


@pytest.mark.live
def test_a_rolled_out_desktop_has_the_server_and_municipality_filled_in(  # type: ignore[no-untyped-def]
    qtbot, ui_server, danish, monkeypatch
) -> None:
    """IT sets VEJVISER_SERVER_URL and VEJVISER_MUNICIPALITY machine-wide: a new user only
    types the user name and password."""
    monkeypatch.setenv("VEJVISER_SERVER_URL", ui_server.url)
    monkeypatch.setenv("VEJVISER_MUNICIPALITY", "101")
    ctx = AppContext(vault=TokenVault())
    try:
        dialog = LoginDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.server.text() == ui_server.url
        assert dialog.municipality.text() == "101"
        qtbot.waitUntil(dialog.username.hasFocus)
        qtbot.keyClicks(dialog.username, "agent")
        qtbot.keyClicks(dialog.password, AGENT_PASSWORD)
        _submit_and_wait(qtbot, dialog)
        assert ctx.workspace is not None
        assert ctx.session.profile.server_url == ui_server.url
    finally:
        ctx.close()
