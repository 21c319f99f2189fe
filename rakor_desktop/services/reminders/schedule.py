"""When the reminder digests go: a day of the week the office sets, N days ahead.

"Due" means the chosen day of the current week has come and no digest run was recorded
on or after it: a laptop that was off on Monday sends on Tuesday, and only once. The
last run is kept in the office preferences, so every station and the command line
(``reminders run --if-due``, for a scheduled task) agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from rakor_desktop.domain.clock import given_or_now
from rakor_desktop.domain.models import Office
from rakor_desktop.messages import M
from rakor_desktop.services.followups.query import office_today
from rakor_desktop.services.office import preferences
from rakor_desktop.services.office.settings import get_office, office_zone

DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")  # Monday first
OFF = "mati"


@dataclass(frozen=True, slots=True)
class ReminderSchedule:
    day: str  # one of DAYS, or OFF
    within_days: int
    last_run: date | None

    @property
    def enabled(self) -> bool:
        return self.day in DAYS


def load(session: Session) -> ReminderSchedule:
    office = get_office(session)
    extra = preferences.read_extra(office)
    day = str(preferences.value(office, "reminder_day", extra)).lower()
    last = preferences.value(office, "reminder_last", extra)
    try:
        last_day = date.fromisoformat(last) if last else None
    except ValueError:
        last_day = None
    return ReminderSchedule(day if day in DAYS else OFF,
                            int(preferences.value(office, "reminder_days", extra)), last_day)  # fmt: skip


def save(session: Session, day: str, within_days: int) -> ReminderSchedule:
    day = day.strip().lower().replace("'", "")
    if day not in (*DAYS, OFF):
        raise ValueError(
            M("Hari pengingat harus salah satu dari: {items}.", items=", ".join((*DAYS, OFF)))
        )
    if not 0 <= within_days <= 60:
        raise ValueError(M("Jangkauan pengingat 0 sampai 60 hari."))
    preferences.set_values(session, get_office(session), "reminders.schedule",
                           reminder_day=day, reminder_days=within_days)  # fmt: skip
    return load(session)


def scheduled_day(schedule: ReminderSchedule, today: date) -> date | None:
    """This week's reminder day, if it has come (None when off or still ahead)."""
    if not schedule.enabled:
        return None
    monday = today - timedelta(days=today.weekday())
    day = monday + timedelta(days=DAYS.index(schedule.day))
    return day if day <= today else None


def is_due(session: Session, *, now: datetime | None = None) -> bool:
    schedule = load(session)
    today = office_today(given_or_now(now), office_zone(session))
    day = scheduled_day(schedule, today)
    return day is not None and (schedule.last_run is None or schedule.last_run < day)


def claim_run(session: Session, *, now: datetime | None = None) -> bool:
    """In the caller's write transaction: if the digests are due, record the run now and
    say True. The office row is locked first (PostgreSQL; SQLite write transactions are
    already one at a time), so two stations opened on the reminder day make them once."""
    session.exec(select(Office).with_for_update()).first()
    if not is_due(session, now=now):
        return False
    record_run(session, now=now)
    return True


def record_run(session: Session, *, now: datetime | None = None) -> None:
    today = office_today(given_or_now(now), office_zone(session))
    preferences.set_values(session, get_office(session), "reminders.run",
                           reminder_last=today.isoformat())  # fmt: skip
