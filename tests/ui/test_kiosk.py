"""The door station driven like a USB scanner does it: keystrokes, then Enter.

Every case asserts the database (not only the widgets) and that the input was
cleared for the next person.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from checkin_data import EARLY, START, attendance_rows, build
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.ui.attendance.window import KioskWindow, Mode, Page


class Clock:
    """The kiosk's clock, moved by the test (arrivals before and after 09.00)."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def rakor(db):
    return build(db)


@pytest.fixture
def clock():
    return Clock(EARLY)


def open_kiosk(qtbot, db, meeting_id, clock, **kw) -> KioskWindow:
    kw.setdefault("watch", False)
    kw.setdefault("clear_after_ms", 0)
    w = KioskWindow(db, meeting_id, station="meja-1", clock=clock, **kw)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


@pytest.fixture
def kiosk(qtbot, db, rakor, clock) -> KioskWindow:
    return open_kiosk(qtbot, db, rakor.meeting_id, clock)


def scan(qtbot, w: KioskWindow, code: str) -> None:
    qtbot.keyClicks(w.scan_edit, code)
    qtbot.keyClick(w.scan_edit, Qt.Key.Key_Return)


def shown(w: KioskWindow) -> tuple[str, str, str]:
    p = w.result_panel
    return p.tone, p.headline.text(), p.name.text()


def assert_nothing_written(db, rakor) -> None:
    assert attendance_rows(db, rakor.meeting_id) == []


def test_invited_person_scans_their_invitation(qtbot, db, rakor, kiosk) -> None:
    anom = rakor.invited[0]
    scan(qtbot, kiosk, rakor.payloads[anom])
    assert shown(kiosk) == ("ok", "HADIR", "Dr. H. Anom Widiyantoro, S.H., M.H.")
    assert "08.41" in kiosk.result_panel.time.text()
    assert kiosk.stage.currentIndex() == Page.RESULT
    assert kiosk.scan_edit.text() == ""
    rows = attendance_rows(db, rakor.meeting_id)
    assert [(r["person_id"], r["invitation_id"], r["station"]) for r in rows] == [
        (anom, rakor.invitation_ids[anom], "meja-1")
    ]


def test_second_scan_shows_the_first_time_and_adds_nothing(qtbot, db, rakor, kiosk, clock) -> None:
    scan(qtbot, kiosk, rakor.payloads[rakor.invited[0]])
    clock.at = EARLY + timedelta(minutes=25)
    scan(qtbot, kiosk, rakor.nips[rakor.invited[0]])
    tone, headline, _ = shown(kiosk)
    assert (tone, headline) == ("warn", "SUDAH HADIR")
    assert "sudah hadir pukul 08.41" in kiosk.result_panel.time.text()
    assert kiosk.scan_edit.text() == ""
    assert len(attendance_rows(db, rakor.meeting_id)) == 1


def test_late_arrival_is_amber_and_flagged(qtbot, db, rakor, kiosk, clock) -> None:
    clock.at = START + timedelta(minutes=17)
    scan(qtbot, kiosk, rakor.payloads[rakor.invited[1]])
    assert shown(kiosk)[:2] == ("warn", "HADIR · TERLAMBAT")
    assert "terlambat 17 menit" in kiosk.result_panel.time.text().replace("\xa0", " ")
    assert attendance_rows(db, rakor.meeting_id)[0]["is_late"]
    assert kiosk.scan_edit.text() == ""


def test_name_search_then_enter_on_a_unique_match(qtbot, db, rakor, kiosk) -> None:
    qtbot.keyClicks(kiosk.scan_edit, "anom")
    assert kiosk.stage.currentIndex() == Page.SEARCH
    assert [h.name for h in kiosk.hits] == ["Dr. H. Anom Widiyantoro, S.H., M.H."]
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_Return)
    assert shown(kiosk)[:2] == ("ok", "HADIR")
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [rakor.invited[0]]
    assert kiosk.scan_edit.text() == ""


def test_ambiguous_name_needs_arrow_keys(qtbot, db, rakor, kiosk) -> None:
    qtbot.keyClicks(kiosk.scan_edit, "dinas")
    assert len(kiosk.hits) > 1
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_Return)
    assert_nothing_written(db, rakor)  # several match: Enter alone does not guess
    assert kiosk.scan_edit.text() == "dinas"
    assert "cocok" in kiosk.search_help.text()
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_Down)
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_Down)
    chosen = kiosk.hits[1]
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_Return)
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [chosen.person_id]
    assert kiosk.result_panel.name.text() == chosen.name
    assert kiosk.scan_edit.text() == ""


