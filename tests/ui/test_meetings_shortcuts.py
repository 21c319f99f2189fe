"""The shortcut table is what the widgets bind, and what Help > Pintasan shows."""

from __future__ import annotations

from datetime import date

from meeting_data import Clock, make_ctx, wib
from PySide6.QtGui import QAction, QKeySequence

from rakor_desktop.domain.models import Meeting
from rakor_desktop.ui.meetings import shortcuts
from rakor_desktop.ui.meetings.page import MeetingsPage

# Handled inside the notes editor (keyPressEvent / QPlainTextEdit), not by a QAction.
EDITOR_KEYS = {"note.bold", "note.undo", "note.redo"}


def test_widgets_bind_exactly_the_table(qtbot, db, tmp_path) -> None:
    with db.session() as s:
        m = Meeting(title="Rakor", starts_at=wib(date(2025, 8, 25)))
        s.add(m)
        s.flush()
        mid = m.id
    page = MeetingsPage(make_ctx(db, tmp_path))
    qtbot.addWidget(page)
    page.open_meeting(mid)
    bound: dict[str, list[QKeySequence]] = {}
    for act in page.findChildren(QAction):
        if act.objectName() and not act.objectName().startswith("_q_"):
            bound.setdefault(act.objectName(), []).extend(act.shortcuts())
    for sc in shortcuts.SHORTCUTS:
        if sc.action in EDITOR_KEYS:
            continue
        assert sc.action in bound, f"{sc.action} is listed but not bound"
        assert QKeySequence(sc.keys) in bound[sc.action], sc.action
    assert set(bound) - {s.action for s in shortcuts.SHORTCUTS} == set()


def test_no_key_is_used_twice_in_one_place() -> None:
    seen: dict[tuple[str, str], str] = {}
    for sc in shortcuts.SHORTCUTS:
        key = (QKeySequence(sc.keys).toString(), sc.where)
        assert key not in seen, f"{sc.keys} used by {seen.get(key)} and {sc.action}"
        seen[key] = sc.action


def test_help_table_lists_every_shortcut() -> None:
    rows = shortcuts.rows()
    assert len(rows) == len(shortcuts.SHORTCUTS)
    assert "Catat arahan pimpinan (jadi tindak lanjut)" in {r[1] for r in rows}
    assert rows[0][0] == "Ctrl+N"


def test_keys_work_inside_the_main_window(qtbot, db, tmp_path) -> None:
    """No clash with the window-wide shortcuts (F5 reload, Ctrl+1..5): ambiguous keys fire nothing."""
    from PySide6.QtCore import Qt

    from rakor_desktop.services.meetings import agenda
    from rakor_desktop.ui.main_window import MainWindow

    with db.session() as s:
        m = Meeting(title="Rakor", starts_at=wib(date(2025, 8, 25)))
        s.add(m)
        s.flush()
        agenda.add_item(s, m.id, "Pembukaan")
        agenda.add_item(s, m.id, "Evaluasi")
        mid = m.id
    # On the meeting's day: F6 on another day asks first (issue 15 item 8).
    window = MainWindow(make_ctx(db, tmp_path, Clock(wib(date(2025, 8, 25), 9))))
    qtbot.addWidget(window)
    page = window.show_page("rapat")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert isinstance(page, MeetingsPage)
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    ws = page.workspace
    assert ws is not None and ws.meeting_id == mid
    ws.show_tab("live")
    ws.live.editor.setFocus()
    qtbot.keyClick(ws.live.editor, Qt.Key.Key_F6)
    assert ws.live.running_row().title == "Pembukaan"
    qtbot.keyClick(ws.live.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert ws.live.running_row().title == "Evaluasi"
    qtbot.keyClick(ws.live.editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ws.live.capture.isVisible()
    qtbot.keyClick(ws.live.capture.text, Qt.Key.Key_Escape)
    assert not ws.live.capture.isVisible()
    qtbot.keyClick(ws.live.editor, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert page.stack.currentWidget() is page.list
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.list.dialog is not None and page.list.dialog.isVisible()
    page.list.dialog.reject()
