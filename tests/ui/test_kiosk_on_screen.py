"""F4 and Ctrl+Z act on the person the door's screen names, and say whom (issue 15 item 3).

Before, F4 pressed while a refusal card was shown recorded "pulang" for the previous
successful scan, Ctrl+Z after F4 deleted the whole check-in instead of the departure,
and the summary still counted a departed person in the room. Keys go to the focused
widget, as the officer's keyboard's do.
"""

from __future__ import annotations

from datetime import timedelta

from checkin_data import EARLY, START, attendance_rows, build
from kiosk_keys import focused, open_focused_kiosk
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from rakor_desktop.ui.attendance.window import KioskWindow


class Clock:
    def __init__(self) -> None:
        self.at = EARLY

    def __call__(self):
        return self.at


def _open(qtbot, db, rakor, clock) -> KioskWindow:
    return open_focused_kiosk(qtbot, db, rakor.meeting_id, clock)


def _focused() -> QWidget:
    return focused()


def _scan(code: str) -> None:
    QTest.keyClicks(_focused(), code)
    QTest.keyClick(_focused(), Qt.Key.Key_Return)


def _key(key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, mod)


UNKNOWN_NIP = "19900101 201503 1 001"


def test_f4_on_a_refusal_card_records_nobody(qtbot, db) -> None:
    rakor = build(db)
    clock = Clock()
    w = _open(qtbot, db, rakor, clock)
    _scan(rakor.payloads[rakor.invited[0]])
    _scan(UNKNOWN_NIP)
    assert w.result_panel.headline.text() == "TIDAK DITEMUKAN"
    clock.at = START + timedelta(hours=1)
    _key(Qt.Key.Key_F4)
    assert [r["left_at"] for r in attendance_rows(db, rakor.meeting_id)] == [None]
    assert w.result_panel.headline.text() == "CATAT PULANG"


def test_ctrl_z_on_a_refusal_card_removes_nobody(qtbot, db) -> None:
    rakor = build(db)
    w = _open(qtbot, db, rakor, Clock())
    _scan(rakor.payloads[rakor.invited[0]])
    _scan(UNKNOWN_NIP)
    _key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(attendance_rows(db, rakor.meeting_id)) == 1
    assert w.result_panel.headline.text() == "TIDAK ADA YANG DIBATALKAN"


def test_ctrl_z_after_f4_undoes_the_departure_not_the_check_in(qtbot, db) -> None:
    rakor = build(db)
    clock = Clock()
    w = _open(qtbot, db, rakor, clock)
    anom = rakor.invited[0]
    _scan(rakor.payloads[anom])
    arrived = attendance_rows(db, rakor.meeting_id)[0]["checked_in_at"]
    clock.at = START + timedelta(hours=1)
    _scan(rakor.payloads[anom])  # shown again: "SUDAH HADIR ... F4: catat pulang"
    _key(Qt.Key.Key_F4)
    assert w.result_panel.headline.text() == "TERCATAT PULANG"
    w.counters.refresh()
    assert "0 orang di ruangan · 1 pulang" in w.counters.summary.text()
    _key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.result_panel.headline.text() == "PULANG DIBATALKAN"
    assert w.result_panel.name.text() == "Dr. H. Anom Widiyantoro, S.H., M.H."
    rows = attendance_rows(db, rakor.meeting_id)
    assert [(r["person_id"], r["left_at"], r["checked_in_at"]) for r in rows] == [
        (anom, None, arrived)  # still checked in, at the original time
    ]
    w.counters.refresh()
    assert "1 orang di ruangan · 0 pulang" in w.counters.summary.text()
