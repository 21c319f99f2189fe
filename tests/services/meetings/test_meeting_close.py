"""Close checks, closing, the finalize lock and the audited amendment."""

from __future__ import annotations

import json
from datetime import date

import pytest
from meeting_data import build_regency, wib
from sqlmodel import select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Attendance, AuditEvent, Invitation, Meeting
from rakor_desktop.services.attendance import invitees
from rakor_desktop.services.meetings import agenda, decisions, notes
from rakor_desktop.services.meetings import close as meeting_close
from rakor_desktop.services.meetings.close import CloseRefused, MeetingLocked


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


DAY = date(2025, 8, 25)


def test_checks_then_close(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = Meeting(title="Rakor", starts_at=wib(DAY))
        s.add(m)
        s.flush()
        invitees.add_opd_heads(s, m.id, [r.org_id("Dinas Kesehatan"), r.org_id("Kecamatan Taman")])
        checks = {c.key: c for c in meeting_close.close_checks(s, m.id)}
        assert not checks["notulis"].ok and not checks["decisions"].ok
        assert "2 undangan" in checks["absentees"].detail
        with pytest.raises(CloseRefused, match="Notulis"):
            meeting_close.close_meeting(s, m.id)

        m.notulis_id = r.notulis.id
        s.add(m)
        it = agenda.add_item(s, m.id, "Evaluasi")
        agenda.start_live(s, m.id, now=wib(DAY, 9))
        decisions.add_decision(s, m.id, "keputusan", "Laporan tiap tanggal 5")
        inv = s.exec(
            select(Invitation).where(Invitation.person_id == r.head_id("Dinas Kesehatan"))
        ).one()
        s.add(
            Attendance(
                meeting_id=m.id,
                person_id=inv.person_id,
                invitation_id=inv.id,
                checked_in_at=wib(DAY, 8),
            )
        )
        s.flush()
        assert meeting_close.absentees_without_status(s, m.id) == 1
        assert meeting_close.mark_remaining_absent(s, m.id) == 1
        assert all(c.ok for c in meeting_close.close_checks(s, m.id))
        meeting_close.close_meeting(s, m.id, now=wib(DAY, 12))
        m = s.get(Meeting, m.id)
        assert m.status == MeetingStatus.CLOSED and m.closed_at == wib(DAY, 12)
        assert agenda.list_items(s, m.id)[0].actual_end == wib(DAY, 12)  # running item ended
        # Closed is still editable (typos before finalizing) ...
        notes.save_note(s, m.id, it.id, "koreksi")
        mid = m.id
    with db.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "meeting.close")).one()
        assert meeting_close.close_meeting(s, mid).status == MeetingStatus.CLOSED  # idempotent


def test_finalized_lock_and_amendment(db) -> None:
    with db.session() as s:
        m = Meeting(title="Rakor Agustus", starts_at=wib(DAY), status=MeetingStatus.FINALIZED)
        s.add(m)
        s.flush()
        mid = m.id
    with db.session() as s:
        with pytest.raises(MeetingLocked) as exc:
            meeting_close.ensure_editable(s, mid)
        assert "Rakor Agustus" in str(exc.value) and "amandemen" in str(exc.value)
        with pytest.raises(ValueError, match="Alasan"):
            meeting_close.begin_amendment(s, mid, "  ")
        meeting_close.begin_amendment(
            s, mid, "Salah ketik nama Kepala Dinas", actor="notulis@laptop"
        )
    with db.session() as s:
        assert s.get(Meeting, mid).status == MeetingStatus.CLOSED
        agenda.add_item(s, mid, "Koreksi")  # editable again
        ev = s.exec(select(AuditEvent).where(AuditEvent.action == "meeting.amendment")).one()
        assert ev.actor == "notulis@laptop"
        assert json.loads(ev.detail)["reason"] == "Salah ketik nama Kepala Dinas"
        with pytest.raises(ValueError, match="masih dapat diubah"):
            meeting_close.begin_amendment(s, mid, "lagi")


def test_live_mode_cannot_start_on_a_closed_meeting(db) -> None:
    """Issue 15 item 2: F6/"Mulai" on a closed meeting started an agenda item while the
    badge said Ditutup. One guard in the service refuses it for every caller."""
    from rakor_desktop.services.meetings.close import MeetingClosed

    with db.session(write=True) as s:
        m = Meeting(title="Rakor", starts_at=wib(DAY), status=MeetingStatus.CLOSED.value)
        s.add(m)
        s.flush()
        first = agenda.add_item(s, m.id, "Evaluasi")
        for start in (
            lambda: agenda.start_live(s, m.id, now=wib(DAY, 9)),
            lambda: agenda.next_item(s, m.id, now=wib(DAY, 9)),
            lambda: agenda.go_to(s, m.id, first.id, now=wib(DAY, 9)),
        ):
            with pytest.raises(MeetingClosed, match="sudah ditutup"):
                start()
        assert agenda.current_item(s, m.id) is None
