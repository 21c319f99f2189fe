"""The numbers behind the Beranda charts, aggregated in SQL.

Each chart is one GROUP BY query returning a few dozen rows, never thousands of
follow-ups or check-ins pulled into Python: the dashboard is the first page a user
sees and is drawn on a municipal laptop with 5,000 follow-ups and 60 meetings.

Counts "as of a meeting" are reconstructed from stored facts: a follow-up was open
at a meeting when it came from an earlier meeting and had not been closed before
that meeting started (``completed_at``, or its last change for a cancelled one),
and overdue when its due day was before the meeting's day in the office zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import Date, and_, case, exists, func, literal, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from rakor_desktop.db.sql import select_row, stored_id
from rakor_desktop.domain.enums import FollowUpStatus, MeetingStatus
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    FollowUp,
    Invitation,
    Meeting,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.timefmt import office_datetime
from rakor_desktop.domain.types import UTCDateTime
from rakor_desktop.services.followups.query import OPEN_STATUSES, office_today
from rakor_desktop.services.office.settings import office_zone

#: Meetings shown on the trend charts: a year of monthly Rakor reads well on one axis.
DEFAULT_LAST_N = 12
MAX_MEETINGS = 200  # the overdue trend puts one CASE branch per meeting in its query
_DONE = (MeetingStatus.CLOSED.value, MeetingStatus.FINALIZED.value)


# ------------------------------------------------------------------ data shapes


@dataclass(frozen=True, slots=True)
class MeetingRef:
    """A meeting as a chart category: id, short label and its day in the office zone."""

    id: int
    title: str
    starts_at: datetime
    day: date

    @property
    def label(self) -> str:
        return short_month_label(self.day)


@dataclass(frozen=True, slots=True)
class OpdCompletion:
    organization_id: int | None
    organization: str
    short_name: str
    total: int
    done: int
    in_progress: int  # belum + dalam proses, not yet late
    overdue: int
    cancelled: int

    @property
    def active(self) -> int:
        """Follow-ups that count for completion (cancelled ones do not)."""
        return self.total - self.cancelled

    @property
    def completion_rate(self) -> float | None:
        return self.done / self.active if self.active > 0 else None

    @property
    def label(self) -> str:
        return self.short_name or self.organization


@dataclass(frozen=True, slots=True)
class MeetingCount:
    meeting: MeetingRef
    value: int


@dataclass(frozen=True, slots=True)
class MeetingAttendance:
    meeting: MeetingRef
    invited: int
    attended: int  # invitees present in person or through a recorded delegate
    walk_ins: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.invited if self.invited > 0 else None


@dataclass(frozen=True, slots=True)
class OpdAttendance:
    organization_id: int
    organization: str
    short_name: str
    invited: int
    attended: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.invited if self.invited > 0 else None

    @property
    def label(self) -> str:
        return self.short_name or self.organization


@dataclass(frozen=True, slots=True)
class MeetingBudget:
    meeting: MeetingRef
    reports: int
    budget_avg: float | None
    physical_avg: float | None


@dataclass(frozen=True, slots=True)
class Readiness:
    """Is the next meeting ready? What the secretary checks the week before."""

    meeting_id: int
    title: str
    starts_at: datetime
    place: str
    status: str
    invitations: int
    invitations_sent: int
    agenda_items: int
    carried_followups: int
    opd_reports: int

    @property
    def checks(self) -> list[tuple[str, bool]]:
        """(Indonesian label, done) in the order the card lists them."""
        return [
            ("Undangan dibuat", self.invitations > 0),
            (
                "Undangan terkirim",
                self.invitations > 0 and self.invitations_sent >= self.invitations,
            ),
            ("Agenda disusun", self.agenda_items > 0),
        ]

    @property
    def score(self) -> float:
        checks = self.checks
        return sum(done for _, done in checks) / len(checks)


@dataclass
class ChartData:
    """Everything the chart area of the dashboard draws (one session, a few queries)."""

    zone: str
    today: date
    readiness: Readiness | None
    completion: list[OpdCompletion] = field(default_factory=list)
    overdue_trend: list[MeetingCount] = field(default_factory=list)
    attendance: list[MeetingAttendance] = field(default_factory=list)
    attendance_by_opd: list[OpdAttendance] = field(default_factory=list)
    budget: list[MeetingBudget] = field(default_factory=list)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def short_month_label(day: date) -> str:
    """``Agu 25``: short enough for twelve categories on an axis, Indonesian months."""
    return f"{_MONTHS[day.month - 1]} {day:%y}"


# ------------------------------------------------------------------ meetings


def recent_meetings(
    session: Session,
    now: datetime,
    *,
    last_n: int = DEFAULT_LAST_N,
    series_id: int | None = None,
    zone: str | None = None,
) -> list[MeetingRef]:
    """The last ``last_n`` meetings that have started, oldest first (the chart x axis)."""
    zone = zone or office_zone(session)
    stmt = select(Meeting.id, Meeting.title, Meeting.starts_at).where(Meeting.starts_at <= now)
    if series_id is not None:
        stmt = stmt.where(Meeting.series_id == series_id)
    rows = session.exec(
        stmt.order_by(col(Meeting.starts_at).desc(), col(Meeting.id).desc()).limit(
            min(last_n, MAX_MEETINGS)
        )
    ).all()
    return [MeetingRef(stored_id(i), t, s, office_today(s, zone)) for i, t, s in reversed(rows)]


# ------------------------------------------------------------------ follow-ups


def completion_by_opd(
    session: Session,
    today: date,
    *,
    series_id: int | None = None,
) -> list[OpdCompletion]:
    """Follow-up outcome per OPD (one GROUP BY); worst completion first."""
    late = and_(
        col(FollowUp.status).in_(OPEN_STATUSES),
        col(FollowUp.due_date).is_not(None),
        col(FollowUp.due_date) < today,
    )

    def _sum(cond) -> object:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    stmt = (
        select_row(
            FollowUp.organization_id,
            Organization.name,
            Organization.short_name,
            func.count(col(FollowUp.id)),
            _sum(FollowUp.status == FollowUpStatus.SELESAI.value),
            _sum(and_(col(FollowUp.status).in_(OPEN_STATUSES), ~late)),
            _sum(late),
            _sum(FollowUp.status == FollowUpStatus.DIBATALKAN.value),
        )
        .select_from(FollowUp)
        .join(Organization, col(FollowUp.organization_id) == col(Organization.id), isouter=True)
        .group_by(
            col(FollowUp.organization_id), col(Organization.name), col(Organization.short_name)
        )
    )
    if series_id is not None:
        src = aliased(Meeting)
        stmt = stmt.join(src, col(FollowUp.meeting_id) == src.id).where(
            func.coalesce(FollowUp.series_id, src.series_id) == series_id
        )
    out = [
        OpdCompletion(
            organization_id=oid,
            organization=name or "Tanpa OPD",
            short_name=short or "",
            total=int(total),
            done=int(done),
            in_progress=int(prog),
            overdue=int(over),
            cancelled=int(canc),
        )
        for oid, name, short, total, done, prog, over, canc in session.exec(stmt).all()
    ]
    out.sort(
        key=lambda c: (
            c.completion_rate if c.completion_rate is not None else 2.0,
            -c.overdue,
            c.label,
        )
    )
    return out


def _bucket(value, bounds: list, *, strict: bool):
    """SQL: the first index ``i`` with ``value < bounds[i]`` (``<=`` if not strict), else len."""
    whens = [((value < b) if strict else (value <= b), i) for i, b in enumerate(bounds)]
    return case(*whens, else_=len(bounds))


def overdue_trend(session: Session, meetings: list[MeetingRef]) -> list[MeetingCount]:
    """How many follow-ups were overdue when each meeting started.

    With the meetings sorted, each follow-up counts for a contiguous run of them:
    from the first meeting after both its source meeting and its due day, to the
    last one before it was closed. SQL computes that run per follow-up (CASE over
    the dozen meeting boundaries) and groups by it, returning at most a few dozen
    (from, to, count) rows; the per-meeting totals are summed from those.
    """
    if not meetings:
        return []
    ordered = sorted(meetings, key=lambda m: (m.starts_at, m.id))
    starts = [literal(m.starts_at, UTCDateTime) for m in ordered]
    days = [literal(m.day, Date) for m in ordered]
    src = aliased(Meeting)
    is_open = col(FollowUp.status).in_(OPEN_STATUSES)
    closed_at = func.coalesce(FollowUp.completed_at, FollowUp.updated_at)
    due_from = _bucket(FollowUp.due_date, days, strict=True)  # first i with due < day_i
    src_from = _bucket(src.starts_at, starts, strict=True)  # first i with src start < start_i
    start_from = case((due_from > src_from, due_from), else_=src_from)
    # first i with closed <= start_i: counted while i is below it; open ones never stop
    until = case((is_open, len(ordered)), else_=_bucket(closed_at, starts, strict=False))
    stmt = (
        select(start_from.label("a"), until.label("b"), func.count(col(FollowUp.id)))
        .select_from(FollowUp)
        .join(src, col(src.id) == col(FollowUp.meeting_id))
        .where(col(FollowUp.due_date).is_not(None), col(FollowUp.due_date) < ordered[-1].day)
        .where(src.starts_at < ordered[-1].starts_at)
        .where(or_(is_open, closed_at > ordered[0].starts_at))
        .group_by(start_from, until)
    )
    totals = [0] * len(ordered)
    for a, b, n in session.exec(stmt).all():
        for i in range(int(a), min(int(b), len(ordered))):
            totals[i] += int(n)
    by_id = {m.id: totals[i] for i, m in enumerate(ordered)}
    return [MeetingCount(m, by_id[m.id]) for m in meetings]


# ------------------------------------------------------------------ attendance


def _came(inv=Invitation):
    """The invitee checked in, or someone checked in as their delegate.

    Two EXISTS rather than one with OR: the first uses the unique (meeting, person)
    index and settles most invitees; only absentees are checked for a delegate.
    """
    in_person = exists().where(
        Attendance.meeting_id == inv.meeting_id, Attendance.person_id == inv.person_id
    )
    delegated = exists().where(
        Attendance.meeting_id == inv.meeting_id,
        Attendance.delegate_for_id.is_not(None),
        Attendance.delegate_for_id == inv.person_id,
    )
    return or_(in_person, delegated)


def attendance_by_meeting(session: Session, meetings: list[MeetingRef]) -> list[MeetingAttendance]:
    if not meetings:
        return []
    ids = [m.id for m in meetings]
    invited = dict(
        session.exec(
            select(
                Invitation.meeting_id,
                func.count(col(Invitation.id)),
            )
            .where(col(Invitation.meeting_id).in_(ids))
            .group_by(col(Invitation.meeting_id))
        ).all()
    )
    came = dict(
        session.exec(
            select(col(Invitation.meeting_id), func.count(col(Invitation.id)))
            .where(col(Invitation.meeting_id).in_(ids))
            .where(_came())
            .group_by(col(Invitation.meeting_id))
        ).all()
    )
    walk_ins = dict(
        session.exec(
            select(col(Attendance.meeting_id), func.count(col(Attendance.id)))
            .where(col(Attendance.meeting_id).in_(ids), col(Attendance.is_walk_in) == True)  # noqa: E712
            .group_by(col(Attendance.meeting_id))
        ).all()
    )
    return [
        MeetingAttendance(
            meeting=m,
            invited=int(invited.get(m.id, 0)),
            attended=int(came.get(m.id, 0)),
            walk_ins=int(walk_ins.get(m.id, 0)),
        )
        for m in meetings
    ]


def attendance_by_opd(session: Session, meetings: list[MeetingRef]) -> list[OpdAttendance]:
    """Share of each OPD's invitations that were honoured; worst first."""
    if not meetings:
        return []
    ids = [m.id for m in meetings]
    org_id = func.coalesce(Invitation.organization_id, Person.organization_id)
    stmt = (
        select(
            org_id.label("oid"),
            func.count(col(Invitation.id)),
            func.coalesce(func.sum(case((_came(), 1), else_=0)), 0),
        )
        .select_from(Invitation)
        .join(Person, col(Person.id) == col(Invitation.person_id))
        .where(col(Invitation.meeting_id).in_(ids))
        .where(org_id.is_not(None))
        .group_by(org_id)
    )
    counts = {int(oid): (int(n), int(c)) for oid, n, c in session.exec(stmt).all()}
    if not counts:
        return []
    names = {
        o.id: (o.name, o.short_name)
        for o in session.exec(select(Organization).where(col(Organization.id).in_(list(counts))))
    }
    out = [
        OpdAttendance(oid, names.get(oid, ("?", ""))[0], names.get(oid, ("?", ""))[1], n, c)
        for oid, (n, c) in counts.items()
    ]
    out.sort(key=lambda a: (a.rate if a.rate is not None else 2.0, -a.invited, a.label))
    return out


