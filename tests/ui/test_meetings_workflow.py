"""Acceptance: a whole Rakor through the real widgets, checked in the database.

Create the August meeting from the series, invite OPDs and every camat, build the
agenda, run it live with notes, decisions and a directive typed by keyboard, let the
door station check people in from another connection, record OPD reports, close.
"""

from __future__ import annotations

from datetime import date

import pytest
from meeting_data import Clock, build_regency, make_ctx, wib
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    Invitation,
    InviteeGroup,
    Meeting,
    Note,
    OpdReport,
)
from rakor_desktop.services.attendance.checkin import State, check_in
from rakor_desktop.services.meetings import agenda, decisions
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.ui.meetings.agenda_tab import C_MINUTES, C_PRESENTER, C_TITLE
from rakor_desktop.ui.meetings.page import MeetingsPage
from rakor_desktop.ui.meetings.reports_tab import C_BUDGET, C_IND, C_OBST, C_PHYS

JULY = date(2025, 7, 28)
AUG = date(2025, 8, 25)


@pytest.fixture
def setup(db, db_path):
    with db.session(write=True) as s:
        r = build_regency(s)
        ser = meeting_editor.create_series(
            s,
            "Rakor Penyelenggaraan Pemerintahan Daerah",
            place="Sasana Bhakti Praja",
            agenda_template=[
                "Pembukaan",
                {"title": "Evaluasi capaian kinerja triwulan", "planned_minutes": 40},
            ],
        )
        jul = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(
                title="Rakor Juli 2025",
                starts_at=wib(JULY),
                ends_at=wib(JULY, 12),
                place="Sasana Bhakti Praja",
                series_id=ser.id,
                chair_id=r.bupati.id,
            ),
            now=wib(JULY, 8),
        )
        decisions.add_directive(
            s,
            jul.id,
            "Percepat penyerapan anggaran DAK fisik",
            organization_id=r.org_id("Dinas Pekerjaan Umum dan Penataan Ruang"),
            due_date=date(2025, 8, 20),
        )
        ids = {
            "july": jul.id,
            "series": ser.id,
            "notulis": r.notulis.id,
            "dinkes": r.org_id("Dinas Kesehatan"),
            "dinkes_head": r.head_id("Dinas Kesehatan"),
            "camat_taman": r.head_id("Kecamatan Taman"),
        }
        names = {"notulis": r.notulis.full_name, "bupati": r.bupati.full_name}
    return db, db_path, ids, names


