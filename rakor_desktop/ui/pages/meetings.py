"""Rapat (fallback): a read-only table of meetings with attendance.

The meeting workspace in ``ui/meetings`` (create, invite, run, minutes) replaces this
page when it exists; until then the secretary can at least see the schedule.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QWidget

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.meetings.listing import MeetingSummary, list_meetings
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.models import SORT_ROLE, Column, RowTableModel
from rakor_desktop.ui.widgets import EmptyState, PageHeader, page_body, style_table

STATUS_TEXT = {
    MeetingStatus.DRAFT: QT_TRANSLATE_NOOP("Status", "Draf"),
    MeetingStatus.SCHEDULED: QT_TRANSLATE_NOOP("Status", "Terjadwal"),
    MeetingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "Berlangsung"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("Status", "Ditutup"),
    MeetingStatus.FINALIZED: QT_TRANSLATE_NOOP("Status", "Final"),
}
STATUS_COLOR = {
    MeetingStatus.DRAFT: theme.TEXT_MUTED,
    MeetingStatus.SCHEDULED: theme.ACCENT,
    MeetingStatus.IN_PROGRESS: theme.WARNING,
    MeetingStatus.CLOSED: theme.SUCCESS,
    MeetingStatus.FINALIZED: theme.SUCCESS,
}


def status_text(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    try:
        return QCoreApplication.translate("Status", STATUS_TEXT[MeetingStatus(status)])
    except (KeyError, ValueError):
        return status


def meeting_columns(zone_of: Callable[[], str]) -> list[Column]:
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Tanggal"),
               lambda m: fmt.medium_date(m.starts_at, zone_of()),
               sort_key=lambda m: m.starts_at.timestamp()),
        Column(QT_TRANSLATE_NOOP("Columns", "Waktu"), lambda m: fmt.clock(m.starts_at, zone_of())),
        Column(QT_TRANSLATE_NOOP("Columns", "Rapat"), lambda m: m.title, bold=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Tempat"), lambda m: m.place),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda m: status_text(m.status),
               foreground=lambda m: STATUS_COLOR.get(m.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Hadir"),
               lambda m: f"{fmt.number(m.attended)} / {fmt.number(m.invited)}",
               align=right, sort_key=lambda m: m.attended),
    ]


class MeetingListPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        layout = page_body(self)
        header = PageHeader(self.tr("Rapat"), self.tr("Jadwal rapat koordinasi dan kehadirannya"))
        self.filter = QLineEdit()
        self.filter.setObjectName("SearchBox")
        self.filter.setPlaceholderText(self.tr("Saring judul atau tempat…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setFixedWidth(280)
        header.add_action(self.filter)
        layout.addWidget(header)

        self.model = RowTableModel(meeting_columns(lambda: self.ctx.zone), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        style_table(self.table)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 120), (1, 90), (3, 220), (4, 110), (5, 90)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState("calendar", self.tr("Belum ada rapat di basis data ini."))
        layout.addWidget(self.empty, 1)
        self.empty.hide()

    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            rows: list[MeetingSummary] = list_meetings(s)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._loaded = True

    def is_data_ready(self) -> bool:
        return self._loaded
