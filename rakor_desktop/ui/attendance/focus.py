"""The scan field keeps the keyboard: a USB scanner types into whatever has focus.

Why it exists: clicking a name in the "Belum hadir" list (to mark an absence) moved
focus there, and the next card's keystrokes went to the list (its selection jumped),
nobody was registered and nothing was said. At the door the keyboard belongs to the
scanner, except while an inline panel (walk-in, delegate form, signature) is open or
the meeting chooser is shown: any key arriving at another widget of the window is
handed to the scan field, and focus returns to it after every click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


class ScanFocusKeeper(QObject):
    """Redirects stray keystrokes to ``scan_edit`` and takes focus back after clicks."""

    def __init__(
        self,
        window: QWidget,
        scan_edit: QLineEdit,
        may_leave: Callable[[QWidget | None], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._scan = scan_edit
        self._may_leave = may_leave
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_changed)
        self.redirected = 0  # keystrokes rescued from another widget (tests, log)
        self._sending = False

    def stop(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            app.focusChanged.disconnect(self._focus_changed)

    def _ours(self, widget: object) -> bool:
        return isinstance(widget, QWidget) and widget.window() is self._window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and not self._sending
            and obj is not self._scan
            # The widget the key was typed into, not a parent it propagates to.
            and obj is QApplication.focusWidget()
            and self._ours(obj)
            and not self._may_leave(obj if isinstance(obj, QWidget) else None)
            and isinstance(event, QKeyEvent)
        ):
            self._scan.setFocus()
            copy = QKeyEvent(
                QEvent.Type.KeyPress,
                event.key(),
                event.modifiers(),
                event.text(),
                event.isAutoRepeat(),
                event.count(),
            )
            self._sending = True
            try:
                QCoreApplication.sendEvent(self._scan, copy)
            finally:
                self._sending = False
            self.redirected += 1
            return True
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new is self._scan or not self._ours(new) or self._may_leave(new):
            return
        # After the click has done its work (a selection), not during it.
        QTimer.singleShot(0, self._take_back)

    def _take_back(self) -> None:
        focus = QApplication.focusWidget()
        if self._ours(focus) and focus is not self._scan and not self._may_leave(focus):
            self._scan.setFocus()
