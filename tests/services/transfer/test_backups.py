"""Rotated backups, restore (with the current file saved first) and finding a usable backup."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from import_backup_support import (
    row_count,
    small_disk,  # noqa: F401 - fixture
)
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.db.recovery import default_backup_folder, latest_backup
from rakor_desktop.db.sqlite_checks import quick_check
from rakor_desktop.domain.models import Person
from rakor_desktop.services.transfer.backups import (
    BackupError,
    BackupSettings,
    backup_due,
    create_backup,
    get_settings,
    list_backups,
    maybe_backup,
    restore_backup,
    rotate,
    save_settings,
)

T = datetime(2025, 8, 25, 9, 0, 0)


def add_person(db, name: str) -> None:
    with db.session(write=True) as s:
        s.add(Person(full_name=name, name_key=name.lower()))


def names(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT full_name FROM person")}
    finally:
        con.close()


def test_backup_is_private_named_by_time_and_sound(db, db_path: Path) -> None:
    add_person(db, "Budi")
    out = create_backup(db_path, now=T)
    assert out.parent == default_backup_folder(db_path)
    assert out.name == "rakor-20250825-090000-otomatis.sqlite"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    assert quick_check(out, full=True) == []
    assert names(out) == {"Budi"}
    again = create_backup(db_path, now=T)  # same second: never overwrites
    assert again != out and again.exists() and out.exists()


def test_rotation_keeps_the_newest_n_and_nothing_else(db, db_path: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    made = [
        create_backup(db_path, folder=stick, keep=3, now=T + timedelta(minutes=10 * i))
        for i in range(6)
    ]
    upgrade_copy = stick / "rakor.sebelum-upgrade-0001-20250101-080000.sqlite"
    upgrade_copy.write_bytes(made[0].read_bytes() if made[0].exists() else made[-1].read_bytes())
    foreign = stick / "lain-20250101-080000.sqlite"  # another database's backup
    foreign.write_bytes(b"x")
    create_backup(db_path, folder=stick, keep=3, now=T + timedelta(hours=2))
    listed = [b.path for b in list_backups(db_path, stick) if b.path.parent == stick]
    rotated = [p for p in listed if "sebelum-upgrade" not in p.name]
    assert len(rotated) == 3
    assert rotated[0].name == "rakor-20250825-110000-otomatis.sqlite"  # newest first
    assert [p.name for p in rotated[1:]] == [made[5].name, made[4].name]
    assert upgrade_copy.exists() and foreign.exists()
    assert rotate(db_path, folder=stick, keep=3) == []


def test_restore_saves_the_current_file_then_brings_back_the_backup(db, db_path: Path) -> None:
    add_person(db, "Sebelum")
    backup = create_backup(db_path, now=T)
    add_person(db, "Sesudah")
    # Another process (a door station) has the file open in WAL mode while we restore.
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA journal_mode=WAL")
    assert other.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    db.dispose()  # the app disposes its engine before restore and reopens afterwards
    result = restore_backup(backup, db_path)
    assert result.method == "backup-api"
    assert result.previous_saved_to is not None
    assert names(result.previous_saved_to) == {"Sebelum", "Sesudah"}
    assert "sebelum-pulih" in result.previous_saved_to.name
    assert other.execute("SELECT full_name FROM person").fetchall() == [("Sebelum",)]
    other.close()
    reopened = open_database(db_path)
    try:
        with reopened.session() as s:
            assert [p.full_name for p in s.exec(select(Person))] == ["Sebelum"]
        assert reopened.integrity_problems() == []
    finally:
        reopened.dispose()


def test_restore_refuses_broken_or_newer_backups_and_changes_nothing(
    db, db_path: Path, tmp_path: Path
) -> None:
    add_person(db, "Tetap")
    db.dispose()
    before = db_path.read_bytes()
    garbage = tmp_path / "rakor-20250101-000000.sqlite"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 3000)
    newer = create_backup(db_path, folder=tmp_path / "b", now=T)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    for bad in (garbage, newer, tmp_path / "tidak-ada.sqlite"):
        with pytest.raises(BackupError):
            restore_backup(bad, db_path)
    assert db_path.read_bytes() == before


def test_restore_over_a_corrupt_database_keeps_its_bytes(db, db_path: Path, tmp_path: Path) -> None:
    add_person(db, "Baik")
    backup = create_backup(db_path, folder=tmp_path / "b", now=T)
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    junk = b"SQLite format 3\x00" + b"\xff" * 8192
    db_path.write_bytes(junk)
    result = restore_backup(backup, db_path, folder=tmp_path / "b")
    assert result.method == "replace"
    assert result.previous_saved_to is not None and result.previous_saved_to.read_bytes() == junk
    assert quick_check(db_path) == [] and names(db_path) == {"Baik"}


def test_latest_backup_skips_broken_candidates(db, db_path: Path) -> None:
    assert latest_backup(db_path) is None
    add_person(db, "A")
    good = create_backup(db_path, now=T)
    newest = create_backup(db_path, now=T + timedelta(minutes=10))
    with newest.open("r+b") as fh:  # a backup cut short by a dying disk
        fh.truncate(2048)
    assert latest_backup(db_path) == good
    stick = create_backup(db_path, folder=db_path.parent / "usb", now=T + timedelta(minutes=20))
    db.dispose()
    db_path.write_bytes(b"rusak")  # the startup case: the database itself is broken
    # The USB folder is a setting inside the (now unreadable) database, yet it is found.
    assert latest_backup(db_path) == stick
    stick.unlink()
    assert latest_backup(db_path) == good


def test_backup_due_follows_the_interval(db, db_path: Path) -> None:
    settings = BackupSettings(keep=5, interval_min=10)
    assert backup_due(db_path, settings, now=T)
    create_backup(db_path, now=T)
    assert not backup_due(db_path, settings, now=T + timedelta(minutes=9))
    assert backup_due(db_path, settings, now=T + timedelta(minutes=10))


def test_automatic_backup_on_timer_and_on_close(db, db_path: Path, tmp_path: Path) -> None:
    settings = BackupSettings(folder=tmp_path / "usb", keep=2, interval_min=10)
    first = maybe_backup(db_path, settings, now=T)
    assert first is not None and first.parent == tmp_path / "usb"
    assert maybe_backup(db_path, settings, now=T + timedelta(minutes=5)) is None
    on_close = maybe_backup(
        db_path, settings, reason="tutup", force=True, now=T + timedelta(minutes=6)
    )
    assert on_close is not None and on_close.name.endswith("-tutup.sqlite")
    third = maybe_backup(db_path, settings, now=T + timedelta(minutes=20))
    assert third is not None
    assert [b.path for b in list_backups(db_path, settings.folder)] == [third, on_close]  # keep 2


def test_backup_on_close_skips_an_unchanged_database(db, db_path: Path, tmp_path: Path) -> None:
    import os

    settings = BackupSettings(folder=tmp_path / "usb", keep=5)
    add_person(db, "Sekali")
    first = maybe_backup(db_path, settings, reason="tutup", force=True, only_if_changed=True, now=T)
    assert first is not None
    # Opened and closed again without a write: no identical copy pushes older ones out.
    again = maybe_backup(
        db_path,
        settings,
        reason="tutup",
        force=True,
        only_if_changed=True,
        now=T + timedelta(hours=1),
    )
    assert again is None
    add_person(db, "Dua kali")
    later = first.stat().st_mtime + 5  # the write comes after the backup (coarse clocks)
    for f in (db_path, Path(str(db_path) + "-wal")):
        if f.exists():
            os.utime(f, (later, later))
    second = maybe_backup(
        db_path,
        settings,
        reason="tutup",
        force=True,
        only_if_changed=True,
        now=T + timedelta(hours=2),
    )
    assert second is not None and names(second) == {"Sekali", "Dua kali"}


def test_a_backup_abandoned_by_its_progress_callback_leaves_no_file(
    db, db_path: Path, tmp_path: Path
) -> None:
    class TooSlow(Exception):
        pass

    def give_up(_done: int, _total: int) -> None:
        raise TooSlow

    add_person(db, "Aman")
    with pytest.raises(TooSlow):
        maybe_backup(
            db_path, BackupSettings(folder=tmp_path / "usb"), force=True, progress=give_up, now=T
        )
    assert list((tmp_path / "usb").iterdir()) == []  # no backup, no ".part"


def test_meeting_in_progress(db) -> None:
    from rakor_desktop.domain.enums import MeetingStatus
    from rakor_desktop.domain.models import Meeting
    from rakor_desktop.services.transfer.backups import meeting_in_progress

    with db.session(write=True) as s:
        assert not meeting_in_progress(s)
        m = Meeting(title="Rakor", starts_at=datetime(2025, 8, 25, 2, 0, tzinfo=UTC))
        s.add(m)
    with db.session(write=True) as s:
        assert not meeting_in_progress(s)
        m = s.exec(select(Meeting)).one()
        m.status = MeetingStatus.IN_PROGRESS.value
        s.add(m)
    with db.session() as s:
        assert meeting_in_progress(s)


def test_settings_round_trip_in_office_extra(db, tmp_path: Path) -> None:
    with db.session() as s:
        assert get_settings(s) == BackupSettings()
    chosen = BackupSettings(folder=tmp_path / "usb", keep=4, interval_min=15)
    with db.session(write=True) as s:
        save_settings(s, chosen)
    with db.session() as s:
        assert get_settings(s) == chosen
    with pytest.raises(BackupError), db.session(write=True) as s:
        save_settings(s, BackupSettings(keep=0))


def test_backup_to_a_full_disk_keeps_the_last_good_one(db, db_path: Path, small_disk: Path) -> None:  # noqa: F811
    with db.session(write=True) as s:
        for i in range(50):
            s.add(Person(full_name=f"P{i}", name_key=f"p{i}", jabatan="x" * 100))
    first = create_backup(db_path, folder=small_disk, now=T)
    good = first.read_bytes()
    with db.session(write=True) as s:  # grow the database well past the 2 MB disk
        s.add_all(
            Person(full_name=f"Q{i}", name_key=f"q{i}", jabatan="y" * 190) for i in range(9000)
        )
    with pytest.raises(BackupError, match="Disk penuh"):
        create_backup(db_path, folder=small_disk, now=T + timedelta(minutes=10))
    assert first.read_bytes() == good and quick_check(first, full=True) == []
    assert not list(small_disk.glob("*.part"))
    assert row_count(db_path, "person") == 9050  # nothing committed was lost
