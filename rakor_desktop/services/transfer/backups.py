"""Rotated backups of the SQLite file, and restoring one.

**Taking a backup** uses SQLite's online backup API (``db.backup.backup_sqlite``): a
consistent copy while the door station keeps checking people in, written under a
temporary name and renamed, permissions 0600 (the file holds NIPs and phone numbers).
Backups go to a per-database folder in the user data dir, or to a folder the user
chose (a USB stick), named ``<stem>-YYYYMMDD-HHMMSS[-reason].sqlite`` so a plain file
listing sorts them by time. After each backup the oldest beyond "keep N" are deleted;
the one just written never is.

**Restoring** (:func:`restore_backup`):

1. the chosen backup is verified (SQLite header, ``quick_check``, a schema revision
   this app knows), else nothing happens;
2. the current file is itself backed up first (reason ``sebelum-pulih``); if it is too
   broken for the backup API, its raw bytes are copied instead, so it can still be
   sent for rescue;
3. the backup is copied INTO the live path with the backup API, not by replacing the
   file: SQLite then writes through its own pager under an exclusive lock, handling
   the WAL and ``-shm`` of the live file, so another process that has the file open
   sees either the old or the restored database whole, never a mix (a plain file copy
   under an open WAL file would be undone or corrupted by the next checkpoint). Only
   when the live file is unreadable is it replaced by an atomic rename instead.

The running app disposes its engine before calling restore and reopens the database
afterwards (``open_database``), which also upgrades an older backup's schema.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from rakor_desktop.db.backup import backup_sqlite
from rakor_desktop.db.errors import DatabaseOpenError
from rakor_desktop.db.recovery import (
    BackupFile,
    backup_file_name,
    backup_is_usable,
    default_backup_folder,
    describe_write_error,
    find_backups,
    is_disk_full,
    remember_folder,
)
from rakor_desktop.db.sqlite_checks import check_header, is_ours
from rakor_desktop.domain import clock
from rakor_desktop.messages import M

DEFAULT_KEEP = 10
DEFAULT_INTERVAL_MIN = 10
STALE_PART_S = 3600  # a ".part" older than this belongs to a backup that was killed
REASON_AUTO = "otomatis"
REASON_CLOSE = "tutup"
REASON_MANUAL = "manual"
REASON_BEFORE_RESTORE = "sebelum-pulih"


class BackupError(ValueError):
    """A backup or restore failed; the message is for the user, the database is unchanged."""


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """Where and how often; kept in ``Office.extra`` so every window of this file agrees."""

    folder: Path | None = None  # None: the per-database folder in the user data dir
    keep: int = DEFAULT_KEEP
    interval_min: int = DEFAULT_INTERVAL_MIN


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_saved_to: Path | None
    method: str  # "backup-api" or "replace"


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    return Path(folder).expanduser() if folder else default_backup_folder(db_path)


def _unique_target(folder: Path, db_path: Path, when: datetime, reason: str) -> Path:
    for seq in range(0, 1000):
        candidate = folder / backup_file_name(db_path, when, reason, seq)
        if not candidate.exists():
            return candidate
    raise BackupError(M("Terlalu banyak cadangan pada detik yang sama di {folder}.", folder=folder))


def create_backup(
    db_path: str | Path,
    *,
    folder: Path | None = None,
    keep: int | None = DEFAULT_KEEP,
    reason: str = REASON_AUTO,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> Path:
    """Take a backup now, then rotate. Returns the new file.

    Raises :class:`BackupError` ("Disk penuh ..." when out of space); the previous
    backups and the database are untouched in that case.
    """
    db_path = Path(db_path).expanduser().resolve()
    if not db_path.is_file():
        raise BackupError(M("Berkas basis data {db_path} tidak ditemukan.", db_path=db_path))
    target_dir = backup_folder(db_path, folder)
    try:
        target_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(
            M(
                "Folder cadangan {target_dir} tidak dapat dibuat: {value}.",
                target_dir=target_dir,
                value=exc.strerror or exc,
            )
        ) from exc
    when = (now or clock.file_time()).replace(microsecond=0)
    target = _unique_target(target_dir, db_path, when, reason)
    try:
        backup_sqlite(db_path, target, progress=progress)
    except (OSError, sqlite3.Error) as exc:
        Path(str(target) + ".part").unlink(missing_ok=True)
        if is_disk_full(exc, target_dir):
            raise BackupError(describe_write_error(exc, target.name, target_dir)) from exc
        raise BackupError(M("Cadangan gagal: {exc}. Basis data tidak berubah.", exc=exc)) from exc
    except BaseException:
        # Abandoned by the caller (a progress callback past its deadline, Ctrl+C): no
        # half-written ".part" is left for the next rotation to clean up.
        Path(str(target) + ".part").unlink(missing_ok=True)
        raise
    if folder is not None:
        remember_folder(db_path, target_dir)
    if keep is not None and keep > 0:
        rotate(db_path, folder=folder, keep=keep, protect=target)
    return target


def list_backups(db_path: str | Path, folder: Path | None = None) -> list[BackupFile]:
    """Backups of this database, newest first (default folder, ``folder``, next to the file)."""
    extra = [Path(folder).expanduser()] if folder else []
    return find_backups(Path(db_path), extra)


def rotate(
    db_path: Path, *, folder: Path | None, keep: int, protect: Path | None = None
) -> list[Path]:
    """Delete the oldest rotated backups in one folder beyond ``keep``; returns those deleted.

    Only files in that folder that carry our naming pattern are touched, and never
    pre-upgrade copies (they are the way back from a failed upgrade).
    """
    target_dir = backup_folder(db_path, folder).resolve()
    mine = [
        b
        for b in find_backups(db_path, [target_dir])
        if b.path.parent.resolve() == target_dir and b.reason != "sebelum-upgrade"
    ]
    deleted: list[Path] = []
    stale = clock.utcnow().timestamp() - STALE_PART_S
    for part in target_dir.glob(f"{glob.escape(Path(db_path).stem)}-*.sqlite.part"):
        # Left by a backup that was killed; a live one (another window) is younger.
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < stale:
                part.unlink()
                deleted.append(part)
    for b in mine[keep:]:
        if protect is not None and b.path.resolve() == Path(protect).resolve():
            continue
        try:
            b.path.unlink()
            deleted.append(b.path)
        except OSError:
            continue  # a read-only stick: keep going, the new backup exists
    return deleted


def backup_due(db_path: Path, settings: BackupSettings, now: datetime | None = None) -> bool:
    """Whether the periodic backup (every ``interval_min`` during a meeting) is due."""
    now = now or clock.file_time()
    latest = [b for b in list_backups(db_path, settings.folder) if b.reason != "sebelum-upgrade"]
    if not latest:
        return True
    return (now - latest[0].created).total_seconds() >= settings.interval_min * 60


def unchanged_since_last_backup(db_path: Path, settings: BackupSettings) -> bool:
    """Whether the newest rotated backup is younger than the last write to the database.

    Compares modification times of the file and its ``-wal`` (where SQLite writes first)
    with the backup's. Opening the app to look something up and closing it again then
    adds no identical copy that would push an older, different one out of "keep N".
    """
    latest = [
        b
        for b in list_backups(db_path, settings.folder)
        if b.reason not in ("sebelum-upgrade", REASON_BEFORE_RESTORE, "rusak")
    ]
    if not latest:
        return False
    try:
        backup_time = latest[0].path.stat().st_mtime
    except OSError:
        return False
    written = last_written(Path(db_path))
    return written > 0 and written <= backup_time


def maybe_backup(
    db_path: str | Path,
    settings: BackupSettings,
    *,
    reason: str = REASON_AUTO,
    force: bool = False,
    only_if_changed: bool = False,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> Path | None:
    """The automatic backup: every ``interval_min`` during a meeting, and on close (``force``).

    The app shell calls this from a timer (in a worker) and from its close handler;
    it returns the new file, or None when the last backup is recent enough (or, with
    ``only_if_changed``, when nothing was written since it). ``progress`` receives
    (pages done, total) and may raise to abandon a backup that takes too long: the
    half-written copy never gets the final name.
    """
    db_path = Path(db_path)
    if not force and not backup_due(db_path, settings, now):
        return None
    if only_if_changed and unchanged_since_last_backup(db_path, settings):
        return None
    return create_backup(
        db_path,
        folder=settings.folder,
        keep=settings.keep,
        reason=reason,
        progress=progress,
        now=now,
    )


def meeting_in_progress(session: Session) -> bool:
    """Whether any meeting is running now: the periodic backup only runs then."""
    from sqlmodel import select

    from rakor_desktop.domain.enums import MeetingStatus
    from rakor_desktop.domain.models import Meeting

    found = session.exec(
        select(Meeting.id).where(Meeting.status == MeetingStatus.IN_PROGRESS.value).limit(1)
    ).first()
    return found is not None


def restore_backup(
    backup: str | Path,
    db_path: str | Path,
    *,
    folder: Path | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` with ``backup`` (see the module docstring)."""
    backup = Path(backup).expanduser().resolve()
    db_path = Path(db_path).expanduser().resolve()
    if not backup.is_file():
        raise BackupError(M("Berkas cadangan {backup} tidak ditemukan.", backup=backup))
    if backup == db_path:
        raise BackupError(M("Berkas cadangan sama dengan basis data yang sedang dipakai."))
    if _foreign(backup):
        raise BackupError(
            M(
                "Berkas {name} adalah basis data SQLite milik program lain, bukan cadangan Rakor Desktop. Basis data tidak diubah.",
                name=backup.name,
            )
        )
    if not backup_is_usable(backup):
        raise BackupError(
            M(
                "Berkas {name} bukan cadangan Rakor Desktop yang utuh (rusak atau dari versi yang lebih baru). Basis data tidak diubah.",
                name=backup.name,
            )
        )

    saved: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        saved = _save_current(db_path, folder)

    try:
        _copy_with_backup_api(backup, db_path)
        method = "backup-api"
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc, db_path.parent):
            raise BackupError(describe_write_error(exc, db_path.name, db_path.parent)) from exc
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise BackupError(
                M(
                    "Basis data {name} sedang dipakai program lain. Tutup jendela lain (meja registrasi) lalu coba lagi.",
                    name=db_path.name,
                )
            ) from exc
        _replace_file(backup, db_path)
        method = "replace"
    return RestoreResult(restored_from=backup, previous_saved_to=saved, method=method)


