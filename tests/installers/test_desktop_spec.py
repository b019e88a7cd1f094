"""The desktop installer (installers/vejviser.spec) ships no development tools: the spec's
module list leaves ``desktop.devtools`` out and its analysis excludes it (so an import of it,
e.g. the ``tour`` command's, is not followed either). Read from the spec itself; PyInstaller
is installed by installers/build.sh only."""

from __future__ import annotations

import ast
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

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


def test_the_spec_leaves_out_the_server_and_the_qt_modules_not_used() -> None:
    excludes = set(spec_excludes())
    assert {"fastapi", "uvicorn", "uvloop", "psycopg", "sqlalchemy.orm", "alembic"} <= excludes
    assert {"sync_server.features", "sync_server.db", "qt_material", "jinja2"} <= excludes
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick"} <= excludes
    assert {"PySide6.QtQml", "PySide6.QtNetwork", "PySide6.QtOpenGL"} <= excludes
    # The management screens draw with QtCharts: it must stay possible.
    assert "PySide6.QtCharts" not in excludes
    assert not {"desktop", "sync_server.protocol", "PySide6.QtSvg"} & excludes


def test_the_qt_plugins_and_files_kept() -> None:
    kept = _spec_namespace()["kept"]
    plugins = "PySide6/Qt/plugins"
    for dest in (
        f"{plugins}/platforms/libqxcb.so",
        f"{plugins}/platforms/libqoffscreen.so",
        f"{plugins}/platforms/qwindows.dll",
        f"{plugins}/imageformats/libqsvg.so",
        f"{plugins}/imageformats/libqjpeg.so",
        f"{plugins}/imageformats/qwebp.dll",
        f"{plugins}/iconengines/libqsvgicon.so",
        f"{plugins}/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qtbase_da.qm",
        "PySide6/Qt/translations/qt_da.qm",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "rapidfuzz/distance/metrics_cpp.cpython-311-x86_64-linux-gnu.so",
        "libpython3.11.so.1.0",
    ):
        assert kept(dest), dest
    for dest in (
        f"{plugins}/platforms/libqeglfs.so",
        f"{plugins}/platforms/libqwayland.so",
        f"{plugins}/wayland-shell-integration/libxdg-shell.so",
        f"{plugins}/platforms/libqvnc.so",
        f"{plugins}/platforms/libqlinuxfb.so",
        f"{plugins}/platformthemes/libqgtk3.so",
        f"{plugins}/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
        f"{plugins}/generic/libqevdevtouchplugin.so",
        f"{plugins}/imageformats/libqtiff.so",
        f"{plugins}/tls/libqopensslbackend.so",
        f"{plugins}/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_da.qm",
        "rapidfuzz/distance/metrics_cpp_avx2.cpython-311-x86_64-linux-gnu.so",
        "python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so",
        "libstdc++.so.6",
    ):
        assert not kept(dest), dest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux only")
def test_libraries_only_dropped_plugins_needed_go(tmp_path: Path) -> None:
    """Real Qt files of this environment through the spec's dependency walk: what the Python
    modules and kept plugins link stays, what only dropped ones linked goes."""
    import PySide6

    qt = Path(PySide6.__file__).parent
    namespace = _spec_namespace()

    def entry(dest: str) -> tuple[str, str, str]:
        return (dest, str(qt / dest.removeprefix("PySide6/")), "BINARY")

    binaries = [
        entry("PySide6/QtWidgets.abi3.so"),
        entry("PySide6/Qt/plugins/platforms/libqxcb.so"),
        *(
            entry(f"PySide6/Qt/lib/{lib}")
            for lib in (
                "libQt6Core.so.6",
                "libQt6Gui.so.6",
                "libQt6Widgets.so.6",
                "libQt6XcbQpa.so.6",
                "libQt6DBus.so.6",
                "libQt6OpenGL.so.6",
                "libQt6Network.so.6",
                "libQt6EglFSDeviceIntegration.so.6",
            )
        ),
    ]
    kept = {Path(dest).name for dest, _src, _kind in namespace["needed_only"](binaries)}
    assert {"QtWidgets.abi3.so", "libqxcb.so", "libQt6Widgets.so.6", "libQt6Gui.so.6"} <= kept
    assert {"libQt6Core.so.6", "libQt6XcbQpa.so.6", "libQt6DBus.so.6"} <= kept
    assert not {"libQt6OpenGL.so.6", "libQt6Network.so.6"} & kept
    assert "libQt6EglFSDeviceIntegration.so.6" not in kept

    shipped = [("PySide6/Qt/lib/libQt6Core.so.6", "x", "BINARY")]
    links = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),
        ("resources/styles/vejviser.qss", "/src/vejviser.qss", "DATA"),
    ]
    assert namespace["no_dangling_links"](links, shipped) == [links[0], links[2]]