def test_delegate_with_f3_picks_the_invitee_then_the_person(qtbot, db, rakor, kiosk) -> None:
    anom, agus = rakor.invited[0], rakor.staff[0]
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_F3)
    assert kiosk.mode == Mode.DELEGATE_INVITEE
    assert len(kiosk.hits) == 4  # the invitees still missing
    scan(qtbot, kiosk, "anom")
    assert kiosk.mode == Mode.DELEGATE_PERSON and kiosk.delegate_for.person_id == anom
    assert kiosk.scan_edit.text() == ""
    scan(qtbot, kiosk, rakor.nips[agus])
    assert shown(kiosk)[:2] == ("warn", "HADIR SEBAGAI WAKIL")
    assert "Anom" in kiosk.result_panel.help.text()
    rows = attendance_rows(db, rakor.meeting_id)
    assert [(r["person_id"], r["delegate_for_id"], r["invitation_id"]) for r in rows] == [
        (agus, anom, rakor.invitation_ids[anom])
    ]
    assert kiosk.mode == Mode.SCAN and kiosk.scan_edit.text() == ""


def test_delegate_presenting_the_officials_own_card_is_refused(qtbot, db, rakor, kiosk) -> None:
    anom = rakor.invited[0]
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_F3)
    scan(qtbot, kiosk, "anom")
    scan(qtbot, kiosk, rakor.payloads[anom])  # the boss's card, carried by someone else
    assert shown(kiosk)[:2] == ("error", "KODE TIDAK SAH")
    assert "sendiri" in kiosk.result_panel.detail.text()
    assert kiosk.mode == Mode.DELEGATE_PERSON  # still waiting for the real delegate
    assert kiosk.scan_edit.text() == ""
    assert_nothing_written(db, rakor)


def test_result_clears_itself_for_the_next_person(qtbot, db, rakor, clock) -> None:
    w = open_kiosk(qtbot, db, rakor.meeting_id, clock, clear_after_ms=50)
    scan(qtbot, w, rakor.payloads[rakor.invited[0]])
    assert shown(w)[1] == "HADIR"
    qtbot.waitUntil(lambda: w.result_panel.tone == "idle", timeout=3000)
    assert w.result_panel.headline.text() == "SILAKAN PINDAI UNDANGAN"
    assert len(attendance_rows(db, rakor.meeting_id)) == 1


def test_delegate_not_in_the_directory_is_typed_inline(qtbot, db, rakor, kiosk) -> None:
    sri = rakor.invited[1]
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_F3)
    scan(qtbot, kiosk, "wahyuni")
    scan(qtbot, kiosk, "Ahmad Fauzi, S.T.")
    assert kiosk.stage.currentIndex() == Page.FORM
    assert kiosk.form_name.text() == "Ahmad Fauzi, S.T."
    qtbot.keyClicks(kiosk.form_jabatan, "Kepala Bidang Bina Marga")
    qtbot.keyClick(kiosk.form_jabatan, Qt.Key.Key_Return)
    assert shown(kiosk)[1] == "HADIR SEBAGAI WAKIL"
    rows = attendance_rows(db, rakor.meeting_id)
    assert len(rows) == 1 and rows[0]["delegate_for_id"] == sri
    with db.engine.connect() as c:
        org = c.execute(
            text(
                "SELECT o.name FROM person p JOIN organization o ON o.id = p.organization_id "
                "WHERE p.full_name = 'Ahmad Fauzi, S.T.'"
            )
        ).scalar()
    assert org == "Dinas Pekerjaan Umum dan Penataan Ruang"
    assert kiosk.scan_edit.text() == "" and kiosk.scan_edit.hasFocus() == kiosk.isActiveWindow()


def test_walk_in_with_f2_inline_form(qtbot, db, rakor, kiosk) -> None:
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_F2)
    assert kiosk.stage.currentIndex() == Page.FORM
    qtbot.keyClicks(kiosk.form_name, "AKP Budi Santoso")
    qtbot.keyClicks(kiosk.form_jabatan, "Kasat Lantas")
    qtbot.keyClicks(kiosk.form_org, "Polres Pemalang")
    qtbot.keyClick(kiosk.form_org, Qt.Key.Key_Return)
    assert shown(kiosk) == ("warn", "TAMU TIDAK DIUNDANG", "AKP Budi Santoso")
    rows = attendance_rows(db, rakor.meeting_id)
    assert len(rows) == 1 and rows[0]["is_walk_in"] and rows[0]["invitation_id"] is None
    assert kiosk.scan_edit.text() == "" and kiosk.form_name.text() == "AKP Budi Santoso"


