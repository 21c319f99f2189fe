"""The directory import wizard: file -> column mapping -> preview -> apply -> report.

Every step that touches the file or the database runs in a :class:`Worker` (reading a
10,000-row workbook takes a second or two), with a progress bar and a "Batal" button
while the rows are written. The wizard holds no Session and no SQL: it calls
``services.tabular`` and ``services.people_import``, whose apply step is one
transaction, so "Batal" or a crash leaves the directory exactly as it was.

The app shell opens it from a menu: ``ImportWizard(ctx, parent).exec()``. A bare
``Database`` is accepted too (tools, tests), with a thread-pool executor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.directory.importer import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
    Verdict,
    import_people,
    save_report,
)
from rakor_desktop.services.directory.tabular import FIELDS, Table, read_table
from rakor_desktop.ui import labels
from rakor_desktop.ui.directory.models import (
    PreviewModel,
    SampleModel,
    VerdictDelegate,
    verdict_text,
)
from rakor_desktop.ui.widgets import fit_to_screen
from rakor_desktop.ui.workers import Cancelled, Job, ThreadPoolExecutor, Worker

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_APPLY = range(4)
SAMPLE_ROWS = 8


def _read(job: Job, path: str) -> Table:
    job.progress(0, 0)
    return read_table(path)


def _preview(job: Job, db: Any, table: Table, mapping: dict, create_opd: bool) -> ImportResult:
    try:
        return import_people(
            db,
            table,
            mapping,
            create_opd=create_opd,
            dry_run=True,
            progress=job.progress,
            cancel=lambda: job.cancelled,
        )
    except ImportCancelled:
        raise Cancelled from None


def _apply(job: Job, db: Any, table: Table, mapping: dict, create_opd: bool) -> ImportResult:
    try:
        return import_people(
            db,
            table,
            mapping,
            create_opd=create_opd,
            progress=job.progress,
            cancel=lambda: job.cancelled,
        )
    except ImportCancelled:
        raise Cancelled from None


def _save(job: Job, plan: ImportPreview, path: str) -> Path:
    return save_report(plan, path)


class ImportWizard(QDialog):
    """Import people and OPDs from ``.xlsx``/``.csv`` with a per-row preview."""

    imported = Signal(object)  # ImportResult, after a successful apply

    def __init__(self, ctx_or_db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if hasattr(ctx_or_db, "db") and hasattr(ctx_or_db, "run"):
            self.ctx = ctx_or_db
            self.db = ctx_or_db.db
            self._start = ctx_or_db.run
        else:
            self.ctx = None
            self.db = ctx_or_db
            self._executor = ThreadPoolExecutor()
            self._start = self._executor.start
        self.table: Table | None = None
        self.plan: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self.worker: Worker | None = None
        self._close_when_done = False

        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Impor direktori pegawai"))
        fit_to_screen(self, 980, 640)
        root = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setProperty("role", "section")
        root.addWidget(self.step_label)
        self.stack = QStackedWidget()
        root.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_file_page())
        self.stack.addWidget(self._build_mapping_page())
        self.stack.addWidget(self._build_preview_page())
        self.stack.addWidget(self._build_apply_page())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("tone", "danger")
        root.addWidget(self.message)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Kembali"))
        self.next_button = QPushButton(self.tr("Lanjut"))
        self.next_button.setObjectName("next_button")
        self.next_button.setDefault(True)
        self.apply_button = QPushButton(self.tr("Terapkan"))
        self.apply_button.setObjectName("apply_button")
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setObjectName("close_button")
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for b in (self.next_button, self.apply_button, self.close_button):
            buttons.addWidget(b)
        root.addLayout(buttons)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self._show_page(PAGE_FILE)

    # -- pages ---------------------------------------------------------------------------
    def _build_file_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Pilih berkas Excel (.xlsx) atau CSV berisi daftar pegawai. Kolom Nama wajib; "
                "NIP, Jabatan, Pangkat/Golongan, Unit Kerja/OPD dan No. HP dikenali otomatis. "
                "Tidak ada yang disimpan sebelum Anda memeriksa pratinjau dan menekan Terapkan."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("file_path")
        self.path_edit.setPlaceholderText(self.tr("Berkas .xlsx atau .csv"))
        browse = QPushButton(self.tr("Pilih berkas…"))
        browse.setObjectName("browse_button")
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        lay.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        lay.addWidget(self.file_info)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for fld in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{fld}")
            self.combos[fld] = combo
            form.addRow(labels.import_field(fld), combo)
        lay.addLayout(form)
        # Here rather than on the first step: the preview's "OPD belum terdaftar" rows
        # send the user one step back, where this box is.
        self.create_opd = QCheckBox(self.tr("Buat OPD baru bila belum terdaftar"))
        self.create_opd.setObjectName("create_opd")
        lay.addWidget(self.create_opd)
        lay.addWidget(QLabel(self.tr("Contoh isi berkas:")))
        self.sample_view = QTableView()
        self.sample_view.setObjectName("sample_view")
        self.sample_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.sample_view, 1)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.only_problems = QCheckBox(self.tr("Tampilkan hanya baris bermasalah"))
        self.only_problems.setObjectName("only_problems")
        lay.addWidget(self.only_problems)
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("preview_view")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setItemDelegate(VerdictDelegate(self.preview_view))
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.verticalHeader().setVisible(False)
        lay.addWidget(self.preview_view, 1)
        self.only_problems.toggled.connect(self.preview_model.set_only_problems)
        return page

    def _build_apply_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button = QPushButton(self.tr("Simpan laporan (xlsx)…"))
        self.report_button.setObjectName("save_report")
        self.report_button.clicked.connect(self._ask_report_path)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.report_button)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addLayout(row)
        lay.addStretch(1)
        return page

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        titles = {
            PAGE_FILE: self.tr("Langkah 1 dari 4: pilih berkas"),
            PAGE_MAPPING: self.tr("Langkah 2 dari 4: cocokkan kolom"),
            PAGE_PREVIEW: self.tr("Langkah 3 dari 4: periksa pratinjau"),
            PAGE_APPLY: self.tr("Langkah 4 dari 4: simpan"),
        }
        self.step_label.setText(titles[index])
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        busy = self.worker is not None
        self.back_button.setEnabled(not busy and page in (PAGE_MAPPING, PAGE_PREVIEW))
        self.next_button.setVisible(page in (PAGE_FILE, PAGE_MAPPING))
        self.next_button.setEnabled(not busy)
        self.apply_button.setVisible(page == PAGE_PREVIEW)
        writable = self.plan is not None and any(
            r.verdict in (Verdict.NEW, Verdict.UPDATE) for r in self.plan.rows
        )
        self.apply_button.setEnabled(not busy and writable)
        self.cancel_button.setEnabled(busy)
        self.report_button.setEnabled(not busy and self.plan is not None)
        self.close_button.setText(
            self.tr("Tutup") if page == PAGE_APPLY and not busy else self.tr("Batal")
        )

    # -- navigation ----------------------------------------------------------------------
    def go_back(self) -> None:
        page = self.stack.currentIndex()
        if page > PAGE_FILE and self.worker is None:
            self.message.clear()
            self._show_page(page - 1)

    def go_next(self) -> None:
        page = self.stack.currentIndex()
        self.message.clear()
        if page == PAGE_FILE:
            path = self.path_edit.text().strip()
            if not path:
                self.message.setText(self.tr("Pilih berkas terlebih dahulu."))
                return
            self._run(Worker(_read, path), self._on_read)
        elif page == PAGE_MAPPING:
            mapping = self.mapping()
            if mapping.get("name") is None:
                self.message.setText(self.tr("Pilih kolom yang berisi Nama."))
                return
            assert self.table is not None
            self._run(
                Worker(_preview, self.db, self.table, mapping, self.create_opd.isChecked()),
                self._on_preview,
            )

    def load_file(self, path: str | Path) -> None:
        """Choose ``path`` and read it (what "Pilih berkas…" + "Lanjut" do)."""
        self.path_edit.setText(str(path))
        self._show_page(PAGE_FILE)
        self.go_next()

    def _browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih daftar pegawai"),
            start,
            self.tr("Daftar pegawai (*.xlsx *.csv *.txt);;Semua berkas (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def mapping(self) -> dict[str, int | None]:
        return {fld: combo.currentData() for fld, combo in self.combos.items()}

    def set_mapping(self, field_name: str, column: int | None) -> None:
        combo = self.combos[field_name]
        combo.setCurrentIndex(max(0, combo.findData(column)))

    # -- workers -------------------------------------------------------------------------
    def _run(self, worker: Worker, on_finished: Any) -> None:
        self.worker = worker
        worker.finished.connect(on_finished)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        self.progress.setRange(0, 0)
        self._update_buttons()
        self._start(worker)

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if self.stack.currentIndex() == PAGE_APPLY:
            self.status.setText(
                self.tr("Menyimpan %1 dari %2 baris…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

    def _on_done(self) -> None:
        self.worker = None
        self._update_buttons()
        if self._close_when_done:
            super().reject()

    def _on_failed(self, message: str) -> None:
        self.message.setText(message)
        if self.stack.currentIndex() == PAGE_APPLY:
            self.status.setText(self.tr("Impor gagal; tidak ada data yang diubah."))
            self.progress.setRange(0, 1)
            self.progress.setValue(0)

    def _on_cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Impor dibatalkan; tidak ada data yang diubah."))

    def _on_read(self, table: Table) -> None:
        self.table = table
        self.plan = None
        headers = table.headers
        for fld, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(tidak dipakai)"), None)
            for i, h in enumerate(headers):
                combo.addItem(h, i)
            combo.setCurrentIndex(max(0, combo.findData(table.guessed.get(fld))))
            combo.blockSignals(False)
        self.sample_view.setModel(
            SampleModel(headers, table.rows[:SAMPLE_ROWS], table.row_numbers[:SAMPLE_ROWS], self)
        )
        self.sample_view.resizeColumnsToContents()
        for col in range(len(headers)):
            self.sample_view.setColumnWidth(col, min(self.sample_view.columnWidth(col), 260))
        self.file_info.setText(
            self.tr(
                "%1: %2 baris data; judul kolom di baris %3. Periksa kolom yang ditebak di bawah."
            )
            .replace("%1", table.source)
            .replace("%2", str(len(table)))
            .replace("%3", str(table.header_row))
        )
        self._show_page(PAGE_MAPPING)

    def _on_preview(self, result: ImportResult) -> None:
        self.plan = result.preview
        self.preview_model.set_results(self.plan.rows)
        self.preview_view.resizeColumnsToContents()
        for col in range(self.preview_model.columnCount()):
            self.preview_view.setColumnWidth(col, min(self.preview_view.columnWidth(col), 320))
        self.summary.setText(self.summary_text(self.plan))
        self._show_page(PAGE_PREVIEW)

    def summary_text(self, plan: ImportPreview) -> str:
        counts = plan.counts()
        parts = [f"{verdict_text(v)}: {counts[v.value]}" for v in Verdict if counts[v.value]]
        if plan.new_organizations:
            parts.append(self.tr("OPD baru: %1").replace("%1", str(len(plan.new_organizations))))
        if not parts:
            return self.tr("Tidak ada baris data.")
        text = " · ".join(parts)
        if counts[Verdict.UNKNOWN_OPD.value]:
            text += "\n" + self.tr(
                "Untuk membuat OPD yang belum terdaftar, kembali satu langkah dan centang "
                '"Buat OPD baru bila belum terdaftar".'
            )
        return text

    def apply(self) -> None:
        if self.table is None or self.plan is None or self.worker is not None:
            return
        self._show_page(PAGE_APPLY)
        self.status.setText(self.tr("Menyimpan…"))
        self._run(
            Worker(_apply, self.db, self.table, self.mapping(), self.create_opd.isChecked()),
            self._on_applied,
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Membatalkan…"))

    def _on_applied(self, result: ImportResult) -> None:
        self.outcome = result
        self.plan = result.preview
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("Tersimpan: %1 baru, %2 diperbarui, %3 OPD baru; %4 baris dilewati.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.organizations_created))
            .replace("%4", str(result.rejected))
            + (
                self.tr(" Surel OPD diisi/diubah: %1.").replace(
                    "%1", str(result.organization_emails)
                )
                if result.organization_emails
                else ""
            )
        )
        if self.ctx is not None:
            self.ctx.events.data_changed.emit("people")
        self.imported.emit(result)

    # -- report --------------------------------------------------------------------------
    def _ask_report_path(self) -> None:
        if self.plan is None:
            return
        suggested = str(Path(self.path_edit.text()).with_name("laporan-impor.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan impor"), suggested, self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.save_report_to(path)

    def save_report_to(self, path: str | Path) -> None:
        """Write the per-row verdicts (coloured xlsx) in a worker."""
        if self.plan is None:
            return
        target = str(path) if str(path).lower().endswith((".xlsx", ".csv")) else f"{path}.xlsx"
        self._run(Worker(_save, self.plan, target), self._on_report_saved)

    def _on_report_saved(self, path: Path) -> None:
        self.status.setText(self.tr("Laporan tersimpan: %1").replace("%1", str(path)))

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        """Closing during a write cancels it first; the dialog closes once rolled back."""
        if self.worker is not None:
            self._close_when_done = True
            self.worker.cancel()
            return
        super().reject()


__all__ = ["ImportWizard"]
