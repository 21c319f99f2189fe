"""Impor bundel: what a double-clicked ``.rakor`` file opens.

A bundle from another laptop changes this database, so nothing is written before the
person has read what it would change: the dialog first runs the import as a dry run
(in a worker; a large bundle takes seconds) and shows its summary, and only "Impor"
writes, in one transaction, through the same service as ``rakor-desktop bundle import``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.transfer.bundle import import_bundle
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.widgets import fit_to_screen
from rakor_desktop.ui.workers import Worker


class BundleImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.imported = False
        self.setWindowTitle(self.tr("Impor bundel"))
        self.setObjectName("bundle-import-dialog")
        fit_to_screen(self, 640, 420)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Bundel: %1").replace("%1", self.path.name))
        self.heading.setToolTip(str(self.path))
        self.heading.setWordWrap(True)
        self.status = QLabel(self.tr("Memeriksa isi bundel…"))
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        for w in (self.heading, self.status, self.report):
            layout.addWidget(w)
        layout.addWidget(self.buttons)
        self._run(dry_run=True)

    def _run(self, *, dry_run: bool) -> None:
        db = self.ctx.db

        def work(_job: Any) -> list[str]:
            return import_bundle(db, self.path, dry_run=dry_run).summary_lines()

        worker = Worker(work)
        worker.finished.connect(lambda lines: self._show(lines, dry_run=dry_run))
        worker.failed.connect(self._failed)
        self.ctx.executor.start(worker)

    def _show(self, lines: list[str], *, dry_run: bool) -> None:
        self.report.setPlainText("\n".join(lines))
        if dry_run:
            self.status.setText(
                self.tr("Belum ada yang diubah. Periksa ringkasan ini, lalu tekan Impor.")
            )
            self.import_button.setEnabled(True)
        else:
            self.imported = True
            self.status.setText(self.tr("Bundel sudah diimpor."))
            self.import_button.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Tutup"))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Bundel tidak dapat diimpor: %1").replace("%1", message))
        self.import_button.setEnabled(False)

    def _import(self) -> None:
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Mengimpor…"))
        self._run(dry_run=False)
