"""Letter numbers for the archive: the kode klasifikasi arsip in every number, from a
running counter that two stations can never hand out twice (issue 19).

A number is made from the office's pattern (preference ``number_pattern``, default
``{kode}/{nomor}/{unit}/{tahun}``, e.g. ``000.1.5/123/Setda/2026``), the document's
kode klasifikasi, the unit code and a counter per year and kind. The counter is read
and advanced inside one write transaction that holds the office row: SQLite's write
lock taken at BEGIN (``Database.session(write=True)``), ``SELECT ... FOR UPDATE`` on
PostgreSQL. So two stations issuing at the same instant get consecutive numbers.
"""

from __future__ import annotations

import json
import string
from typing import Literal

from sqlmodel import Session, col, select

from rakor_desktop.domain.models import Office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.office import audit
from rakor_desktop.services.office import preferences as prefs
from rakor_desktop.services.office.settings import get_office

Kind = Literal["undangan", "notulen"]
FIELDS = {"kode", "nomor", "unit", "tahun"}
_COUNTERS = "number_counters"  # in Office.extra, beside the preferences: "2026:undangan" -> 12


class NumberingError(ValueError):
    """The pattern cannot make a number; the message says what to change."""


def check_pattern(pattern: str) -> None:
    names = {name for _lit, name, _spec, _conv in string.Formatter().parse(pattern) if name}
    if "nomor" not in names:
        raise NumberingError(M("Pola nomor surat harus memuat {{nomor}}."))
    unknown = sorted(names - FIELDS)
    if unknown:
        raise NumberingError(
            M(
                "Pola nomor surat memuat kolom yang tidak dikenal: {items}.",
                items=", ".join(unknown),
            )
        )


def _locked_office(session: Session) -> Office:
    get_office(session)  # created on first use
    stmt = select(Office).order_by(col(Office.id)).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    office = session.exec(stmt).one()
    session.refresh(office)  # the value as committed now, not as this session saw it
    return office


def issue_number(
    session: Session, kind: Kind, *, year: int, meeting_uuid: str | None = None
) -> str:
    """The next number of ``kind`` in ``year``; call inside ``session(write=True)``."""
    office = _locked_office(session)
    pattern = prefs.value(office, "number_pattern")
    check_pattern(pattern)
    code_key = "archive_code_invitation" if kind == "undangan" else "archive_code_minutes"
    extra = prefs.read_extra(office)
    stored = extra.get(_COUNTERS)
    counters: dict[str, int] = dict(stored) if isinstance(stored, dict) else {}
    key = f"{year}:{kind}"
    number = int(counters.get(key, 0)) + 1
    counters[key] = number
    extra[_COUNTERS] = counters
    office.extra = json.dumps(extra, ensure_ascii=False, sort_keys=True)
    office.updated_at = utcnow()
    session.add(office)
    text = pattern.format(
        kode=prefs.value(office, code_key),
        nomor=number,
        unit=prefs.value(office, "unit_code"),
        tahun=year,
    )
    audit.record(
        session, "number.issued", entity="meeting", entity_uuid=meeting_uuid, kind=kind, number=text
    )
    return text


def number_invitation(session: Session, meeting_id: int) -> str:
    """Give the meeting's undangan the next number (its year: the letter's, else the meeting's)."""
    from rakor_desktop.domain.timefmt import to_office
    from rakor_desktop.services.meetings.close import ensure_editable, get_meeting
    from rakor_desktop.services.office.settings import office_zone

    meeting = get_meeting(session, meeting_id)
    ensure_editable(session, meeting)
    if meeting.letter_number.strip():
        raise NumberingError(
            M("Undangan rapat ini sudah bernomor {number}.", number=meeting.letter_number)
        )
    local = to_office(meeting.starts_at, office_zone(session))
    year = (
        meeting.letter_date.year
        if meeting.letter_date
        else (local.year if local else utcnow().year)
    )
    meeting.letter_number = issue_number(session, "undangan", year=year, meeting_uuid=meeting.uuid)
    meeting.updated_at = utcnow()
    session.add(meeting)
    return meeting.letter_number
