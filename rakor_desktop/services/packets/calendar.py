"""A meeting as an iCalendar invitation (.ics) that Outlook, Thunderbird, Google and
phone calendars import.

Written by hand (RFC 5545, one VEVENT): the subset is small, and a calendar library
would bring time-zone databases into a package that must stay small. Times are UTC
(``Z``), so no VTIMEZONE is needed; text is escaped and lines folded at 75 octets.
The UID is the meeting's uuid, so a re-sent invitation (moved, renamed) updates the
event in the recipients' calendars instead of adding a second one (SEQUENCE grows with
each change the office makes).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from rakor_desktop.domain.clock import given_or_now
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.office.settings import get_office

PRODID = "-//Rakor Desktop//Rakor Desktop//ID"


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    )  # fmt: skip


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never
    splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return "\r\n ".join(out)


def _stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def meeting_ics(session: Session, meeting_id: int, *, now: datetime | None = None) -> bytes:
    """The .ics bytes of one meeting (CRLF line ends, UTF-8)."""
    now = given_or_now(now)
    m = get_meeting(session, meeting_id)
    office = get_office(session)
    ends = m.ends_at or m.starts_at + timedelta(hours=3)
    organizer = " ".join(x for x in (office.unit_name, office.regency_name) if x).strip()
    # No ORGANIZER: it must be an address, and replies go to the office, not to this
    # laptop; the office is named in the description instead.
    description = f"Undangan rapat {organizer}." if organizer else "Undangan rapat."
    if m.letter_number:
        description += f"\nNomor surat: {m.letter_number}"
    # Grows with every change the office saves, so calendars replace the event.
    sequence = int(m.updated_at.timestamp()) // 60
    status = "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{m.uuid}@rakor-desktop",
        f"DTSTAMP:{_stamp(now)}",
        f"DTSTART:{_stamp(m.starts_at)}",
        f"DTEND:{_stamp(ends)}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
        f"SUMMARY:{_escape(m.title)}",
        f"LOCATION:{_escape(m.place or '')}",
        f"DESCRIPTION:{_escape(description)}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT60M",
        f"DESCRIPTION:{_escape(m.title)}",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode("utf-8")
