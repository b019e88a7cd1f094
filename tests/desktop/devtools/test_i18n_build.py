"""The translation catalogue and its build: complete in Danish and English, every UI string in
it (found by a walk of its own over all subpackages), nothing vanished unnoticed, and the
build (``python -m desktop.devtools.i18n_build``) scanning every translatable module."""

from __future__ import annotations

import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desktop.ui
from desktop.devtools import i18n_build
from desktop.ui.kit import i18n


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
        "`python -m desktop.devtools.i18n_build --drop-vanished`"
    )


def test_the_build_scans_every_ui_module() -> None:
    scanned = set(i18n_build.sources())
    translatable = [
        path
        for path in _ui_modules()
        if re.search(r"\b(tr|translate)\(", path.read_text(encoding="utf-8"))
    ]
    assert len(translatable) > 20
    assert [p for p in translatable if p not in scanned] == []
