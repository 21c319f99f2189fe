"""Meetings: listing with counts, and the detail the CLI and the meeting page show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import SQLColumnExpression, func, or_
from sqlmodel import Session, col, select

from rakor_desktop.db.sql import select_row
from rakor_desktop.domain.enums import MEETING_STATUS_LABELS, MeetingStatus
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    FollowUp,
    Invitation,
    Meeting,
    MeetingSeries,
    Organization,
    Person,
)
from rakor_desktop.domain.names import bounded_search
from rakor_desktop.domain.timefmt import iso_office
from rakor_desktop.messages import M


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    uuid: str
    title: str
    series: str | None
    starts_at: datetime
    ends_at: datetime | None
    place: str
    status: str
    invited: int
    attended: int

    @property
    def status_label(self) -> str:
        return MEETING_STATUS_LABELS.get(MeetingStatus(self.status), self.status)

    def as_json(self, zone: str) -> dict:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "title": self.title,
            "series": self.series,
            "starts_at": iso_office(self.starts_at, zone),
            "ends_at": iso_office(self.ends_at, zone),
            "place": self.place,
            "status": self.status,
            "invited": self.invited,
            "attended": self.attended,
        }


@dataclass(frozen=True, slots=True)
class InviteeRow:
    person_id: int
    name: str
    nip: str | None
    jabatan: str
    organization: str
    attended: bool
    checked_in_at: datetime | None
    absence_status: str | None
    organization_short: str = ""  # "BKPSDM" for a table column; the full name on hover

    def as_json(self, zone: str) -> dict:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "nip": self.nip,
            "jabatan": self.jabatan,
            "organization": self.organization,
            "attended": self.attended,
            "checked_in_at": iso_office(self.checked_in_at, zone),
            "absence_status": self.absence_status,
        }


@dataclass
class MeetingDetail:
    summary: MeetingSummary
    chair: str | None
    notulis: str | None
    secretary: str | None
    letter_number: str
    invitees: list[InviteeRow] = field(default_factory=list)
    agenda: list[dict] = field(default_factory=list)
    followups: list[dict] = field(default_factory=list)

    def as_json(self, zone: str) -> dict:
        data = self.summary.as_json(zone)
        data.update(
            chair=self.chair,
            notulis=self.notulis,
            secretary=self.secretary,
            letter_number=self.letter_number,
            invitees=[i.as_json(zone) for i in self.invitees],
            agenda=self.agenda,
            followups=self.followups,
        )
        return data


def _summary_stmt():
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
    return (
        select(
            Meeting,
            MeetingSeries.name,
            func.coalesce(invited.c.n, 0),
            func.coalesce(attended.c.n, 0),
        )
        .join(MeetingSeries, Meeting.series_id == MeetingSeries.id, isouter=True)
        .join(invited, invited.c.meeting_id == Meeting.id, isouter=True)
        .join(attended, attended.c.meeting_id == Meeting.id, isouter=True)
    )


def _to_summary(m: Meeting, series: str | None, invited: int, attended: int) -> MeetingSummary:
    return MeetingSummary(
        id=m.id or 0,
        uuid=m.uuid,
        title=m.title,
        series=series,
        starts_at=m.starts_at,
        ends_at=m.ends_at,
        place=m.place,
        status=m.status,
        invited=int(invited),
        attended=int(attended),
    )


def list_meetings(session: Session, *, newest_first: bool = True) -> list[MeetingSummary]:
    order = col(Meeting.starts_at).desc() if newest_first else col(Meeting.starts_at)
    rows = session.exec(_summary_stmt().order_by(order)).all()
    return [_to_summary(*r) for r in rows]


def get_summary(session: Session, meeting_id: int) -> MeetingSummary | None:
    row = session.exec(_summary_stmt().where(Meeting.id == meeting_id)).first()
    return _to_summary(*row) if row else None


def _name(session: Session, person_id: int | None) -> str | None:
    if person_id is None:
        return None
    p = session.get(Person, person_id)
    return p.full_name if p else None


def list_invitees(session: Session, meeting_id: int) -> list[InviteeRow]:
    """Invitees with whether they came: in person or through a recorded delegate, the
    door's rule (attendance/counters), so the tab and the door's card never disagree."""
    came: dict[int, Any] = {}  # invitee person id -> check-in time
    for person_id, delegate_for_id, at in session.exec(
        select(
            Attendance.person_id,
            Attendance.delegate_for_id,
            Attendance.checked_in_at,
        ).where(Attendance.meeting_id == meeting_id)
    ).all():
        for pid in (person_id, delegate_for_id):
            if pid is not None and (pid not in came or at < came[pid]):
                came[pid] = at
    stmt = (
        select(Invitation, Person, Organization.name, Organization.short_name)
        .join(Person, col(Invitation.person_id) == col(Person.id))
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .where(Invitation.meeting_id == meeting_id)
        # Without an OPD last, on SQLite (NULLs first) and PostgreSQL (NULLs last) alike.
        .order_by(col(Organization.name).is_(None), col(Organization.name), col(Person.full_name))
    )
    out = []
    for inv, person, org, short in session.exec(stmt).all():
        checked_in_at = came.get(person.id or 0)
        out.append(
            InviteeRow(
                person_id=person.id or 0,
                name=person.full_name,
                nip=person.nip,
                jabatan=person.jabatan,
                organization=org or "",
                attended=checked_in_at is not None,
                checked_in_at=checked_in_at,
                absence_status="hadir" if checked_in_at is not None else inv.absence_status,
                organization_short=short or "",
            )
        )
    return out


def meeting_detail(session: Session, meeting_id: int) -> MeetingDetail | None:
    summary = get_summary(session, meeting_id)
    if summary is None:
        return None
    m = session.get(Meeting, meeting_id)
    assert m is not None
    agenda = []
    for item in session.exec(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at == None)  # noqa: E711
        .order_by(col(AgendaItem.position))
    ):
        presenter = _name(session, item.presenter_id)
        if presenter is None and item.presenter_org_id:
            presenter_org = session.get(Organization, item.presenter_org_id)
            presenter = presenter_org.name if presenter_org else None
        agenda.append(
            {"title": item.title, "presenter": presenter, "planned_minutes": item.planned_minutes}
        )
    followups = []
    for fu, org in session.exec(
        select(FollowUp, Organization.name)
        .join(Organization, col(FollowUp.organization_id) == col(Organization.id), isouter=True)
        .where(FollowUp.meeting_id == meeting_id)
        .order_by(col(FollowUp.id))
    ):
        followups.append(
            {
                "id": fu.id,
                "uuid": fu.uuid,
                "problem": fu.problem,
                "action": fu.action,
                "organization": org,
                "due_date": fu.due_date.isoformat() if fu.due_date else None,
                "status": fu.status,
            }
        )
    return MeetingDetail(
        summary=summary,
        chair=_name(session, m.chair_id),
        notulis=_name(session, m.notulis_id),
        secretary=_name(session, m.secretary_id),
        letter_number=m.letter_number,
        invitees=list_invitees(session, meeting_id),
        agenda=agenda,
        followups=followups,
    )


def next_meeting(session: Session, now: datetime) -> MeetingSummary | None:
    row = session.exec(
        _summary_stmt().where(Meeting.starts_at >= now).order_by(Meeting.starts_at).limit(1)
    ).first()
    return _to_summary(*row) if row else None


# --- paged listing for the meetings list ------------------------------------------------
# The list page shows 5,000 meetings over 250,000 attendance rows. Grouping the whole
# attendance table per page (as _summary_stmt does) costs tens of milliseconds, so a
# page is read in steps: the ids of the page (filtered, sorted, limited: an index walk
# for the date sort), then those meetings, then their invitation and attendance counts
# through the meeting_id indexes. Only a sort by a count aggregates the whole table.


@dataclass(frozen=True, slots=True)
class MeetingFilter:
    """What the list's filter bar holds; dates are aware, ``date_to`` exclusive."""

    series_id: int | None = None
    status: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    text: str = ""


