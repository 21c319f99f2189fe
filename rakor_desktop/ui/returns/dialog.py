"""Import the OPDs' filled return workbooks: drop several, see every row's verdict, apply.

Reading and judging run in a worker (a workbook of 300 rows and its evidence files
take longer than a frame); "Terapkan" judges again inside the write transaction and
records every accepted row of every file, or nothing. Nothing is applied by just
dropping files: the secretary reads the verdicts first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.returns.review import FileReview, Outcome
from rakor_desktop.ui.returns.model import lines_of, review_model
from rakor_desktop.ui.widgets import fit_to_screen, label, style_table
from rakor_desktop.ui.workers import Worker

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xltm", ".xlsb")


class ReturnImportDialog(QDialog):
    """``review_done``/``applied`` let tests (and the page) follow the workers."""

    review_done = Signal()
    applied = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: list[Path] = []
        self.reviews: list[FileReview] = []
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Impor formulir progres OPD"))
        self.setAcceptDrops(True)
        lay = QVBoxLayout(self)
        self.hint = label(
            self.tr(
                "Seret buku kerja yang dikembalikan OPD ke sini (boleh beberapa sekaligus), "
                "atau pilih dengan Tambah berkas. Berkas bukti diambil dari folder yang sama."
            ),
            "muted",
            wrap=True,
        )
        lay.addWidget(self.hint)
        self.model = review_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        for col, width in enumerate((200, 50, 260, 110, 300)):
            self.table.setColumnWidth(col, width)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.summary = label("", "muted", wrap=True)
        lay.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah berkas…"))
        self.add_button.clicked.connect(self._choose)
        buttons.addWidget(self.add_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("Terapkan"))
        self.apply_button.setProperty("variant", "primary")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.apply_button)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        lay.addLayout(buttons)
        fit_to_screen(self, 1000, 560)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped reasons take the height the new width needs, no more."""
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    # -- files ---------------------------------------------------------------------
    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pilih formulir progres yang sudah diisi"),
            str(Path.home()),
            self.tr("Buku kerja Excel (*.xlsx *.xlsm *.xls)"),
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Add workbooks (folders dropped are searched one level) and judge them all."""
        for path in paths:
            found = (
                sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
                if path.is_dir()
                else [path]
            )
            for p in found:
                if p not in self.paths:
                    self.paths.append(p)
        self.review()

    # -- work ----------------------------------------------------------------------
    def _start(self, fn, on_done) -> Worker:
        worker = Worker(fn)
        self.worker = worker
        self.progress.show()
        self.add_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        worker.finished.connect(on_done)
        worker.failed.connect(self._failed)
        worker.done.connect(self._idle)
        self.ctx.run(worker)
        return worker

    def _idle(self) -> None:
        self.progress.hide()
        self.add_button.setEnabled(True)
        self._update_apply()

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def review(self) -> Worker:
        from rakor_desktop.services.returns.review import review_files

        db, paths, now = self.ctx.db, list(self.paths), self.ctx.clock()

        def work(job) -> list[FileReview]:
            job.progress(0, 0)
            with db.session() as s:
                return review_files(s, paths, now=now)

        self.summary.setText(ReturnImportDialog.tr("Membaca %n berkas…", "", len(paths)))  # type: ignore[arg-type]
        return self._start(work, self._reviewed)

    def _reviewed(self, reviews: list[FileReview]) -> None:
        self.reviews = reviews
        self.model.set_rows(lines_of(reviews))
        self.table.resizeRowsToContents()
        self._summarise(applied=None)
        self.review_done.emit()

    def apply(self) -> Worker | None:
        from rakor_desktop.config import data_dir
        from rakor_desktop.services.returns.review import apply_returns, review_files

        if not self.paths:
            return None
        db, paths, now = self.ctx.db, list(self.paths), self.ctx.clock()
        store = data_dir()

        def work(job) -> tuple[list[FileReview], int]:
            job.progress(0, 0)
            with db.session(write=True) as s:
                reviews = review_files(s, paths, now=now)
                done = apply_returns(s, reviews, data_dir=store, now=now)
            return reviews, done.updated

        return self._start(work, self._applied)

    def _applied(self, result: tuple[list[FileReview], int]) -> None:
        reviews, updated = result
        self.reviews = reviews
        self.model.set_rows(lines_of(reviews))
        self.table.resizeRowsToContents()
        self._summarise(applied=updated)
        self.ctx.events.data_changed.emit("followups")
        self.applied.emit(updated)
        self.paths = []  # applied: a second click must not look like it does more

    def _count(self, outcome: Outcome) -> int:
        return sum(r.count(outcome) for r in self.reviews)

    def _summarise(self, applied: int | None) -> None:
        refused_files = sum(1 for r in self.reviews if r.error)
        parts = [
            ReturnImportDialog.tr("%n diperbarui", "", self._count(Outcome.UPDATED))  # type: ignore[arg-type]
            if applied is None
            else ReturnImportDialog.tr("%n tindak lanjut diperbarui dan tersimpan", "", applied),  # type: ignore[arg-type]
            ReturnImportDialog.tr("%n tidak berubah", "", self._count(Outcome.UNCHANGED)),  # type: ignore[arg-type]
            ReturnImportDialog.tr("%n baris ditolak", "", self._count(Outcome.REFUSED)),  # type: ignore[arg-type]
        ]
        if refused_files:
            parts.append(ReturnImportDialog.tr("%n berkas ditolak", "", refused_files))  # type: ignore[arg-type]
        self.summary.setText(" · ".join(parts))

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(bool(self.paths) and self._count(Outcome.UPDATED) > 0)
