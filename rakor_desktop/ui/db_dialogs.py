"""What happens when the database cannot be opened: a clear choice, never a crash.

:func:`open_with_recovery` is the decision loop (no widgets): try the target; on a
:class:`~rakor_desktop.db.errors.DatabaseOpenError` ask what to do, then try the
chosen file, until one opens or the user quits. The refused file is never touched:
``open_database`` guarantees that, and "Buat basis data baru" refuses a name that
already holds a file instead of overwriting it.

**"Buka cadangan terakhir"** (offered when :func:`recovery_candidate` finds a usable
backup) opens a *working copy* of the backup, made next to the file (or in the user
data dir) by ``services.backups.make_working_copy``. Restoring over the refused file
was the other way; the copy is the safe one:

- the refused file stays exactly as it was, which is the promise of this dialog and
  what whoever rescues it needs, and a mistaken click loses nothing;
- several refusals are about the file's place, not its content: locked by another
  program, a read-only stick, a full disk. Writing over it would fail there (or pull
  the rug from under the program holding it), while a copy elsewhere works;
- the backup file itself is not opened: it would change under its backup name and
  could be rotated away.

The next start-up on the same broken file offers the newest of the working copy
(work done since) and the backups, so yesterday's work is not silently replaced by an
older backup. The window title names the file in use.

Locked, read-only and full-disk files get the same dialog with their own headline.

:class:`DatabaseErrorDialog` is the question in widget form; :func:`dialog_asker`
glues it to file choosers. Tests drive the loop with a plain function and build the
dialog directly, so nothing blocks.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from rakor_desktop.db import Database, DatabaseOpenError, open_database
from rakor_desktop.db.errors import DatabaseLocked, ReadOnlyDatabase

log = logging.getLogger(__name__)


class Choice(StrEnum):
    OPEN_OTHER = "open"
    CREATE_NEW = "new"
    OPEN_BACKUP = "backup"
    QUIT = "quit"


Asker = Callable[[DatabaseOpenError, str], tuple[Choice, str | None]]
Opener = Callable[[str], Database]


class FileExists(DatabaseOpenError):
    """The name chosen for a new database already holds a file (which stays untouched)."""

    code = "exists"


def _default_opener(target: str) -> Database:
    return open_database(target)


@dataclass(frozen=True, slots=True)
class RecoveryOption:
    """What "Buka cadangan terakhir" would open for a refused file."""

    path: Path
    when: datetime  # local wall-clock time of the backup, or of the last write to the copy
    working_copy: bool  # True: a copy made (and worked on) after an earlier refusal


def _local_path(target: str) -> Path | None:
    """The file behind a path or ``sqlite:///`` URL; None for a server."""
    prefix = "sqlite:///"
    if target.startswith(prefix):
        rest = target[len(prefix) :].split("?", 1)[0]
        return Path(rest).expanduser() if rest else None
    if "://" in target:
        return None
    return Path(target).expanduser()


def recovery_candidate(target: str) -> RecoveryOption | None:
    """The newest usable way back for ``target``: its latest backup or a later working copy."""
    from rakor_desktop.db.recovery import backup_is_usable, find_backups
    from rakor_desktop.services.transfer import backups

    path = _local_path(target)
    if path is None:
        return None
    best: RecoveryOption | None = None
    for candidate in find_backups(path):
        if backup_is_usable(candidate.path):
            best = RecoveryOption(candidate.path, candidate.created.replace(microsecond=0), False)
            break
    for copy in backups.working_copies(path):
        written = datetime.fromtimestamp(backups.last_written(copy)).replace(microsecond=0)
        # A tie goes to the copy: it was made from that backup, then worked on.
        if (best is None or written >= best.when) and backup_is_usable(copy):
            best = RecoveryOption(copy, written, True)
        break  # only the most recently written copy counts
    return best


def open_backup(backup: str, target: str, opener: Opener = _default_opener) -> Database:
    """Open a working copy of ``backup`` in place of the refused ``target`` (see the module doc).

    A working copy found by :func:`recovery_candidate` is opened as it is.
    """
    from rakor_desktop.services.transfer import backups

    path = _local_path(target) or Path(target)
    if backups.is_working_copy(Path(backup), path):
        return opener(str(backup))
    try:
        copy = backups.make_working_copy(backup, path)
    except backups.BackupError as exc:
        raise DatabaseOpenError(str(exc)) from exc
    log.info("opening %s, a working copy of %s, instead of %s", copy, backup, target)
    return opener(str(copy))


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
                "berkas itu tidak diubah.",
            ).replace("%1", p.name)
        )
    return None