SORT_KEYS = ("starts_at", "title", "series", "place", "status", "invited", "attended")
_CHUNK = 900  # bound parameters per IN (...), well under SQLite's limit


def _filtered(stmt, flt: MeetingFilter | None):
    if flt is None:
        return stmt
    if flt.series_id is not None:
        stmt = stmt.where(Meeting.series_id == flt.series_id)
    if flt.status:
        stmt = stmt.where(Meeting.status == flt.status)
    if flt.date_from is not None:
        stmt = stmt.where(Meeting.starts_at >= flt.date_from)
    if flt.date_to is not None:
        stmt = stmt.where(Meeting.starts_at < flt.date_to)
    text = bounded_search(flt.text).lower()
    if text:
        stmt = stmt.where(
            or_(
                func.lower(Meeting.title).contains(text, autoescape=True),
                func.lower(Meeting.place).contains(text, autoescape=True),
                func.lower(MeetingSeries.name).contains(text, autoescape=True),
            )
        )
    return stmt


def _count_by_meeting(session: Session, table, ids: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        out.update(
            session.exec(
                select(table.meeting_id, func.count())
                .where(table.meeting_id.in_(chunk))
                .group_by(table.meeting_id)
            ).all()
        )
    return out


def query_meetings(
    session: Session,
    flt: MeetingFilter | None = None,
    *,
    sort: str = "starts_at",
    descending: bool = True,
    limit: int | None = 200,
    offset: int = 0,
) -> list[MeetingSummary]:
    """One page of the meetings list, filtered and sorted in SQL."""
    if sort not in SORT_KEYS:
        raise ValueError(M("unknown sort key {sort}", sort=repr(sort)))
    stmt = select(Meeting.id).join(
        MeetingSeries, col(Meeting.series_id) == col(MeetingSeries.id), isouter=True
    )
    if sort in ("invited", "attended"):
        meeting_id = col(Invitation.meeting_id if sort == "invited" else Attendance.meeting_id)
        counts = (
            select(meeting_id.label("mid"), func.count().label("n")).group_by(meeting_id).subquery()
        )
        stmt = stmt.join(counts, counts.c.mid == col(Meeting.id), isouter=True)
        column: SQLColumnExpression[Any] = func.coalesce(counts.c.n, 0)
    else:
        column = {
            "starts_at": col(Meeting.starts_at),
            "title": func.lower(Meeting.title),
            "series": func.lower(func.coalesce(MeetingSeries.name, "")),
            "place": func.lower(Meeting.place),
            "status": col(Meeting.status),
        }[sort]
    stmt = _filtered(stmt, flt)
    stmt = stmt.order_by(column.desc() if descending else column.asc())
    stmt = stmt.order_by(col(Meeting.id).desc() if descending else col(Meeting.id).asc())
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    ids = list(session.exec(stmt).all())
    if not ids:
        return []
    # Plain columns, not ORM objects: building 200 model instances would cost more than
    # the queries themselves.
    rows: dict[int, tuple[int, str, str, str | None, datetime, datetime | None, str, str]] = {}
    for i in range(0, len(ids), _CHUNK):
        for r in session.exec(
            select_row(
                Meeting.id,
                Meeting.uuid,
                Meeting.title,
                MeetingSeries.name,
                Meeting.starts_at,
                Meeting.ends_at,
                Meeting.place,
                Meeting.status,
            )
            .join(MeetingSeries, col(Meeting.series_id) == col(MeetingSeries.id), isouter=True)
            .where(col(Meeting.id).in_(ids[i : i + _CHUNK]))
        ).all():
            rows[r[0]] = (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])
    invited = _count_by_meeting(session, Invitation, ids)
    attended = _count_by_meeting(session, Attendance, ids)
    return [
        MeetingSummary(*rows[i], invited=invited.get(i, 0), attended=attended.get(i, 0))
        for i in ids
    ]


def count_meetings(session: Session, flt: MeetingFilter | None = None) -> int:
    stmt = select(func.count(col(Meeting.id))).join(
        MeetingSeries, col(Meeting.series_id) == col(MeetingSeries.id), isouter=True
    )
    return int(session.exec(_filtered(stmt, flt)).one())


def running_meeting_title(session: Session) -> str | None:
    """The title of a meeting in progress (the earliest started), or None."""
    return session.exec(
        select(Meeting.title)
        .where(Meeting.status == MeetingStatus.IN_PROGRESS.value)
        .order_by(col(Meeting.starts_at))
        .limit(1)
    ).first()
