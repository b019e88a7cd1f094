"""Theme-coloured icons from ``resources/icons`` (SVG with ``currentColor``).

``bind(widget, name)`` sets an icon and re-colours it whenever the theme changes.
"""

from __future__ import annotations

import weakref
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.core.paths import resources_dir

from . import theme

_SIZES = (16, 24, 32, 48, 64)
_bound: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``name`` (file stem) in ``color`` (default: the theme's text colour)."""
    return _render(name, color or theme.current().text)


@lru_cache(maxsize=512)
def _render(name: str, color: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    svg = svg.replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result


def app_icon() -> QIcon:
    return icon("vejviser")


def bind(widget, name: str, role: str = "text", size: int = 24) -> None:  # type: ignore[no-untyped-def]
    """Give ``widget`` the icon ``name`` and keep its colour in step with the theme.
    Buttons get it with ``setIcon``, labels as a pixmap. ``role`` is a
    :class:`theme.Palette` colour name."""
    _bound[widget] = (name, role, size)
    if hasattr(widget, "setIconSize"):
        widget.setIconSize(QSize(size, size))
    _apply(widget, name, getattr(theme.current(), role), size)


def _apply(widget, name: str, color: str, size: int) -> None:  # type: ignore[no-untyped-def]
    if hasattr(widget, "setIcon"):
        widget.setIcon(icon(name, color))
    else:
        widget.setPixmap(icon(name, color).pixmap(size, size))


def _recolour(palette: theme.Palette) -> None:
    for widget, (name, role, size) in list(_bound.items()):
        try:
            _apply(widget, name, getattr(palette, role), size)
        except RuntimeError:  # the C++ object is gone
            _bound.pop(widget, None)


theme.on_change(_recolour)
