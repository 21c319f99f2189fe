"""A database the app cannot use: a clear Indonesian question, and the file is never touched.

The decision loop (``open_with_recovery``) is driven with a plain function in place of
the dialog; the dialog is built directly and its text and buttons checked; the real
entry point is run in a subprocess for the non-interactive path.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from import_backup_support import small_disk  # noqa: F401 - fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rakor_desktop.db import DatabaseOpenError, open_database
from rakor_desktop.db.errors import CorruptDatabase, NewerSchema, NotADatabase
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.ui.db_dialogs import Choice, DatabaseErrorDialog, FileExists, open_with_recovery


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def make_not_sqlite(path: Path) -> None:
    path.write_text("Notulen rapat bulan lalu (dokumen teks, bukan basis data)", encoding="utf-8")


def make_corrupt(path: Path) -> None:
    database = open_database(path)
    with database.session(write=True) as s:
        for i in range(300):
            create_person(s, f"Orang {i}", jabatan="Staf " * 20)
    database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def make_newer(path: Path) -> None:
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_dari_masa_depan'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


BAD_FILES: dict[str, tuple[Callable[[Path], None], type[DatabaseOpenError], str]] = {
    "bukan-sqlite": (make_not_sqlite, NotADatabase, "bukan basis data"),
    "rusak": (make_corrupt, CorruptDatabase, "rusak"),
    "skema-baru": (make_newer, NewerSchema, "versi Rakor Desktop yang lebih baru"),
}


@pytest.fixture(params=sorted(BAD_FILES))
def bad_file(request, tmp_path: Path):
    maker, kind, phrase = BAD_FILES[request.param]
    folder = tmp_path / "kantor"
    folder.mkdir()
    path = folder / "rakor.sqlite"
    maker(path)
    return path, kind, phrase


class Recorder:
    """Answers the questions from a script and remembers what it was shown."""

    def __init__(self, *answers: tuple[Choice, str | None]) -> None:
        self.answers = list(answers)
        self.seen: list[DatabaseOpenError] = []

    def __call__(self, error: DatabaseOpenError, target: str) -> tuple[Choice, str | None]:
        self.seen.append(error)
        return self.answers.pop(0) if self.answers else (Choice.QUIT, None)


def test_quit_leaves_the_file_untouched(bad_file) -> None:
    path, kind, phrase = bad_file
    before, files = digest(path), siblings(path)
    ask = Recorder((Choice.QUIT, None))
    assert open_with_recovery(str(path), ask) is None
    assert len(ask.seen) == 1
    assert isinstance(ask.seen[0], kind)
    assert phrase in ask.seen[0].message
    assert digest(path) == before
    assert siblings(path) == files  # no -wal, -shm or backup appeared beside it


def test_open_another_file_instead(bad_file, tmp_path: Path) -> None:
    path, _kind, _phrase = bad_file
    good = tmp_path / "cadangan.sqlite"
    open_database(good).dispose()
    before = digest(path)
    database = open_with_recovery(str(path), Recorder((Choice.OPEN_OTHER, str(good))))
    assert database is not None
    try:
        assert database.path == good.resolve()
    finally:
        database.dispose()
    assert digest(path) == before


def test_create_new_refuses_an_existing_name_then_creates(bad_file, tmp_path: Path) -> None:
    path, _kind, _phrase = bad_file
    before = digest(path)
    fresh = tmp_path / "baru.sqlite"
    ask = Recorder((Choice.CREATE_NEW, str(path)), (Choice.CREATE_NEW, str(fresh)))
    database = open_with_recovery(str(path), ask)
    assert database is not None
    try:
        assert database.path == fresh.resolve()
        assert database.schema_revision() is not None
    finally:
        database.dispose()
    assert isinstance(ask.seen[1], FileExists)
    assert "sudah ada" in ask.seen[1].message and "tidak diubah" in ask.seen[1].message
    assert digest(path) == before


def test_cancelled_file_chooser_asks_again(bad_file) -> None:
    path, kind, _phrase = bad_file
    ask = Recorder((Choice.OPEN_OTHER, None), (Choice.QUIT, None))
    assert open_with_recovery(str(path), ask) is None
    assert len(ask.seen) == 2 and all(isinstance(e, kind) for e in ask.seen)


def test_dialog_text_and_buttons(qtbot, bad_file) -> None:
    path, _kind, phrase = bad_file
    try:
        open_database(path)
    except DatabaseOpenError as exc:
        error = exc
    dialog = DatabaseErrorDialog(error, str(path))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Basis data tidak dapat dibuka"
    assert phrase in dialog.informativeText()
    assert "tidak diubah" in dialog.informativeText()
    assert dialog.informativeText().count("tidak diubah") == 1
    assert "Basis data tidak dapat dibuka" in dialog.text()
    assert [b.text() for b in (dialog.open_button, dialog.new_button, dialog.quit_button)] == [
        "Buka berkas lain…",
        "Buat basis data baru…",
        "Keluar",
    ]
    assert dialog.escapeButton() is dialog.quit_button
    assert dialog.icon() == QMessageBox.Icon.Warning
    for button, choice in (
        (dialog.new_button, Choice.CREATE_NEW),
        (dialog.open_button, Choice.OPEN_OTHER),
        (dialog.quit_button, Choice.QUIT),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.choice() is choice


def test_entry_point_refuses_without_touching_the_file(cli, bad_file, tmp_path: Path) -> None:
    """The real launch path (non-interactive because of --screenshot) exits 1 with the message."""
    path, _kind, phrase = bad_file
    before, files = digest(path), siblings(path)
    out = tmp_path / "layar.png"
    result = cli("--db", str(path), "--screenshot", str(out))
    assert result.returncode == 1
    assert phrase in result.stderr
    assert not out.exists()
    assert digest(path) == before
    assert siblings(path) == files


# -- "Buka cadangan terakhir" -------------------------------------------------------------


def people_in(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT full_name FROM person")}
    finally:
        con.close()


@pytest.fixture
def corrupt_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A database that was backed up (with "Arsip Lama" in it) and then got corrupted."""
    from rakor_desktop.services.transfer.backups import create_backup

    folder = tmp_path / "kantor"
    folder.mkdir()
    path = folder / "rakor.sqlite"
    database = open_database(path)
    with database.session(write=True) as s:
        create_person(s, "Arsip Lama")
    database.dispose()
    backup = create_backup(path, reason="tutup")
    make_corrupt(path)
    return path, backup


