"""What happens when the database cannot be opened: a clear choice, never a crash.

:func:`open_with_recovery` is the decision loop (no widgets): try the target; on a
:class:`~rakor_desktop.db.errors.DatabaseOpenError` ask what to do, then try the
chosen file, until one opens or the user quits. The refused file is never touched:
``open_database`` guarantees that, and "Buat basis data baru" refuses a name that
already holds a file instead of overwriting it.

:class:`DatabaseErrorDialog` is the question in widget form; :func:`dialog_asker`
glues it to file choosers. Tests drive the loop with a plain function and build the
dialog directly, so nothing blocks.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from rakor_desktop.db import Database, DatabaseOpenError, open_database

log = logging.getLogger(__name__)



class Choice(StrEnum):
    OPEN_OTHER = "open"
    CREATE_NEW = "new"
    QUIT = "quit"


Asker = Callable[[DatabaseOpenError, str], tuple[Choice, str | None]]
Opener = Callable[[str], Database]


class FileExists(DatabaseOpenError):
    """The name chosen for a new database already holds a file (which stays untouched)."""

    code = "exists"


def _default_opener(target: str) -> Database:
    return open_database(target)


def new_database_problem(path: str) -> DatabaseOpenError | None:
    """Why ``path`` cannot become a new database, or None when it can."""
    p = Path(path).expanduser()
    if p.is_dir():
        message = QCoreApplication.translate(
            "DatabaseErrorDialog", "%1 adalah folder. Pilih nama berkas baru."
        )
        return FileExists(message.replace("%1", str(p)))
    if p.exists() and p.stat().st_size > 0:
        return FileExists(
            QCoreApplication.translate(
                "DatabaseErrorDialog",
                "Berkas %1 sudah ada. Untuk basis data baru pilih nama yang belum dipakai; "
                "berkas itu tidak diubah.").replace("%1", p.name)
        )
    return None


def open_with_recovery(target: str, ask: Asker, opener: Opener = _default_opener) -> Database | None:
    """Open ``target`` or whatever the user picks instead; None when they choose to quit."""
    current = target
    pending: DatabaseOpenError | None = None
    while True:
        if pending is None:
            try:
                return opener(current)
            except DatabaseOpenError as exc:
                log.warning("cannot open %s: %s [%s] %s", current, exc.code, exc.message, exc.detail)
                pending = exc
        choice, path = ask(pending, current)
        if choice is Choice.QUIT:
            return None
        if not path:  # the file chooser was cancelled: ask again about the same problem
            continue
        if choice is Choice.CREATE_NEW:
            problem = new_database_problem(path)
            if problem is not None:
                pending = problem
                current = path
                continue
        current = path
        pending = None


class DatabaseErrorDialog(QMessageBox):
    """"Basis data tidak dapat dibuka" with the reason and three ways forward."""

    def __init__(self, error: DatabaseOpenError, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Basis data tidak dapat dibuka"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(
            "<span style='font-size:12pt; font-weight:bold'>"
            + html.escape(self.tr("Basis data tidak dapat dibuka")) + "</span>"
        )
        # The message already says what to do; the buttons below are the ways to do it.
        text = html.escape(error.message)
        if "tidak diubah" not in error.message:  # the db layer usually says so itself
            text += "<br><br>" + html.escape(self.tr("Berkas itu tidak diubah."))
        self.setInformativeText(text)
        role = QMessageBox.ButtonRole
        self.open_button: QPushButton = self.addButton(self.tr("Buka berkas lain…"), role.AcceptRole)
        self.new_button: QPushButton = self.addButton(self.tr("Buat basis data baru…"), role.ActionRole)
        self.quit_button: QPushButton = self.addButton(self.tr("Keluar"), role.RejectRole)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.quit_button)
        self.target = target

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is self.open_button:
            return Choice.OPEN_OTHER
        if clicked is self.new_button:
            return Choice.CREATE_NEW
        return Choice.QUIT


def choose_existing(parent: QWidget | None, start: str) -> str | None:
    title = QCoreApplication.translate("DatabaseErrorDialog", "Buka basis data Rakor")
    filters = QCoreApplication.translate(
        "DatabaseErrorDialog", "Basis data Rakor (*.sqlite *.sqlite3 *.db);;Semua berkas (*)"
    )
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path or None


def choose_new(parent: QWidget | None, start: str) -> str | None:
    title = QCoreApplication.translate("DatabaseErrorDialog", "Buat basis data baru")
    filters = QCoreApplication.translate("DatabaseErrorDialog", "Basis data Rakor (*.sqlite)")
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(start) / "rakor.sqlite"), filters,
        options=QFileDialog.Option.DontConfirmOverwrite,  # we refuse existing files ourselves
    )
    if path and not Path(path).suffix:
        path += ".sqlite"
    return path or None


def dialog_asker(parent: QWidget | None = None) -> Asker:
    """The interactive asker used at launch."""

    def ask(error: DatabaseOpenError, target: str) -> tuple[Choice, str | None]:
        dialog = DatabaseErrorDialog(error, target, parent)
        dialog.exec()
        choice = dialog.choice()
        start = str(Path(target).expanduser().parent) if "://" not in target else str(Path.home())
        if choice is Choice.OPEN_OTHER:
            return choice, choose_existing(parent, start)
        if choice is Choice.CREATE_NEW:
            return choice, choose_new(parent, start)
        return Choice.QUIT, None

    return ask
