"""Small builders for follow-up, trend and dashboard tests (real rows, real SQLite).

Kept apart from the demo data on purpose: these tests state exactly which meetings,
follow-ups and reports exist, so every expected number can be read off the test.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from rakor_desktop.domain.models import (
    Attendance,
    FollowUp,
    Invitation,
    Meeting,
    MeetingSeries,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.timefmt import office_datetime
from rakor_desktop.services.attendance.invitations import new_token

WIB = "WIB"


def at_wib(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return office_datetime(day, time(hour, minute), WIB).astimezone(UTC)


def org(s: Session, name: str, short: str = "") -> Organization:
    o = Organization(name=name, short_name=short)
    s.add(o)
    s.flush()
    return o


def series(s: Session, name: str = "Rakor Bulanan") -> MeetingSeries:
    ms = MeetingSeries(name=name)
    s.add(ms)
    s.flush()
    return ms


def meeting(s: Session, day: date, ser: MeetingSeries | None = None, title: str = "") -> Meeting:
    m = Meeting(
        title=title or f"Rakor {day:%B %Y}",
        series_id=ser.id if ser else None,
        starts_at=at_wib(day),
        ends_at=at_wib(day, 12),
        place="Sasana Bhakti Praja",
    )
    s.add(m)
    s.flush()
    return m


def followup(
    s: Session,
    m: Meeting,
    o: Organization | None,
    action: str = "Tindak lanjut",
    *,
    due: date | None = None,
    status: str = "belum",
    percent: int = 0,
    problem: str = "",
    completed_at: datetime | None = None,
) -> FollowUp:
    fu = FollowUp(
        meeting_id=m.id,
        series_id=m.series_id,
        organization_id=o.id if o else None,
        problem=problem or f"Permasalahan: {action}",
        action=action,
        due_date=due,
        status=status,
        percent=percent,
        completed_at=completed_at,
    )
    s.add(fu)
    s.flush()
    return fu


def report(
    s: Session,
    m: Meeting,
    o: Organization,
    budget: float | None,
    physical: float | None,
    indicators: dict | None = None,
) -> OpdReport:
    r = OpdReport(
        meeting_id=m.id,
        organization_id=o.id,
        budget_pct=budget,
        physical_pct=physical,
        indicators=json.dumps(indicators or {}),
    )
    s.add(r)
    s.flush()
    return r


def person(s: Session, name: str, o: Organization | None) -> Person:
    p = Person(full_name=name, organization_id=o.id if o else None, is_head=True)
    s.add(p)
    s.flush()
    return p


def invite(
    s: Session, m: Meeting, p: Person, *, came: bool, delegate: Person | None = None
) -> Invitation:
    """An invitation; ``came`` records a check-in (by ``delegate`` when given)."""
    inv = Invitation(
        meeting_id=m.id, person_id=p.id, organization_id=p.organization_id, token=new_token()
    )
    s.add(inv)
    s.flush()
    if came:
        who = delegate or p
        s.add(
            Attendance(
                meeting_id=m.id,
                person_id=who.id,
                invitation_id=inv.id if delegate is None else None,
                delegate_for_id=p.id if delegate is not None else None,
                checked_in_at=m.starts_at - timedelta(minutes=5),
            )
        )
        s.flush()
    return inv
