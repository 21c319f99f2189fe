"""Carry-over: open directives of a series follow it into the next meeting until done."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.models import (
    FollowUp,
    Meeting,
)
from rakor_desktop.messages import M
from rakor_desktop.services.followups.query import (
    OPEN_STATUSES,
    FollowUpError,
    FollowUpRow,
    _row_stmt,
    _series_expr,
    _Source,
    _to_row,
    office_today,
)
from rakor_desktop.services.office.settings import office_zone

# ------------------------------------------------------------------ carry-over


def open_followups_for_series(session: Session, series_id: int, before: datetime) -> list[FollowUp]:
    """Open follow-ups from meetings of the series that started before ``before``."""
    stmt = (
        select(FollowUp)
        .join(Meeting, col(FollowUp.meeting_id) == col(Meeting.id))
        .where(Meeting.series_id == series_id)
        .where(Meeting.starts_at < before)
        .where(col(FollowUp.status).in_(OPEN_STATUSES))
        .order_by(col(Meeting.starts_at), col(FollowUp.id))
    )
    return list(session.exec(stmt))


def carried_count(session: Session, followup: FollowUp, until: datetime) -> int:
    """How many later meetings of the series (up to ``until``) this follow-up was carried to.

    A closed follow-up stops being carried when it was closed.
    """
    source = session.get(Meeting, followup.meeting_id)
    series_id = followup.series_id or (source.series_id if source else None)
    if source is None or series_id is None:
        return 0
    limit = until
    if followup.status not in OPEN_STATUSES:
        closed = followup.completed_at or followup.updated_at
        limit = min(limit, closed)
    stmt = select(func.count(col(Meeting.id))).where(
        Meeting.series_id == series_id,
        Meeting.starts_at > source.starts_at,
        Meeting.starts_at <= limit,
    )
    return int(session.exec(stmt).one())


def carry_over_for_meeting(
    session: Session, meeting_id: int, *, zone: str | None = None
) -> list[FollowUpRow]:
    """Follow-ups from earlier meetings of this meeting's series still open when it starts.

    ``carried`` counts the meetings up to and including this one; a follow-up closed
    before the meeting started is not carried, one closed during or after it is (its
    outcome is reported at this meeting). Statuses are as of the meeting's day.
    """
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise FollowUpError(M("Rapat {meeting_id} tidak ditemukan.", meeting_id=meeting_id))
    if meeting.series_id is None:
        return []
    start = meeting.starts_at
    day = office_today(start, zone or office_zone(session))
    stmt = (
        _row_stmt(day, start)
        .where(_series_expr() == meeting.series_id)
        .where(_Source.starts_at < start)
        .where(FollowUp.status != FollowUpStatus.DIBATALKAN.value)
        .where(
            or_(
                col(FollowUp.status).in_(OPEN_STATUSES),
                and_(col(FollowUp.completed_at).is_not(None), col(FollowUp.completed_at) >= start),
            )
        )
        .order_by(_Source.starts_at, FollowUp.id)
    )
    return [_to_row(r) for r in session.exec(stmt).all()]
