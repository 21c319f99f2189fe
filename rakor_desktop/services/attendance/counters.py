"""Who is in the room: the counts the door and the secretary watch during check-in."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from rakor_desktop.domain.enums import ABSENCE_LABELS, AbsenceStatus
from rakor_desktop.services.attendance.desk import _A, _I, _O, _P, _aware

log = logging.getLogger(__name__)

# -------------------------------------------------------------------- counters


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    attendance_id: int
    person_id: int
    name: str
    jabatan: str
    organization: str
    checked_in_at: datetime
    left_at: datetime | None
    is_late: bool
    is_walk_in: bool
    delegate_for_id: int | None
    delegate_for_name: str
    has_signature: bool
    station: str


@dataclass(frozen=True, slots=True)
class MissingRow:
    invitation_id: int
    person_id: int
    name: str
    jabatan: str
    nip: str | None
    organization: str
    absence_status: str | None

    @property
    def absence_label(self) -> str:
        if not self.absence_status:
            return ""
        try:
            return ABSENCE_LABELS[AbsenceStatus(self.absence_status)]
        except ValueError:
            return self.absence_status


@dataclass(frozen=True, slots=True)
class OpdCount:
    organization: str
    invited: int
    present: int

    @property
    def missing(self) -> int:
        return self.invited - self.present


@dataclass(frozen=True, slots=True)
class AttendanceCounters:
    """Everything the live panels show, from two queries over one meeting."""

    meeting_id: int
    invited: int
    present: int  # people in the room: every attendance row
    invitees_present: int  # invitations covered by the invitee or a delegate
    delegates: int
    walk_ins: int
    late: int
    left: int
    signed: int
    absences: dict[str, int]
    per_opd: list[OpdCount]
    missing_list: list[MissingRow]
    attendees: list[AttendeeRow]

    @property
    def missing(self) -> int:
        return len(self.missing_list)

    @property
    def present_by_person(self) -> dict[int, AttendeeRow]:
        return {a.person_id: a for a in self.attendees}

    def as_json(self) -> dict[str, Any]:
        return {
            "meeting_id": self.meeting_id,
            "invited": self.invited,
            "present": self.present,
            "invitees_present": self.invitees_present,
            "delegates": self.delegates,
            "walk_ins": self.walk_ins,
            "late": self.late,
            "left": self.left,
            "missing": self.missing,
            "absences": self.absences,
            "per_opd": [
                {"organization": o.organization, "invited": o.invited, "present": o.present}
                for o in self.per_opd
            ],
        }


def attendance_counters(session: Session, meeting_id: int) -> AttendanceCounters:
    conn = session.connection()
    att_rows = conn.execute(
        select(
            _A.c.id, _A.c.person_id, _A.c.invitation_id, _A.c.delegate_for_id, _A.c.checked_in_at,
            _A.c.left_at, _A.c.is_late, _A.c.is_walk_in, _A.c.signature.isnot(None), _A.c.station,
            _P.c.full_name, _P.c.jabatan, _O.c.name,
        )
        .join(_P, _P.c.id == _A.c.person_id)
        .join(_O, _O.c.id == _P.c.organization_id, isouter=True)
        .where(_A.c.meeting_id == meeting_id)
        .order_by(_A.c.checked_in_at, _A.c.id)
    ).all()  # fmt: skip
    inv_rows = conn.execute(
        select(
            _I.c.id, _I.c.person_id, _I.c.absence_status, _P.c.full_name, _P.c.jabatan, _P.c.nip,
            func.coalesce(_O.c.name, ""),
        )
        .join(_P, _P.c.id == _I.c.person_id)
        .join(_O, _O.c.id == _P.c.organization_id, isouter=True)
        .where(_I.c.meeting_id == meeting_id)
        .order_by(func.coalesce(_O.c.name, ""), _P.c.full_name)
    ).all()  # fmt: skip
    names = {r[1]: r[10] for r in att_rows}
    names.update({r[1]: r[3] for r in inv_rows})
    attendees = [
        AttendeeRow(
            attendance_id=r[0], person_id=r[1], name=r[10], jabatan=r[11] or "",
            organization=r[12] or "", checked_in_at=_aware(r[4]), left_at=_aware(r[5]),
            is_late=bool(r[6]), is_walk_in=bool(r[7]), delegate_for_id=r[3],
            delegate_for_name=names.get(r[3], "") if r[3] else "", has_signature=bool(r[8]),
            station=r[9] or "",
        )
        for r in att_rows
    ]  # fmt: skip
    covered_inv = {r[2] for r in att_rows if r[2] is not None}
    covered_person = {r[1] for r in att_rows} | {r[3] for r in att_rows if r[3] is not None}
    per_opd: dict[str, list[int]] = {}
    missing: list[MissingRow] = []
    absences: dict[str, int] = {}
    for inv_id, pid, absence, name, jabatan, nip, org in inv_rows:
        covered = inv_id in covered_inv or pid in covered_person
        bucket = per_opd.setdefault(org, [0, 0])
        bucket[0] += 1
        if covered:
            bucket[1] += 1
            continue
        missing.append(MissingRow(inv_id, pid, name, jabatan or "", nip, org, absence))
        if absence:
            absences[absence] = absences.get(absence, 0) + 1
    return AttendanceCounters(
        meeting_id=meeting_id,
        invited=len(inv_rows),
        present=len(attendees),
        invitees_present=len(inv_rows) - len(missing),
        delegates=sum(1 for a in attendees if a.delegate_for_id is not None),
        walk_ins=sum(1 for a in attendees if a.is_walk_in),
        late=sum(1 for a in attendees if a.is_late),
        left=sum(1 for a in attendees if a.left_at is not None),
        signed=sum(1 for a in attendees if a.has_signature),
        absences=absences,
        per_opd=[OpdCount(k or "(tanpa OPD)", v[0], v[1]) for k, v in sorted(per_opd.items())],
        missing_list=missing,
        attendees=attendees,
    )
