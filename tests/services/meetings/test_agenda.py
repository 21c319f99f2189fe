"""Agenda order, recoverable deletion, time budget, and live mode times."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from meeting_data import wib
from sqlmodel import select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import AgendaItem, Meeting
from rakor_desktop.services.meetings import agenda, decisions, notes
from rakor_desktop.services.meetings.agenda import AgendaError
from rakor_desktop.services.meetings.close import MeetingLocked


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


DAY = date(2025, 8, 25)


def _meeting(s, end_hour: int | None = 12) -> Meeting:
    m = Meeting(
        title="Rakor", starts_at=wib(DAY, 9), ends_at=wib(DAY, end_hour) if end_hour else None
    )
    s.add(m)
    s.flush()
    return m


def _titles(s, mid: int) -> list[str]:
    return [r.title for r in agenda.list_items(s, mid)]


def test_add_insert_reorder_move(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        a = agenda.add_item(s, m.id, "Pembukaan", planned_minutes=5)
        b = agenda.add_item(s, m.id, "Evaluasi kinerja", planned_minutes=60)
        c = agenda.add_item(s, m.id, "Diskusi", planned_minutes=30, position=1)
        assert _titles(s, m.id) == ["Pembukaan", "Diskusi", "Evaluasi kinerja"]
        agenda.reorder(s, m.id, [b.id, a.id, c.id])
        assert _titles(s, m.id) == ["Evaluasi kinerja", "Pembukaan", "Diskusi"]
        agenda.move_item(s, c.id, 0)
        assert _titles(s, m.id) == ["Diskusi", "Evaluasi kinerja", "Pembukaan"]
        assert [r.position for r in agenda.list_items(s, m.id)] == [0, 1, 2]
        with pytest.raises(AgendaError, match="tidak cocok"):
            agenda.reorder(s, m.id, [a.id, b.id])


def test_validation(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        with pytest.raises(AgendaError, match="wajib diisi"):
            agenda.add_item(s, m.id, "  ")
        with pytest.raises(AgendaError, match="antara 0 dan 600"):
            agenda.add_item(s, m.id, "Rapat", planned_minutes=-5)
        it = agenda.add_item(s, m.id, "Rapat")
        with pytest.raises(AgendaError, match="bukan angka"):
            agenda.update_item(s, it.id, planned_minutes="sepuluh")
        agenda.update_item(s, it.id, planned_minutes="25", title=" Paparan Bappeda ")
        row = agenda.list_items(s, m.id)[0]
        assert (row.title, row.planned_minutes) == ("Paparan Bappeda", 25)


def test_budget_warns_when_over_slot(db) -> None:
    with db.session() as s:
        m = _meeting(s)  # 09.00-12.00 = 180 minutes
        agenda.add_item(s, m.id, "A", planned_minutes=120)
        assert agenda.time_budget(s, m.id).over_by == 0
        b = agenda.add_item(s, m.id, "B", planned_minutes=90)
        budget = agenda.time_budget(s, m.id)
        assert (budget.planned_minutes, budget.slot_minutes, budget.over_by) == (210, 180, 30)
        assert "30 menit lebih" in budget.message()
        agenda.delete_item(s, b.id)  # deleted items do not count
        assert agenda.time_budget(s, m.id).planned_minutes == 120
        m2 = _meeting(s, end_hour=None)
        assert agenda.time_budget(s, m2.id).slot_minutes is None


def test_delete_with_notes_is_recoverable_until_close(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        a = agenda.add_item(s, m.id, "Pembukaan")
        b = agenda.add_item(s, m.id, "Penyerapan anggaran")
        agenda.add_item(s, m.id, "Penutup")
        notes.save_note(s, m.id, b.id, "- Realisasi baru 45%")
        decisions.add_decision(s, m.id, "kesimpulan", "Percepat lelang", agenda_item_id=b.id)
        content = agenda.item_content(s, b.id)
        assert (content.note_chars, content.decisions) == (len("- Realisasi baru 45%"), 1)
        assert agenda.item_content(s, a.id).empty
        agenda.delete_item(s, b.id)
        assert _titles(s, m.id) == ["Pembukaan", "Penutup"]
        assert [r.title for r in agenda.deleted_items(s, m.id)] == ["Penyerapan anggaran"]
        assert notes.get_note(s, m.id, b.id) == "- Realisasi baru 45%"  # nothing lost
        agenda.restore_item(s, b.id)
        assert _titles(s, m.id) == ["Pembukaan", "Penyerapan anggaran", "Penutup"]
        agenda.delete_item(s, b.id)
        m.status = MeetingStatus.CLOSED
        s.add(m)
        with pytest.raises(AgendaError, match="sudah ditutup"):
            agenda.restore_item(s, b.id)


def test_live_mode_records_actual_times(db) -> None:
    t0 = wib(DAY, 9)
    with db.session() as s:
        m = _meeting(s)
        a = agenda.add_item(s, m.id, "Pembukaan")
        b = agenda.add_item(s, m.id, "Evaluasi")
        c = agenda.add_item(s, m.id, "Penutup")
        assert agenda.current_item(s, m.id) is None
        assert agenda.start_live(s, m.id, now=t0).id == a.id
        assert s.get(Meeting, m.id).status == MeetingStatus.IN_PROGRESS
        assert agenda.start_live(s, m.id, now=t0 + timedelta(minutes=1)).id == a.id  # idempotent
        assert agenda.next_item(s, m.id, now=t0 + timedelta(minutes=5)).id == b.id
        assert agenda.next_item(s, m.id, now=t0 + timedelta(minutes=50)).id == c.id
        # Back to Evaluasi: it reopens but keeps its first start.
        assert agenda.previous_item(s, m.id, now=t0 + timedelta(minutes=52)).id == b.id
        agenda.stop_live(s, m.id, now=t0 + timedelta(minutes=60))
        assert agenda.current_item(s, m.id) is None
        assert agenda.previous_item(s, m.id, now=t0 + timedelta(minutes=61)).id == c.id
        assert agenda.next_item(s, m.id, now=t0 + timedelta(minutes=70)) is None  # past the end
        rows = {r.id: r for r in agenda.list_items(s, m.id)}
        assert rows[a.id].actual_start == t0 and rows[a.id].actual_end == t0 + timedelta(minutes=5)
        assert rows[b.id].actual_start == t0 + timedelta(minutes=5)
        assert rows[b.id].actual_end == t0 + timedelta(minutes=60)
        assert rows[c.id].actual_start == t0 + timedelta(minutes=50)
        assert rows[c.id].actual_end == t0 + timedelta(minutes=70)
        assert agenda.go_to(s, m.id, a.id, now=t0 + timedelta(minutes=71)).id == a.id
        running = s.exec(select(AgendaItem).where(AgendaItem.actual_end == None)).all()  # noqa: E711
        assert [r.id for r in running] == [a.id]


def test_deleting_the_running_item_ends_it(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        a = agenda.add_item(s, m.id, "Pembukaan")
        agenda.start_live(s, m.id, now=wib(DAY, 9))
        agenda.delete_item(s, a.id, now=wib(DAY, 9, 5))
        assert agenda.current_item(s, m.id) is None


def test_finalized_agenda_is_locked(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        a = agenda.add_item(s, m.id, "Pembukaan")
        m.status = MeetingStatus.FINALIZED
        s.add(m)
        for call in (
            lambda: agenda.add_item(s, m.id, "Baru"),
            lambda: agenda.update_item(s, a.id, title="X"),
            lambda: agenda.delete_item(s, a.id),
            lambda: agenda.next_item(s, m.id),
        ):
            with pytest.raises(MeetingLocked):
                call()
