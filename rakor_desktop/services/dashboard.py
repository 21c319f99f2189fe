"""What the home page (Beranda) shows, gathered in a handful of small queries.

This runs on the startup path, before the first window is painted, so it avoids
loading rows it only counts: follow-ups are grouped by (status, due date) and the
"terlambat" derivation is applied to the groups, not to every row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from rakor_desktop.domain.enums import FollowUpStatus, MeetingStatus, TimeZoneName
from rakor_desktop.domain.models import (
    Attendance,
    FollowUp,
    Invitation,
    Meeting,
    MeetingSeries,
    Organization,
    Person,
)
from rakor_desktop.domain.timefmt import office_tz
from rakor_desktop.services.followups import OPEN_STATUSES, effective_status, office_today
from rakor_desktop.services.office import get_office

RECENT_LIMIT = 5
TOP_OVERDUE_LIMIT = 5
_DONE_STATUSES = (MeetingStatus.CLOSED.value, MeetingStatus.FINALIZED.value)


@dataclass(frozen=True, slots=True)
class MeetingCard:
    """One meeting as the home page shows it (next meeting or a recent one)."""

    id: int
    title: str
    series: str | None
    starts_at: datetime
    place: str
    status: str
    invited: int
    attended: int

    @property
    def attendance_rate(self) -> float | None:
        """Share of invitees who came; None when nobody was invited (no 0/0)."""
        if self.invited <= 0:
            return None
        return min(self.attended, self.invited) / self.invited


@dataclass(frozen=True, slots=True)
class FollowUpCounts:
    open: int = 0  # belum + dalam proses, overdue included
    overdue: int = 0  # open and past the due day (derived, never stored)
    done: int = 0
    cancelled: int = 0

    @property
    def total(self) -> int:
        return self.open + self.done + self.cancelled


@dataclass(frozen=True, slots=True)
class DashboardSummary:
    office_name: str
    unit_name: str
    zone: str
    today: date
    next_meeting: MeetingCard | None
    followups: FollowUpCounts
    recent: list[MeetingCard] = field(default_factory=list)
    overdue_by_org: list[tuple[str, int]] = field(default_factory=list)
    people: int = 0
    organizations: int = 0
    meetings: int = 0


def _counts_subqueries():  # noqa: ANN202
    invited = (
        select(Invitation.meeting_id, func.count().label("n"))
        .group_by(Invitation.meeting_id)
        .subquery()
    )
    attended = (
        select(Attendance.meeting_id, func.count().label("n"))
        .group_by(Attendance.meeting_id)
        .subquery()
    )
    return invited, attended


def _meeting_cards_stmt():  # noqa: ANN202
    invited, attended = _counts_subqueries()
    return (
        select(
            Meeting.id,
            Meeting.title,
            MeetingSeries.name,
            Meeting.starts_at,
            Meeting.place,
            Meeting.status,
            func.coalesce(invited.c.n, 0),
            func.coalesce(attended.c.n, 0),
        )
        .join(MeetingSeries, Meeting.series_id == MeetingSeries.id, isouter=True)
        .join(invited, invited.c.meeting_id == Meeting.id, isouter=True)
        .join(attended, attended.c.meeting_id == Meeting.id, isouter=True)
    )


def _card(row) -> MeetingCard:  # noqa: ANN001
    mid, title, series, starts_at, place, status, invited, attended = row
    return MeetingCard(
        id=int(mid),
        title=title,
        series=series,
        starts_at=starts_at,
        place=place,
        status=status,
        invited=int(invited),
        attended=int(attended),
    )


def followup_counts(session: Session, today: date) -> FollowUpCounts:
    """Counts by effective status, from one GROUP BY (status, due date)."""
    rows = session.exec(
        select(FollowUp.status, FollowUp.due_date, func.count()).group_by(
            FollowUp.status, FollowUp.due_date
        )
    ).all()
    open_, overdue, done, cancelled = 0, 0, 0, 0
    for stored, due, n in rows:
        try:
            status = effective_status(stored, due, today)
        except ValueError:  # an unknown stored status must not break the home page
            continue
        if status is FollowUpStatus.TERLAMBAT:
            overdue += n
            open_ += n
        elif status.value in OPEN_STATUSES:
            open_ += n
        elif status is FollowUpStatus.SELESAI:
            done += n
        elif status is FollowUpStatus.DIBATALKAN:
            cancelled += n
    return FollowUpCounts(open=open_, overdue=overdue, done=done, cancelled=cancelled)


def dashboard_summary(session: Session, now: datetime) -> DashboardSummary:
    """Everything the home page needs; ``now`` is aware (UTC or any zone)."""
    office = get_office(session)
    zone = TimeZoneName(office.time_zone).value
    today = office_today(now, zone)
    start_of_today = datetime.combine(today, time.min, tzinfo=office_tz(zone))

    people, organizations, meetings = session.exec(
        select(
            select(func.count()).select_from(Person).where(Person.active == True)  # noqa: E712
            .scalar_subquery(),
            select(func.count()).select_from(Organization)
            .where(Organization.active == True)  # noqa: E712
            .scalar_subquery(),
            select(func.count()).select_from(Meeting).scalar_subquery(),
        )
    ).one()

    # The next meeting: today's (even if it already started) or the first one after,
    # unless it is already closed.
    next_row = session.exec(
        _meeting_cards_stmt()
        .where(Meeting.starts_at >= start_of_today)
        .where(Meeting.status.not_in(_DONE_STATUSES))
        .order_by(Meeting.starts_at)
        .limit(1)
    ).first()
    next_card = _card(next_row) if next_row else None

    recent_stmt = _meeting_cards_stmt().where(Meeting.starts_at < now)
    if next_card is not None:
        recent_stmt = recent_stmt.where(Meeting.id != next_card.id)
    recent = [
        _card(r)
        for r in session.exec(
            recent_stmt.order_by(Meeting.starts_at.desc()).limit(RECENT_LIMIT)
        ).all()
    ]

    # Overdue per OPD: open and due strictly before today (same rule as effective_status).
    overdue_rows = session.exec(
        select(func.coalesce(Organization.short_name, ""), Organization.name, func.count())
        .select_from(FollowUp)
        .join(Organization, FollowUp.organization_id == Organization.id, isouter=True)
        .where(FollowUp.status.in_(OPEN_STATUSES))
        .where(FollowUp.due_date < today)
        .group_by(Organization.id)
        .order_by(func.count().desc(), Organization.name)
        .limit(TOP_OVERDUE_LIMIT)
    ).all()
    overdue_by_org = [((short or name or "-"), int(n)) for short, name, n in overdue_rows]

    return DashboardSummary(
        office_name=office.regency_name,
        unit_name=office.unit_name,
        zone=zone,
        today=today,
        next_meeting=next_card,
        followups=followup_counts(session, today),
        recent=recent,
        overdue_by_org=overdue_by_org,
        people=int(people),
        organizations=int(organizations),
        meetings=int(meetings),
    )


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    """A follow-up as the simple list shows it (the full page lives in ui/followups)."""

    id: int
    action: str
    problem: str
    organization: str
    due_date: date | None
    status: FollowUpStatus
    meeting_title: str


def followup_lines(
    session: Session, now: datetime, *, limit: int = 500, open_only: bool = False
) -> list[FollowUpLine]:
    """Follow-ups with their effective status; open ones first, then by due date."""
    zone = get_office(session).time_zone
    today = office_today(now, zone)
    stmt = (
        select(FollowUp, Organization.name, Meeting.title)
        .join(Meeting, FollowUp.meeting_id == Meeting.id)
        .join(Organization, FollowUp.organization_id == Organization.id, isouter=True)
    )
    if open_only:
        stmt = stmt.where(FollowUp.status.in_(OPEN_STATUSES))
    stmt = stmt.order_by(
        FollowUp.status.not_in(OPEN_STATUSES),
        FollowUp.due_date.is_(None),
        FollowUp.due_date,
        FollowUp.id,
    ).limit(limit)
    out = []
    for fu, org, title in session.exec(stmt).all():
        try:
            status = effective_status(fu.status, fu.due_date, today)
        except ValueError:
            status = FollowUpStatus.BELUM
        out.append(
            FollowUpLine(
                id=fu.id or 0,
                action=fu.action or fu.problem,
                problem=fu.problem,
                organization=org or "",
                due_date=fu.due_date,
                status=status,
                meeting_title=title,
            )
        )
    return out


def days_until(day: date, today: date) -> int:
    """Whole days from ``today`` to ``day`` (negative when past)."""
    return (day - today) // timedelta(days=1)
