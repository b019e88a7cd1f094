"""The desktop's import rules, checked on the source (AST), not by importing it.

Layers, top to bottom: ui → services → sync → search → store → core → protocol. A layer
imports only the layers below it (and itself). Only ``desktop.ui`` imports Qt (and the
development tools, which drive it). From the server the desktop imports only
``sync_server.protocol``. ``desktop/app.py`` and ``cli.py`` (with ``launch.py``) are the
composition root and the entry point: they may import every layer, and ``desktop.ui`` may
import the composition root (``run_gui`` builds the ``AppContext``).

Inside ``desktop.ui`` (see DESIGN.md, "The desktop UI by feature"):

- ``kit`` (feature-neutral widgets and helpers) imports no service, no shell and no feature;
- a feature (``lookup``, ``contact``, ``messaging``, ``admin``, ``reports`` …: every other
  subpackage) imports no other feature, and of the shell only ``shell.host`` (the seam);
- only the shell's feature table (``shell.features``) imports features;

and nothing imports the development tools (``desktop.devtools``: tour, demo, translation
build) but the command line's ``tour`` command, which says so when they are not installed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
LAYERS = ["core", "store", "search", "sync", "services", "ui"]  # bottom to top
ROOT_MODULES = {"app", "cli", "launch", "__init__"}
QT = ("PySide6", "shiboken6", "qt_material", "PyQt5", "PyQt6")


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(DESKTOP.rglob("*.py")):
        parts = path.relative_to(DESKTOP.parent).with_suffix("").parts
        found.append((".".join(parts), path))
    return found


def _imports(module: str, path: Path) -> list[str]:
    """Absolute names of everything ``module`` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            if target in ("desktop", "sync_server"):  # ``from desktop import ui`` is desktop.ui
                names.extend(f"{target}.{alias.name}" for alias in node.names)
            else:
                names.append(target)
    return names


UI_BASE = {"kit", "shell"}
HOST = "desktop.ui.shell.host"
FEATURE_TABLE = "desktop.ui.shell.features"
#: The one allowed import of the development tools, with the reason.
DEVTOOLS_IMPORTERS = {"desktop.cli": "the `vejviser tour` command (absent from the installer)"}


def _ui_part(module: str) -> str | None:
    """``kit``, ``shell`` or the feature a ``desktop.ui`` module (or name) belongs to."""
    parts = module.split(".")
    if parts[:2] != ["desktop", "ui"] or len(parts) < 3:
        return None
    if len(parts) == 3 and not (DESKTOP / "ui" / parts[2]).is_dir():
        return None  # a module of desktop.ui itself, not of a subpackage
    return parts[2]


def ui_violations(module: str, names: list[str]) -> list[str]:
    """The UI's own rules (kit, shell, features) and the development tools' isolation."""
    part = _ui_part(module)
    problems = []
    for name in names:
        if (name == "desktop.devtools" or name.startswith("desktop.devtools.")) and not (
            module in DEVTOOLS_IMPORTERS or module.startswith("desktop.devtools")
        ):
            problems.append(f"{name}: nothing imports the development tools")
        target = _ui_part(name)
        if part == "kit":
            if target is not None and target != "kit":
                problems.append(f"{name}: the kit imports no shell and no feature")
            if name == "desktop.services" or name.startswith("desktop.services."):
                problems.append(f"{name}: the kit imports no service")
        elif part is not None and part not in UI_BASE:  # a feature
            if target is not None and target not in ("kit", part):
                if target == "shell":
                    if not (name == HOST or name.startswith(HOST + ".")):
                        problems.append(f"{name}: a feature uses the shell only through host")
                else:
                    problems.append(f"{name}: features do not import each other")
        elif (
            target is not None
            and target not in UI_BASE
            and module != FEATURE_TABLE
            and not module.startswith("desktop.devtools")  # the tour drives the features
        ):
            problems.append(f"{name}: only {FEATURE_TABLE} imports features")
    return problems


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in LAYERS:
        return parts[1]
    return None


MODULES = _modules()


def test_the_walk_sees_every_layer() -> None:
    layers = {_layer(m) for m, _ in MODULES}
    assert set(LAYERS) <= layers
    assert len(MODULES) > 30


def violations(module: str, path: Path) -> list[str]:
    layer = _layer(module)
    problems = []
    for name in _imports(module, path):
        top = name.split(".")[0]
        if top in QT and layer != "ui" and not module.startswith("desktop.devtools"):
            problems.append(f"{name}: only desktop.ui may import Qt")
        if top == "sync_server" and not (
            name == "sync_server.protocol" or name.startswith("sync_server.protocol.")
        ):
            problems.append(f"{name}: the desktop may import only sync_server.protocol")
        if top != "desktop" or layer is None:
            continue
        parts = name.split(".")
        if len(parts) < 2 or parts[1] in ("__future__",):
            continue
        target = parts[1]
        if target in LAYERS:
            if LAYERS.index(target) > LAYERS.index(layer):
                problems.append(f"{name}: {layer} must not import the {target} layer above it")
        elif target in ("app", "cli") and layer != "ui":
            problems.append(f"{name}: {layer} must not import the composition root")
        elif target == "cli":
            problems.append(f"{name}: the UI must not import the command line")
    return problems


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_import_rules(module: str, path: Path) -> None:
    assert violations(module, path) == []
    assert ui_violations(module, _imports(module, path)) == []


def test_the_ui_rules_catch_violations() -> None:
    """The checker itself, on made-up imports."""
    assert ui_violations("desktop.ui.kit.widgets", ["desktop.ui.lookup.search_section"])
    assert ui_violations("desktop.ui.kit.widgets", ["desktop.ui.shell.host"])
    assert ui_violations("desktop.ui.kit.widgets", ["desktop.services.lookup"])
    assert ui_violations("desktop.ui.contact.feature", ["desktop.ui.lookup.guide_page"])
    assert ui_violations("desktop.ui.contact.feature", ["desktop.ui.shell.window"])
    assert ui_violations("desktop.ui.shell.window", ["desktop.ui.contact.feature"])
    assert ui_violations("desktop.ui.shell.main", ["desktop.devtools.tour"])
    assert ui_violations("desktop.app", ["desktop.devtools.demo"])
    allowed = [
        ("desktop.ui.contact.feature", "desktop.ui.shell.host"),
        ("desktop.ui.contact.feature", "desktop.ui.kit.widgets"),
        ("desktop.ui.contact.feature", "desktop.ui.contact.timer_band"),
        ("desktop.ui.contact.feature", "desktop.services.contact"),
        ("desktop.ui.shell.features", "desktop.ui.contact.feature"),
        ("desktop.ui.shell.window", "desktop.ui.kit.widgets"),
        ("desktop.cli", "desktop.devtools.tour"),
        ("desktop.devtools.tour", "desktop.ui.shell.main"),
    ]
    for module, name in allowed:
        assert ui_violations(module, [name]) == [], (module, name)


def test_the_rule_catches_violations(tmp_path: Path) -> None:
    """The checker itself: a store module importing Qt, services and the server is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PySide6.QtCore import QObject\n"
        "from ..services.lookup import LookupService\n"
        "from sync_server.db import models\n",
        encoding="utf-8",
    )
    problems = violations("desktop.store.bad", bad)
    assert len(problems) == 3
    assert "Qt" in problems[0]
    assert "sync_server.protocol" in problems[-1]
    assert any("services layer above it" in p for p in problems)
    assert violations("desktop.ui.bad", bad) == [problems[-1]]