def open_with_recovery(
    target: str, ask: Asker, opener: Opener = _default_opener, creator: Opener | None = None
) -> Database | None:
    """Open ``target`` or whatever the user picks instead; None when they choose to quit.

    ``creator`` opens a file the person chose under "Buat baru" (``opener`` may refuse to
    create one: a mistyped ``--db`` path must not become an empty database).
    """
    current = target
    creating = False
    pending: DatabaseOpenError | None = None
    while True:
        if pending is None:
            try:
                return (creator or opener)(current) if creating else opener(current)
            except DatabaseOpenError as exc:
                log.warning(
                    "cannot open %s: %s [%s] %s", current, exc.code, exc.message, exc.detail
                )
                pending = exc
        choice, path = ask(pending, current)
        if choice is Choice.QUIT:
            return None
        if not path:  # the file chooser was cancelled: ask again about the same problem
            continue
        if choice is Choice.OPEN_BACKUP:
            try:
                return open_backup(path, current, opener)
            except DatabaseOpenError as exc:
                log.warning("cannot open backup %s: %s %s", path, exc.message, exc.detail)
                pending = exc
                continue
        creating = choice is Choice.CREATE_NEW
        if creating:
            problem = new_database_problem(path)
            if problem is not None:
                pending = problem
                current = path
                creating = False
                continue
        current = path
        pending = None


def headline(error: DatabaseOpenError) -> str:
    """The bold first line: the general one, or the storage problem by name."""
    if isinstance(error, DatabaseLocked):
        return QCoreApplication.translate(
            "DatabaseErrorDialog", "Basis data sedang dipakai program lain"
        )
    if isinstance(error, ReadOnlyDatabase):
        if error.message.startswith("Disk penuh"):
            return QCoreApplication.translate("DatabaseErrorDialog", "Disk penuh")
        return QCoreApplication.translate("DatabaseErrorDialog", "Basis data tidak dapat ditulis")
    return QCoreApplication.translate("DatabaseErrorDialog", "Basis data tidak dapat dibuka")


class DatabaseErrorDialog(QMessageBox):
    """ "Basis data tidak dapat dibuka" with the reason and the ways forward.

    With a :class:`RecoveryOption` the first way is "Buka cadangan terakhir", and the
    text says which file that is and that it opens as a copy.
    """

    def __init__(
        self,
        error: DatabaseOpenError,
        target: str,
        parent: QWidget | None = None,
        backup: RecoveryOption | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.backup = backup
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Basis data tidak dapat dibuka"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(
            "<span style='font-size:12pt; font-weight:bold'>"
            + html.escape(headline(error))
            + "</span>"
        )
        # The message already says what to do; the buttons below are the ways to do it.
        text = html.escape(error.message)
        if "tidak diubah" not in error.message:  # the db layer usually says so itself
            text += "<br><br>" + html.escape(self.tr("Berkas itu tidak diubah."))
        if backup is not None:
            when = backup.when.strftime("%d/%m/%Y %H.%M")
            if backup.working_copy:
                note = self.tr(
                    "Salinan pulihan terakhir: %1 (terakhir diubah %2). "
                    "“Buka cadangan terakhir” membukanya untuk melanjutkan pekerjaan."
                )
            else:
                note = self.tr(
                    "Cadangan terakhir: %1 (%2). “Buka cadangan terakhir” membuka "
                    "salinannya sebagai berkas kerja baru; cadangan dan berkas di atas "
                    "tidak diubah."
                )
            text += "<br><br>" + html.escape(
                note.replace("%1", backup.path.name).replace("%2", when)
            )
        self.setInformativeText(text)
        role = QMessageBox.ButtonRole
        self.backup_button: QPushButton | None = None
        if backup is not None:
            self.backup_button = self.addButton(self.tr("Buka cadangan terakhir"), role.AcceptRole)
            self.backup_button.setProperty("variant", "primary")
        self.open_button: QPushButton = self.addButton(
            self.tr("Buka berkas lain…"), role.AcceptRole
        )
        self.new_button: QPushButton = self.addButton(
            self.tr("Buat basis data baru…"), role.ActionRole
        )
        self.quit_button: QPushButton = self.addButton(self.tr("Keluar"), role.RejectRole)
        self.setDefaultButton(self.backup_button or self.open_button)
        self.setEscapeButton(self.quit_button)
        self.target = target

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.backup_button:
            return Choice.OPEN_BACKUP
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
        parent,
        title,
        str(Path(start) / "rakor.sqlite"),
        filters,
        options=QFileDialog.Option.DontConfirmOverwrite,  # we refuse existing files ourselves
    )
    if path and not Path(path).suffix:
        path += ".sqlite"
    return path or None


def dialog_asker(parent: QWidget | None = None) -> Asker:
    """The interactive asker used at launch."""

    def ask(error: DatabaseOpenError, target: str) -> tuple[Choice, str | None]:
        try:
            backup = recovery_candidate(target)
        except Exception:
            log.warning("looking for a backup of %s failed", target, exc_info=True)
            backup = None
        dialog = DatabaseErrorDialog(error, target, parent, backup)
        dialog.exec()
        choice = dialog.choice()
        start = str(Path(target).expanduser().parent) if "://" not in target else str(Path.home())
        if choice is Choice.OPEN_BACKUP and backup is not None:
            return choice, str(backup.path)
        if choice is Choice.OPEN_OTHER:
            return choice, choose_existing(parent, start)
        if choice is Choice.CREATE_NEW:
            return choice, choose_new(parent, start)
        return Choice.QUIT, None

    return ask
