"""Danish is the default UI language; a missing .qm starts in English; refusals speak the
user's language. (The catalogue itself: tests/desktop/devtools/test_i18n_build.py.)"""

from __future__ import annotations

import shutil

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from desktop.core.errors import VejviserError, refusal
from desktop.core.registration import RegistrationError
from desktop.ui.kit import i18n
from desktop.ui.kit.errors import describe
from desktop.ui.shell.prefs import PrefsStore
from sync_server.protocol import FeedbackIn
from sync_server.protocol.validation import CONTACT_MESSAGE, CPR_MESSAGE


def test_danish_is_loaded_by_default(qtbot, tmp_path, ui_qapp) -> None:  # type: ignore[no-untyped-def]
    assert PrefsStore(tmp_path).load().language == "da"
    assert i18n.install_translator(ui_qapp, PrefsStore(tmp_path).load().language)
    assert QCoreApplication.translate("SearchSection", "Search for a guide …") == (
        "Søg efter en vejledning …"
    )
    assert QCoreApplication.translate("StatusBand", "Offline – showing saved guides") == (
        "Offline – viser gemte vejledninger"
    )


def test_missing_qm_starts_in_english(qtbot, ui_qapp, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    resources = tmp_path / "resources"
    shutil.copytree(i18n.i18n_dir().parent / "styles", resources / "styles")
    shutil.copytree(i18n.i18n_dir().parent / "icons", resources / "icons")
    (resources / "i18n").mkdir()
    monkeypatch.setenv("VEJVISER_RESOURCES", str(resources))
    try:
        assert not i18n.install_translator(ui_qapp, "da")
        assert QCoreApplication.translate("SearchSection", "Search for a guide …") == (
            "Search for a guide …"
        )
    finally:
        monkeypatch.undo()
        i18n.install_translator(ui_qapp, "da")


def test_contract_refusals_speak_the_users_language(ui_qapp) -> None:  # type: ignore[no-untyped-def]
    """A CPR number or contact details refused by the contract: in Danish exactly the
    contract's wording, in English an English sentence."""
    cpr = refusal_of({"text": "Borgeren 010190-1234"})
    contact = RegistrationError(CONTACT_MESSAGE, code="contact_details")
    assert cpr.code == "cpr_number"
    try:
        assert i18n.install_translator(ui_qapp, "da")
        assert describe(cpr) == CPR_MESSAGE
        assert describe(contact) == CONTACT_MESSAGE
        assert i18n.install_translator(ui_qapp, "en")
        assert describe(cpr).startswith("The text seems to contain a CPR number")
        assert describe(contact).startswith("The note seems to contain a phone number")
    finally:
        i18n.install_translator(ui_qapp, "da")


def refusal_of(fields: dict[str, str]) -> VejviserError:
    """What the feedback service raises for a refused text (the real contract model)."""
    body = {
        "id": "0b6f5c1e-7d1a-4b61-8f0e-5d1d2f6a1c11",
        "guide_id": "g",
        "kind": "error",
        "created_at": "2026-01-01T00:00:00+00:00",
    }
    try:
        FeedbackIn.model_validate(body | fields)
    except ValidationError as exc:
        return refusal(exc, VejviserError)
    raise AssertionError("not refused")
