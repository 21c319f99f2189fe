"""The door's other actions: walk-ins, delegates, bulk marking, undo, absences,
departures and signatures. Each is one unit of work the caller commits.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session, col

from rakor_desktop.domain.enums import AbsenceStatus, MeetingStatus, OrgKind
from rakor_desktop.domain.models import (
    Attendance,
    Invitation,
    Meeting,
    Organization,
    Person,
)
from rakor_desktop.domain.names import name_key
from rakor_desktop.domain.signature_strokes import encode_signature
from rakor_desktop.domain.timefmt import hhmm
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.attendance.desk import _A, CheckInDesk, _person_name
from rakor_desktop.services.attendance.results import (
    CheckInRefused,
    CheckInResult,
    NewPerson,
    State,
)
from rakor_desktop.services.directory import people
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import get_office

log = logging.getLogger(__name__)

# ----------------------------------------------------------- module-level API


def load_desk(session: Session, meeting_id: int) -> CheckInDesk:
    return CheckInDesk.load(session, meeting_id)


def check_in(
    session: Session,
    meeting_id: int,
    code: str | None,
    *,
    now: datetime | None = None,
    station: str = "",
    delegate_for: int | None = None,
    allow_person_id: bool = True,
    any_day: bool = False,
) -> CheckInResult:
    """One-shot check-in (CLI, scripts). Stations keep a :class:`CheckInDesk` instead.

    ``any_day`` is the explicit confirmation for a meeting that is not today's.
    """
    try:
        desk = CheckInDesk.load(session, meeting_id)
    except LookupError as exc:
        return CheckInResult(State.NOT_FOUND, exc.args[0] if exc.args else str(exc))
    desk.any_day = any_day
    return desk.check_in(
        session,
        code,
        now=now,
        station=station,
        delegate_for=delegate_for,
        allow_person_id=allow_person_id,
    )


def confirm_other_day(session: Session, meeting_id: int, station: str) -> bool:
    """The door officer opens registration on another day than the meeting's (audited)."""
    meeting = _guard_meeting(session, meeting_id)
    audit.record(
        session,
        "attendance.other_day_confirmed",
        entity="meeting",
        entity_uuid=meeting.uuid,
        station=(station or "")[:60],
        starts_at=meeting.starts_at.isoformat(),
    )
    return True


def _guard_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise CheckInRefused(M("Rapat {meeting_id} tidak ditemukan.", meeting_id=meeting_id))
    if meeting.status == MeetingStatus.FINALIZED:
        raise CheckInRefused(M("Rapat sudah final: daftar hadir tidak dapat diubah."))
    return meeting


def _find_or_create_person(session: Session, fields: NewPerson) -> Person:
    """Match a typed person by (name key, organization); create them when new."""
    name = " ".join((fields.name or "").split())
    if not name:
        raise ValueError(M("Nama tidak boleh kosong."))
    if len(name) > 200:
        raise ValueError(M("Nama terlalu panjang (maksimal 200 karakter)."))
    org_id = _resolve_organization(session, fields.organization)
    key = name_key(name)
    same_org = (
        col(Person.organization_id) == org_id
        if org_id is not None
        else col(Person.organization_id).is_(None)
    )
    existing = session.scalars(select(Person).where(col(Person.name_key) == key, same_org)).first()
    if existing is not None:
        return existing
    return people.create_person(
        session, name, jabatan=(fields.jabatan or "")[:200], organization_id=org_id
    )


def _resolve_organization(session: Session, text: str) -> int | None:
    """An OPD by name/short name, or a new 'lainnya' organization for outside guests."""
    text = " ".join((text or "").split())[:200]
    if not text:
        return None
    org = people.find_organization(session, text)
    if org is not None:
        return org.id
    org = Organization(name=text, kind=OrgKind.OTHER)
    session.add(org)
    session.flush()
    audit.record(session, "organization.create", entity="organization", entity_uuid=org.uuid,
                 name=text, reason="tamu registrasi")  # fmt: skip
    return org.id


def check_in_walk_in(
    session: Session,
    meeting_id: int,
    name: str,
    jabatan: str = "",
    organization: str = "",
    *,
    now: datetime | None = None,
    station: str = "",
    desk: CheckInDesk | None = None,
) -> CheckInResult:
    """A guest typed at the door: found by name + OPD or created, then checked in."""
    desk = desk or CheckInDesk.load(session, meeting_id)
    refusal = desk.refusal(session)
    if refusal is not None:
        return refusal
    person = _find_or_create_person(session, NewPerson(name, jabatan, organization))
    return desk.check_in_person(session, person.id or 0, now=now, station=station)


