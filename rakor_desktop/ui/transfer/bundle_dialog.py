"""Impor bundel: what a double-clicked ``.rakor`` file opens.

A bundle from another laptop changes this database, so nothing is written before the
person has read what it would change: the dialog first runs the import as a dry run
(in a worker; a large bundle takes seconds) and shows its summary, and only "Impor"
writes, in one transaction, through the same service as ``rakor-desktop bundle import``.

A bundle this office did not seal (another office's, or one without a seal) is only
imported after a second, explicit question: the summary on screen is what it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.transfer.bundle import import_bundle
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.widgets import fit_to_screen
from rakor_desktop.ui.workers import Worker


class BundleImportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        path: Path,
        parent: QWidget | None = None,
        *,
        ask: Callable[..., Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.imported = False
        self.foreign = False  # not sealed by this office: needs the second question
        self.ask = ask or QMessageBox.question
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

    def _run(self, *, dry_run: bool, accept_foreign: bool = False) -> None:
        db = self.ctx.db

        def work(_job: Any) -> tuple[list[str], bool]:
            report = import_bundle(db, self.path, dry_run=dry_run, accept_foreign=accept_foreign)
            return report.summary_lines(), report.origin != "ours"

        worker = Worker(work)
        worker.finished.connect(lambda result: self._show(*result, dry_run=dry_run))
        worker.failed.connect(self._failed)
        self.ctx.executor.start(worker)

    def _show(self, lines: list[str], foreign: bool, *, dry_run: bool) -> None:
        self.report.setPlainText("\n".join(lines))
        if dry_run:
            self.foreign = foreign
            if foreign:
                self.status.setText(
                    self.tr(
                        "Bundel ini tidak bersegel kantor ini (dari kantor lain, atau tanpa "
                        "segel). Belum ada yang diubah. Impor hanya bila Anda mengenal "
                        "pengirimnya dan perubahan di bawah ini memang diharapkan."
                    )
                )
                self.status.setProperty("role", "error")
                self.import_button.setText(self.tr("Impor bundel asing…"))
            else:
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
        if self.foreign:
            answer = self.ask(
                self,
                self.tr("Impor bundel asing"),
                self.tr(
                    "Bundel %1 tidak dibuat oleh kantor ini. Terapkan perubahan yang "
                    "tercantum di ringkasan? (Rapat yang sudah final tetap tidak berubah; "
                    "perubahannya menjadi usulan amandemen.)"
                ).replace("%1", self.path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Mengimpor…"))
        self._run(dry_run=False, accept_foreign=self.foreign)
