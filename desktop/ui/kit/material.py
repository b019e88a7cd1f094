"""The qt-material part of the light and dark themes, compiled once instead of at every start.

qt-material renders its stylesheet from a Jinja template and writes its coloured SVG icons
into the user's home folder each time a theme is applied (about 0.15 s of every start), and
importing it loads QtUiTools and with it QtOpenGL (about 10 MB in the installer).
``python -m desktop.devtools.theme_build`` (run by ``make`` and the installer build) renders
the stylesheet once per theme and text size into ``resources/styles/material/`` with the icons
and fonts it refers to; the app then reads a file. Without the compiled files (a development
tree before ``make``), or when they were built from other sources, :func:`load` answers None
and the theme is built with qt-material at run time as before.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import platform
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette

from desktop.core.paths import resources_dir

#: qt-material's density: +2 makes buttons, inputs and checkboxes 44 px high.
DENSITY = 2
THEMES = ("light", "dark")
MANIFEST = "manifest.json"
FONT_FAMILY = "Roboto"
#: The Roboto styles our widgets use (qt-material registers all 18; Qt would synthesise these).
FONT_STYLES = ("Regular", "Italic", "Medium", "Bold", "BoldItalic")
_ICON_REF = re.compile(r"icon:/(\w+)/([\w.-]+\.svg)")
_fonts_added: set[str] = set()


def compiled_dir() -> Path:
    return resources_dir() / "styles" / "material"


def theme_xml(name: str) -> Path:
    return resources_dir() / "styles" / f"vejviser_{name}.xml"


def _qt_material_template() -> Path | None:
    spec = importlib.util.find_spec("qt_material")  # found, not imported
    if spec is None or spec.origin is None:  # an installed app ships the compiled files only
        return None
    return Path(spec.origin).parent / "material.qss.template"


def sources_digest() -> str:
    """Digest of what the compiled files are made from: our theme colour files and
    qt-material's template (when qt-material is installed)."""
    digest = hashlib.sha256()
    for name in THEMES:
        digest.update(theme_xml(name).read_bytes())
    template = _qt_material_template()
    if template is not None and template.is_file():
        digest.update(template.read_bytes())
    return digest.hexdigest()


def extra(base_px: int) -> dict[str, str]:
    """qt-material's template values beside the theme colours."""
    return {
        "density_scale": str(DENSITY),
        # qt-material adds the density to the font size: undo that.
        "font_size": str(base_px - DENSITY),
        "font_family": FONT_FAMILY,
    }


def render(name: str, base_px: int, icons: str = "theme", export: bool = False) -> str:
    """qt-material's stylesheet of theme ``name`` (light: secondary colours inverted), its
    icons written to ``icons`` (a folder; qt-material's default under the home folder)."""
    from qt_material import build_stylesheet

    sheet = build_stylesheet(
        str(theme_xml(name)),
        invert_secondary=name == "light",
        extra=extra(base_px),
        parent=icons,
        export=export,
    )
    return sheet or ""


_SVG = "http://www.w3.org/2000/svg"
_EDITOR_NAMESPACES = (
    "{http://www.inkscape.org/namespaces/inkscape}",
    "{http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd}",
    "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}",
    "{http://creativecommons.org/ns#}",
    "{http://purl.org/dc/elements/1.1/}",
)


def _strip_editor_data(path: Path) -> None:
    """Drop what the drawing program (Inkscape) keeps in qt-material's icons: its view
    settings and metadata (two thirds of each file; nothing that is drawn)."""
    from xml.etree import ElementTree

    ElementTree.register_namespace("", _SVG)
    ElementTree.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    tree = ElementTree.parse(path)
    for parent in tree.iter():
        for child in list(parent):
            if child.tag.startswith(_EDITOR_NAMESPACES) or child.tag == f"{{{_SVG}}}metadata":
                parent.remove(child)
        for attribute in [a for a in parent.attrib if a.startswith(_EDITOR_NAMESPACES)]:
            del parent.attrib[attribute]
    tree.write(path, encoding="unicode")


@dataclass(frozen=True)
class Compiled:
    sheet: str
    icons: Path
    fonts: Path
    primary: str  # qt-material tints the palette's Text with it


def _sheet_name(name: str, base_px: int) -> str:
    return f"{name}-{base_px}.qss"


def compile_all(out: Path, sizes: list[int]) -> list[Path]:
    """Render every theme at every base font size into ``out`` (with icons and fonts).
    Needs qt-material and a QGuiApplication. Returns the files written."""
    import qt_material

    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    written: list[Path] = []
    themes: dict[str, dict[str, str]] = {}
    for name in THEMES:
        icons = out / "icons" / name
        colours = qt_material.get_theme(str(theme_xml(name)), name == "light") or {}
        themes[name] = {"primary": str(colours.get("primaryColor", ""))}
        for base in sizes:
            path = out / _sheet_name(name, base)
            path.write_text(render(name, base, str(icons.resolve()), True), encoding="utf-8")
            written.append(path)
    used = {match.groups() for path in written for match in _ICON_REF.finditer(path.read_text())}
    for name in THEMES:  # only the icons the stylesheets name, without the editor's notes
        for icon in (out / "icons" / name).glob("*/*.svg"):
            if (icon.parent.name, icon.name) not in used:
                icon.unlink()
            else:
                _strip_editor_data(icon)
    fonts = Path(qt_material.__file__).parent / "fonts" / "roboto"
    (out / "fonts").mkdir()
    for style in FONT_STYLES:
        font = fonts / f"{FONT_FAMILY}-{style}.ttf"
        written.append(Path(shutil.copy2(font, out / "fonts" / font.name)))
    manifest = {
        "sources": sources_digest(),
        "platform": platform.system(),
        "sizes": sizes,
        "themes": themes,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    written.append(out / MANIFEST)
    return written


def load(name: str, base_px: int, folder: Path | None = None) -> Compiled | None:
    """The compiled theme, or None when there is none that fits (then build it at run time)."""
    folder = folder or compiled_dir()
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        sheet = (folder / _sheet_name(name, base_px)).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    if manifest.get("platform") != platform.system():
        return None
    # A development tree: were these built from the sources here? (An installed app ships
    # the compiled files only.)
    if not getattr(sys, "frozen", False) and manifest.get("sources") != sources_digest():
        return None
    primary = manifest.get("themes", {}).get(name, {}).get("primary", "")
    return Compiled(sheet, folder / "icons" / name, folder / "fonts", primary)


def install(compiled: Compiled) -> str:
    """What qt-material does beside the stylesheet: the Roboto fonts, the ``icon:`` search
    path of its icons, the palette's Text tinted with the primary colour. Returns the sheet."""
    for font in sorted(compiled.fonts.glob("*.ttf")):
        if str(font) not in _fonts_added:
            QFontDatabase.addApplicationFont(str(font))
            _fonts_added.add(str(font))
    QDir.setSearchPaths("icon", [str(compiled.icons)])
    if compiled.primary:
        palette = QGuiApplication.palette()
        colour = QColor(compiled.primary)
        colour.setAlpha(92)
        palette.setColor(QPalette.ColorRole.Text, colour)
        QGuiApplication.setPalette(palette)
    return compiled.sheet
