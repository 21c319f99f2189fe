"""Thin Qt item models over service results (Vorta style).

:class:`RowTableModel` shows a list of plain row objects (dataclasses from services)
through a table of declared :class:`Column` s. ``ROW_ROLE`` hands the row object back
to the view code, so a page never re-queries to learn what was clicked.

:class:`PagedTableModel` adds ``canFetchMore``/``fetchMore`` paging over a loader
``fetch(offset, limit)``: a view scrolled to the bottom asks for the next batch, so a
directory of 10,000 people costs one batch at first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from rakor_desktop.ui.roles import ROW_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    """One column: a translatable header, how to show a row, and optional extras."""

    header: str  # Indonesian source text (QT_TRANSLATE_NOOP in the declaring module)
    display: Callable[[Any], str]
    context: str = "Columns"
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    foreground: Callable[[Any], str | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    sort_key: Callable[[Any], Any] | None = None
    bold: bool = False
    background: Callable[[Any], str | None] | None = None  # a status cell's tint


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    # -- data in -------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- Qt interface --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(col.context, col.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return col.sort_key(row) if col.sort_key else col.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            color = col.foreground(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            color = col.background(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else col.display(row)
        if role == Qt.ItemDataRole.FontRole and col.bold:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class PagedTableModel(RowTableModel):
    """Loads rows in batches on demand from ``fetch(offset, limit)``."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[int, int], Sequence[Any]],
        batch_size: int = 200,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self.batch_size = batch_size
        self._exhausted = True

    def set_fetch(self, fetch: Callable[[int, int], Sequence[Any]]) -> None:
        """New query (search text, OPD): drop the rows and load the first batch."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        first = list(self._fetch(0, self.batch_size))
        self.beginResetModel()
        self.rows = first
        self._exhausted = len(first) < self.batch_size
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        batch = list(self._fetch(len(self.rows), self.batch_size))
        self._exhausted = len(batch) < self.batch_size
        if not batch:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        self.rows.extend(batch)
        self.endInsertRows()
