"""Follow-ups (tindak lanjut): status derivation and the open ones of a series.

"Terlambat" is never stored: it is an open follow-up whose due date has passed in
the office's time zone, so it cannot go stale when nobody edits the row.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, select

from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.models import FollowUp, Meeting
from rakor_desktop.domain.timefmt import to_office

OPEN_STATUSES = (FollowUpStatus.BELUM.value, FollowUpStatus.DALAM_PROSES.value)


def effective_status(stored: str, due: date | None, today: date) -> FollowUpStatus:
    """The status to show: open and past due (strictly after the due day) -> TERLAMBAT."""
    status = FollowUpStatus(stored)
    if status.value in OPEN_STATUSES and due is not None and today > due:
        return FollowUpStatus.TERLAMBAT
    return status


def office_today(now: datetime, zone: str) -> date:
    local = to_office(now, zone)
    assert local is not None
    return local.date()


def open_followups_for_series(
    session: Session, series_id: int, before: datetime
) -> list[FollowUp]:
    """Open follow-ups from meetings of the series that started before ``before``."""
    stmt = (
        select(FollowUp)
        .join(Meeting, FollowUp.meeting_id == Meeting.id)
        .where(Meeting.series_id == series_id)
        .where(Meeting.starts_at < before)
        .where(FollowUp.status.in_(OPEN_STATUSES))
        .order_by(Meeting.starts_at, FollowUp.id)
    )
    return list(session.exec(stmt))


def carried_count(session: Session, followup: FollowUp, until: datetime) -> int:
    """How many later meetings of the series this follow-up has been carried to."""
    source = session.get(Meeting, followup.meeting_id)
    if source is None or source.series_id is None:
        return 0
    stmt = select(Meeting.id).where(
        Meeting.series_id == source.series_id,
        Meeting.starts_at > source.starts_at,
        Meeting.starts_at <= until,
    )
    return len(session.exec(stmt).all())
