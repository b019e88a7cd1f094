"""The compiled qt-material theme (desktop.devtools.theme_build → resources/styles/material/)
looks exactly like the theme qt-material renders at run time, and is not used when it was
built from other sources."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kit import material, theme

SIZES = [15, 18]


@pytest.fixture
def compiled(tmp_path: Path, danish: QApplication) -> Iterator[Path]:
    out = tmp_path / "material"
    material.compile_all(out, SIZES)
    yield out
    theme.apply_theme(danish, "light", "normal")


def _resources(tmp_path: Path) -> Path:
    """A resources folder with the style sources only (not the live tree, which a build may
    be rewriting)."""
    styles = tmp_path / "resources" / "styles"
    styles.mkdir(parents=True)
    for source in material.theme_xml("light").parent.glob("*.*"):
        shutil.copy2(source, styles / source.name)
    return styles.parent


def _sample(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    layout = QVBoxLayout(widget)
    box = QCheckBox("Husk mig")
    box.setChecked(True)
    layout.addWidget(box)
    layout.addWidget(QRadioButton("Telefon"))
    layout.addWidget(QPushButton("Log ind"))
    edit = QLineEdit()
    edit.setPlaceholderText("Søg efter en vejledning …")
    layout.addWidget(edit)
    combo = QComboBox()
    combo.addItems(["Borgerservice", "Bibliotek"])
    layout.addWidget(combo)
    widget.resize(320, 300)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _grab(app: QApplication, sheet: str, qtbot) -> tuple[QImage, str]:  # type: ignore[no-untyped-def]
    app.setStyleSheet(sheet)
    widget = _sample(qtbot)
    image = widget.grab().toImage()
    text = (
        QGuiApplication.palette()
        .color(QPalette.ColorRole.Text)
        .name(QGuiApplication.palette().color(QPalette.ColorRole.Text).NameFormat.HexArgb)
    )
    widget.close()
    return image, text


@pytest.mark.parametrize("name", material.THEMES)
def test_the_compiled_theme_is_the_one_qt_material_renders(
    compiled: Path,
    danish: QApplication,
    qtbot,
    name: str,  # type: ignore[no-untyped-def]
) -> None:
    loaded = material.load(name, 18, compiled)
    assert loaded is not None
    danish.setPalette(QPalette())
    QDir.setSearchPaths("icon", [])  # qt-material adds its folder after those set before
    runtime_sheet = material.render(name, 18)  # qt-material itself, icons in its own folder
    assert loaded.sheet == runtime_sheet
    runtime_image, runtime_text = _grab(danish, runtime_sheet, qtbot)

    danish.setPalette(QPalette())
    sheet = material.install(loaded)  # fonts, our icon folder, the tinted palette
    image, text = _grab(danish, sheet, qtbot)
    assert text == runtime_text
    assert image == runtime_image  # same pixels: same icons, fonts, colours


def test_only_what_the_stylesheets_name_is_kept(compiled: Path) -> None:
    manifest = json.loads((compiled / material.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["sizes"] == SIZES and set(manifest["themes"]) == set(material.THEMES)
    sheet = (compiled / "light-15.qss").read_text(encoding="utf-8")
    assert "icon:/primary/checkbox_checked.svg" in sheet
    assert (compiled / "icons" / "light" / "primary" / "checkbox_checked.svg").is_file()
    assert not (compiled / "icons" / "light" / "primary" / "base.svg").exists()
    assert sorted(p.name for p in (compiled / "fonts").iterdir()) == sorted(
        f"Roboto-{style}.ttf" for style in material.FONT_STYLES
    )


def test_a_compiled_theme_of_other_sources_or_another_platform_is_not_used(
    compiled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert material.load("light", 15, compiled) is not None
    assert material.load("light", 99, compiled) is None  # a size it was not built for
    assert material.load("light", 15, tmp_path / "nothing") is None

    manifest_path = compiled / material.MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    other = dict(manifest, platform="Plan9")
    manifest_path.write_text(json.dumps(other), encoding="utf-8")
    assert material.load("light", 15, compiled) is None

    # The colour file edited after the build: the compiled files are stale.
    monkeypatch.setenv("VEJVISER_RESOURCES", str(_resources(tmp_path)))
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert material.load("light", 15, compiled) is not None
    xml = material.theme_xml("light")
    xml.write_text(xml.read_text(encoding="utf-8").replace("#", "#0", 1), encoding="utf-8")
    assert material.load("light", 15, compiled) is None


def test_apply_theme_uses_the_compiled_files_when_they_fit(
    compiled: Path, tmp_path: Path, danish: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = _resources(tmp_path)
    shutil.copytree(compiled, resources / "styles" / "material")
    monkeypatch.setenv("VEJVISER_RESOURCES", str(resources))
    theme.apply_theme(danish, "dark", "large")
    assert QDir.searchPaths("icon") == [str(resources / "styles" / "material" / "icons" / "dark")]
    assert danish.styleSheet().startswith((compiled / "dark-18.qss").read_text(encoding="utf-8"))
