"""Meetings list: filters, paged table, and the actions that start a meeting's life.

New (Ctrl+N) opens a small dialog; Duplicate copies the selected meeting a week
later; "Rapat berikutnya dari seri" creates next month's Rakor of the selected
meeting's series in one step (invitees, place, agenda template, open follow-ups).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.timefmt import office_datetime, office_tz
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.services.meetings.listing import MeetingFilter
from rakor_desktop.ui import labels, theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.meetings import shortcuts
from rakor_desktop.ui.meetings.common import (
    call,
    localize,
    make_timer,
    notify_changed,
    now_of,
    setup_table,
    tr_const,
    user_message,
    zone_of,
)
from rakor_desktop.ui.meetings.list_model import COL, COLUMNS, ROW_ROLE, MeetingsTableModel
from rakor_desktop.ui.meetings.meeting_form import MeetingBasicsForm, pydate, qdate, resolve_series
from rakor_desktop.ui.widgets import PageHeader, label, page_root

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

HEADERS = {
    "date": QT_TRANSLATE_NOOP("Meetings", "Tanggal"),
    "time": QT_TRANSLATE_NOOP("Meetings", "Waktu"),
    "title": QT_TRANSLATE_NOOP("Meetings", "Judul"),
    "series": QT_TRANSLATE_NOOP("Meetings", "Seri"),
    "place": QT_TRANSLATE_NOOP("Meetings", "Tempat"),
    "status": QT_TRANSLATE_NOOP("Meetings", "Status"),
    "attendance": QT_TRANSLATE_NOOP("Meetings", "Hadir"),
}


def status_text(widget: QWidget, status: str) -> str:
    return labels.meeting_status(status)


class NewMeetingDialog(QDialog):
    """Title, series, date, start/end, place. Errors block OK; warnings are shown."""

    created = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = zone_of(ctx)
        self.setWindowTitle(self.tr("Rapat baru"))
        self.setObjectName("new-meeting-dialog")
        self.setMinimumWidth(460)
        form = MeetingBasicsForm(self.zone)
        self.basics = form
        self.title, self.series, self.place = form.title, form.series, form.place
        self.day, self.start, self.end, self.no_end = form.day, form.start, form.end, form.no_end
        self.title.setPlaceholderText(self.tr("mis. Rakor Penyelenggaraan Pemerintahan Daerah"))
        series = call(ctx, meeting_editor.list_series)
        self.series.load([(s.id, s.name) for s in series if s.id is not None], None)
        tomorrow = (now_of(ctx) + timedelta(days=1)).astimezone(office_tz(self.zone)).date()
        self.day.setDate(qdate(tomorrow))
        self.message = label("", "muted", wrap=True)
        self.message.setObjectName("validation")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat rapat"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        form.connect_edited(self._validate)
        self._validate()

    def _times(self) -> tuple[datetime, datetime | None]:
        return self.basics.times()

    def _validate(self) -> meeting_editor.Validation:
        start, end = self._times()
        v = call(
            self.ctx,
            meeting_editor.validate,
            title=self.title.text(),
            starts_at=start,
            ends_at=end,
            now=now_of(self.ctx),
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(v.ok)
        lines = [f"✖ {e}" for e in v.errors] + [f"⚠ {w}" for w in v.warnings]
        self.message.setText("\n".join(lines))
        theme.set_props(self.message, role="error" if v.errors else "muted")
        return v

    def _create(self) -> None:
        v = self._validate()
        if not v.ok:
            return
        start, end = self._times()
        sid, name = self.series.chosen()

        def create(s):
            series_id = resolve_series(s, sid, name)
            return meeting_editor.create_meeting(
                s,
                meeting_editor.MeetingInput(
                    title=self.title.text(),
                    starts_at=start,
                    ends_at=end,
                    place=self.place.text(),
                    series_id=series_id,
                ),
                now=now_of(self.ctx),
            ).id

        try:
            new_id = call(self.ctx, create, write=True)
        except Exception as exc:
            self.message.setText(user_message(exc))
            theme.set_props(self.message, role="error")
            return
        self.created.emit(new_id)
        self.accept()


class MeetingsListView(QWidget):
    """Filter bar + paged table + actions."""

    open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = zone_of(ctx)
        self.model = MeetingsTableModel(ctx, self.zone, parent=self)
        self.model.status_label = lambda s: status_text(self, s)
        self.model.set_headers([tr_const(HEADERS[c[0]]) for c in COLUMNS])
        self._build()
        self._search_timer = make_timer(self, 250, single_shot=True)
        self._search_timer.timeout.connect(self.apply_filters)
        self.dialog: NewMeetingDialog | None = None

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        root, layout = page_root(self)
        outer.addWidget(root)
        self.header = PageHeader(self.tr("Rapat"), "")
        self.btn_next = QPushButton(self.tr("Rapat berikutnya dari seri"))
        self.btn_duplicate = QPushButton(self.tr("Duplikat"))
        self.btn_new = QPushButton(self.tr("Rapat baru"))
        self.btn_new.setProperty("variant", "primary")
        from rakor_desktop.ui.documents.actions import print_button  # documents (issue 6)

        self.btn_print = print_button(self.ctx, self.selected_id, self, self.refresh)
        for b in (self.btn_print, self.btn_next, self.btn_duplicate, self.btn_new):
            self.header.add_action(b)
        layout.addWidget(self.header)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("meeting-search")
        self.search.setPlaceholderText(self.tr("Cari judul, tempat atau seri…"))
        self.search.setClearButtonEnabled(True)
        self.series = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for st in MeetingStatus:
            self.status.addItem(status_text(self, st.value), st.value)
        self.use_dates = QCheckBox(self.tr("Tanggal"))
        today = now_of(self.ctx).astimezone(office_tz(self.zone)).date()
        self.date_from = QDateEdit(qdate(date(today.year, 1, 1)))
        self.date_to = QDateEdit(qdate(date(today.year, 12, 31)))
        for d in (self.date_from, self.date_to):
            localize(d)
            d.setCalendarPopup(True)
            d.setDisplayFormat("d MMM yyyy")
            d.setEnabled(False)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.series, 2)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("s.d.")))
        bar.addWidget(self.date_to)
        layout.addLayout(bar)

        self.table = QTableView()
        widths = (
            ("date", 110),
            ("time", 110),
            ("series", 200),
            ("place", 190),
            ("status", 100),
            ("attendance", 70),
        )
        hh = setup_table(
            self.table,
            "meetings-table",
            self.model,
            edit=QAbstractItemView.EditTrigger.NoEditTriggers,
            row_height=34,
            widths=[(COL[name], width) for name, width in widths],
            stretch=(COL["title"],),
        )
        # Titles of one series differ at the end ("... Desember 2026"): elide the middle,
        # so the month stays visible at 1366 px (issue 15 item 7); the tooltip has it all.
        # Word wrap must be off for that: a wrapping cell breaks at a space and elides
        # its last visible line, whatever the mode ("Rakor … Daerah …" on every row).
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.setProperty("key_column", COL["title"])
        hh.setSortIndicator(COL["date"], Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        hh.setHighlightSections(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self._open_index)
        layout.addWidget(self.table, 1)
        self.empty = label(
            self.tr('Belum ada rapat. Tekan "Rapat baru" (Ctrl+N) untuk membuat.'), "muted"
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)

        self.btn_new.clicked.connect(self.new_meeting)
        self.btn_duplicate.clicked.connect(self.duplicate_selected)
        self.btn_next.clicked.connect(self.next_of_series)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.series.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)

        for action_id, slot in (
            ("meeting.new", self.new_meeting),
            ("meeting.duplicate", self.duplicate_selected),
            ("meeting.next_of_series", self.next_of_series),
            ("search", self._focus_search),
        ):
            act = QAction(self)
            act.setObjectName(action_id)
            act.setShortcut(shortcuts.sequence(action_id))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
        self.open_action = QAction(self)
        self.open_action.setObjectName("meeting.open")
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_selected)
        self.table.addAction(self.open_action)
        # From the search field: Return opens the (first) match, Down steps into the list.
        self.search.returnPressed.connect(self._open_from_search)
        down = QAction(self.search)
        down.setShortcut(QKeySequence(Qt.Key.Key_Down))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.search.addAction(down)
        self.btn_new.setToolTip(shortcuts.native_text("meeting.new"))
        self.btn_duplicate.setToolTip(shortcuts.native_text("meeting.duplicate"))
        self.btn_next.setToolTip(shortcuts.native_text("meeting.next_of_series"))

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload series choices and the first page, keeping filters and selection."""
        selected = self.selected_id()
        series = call(self.ctx, meeting_editor.list_series)
        current = self.series.currentData()
        self.series.blockSignals(True)
        self.series.clear()
        self.series.addItem(self.tr("Semua seri"), None)
        for s in series:
            self.series.addItem(s.name, s.id)
        self.series.setCurrentIndex(max(0, self.series.findData(current)) if current else 0)
        self.series.blockSignals(False)
        self.apply_filters()
        if selected is not None:
            self.select_meeting(selected)

    def current_filter(self) -> MeetingFilter:
        date_from = date_to = None
        if self.use_dates.isChecked():
            date_from = office_datetime(pydate(self.date_from.date()), time(0, 0), self.zone)
            date_to = office_datetime(
                pydate(self.date_to.date()) + timedelta(days=1), time(0, 0), self.zone
            )
        return MeetingFilter(
            series_id=self.series.currentData(),
            status=self.status.currentData(),
            date_from=date_from,
            date_to=date_to,
            text=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self.model.reload(self.current_filter())
        self.header.set_subtitle(self.tr("{0} rapat").format(self.model.total))
        self.empty.setVisible(self.model.total == 0)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def _open_from_search(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.apply_filters()
        self.open_selected()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection -----------------------------------------------------------------------
    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        summary = self.model.data(idx, ROW_ROLE)
        return summary.id if summary else None

    def select_meeting(self, meeting_id: int) -> bool:
        row = self.model.row_of(meeting_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(meeting_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.data(index, ROW_ROLE)
        if summary is not None:
            self.open_requested.emit(summary.id)

    def open_selected(self) -> None:
        mid = self.selected_id()
        if mid is not None:
            self.open_requested.emit(mid)

    # -- actions -------------------------------------------------------------------------
    def new_meeting(self) -> NewMeetingDialog:
        self.dialog = NewMeetingDialog(self.ctx, self)
        self.dialog.created.connect(self._created)
        self.dialog.open()
        return self.dialog

    def _created(self, meeting_id: int) -> None:
        notify_changed(self.ctx)
        self.refresh()
        self.select_meeting(meeting_id)
        self.open_requested.emit(meeting_id)

    def duplicate_selected(self) -> int | None:
        mid = self.selected_id()
        if mid is None:
            self.header.set_subtitle(self.tr("Pilih rapat yang akan diduplikat."))
            return None
        try:
            new_id = call(
                self.ctx, lambda s: meeting_editor.duplicate_meeting(s, mid).id, write=True
            )
        except Exception as exc:
            self.header.set_subtitle(user_message(exc))
            return None
        assert new_id is not None  # committed rows have their id
        self._created(new_id)
        return new_id

    def next_of_series(self) -> int | None:
        """Next meeting of the selected meeting's series (or of the filtered series)."""
        mid = self.selected_id()
        summary = self.model.data(self.table.currentIndex(), ROW_ROLE) if mid else None
        series_id = self.series.currentData()
        if summary is not None and summary.series:
            found = call(self.ctx, meeting_editor.find_series, summary.series)
            series_id = found.id if found else series_id
        if series_id is None:
            self.header.set_subtitle(
                self.tr("Pilih rapat yang termasuk seri (atau pilih seri di filter) lalu ulangi.")
            )
            return None
        try:
            new_id = call(
                self.ctx,
                lambda s: meeting_editor.next_of_series(s, series_id, now=now_of(self.ctx)).id,
                write=True,
            )
        except Exception as exc:
            self.header.set_subtitle(user_message(exc))
            return None
        assert new_id is not None  # committed rows have their id
        self._created(new_id)
        return new_id