def _foreign(path: Path) -> bool:
    """A sound SQLite file that another program made (damaged files are judged elsewhere)."""
    try:
        check_header(path)
        return not is_ours(path)
    except (DatabaseOpenError, OSError, sqlite3.DatabaseError):
        return False


def _save_current(db_path: Path, folder: Path | None) -> Path:
    try:
        return create_backup(db_path, folder=folder, keep=None, reason=REASON_BEFORE_RESTORE)
    except BackupError as exc:
        if "Disk penuh" in str(exc):
            raise
    # Too broken for the backup API: keep its raw bytes for whoever rescues it.
    target_dir = backup_folder(db_path, folder)
    target_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = _unique_target(target_dir, db_path, clock.file_time(), "rusak")
    try:
        shutil.copyfile(db_path, target)
        os.chmod(target, 0o600)
    except OSError as exc:
        raise BackupError(describe_write_error(exc, target.name)) from exc
    return target


def _copy_with_backup_api(backup: Path, db_path: Path) -> None:
    src = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True, timeout=15)
    try:
        dest = sqlite3.connect(db_path, timeout=15)
        try:
            dest.execute("PRAGMA busy_timeout=15000")
            src.backup(dest)
            problems = dest.execute("PRAGMA quick_check").fetchall()
            if [r[0] for r in problems] != ["ok"]:
                raise sqlite3.DatabaseError(
                    M("quick_check after restore: {value}", value=problems[:3])
                )
        finally:
            dest.close()
    finally:
        src.close()


def _replace_file(backup: Path, db_path: Path) -> None:
    tmp = db_path.with_name(db_path.name + ".pulih.part")
    try:
        shutil.copyfile(backup, tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(describe_write_error(exc, db_path.name)) from exc


# -- settings in Office.extra --------------------------------------------------------


def get_settings(session: Session) -> BackupSettings:
    from rakor_desktop.services.office import preferences
    from rakor_desktop.services.office.settings import get_office

    office = get_office(session)
    folder = preferences.value(office, "backup_folder")
    return BackupSettings(
        folder=Path(folder) if folder else None,
        keep=preferences.value(office, "backup_keep"),
        interval_min=preferences.value(office, "backup_interval_min"),
    )


def save_settings(session: Session, settings: BackupSettings) -> None:
    from rakor_desktop.services.office import preferences
    from rakor_desktop.services.office.settings import get_office

    if settings.keep < 1:
        raise BackupError(M("Jumlah cadangan yang disimpan minimal 1."))
    try:
        preferences.set_values(
            session,
            get_office(session),
            "backup.settings",
            backup_folder=str(settings.folder) if settings.folder else None,
            backup_keep=settings.keep,
            backup_interval_min=settings.interval_min,
        )
    except preferences.PreferenceError as exc:
        raise BackupError(str(exc)) from exc


# -- opening a backup at start-up --------------------------------------------------------

WORKING_COPY_TAG = "pulihan"


def working_copy_folder() -> Path:
    """Where working copies go when the database's own folder cannot take one."""
    from rakor_desktop.config import data_dir

    return data_dir() / WORKING_COPY_TAG


def _working_copy_glob(db_path: Path) -> str:
    return f"{glob.escape(Path(db_path).stem)}-{WORKING_COPY_TAG}-*.sqlite"


def last_written(path: Path) -> float:
    """When a database file was last written (the file or its ``-wal``), 0 when unknown."""
    times = []
    for candidate in (Path(path), Path(str(path) + "-wal")):
        with contextlib.suppress(OSError):
            times.append(candidate.stat().st_mtime)
    return max(times, default=0.0)


def working_copies(db_path: str | Path) -> list[Path]:
    """Working copies made from backups of ``db_path``, most recently written first."""
    db_path = Path(db_path).expanduser().resolve()
    found: set[Path] = set()
    for folder in (db_path.parent, working_copy_folder()):
        with contextlib.suppress(OSError):
            found.update(
                p.resolve() for p in folder.glob(_working_copy_glob(db_path)) if p.is_file()
            )
    return sorted(found, key=last_written, reverse=True)


def is_working_copy(path: Path, db_path: Path) -> bool:
    return Path(path).match(_working_copy_glob(db_path))


def make_working_copy(
    backup: str | Path, db_path: str | Path, *, now: datetime | None = None
) -> Path:
    """A new database file made from ``backup``, to open instead of the refused ``db_path``.

    The refused file is never written: it may be held by another program, sit on a
    read-only stick or a full disk, or be what someone needs to rescue. The backup is
    not opened itself either (it would change under its own name and could be rotated
    away). The copy goes next to the database as ``<stem>-pulihan-YYYYMMDD-HHMMSS.sqlite``,
    or into the user data dir when that folder takes no new file.
    """
    backup = Path(backup).expanduser().resolve()
    db_path = Path(db_path).expanduser().resolve()
    if not backup.is_file() or not backup_is_usable(backup):
        raise BackupError(
            M(
                "Berkas cadangan {name} tidak dapat dipakai (rusak, hilang atau dari versi yang lebih baru). Pilih berkas lain.",
                name=backup.name,
            )
        )
    stamp = (now or clock.file_time()).strftime("%Y%m%d-%H%M%S")
    name = f"{db_path.stem}-{WORKING_COPY_TAG}-{stamp}.sqlite"
    errors: list[str] = []
    for folder in (db_path.parent, working_copy_folder()):
        target = folder / name
        if target.exists():
            continue
        try:
            return backup_sqlite(backup, target)
        except (OSError, sqlite3.Error) as exc:
            Path(str(target) + ".part").unlink(missing_ok=True)
            errors.append(describe_write_error(exc, name, folder))
    raise BackupError(" ".join(errors) or f"Salinan {name} sudah ada; coba lagi sebentar lagi.")