def test_the_latest_backup_opens_as_a_working_copy(corrupt_with_backup) -> None:
    from rakor_desktop.ui.db_dialogs import recovery_candidate

    path, backup = corrupt_with_backup
    broken, saved = digest(path), digest(backup)
    option = recovery_candidate(str(path))
    assert option is not None and option.path == backup and not option.working_copy
    ask = Recorder((Choice.OPEN_BACKUP, str(option.path)))
    database = open_with_recovery(str(path), ask)
    assert database is not None
    try:
        assert isinstance(ask.seen[0], CorruptDatabase)
        copy = database.path
        assert copy.parent == path.parent.resolve()
        assert copy.name.startswith("rakor-pulihan-") and copy.suffix == ".sqlite"
        with database.session(write=True) as s:
            create_person(s, "Dicatat Sesudah Pemulihan")
    finally:
        database.dispose()
    assert digest(path) == broken  # the refused file is left for rescue
    assert digest(backup) == saved  # and the backup stays a backup
    assert people_in(copy) == {"Arsip Lama", "Dicatat Sesudah Pemulihan"}

    # Next start-up on the same broken file: the copy with the newer work is offered,
    # and opened as it is (no second copy from the older backup).
    later = recovery_candidate(str(path))
    assert later is not None and later.working_copy and later.path == copy
    again = open_with_recovery(str(path), Recorder((Choice.OPEN_BACKUP, str(later.path))))
    assert again is not None
    try:
        assert again.path == copy
    finally:
        again.dispose()
    assert sorted(p.name for p in path.parent.glob("rakor-pulihan-*.sqlite")) == [copy.name]


def test_no_backup_no_button(qtbot, bad_file) -> None:
    from rakor_desktop.ui.db_dialogs import recovery_candidate

    path, _kind, _phrase = bad_file
    assert recovery_candidate(str(path)) is None
    assert recovery_candidate("postgresql://rakor@server/rakor") is None
    try:
        open_database(path)
    except DatabaseOpenError as exc:
        error = exc
    dialog = DatabaseErrorDialog(error, str(path))
    qtbot.addWidget(dialog)
    assert dialog.backup_button is None
    assert "Buka cadangan terakhir" not in [b.text() for b in dialog.buttons()]


def test_dialog_offers_the_backup_first(qtbot, corrupt_with_backup) -> None:
    from rakor_desktop.ui.db_dialogs import recovery_candidate

    path, backup = corrupt_with_backup
    try:
        open_database(path)
    except DatabaseOpenError as exc:
        error = exc
    dialog = DatabaseErrorDialog(error, str(path), backup=recovery_candidate(str(path)))
    qtbot.addWidget(dialog)
    assert dialog.backup_button is not None
    assert [
        b.text()
        for b in (dialog.backup_button, dialog.open_button, dialog.new_button, dialog.quit_button)
    ] == [
        "Buka cadangan terakhir",
        "Buka berkas lain…",
        "Buat basis data baru…",
        "Keluar",
    ]
    assert dialog.defaultButton() is dialog.backup_button
    assert backup.name in dialog.informativeText()
    assert "salinannya sebagai berkas kerja baru" in dialog.informativeText()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.choice() is Choice.OPEN_BACKUP


