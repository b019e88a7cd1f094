"""The Danish translation is complete and the default; a missing .qm starts in English."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui import i18n, i18n_build
from desktop.ui.prefs import PrefsStore


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


def test_ts_sources_match_the_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every string wrapped in the UI code is in the .ts (run `make translations` if not)."""
    before = {m.findtext("source") for m in _messages("da")}
    copy = tmp_path / "vejviser_da.ts"
    shutil.copy(i18n.i18n_dir() / "vejviser_da.ts", copy)
    import subprocess

    sources = sorted(str(p) for p in i18n_build.UI_DIR.glob("*.py"))
    subprocess.run(
        [i18n_build._tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    after = {m.findtext("source") for m in ET.parse(copy).getroot().iter("message")}
    assert after == before


def test_danish_is_loaded_by_default(qtbot, tmp_path, ui_qapp) -> None:  # type: ignore[no-untyped-def]
    assert PrefsStore(tmp_path).load().language == "da"
    assert i18n.install_translator(ui_qapp, PrefsStore(tmp_path).load().language)
    assert QCoreApplication.translate("SearchView", "Search for a guide …") == (
        "Søg efter en vejledning …"
    )
    assert QCoreApplication.translate("StatusPanel", "Offline – showing saved guides") == (
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
        assert QCoreApplication.translate("SearchView", "Search for a guide …") == (
            "Search for a guide …"
        )
    finally:
        monkeypatch.undo()
        i18n.install_translator(ui_qapp, "da")
