"""The indicator editor: one catalogue entry, with its polarity declared and its targets.

All checks are the catalogue service's (the same as the RPJMD import's); the dialog only
collects text and shows every problem at once under the form, keeping what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain.monev import FREQUENCY_LABELS, LEVEL_LABELS, POLARITY_LABELS
from rakor_desktop.services.monev.catalogue import IndicatorForm, rpjmd_years
from rakor_desktop.ui.widgets import fit_to_screen, label


class IndicatorDialog(QDialog):
    """``form()`` gives the typed fields; ``show_problems`` puts the service's reasons up."""

    def __init__(
        self,
        orgs: list[tuple[str, int]],
        current: IndicatorForm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ubah indikator") if current else self.tr("Indikator baru"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mis. IKU-01"))
        self.code.setReadOnly(current is not None)  # the code is the indicator's identity
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("%, orang, Rp, indeks, ton …"))
        self.polarity = QComboBox()
        self.polarity.addItem(self.tr("— pilih polaritas —"), "")
        for polarity, text in POLARITY_LABELS.items():
            self.polarity.addItem(text, polarity.value)
        self.level = QComboBox()
        for level, text in LEVEL_LABELS.items():
            self.level.addItem(text, level.value)
        self.frequency = QComboBox()
        for frequency, text in FREQUENCY_LABELS.items():
            self.frequency.addItem(text, frequency.value)
        self.lead = QComboBox()
        self.lead.addItem(self.tr("— tanpa OPD —"), None)
        for name, oid in orgs:
            self.lead.addItem(name, oid)
        self.contributors = QLineEdit()
        self.contributors.setPlaceholderText(self.tr("singkatan OPD, dipisah koma"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("BPS, SIPD, data OPD …"))
        valid = QHBoxLayout()
        self.valid_min = QLineEdit()
        self.valid_max = QLineEdit()
        valid.addWidget(self.valid_min)
        valid.addWidget(QLabel(self.tr("s.d.")))
        valid.addWidget(self.valid_max)
        self.period = QLineEdit()
        self.period.setPlaceholderText("2025-2029")
        baseline = QHBoxLayout()
        self.baseline = QLineEdit()
        self.baseline_year = QLineEdit()
        self.baseline_year.setPlaceholderText(self.tr("tahun"))
        self.baseline_year.setMaximumWidth(
            self.baseline_year.fontMetrics().horizontalAdvance("00000000")
        )
        baseline.addWidget(self.baseline, 1)
        baseline.addWidget(self.baseline_year)
        for text, widget in (
            (self.tr("Kode"), self.code),
            (self.tr("Nama indikator"), self.name),
            (self.tr("Satuan"), self.unit),
            (self.tr("Polaritas"), self.polarity),
            (self.tr("Jenis"), self.level),
            (self.tr("Frekuensi"), self.frequency),
            (self.tr("OPD penanggung jawab"), self.lead),
            (self.tr("OPD pendukung"), self.contributors),
            (self.tr("Sumber data"), self.source),
            (self.tr("Rentang sah"), valid),
            (self.tr("Periode RPJMD"), self.period),
            (self.tr("Kondisi awal"), baseline),
        ):
            form.addRow(text, widget)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("Target per tahun (rentang: 2,5 - 3,5)"), "section"))
        self.targets_box = QGridLayout()
        layout.addLayout(self.targets_box)
        self.target_edits: dict[int, QLineEdit] = {}
        self.problems = label("", "error", wrap=True)
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period.textChanged.connect(lambda _t: self._years())
        if current is not None:
            self._load(current)
        else:
            self._years()
        fit_to_screen(self, 640, 620)

    def _load(self, f: IndicatorForm) -> None:
        self.code.setText(f.code)
        self.name.setText(f.name)
        self.unit.setText(f.unit)
        self.polarity.setCurrentIndex(max(self.polarity.findData(f.polarity), 0))
        self.level.setCurrentIndex(max(self.level.findData(f.level), 0))
        self.frequency.setCurrentIndex(max(self.frequency.findData(f.frequency), 0))
        self.lead.setCurrentIndex(max(self.lead.findData(f.lead_org_id), 0))
        self.contributors.setText(f.contributors)
        self.source.setText(f.source)
        self.valid_min.setText(f.valid_min)
        self.valid_max.setText(f.valid_max)
        self.period.setText(f.rpjmd_period)
        self.baseline.setText(f.baseline)
        self.baseline_year.setText(f.baseline_year)
        self._years(f.targets)

    def _years(self, values: dict[int, str] | None = None) -> None:
        """One target field per year of the RPJMD period (typed values survive a change)."""
        kept = {y: e.text() for y, e in self.target_edits.items()}
        kept.update(values or {})
        while self.targets_box.count():
            item = self.targets_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.target_edits = {}
        years = rpjmd_years(self.period.text()) or sorted(kept)
        for i, year in enumerate(years):
            edit = QLineEdit(kept.get(year, ""))
            edit.setAccessibleName(self.tr("Target %1").replace("%1", str(year)))
            self.targets_box.addWidget(QLabel(str(year)), 0, i)
            self.targets_box.addWidget(edit, 1, i)
            self.target_edits[year] = edit

    def form(self) -> IndicatorForm:
        return IndicatorForm(
            code=self.code.text(),
            name=self.name.text(),
            unit=self.unit.text(),
            polarity=self.polarity.currentData() or "",
            level=self.level.currentData(),
            frequency=self.frequency.currentData(),
            lead_org_id=self.lead.currentData(),
            contributors=self.contributors.text(),
            source=self.source.text(),
            valid_min=self.valid_min.text(),
            valid_max=self.valid_max.text(),
            rpjmd_period=self.period.text(),
            baseline=self.baseline.text(),
            baseline_year=self.baseline_year.text(),
            targets={y: e.text() for y, e in self.target_edits.items()},
        )

    def show_problems(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))