def test_storage_problems_get_their_own_headline(qtbot) -> None:
    from rakor_desktop.db.errors import DatabaseLocked, ReadOnlyDatabase

    cases = (
        (
            DatabaseLocked(
                "Berkas rakor.sqlite sedang dikunci oleh program lain. Tutup program itu."
            ),
            "Basis data sedang dipakai program lain",
        ),
        (
            ReadOnlyDatabase("Berkas rakor.sqlite tidak dapat ditulis (hanya-baca)."),
            "Basis data tidak dapat ditulis",
        ),
        (
            ReadOnlyDatabase("Disk penuh: rakor.sqlite tidak dapat ditulis. Kosongkan ruang disk."),
            "Disk penuh",
        ),
        (CorruptDatabase("Berkas rakor.sqlite rusak."), "Basis data tidak dapat dibuka"),
    )
    for error, title in cases:
        dialog = DatabaseErrorDialog(error, "/kantor/rakor.sqlite")
        qtbot.addWidget(dialog)
        assert title in dialog.text()
        assert error.message in dialog.informativeText()
        assert dialog.windowTitle() == "Basis data tidak dapat dibuka"
        assert [b.text() for b in (dialog.open_button, dialog.quit_button)] == [
            "Buka berkas lain…",
            "Keluar",
        ]


@pytest.mark.slow
def test_a_locked_database_can_go_on_from_its_backup(tmp_path: Path) -> None:
    """Another program holds an exclusive lock: the same choice, and the copy opens at once."""
    from rakor_desktop.db.errors import DatabaseLocked
    from rakor_desktop.services.transfer.backups import create_backup
    from rakor_desktop.ui.db_dialogs import recovery_candidate

    path = tmp_path / "rakor.sqlite"
    database = open_database(path)
    with database.session(write=True) as s:
        create_person(s, "Sebelum Dikunci")
    database.dispose()
    create_backup(path)
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        option = recovery_candidate(str(path))
        assert option is not None
        ask = Recorder((Choice.OPEN_BACKUP, str(option.path)))
        opened = open_with_recovery(str(path), ask)
        assert opened is not None
        try:
            assert isinstance(ask.seen[0], DatabaseLocked)
            assert opened.path != path.resolve()
            assert people_in(opened.path) == {"Sebelum Dikunci"}
        finally:
            opened.dispose()
    finally:
        holder.rollback()
        holder.close()


def test_a_full_disk_puts_the_working_copy_in_the_user_data_dir(small_disk: Path) -> None:  # noqa: F811
    """The refused file's folder takes no new file: the copy goes where there is room."""
    from rakor_desktop.services.transfer.backups import create_backup, working_copy_folder
    from rakor_desktop.ui.db_dialogs import open_backup

    path = small_disk / "rakor.sqlite"
    database = open_database(path)
    with database.session(write=True) as s:
        create_person(s, "Di Flashdisk")
    database.dispose()
    backup = create_backup(path)
    filler = small_disk / "isi"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    opened = open_backup(str(backup), str(path))
    try:
        assert opened.path.parent == working_copy_folder().resolve()
        assert people_in(opened.path) == {"Di Flashdisk"}
    finally:
        opened.dispose()


def test_a_mistyped_db_path_is_refused_not_created(cli, tmp_path: Path) -> None:
    """Issue 17 item 6, the window's side: `--db` naming no file (a typo, an unplugged
    stick) says so and creates no folder and no empty database."""
    typo = tmp_path / "typo" / "nope" / "rakor.sqlite"
    out = tmp_path / "layar.png"
    result = cli("--db", str(typo), "--screenshot", str(out))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and str(typo.name) in result.stderr
    assert not (tmp_path / "typo").exists() and not out.exists()


def test_the_window_asks_instead_of_creating_a_named_missing_file(monkeypatch, tmp_path) -> None:
    from rakor_desktop.db.errors import DatabaseMissing
    from rakor_desktop.ui import db_dialogs, launch

    typo = tmp_path / "usb" / "rakor.sqlite"
    chosen = tmp_path / "baru.sqlite"
    seen: list[type] = []

    def asker():
        def ask(error, _current):
            seen.append(type(error))
            return (Choice.CREATE_NEW, str(chosen)) if len(seen) == 1 else (Choice.QUIT, "")

        return ask

    monkeypatch.setattr(db_dialogs, "dialog_asker", asker)
    monkeypatch.setattr(launch, "_named_target", True)
    db = launch._open_interactive(str(typo))
    assert seen == [DatabaseMissing]  # told, then the person chose "Buat baru" elsewhere
    assert db is not None and chosen.exists() and not typo.parent.exists()
    db.dispose()
