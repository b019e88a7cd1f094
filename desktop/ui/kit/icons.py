"""Theme-coloured icons from ``resources/icons`` (SVG with ``currentColor``).

``bind(widget, name)`` sets an icon and re-colours it whenever the theme changes; with
``checked=ROLE`` a checkable button's icon takes that colour while it is checked (e.g. white on
the filled segment).
"""

from __future__ import annotations

import weakref
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QLabel

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


@lru_cache(maxsize=256)
def _render_toggle(name: str, color: str, checked_color: str) -> QIcon:
    """``name`` in ``color``, and in ``checked_color`` for the checked (On) state."""
    result = QIcon()
    for state, shade in ((QIcon.State.Off, color), (QIcon.State.On, checked_color)):
        base = _render(name, shade)
        for size in _SIZES:
            pixmap = base.pixmap(size, size)
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
                result.addPixmap(pixmap, mode, state)
    return result


def app_icon() -> QIcon:
    return icon("vejviser")


def bind(
    widget: QAbstractButton | QLabel,
    name: str,
    role: str = "text",
    size: int = 24,
    checked: str | None = None,
) -> None:
    """Give ``widget`` the icon ``name`` and keep its colour in step with the theme.
    Buttons get it with ``setIcon``, labels as a pixmap. ``role`` (and ``checked``, the colour
    while a checkable button is checked) is a :class:`theme.Palette` colour name."""
    _bound[widget] = (name, role, size, checked)
    if isinstance(widget, QAbstractButton):
        widget.setIconSize(QSize(size, size))
    _apply(widget, name, theme.current(), role, size, checked)


def _apply(
    widget: QAbstractButton | QLabel,
    name: str,
    palette: theme.Palette,
    role: str,
    size: int,
    checked: str | None,
) -> None:
    color = getattr(palette, role)
    shown = _render_toggle(name, color, getattr(palette, checked)) if checked else icon(name, color)
    if isinstance(widget, QAbstractButton):
        widget.setIcon(shown)
    else:
        widget.setPixmap(shown.pixmap(size, size))


def _recolour(palette: theme.Palette) -> None:
    for widget, (name, role, size, checked) in list(_bound.items()):
        try:
            _apply(widget, name, palette, role, size, checked)
        except RuntimeError:  # the C++ object is gone
            _bound.pop(widget, None)


theme.on_change(_recolour)
