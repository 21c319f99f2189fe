"""The door driven as a person drives it: the real window, active, keys to the focused widget."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QApplication, QWidget

from rakor_desktop.ui.attendance.window import KioskWindow


def open_focused_kiosk(
    qtbot, db, meeting_id: int, clock: Callable[[], datetime], size: tuple[int, int] = (1366, 768)
) -> KioskWindow:
    """A shown, active kiosk whose scan field has the keyboard, as at the door."""
    w = KioskWindow(db, meeting_id, station="meja-1", clock=clock, watch=False, clear_after_ms=0)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.scan_edit, timeout=5000)
    return w


def focused() -> QWidget:
    """Where a USB scanner's keystrokes go: the widget that has focus now."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget
