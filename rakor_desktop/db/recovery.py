"""Finding a usable backup when the database will not open, and naming storage failures.

The startup dialog offers "Buka cadangan terakhir" when the file is corrupt or gone:
:func:`latest_backup` walks the backup folders newest first and returns the first
candidate that really opens and passes ``quick_check`` (a backup taken while the disk
was failing may be as broken as the original).

Backup file names are defined here, below the services that write them, so this
module can recognise them without importing the service layer:
``<stem>-YYYYMMDD-HHMMSS[-N][-reason].sqlite``. The pre-upgrade copies that
``db.database`` writes next to the file (``<stem>.sebelum-upgrade-...``) count too.

A full disk shows up differently depending on where it hits: ``OSError`` ENOSPC/EFBIG
from Python file writes, ``sqlite3.OperationalError: database or disk is full`` from
SQLite, or "disk I/O error" when a file-size limit cuts a write short.
:func:`is_disk_full` recognises all of them so every caller shows one message.
"""

from __future__ import annotations

import errno
import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rakor_desktop.db.errors import DatabaseOpenError
from rakor_desktop.db.sqlite_checks import check_header, is_ours, quick_check, stored_revision

BACKUP_SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"
_NAME_RE = (
    r"^{stem}-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<seq>\d+))?(?:-(?P<reason>[a-z][a-z-]*))?\.sqlite$"
)
_UPGRADE_RE = r"^{stem}\.sebelum-upgrade-.*-(?P<stamp>\d{{8}}-\d{{6}})\.[^.]+$"

DISK_FULL_MESSAGE = (
    "Disk penuh: {name} tidak dapat ditulis. Data yang sudah tersimpan tetap aman; "
    "kosongkan ruang disk (atau pilih folder lain) lalu coba lagi."
)


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    created: datetime  # local wall-clock time from the file name
    reason: str

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def default_backup_folder(db_path: Path) -> Path:
    """Per-database subfolder of the user backup dir (two databases never mix backups)."""
    from rakor_desktop.config import backup_dir

    resolved = Path(db_path).expanduser().resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:8]
    return backup_dir() / f"{resolved.stem}-{digest}"


def backup_file_name(db_path: Path, when: datetime, reason: str = "", seq: int = 0) -> str:
    stem = Path(db_path).stem
    parts = [stem, when.strftime(_STAMP)]
    if seq:
        parts.append(str(seq))
    if reason:
        parts.append(reason)
    return "-".join(parts) + BACKUP_SUFFIX


def parse_backup_name(db_path: Path, name: str) -> BackupFile | None:
    stem = re.escape(Path(db_path).stem)
    m = re.match(_NAME_RE.format(stem=stem), name)
    if m is None:
        m = re.match(_UPGRADE_RE.format(stem=stem), name)
        if m is None:
            return None
        reason = "sebelum-upgrade"
    else:
        reason = m.group("reason") or ""
    try:
        created = datetime.strptime(m.group("stamp"), _STAMP)
    except ValueError:
        return None
    seq = int(m.groupdict().get("seq") or 0)
    return BackupFile(path=Path(name), created=created.replace(microsecond=seq), reason=reason)


FOLDERS_FILE = "lokasi-cadangan.json"


def remembered_folders(db_path: Path) -> list[Path]:
    """Folders (a USB stick) this database was backed up to, recorded by the backup service.

    The folder setting lives inside the database, which is exactly what cannot be
    read when the startup dialog looks for a backup; this small file next to the
    default backups remembers it.
    """
    import json

    try:
        data = json.loads(
            (default_backup_folder(db_path) / FOLDERS_FILE).read_text(encoding="utf-8")
        )
    except (OSError, ValueError):
        return []
    return [Path(p) for p in data if isinstance(p, str)] if isinstance(data, list) else []


def remember_folder(db_path: Path, folder: Path) -> None:
    import json

    home = default_backup_folder(db_path)
    known = remembered_folders(db_path)
    folder = Path(folder).expanduser().resolve()
    if folder in known or folder == home.resolve():
        return
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        (home / FOLDERS_FILE).write_text(
            json.dumps([str(p) for p in [*known, folder]][-10:], ensure_ascii=False),
            encoding="utf-8",
        )
    except OSError:
        pass  # remembering is a convenience; the backup itself succeeded


