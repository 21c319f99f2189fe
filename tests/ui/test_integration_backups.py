"""Backups wired into the main window: on close, every few minutes of a meeting, Berkas >
Cadangan (folder, keep-N, back up now, list, restore), Berkas > Impor and Bantuan > log.

Real windows over real SQLite files; workers run synchronously (ImmediateExecutor);
the backup files are opened again with sqlite3 to see what they hold.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from meeting_data import build_regency, wib
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from rakor_desktop.config import log_dir
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Meeting
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.services.transfer import backups
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.main_window import MainWindow
from rakor_desktop.ui.workers import ImmediateExecutor


def names(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT full_name FROM person")}
    finally:
        con.close()


def add_person(db, name: str) -> None:
    with db.session(write=True) as s:
        create_person(s, name, jabatan="Staf")


@pytest.fixture
def ctx(db, tmp_path: Path) -> AppContext:
    return AppContext(
        db=db, settings=AppSettings(tmp_path / "config" / "s.ini"), executor=ImmediateExecutor()
    )


def open_window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)  # persist=True: the real app's automatic backups
    qtbot.addWidget(window)
    window.show_page("beranda")
    window.show()
    qtbot.waitExposed(window)
    return window


def close_messages(window: MainWindow) -> None:
    """The non-modal result box the window opened (one per restore)."""
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    for box in boxes:
        box.close()


def listed(db_path: Path, folder: Path | None = None) -> list[backups.BackupFile]:
    return [b for b in backups.list_backups(db_path, folder) if b.reason != "sebelum-upgrade"]


# -- on close ---------------------------------------------------------------------------


def test_closing_the_window_backs_up_once_per_change(qtbot, ctx, db, db_path) -> None:
    window = open_window(qtbot, ctx)
    assert window.backup_timer.isActive()
    add_person(db, "Budi Santoso")
    window.close()
    found = listed(db_path)
    assert [b.reason for b in found] == [backups.REASON_CLOSE]
    assert names(found[0].path) == {"Budi Santoso"}
    assert window.last_backup == found[0].path
    assert found[0].path.stat().st_mode & 0o077 == 0

    # Open to look something up and close again: nothing written, no identical copy.
    again = open_window(qtbot, ctx)
    again.close()
    assert len(listed(db_path)) == 1
    # A change since: the next close backs it up.
    third = open_window(qtbot, ctx)
    add_person(db, "Siti Rahayu")
    third.close()
    found = listed(db_path)
    assert len(found) == 2 and names(found[0].path) == {"Budi Santoso", "Siti Rahayu"}


def test_a_failing_backup_on_close_is_logged_and_never_stops_the_close(
    qtbot, ctx, db, db_path, tmp_path, caplog
) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("a file where the backup folder should be", encoding="utf-8")
    with db.session(write=True) as s:
        backups.save_settings(s, backups.BackupSettings(folder=blocker / "cadangan", keep=5))
    window = open_window(qtbot, ctx)
    add_person(db, "Tetap Aman")
    with caplog.at_level(logging.WARNING, logger="rakor_desktop.ui.main_window"):
        assert window.close()
    assert not window.isVisible()
    assert "backup on close failed" in caplog.text
    assert listed(db_path, blocker / "cadangan") == []
    with db.session() as s:  # the data itself is untouched
        assert backups.get_settings(s).keep == 5
    assert names(db_path) == {"Tetap Aman"}


def test_screenshot_mode_takes_no_backup(qtbot, ctx, db, db_path) -> None:
    window = MainWindow(ctx, persist=False)
    qtbot.addWidget(window)
    add_person(db, "Tidak Dicadangkan")
    assert not window.backup_timer.isActive()
    window.close()
    assert listed(db_path) == []


# -- during a meeting -------------------------------------------------------------------


def test_periodic_backup_only_while_a_meeting_is_in_progress(qtbot, ctx, db, db_path) -> None:
    with db.session(write=True) as s:
        build_regency(s)
        m = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(title="Rakor Agustus", starts_at=wib(date(2025, 8, 25), 9)),
            now=wib(date(2025, 8, 25), 8),
        )
        meeting_id = m.id
    window = open_window(qtbot, ctx)
    assert window.backup_timer.interval() == 60_000
    assert window.periodic_backup() is None  # scheduled, not running: nothing to protect yet
    assert listed(db_path) == []

    with db.session(write=True) as s:
        meeting = s.get(Meeting, meeting_id)
        meeting.status = MeetingStatus.IN_PROGRESS.value
        s.add(meeting)
    worker = window.periodic_backup()
    assert worker is not None and worker.error is None
    found = listed(db_path)
    assert [b.reason for b in found] == [backups.REASON_AUTO]
    assert "Cadangan otomatis tersimpan" in window.last_message
    assert window.backup_worker is None
    assert window.periodic_backup() is None  # the next one is due in 10 minutes
    assert len(listed(db_path)) == 1


# -- Berkas > Cadangan ------------------------------------------------------------------


def test_backup_dialog_folder_keep_backup_now_and_list(qtbot, ctx, db, db_path, tmp_path) -> None:
    window = open_window(qtbot, ctx)
    dialog = window.show_backups()  # a child of the window, deleted when closed
    assert dialog.default_radio.isChecked()
    assert dialog.default_path.text() == str(backups.backup_folder(db_path))
    stick = tmp_path / "FLASHDISK"
    dialog.custom_radio.setChecked(True)
    dialog.folder_edit.setText(str(stick))
    dialog.keep_spin.setValue(2)
    dialog.interval_spin.setValue(5)
    assert dialog.save_settings()
    with db.session() as s:
        assert backups.get_settings(s) == backups.BackupSettings(
            folder=stick, keep=2, interval_min=5
        )

    made = []
    for name in ("Satu", "Dua", "Tiga"):
        add_person(db, name)
        worker = dialog.backup_now()
        assert worker is not None and worker.error is None
        made.append(worker.result)
    assert all(p.parent == stick for p in made)
    assert "Cadangan tersimpan" in dialog.status.text()
    shown = dialog.backup_paths()
    assert shown == [made[2], made[1]]  # keep 2, newest first
    assert names(shown[0]) == {"Satu", "Dua", "Tiga"}
    assert dialog.table.item(0, 1).text() == "Manual"

    # An empty custom folder is refused with a message, the stored setting stays.
    dialog.folder_edit.setText("")
    assert not dialog.save_settings()
    assert "Pilih dulu folder" in dialog.settings_status.text()
    dialog.close()


def test_restore_asks_saves_the_current_file_and_reopens(qtbot, ctx, db, db_path) -> None:
    window = open_window(qtbot, ctx)
    window.show_page("peserta")
    add_person(db, "Sebelum")
    dialog = window.show_backups()
    dialog.backup_now()
    good = dialog.backup_paths()[0]
    add_person(db, "Sesudah")

    dialog.table.selectRow(0)
    assert dialog.selected_backup() == good
    dialog.confirm = lambda _title, _question: False  # "Batal"
    assert not dialog.request_restore()
    assert names(db_path) == {"Sebelum", "Sesudah"}

    questions: list[str] = []
    dialog.confirm = lambda _title, question: questions.append(question) or True
    old_db = window.ctx.db
    assert dialog.request_restore()
    assert good.name in questions[0] and "Sebelum pemulihan" in questions[0]

    assert window.ctx.db is not old_db  # reopened through switch_database
    assert window.restore_worker is None
    assert window.centralWidget().isEnabled() and window.menuBar().isEnabled()
    with window.ctx.db.session() as s:
        from rakor_desktop.services.directory.people import list_people

        assert {p.name for p in list_people(s)} == {"Sebelum"}
    saved = [b for b in backups.list_backups(db_path) if b.reason == backups.REASON_BEFORE_RESTORE]
    assert len(saved) == 1 and names(saved[0].path) == {"Sebelum", "Sesudah"}
    assert "dipulihkan" in window.last_message and saved[0].path.name in window.last_message
    assert window.current_page_key() == "peserta" and window.page("peserta") is not None
    assert window.backup_timer.isActive()
    close_messages(window)


def test_a_refused_restore_reopens_the_same_database(qtbot, ctx, db, db_path, tmp_path) -> None:
    window = open_window(qtbot, ctx)
    add_person(db, "Tetap")
    broken = backups.backup_folder(db_path) / "rakor-20250101-000000-manual.sqlite"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    window.restore_backup(broken)
    assert "bukan cadangan Rakor Desktop yang utuh" in window.last_message
    assert names(db_path) == {"Tetap"}
    with window.ctx.db.session() as s:
        from rakor_desktop.services.directory.people import list_people

        assert [p.name for p in list_people(s)] == ["Tetap"]
    assert window.centralWidget().isEnabled()
    close_messages(window)


# -- Berkas > Impor, Bantuan > Buka folder log -------------------------------------------


def test_import_menu_opens_the_wizard_on_this_database(qtbot, ctx, db, tmp_path) -> None:
    from rakor_desktop.ui.directory.wizard import PAGE_MAPPING, ImportWizard

    window = open_window(qtbot, ctx)
    assert window.import_action.text() == "&Impor peserta dari Excel/CSV…"
    window.import_action.trigger()
    wizards = window.findChildren(ImportWizard)
    assert len(wizards) == 1
    wizard = wizards[0]
    assert wizard.isVisible() and wizard.ctx is ctx
    csv = tmp_path / "pegawai.csv"
    csv.write_text("Nama;Jabatan\nAnom Widiyantoro;Bupati\n", encoding="utf-8")
    wizard.load_file(csv)
    assert wizard.stack.currentIndex() == PAGE_MAPPING
    wizard.next_button.click()
    with qtbot.waitSignal(ctx.events.data_changed, timeout=2000):
        wizard.apply_button.click()
    assert names(db.path) == {"Anom Widiyantoro"}
    wizard.close()


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_log_folder_creates_and_opens_it(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    folder = log_dir()
    assert not folder.exists()  # a fresh user: nothing logged to a file yet
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "handle")
    try:
        window.log_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert folder.is_dir()
    assert [u.toLocalFile() for u in recorder.urls] == [str(folder)]
    assert window.log_action.text() == "Buka &folder log"