def test_unknown_name_then_f2_keeps_what_was_typed(qtbot, db, rakor, kiosk) -> None:
    scan(qtbot, kiosk, "Budi Santoso")
    assert shown(kiosk)[:2] == ("error", "TIDAK DITEMUKAN")
    assert kiosk.scan_edit.text() == ""
    assert_nothing_written(db, rakor)
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_F2)
    assert kiosk.form_name.text() == "Budi Santoso"
    qtbot.keyClick(kiosk.form_jabatan, Qt.Key.Key_Escape)  # Esc cancels the form
    assert kiosk.stage.currentIndex() == Page.RESULT
    assert_nothing_written(db, rakor)


def test_early_departure_with_f4(qtbot, db, rakor, kiosk, clock) -> None:
    scan(qtbot, kiosk, rakor.payloads[rakor.invited[0]])
    clock.at = START + timedelta(hours=1, minutes=10)
    scan(qtbot, kiosk, rakor.payloads[rakor.invited[0]])
    assert "F4" in kiosk.result_panel.help.text()
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_F4)
    assert kiosk.result_panel.headline.text() == "TERCATAT PULANG"
    assert "10.10" in kiosk.result_panel.time.text()
    assert "sebelum rapat selesai" in kiosk.result_panel.time.text()
    row = attendance_rows(db, rakor.meeting_id)[0]
    assert row["left_at"] is not None
    assert kiosk.scan_edit.text() == ""


def test_absence_statuses_from_the_missing_list(qtbot, db, rakor, kiosk) -> None:
    b, c = rakor.invited[1], rakor.invited[2]
    counters = kiosk.counters
    for status, button in counters.absence_buttons.items():
        counters.select_people({b, c})
        assert len(counters.selected_rows()) == 2
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        with db.engine.connect() as conn:
            got = dict(conn.execute(text("SELECT person_id, absence_status FROM invitation")).all())
        assert got[b] == got[c] == status.value
    assert "Izin" not in kiosk.result_panel.detail.text()  # last one applied was "Tanpa Ket."
    assert kiosk.result_panel.tone == "info"
    counters.select_people({b})
    qtbot.mouseClick(counters.clear_status_button, Qt.MouseButton.LeftButton)
    with db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT absence_status FROM invitation WHERE person_id = :p"), {"p": b}
            ).scalar()
            is None
        )
    assert_nothing_written(db, rakor)


def test_group_marked_present_at_once(qtbot, db, rakor, kiosk) -> None:
    group = set(rakor.invited[1:4])
    kiosk.counters.select_people(group)
    qtbot.mouseClick(kiosk.counters.mark_present_button, Qt.MouseButton.LeftButton)
    assert {r["person_id"] for r in attendance_rows(db, rakor.meeting_id)} == group
    assert kiosk.counters.tile_present.value.text() == "3"
    assert kiosk.counters.tile_missing.value.text() == "1"
    assert "3 orang" in kiosk.result_panel.detail.text()


