"""What the home page (Beranda) shows, gathered in a handful of small queries.

This runs on the startup path, before the first window is painted, so it avoids
loading rows it only counts: follow-ups are grouped by (status, due date) and the
"terlambat" derivation is applied to the groups, not to every row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Boolean, Date, bindparam, column, text
from sqlmodel import Session, col, select

from rakor_desktop.domain.enums import FollowUpStatus, MeetingStatus, TimeZoneName
from rakor_desktop.domain.models import FollowUp, Meeting, Organization
from rakor_desktop.domain.timefmt import office_tz
from rakor_desktop.domain.types import UTCDateTime
from rakor_desktop.services.followups.query import OPEN_STATUSES, effective_status, office_today
from rakor_desktop.services.office.settings import get_office

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
    # Overdue follow-ups of the OPDs beyond the top list, so the list adds up to the card.
    overdue_elsewhere: int = 0
    people: int = 0
    organizations: int = 0
    meetings: int = 0


# "attended" is the charts' rule (insight/charts._came): invitations covered in person or
# by a recorded delegate, never walk-ins, so a card cannot say 20/16 (issue 15 item 10).
# The home page is painted before anything else, in a fresh process where SQLAlchemy
# has compiled nothing yet; compiling ORM selects with subqueries costs more than
# running them. These statements are plain SQL (portable: SQLite and PostgreSQL) with
# typed parameters and results, so they skip most of that first-use cost.
_CARDS = """
SELECT m.id, m.title, s.name AS series, m.starts_at, m.place, m.status,
       (SELECT COUNT(*) FROM invitation i WHERE i.meeting_id = m.id) AS invited,
       (SELECT COUNT(*) FROM invitation i WHERE i.meeting_id = m.id AND (
          EXISTS (SELECT 1 FROM attendance a
                  WHERE a.meeting_id = i.meeting_id AND a.person_id = i.person_id)
          OR EXISTS (SELECT 1 FROM attendance a
                     WHERE a.meeting_id = i.meeting_id AND a.delegate_for_id = i.person_id)
       )) AS attended
FROM meeting m LEFT JOIN meeting_series s ON s.id = m.series_id
"""
_NEXT_SQL = (
    text(
        _CARDS + "WHERE m.starts_at >= :start AND m.status NOT IN (:closed, :final) "
        "ORDER BY m.starts_at LIMIT 1"
    )
    .bindparams(bindparam("start", type_=UTCDateTime()))
    .columns(starts_at=UTCDateTime())
)
_RECENT_SQL = (
    text(
        _CARDS
        + "WHERE m.starts_at < :now AND m.id <> :exclude ORDER BY m.starts_at DESC LIMIT :limit"
    )
    .bindparams(bindparam("now", type_=UTCDateTime()))
    .columns(starts_at=UTCDateTime())
)
_COUNTS_SQL = text(
    "SELECT (SELECT COUNT(*) FROM person WHERE active = :yes), "
    "(SELECT COUNT(*) FROM organization WHERE active = :yes), "
    "(SELECT COUNT(*) FROM meeting)"
).bindparams(bindparam("yes", type_=Boolean()))
_FOLLOWUP_GROUPS_SQL = text(
    "SELECT status, due_date, COUNT(*) FROM follow_up GROUP BY status, due_date"
).columns(column("status"), column("due_date", Date()), column("n"))
_OVERDUE_BY_ORG_SQL = text(
    "SELECT o.short_name, o.name, COUNT(*) AS n FROM follow_up f "
    "LEFT JOIN organization o ON o.id = f.organization_id "
    "WHERE f.status IN (:belum, :proses) AND f.due_date < :today "
    "GROUP BY o.id, o.short_name, o.name ORDER BY n DESC, o.name LIMIT :limit"
).bindparams(bindparam("today", type_=Date()))


def _card(row) -> MeetingCard:
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
    rows = session.connection().execute(_FOLLOWUP_GROUPS_SQL).all()
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

    conn = session.connection()
    people, organizations, meetings = conn.execute(_COUNTS_SQL, {"yes": True}).one()

    # The next meeting: today's (even if it already started) or the first one after,
    # unless it is already closed.
    next_row = conn.execute(
        _NEXT_SQL,
        {"start": start_of_today, "closed": _DONE_STATUSES[0], "final": _DONE_STATUSES[1]},
    ).first()
    next_card = _card(next_row) if next_row else None
    recent = [
        _card(r)
        for r in conn.execute(
            _RECENT_SQL,
            {"now": now, "exclude": next_card.id if next_card else -1, "limit": RECENT_LIMIT},
        ).all()
    ]

    # Overdue per OPD: open and due strictly before today (same rule as effective_status).
    overdue_rows = conn.execute(
        _OVERDUE_BY_ORG_SQL,
        {
            "belum": OPEN_STATUSES[0],
            "proses": OPEN_STATUSES[1],
            "today": today,
            "limit": TOP_OVERDUE_LIMIT,
        },
    ).all()
    overdue_by_org = [((short or name or "-"), int(n)) for short, name, n in overdue_rows]
    counts = followup_counts(session, today)

    return DashboardSummary(
        office_name=office.regency_name,
        unit_name=office.unit_name,
        zone=zone,
        today=today,
        next_meeting=next_card,
        followups=counts,
        recent=recent,
        overdue_by_org=overdue_by_org,
        overdue_elsewhere=max(counts.overdue - sum(n for _, n in overdue_by_org), 0),
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
        .join(Meeting, col(FollowUp.meeting_id) == col(Meeting.id))
        .join(Organization, col(FollowUp.organization_id) == col(Organization.id), isouter=True)
    )
    if open_only:
        stmt = stmt.where(col(FollowUp.status).in_(OPEN_STATUSES))
    stmt = stmt.order_by(
        col(FollowUp.status).not_in(OPEN_STATUSES),
        col(FollowUp.due_date).is_(None),
        col(FollowUp.due_date),
        col(FollowUp.id),
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