def check_in_delegate(
    session: Session,
    meeting_id: int,
    invitee_person_id: int,
    delegate: int | NewPerson,
    *,
    now: datetime | None = None,
    station: str = "",
    desk: CheckInDesk | None = None,
) -> CheckInResult:
    """Record that ``delegate`` attends for the invited official (both are kept)."""
    desk = desk or CheckInDesk.load(session, meeting_id)
    refusal = desk.refusal(session)
    if refusal is not None:
        return refusal
    if isinstance(delegate, NewPerson):
        if not delegate.organization:
            invitee = session.get(Person, invitee_person_id)
            org = session.get(Organization, invitee.organization_id) if invitee and \
                invitee.organization_id else None  # fmt: skip
            delegate = NewPerson(delegate.name, delegate.jabatan, org.name if org else "")
        delegate_id = _find_or_create_person(session, delegate).id or 0
    else:
        delegate_id = int(delegate)
    return desk.check_in_person(
        session, delegate_id, now=now, station=station, delegate_for=invitee_person_id
    )


def mark_present_many(
    session: Session,
    meeting_id: int,
    person_ids: Iterable[int],
    *,
    now: datetime | None = None,
    station: str = "",
    any_day: bool = False,
) -> list[CheckInResult]:
    """A group that arrives together, ticked off the door's missing list in one transaction.

    The door's rule, like a scan's: nothing is recorded once the meeting is closed
    (the daftar hadir printed at closing must stay true). The secretary's later
    correction is :func:`correct_attendance`, which is audited.
    """
    return _mark_present(session, meeting_id, person_ids, now=now, station=station, any_day=any_day,
                         allow_closed=False)  # fmt: skip


def correct_attendance(
    session: Session,
    meeting_id: int,
    person_ids: Iterable[int],
    *,
    reason: str,
    now: datetime | None = None,
    station: str = "",
) -> list[CheckInResult]:
    """The secretary's correction of a closed (not finalized) meeting: someone who signed
    the paper sheet but was never scanned. Needs a reason, and is written to the audit
    trail; never offered at the door."""
    reason = (reason or "").strip()
    if not reason:
        raise CheckInRefused(M("Koreksi daftar hadir setelah rapat ditutup memerlukan alasan."))
    results = _mark_present(session, meeting_id, person_ids, now=now, station=station,
                            allow_closed=True)  # fmt: skip
    added = [r.person_id for r in results if r.state is State.NEW]
    if added:
        audit.record(session, "attendance.correction", entity="meeting",
                     meeting_id=meeting_id, person_ids=added, reason=reason)  # fmt: skip
    return results


def _mark_present(
    session: Session,
    meeting_id: int,
    person_ids: Iterable[int],
    *,
    now: datetime | None,
    station: str,
    allow_closed: bool,
    any_day: bool = False,
) -> list[CheckInResult]:
    desk = CheckInDesk.load(session, meeting_id)
    desk.any_day = any_day
    now = now or utcnow()
    seen: set[int] = set()
    out = []
    for pid in person_ids:
        if pid in seen:
            continue
        seen.add(pid)
        out.append(
            desk.check_in_person(session, pid, now=now, station=station, allow_closed=allow_closed)
        )
    return out


@dataclass(frozen=True, slots=True)
class UndoResult:
    attendance_id: int
    person_id: int
    name: str
    checked_in_at: datetime
    time_text: str


def undo_last(
    session: Session, meeting_id: int, station: str, *, attendance_id: int | None = None
) -> UndoResult | None:
    """Remove a check-in made by mistake (wrong person picked), audited.

    ``attendance_id`` names the one on the door's screen; without it, the most recent
    check-in of this station.
    """
    meeting = _guard_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.CLOSED:
        raise CheckInRefused(
            M("Rapat sudah ditutup: kehadiran tidak dapat dibatalkan dari meja registrasi.")
        )
    stmt = select(Attendance).where(col(Attendance.meeting_id) == meeting_id)
    if attendance_id is not None:
        stmt = stmt.where(col(Attendance.id) == attendance_id)
    else:
        stmt = stmt.where(col(Attendance.station) == (station or "")[:60])
    att = session.scalars(stmt.order_by(col(Attendance.id).desc()).limit(1)).first()
    if att is None:
        return None
    name = _person_name(session, att.person_id)
    zone = get_office(session).time_zone
    detail: dict[str, Any] = {
        "meeting_id": att.meeting_id,
        "person_id": att.person_id,
        "name": name,
        "invitation_id": att.invitation_id,
        "delegate_for_id": att.delegate_for_id,
        "checked_in_at": att.checked_in_at.isoformat(),
        "left_at": att.left_at.isoformat() if att.left_at else None,
        "is_walk_in": att.is_walk_in,
        "is_late": att.is_late,
        "station": att.station,
        "signature": att.signature,
    }
    session.connection().execute(delete(_A).where(_A.c.id == att.id))
    audit.record(session, "attendance.undo", entity="attendance", entity_uuid=att.uuid, **detail)
    session.expunge(att)
    return UndoResult(
        attendance_id=att.id or 0,
        person_id=att.person_id,
        name=name,
        checked_in_at=att.checked_in_at,
        time_text=hhmm(att.checked_in_at, zone),
    )


