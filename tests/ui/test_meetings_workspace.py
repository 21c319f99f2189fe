"""Bad input in the workspace: times, empty title, deleting items with notes, finalized meetings."""

from __future__ import annotations

import json
from datetime import date

import pytest
from meeting_data import Clock, build_regency, make_ctx, wib
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import AuditEvent, Invitation, Meeting
from rakor_desktop.services.attendance import invitees
from rakor_desktop.services.attendance.checkin import check_in
from rakor_desktop.services.meetings import agenda, decisions, notes
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.ui.meetings.agenda_tab import C_TITLE
from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

DAY = date(2025, 8, 25)


@pytest.fixture
def meeting(db):
    with db.session(write=True) as s:
        r = build_regency(s)
        other = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(
                title="Rakor Bidang Ekobang",
                starts_at=wib(DAY, 13),
                ends_at=wib(DAY, 15),
                place="Ruang Rapat Lantai I",
            ),
            now=wib(DAY, 8),
        )
        m = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(
                title="Rakor Agustus",
                starts_at=wib(DAY, 9),
                ends_at=wib(DAY, 12),
                place="Sasana Bhakti Praja",
            ),
            now=wib(DAY, 8),
        )
        a = agenda.add_item(s, m.id, "Pembukaan", planned_minutes=10)
        b = agenda.add_item(s, m.id, "Penyerapan anggaran", planned_minutes=30)
        notes.save_note(s, m.id, b.id, "- Realisasi 45%")
        decisions.add_decision(s, m.id, "kesimpulan", "Serapan rendah", agenda_item_id=b.id)
        invitees.add_opd_heads(s, m.id, [r.org_id("Dinas Kesehatan"), r.org_id("Kecamatan Taman")])
        return {
            "id": m.id,
            "other": other.id,
            "a": a.id,
            "b": b.id,
            "head": r.head_id("Dinas Kesehatan"),
            "camat": r.head_id("Kecamatan Taman"),
        }


@pytest.fixture
def ws(qtbot, db, meeting, tmp_path):
    clock = Clock(wib(DAY, 8))
    w = MeetingWorkspace(make_ctx(db, tmp_path, clock), meeting["id"], "WIB")
    w.clock = clock
    qtbot.addWidget(w)
    w.resize(1280, 820)
    w.show()
    qtbot.waitExposed(w)
    w.load()
    return w


def _stored(db, mid: int) -> Meeting:
    with db.session() as s:
        return s.get(Meeting, mid)


def test_empty_title_is_explained_and_not_saved(ws, db, meeting) -> None:
    d = ws.details
    d.title.setText("   ")
    assert "Judul rapat wajib diisi" in d.message.text()
    assert d.title.property("invalid") is True
    assert not d.autosaver.flush()
    assert "Tidak tersimpan" in ws.save_status.text()
    assert _stored(db, meeting["id"]).title == "Rakor Agustus"
    assert d.title.text() == "   "  # the input stays for the user to fix
    d.title.setText("Rakor Penyelenggaraan Pemerintahan Daerah")
    assert d.autosaver.flush()
    assert _stored(db, meeting["id"]).title == "Rakor Penyelenggaraan Pemerintahan Daerah"
    assert ws.title.text() == "Rakor Penyelenggaraan Pemerintahan Daerah"


def test_end_before_start_blocks_then_overlap_warns(ws, db, meeting) -> None:
    d = ws.details
    d.end.setTime(QTime(8, 30))
    assert "Jam selesai (08.30) harus sesudah jam mulai (09.00)" in d.message.text()
    assert d.end.property("invalid") is True
    assert not d.autosaver.flush()
    stored = _stored(db, meeting["id"])
    assert stored.ends_at == wib(DAY, 12)
    # Fix the end, then move into the afternoon meeting's slot: saved, with a warning.
    d.end.setTime(QTime(14, 0))
    d.start.setTime(QTime(13, 30))
    assert 'Bentrok dengan "Rakor Bidang Ekobang"' in d.message.text()
    assert d.autosaver.flush()
    stored = _stored(db, meeting["id"])
    assert (stored.starts_at, stored.ends_at) == (wib(DAY, 13, 30), wib(DAY, 14))
    assert "Total 40 dari 30 menit" not in ws.agenda.budget.text()
    assert "melebihi waktu rapat 30 menit" in ws.agenda.budget.text()


