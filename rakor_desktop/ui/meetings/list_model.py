"""The meetings list model: pages through the service instead of loading every row.

The view asks for more rows as it scrolls (``canFetchMore``/``fetchMore``); each page
is one short query (:func:`rakor_desktop.services.meetings.listing.query_meetings`). Sorting
is done by the database (``sort()`` re-queries), so 5,000 meetings sort as fast as
fifty and the first screen shows after one page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.meetings.listing import (
    MeetingFilter,
    MeetingSummary,
    count_meetings,
    query_meetings,
)
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.meetings.common import call
from rakor_desktop.ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

PAGE_SIZE = 100

# (column id, header source text, service sort key)
COLUMNS = (
    ("date", "Tanggal", "starts_at"),
    ("time", "Waktu", "starts_at"),
    ("title", "Judul", "title"),
    ("series", "Seri", "series"),
    ("place", "Tempat", "place"),
    ("status", "Status", "status"),
    ("attendance", "Hadir", "attended"),
)
COL = {c[0]: i for i, c in enumerate(COLUMNS)}

STATUS_TONES = {
    MeetingStatus.DRAFT: theme.TEXT_MUTED,
    MeetingStatus.SCHEDULED: theme.ACCENT,
    MeetingStatus.IN_PROGRESS: theme.WARNING,
    MeetingStatus.CLOSED: theme.SUCCESS,
    MeetingStatus.FINALIZED: theme.SUCCESS,
}


_ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


class MeetingsTableModel(QAbstractTableModel):
    def __init__(
        self, ctx: AppContext, zone: str, *, page_size: int = PAGE_SIZE, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = zone
        self.page_size = page_size
        self.filter = MeetingFilter()
        self.sort_key = "starts_at"
        self.descending = True
        self._rows: list[MeetingSummary] = []
        self._total = 0
        self._loaded = False
        self.status_label: Callable[[str], str] = lambda s: s
        self._headers = [h for _, h, _ in COLUMNS]

    # -- loading -------------------------------------------------------------------------
    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def reload(self, flt: MeetingFilter | None = None) -> None:
        """Re-run the query from the first page (filters or data changed)."""
        if flt is not None:
            self.filter = flt

        def first(s):
            return (
                count_meetings(s, self.filter),
                query_meetings(
                    s,
                    self.filter,
                    sort=self.sort_key,
                    descending=self.descending,
                    limit=self.page_size,
                    offset=0,
                ),
            )

        total, rows = call(self.ctx, first)
        self.beginResetModel()
        self._total, self._rows = total, rows
        self._loaded = True
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = call(
            self.ctx,
            query_meetings,
            self.filter,
            sort=self.sort_key,
            descending=self.descending,
            limit=self.page_size,
            offset=len(self._rows),
        )
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = COLUMNS[column][2], order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, descending) == (self.sort_key, self.descending):
            return  # the view re-announces the current order (setSortingEnabled): no re-query
        self.sort_key, self.descending = key, descending
        if self._loaded:  # before the first load only remember the order
            self.reload()

    # -- access --------------------------------------------------------------------------
    def summary(self, row: int) -> MeetingSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == meeting_id:
                return i
        return -1

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = COLUMNS[index.column()][0]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "date":
                return fmt.medium_date(r.starts_at, self.zone)
            if col == "time":
                end = f"–{fmt.clock(r.ends_at, self.zone).split()[0]}" if r.ends_at else ""
                return fmt.clock(r.starts_at, self.zone).split()[0] + end
            if col == "title":
                return r.title
            if col == "series":
                return r.series or ""
            if col == "place":
                return r.place
            if col == "status":
                return self.status_label(r.status)
            if col == "attendance":
                return f"{r.attended}/{r.invited}" if r.invited or r.attended else "–"
        if role == Qt.ItemDataRole.ForegroundRole and col == "status":
            return QColor(STATUS_TONES.get(MeetingStatus(r.status), theme.TEXT))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "attendance":
            return int(_ALIGN_CENTER)
        if role == Qt.ItemDataRole.ToolTipRole and col == "title":
            return r.title
        return None
