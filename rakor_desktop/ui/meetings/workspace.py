"""One meeting's workspace: header, lock banner and the tabs the notulis works in.

Tabs: Rincian, Undangan, Agenda, Jalannya Rapat (live mode and notes), Keputusan &
Arahan, Laporan OPD, Penutupan. The workspace wires them together (a decision made
live appears in the decisions tab and the close checklist) and shows one save
status for all autosaving editors. Attendance from the door station arrives through
the ChangeWatcher (another process's commit), or a slow timer where it is missing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.directory.people import list_organizations, list_people
from rakor_desktop.services.meetings import close as meeting_close
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.icons import icon
from rakor_desktop.ui.meetings import shortcuts
from rakor_desktop.ui.meetings.agenda_tab import AgendaModel, AgendaTab
from rakor_desktop.ui.meetings.close_tab import CloseTab
from rakor_desktop.ui.meetings.common import call, make_timer, notify_changed
from rakor_desktop.ui.meetings.decisions_tab import DecisionsTab
from rakor_desktop.ui.meetings.details_tab import DetailsTab
from rakor_desktop.ui.meetings.invitees_tab import InviteesTab
from rakor_desktop.ui.meetings.list_view import status_text
from rakor_desktop.ui.meetings.live_tab import LiveTab
from rakor_desktop.ui.meetings.pickers import Choice, person_choices
from rakor_desktop.ui.meetings.reports_tab import ReportsTab
from rakor_desktop.ui.widgets import ElidedLabel, focus_first, label, page_root, pill, set_pill

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

STATUS_TONE = {
    MeetingStatus.DRAFT: "muted",
    MeetingStatus.SCHEDULED: "accent",
    MeetingStatus.IN_PROGRESS: "warning",
    MeetingStatus.CLOSED: "success",
    MeetingStatus.FINALIZED: "success",
}
POLL_MS = 3000  # attendance refresh when no ChangeWatcher is available


class MeetingWorkspace(QWidget):
    back_requested = Signal()
    meeting_changed = Signal(int)

    TAB_KEYS = ("details", "invitees", "agenda", "live", "decisions", "reports", "close")

    def __init__(
        self, ctx: AppContext, meeting_id: int, zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.zone = zone
        self.locked = False
        self._build()
        self._watch()
        self._presence()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        root, layout = page_root(self)
        layout.setContentsMargins(28, 18, 28, 16)
        layout.setSpacing(10)
        outer.addWidget(root)
        head = QHBoxLayout()
        self.btn_back = QPushButton(icon("undo"), self.tr("Daftar rapat"))
        self.btn_back.setToolTip(shortcuts.native_text("workspace.back"))
        self.btn_back.setProperty("variant", "link")
        head.addWidget(self.btn_back)
        head.addStretch(1)
        self.save_status = ElidedLabel("", "faint")
        self.save_status.setObjectName("save-status")
        head.addWidget(self.save_status)
        layout.addLayout(head)
        title_row = QHBoxLayout()
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = label("", "page-title", wrap=True)
        self.title.setObjectName("workspace-title")
        self.subtitle = label("", "page-subtitle")
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        title_row.addLayout(text, 1)
        self.status = pill("", "muted")
        self.status.setObjectName("workspace-status")
        title_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        from rakor_desktop.ui.documents.actions import print_button  # documents (issue 6)

        self.btn_print = print_button(self.ctx, lambda: self.meeting_id, self, self.refresh)
        title_row.addWidget(self.btn_print, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)
        self.banner = label("", "error", wrap=True)
        self.banner.setObjectName("lock-banner")
        self.banner.hide()
        layout.addWidget(self.banner)
        # Another secretary window has this meeting open (services.presence): a warning.
        self.presence_banner = label("", "banner", wrap=True, tone="warning")
        self.presence_banner.setObjectName("presence-banner")
        self.presence_banner.hide()
        layout.addWidget(self.presence_banner)

        self.details = DetailsTab(self.ctx, self.meeting_id, self.zone)
        self.invitees = InviteesTab(self.ctx, self.meeting_id, self.zone)
        self.agenda_model = AgendaModel(self.ctx, self.meeting_id, self.zone, self)
        self.agenda = AgendaTab(self.ctx, self.meeting_id, self.zone, self.agenda_model)
        self.live = LiveTab(self.ctx, self.meeting_id, self.zone)
        self.decisions = DecisionsTab(self.ctx, self.meeting_id)
        self.reports = ReportsTab(self.ctx, self.meeting_id)
        self.close_tab = CloseTab(self.ctx, self.meeting_id, self.zone)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspace-tabs")
        self.tabs.setDocumentMode(True)
        for widget, title in (
            (self.details, self.tr("Rincian")),
            (self.invitees, self.tr("Undangan")),
            (self.agenda, self.tr("Agenda")),
            (self.live, self.tr("Jalannya Rapat")),
            (self.decisions, self.tr("Keputusan && Arahan")),
            (self.reports, self.tr("Laporan OPD")),
            (self.close_tab, self.tr("Penutupan")),
        ):
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs, 1)

        self.btn_back.clicked.connect(self.back)
        self.details.saved.connect(self._details_saved)
        self.details.autosaver.status_changed.connect(self.save_status.setText)
        self.live.autosaver.status_changed.connect(self.save_status.setText)
        self.agenda.changed.connect(self._agenda_changed)
        self.live.changed.connect(self._live_changed)
        self.decisions.changed.connect(self._decisions_changed)
        self.invitees.changed.connect(self._invitees_changed)
        self.reports.changed.connect(lambda: notify_changed(self.ctx, "reports"))
        self.close_tab.closed.connect(self._closed)
        self.close_tab.amended.connect(self._closed)
        self.close_tab.changed.connect(self.invitees.refresh)
        self.close_tab.go_to.connect(self.show_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        for action_id, slot in (
            ("workspace.back", self.back),
            ("workspace.save", self.flush),
            ("workspace.next_tab", lambda: self.step_tab(1)),
            ("workspace.previous_tab", lambda: self.step_tab(-1)),
            ("projector.toggle", self.toggle_projector),
            ("projector.next_scene", lambda: self.step_projector(1)),
            ("projector.previous_scene", lambda: self.step_projector(-1)),
        ):
            act = QAction(self)
            act.setObjectName(action_id)
            act.setShortcut(shortcuts.sequence(action_id))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

    # -- projector ---------------------------------------------------------------------
    projector = None

    def toggle_projector(self) -> bool:
        """Open the meeting on the projector (the second screen when there is one), or
        close it; returns whether it is open now."""
        from rakor_desktop.ui.projector.window import ProjectorWindow

        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            self.projector = None
            return False
        self.projector = ProjectorWindow(self.ctx, self.meeting_id)
        self.projector.refresh()
        self.projector.place()
        self.activateWindow()  # the keyboard stays with the secretary
        return True

    def step_projector(self, step: int) -> str | None:
        if self.projector is None or not self.projector.isVisible():
            return None
        return self.projector.step_scene(step)

    def _watch(self) -> None:
        self.watcher = None
        try:
            from rakor_desktop.ui.change_watcher import ChangeWatcher

            if getattr(self.ctx.db, "path", None) is not None:
                self.watcher = ChangeWatcher(self.ctx.db, self)
                self.watcher.changed.connect(self._external_change)
        except Exception:
            log.info("ChangeWatcher unavailable; polling attendance every %s ms", POLL_MS)
        if self.watcher is None:
            self.poll = make_timer(self, POLL_MS)
            self.poll.timeout.connect(self._external_change)
            self.poll.start()

    def _presence(self) -> None:
        from rakor_desktop.ui.meetings.presence import PresenceWatch

        self.presence = PresenceWatch(self.ctx, self.meeting_id, self.zone, self)
        self.presence.changed.connect(self._show_presence)
        self.presence.start()

    def _show_presence(self, message: str) -> None:
        self.presence_banner.setText(message)
        self.presence_banner.setVisible(bool(message))

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        def read(s):
            return list_people(s), list_organizations(s)

        people_rows, orgs = call(self.ctx, read)
        people = person_choices(people_rows)
        org_choices = [Choice(o.id, o.name) for o in orgs if o.id is not None]
        self.details.set_people(people)
        self.invitees.set_people(people)
        self.agenda.set_choices(people, org_choices)
        self.decisions.set_choices(people, [(o.id, o.name) for o in orgs if o.id is not None])
        self.refresh()

    def refresh(self) -> None:
        """Re-read everything (after close/amend, or when the shell asks)."""
        self._header()
        self.details.load()
        self.invitees.refresh()
        self.agenda.refresh()
        self.live.refresh()
        self.decisions.refresh()
        self.reports.refresh()
        self.close_tab.refresh()

    def _header(self) -> None:
        def read(s):
            m = meeting_close.get_meeting(s, self.meeting_id)
            series = meeting_editor.find_series(s, m.series_id) if m.series_id else None
            reason = None
            try:
                meeting_close.ensure_editable(s, m)
            except meeting_close.MeetingLocked as exc:
                reason = str(exc)
            return m, series, reason

        m, series, reason = call(self.ctx, read)
        self.title.setText(m.title)
        when = f"{fmt.long_date(m.starts_at, self.zone)} · {fmt.clock(m.starts_at, self.zone)}"
        if m.ends_at:
            when += f"–{fmt.clock(m.ends_at, self.zone)}"
        parts = [when, m.place, series.name if series else ""]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        st = MeetingStatus(m.status)
        set_pill(self.status, status_text(self, st.value), STATUS_TONE[st])
        self.set_locked(reason)

    def set_locked(self, reason: str | None) -> None:
        self.locked = reason is not None
        self.banner.setText(reason or "")
        self.banner.setVisible(self.locked)
        for tab in (
            self.details,
            self.invitees,
            self.agenda,
            self.live,
            self.decisions,
            self.reports,
        ):
            tab.set_locked(self.locked)

    # -- wiring --------------------------------------------------------------------------
    def _details_saved(self) -> None:
        self._header()
        self.agenda._show_budget()
        self.meeting_changed.emit(self.meeting_id)
        notify_changed(self.ctx)

    def _agenda_changed(self) -> None:
        self.live.refresh()
        self.close_tab.refresh()

    def _live_changed(self) -> None:
        self.agenda.refresh()
        self.decisions.refresh()
        self.close_tab.refresh()
        self._header()
        notify_changed(self.ctx, "followups")

    def _decisions_changed(self) -> None:
        self.live._show_decisions()
        self.close_tab.refresh()
        notify_changed(self.ctx, "followups")

    def _invitees_changed(self) -> None:
        self.reports.refresh()
        self.close_tab.refresh()
        self.meeting_changed.emit(self.meeting_id)

    def _closed(self) -> None:
        self.flush()
        self.refresh()
        self.meeting_changed.emit(self.meeting_id)
        notify_changed(self.ctx)

    def _external_change(self) -> None:
        """Another process committed (check-in station): refresh what it can change."""
        if not self.isVisible():
            return
        try:
            self.invitees.refresh()
            if self.tabs.currentWidget() is self.close_tab:
                self.close_tab.refresh()
        except Exception:
            log.warning("attendance refresh failed", exc_info=True)

    def _tab_changed(self, index: int) -> None:
        self.flush()
        widget = self.tabs.widget(index)
        if widget is self.close_tab:
            self.close_tab.refresh()
        elif widget is self.live:
            self.live.editor.setFocus()

    def step_tab(self, step: int) -> None:
        """Ctrl+PgDown/PgUp from anywhere in the meeting, the keyboard landing in the tab."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focus_content()

    def focus_content(self) -> bool:
        current = self.tabs.currentWidget()
        if current is self.live:
            self.live.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return current is not None and focus_first(current)

    def show_tab(self, key: str) -> None:
        if key in self.TAB_KEYS:
            self.tabs.setCurrentIndex(self.TAB_KEYS.index(key))

    def flush(self) -> bool:
        """Store every pending edit now (Ctrl+S, leaving the meeting, closing the window)."""
        ok = self.details.autosaver.flush()
        return self.live.autosaver.flush() and ok

    def back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def shutdown(self) -> None:
        self.flush()
        if self.projector is not None:  # the room's screen goes with the meeting
            self.projector.close()
            self.projector = None
        if self.watcher is not None:
            self.watcher.close()
        self.live.timer.stop()
        self.presence.stop()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
