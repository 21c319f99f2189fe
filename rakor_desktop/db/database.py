"""Opening a database safely, and the unit-of-work session every service uses.

Order on open (SQLite): read-only checks (header, quick_check, schema revision)
-> backup when an upgrade is due -> Alembic upgrade (restore the backup if it fails)
-> the real engine with pragmas. Any refusal leaves the file untouched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from rakor_desktop.db import migrate
from rakor_desktop.db.backup import backup_sqlite
from rakor_desktop.db.engine import IMMEDIATE, create_app_engine, is_sqlite_url, to_url
from rakor_desktop.db.errors import (
    CorruptDatabase,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseOpenError,
    DiskFull,
    MigrationFailed,
    NewerSchema,
    NotADatabase,
    ReadOnlyDatabase,
    ServerUnavailable,
)
from rakor_desktop.db.sqlite_checks import (
    APPLICATION_ID,
    check_header,
    ensure_ours,
    is_empty_file,
    quick_check,
    stored_revision,
)
from rakor_desktop.db.storage import check_storage, storage_fault
from rakor_desktop.db.upgrade_lock import upgrade_lock
from rakor_desktop.domain import clock
from rakor_desktop.messages import M

log = logging.getLogger(__name__)


@dataclass
class Database:
    """An open, migrated database. Cheap to pass around; sessions are short-lived."""

    url: str
    engine: Engine
    path: Path | None = None
    upgraded_from: str | None = None
    pre_upgrade_backup: Path | None = None
    _write_engine: Engine | None = field(default=None, repr=False)

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on error.

        ``write=True`` takes SQLite's write lock at BEGIN, so a transaction that
        reads then writes cannot fail half-way because another process wrote first.
        """
        engine = self.engine
        if write and self.is_sqlite:
            if self._write_engine is None:
                self._write_engine = self.engine.execution_options(**{IMMEDIATE: True})
            engine = self._write_engine
        with Session(engine, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def integrity_problems(self) -> list[str]:
        if self.path is not None:
            return quick_check(self.path, full=True)
        return []

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path, *, create: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL.

    Raises a :class:`DatabaseOpenError` subclass with an Indonesian message when
    the file cannot be used; in that case nothing on disk has changed.
    """
    url = to_url(target)
    if not is_sqlite_url(url):
        return _open_server(url)
    path = Path(make_url(url).database or "")
    return _open_sqlite(path, create=create)


def _open_server(url: str) -> Database:
    engine = create_app_engine(url)
    try:
        with engine.connect() as conn:
            rev = None
            if inspect(conn).has_table("alembic_version"):
                rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        # Server down, wrong password, database missing: one sentence saying what to check.
        from rakor_desktop.db.connection_settings import ServerConnection, describe_connect_error

        engine.dispose()
        raise ServerUnavailable(
            describe_connect_error(exc, ServerConnection.from_url(url))
            + " Basis data di server tidak diubah.",
            detail=str(exc),
        ) from exc
    _refuse_unknown(rev, make_url(url).render_as_string(hide_password=True))
    upgraded_from: str | None = None
    if rev != migrate.head_revision():
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Stations started together after an update: one migrates, the others
                # wait for its commit here and then find the schema at head.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
                if inspect(conn).has_table("alembic_version"):
                    rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if rev != migrate.head_revision():
                migrate.upgrade(conn)
                upgraded_from = rev
    return Database(url=url, engine=engine, upgraded_from=upgraded_from)


#: Advisory lock key for schema upgrades on a server ("rakor" in ASCII).
_MIGRATION_LOCK = 0x72616B6F72


def _refuse_unknown(rev: str | None, name: str) -> None:
    if rev is not None and rev not in migrate.known_revisions():
        raise NewerSchema(
            M(
                "Basis data {name} dibuat oleh versi Rakor Desktop yang lebih baru (skema {rev}). Perbarui aplikasi untuk membukanya; berkas tidak diubah.",
                name=name,
                rev=rev,
            ),
            detail=f"revision={rev}",
        )


def _open_sqlite(path: Path, *, create: bool) -> Database:
    path = path.expanduser().resolve()
    side_files = [Path(str(path) + suffix) for suffix in ("-wal", "-shm")]
    had_side_files = [p.exists() for p in side_files]
    try:
        return _open_sqlite_checked(path, create=create)
    except DatabaseOpenError:
        # A read-only look at a WAL-mode file leaves empty -wal/-shm files behind.
        # If they were not there before, no other process had the file open: remove
        # them so a refused file is left exactly as we found it.
        wal, shm = side_files
        if not any(had_side_files) and (not wal.exists() or wal.stat().st_size == 0):
            for side in side_files:
                # On a read-only medium there is nothing to remove and unlink fails:
                # the error being raised is the one to report.
                with contextlib.suppress(OSError):
                    side.unlink(missing_ok=True)
        raise


def _open_sqlite_checked(path: Path, *, create: bool) -> Database:
    existing = path.exists() and not is_empty_file(path)
    rev: str | None = None
    if existing:
        if path.is_dir():
            raise NotADatabase(M("{path} adalah folder, bukan berkas basis data.", path=path))
        check_header(path)
        check_storage(path)
        problems = quick_check(path)
        if problems:
            raise CorruptDatabase(
                M(
                    "Berkas {name} rusak ({value}). Buka cadangan terakhir atau berkas lain; berkas ini tidak diubah.",
                    name=path.name,
                    value=problems[0],
                ),
                detail="; ".join(problems[:20]),
            )
        ensure_ours(path)
        rev = stored_revision(path)
        _refuse_unknown(rev, path.name)
    elif not create:
        raise DatabaseMissing(
            M(
                "Basis data {path} tidak ditemukan. Periksa nama berkas dan foldernya (atau apakah flashdisk sudah terpasang); basis data baru dibuat dengan perintah init. Tidak ada yang dibuat.",
                path=path,
            )
        )
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyDatabase(
                M(
                    "Folder {parent} tidak dapat dibuat: {strerror}.",
                    parent=path.parent,
                    strerror=exc.strerror,
                ),
                detail=str(exc),
            ) from exc
        check_storage(path, need_room=True)

    head = migrate.head_revision()
    backup: Path | None = None
    if rev != head:
        with upgrade_lock(path):
            # Another station may have upgraded the file while this one waited.
            existing = path.exists() and not is_empty_file(path)
            rev = stored_revision(path) if existing else None
            if rev != head:
                if existing:
                    stamp = clock.file_time().strftime("%Y%m%d-%H%M%S")
                    backup = path.with_name(
                        f"{path.stem}.sebelum-upgrade-{rev}-{stamp}{path.suffix or '.sqlite'}"
                    )
                    backup_sqlite(path, backup)
                    log.info("backed up %s to %s before upgrading from %s", path, backup, rev)
                    _prune_upgrade_copies(path)
                _migrate_sqlite(path, backup)

    engine = create_app_engine(to_url(path))
    try:
        with engine.begin() as conn:
            if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
                # A file from before the mark, recognised by its tables: mark it now.
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except OperationalError as exc:
        engine.dispose()
        raise _classify_operational(path, exc) from exc
    _keep_private(path)
    return Database(
        url=to_url(path),
        engine=engine,
        path=path,
        upgraded_from=rev if rev != head else None,
        pre_upgrade_backup=backup,
    )


KEEP_UPGRADE_COPIES = 3


def _prune_upgrade_copies(path: Path) -> None:
    """Keep the newest few pre-upgrade copies: an upgrade killed and retried again and
    again must not fill the disk with one full copy per attempt."""
    copies = sorted(
        path.parent.glob(f"{path.stem}.sebelum-upgrade-*"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in copies[KEEP_UPGRADE_COPIES:]:
        with contextlib.suppress(OSError):
            old.unlink()
            log.info("removed old pre-upgrade copy %s", old)


def _keep_private(path: Path) -> None:
    """The live file holds NIPs, phone numbers and QR secrets: owner-only, like the backups.

    SQLite gives the -wal and -shm files the database file's mode, so they follow.
    """
    if os.name != "posix":
        return
    try:
        st = path.stat()
        if st.st_mode & 0o077 and st.st_uid == os.getuid():
            path.chmod(0o600)
    except OSError as exc:  # a file we may read but not chmod: leave it as it is
        log.info("could not make %s private: %s", path, exc)


def _migrate_sqlite(path: Path, backup: Path | None) -> None:
    # Foreign keys off during migrations: batch mode recreates tables.
    engine = create_app_engine(to_url(path), foreign_keys=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except OperationalError as exc:
        engine.dispose()
        text_ = str(exc).lower()
        if "locked" in text_ or "busy" in text_:
            # Another program (an older station) has the file open. The migration's
            # transaction rolled back, so the file is as it was: nothing to restore,
            # and copying the backup over a file in use is what corrupted it before.
            raise DatabaseLocked(
                M(
                    "Berkas {name} sedang dipakai program lain, jadi belum dapat diperbarui ke versi ini. Tutup Rakor Desktop di stasiun lain lalu buka lagi; berkas ini tidak diubah.",
                    name=path.name,
                ),
                detail=str(exc),
            ) from exc
        if backup is not None and not _held_by_others(path):
            _restore(backup, path)
        raise _classify_operational(path, exc) from exc
    except Exception as exc:
        engine.dispose()
        if backup is not None and not _held_by_others(path):
            _restore(backup, path)
        raise MigrationFailed(
            M(
                "Pembaruan skema basis data {name} gagal; berkas dikembalikan dari cadangan {value}. Laporkan ke pengelola aplikasi.",
                name=path.name,
                value=backup.name if backup else "",
            ),
            detail=repr(exc),
        ) from exc
    finally:
        engine.dispose()


def _held_by_others(path: Path) -> bool:
    """Whether another connection holds the file: never copy a backup over it then."""
    try:
        con = sqlite3.connect(path, timeout=0)
        try:
            con.execute("BEGIN EXCLUSIVE")
            con.rollback()
        finally:
            con.close()
    except sqlite3.Error:
        return True
    return False


def _restore(backup: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, path)


def _classify_operational(path: Path, exc: Exception) -> DatabaseOpenError:
    fault = storage_fault(path)
    if fault is not None:
        return fault
    text_ = str(exc).lower()
    if "disk" in text_ and "full" in text_:
        return DiskFull(
            M(
                "Disk penuh: {name} tidak dapat ditulis. Kosongkan ruang disk lalu coba lagi; berkas ini tidak rusak.",
                name=path.name,
            ),
            detail=str(exc),
        )
    if "readonly" in text_ or "read-only" in text_ or "unable to open" in text_:
        return ReadOnlyDatabase(
            M(
                "Berkas {name} tidak dapat ditulis (hanya-baca atau folder tanpa izin tulis). Salin ke folder lain atau buka berkas lain.",
                name=path.name,
            ),
            detail=str(exc),
        )
    if "locked" in text_ or "busy" in text_:
        return DatabaseLocked(
            M(
                "Berkas {name} sedang dikunci program lain. Tutup program itu lalu coba lagi.",
                name=path.name,
            ),
            detail=str(exc),
        )
    return DatabaseOpenError(
        M("Basis data {name} tidak dapat dibuka: {error}", name=path.name, error=str(exc)),
        detail=str(exc),
    )


def sqlite_file_revision(path: Path) -> str | None:
    """Revision of a file without opening it through the app (for tools and tests)."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