SETTABLE_ABSENCES = (
    AbsenceStatus.IZIN,
    AbsenceStatus.SAKIT,
    AbsenceStatus.TUGAS_LUAR,
    AbsenceStatus.TANPA_KETERANGAN,
)


def set_absence(
    session: Session, invitation_id: int, status: str | AbsenceStatus | None, note: str = ""
) -> Invitation:
    """Izin / Sakit / Tugas Luar / Tanpa Keterangan for an invitee who did not come.

    ``None`` clears it. "Hadir" is never set by hand: it is an attendance row.
    """
    inv = session.get(Invitation, invitation_id)
    if inv is None:
        raise CheckInRefused(M("Undangan tidak ditemukan."))
    _guard_meeting(session, inv.meeting_id)
    value: str | None = None
    if status not in (None, ""):
        try:
            parsed = AbsenceStatus(status)
        except ValueError:
            raise CheckInRefused(
                M("Status kehadiran {status} tidak dikenal.", status=repr(status))
            ) from None
        if parsed is AbsenceStatus.HADIR:
            raise CheckInRefused(M("Hadir dicatat lewat registrasi, bukan diisi manual."))
        value = parsed.value
        present = (
            session.connection()
            .execute(
                select(_A.c.id).where(
                    _A.c.meeting_id == inv.meeting_id,
                    (_A.c.person_id == inv.person_id) | (_A.c.invitation_id == inv.id),
                )
            )
            .first()
        )
        if present is not None:
            raise CheckInRefused(
                M("Peserta ini sudah hadir; batalkan kehadirannya dulu bila keliru.")
            )
    old = inv.absence_status
    inv.absence_status = value
    inv.absence_note = (note or "")[:300]
    inv.updated_at = utcnow()
    session.add(inv)
    audit.record(session, "invitation.absence", entity="invitation", entity_uuid=inv.uuid,
                 old=old, new=value, note=inv.absence_note)  # fmt: skip
    return inv


@dataclass(frozen=True, slots=True)
class DepartureResult:
    attendance_id: int
    name: str
    left_at: datetime
    time_text: str
    early: bool
    already_recorded: bool


def _departure_context(
    session: Session, attendance_id: int
) -> tuple[Attendance, Meeting, str, str]:
    """The attendance row, its (unlocked) meeting, the office zone and the person's name."""
    att = session.get(Attendance, attendance_id)
    if att is None:
        raise CheckInRefused(M("Data kehadiran tidak ditemukan (mungkin sudah dibatalkan)."))
    meeting = _guard_meeting(session, att.meeting_id)
    zone = get_office(session).time_zone
    name = _person_name(session, att.person_id)
    return att, meeting, zone, name


def record_departure(
    session: Session, attendance_id: int, now: datetime | None = None
) -> DepartureResult:
    """Someone leaves; "early" when before the meeting's planned end (or still in progress)."""
    now = now or utcnow()
    att, meeting, zone, name = _departure_context(session, attendance_id)
    if att.left_at is not None:
        return DepartureResult(att.id or 0, name, att.left_at, hhmm(att.left_at, zone),
                               _is_early(meeting, att.left_at), True)  # fmt: skip
    att.left_at = now
    att.updated_at = utcnow()
    session.add(att)
    session.flush()
    return DepartureResult(att.id or 0, name, now, hhmm(now, zone), _is_early(meeting, now), False)


def undo_departure(session: Session, attendance_id: int) -> DepartureResult:
    """F4 pressed for the wrong person: they are back in the room (audited)."""
    att, meeting, zone, name = _departure_context(session, attendance_id)
    left = att.left_at
    if left is None:
        raise CheckInRefused(M("{name} belum tercatat pulang.", name=name))
    att.left_at = None
    att.updated_at = utcnow()
    session.add(att)
    audit.record(
        session,
        "attendance.departure_undo",
        entity="attendance",
        entity_uuid=att.uuid,
        name=name,
        left_at=left.isoformat(),
    )
    session.flush()
    return DepartureResult(
        att.id or 0, name, left, hhmm(left, zone), _is_early(meeting, left), False
    )


def _is_early(meeting: Meeting, at: datetime) -> bool:
    if meeting.ends_at is not None:
        return at < meeting.ends_at
    return meeting.status not in (MeetingStatus.CLOSED, MeetingStatus.FINALIZED)


def save_signature(
    session: Session, attendance_id: int, strokes: Sequence[Sequence[tuple[float, float]]]
) -> str | None:
    """Store the signature drawn at the door; returns the stored text."""
    att = session.get(Attendance, attendance_id)
    if att is None:
        raise CheckInRefused(M("Data kehadiran tidak ditemukan (mungkin sudah dibatalkan)."))
    _guard_meeting(session, att.meeting_id)
    encoded = encode_signature(strokes)
    if encoded is None:
        return None
    att.signature = encoded
    att.updated_at = utcnow()
    session.add(att)
    session.flush()
    return encoded
