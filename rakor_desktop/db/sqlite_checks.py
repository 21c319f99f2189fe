"""Read-only inspection of a SQLite file before the app touches it.

Opening with pragmas (WAL) or running migrations writes to the file, so every
check here uses a ``mode=ro`` connection: a corrupt, foreign or newer file is
reported and left byte-for-byte untouched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rakor_desktop.db.errors import CorruptDatabase, DatabaseLocked, NotADatabase
from rakor_desktop.db.storage import storage_fault
from rakor_desktop.messages import M

SQLITE_MAGIC = b"SQLite format 3\x00"

# Our own mark in the SQLite header (PRAGMA application_id): "RAKR". A table named
# alembic_version proves nothing (every Alembic project has one); this does.
APPLICATION_ID = 0x52414B52
# Files made before the mark existed are recognised by the tables every revision has.
OUR_TABLES = frozenset({"alembic_version", "office", "organization", "person", "meeting"})


def _ro_connect(path: Path) -> sqlite3.Connection:
    uri = f"file:{path.as_posix()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=5)


def is_empty_file(path: Path) -> bool:
    return path.exists() and path.stat().st_size == 0


def check_header(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise NotADatabase(
            M(
                "Berkas {name} bukan basis data Rakor Desktop (bukan berkas SQLite). Pilih berkas lain atau buat basis data baru; berkas ini tidak diubah.",
                name=path.name,
            ),
            detail=f"header={head!r}",
        )


def quick_check(path: Path, *, full: bool = False) -> list[str]:
    """Return the problems ``quick_check`` (or ``integrity_check``) reports; [] when sound."""
    try:
        con = _ro_connect(path)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        fault = storage_fault(path)  # a full disk is not a damaged file
        if fault is not None:
            raise fault from exc
        if "locked" in text:
            raise DatabaseLocked(
                M(
                    "Berkas {name} sedang dikunci oleh program lain. Tutup program itu lalu coba lagi.",
                    name=path.name,
                ),
                detail=text,
            ) from exc
        raise CorruptDatabase(
            M(
                "Berkas {name} rusak dan tidak dapat dibuka. Buka cadangan terakhir atau berkas lain; berkas ini tidak diubah.",
                name=path.name,
            ),
            detail=text,
        ) from exc
    return [] if rows == ["ok"] else rows


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None when it has none."""
    con = _ro_connect(path)
    try:
        has = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def table_names(path: Path) -> set[str]:
    con = _ro_connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def application_id(path: Path) -> int:
    con = _ro_connect(path)
    try:
        return int(con.execute("PRAGMA application_id").fetchone()[0])
    finally:
        con.close()


def is_ours(path: Path) -> bool:
    """Whether a (sound) SQLite file is a Rakor Desktop database, new or from before the mark.

    An empty SQLite file (no tables) counts as ours to fill: ``init`` made it.
    """
    app_id = application_id(path)
    if app_id == APPLICATION_ID:
        return True
    if app_id != 0:
        return False
    tables = table_names(path) - {"sqlite_sequence"}
    return not tables or tables >= OUR_TABLES


def ensure_ours(path: Path) -> None:
    """Refuse another program's SQLite file before anything writes to it."""
    if not is_ours(path):
        raise NotADatabase(
            M(
                "Berkas {name} adalah basis data SQLite milik program lain, bukan Rakor Desktop. Pilih berkas lain; berkas ini tidak diubah.",
                name=path.name,
            )
        )
