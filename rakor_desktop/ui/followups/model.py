"""The follow-up table model: SQL-sorted pages over ``services.followups``.

Sorting and filtering happen in the query (a proxy model would only sort the rows
already fetched), and rows arrive in pages of :data:`PAGE_SIZE` through
``canFetchMore``/``fetchMore`` as the view scrolls, so 5,000 follow-ups cost one page
at first paint. The model never holds a session: each page is one short unit of
work through the loader the page gives it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from rakor_desktop.services.followups.query import PAGE_SIZE, FollowUpRow
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.followups import status as st
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.models import PagedTableModel
from rakor_desktop.ui.roles import ID_ROLE, ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex
#: loader(offset, limit, sort_key, descending) -> rows
Loader = Callable[[int, int, str, bool], Sequence[FollowUpRow]]


@dataclass(frozen=True, slots=True)
class Col:
    key: str  # service sort key
    header: str  # Indonesian source text
    width: int


COLUMNS = (
    Col("action", QT_TRANSLATE_NOOP("FollowUpColumns", "Tindak Lanjut"), 340),
    Col("organization", QT_TRANSLATE_NOOP("FollowUpColumns", "OPD"), 110),
    Col("due_date", QT_TRANSLATE_NOOP("FollowUpColumns", "Batas Waktu"), 100),
    Col("status", QT_TRANSLATE_NOOP("FollowUpColumns", "Status"), 112),
    Col("percent", QT_TRANSLATE_NOOP("FollowUpColumns", "Progres"), 72),
    Col("carried", QT_TRANSLATE_NOOP("FollowUpColumns", "Dibawa"), 64),
    Col("meeting", QT_TRANSLATE_NOOP("FollowUpColumns", "Asal Rapat"), 100),
)
COL_ACTION, COL_ORG, COL_DUE, COL_STATUS, COL_PERCENT, COL_CARRIED, COL_MEETING = range(7)


class FollowUpTableModel(PagedTableModel):
    """Paging comes from :class:`PagedTableModel`; the loader also takes the sort."""

    rows: list[FollowUpRow]

    def __init__(
        self, loader: Loader | None = None, parent: Any = None, *, zone: str = "WIB"
    ) -> None:
        super().__init__((), self._load, PAGE_SIZE, parent)  # cells are drawn below, from COLUMNS
        self._loader = loader
        self.zone = zone
        self.sort_key = "due_date"
        self.descending = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # -- loading -------------------------------------------------------------------
    def set_loader(self, loader: Loader) -> None:
        self._loader = loader
        self.reload()

    def _load(self, offset: int, limit: int) -> Sequence[FollowUpRow]:
        if self._loader is None:
            return []
        return self._loader(offset, limit, self.sort_key, self.descending)

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def row_of(self, followup_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == followup_id:
                return i
        return -1

    # -- Qt interface --------------------------------------------------------------
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FollowUpColumns", COLUMNS[section].header)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ROW_ROLE:
            return r
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS or r.status == "dibatalkan":
                return QBrush(QColor(st.COLORS[r.status][0]))
            return None
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            return QBrush(QColor(st.COLORS[r.status][1]))
        if role == Qt.ItemDataRole.FontRole:
            if col == COL_STATUS:
                return self._bold
            if r.status == "dibatalkan" and col == COL_ACTION:
                return self._struck
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_PERCENT, COL_CARRIED):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == COL_STATUS:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: FollowUpRow, col: int) -> str:
        if col == COL_ACTION:
            return r.action or r.problem
        if col == COL_ORG:
            return r.organization_short or r.organization or "–"
        if col == COL_DUE:
            return fmt.medium_date(r.due_date) if r.due_date else "–"
        if col == COL_STATUS:
            return st.label(r.status)
        if col == COL_PERCENT:
            return f"{r.percent}%"
        if col == COL_CARRIED:
            return (
                QCoreApplication.translate("FollowUpColumns", "%1×").replace("%1", str(r.carried))
                if r.carried
                else ""
            )
        if col == COL_MEETING:
            return fmt.medium_date(r.meeting_starts_at, self.zone)
        return ""

    def _tooltip(self, r: FollowUpRow, col: int) -> str:
        if col == COL_ACTION:
            parts = [r.problem, r.action]
            if r.remark:
                parts.append(
                    QCoreApplication.translate("FollowUpColumns", "Keterangan: %1").replace(
                        "%1", r.remark
                    )
                )
            return "\n\n".join(p for p in parts if p)
        if col == COL_CARRIED and r.carried:
            return FollowUpTableModel.tr("Sudah dibawa ke %n rapat berikutnya", "", r.carried)  # type: ignore[arg-type]
        if col == COL_ORG:
            return "\n".join(p for p in (r.organization, r.pic) if p) or "–"
        if col == COL_MEETING:
            return f"{r.meeting_title}\n{fmt.long_date(r.meeting_starts_at, self.zone)}"
        return self._display(r, col)
