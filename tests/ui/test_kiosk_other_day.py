"""A meeting that is not today's: the door says so and records nothing until the officer
confirms with F8 (issue 15 item 8, issue 17 item 11). Keys go to the focused widget."""

from __future__ import annotations

from datetime import timedelta

from checkin_data import EARLY, attendance_rows, build
from kiosk_keys import focused, open_focused_kiosk
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import text

from rakor_desktop.ui.attendance.window import KioskWindow


def test_eleven_days_early_the_door_refuses_until_f8(qtbot, db) -> None:
    rakor = build(db)
    early = EARLY - timedelta(days=11)
    w = open_focused_kiosk(qtbot, db, rakor.meeting_id, lambda: early)
    # Idle: before anyone scans, the screen says it is not the meeting's day.
    assert w.result_panel.headline.text() == "BUKAN HARI INI"
    assert "Senin, 25 Agustus 2025" in w.result_panel.detail.text()

    QTest.keyClicks(focused(), rakor.payloads[rakor.invited[0]])
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert w.result_panel.headline.text() == "BUKAN HARI INI"
    assert attendance_rows(db, rakor.meeting_id) == []

    QTest.keyClick(focused(), Qt.Key.Key_F8)
    assert w.result_panel.headline.text() == "REGISTRASI DIBUKA"
    QTest.keyClicks(focused(), rakor.payloads[rakor.invited[0]])
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert w.result_panel.headline.text() == "HADIR"
    assert len(attendance_rows(db, rakor.meeting_id)) == 1
    w.refresh()  # another station's change: the confirmation survives the re-read
    assert w.desk is not None and w.desk.any_day
    with db.engine.connect() as c:
        assert (
            c.execute(
                text(
                    "SELECT count(*) FROM audit_event WHERE action='attendance.other_day_confirmed'"
                )
            ).scalar()
            == 1
        )


def test_the_idle_screen_shows_a_closed_meeting_as_closed(qtbot, db) -> None:
    """Issue 15 item 8: the idle door screen invited scans after "Tutup rapat"."""
    rakor = build(db)
    w = KioskWindow(db, rakor.meeting_id, station="meja-1", clock=lambda: EARLY, watch=False,
                    clear_after_ms=0)  # fmt: skip
    qtbot.addWidget(w)
    w.show()
    assert w.result_panel.headline.text() == "SILAKAN PINDAI UNDANGAN"
    with db.engine.begin() as c:  # the secretary closes the meeting in another window
        c.execute(text("UPDATE meeting SET status='closed' WHERE id=:m"), {"m": rakor.meeting_id})
    w.refresh()
    assert w.result_panel.headline.text() == "RAPAT SUDAH DITUTUP"
    assert w.result_panel.tone == "error"
    w.clear_result()  # and it stays so after the next clear
    assert w.result_panel.headline.text() == "RAPAT SUDAH DITUTUP"
