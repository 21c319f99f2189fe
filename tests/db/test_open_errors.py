"""A file the app cannot use is refused with an Indonesian message and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from rakor_desktop.db import open_database
from rakor_desktop.db.errors import CorruptDatabase, NewerSchema, NotADatabase


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def _assert_untouched(path: Path, before_hash: str, before_files: set[str]) -> None:
    assert digest(path) == before_hash
    assert siblings(path) == before_files  # no -wal/-shm/backup created next to it


def test_non_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "laporan.sqlite"
    path.write_text("Ini dokumen Word, bukan basis data", encoding="utf-8")
    h, files = digest(path), siblings(path)
    with pytest.raises(NotADatabase) as info:
        open_database(path)
    assert "bukan basis data Rakor Desktop" in info.value.message
    _assert_untouched(path, h, files)


def test_corrupt_database(db_path: Path) -> None:
    database = open_database(db_path)
    with database.session(write=True) as s:
        from rakor_desktop.services.directory.people import create_person

        for i in range(300):
            create_person(s, f"Orang {i}", jabatan="Staf " * 20)
    database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12)):  # scribble over b-tree pages
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    h, files = digest(db_path), siblings(db_path)
    with pytest.raises(CorruptDatabase) as info:
        open_database(db_path)
    assert "rusak" in info.value.message
    _assert_untouched(db_path, h, files)


def test_newer_schema_is_refused(db_path: Path) -> None:
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    h, files = digest(db_path), siblings(db_path)
    with pytest.raises(NewerSchema) as info:
        open_database(db_path)
    assert "versi Rakor Desktop yang lebih baru" in info.value.message
    assert "9999_from_the_future" in info.value.message
    _assert_untouched(db_path, h, files)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kas (id INTEGER PRIMARY KEY, jumlah INTEGER)")
    con.commit()
    con.close()
    h, files = digest(path), siblings(path)
    with pytest.raises(NotADatabase) as info:
        open_database(path)
    assert "program lain" in info.value.message
    _assert_untouched(path, h, files)


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "kosong.sqlite"
    path.touch()
    database = open_database(path)
    try:
        assert database.schema_revision() is not None
    finally:
        database.dispose()


def test_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "rakor.sqlite"
    open_database(path).dispose()
    assert path.exists()
