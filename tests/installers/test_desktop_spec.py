"""The desktop installer (installers/vejviser.spec) ships no development tools: the spec's
module list leaves ``desktop.devtools`` out and its analysis excludes it (so an import of it,
e.g. the ``tour`` command's, is not followed either). Read from the spec itself; PyInstaller
is installed by installers/build.sh only."""

from __future__ import annotations

import ast
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import desktop

SPEC = Path(__file__).resolve().parents[2] / "installers" / "vejviser.spec"


def _analysis(tree: ast.Module) -> ast.Call:
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Analysis"
    ]
    assert len(calls) == 1
    return calls[0]


def _all_desktop_modules() -> list[str]:
    return ["desktop"] + [
        info.name for info in pkgutil.walk_packages(desktop.__path__, prefix="desktop.")
    ]


def _spec_namespace() -> dict[str, Any]:
    """The spec run up to its Analysis with collect_submodules over the real package tree
    (honouring its ``filter``, as PyInstaller's does)."""

    def collect_submodules(
        package: str, filter: Callable[[str], bool] = lambda _n: True
    ) -> list[str]:
        if package != "desktop":
            return []
        return [name for name in _all_desktop_modules() if filter(name)]

    source = SPEC.read_text(encoding="utf-8")
    head = source[: source.index("a = Analysis(")]
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent)}
    head = head.replace(
        "from PyInstaller.utils.hooks import collect_data_files, collect_submodules\n", ""
    )
    namespace["collect_data_files"] = lambda _package, **_options: []
    namespace["collect_submodules"] = collect_submodules
    exec(compile(head, str(SPEC), "exec"), namespace)
    return namespace


def _spec_hiddenimports() -> list[str]:
    return list(_spec_namespace()["desktop_modules"])


def spec_excludes() -> list[str]:
    call = _analysis(ast.parse(SPEC.read_text(encoding="utf-8")))
    keywords = {k.arg: k.value for k in call.keywords}
    return list(eval(ast.unparse(keywords["excludes"]), _spec_namespace()))


def test_the_spec_excludes_the_development_tools() -> None:
    excludes = spec_excludes()
    assert "desktop.devtools" in excludes
    assert {"pytest", "hypothesis", "mypy", "setuptools"} <= set(excludes)


def test_the_bundled_modules_are_the_product_without_the_tools() -> None:
    modules = _spec_hiddenimports()
    assert "desktop.ui.shell.main" in modules and "desktop.cli" in modules
    assert [m for m in modules if m.startswith("desktop.devtools")] == []
    everything = _all_desktop_modules()
    assert {"desktop.devtools.tour", "desktop.devtools.demo"} <= set(everything)
    assert sorted(set(everything) - set(modules)) == sorted(
        m for m in everything if m.startswith("desktop.devtools")
    )
