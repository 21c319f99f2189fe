"""The RPJMD matrix import preview: every row's verdict before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.monev.rpjmd_import import MatrixImport, MatrixRow, RowVerdict
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.models import Column, RowTableModel
from rakor_desktop.ui.widgets import fit_to_screen, label, style_table

CONTEXT = "MatrixPreview"
_TONE = {
    RowVerdict.NEW: theme.SUCCESS,
    RowVerdict.UPDATED: theme.ACCENT,
    RowVerdict.UNCHANGED: theme.TEXT_MUTED,
    RowVerdict.REFUSED: theme.DANGER,
}


def _why(r: MatrixRow) -> str:
    return " ".join([*r.reasons, *r.warnings])


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("MatrixPreview", "Baris"), lambda r: str(r.row), CONTEXT),
    Column(QT_TRANSLATE_NOOP("MatrixPreview", "Kode"), lambda r: r.code, CONTEXT),
    Column(QT_TRANSLATE_NOOP("MatrixPreview", "Indikator"), lambda r: r.name, CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("MatrixPreview", "Hasil"),
        lambda r: r.verdict.value,
        CONTEXT,
        foreground=lambda r: _TONE.get(r.verdict),
        bold=True,
    ),
    Column(QT_TRANSLATE_NOOP("MatrixPreview", "Alasan"), _why, CONTEXT),
)


class MatrixPreviewDialog(QDialog):
    def __init__(self, result: MatrixImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("MatrixPreview", "Pratinjau impor matriks RPJMD")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label(result.summary(), wrap=True))
        self.model = RowTableModel(COLUMNS, self)
        self.model.set_rows([r for r in result.rows if r.verdict is not RowVerdict.SKIPPED])
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        refused = result.count(RowVerdict.REFUSED)
        if refused:
            layout.addWidget(
                label(
                    QCoreApplication.translate(
                        "MatrixPreview",
                        "Baris yang ditolak tidak disimpan; perbaiki di berkasnya lalu impor lagi.",
                    ),
                    "muted",
                    wrap=True,
                )
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("MatrixPreview", "Simpan %1 baris").replace(
                "%1", str(result.valid)
            )
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, 900, 560)
