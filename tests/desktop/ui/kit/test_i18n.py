"""The Danish translation is complete and the default; a missing .qm starts in English."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

import desktop.ui
from desktop.core.errors import VejviserError, refusal
from desktop.core.registration import RegistrationError
from desktop.ui import i18n_build
from desktop.ui.kit import i18n
from desktop.ui.kit.errors import describe
from desktop.ui.shell.prefs import PrefsStore
from sync_server.protocol import FeedbackIn
from sync_server.protocol.validation import CONTACT_MESSAGE, CPR_MESSAGE


def _messages(lang: str) -> list[ET.Element]:
    tree = ET.parse(i18n.i18n_dir() / f"vejviser_{lang}.ts")
    return list(tree.getroot().iter("message"))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_translation_is_complete(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 150
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((translation.get("type"), source))
            continue
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            if not forms or not all(forms):
                problems.append(("numerus", source))
        elif not (translation.text or "").strip():
            problems.append(("empty", source))
    assert problems == []


def test_danish_keeps_the_placeholders() -> None:
    for message in _messages("da"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text]
        for marker in ("%1", "%2", "%3", "%4", "%n"):
            if marker in source:
                assert all(marker in t for t in texts), source


UI_DIR = Path(desktop.ui.__file__).resolve().parent


def _catalogue(path: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(context, source) of the live messages and of the vanished ones."""
    live, vanished = set(), set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            pair = (name, message.findtext("source") or "")
            (vanished if kind in ("vanished", "obsolete") else live).add(pair)
    return live, vanished


def _ui_modules() -> list[Path]:
    """Every module under desktop/ui, found here on its own (not through the build's list)."""
    return sorted(
        Path(root) / name
        for root, _dirs, files in os.walk(UI_DIR)
        for name in files
        if name.endswith(".py")
    )


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_ui_string_is_in_the_catalogue(tmp_path: Path, lang: str) -> None:
    """lupdate over every UI module (all subpackages) finds exactly the catalogue's messages,
    context by context (run `make translations` and translate the new ones if not)."""
    fresh = tmp_path / f"fresh_{lang}.ts"
    subprocess.run(
        [i18n_build._tool("pyside6-lupdate"), *map(str, _ui_modules()), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code, _ = _catalogue(fresh)
    in_catalogue, _ = _catalogue(i18n.i18n_dir() / f"vejviser_{lang}.ts")
    assert sorted(in_code - in_catalogue) == [], "strings in the code, not in the catalogue"
    assert sorted(in_catalogue - in_code) == [], "messages in the catalogue, not in the code"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_catalogue_does_not_shrink_unnoticed(lang: str) -> None:
    """The build keeps a message whose string left the code, marked vanished (e.g. a module
    moved where the build does not look). Removed on purpose: `--drop-vanished`."""
    _, vanished = _catalogue(i18n.i18n_dir() / f"vejviser_{lang}.ts")
    assert sorted(vanished) == [], (
        "messages vanished from the code; if that was on purpose run "
        "`python -m desktop.ui.i18n_build --drop-vanished`"
    )


def test_the_build_scans_every_ui_module() -> None:
    scanned = set(i18n_build.sources())
    translatable = [
        path
        for path in _ui_modules()
        if re.search(r"\b(tr|translate)\(", path.read_text(encoding="utf-8"))
        and path.name != "i18n_build.py"
    ]
    assert len(translatable) > 20
    assert [p for p in translatable if p not in scanned] == []


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
