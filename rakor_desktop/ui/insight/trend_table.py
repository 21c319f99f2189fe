"""The OPD trend table: latest realisasi with an arrow and colour per change.

Green means good news and red bad news, which for most figures is up/down but for
indicators such as stunting or poverty is the other way round (decided by
``services.trends``). Flat changes are grey. About fifty rows, sorted in memory
through a proxy (every row is already loaded).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from rakor_desktop.services.insight.trends import Change, Direction, TrendRow
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.roles import ROW_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("TrendColumns", "OPD"),
    QT_TRANSLATE_NOOP("TrendColumns", "Realisasi Anggaran"),
    QT_TRANSLATE_NOOP("TrendColumns", "Perubahan"),
    QT_TRANSLATE_NOOP("TrendColumns", "Realisasi Fisik"),
    QT_TRANSLATE_NOOP("TrendColumns", "Perubahan"),
    QT_TRANSLATE_NOOP("TrendColumns", "Indikator Utama"),
    QT_TRANSLATE_NOOP("TrendColumns", "Laporan Terakhir"),
)
DIRECTION_TEXT = {
    Direction.UP: QT_TRANSLATE_NOOP("TrendColumns", "Naik"),
    Direction.DOWN: QT_TRANSLATE_NOOP("TrendColumns", "Turun"),
    Direction.FLAT: QT_TRANSLATE_NOOP("TrendColumns", "Tetap"),
}
COL_OPD, COL_BUDGET, COL_BUDGET_D, COL_PHYS, COL_PHYS_D, COL_IND, COL_LAST = range(7)
WIDTHS = (250, 130, 80, 110, 80, 200, 120)


def pct(value: float | None) -> str:
    """``45,5%`` in Indonesian, ``45.5%`` in English."""
    if value is None:
        return "–"
    text = fmt.locale().toString(float(value), "f", 1)
    return f"{text}%"


def number(value: float | None) -> str:
    """An indicator value as written in Indonesian: ``12``, ``12,5``."""
    if value is None:
        return "–"
    text = fmt.locale().toString(float(value), "f", 2)
    sep = fmt.locale().decimalPoint()
    return text.rstrip("0").rstrip(sep) if sep in text else text


def change_text(c: Change) -> str:
    """``▲ +2,3`` / ``▼ −1,0`` / ``▬ 0,0``; empty without a previous report."""
    if c.direction is None or c.delta is None:
        return ""
    sign = "+" if c.delta > 0 else "−" if c.delta < 0 else ""
    number = fmt.locale().toString(abs(c.delta), "f", 1)
    return f"{c.arrow} {sign}{number}"


def change_color(c: Change) -> str:
    if c.good is True:
        return theme.SUCCESS
    if c.good is False:
        return theme.DANGER
    return theme.TEXT_FAINT


class TrendTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, zone: str = "WIB") -> None:
        super().__init__(parent)
        self.rows: list[TrendRow] = []
        self.zone = zone
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[TrendRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TrendColumns", HEADERS[section])
        return None

    def _main_indicator(self, r: TrendRow) -> tuple[str, Change | None]:
        if not r.indicators:
            return "", None
        name, text, change = r.indicators[0]
        arrow = f"  {change.arrow}" if change.direction else ""
        return f"{name}: {text}{arrow}", change

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort(r, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            change = self._change(r, col)
            if change is not None:
                return QBrush(QColor(change_color(change)))
            return None
        if role == Qt.ItemDataRole.FontRole and col in (COL_BUDGET_D, COL_PHYS_D):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_BUDGET, COL_PHYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _change(self, r: TrendRow, col: int) -> Change | None:
        if col == COL_BUDGET_D:
            return r.budget
        if col == COL_PHYS_D:
            return r.physical
        if col == COL_IND:
            return self._main_indicator(r)[1]
        return None

    def _display(self, r: TrendRow, col: int) -> str:
        if col == COL_OPD:
            return r.organization
        if col == COL_BUDGET:
            return pct(r.budget.value)
        if col == COL_BUDGET_D:
            return change_text(r.budget)
        if col == COL_PHYS:
            return pct(r.physical.value)
        if col == COL_PHYS_D:
            return change_text(r.physical)
        if col == COL_IND:
            return self._main_indicator(r)[0]
        if col == COL_LAST:
            return fmt.medium_date(r.meeting.day) if r.meeting else ""
        return ""

    def _sort(self, r: TrendRow, col: int) -> Any:
        if col == COL_BUDGET:
            return r.budget.value if r.budget.value is not None else -1.0
        if col == COL_BUDGET_D:
            return r.budget.delta if r.budget.delta is not None else -1000.0
        if col == COL_PHYS:
            return r.physical.value if r.physical.value is not None else -1.0
        if col == COL_PHYS_D:
            return r.physical.delta if r.physical.delta is not None else -1000.0
        if col == COL_LAST:
            return r.meeting.day.toordinal() if r.meeting else 0
        return self._display(r, col).casefold()

    def _tooltip(self, r: TrendRow, col: int) -> str:
        change = self._change(r, col)
        if change is not None and change.direction is not None:
            return (
                QCoreApplication.translate("TrendColumns", "%1 dari %2 pada laporan sebelumnya")
                .replace(
                    "%1",
                    QCoreApplication.translate("TrendColumns", DIRECTION_TEXT[change.direction]),
                )
                .replace("%2", pct(change.previous) if col != COL_IND else number(change.previous))
            )
        if col == COL_IND and r.indicators:
            return "\n".join(f"{n}: {t} {c.arrow}".rstrip() for n, t, c in r.indicators)
        return self._display(r, col)
