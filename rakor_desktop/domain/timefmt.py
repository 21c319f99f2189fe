"""Office-zone conversions. Times are stored in UTC and shown in WIB/WITA/WIT."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from typing import overload

from rakor_desktop.domain.enums import TimeZoneName

#: Indonesian day and month names, as official letters write dates (PUEBI).
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip


def office_tz(zone: str | TimeZoneName) -> timezone:
    return TimeZoneName(zone).tzinfo


@overload
def to_office(dt: datetime, zone: str) -> datetime: ...
@overload
def to_office(dt: None, zone: str) -> None: ...
def to_office(dt: datetime | None, zone: str) -> datetime | None:
    return None if dt is None else dt.astimezone(office_tz(zone))


def office_datetime(day: date, at: time, zone: str) -> datetime:
    """An aware datetime for a wall-clock time in the office zone."""
    return datetime.combine(day, at, tzinfo=office_tz(zone))


def iso_office(dt: datetime | None, zone: str) -> str | None:
    local = to_office(dt, zone)
    return None if local is None else local.isoformat(timespec="seconds")


def hhmm(dt: datetime | None, zone: str) -> str:
    """``09.00`` (Indonesian style uses a dot)."""
    local = to_office(dt, zone)
    return "" if local is None else local.strftime("%H.%M")


def format_day(dt: datetime, zone: str) -> str:
    """``Kamis, 3 Desember 2026`` in the office zone (door messages, banners)."""
    local = to_office(dt, zone)
    return f"{DAYS[local.weekday()]}, {local.day} {MONTHS[local.month - 1]} {local.year}"
