"""Bantuan > Pintasan keyboard lists the window's, the meeting workspace's and the kiosk's keys.

All three groups come from the tables the widgets bind, so the test compares the
dialog with those tables and with the shortcuts the main window actually carries.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence

from rakor_desktop.ui.attendance.window import KEYS as KIOSK_KEYS
from rakor_desktop.ui.attendance.window import OCCASIONAL_KEYS
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.main_window import MainWindow
from rakor_desktop.ui.meetings import shortcuts as meeting_shortcuts
from rakor_desktop.ui.pages import PAGES
from rakor_desktop.ui.shortcuts import (
    MAIN_SHORTCUTS,
    ShortcutsDialog,
    main_sequence,
    shortcut_groups,
)
from rakor_desktop.ui.workers import ImmediateExecutor


def native(keys) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


@pytest.fixture
def window(qtbot, db, tmp_path: Path) -> MainWindow:
    ctx = AppContext(db=db, settings=AppSettings(tmp_path / "s.ini"), executor=ImmediateExecutor())
    w = MainWindow(ctx, persist=False)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def dialog(qtbot, window) -> ShortcutsDialog:
    d = window.shortcuts_dialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_every_group_is_present_in_order(dialog) -> None:
    assert dialog.group_titles() == [
        "Jendela utama",
        "Rapat (ruang kerja sekretaris)",
        "Meja registrasi (kiosk)",
    ]
    assert [g.key for g in shortcut_groups()] == ["main", "meeting", "kiosk"]
    for key in ("main", "meeting", "kiosk"):
        assert dialog.rows_of(key), key
    rows = dialog.table.rowCount()
    assert rows == sum(len(dialog.rows_of(k)) for k in ("main", "meeting", "kiosk")) + 3


def test_main_group_is_the_page_registry_and_the_window_table(dialog) -> None:
    rows = dialog.rows_of("main")
    assert len(rows) == len(PAGES) + len(MAIN_SHORTCUTS)
    keys = [r[0] for r in rows]
    assert keys[: len(PAGES)] == [native(p.shortcut) for p in PAGES]
    assert ("Ctrl+2", "Buka halaman Rapat", "Semua halaman") in rows
    assert ("F1", "Daftar pintasan keyboard", "Semua halaman") in rows
    assert ("Ctrl+Q", "Keluar", "Semua halaman") in rows


def test_meeting_group_is_the_workspace_table(dialog) -> None:
    assert dialog.rows_of("meeting") == meeting_shortcuts.rows()
    assert ("Ctrl+D", "Catat keputusan", "Jalannya rapat") in dialog.rows_of("meeting")


def test_kiosk_group_is_the_key_bar_and_the_occasional_keys(dialog) -> None:
    rows = dialog.rows_of("kiosk")
    assert [r[0] for r in rows] == [native(k) for k, _ in (*KIOSK_KEYS, *OCCASIONAL_KEYS)]
    by_key = {r[0]: r[1] for r in rows}
    for key, text in (
        ("F2", "Tamu"),
        ("F3", "Diwakili"),
        ("F4", "Pulang"),
        ("Ctrl+Z", "Batalkan"),
        ("F11", "Layar penuh"),
        ("Esc", "Kembali"),
        ("F8", "Buka di hari lain"),
    ):
        assert by_key[key] == text


def test_every_key_the_window_binds_is_listed(window, dialog) -> None:
    listed = {r[0] for r in dialog.rows_of("main")}
    bound: set[str] = set()
    actions = list(window.actions())
    for menu in (window.file_menu, window.help_menu):
        actions += menu.actions()
    for action in actions:
        if isinstance(action, QAction) and not action.shortcut().isEmpty():
            bound.add(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
    assert bound, "the window binds no keys?"
    assert bound <= listed, bound - listed
    assert window.shortcuts_action.shortcut() == main_sequence("help.shortcuts")
    assert window.open_action.shortcut() == main_sequence("file.open")
    assert window.quit_action.shortcut() == main_sequence("file.quit")
