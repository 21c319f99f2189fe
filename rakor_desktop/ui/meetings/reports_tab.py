"""Laporan OPD: the routine reports entered in a grid while each OPD head speaks.

Each edit is stored at once (upsert per OPD). A value the service refuses (a
percentage above 100, a word where a number belongs) stays in its cell, painted
red with the reason as tooltip, so the notulis corrects it instead of retyping.
The change against the previous meeting of the series shows the OPD's trend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from rakor_desktop.services.meetings import opd_reports
from rakor_desktop.services.meetings.opd_reports import OpdReportRow, format_indicators, format_pct
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.meetings.common import (
    EDIT_ON_TYPE,
    MeetingTableModel,
    call,
    setup_table,
    tab_layout,
    tr_const,
    user_message,
)
from rakor_desktop.ui.widgets import label

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext
    from rakor_desktop.ui.monev.realisations import RealisationDialog

COLUMNS = (
    QT_TRANSLATE_NOOP("Meetings", "OPD"),
    QT_TRANSLATE_NOOP("Meetings", "Anggaran %"),
    QT_TRANSLATE_NOOP("Meetings", "Tren"),
    QT_TRANSLATE_NOOP("Meetings", "Fisik %"),
    QT_TRANSLATE_NOOP("Meetings", "Tren"),
    QT_TRANSLATE_NOOP("Meetings", "Indikator kinerja"),
    QT_TRANSLATE_NOOP("Meetings", "Kendala"),
    QT_TRANSLATE_NOOP("Meetings", "Inovasi"),
)
C_ORG, C_BUDGET, C_BTREND, C_PHYS, C_PTREND, C_IND, C_OBST, C_INNOV = range(8)
# Short titles keep the numbers' columns narrow at 1280 px; the whole title on hover.
TIPS = {
    C_BUDGET: QT_TRANSLATE_NOOP("Meetings", "Realisasi anggaran %"),
    C_BTREND: QT_TRANSLATE_NOOP("Meetings", "Tren dibanding rapat sebelumnya dalam seri"),
    C_PHYS: QT_TRANSLATE_NOOP("Meetings", "Realisasi fisik %"),
    C_PTREND: QT_TRANSLATE_NOOP("Meetings", "Tren dibanding rapat sebelumnya dalam seri"),
}
FIELD = {
    C_BUDGET: "budget_pct",
    C_PHYS: "physical_pct",
    C_IND: "indicators",
    C_OBST: "obstacles",
    C_INNOV: "innovation",
}


def trend_text(delta: float | None) -> str:
    if delta is None:
        return ""
    arrow = "▲" if delta > 0 else "▼" if delta < 0 else "="
    return f"{arrow} {format_pct(abs(delta))}"


class OpdReportsModel(MeetingTableModel):
    rows: list[OpdReportRow]

    def __init__(self, ctx: AppContext, meeting_id: int, parent: Any = None) -> None:
        super().__init__(ctx, meeting_id, COLUMNS, parent)
        self.invalid: dict[tuple[int, int], tuple[str, str]] = {}  # (org id, col) -> (text, reason)

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = call(self.ctx, opd_reports.report_grid, self.meeting_id)
        self.endResetModel()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in FIELD and not self.locked:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _value(self, r: OpdReportRow, c: int) -> str:
        if c == C_ORG:
            return r.organization
        if c == C_BUDGET:
            return format_pct(r.budget_pct)
        if c == C_PHYS:
            return format_pct(r.physical_pct)
        if c == C_BTREND:
            return trend_text(r.budget_trend)
        if c == C_PTREND:
            return trend_text(r.physical_trend)
        if c == C_IND:
            return format_indicators(r.indicators)
        if c == C_OBST:
            return r.obstacles
        return r.innovation

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        bad = self.invalid.get((r.organization_id, c))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return bad[0] if bad else self._value(r, c)
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return QColor(theme.DANGER_SOFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if bad:
                return bad[1]
            if c == C_IND:
                return self._value(r, c) or self.tr(
                    "Nama: nilai; dipisah titik koma, mis. Stunting: 12,3%; Kemiskinan: 9,1%"
                )
            if c in (C_OBST, C_INNOV):
                return self._value(r, c) or None
        if role == Qt.ItemDataRole.ForegroundRole and c in (C_BTREND, C_PTREND):
            delta = r.budget_trend if c == C_BTREND else r.physical_trend
            if delta:
                return QColor(theme.SUCCESS if delta > 0 else theme.DANGER)
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (
            C_BUDGET,
            C_PHYS,
            C_BTREND,
            C_PTREND,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in FIELD:
            return False
        r = self.rows[index.row()]
        c = index.column()
        key = (r.organization_id, c)
        text = "" if value is None else str(value)
        try:
            call(
                self.ctx,
                opd_reports.upsert_report,
                self.meeting_id,
                r.organization_id,
                write=True,
                **{FIELD[c]: text},
            )
        except Exception as exc:
            reason = user_message(exc)
            self.invalid[key] = (text, reason)
            self.dataChanged.emit(index, index)
            self.error.emit(f"{r.organization}: {reason}")
            return True
        self.invalid.pop(key, None)
        fresh = call(self.ctx, opd_reports.report_grid, self.meeting_id)
        by_org = {x.organization_id: x for x in fresh}
        if r.organization_id in by_org:
            self.rows[index.row()] = by_org[r.organization_id]
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.edited.emit()
        return True


class ReportsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int) -> None:
        super().__init__()
        self.model = OpdReportsModel(ctx, meeting_id, self)
        self.model.headers = [tr_const(h) for h in COLUMNS]
        self.model.header_tips = [
            tr_const(TIPS[c]) if c in TIPS else "" for c in range(len(COLUMNS))
        ]
        layout = tab_layout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Satu baris per OPD yang diundang. Ketik langsung; tersimpan otomatis. "
                    "Persen 0–100 (koma boleh: 45,5). Tren dibanding rapat sebelumnya dalam seri."
                ),
                "muted",
                wrap=True,
            )
        )
        self.table = QTableView()
        setup_table(
            self.table,
            "reports-table",
            self.model,
            rows=False,
            mode=None,
            edit=EDIT_ON_TYPE,
            grid=True,
            widths=(
                (C_ORG, 240),
                (C_BUDGET, 100),
                (C_BTREND, 80),
                (C_PHYS, 90),
                (C_PTREND, 80),
                (C_IND, 170),
                (C_OBST, 150),
            ),
            stretch=(C_INNOV,),
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.values_button = QPushButton(self.tr("&Realisasi indikator…"))
        self.values_button.setObjectName("realisations")
        self.values_button.setToolTip(
            self.tr("Angka realisasi per indikator katalog untuk OPD pada baris terpilih (Alt+R)")
        )
        self.values_button.clicked.connect(self.open_realisations)
        row.addWidget(self.values_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = label("", "muted", wrap=True)
        self.message.setObjectName("reports-message")
        layout.addWidget(self.message)
        self.model.error.connect(self._error)
        self.model.edited.connect(self._ok)

    def refresh(self) -> None:
        self.model.refresh()
        if not self.model.rows:
            self.message.setText(
                self.tr("Belum ada OPD yang diundang; undang OPD di tab Undangan.")
            )

    def _error(self, text: str) -> None:
        self.message.setText("✖ " + text)
        theme.set_props(self.message, role="error")

    def _ok(self) -> None:
        self.message.setText(self.tr("Tersimpan."))
        theme.set_props(self.message, role="muted")
        self.changed.emit()

    def open_realisations(self, *, show: bool = True) -> RealisationDialog | None:
        """The typed realisations of the OPD on the current row (monev)."""
        from rakor_desktop.ui.monev.realisations import RealisationDialog

        index = self.table.currentIndex()
        r = (
            self.model.rows[index.row()]
            if index.isValid() and index.row() < len(self.model.rows)
            else None
        )
        if r is None:
            self._error(self.tr("Pilih baris OPD dulu."))
            return None
        dialog = RealisationDialog(
            self.model.ctx, self.model.meeting_id, r.organization_id, r.organization, self
        )
        if show:
            dialog.exec()
        return dialog

    def set_locked(self, locked: bool) -> None:
        self.model.locked = locked
        self.values_button.setEnabled(not locked)
