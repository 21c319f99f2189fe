"""Monev: each indicator against its RPJMD target, for the chair and the Bappeda analyst.

The table pages through the evaluation service (capaian, band, trend by declared
polarity, projection, validity flags); the selected indicator's history is charted
against its target line below, with the OPDs that contribute to it and why its value
needs verification. Filters: year, Asisten cluster, OPD, level, "perlu verifikasi" only.
The RPJMD matrix import previews every row before anything is written; printing and the
Excel export run in workers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.documents.text import zone_info
from rakor_desktop.domain.monev import LEVEL_LABELS, POLARITY_LABELS, Category, Level, format_number
from rakor_desktop.services.monev import evaluation as ev
from rakor_desktop.services.monev.catalogue import CLUSTER_LABELS
from rakor_desktop.services.monev.validity import FLAG_TITLES
from rakor_desktop.ui.monev.delegates import CategoryDelegate
from rakor_desktop.ui.monev.model import COL_CATEGORY, COL_INDICATOR, WIDTHS, MonevTableModel
from rakor_desktop.ui.roles import ROW_ROLE
from rakor_desktop.ui.widgets import (
    Card,
    EmptyState,
    PageHeader,
    label,
    page_body,
    pill,
    style_table,
)
from rakor_desktop.ui.workers import Worker

CONTEXT = "MonevPage"


class MonevPage(QWidget):
    """Registered as ``rakor_desktop.ui.monev.page:MonevPage`` (key ``monev``)."""

    data_loaded = Signal()
    summary_loaded = Signal()
    job_finished = Signal(str)  # the message shown after an import, PDF or export

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self.worker: Worker | None = None
        self.summary_worker: Worker | None = None
        self.summary: ev.MonevReport | None = None
        self._build()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        layout = page_body(self)
        self.header = PageHeader(
            self.tr("Monev Capaian Kinerja"),
            self.tr("Indikator RPJMD: target, realisasi, capaian dan validitas data"),
        )
        self.import_button = QPushButton(self.tr("Impor RPJMD…"))
        self.import_button.setToolTip(
            self.tr("Impor matriks indikator RPJMD, .xlsx atau .csv (Ctrl+I)")
        )
        self.import_button.clicked.connect(self._choose_matrix)
        self.pdf_button = QPushButton(self.tr("Cetak PDF…"))
        self.pdf_button.setToolTip(self.tr("Cetak Matriks Monev Capaian Kinerja (Ctrl+P)"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.export_button = QPushButton(self.tr("Excel…"))
        self.export_button.setToolTip(self.tr("Ekspor matriks ke Excel (Ctrl+E)"))
        self.export_button.clicked.connect(self._choose_xlsx)
        self.new_button = QPushButton(self.tr("Indikator baru…"))
        self.new_button.clicked.connect(lambda: self.edit_indicator(None))
        self.edit_button = QPushButton(self.tr("Ubah indikator…"))
        self.edit_button.setToolTip(self.tr("Ubah indikator terpilih (Enter pada tabel)"))
        self.edit_button.clicked.connect(lambda: self.edit_indicator(self.current_row()))
        self.directive_button = QPushButton(self.tr("Jadikan arahan…"))
        self.directive_button.setToolTip(
            self.tr("Arahan pimpinan untuk indikator terpilih, pada rapat terpilih (Ctrl+D)")
        )
        self.directive_button.clicked.connect(self._ask_directive)
        for b in (self.import_button, self.pdf_button, self.export_button):
            self.header.add_action(b)
        layout.addWidget(self.header)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setToolTip(
            self.tr("Posisi per tanggal rapat (dan klasternya); arahan masuk ke rapat ini")
        )
        self.meeting_combo.addItem(self.tr("Tanpa rapat"), None)
        filters.addWidget(self.meeting_combo, 3)
        filters.addWidget(label(self.tr("Tahun"), "muted"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("Tahun"))
        filters.addWidget(self.year)
        self.cluster_combo = QComboBox()
        self.cluster_combo.addItem(self.tr("Semua klaster"), None)
        for key, text in CLUSTER_LABELS.items():
            self.cluster_combo.addItem(text, key)
        self.org_combo = QComboBox()
        self.org_combo.addItem(self.tr("Semua OPD"), None)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("Semua jenis"), None)
        for level, text in LEVEL_LABELS.items():
            self.level_combo.addItem(text, level.value)
        for combo in (self.meeting_combo, self.cluster_combo, self.org_combo, self.level_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            if combo is not self.meeting_combo:
                filters.addWidget(combo, 2)
        self.flagged_check = QCheckBox(self.tr("Hanya perlu verifikasi"))
        filters.addWidget(self.flagged_check)
        filters.addStretch(1)
        layout.addLayout(filters)

        summary = QHBoxLayout()
        summary.setSpacing(6)
        self.pills: dict[str, QLabel] = {}
        for key, tone in (
            (Category.SANGAT_TINGGI.value, "success"),
            (Category.TINGGI.value, "success"),
            (Category.SEDANG.value, "warning"),
            (Category.RENDAH.value, "danger"),
            (Category.SANGAT_RENDAH.value, "danger"),
            ("flags", "warning"),
        ):
            p = pill("", tone)
            self.pills[key] = p
            summary.addWidget(p)
        self.message = label("", "muted", wrap=True)
        summary.addWidget(self.message, 1)
        for b in (self.new_button, self.edit_button, self.directive_button):
            b.setProperty("variant", "link")
            summary.addWidget(b)
        layout.addLayout(summary)

        self.model = MonevTableModel(self._fetch, self)
        self.table = QTableView()
        self.table.setObjectName("MonevTable")
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(COL_CATEGORY, CategoryDelegate(self.table))
        for i, w in enumerate(WIDTHS):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_INDICATOR, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.activated.connect(lambda _i: self.edit_indicator(self.current_row()))
        self.empty = EmptyState(
            "info",
            self.tr(
                "Belum ada indikator di katalog. Impor matriks indikator RPJMD (Kode, Indikator, "
                "Satuan, Polaritas, Kondisi Awal, Target per tahun)."
            ),
        )
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty, 1)
        self.empty.hide()

        from rakor_desktop.ui.insight.charts import ChartView

        detail = QWidget()
        row = QHBoxLayout(detail)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.chart_card = Card(self.tr("Riwayat terhadap target"), margins=(14, 10, 14, 10))
        self.chart = ChartView("monev", self.tr("Riwayat indikator terhadap target"))
        self.chart.setMinimumHeight(220)
        self.chart_card.body.addWidget(self.chart, 1)
        row.addWidget(self.chart_card, 3)
        self.info_card = Card(self.tr("Indikator"), margins=(14, 10, 14, 10))
        self.info = label("", wrap=True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info_card.body.addWidget(self.info, 1)
        row.addWidget(self.info_card, 2)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self.year.valueChanged.connect(lambda _v: self.apply_filters())
        for combo in (self.meeting_combo, self.cluster_combo, self.org_combo, self.level_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.flagged_check.toggled.connect(lambda _on: self.apply_filters())
        # Keyboard: Ctrl+I imports, Ctrl+P prints, Ctrl+E exports, Ctrl+D raises a
        # directive (Bantuan > Pintasan).
        from rakor_desktop.ui.shortcuts import main_sequence

        for action, slot in (
            ("monev.import", self._choose_matrix),
            ("monev.print", self._choose_pdf),
            ("monev.export", self._choose_xlsx),
            ("monev.directive", self._ask_directive),
        ):
            sc = QShortcut(main_sequence(action), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.setFocusProxy(self.table)

    # -- data ----------------------------------------------------------------------
    def _filters(self) -> dict:
        level = self.level_combo.currentData()
        meeting = self.meeting_combo.currentData()
        return {
            "meeting_id": meeting,
            "year": None if meeting is not None else self.year.value(),
            "cluster": self.cluster_combo.currentData(),
            "organization_id": self.org_combo.currentData(),
            "level": Level(level) if level else None,
            "flagged_only": self.flagged_check.isChecked(),
        }

    def _fetch(self, offset: int, limit: int) -> list[ev.MonevRow]:
        if not self._loaded:
            return []
        with self.ctx.db.session() as s:
            return ev.evaluate(s, offset=offset, limit=limit, **self._filters()).rows

    def refresh(self) -> None:
        from rakor_desktop.services.directory.people import list_organizations
        from rakor_desktop.services.followups.query import office_today

        today = office_today(self.ctx.now(), self.ctx.zone)
        from rakor_desktop.services.meetings.listing import list_meetings

        with self.ctx.db.session() as s:
            orgs = [(o.short_name or o.name, o.id) for o in list_organizations(s)]
            # Meetings that have begun, newest first: a monev is read at a Rakor.
            meetings = [m for m in list_meetings(s) if m.starts_at <= self.ctx.now()][:24]
        keep_meeting = self.meeting_combo.currentData()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        self.meeting_combo.addItem(self.tr("Tanpa rapat"), None)
        for m in meetings:
            local = m.starts_at.astimezone(zone_info(self.ctx.zone))
            self.meeting_combo.addItem(f"{local:%d/%m/%Y} · {m.title}", m.id)
            self.meeting_combo.setItemData(
                self.meeting_combo.count() - 1, m.title, Qt.ItemDataRole.ToolTipRole
            )
        index = self.meeting_combo.findData(keep_meeting) if keep_meeting else 0
        self.meeting_combo.setCurrentIndex(max(index, 0))
        self.meeting_combo.blockSignals(False)
        keep = self.org_combo.currentData()
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem(self.tr("Semua OPD"), None)
        for name, oid in orgs:
            self.org_combo.addItem(name, oid)
        self.org_combo.setCurrentIndex(max(self.org_combo.findData(keep), 0) if keep else 0)
        self.org_combo.blockSignals(False)
        if not self._loaded:
            self.year.blockSignals(True)
            self.year.setValue(today.year)
            self.year.blockSignals(False)
        self._loaded = True
        self.apply_filters()

    def is_data_ready(self) -> bool:
        return self._loaded and self.summary is not None

    def apply_filters(self) -> None:
        if not self._loaded:
            return
        self.year.setEnabled(self.meeting_combo.currentData() is None)
        self.directive_button.setEnabled(self.meeting_combo.currentData() is not None)
        self.model.reload()
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows or self.flagged_check.isChecked())
        self.empty.setVisible(not has_rows and not self.flagged_check.isChecked())
        if has_rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self._show_selected()
        self._load_summary()
        self.data_loaded.emit()

    def _load_summary(self) -> None:
        """Counts per band and flags over the whole filter, off the GUI thread."""
        filters = {**self._filters(), "flagged_only": False}
        db = self.ctx.db

        def work(job) -> ev.MonevReport:
            with db.session() as s:
                return ev.evaluate(s, **filters)

        worker = Worker(work)
        self.summary_worker = worker
        worker.finished.connect(self._show_summary)
        self.ctx.run(worker)

    def _show_summary(self, report: ev.MonevReport) -> None:
        self.summary = report
        counts = {c.value: 0 for c in Category}
        for r in report.rows:
            if r.category is not None:
                counts[r.category.value] += 1
        for key, p in self.pills.items():
            if key == "flags":
                n = len(report.flagged())
                p.setText(self.tr("%1 perlu verifikasi").replace("%1", format_number(n)))
            else:
                p.setText(f"{key} {counts[key]}")
            p.setVisible(key == "flags" or counts.get(key, 0) > 0)
        self.header.set_subtitle(
            self.tr("Tahun %1, posisi s.d. bulan %2 · %3 indikator")
            .replace("%1", str(report.year))
            .replace("%2", f"{report.cutoff[1]:02d}")
            .replace("%3", format_number(len(report.rows)))
        )
        self.summary_loaded.emit()

    def current_row(self) -> ev.MonevRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _show_selected(self) -> None:
        from rakor_desktop.ui.monev.chart import fill_indicator_history

        row = self.current_row()
        if row is None:
            self.chart.reset()
            self.chart.empty = True
            self.info.setText(self.tr("Pilih indikator pada tabel untuk melihat riwayatnya."))
            return
        ind = row.indicator
        with self.ctx.db.session() as s:
            points = ev.indicator_history(s, ind.id)
            contributions = ev.contributions(s, ind.id, row.year)
        fill_indicator_history(self.chart, points, ind.targets, ind.unit)
        self.chart_card.title_label.setText(  # type: ignore[union-attr]
            self.tr("Riwayat %1 terhadap target").replace("%1", ind.code)
        )
        lines = [
            f"<b>{ind.code} · {_esc(ind.name)}</b>",
            f"{LEVEL_LABELS[ind.level]} · {_esc(ind.unit or '-')} · {POLARITY_LABELS[ind.polarity]}",
            self.tr("Penanggung jawab: %1").replace("%1", _esc(ind.lead_org or "-")),
        ]
        if ind.contributors:
            lines.append(
                self.tr("OPD pendukung: %1").replace("%1", _esc(", ".join(ind.contributors)))
            )
        if ind.baseline is not None:
            lines.append(
                self.tr("Kondisi awal: %1").replace("%1", format_number(ind.baseline))
                + (f" ({ind.baseline_year})" if ind.baseline_year else "")
            )
        if row.result.reason:
            lines.append(f"<i>{_esc(row.result.reason)}</i>")
        if contributions:
            lines.append(
                self.tr("Laporan OPD %1: %2")
                .replace("%1", str(row.year))
                .replace(
                    "%2",
                    ", ".join(f"{_esc(n)} {format_number(v)} ({p})" for n, v, p in contributions),
                )
            )
        for f in row.flags:
            lines.append(
                f'<span style="color:#b45309">⚠ {_esc(FLAG_TITLES[f.code])}: {_esc(f.reason)}</span>'
            )
        self.info.setText("<br/>".join(lines))
        self.info_card.title_label.setText(self.tr("Indikator"))  # type: ignore[union-attr]

    # -- the catalogue -------------------------------------------------------------------
    def edit_indicator(self, row: ev.MonevRow | None, *, answer=None) -> bool:
        """Open the editor (new when ``row`` is None); save through the catalogue service.

        ``answer(dialog) -> bool`` stands in for the person in tests: it fills the dialog
        and says whether Simpan was pressed (called again after refused input)."""
        from rakor_desktop.services.directory.people import list_organizations
        from rakor_desktop.services.monev.catalogue import (
            CatalogueError,
            indicator_form,
            save_indicator,
            spec_from_form,
        )
        from rakor_desktop.ui.monev.editor import IndicatorDialog

        with self.ctx.db.session() as s:
            orgs = [
                (o.short_name or o.name, o.id) for o in list_organizations(s) if o.id is not None
            ]
        current = indicator_form(row.indicator) if row is not None else None
        dialog = IndicatorDialog(orgs, current, self)
        ask = answer or (lambda d: d.exec() == QDialog.DialogCode.Accepted)
        while ask(dialog):
            try:
                with self.ctx.db.session(write=True) as s:
                    save_indicator(s, spec_from_form(s, dialog.form()))
            except CatalogueError as exc:
                from rakor_desktop.messages import render

                dialog.show_problems(render(exc))
                continue
            self._done(self.tr("Indikator %1 disimpan.").replace("%1", dialog.form().code.strip()))
            self.apply_filters()
            return True
        return False

    # -- directives ----------------------------------------------------------------------
    def _ask_directive(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        row = self.current_row()
        meeting = self.meeting_combo.currentData()
        if row is None or meeting is None:
            self._done(self.tr("Pilih rapat dan indikator dulu."), failed=True)
            return
        from rakor_desktop.services.monev.directives import suggested_text

        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Arahan untuk %1").replace("%1", row.indicator.code),
            self.tr("Arahan pimpinan (untuk %1):").replace("%1", row.indicator.lead_org or "-"),
            suggested_text(row),
        )  # fmt: skip
        if ok and text.strip():
            self.raise_directive(text.strip())

    def raise_directive(self, text: str | None = None) -> bool:
        """Record the directive for the selected indicator in the selected meeting."""
        from rakor_desktop.services.monev.directives import raise_directive

        row = self.current_row()
        meeting = self.meeting_combo.currentData()
        if row is None or meeting is None:
            return False
        try:
            with self.ctx.db.session(write=True) as s:
                raise_directive(s, meeting, row.indicator.code, text=text)
        except ValueError as exc:  # a finalized meeting, an unknown OPD: said, not raised
            from rakor_desktop.messages import render

            self._done(render(exc), failed=True)
            return False
        self._done(
            self.tr("Arahan untuk %1 dicatat di rapat terpilih.").replace("%1", row.indicator.code)
        )
        return True

    # -- import, print, export ---------------------------------------------------------
    def _busy(self, on: bool) -> None:
        for b in (self.import_button, self.pdf_button, self.export_button):
            b.setEnabled(not on)

    def _choose_matrix(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor matriks indikator RPJMD"), "",
            self.tr("Lembar kerja (*.xlsx *.csv)"),
        )  # fmt: skip
        if path:
            self.import_matrix(Path(path))

    def import_matrix(self, path: Path, *, confirm=None) -> Worker:
        """Dry run first (every row judged), then, when confirmed, the import itself."""
        from rakor_desktop.services.monev.rpjmd_import import import_matrix

        db = self.ctx.db

        def preview(job):
            with db.session() as s:
                return import_matrix(s, path, dry_run=True)

        worker = Worker(preview)
        self.worker = worker
        self._busy(True)
        self.message.setText(self.tr("Memeriksa %1…").replace("%1", path.name))
        worker.finished.connect(lambda result: self._previewed(path, result, confirm))
        worker.failed.connect(lambda msg: self._done(msg, failed=True))
        self.ctx.run(worker)
        return worker

    def _previewed(self, path: Path, result, confirm) -> None:
        from rakor_desktop.services.monev.rpjmd_import import import_matrix
        from rakor_desktop.ui.monev.preview import MatrixPreviewDialog

        if result.valid == 0:
            self._done(result.summary() + " " + self.tr("Tidak ada baris yang sah."), failed=True)
            return
        accepted = (
            confirm(result) if confirm is not None else MatrixPreviewDialog(result, self).exec()
        )
        if not accepted:
            self._done(self.tr("Impor dibatalkan; tidak ada yang disimpan."))
            return
        db = self.ctx.db

        def work(job):
            with db.session(write=True) as s:
                return import_matrix(s, path)

        worker = Worker(work)
        self.worker = worker
        worker.finished.connect(lambda r: self._imported(r.summary()))
        worker.failed.connect(lambda msg: self._done(msg, failed=True))
        self.ctx.run(worker)

    def _imported(self, summary: str) -> None:
        self._done(summary)
        self.apply_filters()

    def _choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan matriks monev"), f"matriks-monev-{self.year.value()}.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> Worker:
        from rakor_desktop.documents.monev import render_monev_matrix

        return self._write_matrix(
            lambda doc: render_monev_matrix(doc.office, doc.matrix, path),
            path,
            self.tr("Matriks disimpan ke %1"),
        )

    def _choose_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor matriks monev"), f"matriks-monev-{self.year.value()}.xlsx",
            self.tr("Excel (*.xlsx)"),
        )  # fmt: skip
        if path:
            self.write_xlsx(Path(path))

    def write_xlsx(self, path: Path) -> Worker:
        from rakor_desktop.services.monev.xlsx import write_monev_xlsx

        return self._write_matrix(
            lambda doc: write_monev_xlsx(doc, path), path, self.tr("Matriks diekspor ke %1")
        )

    def _write_matrix(self, write, path: Path, done_text: str) -> Worker:
        """The matrix of what the filters show (meeting, cluster, year), written off the GUI
        thread by ``write(document)``."""
        from rakor_desktop.services.monev.report_data import monev_document

        db = self.ctx.db
        filters = self._filters()

        def work(job):
            with db.session() as s:
                doc = monev_document(
                    s,
                    meeting_id=filters["meeting_id"],
                    cluster=filters["cluster"],
                    year=filters["year"],
                )
            job.check()
            write(doc)
            return path

        return self._start(work, done_text)

    def _start(self, work, done_text: str) -> Worker:
        worker = Worker(work)
        self.worker = worker
        self._busy(True)
        self.message.setText(self.tr("Sedang membuat…"))
        worker.finished.connect(lambda p: self._done(done_text.replace("%1", Path(p).name)))
        worker.failed.connect(lambda msg: self._done(msg, failed=True))
        self.ctx.run(worker)
        return worker

    def _done(self, message: str, *, failed: bool = False) -> None:
        self._busy(False)
        self.message.setText(message)
        self.message.setProperty("role", "error" if failed else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.job_finished.emit(message)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