def draw(pad, points) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for p in points[1:]:
        QTest.mouseMove(pad, p)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def test_signature_is_captured_after_confirmation(qtbot, db, clock) -> None:
    rakor = build(db, signatures=True)
    w = open_kiosk(qtbot, db, rakor.meeting_id, clock)
    scan(qtbot, w, rakor.payloads[rakor.invited[0]])
    assert w.stage.currentIndex() == Page.SIGNATURE
    assert attendance_rows(db, rakor.meeting_id)[0]["signature"] is None  # check-in already saved
    pad = w.pad
    width, height = pad.width(), pad.height()
    draw(pad, [QPoint(int(width * x / 20), int(height * (0.3 + 0.02 * x))) for x in range(2, 18)])
    draw(pad, [QPoint(width // 2, height // 5), QPoint(width // 2, height * 4 // 5)])
    assert pad.stroke_count() == 2
    qtbot.keyClick(w.scan_edit, Qt.Key.Key_Return)  # Enter on the empty input saves
    stored = attendance_rows(db, rakor.meeting_id)[0]["signature"]
    strokes = svc.decode_signature(stored)
    assert len(strokes) == 2
    xs = [x for x, _ in strokes[0]]
    assert xs == sorted(xs) and 0.05 < xs[0] < 0.15 and 0.8 < xs[-1] < 0.9
    assert all(0.0 <= v <= 1.0 for s in strokes for p in s for v in p)
    assert abs(strokes[1][0][0] - 0.5) < 0.01
    assert w.result_panel.headline.text() == "TANDA TANGAN TERSIMPAN"
    assert w.stage.currentIndex() == Page.RESULT and w.scan_edit.text() == ""


def test_signature_skipped_with_esc_and_next_scan_saves_a_drawn_one(qtbot, db, clock) -> None:
    rakor = build(db, signatures=True)
    w = open_kiosk(qtbot, db, rakor.meeting_id, clock)
    a, b, c = rakor.invited[:3]
    scan(qtbot, w, rakor.payloads[a])
    qtbot.keyClick(w.scan_edit, Qt.Key.Key_Escape)
    assert w.stage.currentIndex() == Page.RESULT
    scan(qtbot, w, rakor.payloads[b])
    draw(w.pad, [QPoint(20, 20), QPoint(200, 80)])
    scan(qtbot, w, rakor.payloads[c])  # the next person scans while the pad is still up
    sig = {r["person_id"]: r["signature"] for r in attendance_rows(db, rakor.meeting_id)}
    assert sig[a] is None and sig[b] is not None and sig[c] is None
    assert w.stage.currentIndex() == Page.SIGNATURE and "Sutrisno" in w.sig_title.text()


def test_undo_last_check_in_with_ctrl_z(qtbot, db, rakor, kiosk) -> None:
    a, b = rakor.invited[:2]
    scan(qtbot, kiosk, rakor.payloads[a])
    scan(qtbot, kiosk, rakor.payloads[b])
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kiosk.result_panel.headline.text() == "KEHADIRAN DIBATALKAN"
    assert kiosk.result_panel.name.text() == "Ir. Sri Wahyuni, M.T."
    assert [r["person_id"] for r in attendance_rows(db, rakor.meeting_id)] == [a]
    with db.engine.connect() as c:
        detail = json.loads(
            c.execute(
                text("SELECT detail FROM audit_event WHERE action='attendance.undo'")
            ).scalar()
        )
    assert detail["person_id"] == b and detail["station"] == "meja-1"
    assert kiosk.scan_edit.text() == ""
    scan(qtbot, kiosk, rakor.payloads[b])  # the right person can now check in again
    assert shown(kiosk)[1] == "HADIR"


def test_unknown_nip(qtbot, db, rakor, kiosk) -> None:
    scan(qtbot, kiosk, "19900101 201503 1 001")
    assert shown(kiosk)[:2] == ("error", "TIDAK DITEMUKAN")
    assert kiosk.scan_edit.text() == ""
    assert_nothing_written(db, rakor)


def test_garbage_from_a_misconfigured_scanner(qtbot, db, rakor, kiosk) -> None:
    scan(qtbot, kiosk, "x7" * 2500)  # 5,000 characters
    assert shown(kiosk)[:2] == ("error", "KODE TIDAK SAH")
    assert "terlalu panjang" in kiosk.result_panel.detail.text()
    assert kiosk.scan_edit.text() == ""
    # Control characters as a scanner with a wrong suffix/prefix setting sends them.
    qtbot.keyClicks(kiosk.scan_edit, "RKR1>")
    for ch in "\x01\x02\x1d\x7f":
        press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(kiosk.scan_edit, press)
    scan(qtbot, kiosk, "ZZQQ")
    assert shown(kiosk)[:2] == ("error", "KODE TIDAK SAH")
    assert kiosk.scan_edit.text() == ""
    assert_nothing_written(db, rakor)


def test_wrong_keyboard_layout_scan_still_checks_in(qtbot, db, rakor, kiosk) -> None:
    code = rakor.payloads[rakor.invited[0]].replace(".", ">").upper().replace("RKR1", "RKR!")
    scan(qtbot, kiosk, code)
    assert shown(kiosk)[:2] == ("ok", "HADIR")
    assert len(attendance_rows(db, rakor.meeting_id)) == 1


def test_invitation_of_another_meeting(qtbot, db, rakor, kiosk) -> None:
    scan(qtbot, kiosk, rakor.other_payload)
    assert shown(kiosk)[:2] == ("error", "UNDANGAN UNTUK RAPAT LAIN")
    assert "Ekobang" not in kiosk.result_panel.detail.text()  # which meeting stays private
    assert kiosk.scan_edit.text() == ""
    assert_nothing_written(db, rakor)
    assert attendance_rows(db, rakor.other_meeting_id) == []


def test_forged_invitation(qtbot, db, rakor, kiosk) -> None:
    good = rakor.payloads[rakor.invited[0]]
    scan(qtbot, kiosk, good[:-3] + ("000" if not good.endswith("000") else "111"))
    assert shown(kiosk)[:2] == ("error", "KODE TIDAK SAH")
    assert kiosk.scan_edit.text() == ""
    assert_nothing_written(db, rakor)


def test_empty_enter_returns_to_the_ready_screen(qtbot, db, rakor, kiosk) -> None:
    scan(qtbot, kiosk, rakor.other_payload)
    qtbot.keyClick(kiosk.scan_edit, Qt.Key.Key_Return)
    assert shown(kiosk)[:2] == ("idle", "SILAKAN PINDAI UNDANGAN")
    assert kiosk.scan_edit.text() == ""
    assert_nothing_written(db, rakor)


def test_finalized_meeting_refuses_at_the_door(qtbot, db, clock) -> None:
    rakor = build(db, status=MeetingStatus.FINALIZED)
    w = open_kiosk(qtbot, db, rakor.meeting_id, clock)
    scan(qtbot, w, rakor.payloads[rakor.invited[0]])
    assert shown(w)[:2] == ("error", "RAPAT SUDAH FINAL")
    assert w.scan_edit.text() == ""
    qtbot.keyClick(w.scan_edit, Qt.Key.Key_F2)
    qtbot.keyClicks(w.form_name, "Tamu Baru")
    qtbot.keyClick(w.form_name, Qt.Key.Key_Return)
    assert shown(w)[:2] == ("error", "RAPAT SUDAH FINAL")
    qtbot.keyClick(w.scan_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # Nobody is on screen, so Ctrl+Z says it undid nothing (issue 15 item 3).
    assert shown(w)[1] == "TIDAK ADA YANG DIBATALKAN"
    assert_nothing_written(db, rakor)
    with db.engine.connect() as c:
        assert (
            c.execute(text("SELECT count(*) FROM person WHERE full_name='Tamu Baru'")).scalar() == 0
        )


def test_meeting_finalized_by_the_secretary_while_the_kiosk_is_open(
    qtbot, db, rakor, kiosk
) -> None:
    with db.engine.begin() as c:  # another window finalizes
        c.execute(
            text("UPDATE meeting SET status='finalized' WHERE id=:m"), {"m": rakor.meeting_id}
        )
    scan(qtbot, kiosk, rakor.payloads[rakor.invited[0]])
    assert shown(kiosk)[1] == "RAPAT SUDAH FINAL"
    assert_nothing_written(db, rakor)


def test_without_a_meeting_id_opens_todays_meeting(qtbot, db, rakor, clock) -> None:
    w = open_kiosk(qtbot, db, None, clock)
    assert w.meeting_id == rakor.meeting_id
    assert "Rakor Penyelenggaraan" in w.title_label.text()
    assert "Senin, 25 Agustus 2025" in w.when_label.text()


def test_meeting_chooser_when_today_is_ambiguous(qtbot, db, rakor, clock) -> None:
    with db.engine.begin() as c:
        c.execute(
            text("UPDATE meeting SET starts_at = :t WHERE id = :m"),
            {"t": (START + timedelta(hours=4)).replace(tzinfo=None), "m": rakor.other_meeting_id},
        )
    w = open_kiosk(qtbot, db, None, clock)
    assert w.mode == Mode.CHOOSE and w.stage.currentIndex() == Page.CHOOSER
    assert w.chooser.count() == 2 and not w.scan_edit.isEnabled()
    w.chooser.setCurrentRow(1)
    qtbot.keyClick(w.chooser, Qt.Key.Key_Return)
    assert w.meeting_id == rakor.other_meeting_id and w.mode == Mode.SCAN
    assert w.scan_edit.isEnabled()


def test_counters_follow_another_connections_commit(qtbot, db, rakor, clock) -> None:
    w = open_kiosk(qtbot, db, rakor.meeting_id, clock, watch=True)
    assert w.counters.tile_present.value.text() == "0"
    with db.session(write=True) as s:  # the secretary's window, say
        svc.check_in(s, rakor.meeting_id, rakor.payloads[rakor.invited[2]], now=EARLY)
    qtbot.waitUntil(lambda: w.counters.tile_present.value.text() == "1", timeout=1500)
    assert w.counters.tile_missing.value.text() == "3"
    assert rakor.invited[2] in w.present
    w.close()
    assert w.watcher is None


def test_the_kiosk_speaks_english_in_every_part_of_the_window(
    qtbot, db, rakor, clock, qapp
) -> None:
    """Layout and panels live in mixins; PySide looks ``self.tr`` up under the instance's
    class, so their texts must carry the window's context to be translated at all."""
    from rakor_desktop.ui.i18n import install_translators

    installed = install_translators(qapp, "en")
    try:
        w = open_kiosk(qtbot, db, rakor.meeting_id, clock)
        assert w.overline.text() == "ATTENDANCE CHECK-IN"  # layout mixin
        assert "Simpan" not in w.form_save.text() and w.form_save.text()
        assert "Simpan" not in w.sig_save.text() and w.sig_save.text()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "id")