def test_past_time_warns_only(ws, db, meeting) -> None:
    ws.clock.now = wib(DAY, 16)
    ws.details.place.setText("Pendopo Kabupaten")
    assert "sudah lewat" in ws.details.message.text()
    assert ws.details.autosaver.flush()
    assert _stored(db, meeting["id"]).place == "Pendopo Kabupaten"


def test_delete_item_with_notes_confirms_and_restores(ws, db, meeting, qtbot) -> None:
    tab = ws.agenda
    ws.show_tab("agenda")
    tab.table.selectRow(1)
    box = tab.delete_selected()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "berisi catatan (15 karakter) dan 1 keputusan" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert tab.model.rowCount() == 2
    box = tab.delete_selected()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [tab.model.index(r, C_TITLE).data() for r in range(tab.model.rowCount())] == [
        "Pembukaan"
    ]
    assert [a.text() for a in _restore_actions(tab)] == ["Penyerapan anggaran"]
    _restore_actions(tab)[0].trigger()
    assert tab.model.rowCount() == 2
    with db.session() as s:
        assert notes.get_note(s, meeting["id"], meeting["b"]) == "- Realisasi 45%"
    # An empty item goes without asking.
    tab.table.selectRow(0)
    assert tab.delete_selected() is None
    assert tab.model.rowCount() == 1
    # Once the meeting is closed, deleted items stay deleted.
    with db.session() as s:
        m = s.get(Meeting, meeting["id"])
        m.status = MeetingStatus.CLOSED
        s.add(m)
    tab.restore(meeting["a"])
    assert "sudah ditutup" in tab.message.text()
    assert tab.model.rowCount() == 1


def _restore_actions(tab):
    tab._fill_restore()
    return [a for a in tab.restore_menu.actions() if a.isEnabled()]


def test_finalized_meeting_is_refused_with_reason(qtbot, db, meeting, tmp_path) -> None:
    with db.session() as s:
        m = s.get(Meeting, meeting["id"])
        m.status = MeetingStatus.FINALIZED
        s.add(m)
    w = MeetingWorkspace(make_ctx(db, tmp_path, Clock(wib(DAY, 14))), meeting["id"], "WIB")
    qtbot.addWidget(w)
    w.show()
    w.load()
    assert w.banner.isVisible()
    assert "sudah difinalkan" in w.banner.text() and "amandemen" in w.banner.text()
    assert not w.details.title.isEnabled()
    assert w.live.editor.isReadOnly()
    assert not w.agenda.btn_add.isEnabled() and not w.invitees.btn_opd.isEnabled()
    assert not w.live.btn_keputusan.isEnabled()
    # Even an edit that slips through is refused by the service, with the reason.
    w.details.title.setText("Diubah")
    assert not w.details.autosaver.flush()
    assert "sudah difinalkan" in w.save_status.text()
    assert _stored(db, meeting["id"]).title == "Rakor Agustus"
    # The amendment path: a reason is required, then the meeting is editable and audited.
    w.show_tab("close")
    assert w.close_tab.amend_card.isVisible()
    w.close_tab.amend()
    assert "Alasan amandemen wajib diisi" in w.close_tab.status.text()
    w.close_tab.reason.setText("Nama Kepala Dinas salah ketik")
    w.close_tab.amend()
    assert not w.banner.isVisible() and w.details.title.isEnabled()
    with db.session() as s:
        assert s.get(Meeting, meeting["id"]).status == MeetingStatus.CLOSED
        ev = s.exec(select(AuditEvent).where(AuditEvent.action == "meeting.amendment")).one()
        assert json.loads(ev.detail)["reason"] == "Nama Kepala Dinas salah ketik"