# ------------------------------------------------------------------ budget


def budget_trend(session: Session, meetings: list[MeetingRef]) -> list[MeetingBudget]:
    """Average realisasi anggaran and fisik over the OPDs that reported, per meeting."""
    if not meetings:
        return []
    rows = session.exec(
        select(
            OpdReport.meeting_id,
            func.count(col(OpdReport.id)),
            func.avg(OpdReport.budget_pct),
            func.avg(OpdReport.physical_pct),
        )
        .where(col(OpdReport.meeting_id).in_([m.id for m in meetings]))
        .group_by(col(OpdReport.meeting_id))
    ).all()
    by_id = {int(mid): (int(n), b, p) for mid, n, b, p in rows}
    out = []
    for m in meetings:
        n, b, p = by_id.get(m.id, (0, None, None))
        out.append(
            MeetingBudget(
                m,
                n,
                round(float(b), 2) if b is not None else None,
                round(float(p), 2) if p is not None else None,
            )
        )
    return out


# ------------------------------------------------------------------ next meeting


def next_meeting_readiness(
    session: Session, now: datetime, *, zone: str | None = None
) -> Readiness | None:
    """The next meeting (today's, even if started, or the first after) and its preparation."""
    zone = zone or office_zone(session)
    start_of_today = office_datetime(office_today(now, zone), time.min, zone)
    m = session.exec(
        select(Meeting)
        .where(Meeting.starts_at >= start_of_today, col(Meeting.status).not_in(_DONE))
        .order_by(col(Meeting.starts_at), col(Meeting.id))
        .limit(1)
    ).first()
    if m is None:
        return None
    invitations, sent = session.exec(
        select(
            func.count(col(Invitation.id)),
            func.coalesce(func.sum(case((col(Invitation.sent_at).is_not(None), 1), else_=0)), 0),
        ).where(Invitation.meeting_id == m.id)
    ).one()
    agenda = session.exec(
        select(func.count(col(AgendaItem.id))).where(
            col(AgendaItem.meeting_id) == m.id, col(AgendaItem.deleted_at).is_(None)
        )
    ).one()
    reports = session.exec(
        select(func.count(col(OpdReport.id))).where(col(OpdReport.meeting_id) == m.id)
    ).one()
    carried = 0
    if m.series_id is not None:
        src = aliased(Meeting)
        carried = session.exec(
            select(func.count(col(FollowUp.id)))
            .join(src, col(src.id) == col(FollowUp.meeting_id))
            .where(func.coalesce(FollowUp.series_id, src.series_id) == m.series_id)
            .where(src.starts_at < m.starts_at)
            .where(col(FollowUp.status).in_(OPEN_STATUSES))
        ).one()
    return Readiness(
        meeting_id=m.id or 0,
        title=m.title,
        starts_at=m.starts_at,
        place=m.place,
        status=m.status,
        invitations=int(invitations),
        invitations_sent=int(sent),
        agenda_items=int(agenda),
        carried_followups=int(carried),
        opd_reports=int(reports),
    )


def chart_data(
    session: Session,
    now: datetime,
    *,
    last_n: int = DEFAULT_LAST_N,
    series_id: int | None = None,
) -> ChartData:
    """One call for the whole chart area (the page makes one short session)."""
    zone = office_zone(session)
    today = office_today(now, zone)
    meetings = recent_meetings(session, now, last_n=last_n, series_id=series_id, zone=zone)
    return ChartData(
        zone=zone,
        today=today,
        readiness=next_meeting_readiness(session, now, zone=zone),
        completion=completion_by_opd(session, today, series_id=series_id),
        overdue_trend=overdue_trend(session, meetings),
        attendance=attendance_by_meeting(session, meetings),
        attendance_by_opd=attendance_by_opd(session, meetings),
        budget=budget_trend(session, meetings),
    )
