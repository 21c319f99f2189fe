"""The home page summary: counts by effective status, next and recent meetings, OPD ranking."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from rakor_desktop.domain.enums import FollowUpStatus, MeetingStatus
from rakor_desktop.domain.models import Attendance, FollowUp, Invitation, Meeting, Organization
from rakor_desktop.services.attendance.invitations import new_token
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.services.insight.dashboard import (
    dashboard_summary,
    followup_counts,
    followup_lines,
)
from rakor_desktop.services.office.settings import update_office


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


def _meeting(
    s, title: str, starts: datetime, status: MeetingStatus = MeetingStatus.SCHEDULED
) -> Meeting:
    m = Meeting(title=title, starts_at=starts, status=status, place="Sasana Bhakti Praja")
    s.add(m)
    s.flush()
    return m


def test_empty_database(db) -> None:
    with db.session() as s:
        summary = dashboard_summary(s, datetime(2025, 8, 20, tzinfo=UTC))
    assert summary.next_meeting is None
    assert summary.recent == []
    assert summary.followups.open == summary.followups.overdue == 0
    assert (summary.people, summary.organizations, summary.meetings) == (0, 0, 0)


def test_summary_figures(db) -> None:
    now = datetime(2025, 8, 20, 3, 0, tzinfo=UTC)  # 10.00 WIB on 20 August
    with db.session(write=True) as s:
        dinas = Organization(name="Dinas Kesehatan", short_name="Dinkes")
        camat = Organization(name="Kecamatan Taman")
        s.add_all([dinas, camat])
        s.flush()
        people = [create_person(s, f"Pegawai {i}", organization_id=dinas.id) for i in range(4)]
        past = _meeting(s, "Rakor Juli", datetime(2025, 7, 28, 2, tzinfo=UTC), MeetingStatus.CLOSED)
        for i, p in enumerate(people):
            inv = Invitation(meeting_id=past.id, person_id=p.id, token=new_token())
            s.add(inv)
            s.flush()
            if i < 3:
                s.add(
                    Attendance(
                        meeting_id=past.id,
                        person_id=p.id,
                        invitation_id=inv.id,
                        checked_in_at=datetime(2025, 7, 28, 2, 5, tzinfo=UTC),
                    )
                )
        # Started two hours ago today, still running: it is "the next meeting", not a recent one.
        today = _meeting(
            s, "Rakor Agustus", datetime(2025, 8, 20, 1, tzinfo=UTC), MeetingStatus.IN_PROGRESS
        )
        _meeting(s, "Rakor September", datetime(2025, 9, 29, 2, tzinfo=UTC))
        for org, due, status in (
            (dinas, date(2025, 8, 19), FollowUpStatus.BELUM),  # overdue since today
            (dinas, date(2025, 8, 1), FollowUpStatus.DALAM_PROSES),  # overdue
            (camat, date(2025, 8, 1), FollowUpStatus.BELUM),  # overdue
            (dinas, date(2025, 8, 20), FollowUpStatus.BELUM),  # due today: not yet late
            (dinas, None, FollowUpStatus.BELUM),
            (camat, date(2025, 7, 1), FollowUpStatus.SELESAI),
            (camat, date(2025, 7, 1), FollowUpStatus.DIBATALKAN),
        ):
            s.add(
                FollowUp(
                    meeting_id=past.id,
                    organization_id=org.id,
                    action="x",
                    due_date=due,
                    status=status,
                )
            )
    with db.session() as s:
        summary = dashboard_summary(s, now)
    assert summary.next_meeting is not None and summary.next_meeting.id == today.id
    assert [m.title for m in summary.recent] == ["Rakor Juli"]
    assert summary.recent[0].invited == 4 and summary.recent[0].attended == 3
    assert summary.recent[0].attendance_rate == 0.75
    fu = summary.followups
    assert (fu.open, fu.overdue, fu.done, fu.cancelled) == (5, 3, 1, 1)
    assert summary.overdue_by_org == [("Dinkes", 2), ("Kecamatan Taman", 1)]
    assert (summary.people, summary.organizations, summary.meetings) == (4, 2, 3)
    assert summary.today == date(2025, 8, 20)

    with db.session() as s:
        lines = followup_lines(s, now, open_only=True)
    assert len(lines) == 5
    assert lines[0].status is FollowUpStatus.TERLAMBAT  # earliest due first
    assert lines[-1].due_date is None


def test_overdue_follows_the_office_zone(db) -> None:
    # 23.30 UTC on 19 August is already 20 August in WIT (UTC+9), still the 19th in UTC.
    now = datetime(2025, 8, 19, 23, 30, tzinfo=UTC)
    with db.session(write=True) as s:
        m = _meeting(s, "Rakor", datetime(2025, 8, 1, 2, tzinfo=UTC))
        s.add(FollowUp(meeting_id=m.id, action="x", due_date=date(2025, 8, 19)))
    with db.session() as s:
        assert followup_counts(s, date(2025, 8, 19)).overdue == 0
        update_office(s, time_zone="WIT")
    with db.session() as s:
        assert dashboard_summary(s, now).followups.overdue == 1


def test_beranda_agrees_with_itself(db) -> None:
    """Issue 15 item 10: the card said 6 overdue while "Terlambat per OPD" listed 5, and a
    meeting showed "20/16 hadir" (walk-ins counted as invitees)."""
    now = datetime(2025, 8, 20, 3, 0, tzinfo=UTC)
    with db.session(write=True) as s:
        orgs = [Organization(name=f"Kecamatan {i}") for i in range(7)]
        s.add_all(orgs)
        s.flush()
        past = _meeting(s, "Rakor Juli", datetime(2025, 7, 28, 2, tzinfo=UTC), MeetingStatus.CLOSED)
        for org in orgs:  # seven OPDs with one overdue each: more than the top list holds
            s.add(FollowUp(meeting_id=past.id, organization_id=org.id, action="x",
                           due_date=date(2025, 8, 1), status=FollowUpStatus.BELUM))  # fmt: skip
        invited = [create_person(s, f"Undangan {i}", organization_id=orgs[0].id) for i in range(2)]
        guests = [create_person(s, f"Tamu {i}") for i in range(3)]
        for p in invited:
            inv = Invitation(meeting_id=past.id, person_id=p.id, token=new_token())
            s.add(inv)
            s.flush()
            s.add(Attendance(meeting_id=past.id, person_id=p.id, invitation_id=inv.id,
                             checked_in_at=datetime(2025, 7, 28, 2, 5, tzinfo=UTC)))  # fmt: skip
        s.add(Invitation(meeting_id=past.id, person_id=guests[0].id, token=new_token()))
        for p in guests[1:]:  # two walk-ins
            s.add(Attendance(meeting_id=past.id, person_id=p.id, is_walk_in=True,
                             checked_in_at=datetime(2025, 7, 28, 2, 9, tzinfo=UTC)))  # fmt: skip
    with db.session() as s:
        summary = dashboard_summary(s, now)
    listed = sum(n for _, n in summary.overdue_by_org)
    assert listed + summary.overdue_elsewhere == summary.followups.overdue == 7
    assert summary.overdue_elsewhere == 2
    card = summary.recent[0]
    assert (card.attended, card.invited) == (2, 3)  # walk-ins are not invitees
