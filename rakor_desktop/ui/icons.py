"""Icons from ``resources/icons`` (SVG line icons drawn for this app).

The SVGs use ``currentColor``; :func:`icon` substitutes a colour and renders crisp
pixmaps for the screen's pixel ratio, so one file serves the dark sidebar, the
light content area and the selected state.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from rakor_desktop.config import resources_dir

DEFAULT_COLOR = "#475569"


def icons_dir() -> Path:
    return resources_dir() / "icons"


@cache
def _svg(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def pixmap(name: str, size: int = 20, color: str = DEFAULT_COLOR) -> QPixmap:
    """The icon ``name`` tinted ``color``, ``size`` logical pixels square."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0  # type: ignore[union-attr]
    ratio = max(ratio, 1.0)
    pm = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pm.fill(Qt.GlobalColor.transparent)
    svg = _svg(name).replace("currentColor", color)
    if svg:
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pm.width(), pm.height()))
        painter.end()
    pm.setDevicePixelRatio(ratio)
    return pm


def icon(name: str, color: str = DEFAULT_COLOR, *, selected: str | None = None, size: int = 20) -> QIcon:
    """A QIcon with an optional different colour when selected/checked."""
    result = QIcon()
    result.addPixmap(pixmap(name, size, color), QIcon.Mode.Normal, QIcon.State.Off)
    if selected:
        sel = pixmap(name, size, selected)
        result.addPixmap(sel, QIcon.Mode.Selected, QIcon.State.Off)
        result.addPixmap(sel, QIcon.Mode.Normal, QIcon.State.On)
        result.addPixmap(sel, QIcon.Mode.Active, QIcon.State.Off)
    return result


def app_icon() -> QIcon:
    """The window icon (multi-size, from the same SVG)."""
    path = icons_dir() / "app.svg"
    result = QIcon()
    if path.exists():
        renderer = QSvgRenderer(str(path))
        for size in (16, 24, 32, 48, 64, 128, 256):
            pm = QPixmap(size, size)
            pm.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pm)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pm)
    return result
