"""Realisations of one OPD at one meeting: typed numbers per catalogued indicator.

Opened from the Laporan OPD tab while the Kepala OPD speaks. Each catalogued indicator the
OPD leads or contributes to is a row: period (the meeting's month at the indicator's
pace), value in its unit, source and note. Saving records all of them or none (a refused
value is painted red with its reason and nothing is half-saved). What the OPD wrote as free
text and the catalogue does not know is listed below as "tanpa katalog", never dropped.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.monev.values import (
    EntryRow,
    ValuesRefused,
    entry_rows,
    record_values,
    uncatalogued_values,
)
from rakor_desktop.ui import theme
from rakor_desktop.ui.widgets import fit_to_screen, label, style_table

C_CODE, C_NAME, C_UNIT, C_PERIOD, C_VALUE, C_SOURCE, C_NOTE = range(7)
EDITABLE = (C_PERIOD, C_VALUE, C_SOURCE, C_NOTE)


class RealisationDialog(QDialog):
    def __init__(
        self,
        ctx,
        meeting_id: int,
        organization_id: int,
        organization: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.organization_id = organization_id
        self.setWindowTitle(self.tr("Realisasi indikator: %1").replace("%1", organization))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Angka cara Indonesia (12,5 atau 1.250). Periode: 2026-05 (bulan), "
                    "2026-Q2 (triwulan), 2026 (tahun). Tersimpan semua atau tidak sama sekali."
                ),
                "muted",
                wrap=True,
            )
        )
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Kode"), self.tr("Indikator"), self.tr("Satuan"), self.tr("Periode"),
             self.tr("Nilai"), self.tr("Sumber"), self.tr("Catatan")]
        )  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.setEditTriggers(
            QTableView.EditTrigger.AnyKeyPressed
            | QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setSectionResizeMode(C_NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.loose = label("", "muted", wrap=True)
        layout.addWidget(self.loose)
        self.message = label("", "muted", wrap=True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        # Enter finishes a cell, it does not save the dialog (the cell commits a moment
        # later, so a default Save would read the value from before the edit).
        for b in buttons.buttons():
            if isinstance(b, QPushButton):
                b.setAutoDefault(False)
                b.setDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()
        fit_to_screen(self, 900, 520)

    def load(self) -> None:
        with self.ctx.db.session() as s:
            rows = entry_rows(s, self.meeting_id, self.organization_id)
            loose = [
                u for u in uncatalogued_values(s, self.meeting_id)
                if u.organization_id == self.organization_id
            ]  # fmt: skip
        self.model.setRowCount(0)
        for r in rows:
            items = [
                QStandardItem(t)
                for t in (r.code, r.name, r.unit, r.period, r.value, r.source, r.note)
            ]
            for c, item in enumerate(items):
                item.setEditable(c in EDITABLE)
            self.model.appendRow(items)
        if not rows:
            self.message.setText(
                self.tr(
                    "OPD ini belum menjadi penanggung jawab atau pendukung indikator apa pun di katalog."
                )
            )
        if loose:
            text = "; ".join(f"{u.label}: {u.raw_text}" if u.raw_text else u.label for u in loose)
            self.loose.setText(self.tr("Tanpa katalog (dari laporan teks): %1").replace("%1", text))
        self.loose.setVisible(bool(loose))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, C_VALUE))

    def entries(self) -> list[EntryRow]:
        def cell(r: int, c: int) -> str:
            return self.model.item(r, c).text()

        return [
            EntryRow(cell(r, C_CODE), cell(r, C_NAME), cell(r, C_UNIT), cell(r, C_PERIOD),
                     cell(r, C_VALUE), cell(r, C_SOURCE), cell(r, C_NOTE))
            for r in range(self.model.rowCount())
        ]  # fmt: skip

    def save(self) -> bool:
        for r in range(self.model.rowCount()):
            item = self.model.item(r, C_VALUE)
            item.setBackground(QColor(0, 0, 0, 0))
            item.setToolTip("")
        try:
            with self.ctx.db.session(write=True) as s:
                n = record_values(s, self.meeting_id, self.organization_id, self.entries())
        except ValuesRefused as exc:
            for r in range(self.model.rowCount()):
                reason = exc.reasons.get(self.model.item(r, C_CODE).text())
                if reason:
                    item = self.model.item(r, C_VALUE)
                    item.setBackground(QColor(theme.DANGER_SOFT))
                    item.setToolTip(reason)
            self.message.setText("✖ " + " ".join(exc.reasons.values()))
            theme.set_props(self.message, role="error")
            return False
        except ValueError as exc:  # a finalized meeting: the service's guard says why
            self.message.setText("✖ " + str(exc))
            theme.set_props(self.message, role="error")
            return False
        self.message.setText(self.tr("%1 realisasi tersimpan.").replace("%1", str(n)))
        theme.set_props(self.message, role="muted")
        return True
