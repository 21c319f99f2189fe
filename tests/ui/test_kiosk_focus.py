"""A scanner types into whatever has focus: the door keeps the scan field's focus (issue 15 item 1).

These tests never hand keys to a chosen widget: every keystroke goes to
``QApplication.focusWidget()``, as a USB scanner's do, after the door officer clicked
somewhere in the window.
"""

from __future__ import annotations

from checkin_data import attendance_rows, build
from kiosk_keys import focused, open_focused_kiosk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from rakor_desktop.ui.attendance.window import KioskWindow, Page


def _open(qtbot, db, rakor, clock_at) -> KioskWindow:
    return open_focused_kiosk(qtbot, db, rakor.meeting_id, lambda: clock_at)


def _focused() -> QWidget:
    return focused()


def _scanner(qtbot, code: str) -> None:
    """Characters then Enter, each to the widget that has focus at that moment."""
    for ch in code:
        QTest.keyClicks(_focused(), ch)
    QTest.keyClick(_focused(), Qt.Key.Key_Return)


def _click_first_missing(qtbot, w: KioskWindow) -> None:
    view = w.counters.missing_view
    rect = view.visualRect(view.model().index(0, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_scan_after_clicking_the_missing_list_still_checks_in(qtbot, db) -> None:
    from checkin_data import EARLY

    rakor = build(db)
    w = _open(qtbot, db, rakor, EARLY)
    _click_first_missing(qtbot, w)
    assert w.counters.missing_view.selectionModel().hasSelection()  # the click did its work
    _scanner(qtbot, rakor.payloads[rakor.invited[0]])
    assert w.result_panel.headline.text() == "HADIR"
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [rakor.invited[0]]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.scan_edit, timeout=2000)


def test_keys_typed_right_after_a_click_are_not_lost(qtbot, db) -> None:
    """No event loop turn between the click and the first character: the keys are
    redirected, not only the focus restored later."""
    from checkin_data import EARLY

    rakor = build(db)
    w = _open(qtbot, db, rakor, EARLY)
    view = w.counters.missing_view
    view.setFocus()  # as the click leaves it, before any timer runs
    assert _focused() is view
    code = rakor.nips[rakor.invited[1]]
    QTest.keyClicks(view, code[0])  # the first key lands on the list...
    for ch in code[1:]:
        QTest.keyClicks(_focused(), ch)  # ...the rest wherever focus is then
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [rakor.invited[1]]
    assert w.focus_keeper is not None and w.focus_keeper.redirected >= 1


def test_escape_after_a_click_returns_to_the_scan_field(qtbot, db) -> None:
    from checkin_data import EARLY

    rakor = build(db)
    w = _open(qtbot, db, rakor, EARLY)
    w.counters.missing_view.setFocus()
    QTest.keyClick(_focused(), Qt.Key.Key_Escape)
    assert _focused() is w.scan_edit


def test_the_walk_in_form_keeps_its_keys(qtbot, db) -> None:
    from checkin_data import EARLY

    rakor = build(db)
    w = _open(qtbot, db, rakor, EARLY)
    QTest.keyClick(_focused(), Qt.Key.Key_F2)
    assert w.stage.currentIndex() == Page.FORM
    assert _focused() is w.form_name
    QTest.keyClicks(_focused(), "Tamu Dari Provinsi")
    assert w.form_name.text() == "Tamu Dari Provinsi"
    assert w.scan_edit.text() == ""
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert w.stage.currentIndex() == Page.FORM
