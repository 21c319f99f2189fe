"""MeetingsPage: the meetings list and, when one is opened, its workspace.

The shell's page registry imports this lazily and constructs it with the
AppContext. Leaving a meeting (back, another page, closing the window) flushes
every autosaving editor first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from rakor_desktop.ui.meetings.common import zone_of
from rakor_desktop.ui.meetings.list_view import MeetingsListView
from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext


class MeetingsPage(QWidget):
    data_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = zone_of(ctx)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list = MeetingsListView(ctx)
        self.stack.addWidget(self.list)
        self.workspace: MeetingWorkspace | None = None
        self.list.open_requested.connect(self.open_meeting)
        self._ready = False
        self.refresh()

    # -- shell hooks ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.zone = zone_of(self.ctx)
        self.list.zone = self.zone
        self.list.model.zone = self.zone
        self.list.refresh()
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            self.workspace.refresh()
        self._ready = True
        self.data_loaded.emit()

    def is_data_ready(self) -> bool:
        return self._ready

    # -- navigation ----------------------------------------------------------------------
    def open_meeting(self, meeting_id: int) -> MeetingWorkspace:
        self._drop_workspace()
        ws = MeetingWorkspace(self.ctx, meeting_id, self.zone)
        ws.back_requested.connect(self.show_list)
        ws.meeting_changed.connect(lambda _mid: None)
        self.stack.addWidget(ws)
        self.workspace = ws
        ws.load()
        self.stack.setCurrentWidget(ws)
        ws.focus_content()
        return ws

    def focus_content(self) -> bool:
        """Ctrl+2 lands in the open meeting, or in the list of meetings."""
        if self.stack.currentWidget() is self.workspace and self.workspace is not None:
            return self.workspace.focus_content()
        else:
            self.list.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def show_list(self) -> None:
        current = self.workspace.meeting_id if self.workspace else None
        if self.workspace is not None:
            self.workspace.flush()
        self.stack.setCurrentWidget(self.list)
        self.list.refresh()
        if current is not None:
            self.list.select_meeting(current)
        self.list.table.setFocus()

    def _drop_workspace(self) -> None:
        if self.workspace is not None:
            self.workspace.shutdown()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None

    def flush(self) -> bool:
        return self.workspace.flush() if self.workspace is not None else True

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: Any) -> None:
        self._drop_workspace()
        super().closeEvent(event)