def test_full_rakor(qtbot, setup, tmp_path) -> None:
    db, db_path, ids, names = setup
    clock = Clock(wib(AUG, 8, 30))
    page = MeetingsPage(make_ctx(db, tmp_path, clock))
    qtbot.addWidget(page)
    page.resize(1366, 860)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)

    # 1. Next meeting of the series from the list.
    lv = page.list
    assert lv.select_meeting(ids["july"])
    new_id = lv.next_of_series()
    ws = page.workspace
    assert ws is not None and ws.meeting_id == new_id
    assert "Bulan Agustus 2025" in ws.title.text()
    assert (
        "Senin, 25 Agustus 2025" in ws.subtitle.text()
        and "Sasana Bhakti Praja" in ws.subtitle.text()
    )

    # 2. Details: notulis and chair through the pickers; autosaved.
    ws.show_tab("details")
    notulis_text = next(t for t in ws.details.notulis._by_text if t.startswith(names["notulis"]))
    assert ws.details.notulis.choose_text(notulis_text)
    ws.details.letter_number.setText("005/412/2025")
    ws.details.add_attachments(["/data/paparan-bappeda.pdf"])
    assert ws.details.autosaver.flush()
    assert ws.save_status.text().startswith("Tersimpan")

    # 3. Invitees: two OPDs (saved as a group), every camat, one person.
    ws.show_tab("invitees")
    dialog = ws.invitees.pick_opds()
    dialog.check(["Dinas Kesehatan", "Badan Perencanaan Pembangunan Daerah", "Dinas Sosial"])
    dialog.group_name.setText("OPD di bawah Asisten II")
    dialog.accept()
    assert "tanpa kepala tercatat: Dinas Sosial" in ws.invitees.message.text()
    ws.invitees.invite_all_camat()
    person_text = next(t for t in ws.invitees.person._by_text if t.startswith(names["notulis"]))
    ws.invitees.person.choose_text(person_text)
    ws.invitees.invite_person()
    assert ws.invitees.model.rowCount() == 6
    assert "6 diundang · 0 hadir" in ws.invitees.summary.text()

    # The door station (another connection, as another process would) checks two people in.
    door = open_database(db_path)
    with door.session(write=True) as s:
        assert check_in(s, new_id, str(ids["dinkes_head"]), now=wib(AUG, 8, 42)).state == State.NEW
        assert check_in(s, new_id, str(ids["camat_taman"]), now=wib(AUG, 8, 47)).state == State.NEW
    door.dispose()
    ws.watcher.poll()
    assert "2 hadir" in ws.invitees.summary.text()
    statuses = [ws.invitees.model.index(r, 4).data() for r in range(6)]
    assert "Hadir 08.42 WIB" in statuses

    # 4. Agenda: template + carry-over item are there; add one, edit, reorder.
    ws.show_tab("agenda")
    model = ws.agenda_model
    titles = [model.index(r, C_TITLE).data() for r in range(model.rowCount())]
    assert titles == [
        "Pembukaan",
        meeting_editor.CARRY_OVER_TITLE,
        "Evaluasi capaian kinerja triwulan",
    ]
    ws.agenda.table.selectRow(2)
    ws.agenda.add_item()
    QApplication.processEvents()
    ws.agenda.table.closePersistentEditor(model.index(3, C_TITLE))
    assert model.setData(model.index(3, C_TITLE), "Penyerapan anggaran dan PAD")
    assert model.setData(model.index(3, C_MINUTES), "200")
    assert model.setData(model.index(3, C_PRESENTER), -ids["dinkes"])
    assert "melebihi waktu rapat 180 menit" in ws.agenda.budget.text()
    assert model.setData(model.index(3, C_MINUTES), "60")
    assert ws.agenda.budget.text() == "Total 120 dari 180 menit"
    assert model.moveRows(model.index(0, 0).parent(), 3, 1, model.index(0, 0).parent(), 2)
    titles = [model.index(r, C_TITLE).data() for r in range(model.rowCount())]
    assert titles[2] == "Penyerapan anggaran dan PAD"
    assert model.index(2, C_PRESENTER).data() == "Dinas Kesehatan"

    # 5. Live: F6 starts, notes typed, Ctrl+D decision, Ctrl+Shift+A directive, Alt+Right next.
    ws.show_tab("live")
    live = ws.live
    page.activateWindow()  # the offscreen platform leaves the closed dialog "active"
    qtbot.waitUntil(page.isActiveWindow)
    clock.now = wib(AUG, 9, 0)
    live.editor.setFocus()
    qtbot.keyClick(live.editor, Qt.Key.Key_F6)
    assert live.running_row().title == "Pembukaan"
    qtbot.keyClicks(live.editor, "- Bupati membuka rapat")
    qtbot.keyClick(live.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(live.editor, "**sinergi** OPD dan kecamatan")
    clock.now = wib(AUG, 9, 7)
    live.tick()
    assert live.clock.text() == "07:00"
    qtbot.keyClick(live.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert live.running_row().title == meeting_editor.CARRY_OVER_TITLE
    assert "DAK fisik" in live.editor.toPlainText()  # the carried follow-up is listed
    clock.now = wib(AUG, 9, 20)
    qtbot.keyClick(live.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert live.running_row().title == "Penyerapan anggaran dan PAD"
    qtbot.keyClicks(live.editor, "- Realisasi belanja baru 45,5%")
    qtbot.keyClick(live.editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert live.capture.isVisible() and live.capture.text.hasFocus()
    qtbot.keyClicks(live.capture.text, "Laporan realisasi dikirim tiap tanggal 5")
    qtbot.keyClick(live.capture.text, Qt.Key.Key_Return)
    assert not live.capture.isVisible()
    qtbot.keyClick(
        live.editor,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClicks(live.capture.text, "Turunkan angka stunting di desa lokus")
    qtbot.keyClick(live.capture.text, Qt.Key.Key_Return)  # moves to the quick-entry field
    assert live.capture.quick.hasFocus()
    qtbot.keyClicks(live.capture.quick, "Dinkes 30/9")
    assert (
        "Dinas Kesehatan" in live.capture.preview.text()
        and "30 September 2025" in live.capture.preview.text()
    )
    qtbot.keyClick(live.capture.quick, Qt.Key.Key_Return)
    assert live.decision_list.count() == 2
    assert "Dinas Kesehatan" in live.decision_list.item(1).text()
    clock.now = wib(AUG, 10, 30)
    qtbot.keyClick(live.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(live.editor, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert live.running_row().title == "Penyerapan anggaran dan PAD"
    qtbot.keyClick(live.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    clock.now = wib(AUG, 11, 10)
    qtbot.keyClick(live.editor, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert live.running_row() is None
    assert ws.decisions.model.rowCount() == 2

    # 6. OPD reports in the grid: a bad value stays red, a good one is stored.
    ws.show_tab("reports")
    rm = ws.reports.model
    orgs = [rm.index(r, 0).data() for r in range(rm.rowCount())]
    row = orgs.index("Dinas Kesehatan")
    assert rm.setData(rm.index(row, C_BUDGET), "150")
    assert "antara 0 dan 100" in ws.reports.message.text()
    assert rm.index(row, C_BUDGET).data() == "150"
    assert rm.setData(rm.index(row, C_BUDGET), "45,5")
    assert rm.setData(rm.index(row, C_PHYS), "38")
    assert rm.setData(rm.index(row, C_IND), "Stunting: 14,2%; Imunisasi dasar: 91%")
    assert rm.setData(rm.index(row, C_OBST), "Pengadaan alat USG tertunda")
    assert rm.index(row, C_BUDGET).data() == "45,5"

    # 7. Close: the checklist leads, then the meeting closes.
    ws.show_tab("close")
    ct = ws.close_tab
    asked: list[str] = []
    ct.ask = lambda _parent, title, _text: asked.append(title) or QMessageBox.StandardButton.Yes
    checks = {c.key: c.ok for c in ct.checks}
    assert checks == {"notulis": True, "decisions": True, "absentees": False}
    assert not ct.btn_close.isEnabled()
    fix = ct.findChild(type(ct.btn_close), "fix-absentees")
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert ct.btn_close.isEnabled()
    clock.now = wib(AUG, 11, 15)
    qtbot.mouseClick(ct.btn_close, Qt.MouseButton.LeftButton)
    assert ws.status.text() == "Ditutup"
    assert asked == ["Tandai Tanpa Keterangan", "Tutup rapat"]  # both asked first
    ws.back()

    # The database holds the whole meeting.
    with db.session() as s:
        m = s.get(Meeting, new_id)
        assert m.status == MeetingStatus.CLOSED and m.closed_at == wib(AUG, 11, 15)
        assert m.notulis_id == ids["notulis"] and m.letter_number == "005/412/2025"
        assert m.attachments == '["/data/paparan-bappeda.pdf"]'
        assert s.exec(
            select(InviteeGroup).where(InviteeGroup.name == "OPD di bawah Asisten II")
        ).one()
        invs = s.exec(select(Invitation).where(Invitation.meeting_id == new_id)).all()
        assert len(invs) == 6
        assert (
            sorted(i.absence_status or "hadir" for i in invs)
            == ["hadir", "hadir"] + ["tanpa_keterangan"] * 4
        )
        assert len(s.exec(select(Attendance).where(Attendance.meeting_id == new_id)).all()) == 2
        items = {
            i.title: i for i in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == new_id))
        }
        assert [r.title for r in agenda.list_items(s, new_id)][2] == "Penyerapan anggaran dan PAD"
        opening = items["Pembukaan"]
        assert (opening.actual_start, opening.actual_end) == (wib(AUG, 9), wib(AUG, 9, 7))
        pad = items["Penyerapan anggaran dan PAD"]
        assert pad.actual_start == wib(AUG, 9, 20) and pad.planned_minutes == 60
        notes = {
            n.agenda_item_id: n.body for n in s.exec(select(Note).where(Note.meeting_id == new_id))
        }
        assert notes[opening.id] == "- Bupati membuka rapat\n- **sinergi** OPD dan kecamatan"
        assert notes[pad.id] == "- Realisasi belanja baru 45,5%"
        decs = s.exec(
            select(Decision).where(Decision.meeting_id == new_id).order_by(Decision.position)
        ).all()
        assert [(d.kind, d.agenda_item_id) for d in decs] == [
            ("keputusan", pad.id),
            ("arahan", pad.id),
        ]
        fu = s.exec(select(FollowUp).where(FollowUp.decision_id == decs[1].id)).one()
        assert (fu.organization_id, fu.due_date, fu.pic_id) == (
            ids["dinkes"],
            date(2025, 9, 30),
            ids["dinkes_head"],
        )
        rep = s.exec(
            select(OpdReport).where(
                OpdReport.meeting_id == new_id, OpdReport.organization_id == ids["dinkes"]
            )
        ).one()
        assert (rep.budget_pct, rep.physical_pct, rep.obstacles) == (
            45.5,
            38.0,
            "Pengadaan alat USG tertunda",
        )
        assert "Stunting" in rep.indicators
    assert page.list.selected_id() == new_id
