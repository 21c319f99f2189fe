"""Icons from ``resources/icons`` (SVG line icons drawn for this app).

The SVGs use ``currentColor``; :func:`icon` substitutes a colour and renders crisp
pixmaps for the screen's pixel ratio, so one file serves the dark sidebar, the
light content area and the selected state. Rendering goes through Qt's SVG image
plugin (``QImageReader``), not the ``PySide6.QtSvg`` module: on the startup path
that import alone costs more than all icons together.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QImageReader, QPixmap

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


def _render(svg: str, pixels: int) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(svg.encode("utf-8")))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(pixels, pixels))
    return reader.read()


def pixmap(name: str, size: int = 20, color: str = DEFAULT_COLOR) -> QPixmap:
    """The icon ``name`` tinted ``color``, ``size`` logical pixels square."""
    app = QGuiApplication.instance()
    ratio = max(app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0, 1.0)
    pixels = round(size * ratio)
    svg = _svg(name).replace("currentColor", color)
    image = _render(svg, pixels) if svg else QImage()
    if image.isNull():
        image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
    pm = QPixmap.fromImage(image)
    pm.setDevicePixelRatio(ratio)
    return pm


def icon(
    name: str, color: str = DEFAULT_COLOR, *, selected: str | None = None, size: int = 20
) -> QIcon:
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
    svg = _svg("app")
    result = QIcon()
    if svg:
        for size in (16, 24, 32, 48, 64, 128, 256):
            result.addPixmap(QPixmap.fromImage(_render(svg, size)))
    return result