def find_backups(db_path: Path, folders: list[Path] | tuple[Path, ...] = ()) -> list[BackupFile]:
    """Backups of ``db_path`` newest first: default folder, ``folders``, remembered folders,
    and next to the file (pre-upgrade copies)."""
    db_path = Path(db_path).expanduser().resolve()
    search = [
        default_backup_folder(db_path),
        *[Path(f) for f in folders],
        *remembered_folders(db_path),
        db_path.parent,
    ]
    seen: set[Path] = set()
    found: list[BackupFile] = []
    for folder in search:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            info = parse_backup_name(db_path, entry.name)
            if info is None or not entry.is_file():
                continue
            real = entry.resolve()
            if real in seen or real == db_path:
                continue
            seen.add(real)
            found.append(BackupFile(path=entry, created=info.created, reason=info.reason))
    found.sort(key=lambda b: (b.created, _mtime(b.path)), reverse=True)
    return found


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def backup_is_usable(path: Path) -> bool:
    """Opens as SQLite, passes ``quick_check`` and carries a schema revision we know."""
    from rakor_desktop.db import migrate

    try:
        check_header(path)
        if quick_check(path):
            return False
        if not is_ours(path):  # another program's SQLite file, alembic_version or not
            return False
        rev = stored_revision(path)
    except (DatabaseOpenError, OSError, sqlite3.DatabaseError):
        return False
    return rev is not None and rev in migrate.known_revisions()


def latest_backup(path: str | Path, folders: list[Path] | tuple[Path, ...] = ()) -> Path | None:
    """The newest backup of the database at ``path`` that is usable, or None."""
    for candidate in find_backups(Path(path), folders):
        if backup_is_usable(candidate.path):
            return candidate.path
    return None


_WRITE_IOERRS = {
    "SQLITE_IOERR_WRITE",
    "SQLITE_IOERR_FSYNC",
    "SQLITE_IOERR_TRUNCATE",
    "SQLITE_IOERR_SHMSIZE",
    "SQLITE_FULL",
}
PROBE_BYTES = 8 * 1024 * 1024


def _chain(exc: BaseException | None) -> list[BaseException]:
    out: list[BaseException] = []
    while exc is not None and len(out) < 6 and exc not in out:
        out.append(exc)
        orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the DB-API error
        if isinstance(orig, BaseException) and orig not in out:
            out.append(orig)
        exc = exc.__cause__ or exc.__context__
    return out


def _room_to_write(folder: Path) -> bool:
    """Try to write a few MB next to the file: the only honest answer to "is it full?".

    SQLite reports a write cut short by a file-size limit (or some full USB sticks)
    as a generic "disk I/O error"; probing tells that apart from a failing device.
    """
    import shutil
    import tempfile

    try:
        if shutil.disk_usage(folder).free < PROBE_BYTES:
            return False
    except OSError:
        pass
    block = b"\0" * (1024 * 1024)
    try:
        with tempfile.TemporaryFile(dir=folder) as fh:
            for _ in range(PROBE_BYTES // len(block)):
                fh.write(block)
            fh.flush()
    except OSError as exc:
        return exc.errno not in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    return True


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """Whether an error means "no space left" (or a file-size limit, which acts the same).

    Pass the ``folder`` being written to and a vague SQLite write error is checked
    by probing that folder for room.
    """
    vague = False
    for e in _chain(exc):
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            return True
        text = str(e).lower()
        if any(s in text for s in ("disk is full", "no space left", "file too large")):
            return True
        if getattr(e, "sqlite_errorname", None) in _WRITE_IOERRS or "disk i/o error" in text:
            vague = True
    return vague and folder is not None and not _room_to_write(Path(folder))


def describe_write_error(exc: BaseException, name: str, folder: Path | None = None) -> str:
    """One Indonesian sentence for a failed write of ``name``."""
    if is_disk_full(exc, folder):
        return DISK_FULL_MESSAGE.format(name=name)
    if isinstance(exc, PermissionError):
        return f"Tidak ada izin menulis {name}. Pilih folder lain."
    detail = getattr(exc, "strerror", None) or str(exc)
    return f"Gagal menulis {name}: {detail}."
