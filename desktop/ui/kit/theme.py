"""Themes: qt-material light and dark, a high-contrast theme, and the text-size setting.

Every theme ends with ``resources/styles/vejviser.qss`` (touch-size minimums, visible focus,
the roles used by our widgets). Widgets that paint themselves read :func:`current`.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from string import Template
from types import MethodType

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.paths import resources_dir

from . import material

log = logging.getLogger("vejviser.ui")

#: Base font size in pixels per text-size setting.
TEXT_PX = {"normal": 15, "large": 18, "larger": 21}
DENSITY = material.DENSITY
MIN_TARGET = 44


@dataclass(frozen=True)
class Palette:
    name: str
    window: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    border: str
    focus: str
    focus_on_primary: str
    hover: str
    selection: str
    on_selection: str
    danger: str
    success: str
    warning: str
    badge_bg: str
    badge_fg: str
    info_bg: str
    info_border: str
    error_bg: str


PALETTES = {
    "light": Palette(
        name="light",
        window="#f4f6f8",
        surface="#ffffff",
        text="#111418",
        muted="#4a5058",
        primary="#0b5cad",
        on_primary="#ffffff",
        border="#c9d1da",
        focus="#e07b00",
        focus_on_primary="#ffbf47",
        hover="#e3ecf7",
        selection="#cfe0f5",
        on_selection="#111418",
        danger="#b3261e",
        success="#1e7b34",
        warning="#a15c00",
        badge_bg="#6a3d9a",
        badge_fg="#ffffff",
        info_bg="#e8f1fb",
        info_border="#9cbde3",
        error_bg="#fbeaea",
    ),
    "dark": Palette(
        name="dark",
        window="#1c1f23",
        surface="#262a2f",
        text="#f1f3f4",
        muted="#b8bec6",
        primary="#8ab4f8",
        on_primary="#0b1f3a",
        border="#464d55",
        focus="#ffb74d",
        focus_on_primary="#ffb74d",
        hover="#33393f",
        selection="#3b5a85",
        on_selection="#ffffff",
        danger="#f28b82",
        success="#81c995",
        warning="#fdd663",
        badge_bg="#c58af9",
        badge_fg="#1c1f23",
        info_bg="#24364f",
        info_border="#3b5a85",
        error_bg="#4a2323",
    ),
    "contrast": Palette(
        name="contrast",
        window="#000000",
        surface="#000000",
        text="#ffffff",
        muted="#ffffff",
        primary="#ffff00",
        on_primary="#000000",
        border="#ffffff",
        focus="#00ffff",
        focus_on_primary="#00ffff",
        hover="#1a1a1a",
        selection="#ffff00",
        on_selection="#000000",
        danger="#ff8080",
        success="#7cfc00",
        warning="#ffff00",
        badge_bg="#00ffff",
        badge_fg="#000000",
        info_bg="#000000",
        info_border="#ffffff",
        error_bg="#000000",
    ),
}

_current = PALETTES["light"]
_current_size = "normal"
Listener = Callable[[Palette], object]
_listeners: list[Callable[[], Listener | None]] = []  # each gives its listener (None: gone)


def current() -> Palette:
    return _current


def current_sizes() -> dict[str, int]:
    """Font sizes (px) of the text-size setting in use."""
    return sizes(_current_size)


def on_change(callback: Listener) -> None:
    """Call ``callback(palette)`` after every theme change (e.g. to recolour icons).
    Bound methods are held weakly: a deleted widget simply stops listening."""
    if isinstance(callback, MethodType):
        _listeners.append(weakref.WeakMethod(callback))
    else:
        _listeners.append(lambda: callback)


def _styles(name: str) -> str:
    return (resources_dir() / "styles" / name).read_text(encoding="utf-8")


def sizes(text_size: str) -> dict[str, int]:
    base = TEXT_PX.get(text_size, TEXT_PX["normal"])
    return {
        "base": base,
        "small": max(12, base - 2),
        "heading": round(base * 1.2),
        "title": round(base * 1.5),
    }


def _extra_qss(palette: Palette, text_size: str) -> str:
    values = {**palette.__dict__, **sizes(text_size)}
    return Template(_styles("vejviser.qss")).substitute(values)


def _qt_palette(palette: Palette) -> QPalette:
    qp = QPalette()
    role = QPalette.ColorRole
    qp.setColor(role.Window, QColor(palette.window))
    qp.setColor(role.WindowText, QColor(palette.text))
    qp.setColor(role.Base, QColor(palette.surface))
    qp.setColor(role.AlternateBase, QColor(palette.window))
    qp.setColor(role.Text, QColor(palette.text))
    qp.setColor(role.Button, QColor(palette.surface))
    qp.setColor(role.ButtonText, QColor(palette.text))
    qp.setColor(role.Highlight, QColor(palette.selection))
    qp.setColor(role.HighlightedText, QColor(palette.on_selection))
    qp.setColor(role.ToolTipBase, QColor(palette.surface))
    qp.setColor(role.ToolTipText, QColor(palette.text))
    qp.setColor(role.PlaceholderText, QColor(palette.muted))
    qp.setColor(role.Link, QColor(palette.primary))
    return qp


def apply_theme(app: QApplication, theme: str = "light", text_size: str = "normal") -> Palette:
    """Style the whole application; returns the palette now in use."""
    global _current, _current_size
    palette = PALETTES.get(theme, PALETTES["light"])
    base = sizes(text_size)["base"]
    app.setStyle("Fusion")
    app.setPalette(_qt_palette(palette))
    sheet = ""
    if palette.name == "contrast":
        sheet = _styles("high_contrast.qss")
    else:
        compiled = material.load(palette.name, base)
        if compiled is not None:  # built once by desktop.devtools.theme_build
            sheet = material.install(compiled)
        else:
            try:
                sheet = material.render(palette.name, base)
            except Exception:  # qt-material missing or broken: our own rules still apply
                log.exception("qt-material stylesheet failed; using the plain style")
    app.setStyleSheet(sheet + "\n" + _extra_qss(palette, text_size))
    _current = palette
    _current_size = text_size if text_size in TEXT_PX else "normal"
    for ref in list(_listeners):
        callback = ref()
        if callback is None:
            _listeners.remove(ref)
            continue
        try:
            callback(palette)
        except RuntimeError:  # the widget behind it is gone
            _listeners.remove(ref)
    return palette
