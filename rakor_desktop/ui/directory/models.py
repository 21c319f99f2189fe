"""Qt models for the import wizard: raw sample rows and the per-row verdict preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from rakor_desktop.services.directory.importer import RowResult, Verdict
from rakor_desktop.services.directory.tabular import FIELDS, Cell, cell_text
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
_CTX = "ImportPreview"
MAX_CELL_CHARS = 300  # a 10k-character cell must not make the view crawl

# Declared with QT_TRANSLATE_NOOP so lupdate collects them; translated at use.
_VERDICT_TEXT = {
    Verdict.NEW: QT_TRANSLATE_NOOP("ImportPreview", "Baru"),
    Verdict.UPDATE: QT_TRANSLATE_NOOP("ImportPreview", "Perbarui"),
    Verdict.UNCHANGED: QT_TRANSLATE_NOOP("ImportPreview", "Tidak berubah"),
    Verdict.DUPLICATE_NIP: QT_TRANSLATE_NOOP("ImportPreview", "NIP ganda"),
    Verdict.DUPLICATE_ROW: QT_TRANSLATE_NOOP("ImportPreview", "Baris ganda"),
    Verdict.INVALID_NIP: QT_TRANSLATE_NOOP("ImportPreview", "NIP tidak valid"),
    Verdict.UNKNOWN_OPD: QT_TRANSLATE_NOOP("ImportPreview", "OPD belum terdaftar"),
    Verdict.EMPTY_NAME: QT_TRANSLATE_NOOP("ImportPreview", "Nama kosong"),
    Verdict.INVALID_VALUE: QT_TRANSLATE_NOOP("ImportPreview", "Isian tidak valid"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreview", "Baris"),
    QT_TRANSLATE_NOOP("ImportPreview", "Hasil"),
    QT_TRANSLATE_NOOP("ImportPreview", "Keterangan"),
    QT_TRANSLATE_NOOP("ImportPreview", "Nama"),
    QT_TRANSLATE_NOOP("ImportPreview", "NIP"),
    QT_TRANSLATE_NOOP("ImportPreview", "Jabatan"),
    QT_TRANSLATE_NOOP("ImportPreview", "Pangkat/Golongan"),
    QT_TRANSLATE_NOOP("ImportPreview", "Unit Kerja/OPD"),
    QT_TRANSLATE_NOOP("ImportPreview", "No. HP"),
    QT_TRANSLATE_NOOP("ImportPreview", "Surel OPD"),
)


def verdict_text(verdict: Verdict) -> str:
    return QCoreApplication.translate(_CTX, _VERDICT_TEXT[verdict])


def _short(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS] + "…"


class SampleModel(QAbstractTableModel):
    """The first rows of the file as read, under its own headers (for the mapping step)."""

    def __init__(
        self,
        headers: list[str],
        rows: list[list[Cell]],
        row_numbers: list[int] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows = rows
        self.row_numbers = row_numbers or list(range(1, len(rows) + 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        return _short(cell_text(value))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return str(self.row_numbers[section]) if section < len(self.row_numbers) else None


class PreviewModel(QAbstractTableModel):
    """One line per spreadsheet row with its verdict, coloured; can show problems only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[RowResult] = []
        self.rows: list[RowResult] = []
        self._only_problems = False

    def set_results(self, rows: list[RowResult]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self.rows = [r for r in self._all if not r.ok] if self._only_problems else list(self._all)
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self._only_problems = only
        self.set_results(self._all)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate(_CTX, _HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return str(r.row_number)
            if col == 1:
                return verdict_text(r.verdict)
            if col == 2:
                if r.changes:
                    return _short(
                        "; ".join(f"{k}: {o or '-'} → {n}" for k, (o, n) in r.changes.items())
                    )
                return _short(r.reason)
            return _short(r.values[FIELDS[col - 3]])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#" + r.colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#111827")
        if role == Qt.ItemDataRole.UserRole:
            return r.verdict.value
        return None


class VerdictDelegate(QStyledItemDelegate):
    """Paints the verdict colour itself: the app stylesheet styles ``::item``, which makes
    Qt ignore ``BackgroundRole``, and a colourless preview hides the errors."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(colour, QColor):
            painter.fillRect(option.rect, colour)
        super().paint(painter, option, index)
