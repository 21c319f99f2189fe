"""Decisions and directives; a directive becomes a follow-up; quick entry."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_data import build_regency, wib
from sqlmodel import select

from rakor_desktop.domain.models import FollowUp, FollowUpUpdate, Meeting, MeetingSeries
from rakor_desktop.services.meetings import agenda, decisions
from rakor_desktop.services.meetings.close import MeetingLocked
from rakor_desktop.services.meetings.decisions import DecisionError


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


DAY = date(2025, 8, 25)
NOW = wib(DAY, 10)


def _meeting(s) -> Meeting:
    ser = MeetingSeries(name="Rakor Bulanan")
    s.add(ser)
    s.flush()
    m = Meeting(title="Rakor", starts_at=wib(DAY), series_id=ser.id)
    s.add(m)
    s.flush()
    return m


def test_decision_kinds_and_order(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        it = agenda.add_item(s, m.id, "Evaluasi")
        decisions.add_decision(
            s, m.id, "keputusan", "Rakor berikutnya 22 September", agenda_item_id=it.id
        )
        decisions.add_decision(s, m.id, "kesimpulan", "Penyerapan anggaran masih rendah")
        rows = decisions.list_decisions(s, m.id)
        assert [(r.kind_label, r.agenda_title) for r in rows] == [
            ("Keputusan", "Evaluasi"),
            ("Kesimpulan", ""),
        ]
        assert [r.position for r in rows] == [0, 1]
        assert decisions.list_decisions(s, m.id, agenda_item_id=it.id)[0].text.startswith("Rakor")
        with pytest.raises(DecisionError, match="wajib diisi"):
            decisions.add_decision(s, m.id, "keputusan", "  ")
        with pytest.raises(ValueError):
            decisions.add_decision(s, m.id, "usulan", "x")


def test_directive_creates_followup_with_head_as_pic(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        d, fu = decisions.add_directive(
            s,
            m.id,
            "Turunkan angka stunting",
            organization_id=r.org_id("Dinas Kesehatan"),
            due_date=date(2025, 9, 30),
        )
        assert fu.decision_id == d.id and fu.series_id == m.series_id
        assert fu.pic_id == r.head_id("Dinas Kesehatan")
        assert fu.problem == "Turunkan angka stunting" and fu.status == "belum"
        # add_decision with kind arahan takes the same road
        d2 = decisions.add_decision(s, m.id, "arahan", "Validasi data IKD")
        assert (
            s.exec(select(FollowUp).where(FollowUp.decision_id == d2.id)).one().organization_id
            is None
        )


def test_quick_directive(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        d, fu = decisions.quick_directive(
            s, m.id, "Percepat lelang proyek jalan", "DPUPR 30/9", now=NOW
        )
        assert fu.organization_id == r.org_id("Dinas Pekerjaan Umum dan Penataan Ruang")
        assert fu.due_date == date(2025, 9, 30)
        row = decisions.list_decisions(s, m.id)[0]
        assert row.followup.organization == "Dinas Pekerjaan Umum dan Penataan Ruang"
        assert row.followup.pic == r.heads["Dinas Pekerjaan Umum dan Penataan Ruang"].full_name
        with pytest.raises(DecisionError, match="tidak dikenal"):
            decisions.quick_directive(s, m.id, "x", "Dinas Perikanan 30/9", now=NOW)
        with pytest.raises(DecisionError, match="31/2"):
            decisions.quick_directive(s, m.id, "x", "Dinkes 31/2/2026", now=NOW)
        assert len(decisions.list_decisions(s, m.id)) == 1


def test_edit_followup_later(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        _, fu = decisions.add_directive(
            s, m.id, "Data IKD", organization_id=r.org_id("Dinas Kesehatan")
        )
        decisions.update_followup(
            s,
            fu.id,
            organization_id=r.org_id("Badan Perencanaan Pembangunan Daerah"),
            due_date=date(2025, 10, 15),
            action=" Rapat validasi ",
        )
        fu = s.get(FollowUp, fu.id)
        assert fu.pic_id == r.head_id("Badan Perencanaan Pembangunan Daerah")  # follows the OPD
        assert (fu.due_date, fu.action) == (date(2025, 10, 15), "Rapat validasi")


def test_kind_change_and_delete(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        d = decisions.add_decision(s, m.id, "keputusan", "Bentuk tim")
        decisions.update_decision(s, d.id, kind="arahan", text="Bentuk tim percepatan")
        fu = s.exec(select(FollowUp).where(FollowUp.decision_id == d.id)).one()
        assert fu.problem == "Bentuk tim percepatan"
        decisions.update_decision(s, d.id, kind="kesimpulan")
        assert s.exec(select(FollowUp).where(FollowUp.decision_id == d.id)).first() is None
        _, fu2 = decisions.add_directive(s, m.id, "Laporkan progres")
        s.add(FollowUpUpdate(follow_up_id=fu2.id, note="50%"))
        s.flush()
        with pytest.raises(DecisionError, match="Dibatalkan"):
            decisions.delete_decision(s, fu2.decision_id)
        decisions.delete_decision(s, d.id)
        assert [r.text for r in decisions.list_decisions(s, m.id)] == ["Laporkan progres"]


def test_locked_meeting(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        m.status = "finalized"
        s.add(m)
        with pytest.raises(MeetingLocked):
            decisions.add_decision(s, m.id, "keputusan", "x")
