"""Creating, validating, editing, duplicating meetings; next meeting of a series."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from meeting_data import build_regency, wib
from sqlmodel import select

from rakor_desktop.domain.enums import FollowUpStatus, MeetingStatus
from rakor_desktop.domain.models import AgendaItem, AuditEvent, FollowUp, Invitation, Meeting, Note
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.services.attendance import invitees
from rakor_desktop.services.followups.carry_over import open_followups_for_series
from rakor_desktop.services.meetings import agenda, decisions
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.services.meetings.close import MeetingLocked
from rakor_desktop.services.meetings.editor import MeetingInput, MeetingInvalid


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


DAY = date(2025, 8, 25)
NOW = wib(date(2025, 8, 18), 8)


def _new(s, title: str = "Rakor Agustus", day: date = DAY, **kw) -> Meeting:
    data = MeetingInput(
        title=title, starts_at=wib(day, 9), ends_at=wib(day, 12), place="Sasana Bhakti Praja", **kw
    )
    return meeting_editor.create_meeting(s, data, now=NOW)


def test_create_stores_utc_and_audits(db) -> None:
    with db.session() as s:
        build_regency(s)
        m = _new(s, attachments=["/tmp/paparan.pdf", " ", "/tmp/paparan.pdf", "C:\\data\\rka.xlsx"])
        mid = m.id
    with db.session() as s:
        m = s.get(Meeting, mid)
        assert m.status == MeetingStatus.DRAFT
        assert to_office(m.starts_at, "WIB").hour == 9
        assert m.starts_at.utcoffset() == timedelta(0)
        assert json.loads(m.attachments) == ["/tmp/paparan.pdf", "C:\\data\\rka.xlsx"]
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "meeting.create")).all()
        assert len(events) == 1 and events[0].entity_uuid == m.uuid


def test_empty_title_is_refused(db) -> None:
    with db.session() as s, pytest.raises(MeetingInvalid, match="Judul rapat wajib diisi"):
        _new(s, title="   ")
    with db.session() as s:
        assert s.exec(select(Meeting)).all() == []


def test_end_before_start_blocks_with_reason(db) -> None:
    with db.session() as s:
        data = MeetingInput(title="Rakor", starts_at=wib(DAY, 10), ends_at=wib(DAY, 9))
        with pytest.raises(MeetingInvalid) as exc:
            meeting_editor.create_meeting(s, data, now=NOW)
        assert "Jam selesai (09.00) harus sesudah jam mulai (10.00)" in str(exc.value)


def test_past_and_overlapping_times_warn_but_save(db) -> None:
    with db.session() as s:
        first = _new(s, "Rakor Ekobang")
        v = meeting_editor.validate(
            s, title="Rakor Bidang Kesra", starts_at=wib(DAY, 11), ends_at=wib(DAY, 13), now=NOW
        )
        assert v.ok
        assert any('Bentrok dengan "Rakor Ekobang"' in w for w in v.warnings)
        later = meeting_editor.validate(
            s, title="Rakor", starts_at=wib(DAY, 12), ends_at=wib(DAY, 13), now=NOW
        )
        assert later.warnings == []  # touching at 12.00 is not an overlap
        past = meeting_editor.validate(
            s, title="Rakor Juli", starts_at=wib(date(2025, 7, 28)), ends_at=None, now=NOW
        )
        assert (
            past.ok
            and "sudah lewat" in past.warnings[0]
            and "Senin, 28 Juli 2025" in past.warnings[0]
        )
        # Saved anyway.
        m = _new(s, "Rakor Bidang Kesra", day=DAY)
        assert m.id != first.id


def test_update_validates_merged_fields(db) -> None:
    with db.session() as s:
        m = _new(s)
        mid = m.id
    with db.session() as s, pytest.raises(MeetingInvalid):
        meeting_editor.update_meeting(s, mid, ends_at=wib(DAY, 8), now=NOW)
    with db.session() as s:
        v = meeting_editor.update_meeting(s, mid, place="  Ruang Rapat Lantai I  ", now=NOW)
        assert v.ok
    with db.session() as s:
        m = s.get(Meeting, mid)
        assert m.place == "Ruang Rapat Lantai I"
        assert to_office(m.ends_at, "WIB").hour == 12  # the refused change left nothing behind


def test_finalized_meeting_refuses_edits_with_reason(db) -> None:
    with db.session() as s:
        m = _new(s)
        m.status = MeetingStatus.FINALIZED
        s.add(m)
        mid = m.id
    with db.session() as s, pytest.raises(MeetingLocked, match="sudah difinalkan.*amandemen"):
        meeting_editor.update_meeting(s, mid, title="Rakor diubah", now=NOW)
    with db.session() as s:
        assert s.get(Meeting, mid).title == "Rakor Agustus"


def test_duplicate_copies_invitees_and_agenda_not_minutes(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _new(s, letter_number="005/123/2025")
        invitees.add_opd_heads(
            s, m.id, [r.org_id("Dinas Kesehatan"), r.org_id("Badan Perencanaan Pembangunan Daerah")]
        )
        item = agenda.add_item(s, m.id, "Evaluasi kinerja triwulan", planned_minutes=30)
        decisions.add_decision(
            s, m.id, "keputusan", "Laporan dikirim tiap tanggal 5", agenda_item_id=item.id
        )
        mid = m.id
    with db.session() as s:
        copy = meeting_editor.duplicate_meeting(s, mid)
        cid = copy.id
    with db.session() as s:
        copy = s.get(Meeting, cid)
        assert copy.starts_at == wib(DAY) + timedelta(days=7)
        assert copy.letter_number == "" and copy.status == MeetingStatus.DRAFT
        inv = s.exec(select(Invitation).where(Invitation.meeting_id == cid)).all()
        assert len(inv) == 2
        tokens = {i.token for i in s.exec(select(Invitation)).all()}
        assert len(tokens) == 4  # every invitation has its own QR token
        items = s.exec(select(AgendaItem).where(AgendaItem.meeting_id == cid)).all()
        assert [i.title for i in items] == ["Evaluasi kinerja triwulan"]
        assert decisions.list_decisions(s, cid) == []


def test_next_of_series_copies_and_carries_open_followups(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        ser = meeting_editor.create_series(
            s,
            "Rakor Penyelenggaraan Pemerintahan Daerah",
            place="Sasana Bhakti Praja",
            agenda_template=[
                "Pembukaan",
                {"title": "Evaluasi kinerja triwulan", "planned_minutes": 45},
            ],
        )
        aug = _new(
            s, "Rakor Agustus", series_id=ser.id, chair_id=r.bupati.id, notulis_id=r.notulis.id
        )
        invitees.add_opd_heads(s, aug.id, [r.org_id("Dinas Kesehatan")])
        invitees.add_all_camat(s, aug.id)
        _, fu_open = decisions.add_directive(
            s,
            aug.id,
            "Percepat penurunan stunting",
            organization_id=r.org_id("Dinas Kesehatan"),
            due_date=date(2025, 9, 30),
        )
        _, fu_done = decisions.add_directive(
            s,
            aug.id,
            "Kirim data IKD",
            organization_id=r.org_id("Badan Perencanaan Pembangunan Daerah"),
        )
        done = s.get(FollowUp, fu_done.id)
        done.status = FollowUpStatus.SELESAI
        s.add(done)
        ser_id, aug_id = ser.id, aug.id
    with db.session(write=True) as s:
        sep = meeting_editor.next_of_series(s, ser_id, now=NOW)
        sep_id = sep.id
    with db.session() as s:
        sep = s.get(Meeting, sep_id)
        aug = s.get(Meeting, aug_id)
        local = to_office(sep.starts_at, "WIB")
        # 25 Aug 2025 is the 4th Monday; the next is the 4th Monday of September.
        assert (local.date(), local.hour) == (date(2025, 9, 22), 9)
        assert sep.ends_at - sep.starts_at == aug.ends_at - aug.starts_at
        assert sep.title == "Rakor Penyelenggaraan Pemerintahan Daerah Bulan September 2025"
        assert (
            sep.place == aug.place
            and sep.chair_id == aug.chair_id
            and sep.notulis_id == aug.notulis_id
        )
        invited = {
            i.person_id for i in s.exec(select(Invitation).where(Invitation.meeting_id == sep_id))
        }
        assert invited == {
            i.person_id for i in s.exec(select(Invitation).where(Invitation.meeting_id == aug_id))
        }
        rows = agenda.list_items(s, sep_id)
        assert [r_.title for r_ in rows] == [
            "Pembukaan",
            meeting_editor.CARRY_OVER_TITLE,
            "Evaluasi kinerja triwulan",
        ]
        assert rows[1].is_carry_over and rows[2].planned_minutes == 45
        note = s.exec(select(Note).where(Note.agenda_item_id == rows[1].id)).one()
        assert "Dinas Kesehatan: Percepat penurunan stunting (batas 30/09/2025)" in note.body
        assert "IKD" not in note.body  # finished follow-ups are not carried
        carried = open_followups_for_series(s, sep.series_id, before=sep.starts_at)
        assert [f.id for f in carried] == [fu_open.id]


def test_next_of_series_without_template_copies_previous_agenda(db) -> None:
    with db.session() as s:
        ser = meeting_editor.create_series(s, "Rakor Ekobang")
        m = _new(s, "Rakor Ekobang Februari", day=date(2026, 2, 9), series_id=ser.id)
        agenda.add_item(s, m.id, "Monev program RPJMD", planned_minutes=60)
        carry = agenda.add_item(s, m.id, meeting_editor.CARRY_OVER_TITLE)
        carry.is_carry_over = True
        s.add(carry)
        gone = agenda.add_item(s, m.id, "Dihapus")
        agenda.delete_item(s, gone.id)
        nxt = meeting_editor.next_of_series(s, ser.id, now=NOW)
        assert [r.title for r in agenda.list_items(s, nxt.id)] == ["Monev program RPJMD"]
        # 9 Feb 2026 is the 2nd Monday; 9 March 2026 is the 2nd Monday of March.
        assert to_office(nxt.starts_at, "WIB").date() == date(2026, 3, 9)


def test_next_of_empty_series_needs_a_date(db) -> None:
    with db.session() as s:
        ser = meeting_editor.create_series(s, "Rakor Baru")
        with pytest.raises(MeetingInvalid, match="isi tanggal"):
            meeting_editor.next_of_series(s, ser.id, now=NOW)
        m = meeting_editor.next_of_series(s, ser.id, starts_at=wib(DAY), now=NOW)
        assert m.title == "Rakor Baru Bulan Agustus 2025"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (date(2025, 8, 25), date(2025, 9, 22)),  # 4th Monday
        (date(2025, 9, 29), date(2025, 10, 27)),  # last Monday stays last
        (date(2025, 12, 1), date(2026, 1, 5)),  # year boundary, 1st Monday
        (date(2026, 2, 9), date(2026, 3, 9)),
    ],
)
def test_same_weekday_next_month(given: date, expected: date) -> None:
    local = to_office(wib(given), "WIB")
    nxt = meeting_editor.same_weekday_next_month(local)
    assert nxt.date() == expected and nxt.weekday() == given.weekday() and nxt.hour == 9


def test_series_lookup_and_template(db) -> None:
    with db.session() as s:
        ser = meeting_editor.create_series(s, "Rakor Bulanan")
        assert meeting_editor.find_series(s, str(ser.id)).id == ser.id
        assert meeting_editor.find_series(s, "rakor bulanan").id == ser.id
        assert meeting_editor.find_series(s, "Rakor Lain") is None
        with pytest.raises(ValueError, match="sudah ada"):
            meeting_editor.create_series(s, "Rakor Bulanan")
        m = _new(s, series_id=ser.id)
        agenda.add_item(s, m.id, "Pembukaan", planned_minutes=5)
        agenda.add_item(s, m.id, "Penyerapan anggaran", planned_minutes=40)
        meeting_editor.save_agenda_as_template(s, m.id)
        assert [t["title"] for t in meeting_editor.template_items(ser)] == [
            "Pembukaan",
            "Penyerapan anggaran",
        ]


def test_opening_remarks_autosave_is_not_audited_per_save(db) -> None:
    with db.session() as s:
        m = _new(s)
        for text in ("Bupati", "Bupati membuka", "Bupati membuka rapat"):
            meeting_editor.update_meeting(s, m.id, opening_remarks=text, now=NOW)
        meeting_editor.update_meeting(s, m.id, place="Pendopo", now=NOW)
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "meeting.update")).all()
        assert [json.loads(e.detail)["fields"] for e in events] == [["place"]]
        assert s.get(Meeting, m.id).opening_remarks == "Bupati membuka rapat"


def test_next_of_series_keeps_presenters_and_fits_the_carry_over_in_the_time(db) -> None:
    """Issue 15: the next Rakor lost every presenter, and 14 open directives gave the
    carry-over 28 minutes on top of a full three hours."""
    with db.session() as s:
        r = build_regency(s)
        ser = meeting_editor.create_series(
            s,
            "Rakor Penyelenggaraan Pemerintahan Daerah",
            agenda_template=[
                {"title": "Pembukaan oleh Bupati", "planned_minutes": 15},
                {"title": "Evaluasi capaian kinerja", "planned_minutes": 150},
            ],
        )
        aug = _new(s, "Rakor Agustus", series_id=ser.id)  # 09.00-12.00: 180 minutes
        agenda.add_item(s, aug.id, "Pembukaan oleh Bupati", presenter_id=r.bupati.id)
        carry = agenda.add_item(s, aug.id, meeting_editor.CARRY_OVER_TITLE)
        carry.is_carry_over, carry.presenter_id = True, r.notulis.id
        s.add(carry)
        health = r.org_id("Dinas Kesehatan")
        agenda.add_item(s, aug.id, "evaluasi capaian kinerja", presenter_org_id=health)
        for n in range(14):
            decisions.add_directive(s, aug.id, f"Arahan {n}", organization_id=health)
        nxt = meeting_editor.next_of_series(s, ser.id, now=NOW)
        rows = agenda.list_items(s, nxt.id)
        by_title = {row.title: row for row in rows}
        assert by_title["Pembukaan oleh Bupati"].presenter_id == r.bupati.id
        assert by_title["Evaluasi capaian kinerja"].presenter_org_id == health
        carried = by_title[meeting_editor.CARRY_OVER_TITLE]
        assert carried.presenter_id == r.notulis.id
        assert carried.planned_minutes == 15  # what 15 + 150 leave of 180, not 28
        assert sum(row.planned_minutes for row in rows) == 180
