"""Inviting OPD heads, all camat, saved groups and single persons; removing; absences."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_data import build_regency, wib
from sqlmodel import select

from rakor_desktop.domain.models import Attendance, Invitation, Meeting
from rakor_desktop.services.attendance import invitees
from rakor_desktop.services.meetings.close import MeetingLocked
from rakor_desktop.services.meetings.listing import list_invitees


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


DAY = date(2025, 8, 25)


def _meeting(s) -> Meeting:
    m = Meeting(title="Rakor", starts_at=wib(DAY))
    s.add(m)
    s.flush()
    return m


def test_opd_heads_and_missing_head_reported(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        res = invitees.add_opd_heads(
            s, m.id, [r.org_id("Dinas Kesehatan"), r.org_id("Dinas Sosial")]
        )
        assert res.added == [r.head_id("Dinas Kesehatan")]
        assert res.orgs_without_head == ["Dinas Sosial"]
        assert "tanpa kepala tercatat: Dinas Sosial" in res.message()
        again = invitees.add_opd_heads(s, m.id, [r.org_id("Dinas Kesehatan")])
        assert again.added == [] and again.already == [r.head_id("Dinas Kesehatan")]
        inv = s.exec(select(Invitation).where(Invitation.meeting_id == m.id)).one()
        assert inv.organization_id == r.org_id("Dinas Kesehatan") and len(inv.token) == 16


def test_all_camat(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        res = invitees.add_all_camat(s, m.id)
        names = {row.organization for row in list_invitees(s, m.id)}
        assert names == {"Kecamatan Pemalang", "Kecamatan Taman", "Kecamatan Petarukan"}
        assert len(res.added) == 3
        assert set(res.added) == {r.head_id(n) for n in names}


def test_saved_group_with_orgs_and_persons(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        g = invitees.save_group(
            s,
            "OPD di bawah Asisten II",
            [
                r.org_id("Dinas Pekerjaan Umum dan Penataan Ruang"),
                r.org_id("Badan Perencanaan Pembangunan Daerah"),
            ],
            [r.staff["Dinas Kesehatan"].id],
        )
        # Saving under the same name replaces the group.
        g2 = invitees.save_group(
            s,
            "OPD di bawah Asisten II",
            [r.org_id("Dinas Pekerjaan Umum dan Penataan Ruang")],
            [r.staff["Dinas Kesehatan"].id],
        )
        assert g2.id == g.id
        res = invitees.add_group(s, m.id, g.id)
        assert set(res.added) == {
            r.head_id("Dinas Pekerjaan Umum dan Penataan Ruang"),
            r.staff["Dinas Kesehatan"].id,
        }
        with pytest.raises(invitees.InviteeError):
            invitees.save_group(s, " ", [])


def test_resolve_person_by_id_or_nip(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        assert invitees.resolve_person(s, str(r.notulis.id)).id == r.notulis.id
        assert invitees.resolve_person(s, "19900115 201503 2 002").id == r.notulis.id
        assert invitees.resolve_person(s, "Rina") is None
        assert invitees.resolve_person(s, "999999") is None


def test_remove_refused_after_check_in(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        invitees.add_persons(s, m.id, [r.notulis.id, r.bupati.id])
        inv = s.exec(select(Invitation).where(Invitation.person_id == r.bupati.id)).one()
        s.add(
            Attendance(
                meeting_id=m.id,
                person_id=r.bupati.id,
                invitation_id=inv.id,
                checked_in_at=wib(DAY, 8),
            )
        )
        s.flush()
        invitees.remove_invitee(s, m.id, r.notulis.id)
        with pytest.raises(invitees.InviteeError, match="sudah registrasi hadir"):
            invitees.remove_invitee(s, m.id, r.bupati.id)
        assert [row.person_id for row in list_invitees(s, m.id)] == [r.bupati.id]


def test_absence_status(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        invitees.add_persons(s, m.id, [r.notulis.id])
        invitees.set_absence(s, m.id, r.notulis.id, "izin", "  cuti melahirkan ")
        row = list_invitees(s, m.id)[0]
        assert row.absence_status == "izin"
        with pytest.raises(invitees.InviteeError, match="registrasi"):
            invitees.set_absence(s, m.id, r.notulis.id, "hadir")
        with pytest.raises(ValueError):
            invitees.set_absence(s, m.id, r.notulis.id, "bolos")


def test_finalized_meeting_refuses_new_invitees(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        m = _meeting(s)
        m.status = "finalized"
        s.add(m)
        with pytest.raises(MeetingLocked):
            invitees.add_persons(s, m.id, [r.notulis.id])
