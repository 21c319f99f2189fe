"""Tindak Lanjut (fallback): the follow-ups with their effective status.

The full follow-up board in ``ui/followups`` (updates, evidence, matrix PDF) replaces
this page when it exists. "Terlambat" is derived by the service from the due date in
the office zone, so this list is right even when nobody edited a row for months.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView, QWidget

from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.services.insight.dashboard import FollowUpLine, followup_lines
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.models import SORT_ROLE, Column, RowTableModel
from rakor_desktop.ui.widgets import EmptyState, PageHeader, page_body, style_table

FOLLOWUP_TEXT = {
    FollowUpStatus.BELUM: QT_TRANSLATE_NOOP("Status", "Belum"),
    FollowUpStatus.DALAM_PROSES: QT_TRANSLATE_NOOP("Status", "Dalam proses"),
    FollowUpStatus.SELESAI: QT_TRANSLATE_NOOP("Status", "Selesai"),
    FollowUpStatus.DIBATALKAN: QT_TRANSLATE_NOOP("Status", "Dibatalkan"),
    FollowUpStatus.TERLAMBAT: QT_TRANSLATE_NOOP("Status", "Terlambat"),
}
FOLLOWUP_COLOR = {
    FollowUpStatus.BELUM: theme.TEXT_MUTED,
    FollowUpStatus.DALAM_PROSES: theme.ACCENT,
    FollowUpStatus.SELESAI: theme.SUCCESS,
    FollowUpStatus.DIBATALKAN: theme.TEXT_FAINT,
    FollowUpStatus.TERLAMBAT: theme.DANGER,
}


def followup_status_text(status: FollowUpStatus) -> str:
    return QCoreApplication.translate("Status", FOLLOWUP_TEXT.get(status, status.value))


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Tindak lanjut"), lambda f: f.action,
           tooltip=lambda f: f"{f.problem}\n\n{f.action}".strip()),
    Column(QT_TRANSLATE_NOOP("Columns", "Penanggung jawab"), lambda f: f.organization),
    Column(QT_TRANSLATE_NOOP("Columns", "Batas waktu"), lambda f: fmt.medium_date(f.due_date),
           sort_key=lambda f: f.due_date.toordinal() if f.due_date else 10**7),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda f: followup_status_text(f.status),
           foreground=lambda f: FOLLOWUP_COLOR.get(f.status), bold=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Asal rapat"), lambda f: f.meeting_title),
]


class FollowUpListPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        layout = page_body(self)
        header = PageHeader(
            self.tr("Tindak Lanjut"), self.tr("Arahan pimpinan, penanggung jawab dan batas waktunya")
        )
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Yang masih terbuka"), True)
        self.scope.addItem(self.tr("Semua tindak lanjut"), False)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        header.add_action(self.scope)
        layout.addWidget(header)
        self.model = RowTableModel(COLUMNS, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        style_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 220), (2, 120), (3, 120), (4, 240)):
            self.table.setColumnWidth(col, width)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState("check", self.tr("Tidak ada tindak lanjut untuk ditampilkan."))
        layout.addWidget(self.empty, 1)
        self.empty.hide()

    def refresh(self) -> None:
        open_only = bool(self.scope.currentData())
        with self.ctx.db.session() as s:
            rows: list[FollowUpLine] = followup_lines(s, self.ctx.now(), open_only=open_only)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._loaded = True

    def is_data_ready(self) -> bool:
        return self._loaded
