"""A read-only window inspector for the GUI walkthrough (``tests/walkthrough``).

The walkthrough drives the real app and kiosk with real X keystrokes and clicks
(xdotool), so it needs to know *where* a name sits on screen to click it, and what a
person now sees (which widget has the keyboard focus, what the result card says) to
assert on it. Pixel-matching screenshots for that would be brittle; asking Qt is not.

Enabled only when ``RAKOR_UI_PROBE`` names a local socket path; nothing listens
otherwise. The probe never acts on a widget (no clicks, no keys, no setters): every
action in a walkthrough goes through the X server, as a person's would. Requests are
one line each, answered with one line of JSON:

- ``state``: the active window, the focused widget, and every visible window's
  widgets with text (labels, buttons, line edits, tabs, list rows) with their global
  rectangles;
- ``shot PATH``: the whole X screen (both processes' windows) saved as PNG.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)

ENV = "RAKOR_UI_PROBE"
MAX_ROWS = 40  # rows reported per item view: what fits on a screen


def _rect(widget: QWidget, local: QRect | None = None) -> list[int]:
    area = local if local is not None else widget.rect()
    top_left = widget.mapToGlobal(area.topLeft())
    return [top_left.x(), top_left.y(), area.width(), area.height()]


def _text(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return None


def _describe(widget: QWidget) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "class": type(widget).__name__,
        "name": widget.objectName(),
        "rect": _rect(widget),
        "enabled": widget.isEnabled(),
    }
    text = _text(widget)
    if text is not None:
        entry["text"] = text
    if isinstance(widget, QTabBar):
        entry["tabs"] = [
            {"text": widget.tabText(i), "rect": _rect(widget, widget.tabRect(i))}
            for i in range(widget.count())
        ]
        entry["current"] = widget.currentIndex()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        entry["rows"] = _rows(widget)
    return entry


def _rows(view: QAbstractItemView) -> list[dict[str, Any]]:
    model = view.model()
    viewport = view.viewport()
    rows: list[dict[str, Any]] = []
    for row in range(min(model.rowCount(QModelIndex()), 500)):
        index = model.index(row, 0)
        area = view.visualRect(index)
        if area.isEmpty() or not viewport.rect().intersects(area):
            continue
        texts = []
        column = 0  # columnCount() is private on list models: walk until invalid
        while (cell := model.index(row, column)).isValid() and column < 20:
            texts.append(str(cell.data() or ""))
            column += 1
        rows.append({"row": row, "texts": texts, "rect": _rect(viewport, area)})
        if len(rows) >= MAX_ROWS:
            break
    return rows


def snapshot() -> dict[str, Any]:
    """What is on screen now, as plain data."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    focus = QApplication.focusWidget()
    active = QApplication.activeWindow()
    windows = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        widgets = [
            _describe(w)
            for w in top.findChildren(QWidget)
            if w.isVisible()
            and (_text(w) is not None or isinstance(w, QTabBar | QAbstractItemView))
        ]
        windows.append(
            {
                "class": type(top).__name__,
                "title": top.windowTitle(),
                "rect": [top.x(), top.y(), top.width(), top.height()],
                "active": top is active,
                "widgets": widgets,
            }
        )
    return {
        "focus": _describe(focus) if focus is not None else None,
        "active": active.windowTitle() if active is not None else None,
        "windows": windows,
    }


def shoot(path: str) -> dict[str, Any]:
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0)
    ok = image.save(path, "PNG")
    return {"ok": bool(ok), "size": [image.width(), image.height()]}


class Probe(QObject):
    """Answers one request per connection line, on the GUI thread (between events)."""

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        QLocalServer.removeServer(path)
        self.server = QLocalServer(self)
        if not self.server.listen(path):
            log.warning("UI probe could not listen on %s: %s", path, self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8").strip()
            try:
                if line == "state":
                    reply: dict[str, Any] = snapshot()
                elif line.startswith("shot "):
                    reply = shoot(line[5:])
                else:
                    reply = {"error": f"unknown request {line!r}"}
            except Exception as exc:
                log.exception("UI probe request failed")
                reply = {"error": repr(exc)}
            socket.write((json.dumps(reply) + "\n").encode("utf-8"))
            socket.flush()


def install(app: QObject) -> Probe | None:
    """Start the probe when ``RAKOR_UI_PROBE`` is set (walkthrough tests only)."""
    path = os.environ.get(ENV)
    if not path:
        return None
    global _probe
    _probe = Probe(path, app)
    return _probe


_probe: Probe | None = None  # kept alive for the process's life