def test_invitee_removal_refused_after_check_in(ws, db, meeting) -> None:
    with db.session(write=True) as s:
        check_in(s, meeting["id"], str(meeting["head"]), now=wib(DAY, 8, 40))
    ws.watcher.poll()
    tab = ws.invitees
    rows = {r.person_id: i for i, r in enumerate(tab.model.rows)}
    tab.table.selectRow(rows[meeting["head"]])
    tab.remove_selected()
    assert "sudah registrasi hadir" in tab.message.text()
    # selectRow() honours the keyboard modifiers Qt believes are held; a test that sent
    # Ctrl+... just before can leave it believing Ctrl is down, which would add this row
    # to the selection instead of replacing it (seen when test_meetings_shortcuts ran first).
    tab.table.clearSelection()
    tab.table.selectRow(rows[meeting["camat"]])
    tab.absence.setCurrentIndex(tab.absence.findData("izin"))
    tab.apply_absence()
    with db.session() as s:
        inv = s.exec(select(Invitation).where(Invitation.person_id == meeting["camat"])).one()
        assert inv.absence_status == "izin"
    assert tab.model.index(rows[meeting["camat"]], 4).data() == "Izin"
    tab.remove_selected()
    assert tab.model.rowCount() == 1


def test_live_timer_turns_red_when_over(ws, qtbot) -> None:
    ws.show_tab("live")
    ws.clock.now = wib(DAY, 9)
    ws.live.start()
    ws.clock.now = wib(DAY, 9, 9)
    ws.live.tick()
    assert ws.live.clock.text() == "09:00" and ws.live.progress.property("tone") == "warning"
    ws.clock.now = wib(DAY, 9, 12)
    ws.live.tick()
    assert ws.live.clock.text() == "12:00"
    assert "lewat 02:00" in ws.live.planned.text()
    assert ws.live.progress.property("tone") == "danger"
    assert ws.live.elapsed_seconds() == 720


def test_drop_on_the_agenda_table_moves_the_dragged_row(ws, db, meeting) -> None:
    """The view turns a drop into one moveRows on the model, persisted in order."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDropEvent

    tab = ws.agenda
    ws.show_tab("agenda")
    tab.table.selectRow(0)
    model = tab.model
    mime = model.mimeData([model.index(0, 0)])
    below_last = QPointF(20, tab.table.viewport().height() - 5)  # empty space under the rows
    event = QDropEvent(
        below_last,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.table.dropEvent(event)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Penyerapan anggaran",
        "Pembukaan",
    ]
    with db.session() as s:
        assert [r.title for r in agenda.list_items(s, meeting["id"])] == [
            "Penyerapan anggaran",
            "Pembukaan",
        ]
    assert tab.selected_row() == 1


def test_closing_and_bulk_absence_ask_first_and_no_changes_nothing(
    qtbot, db, meeting, tmp_path
) -> None:
    """Issue 15 item 8: "Tutup rapat" and "Tandai sisanya Tanpa Keterangan" ran without
    confirmation. Answering No leaves the meeting and the invitations as they were."""
    with db.session(write=True) as s:
        m = s.get(Meeting, meeting["id"])
        m.notulis_id = meeting["head"]
        s.add(m)
    w = MeetingWorkspace(make_ctx(db, tmp_path, Clock(wib(DAY, 12))), meeting["id"], "WIB")
    qtbot.addWidget(w)
    w.show()
    w.load()
    w.show_tab("close")
    ct = w.close_tab
    asked: list[str] = []

    def no(_parent, title, text):
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.No

    ct.ask = no
    ct.mark_absent()
    ct.close_meeting()
    assert len(asked) == 2 and "Tanpa Keterangan" in asked[0] and "Tutup rapat" in asked[1]
    assert "2 undangan" in asked[0]  # says how many it would mark
    with db.session() as s:
        assert s.get(Meeting, meeting["id"]).status != MeetingStatus.CLOSED
        statuses = [
            i.absence_status
            for i in s.exec(select(Invitation).where(Invitation.meeting_id == meeting["id"]))
        ]
    assert statuses and all(st is None for st in statuses)
