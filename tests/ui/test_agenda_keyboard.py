"""Typing a new agenda item with the keyboard: title, Tab, presenter (issue 15 item 6).

Before, Tab after the new item's title reopened the title editor with its text
selected, so typing the presenter overwrote the title. Keys go to the focused widget.
"""

from __future__ import annotations

from datetime import date

from meeting_data import Clock, build_regency, make_ctx, wib
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from rakor_desktop.services.meetings import agenda
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.ui.meetings.agenda_tab import C_MINUTES, C_PRESENTER, C_TITLE
from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

DAY = date(2025, 8, 11)


def _focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def test_tab_moves_from_the_new_title_to_the_presenter(qtbot, db, tmp_path) -> None:
    with db.session(write=True) as s:
        build_regency(s)
        m = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(title="Rakor", starts_at=wib(DAY, 9), place="X"),
            now=wib(DAY, 8),
        )
        agenda.add_item(s, m.id, "Pembukaan", planned_minutes=10)
        mid = m.id
    ws = MeetingWorkspace(make_ctx(db, tmp_path, Clock(wib(DAY, 8))), mid, "WIB")
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    ws.load()
    ws.show_tab("agenda")
    ws.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ws, timeout=3000)
    ws.agenda.table.setFocus()
    ws.agenda.add_item()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not ws.agenda.table, timeout=3000)
    editor = _focused()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(_focused(), "Penyerapan anggaran")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.wait(50)
    model = ws.agenda_model
    row = model.rowCount() - 1
    assert model.index(row, C_TITLE).data() == "Penyerapan anggaran"
    current = ws.agenda.table.currentIndex()
    assert current.column() in (C_PRESENTER, C_MINUTES), current.column()
    QTest.keyClicks(_focused(), "Bappeda")
    assert model.index(row, C_TITLE).data() == "Penyerapan anggaran"  # not overwritten
