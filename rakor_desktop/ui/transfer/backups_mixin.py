"""The main window's backups: the periodic one during a meeting, the one on close, and
restoring one (close pages and engine, restore in a worker, reopen).

A mixin of :class:`~rakor_desktop.ui.main_window.MainWindow`; texts use the window's
translation context (PySide looks ``self.tr`` up under the instance's class name).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from rakor_desktop.services.transfer import backups
from rakor_desktop.ui.workers import Job, Worker

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    from rakor_desktop.ui.context import AppContext

    class _WindowBase(QMainWindow):
        """What the mixin uses of the window (MainWindow.__init__ and its methods)."""

        ctx: AppContext
        auto_backup: bool
        backup_worker: Worker | None
        restore_worker: Worker | None
        _restore_target: Path | None
        last_backup: Path | None
        backup_timer: QTimer
        backups_dialog: QWidget

        def _status(self, text: str, msecs: int = 8000) -> None: ...
        def _inform(self, title: str, text: str, kind: QMessageBox.Icon) -> QMessageBox: ...
        def _drop_pages(self) -> None: ...
        def _update_titles(self) -> None: ...
        def switch_database(self, target: str) -> bool: ...
        def show_page(self, key: str) -> QWidget: ...
        def current_page_key(self) -> str: ...

else:

    class _WindowBase:
        pass


log = logging.getLogger("rakor_desktop.ui.main_window")
CLOSE_BACKUP_LIMIT_S = 20.0  # a backup on close slower than this (a dying stick) is abandoned


class BackupTooSlow(Exception):
    """Raised from the progress callback to abandon the backup on close."""


def _periodic_backup(job: Job, db_path: Path, settings: backups.BackupSettings) -> Path | None:
    return backups.maybe_backup(db_path, settings, reason=backups.REASON_AUTO)


def _restore(job: Job, backup: Path, db_path: Path, folder: Path | None) -> backups.RestoreResult:
    job.progress(0, 0)
    return backups.restore_backup(backup, db_path, folder=folder)


class BackupsMixin(_WindowBase):
    # -- backups ---------------------------------------------------------------------
    def _backup_settings(self) -> backups.BackupSettings:
        with self.ctx.db.session() as s:
            return backups.get_settings(s)

    def periodic_backup(self) -> Worker | None:
        """The once-a-minute check: while a meeting is in progress, back up when due."""
        db_path = self.ctx.db.path
        if db_path is None or self.backup_worker is not None or self.restore_worker is not None:
            return None
        try:
            with self.ctx.db.session() as s:
                running = backups.meeting_in_progress(s)
                settings = backups.get_settings(s)
            if not running or not backups.backup_due(db_path, settings):
                return None
        except Exception:
            log.warning("periodic backup check failed", exc_info=True)
            return None
        worker = Worker(_periodic_backup, db_path, settings)
        worker.finished.connect(self._periodic_backup_done)
        worker.failed.connect(self._periodic_backup_failed)
        worker.done.connect(self._periodic_backup_idle)
        self.backup_worker = worker
        return self.ctx.run(worker)

    def _periodic_backup_done(self, path: Path | None) -> None:
        if path is not None:
            self.last_backup = Path(path)
            self._status(
                QCoreApplication.translate("MainWindow", "Cadangan otomatis tersimpan: %1").replace(
                    "%1", Path(path).name
                )
            )

    def _periodic_backup_failed(self, message: str) -> None:
        log.warning("periodic backup failed: %s", message)
        self._status(
            QCoreApplication.translate("MainWindow", "Cadangan otomatis gagal: %1").replace(
                "%1", message
            ),
            15000,
        )

    def _periodic_backup_idle(self) -> None:
        self.backup_worker = None

    def backup_on_close(self) -> Path | None:
        """The backup when the window closes: quick, never fatal, logged when it fails.

        Runs in the closing thread (about 0.1 s for an office database), after the
        pages have stored their edits. Skipped when nothing was written since the last
        backup; abandoned after :data:`CLOSE_BACKUP_LIMIT_S` (the partial copy never
        gets a final name, the previous backups stay).
        """
        db_path = self.ctx.db.path
        if not self.auto_backup or db_path is None:
            return None
        deadline = time.monotonic() + CLOSE_BACKUP_LIMIT_S

        def progress(_done: int, _total: int) -> None:
            if time.monotonic() > deadline:
                raise BackupTooSlow

        try:
            path = backups.maybe_backup(
                db_path,
                self._backup_settings(),
                reason=backups.REASON_CLOSE,
                force=True,
                only_if_changed=True,
                progress=progress,
            )
        except Exception:
            log.warning("backup on close failed", exc_info=True)
            return None
        if path is not None:
            log.info("backup on close: %s", path)
            self.last_backup = path
        return path

    def show_backups(self) -> QWidget:
        """Berkas > Cadangan (non-modal; a restore is carried out here, by the window)."""
        from rakor_desktop.ui.transfer.backup_dialog import BackupDialog

        dialog = BackupDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(lambda path, d=dialog: self._restore_from_dialog(d, path))
        self.backups_dialog = dialog
        dialog.open()
        return dialog

    def _restore_from_dialog(self, dialog: QWidget, backup: Path) -> None:
        dialog.close()
        self.restore_backup(backup)

    def restore_backup(self, backup: Path) -> Worker | None:
        """Close the pages and the engine, restore in a worker, then reopen the database."""
        db_path = self.ctx.db.path
        if db_path is None or self.restore_worker is not None:
            return None
        try:
            folder = self._backup_settings().folder
        except Exception:
            folder = None
        self.backup_timer.stop()
        self._drop_pages()
        wait = getattr(self.ctx.executor, "wait", None)
        if callable(wait):
            wait(30000)
        self.ctx.db.dispose()
        self._central().setEnabled(False)
        self.menuBar().setEnabled(False)
        self._status(
            QCoreApplication.translate("MainWindow", "Memulihkan cadangan %1…").replace(
                "%1", Path(backup).name
            ),
            0,
        )
        worker = Worker(_restore, Path(backup), db_path, folder)
        # Bound methods, not lambdas: the worker thread's signals must queue to this thread.
        worker.finished.connect(self._restored)
        worker.failed.connect(self._restore_failed)
        self.restore_worker = worker
        self._restore_target = db_path
        return self.ctx.run(worker)

    def _central(self) -> QWidget:
        widget = self.centralWidget()
        assert widget is not None  # set in __init__
        return widget

    def _reopen_after_restore(self) -> bool:
        db_path = self._restore_target
        self.restore_worker = None
        self._central().setEnabled(True)
        self.menuBar().setEnabled(True)
        reopened = self.switch_database(str(db_path))
        if not reopened:  # the previous engine (same file) still works; rebuild its pages
            self._update_titles()
            self.show_page(self.current_page_key())
        if self.auto_backup:
            self.backup_timer.start()
        return reopened

    def _restored(self, result: backups.RestoreResult) -> None:
        db_path = self._restore_target
        self._reopen_after_restore()
        text = QCoreApplication.translate("MainWindow", "Basis data dipulihkan dari %1.").replace(
            "%1", result.restored_from.name
        )
        if result.previous_saved_to is not None:
            text += " " + QCoreApplication.translate(
                "MainWindow", "Isi sebelumnya disimpan sebagai cadangan %1."
            ).replace("%1", result.previous_saved_to.name)
        log.info(
            "restored %s from %s (previous saved to %s)",
            db_path,
            result.restored_from,
            result.previous_saved_to,
        )
        self._inform(
            QCoreApplication.translate("MainWindow", "Cadangan dipulihkan"),
            text,
            QMessageBox.Icon.Information,
        )

    def _restore_failed(self, message: str) -> None:
        self._reopen_after_restore()
        self._inform(
            QCoreApplication.translate("MainWindow", "Pemulihan gagal"),
            message,
            QMessageBox.Icon.Warning,
        )
