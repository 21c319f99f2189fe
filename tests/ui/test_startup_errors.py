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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rakor_desktop.db import DatabaseOpenError, open_database
from rakor_desktop.db.errors import CorruptDatabase, NewerSchema, NotADatabase
from rakor_desktop.services.people import create_person
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
        "Buka berkas lain…", "Buat basis data baru…", "Keluar",
    ]
    assert dialog.escapeButton() is dialog.quit_button
    assert dialog.icon() == QMessageBox.Icon.Warning
    for button, choice in ((dialog.new_button, Choice.CREATE_NEW), (dialog.open_button, Choice.OPEN_OTHER),
                           (dialog.quit_button, Choice.QUIT)):
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
