"""Read-only inspection of a SQLite file before the app touches it.

Opening with pragmas (WAL) or running migrations writes to the file, so every
check here uses a ``mode=ro`` connection: a corrupt, foreign or newer file is
reported and left byte-for-byte untouched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rakor_desktop.db.errors import CorruptDatabase, DatabaseLocked, NotADatabase
from rakor_desktop.messages import M

SQLITE_MAGIC = b"SQLite format 3\x00"


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
