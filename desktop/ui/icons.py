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


@lru_cache(maxsize=256)
def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``name`` (file stem) in ``color`` (default: the theme's text colour)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    svg = svg.replace("currentColor", color or theme.current().text)
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
    """Give ``widget`` (anything with ``setIcon``) the icon ``name`` and keep its colour in
    step with the theme. ``role`` is a :class:`theme.Palette` colour name."""
    _bound[widget] = (name, role)
    widget.setIconSize(QSize(size, size))
    widget.setIcon(icon(name, getattr(theme.current(), role)))


def _recolour(palette: theme.Palette) -> None:
    for widget, (name, role) in list(_bound.items()):
        try:
            widget.setIcon(icon(name, getattr(palette, role)))
        except RuntimeError:  # the C++ object is gone
            _bound.pop(widget, None)


theme.on_change(_recolour)
