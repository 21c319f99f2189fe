"""Station glue: which meeting a kiosk opens, the station's name, lock retries."""

from __future__ import annotations

import logging
import socket
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlmodel import Session, col

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import (
    Meeting,
)
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.attendance.desk import _A
from rakor_desktop.services.office.settings import get_office

log = logging.getLogger(__name__)

# --------------------------------------------------------------- meeting choice


def kiosk_meetings(session: Session, now: datetime | None = None) -> list[Meeting]:
    """Meetings a door station may open: not finalized, from yesterday on, soonest first."""
    now = now or utcnow()
    return list(
        session.scalars(
            select(Meeting)
            .where(
                col(Meeting.status).not_in([MeetingStatus.FINALIZED, MeetingStatus.CLOSED]),
                col(Meeting.starts_at) >= now - timedelta(hours=24),
            )
            .order_by(col(Meeting.starts_at))
            .limit(20)
        )
    )


def default_kiosk_meeting(session: Session, now: datetime | None = None) -> int | None:
    """Today's meeting when there is exactly one sensible choice, else None (show a chooser)."""
    now = now or utcnow()
    zone = get_office(session).time_zone
    from rakor_desktop.domain.timefmt import to_office

    today = to_office(now, zone).date()
    candidates = kiosk_meetings(session, now)
    todays = [m for m in candidates if to_office(m.starts_at, zone).date() == today]
    if len(todays) == 1:
        return todays[0].id
    if not todays and len(candidates) == 1:
        return candidates[0].id
    return None


# ----------------------------------------------------------------- station glue


def default_station() -> str:
    """Name stored on each check-in so Ctrl+Z undoes only this station's last one."""
    try:
        host = socket.gethostname()
    except OSError:
        host = "meja"
    return f"meja@{host}"[:60]


def touch_attendance(session: Session, attendance_id: int) -> None:
    """Bump updated_at so a server-side change token notices an edit."""
    session.connection().execute(
        update(_A).where(_A.c.id == attendance_id).values(updated_at=utcnow())
    )
