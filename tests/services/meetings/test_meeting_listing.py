"""The paged, filtered, sorted listing behind the meetings list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from meeting_data import wib

from rakor_desktop.domain.models import Attendance, Invitation, Meeting, MeetingSeries, Person
from rakor_desktop.services.meetings.listing import (
    MeetingFilter,
    count_meetings,
    list_meetings,
    query_meetings,
)


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


def _fill(s) -> MeetingSeries:
    ser = MeetingSeries(name="Rakor Ekobang")
    s.add(ser)
    p1, p2 = Person(full_name="A"), Person(full_name="B")
    s.add_all([p1, p2])
    s.flush()
    start = date(2025, 1, 6)
    for i in range(30):
        m = Meeting(
            title=f"Rakor {i:02d}",
            starts_at=wib(start + timedelta(days=7 * i)),
            place="Sasana Bhakti Praja" if i % 2 else "Ruang Rapat Lantai I",
            series_id=ser.id if i % 3 == 0 else None,
            status="closed" if i < 20 else "draft",
        )
        s.add(m)
        s.flush()
        if i == 4:
            for p in (p1, p2):
                inv = Invitation(meeting_id=m.id, person_id=p.id, token=f"tok{i}{p.id}")
                s.add(inv)
                s.flush()
                s.add(
                    Attendance(
                        meeting_id=m.id,
                        person_id=p.id,
                        invitation_id=inv.id,
                        checked_in_at=m.starts_at,
                    )
                )
    s.flush()
    return ser


def test_pages_and_counts_match_full_listing(db) -> None:
    with db.session() as s:
        _fill(s)
        full = list_meetings(s)
        pages = query_meetings(s, limit=7, offset=0) + query_meetings(s, limit=7, offset=7)
        pages += query_meetings(s, limit=100, offset=14)
        assert [p.id for p in pages] == [f.id for f in full]
        assert [(p.invited, p.attended) for p in pages] == [(f.invited, f.attended) for f in full]
        assert count_meetings(s) == 30


def test_filters_and_sort(db) -> None:
    with db.session() as s:
        ser = _fill(s)
        assert count_meetings(s, MeetingFilter(series_id=ser.id)) == 10
        assert count_meetings(s, MeetingFilter(status="draft")) == 10
        flt = MeetingFilter(date_from=wib(date(2025, 2, 1)), date_to=wib(date(2025, 3, 1)))
        assert [m.title for m in query_meetings(s, flt, descending=False)] == [
            "Rakor 04",
            "Rakor 05",
            "Rakor 06",
            "Rakor 07",
        ]
        assert count_meetings(s, MeetingFilter(text="sasana")) == 15
        assert count_meetings(s, MeetingFilter(text="ekobang")) == 10  # series name
        assert count_meetings(s, MeetingFilter(text="100%")) == 0  # LIKE wildcards escaped
        by_title = query_meetings(s, sort="title", descending=False, limit=3)
        assert [m.title for m in by_title] == ["Rakor 00", "Rakor 01", "Rakor 02"]
        top = query_meetings(s, sort="attended", descending=True, limit=1)[0]
        assert (top.title, top.attended) == ("Rakor 04", 2)
