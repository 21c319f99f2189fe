"""Who is invited: whole OPDs (their head), all camat, saved groups, single persons.

An OPD is invited through its head (``Person.is_head``): the invitation letter is
addressed to the Kepala, who may send a delegate at the door. An OPD without a
recorded head is reported back rather than silently skipped, so the secretary can
add the right person before the letters go out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from rakor_desktop.domain.enums import AbsenceStatus, OrgKind
from rakor_desktop.domain.models import Attendance, Invitation, InviteeGroup, Organization, Person
from rakor_desktop.domain.nip import clean
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.attendance.invitations import new_token
from rakor_desktop.services.meetings.close import ensure_editable
from rakor_desktop.services.office import audit


@dataclass
class AddResult:
    added: list[int] = field(default_factory=list)  # person ids
    already: list[int] = field(default_factory=list)
    orgs_without_head: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def message(self) -> str:
        """One Indonesian sentence for the status bar / CLI."""
        parts = [f"{len(self.added)} undangan ditambahkan"]
        if self.already:
            parts.append(f"{len(self.already)} sudah diundang")
        if self.orgs_without_head:
            parts.append("tanpa kepala tercatat: " + ", ".join(self.orgs_without_head))
        if self.unknown:
            parts.append("tidak ditemukan: " + ", ".join(self.unknown))
        return "; ".join(parts) + "."


class InviteeError(ValueError):
    pass


def _invited_ids(session: Session, meeting_id: int) -> set[int]:
    return set(
        session.exec(select(Invitation.person_id).where(Invitation.meeting_id == meeting_id)).all()
    )


def add_persons(session: Session, meeting_id: int, person_ids: Iterable[int]) -> AddResult:
    """Invite people (duplicates are reported, not an error)."""
    m = ensure_editable(session, meeting_id)
    res = AddResult()
    invited = _invited_ids(session, meeting_id)
    for pid in person_ids:
        if pid in invited:
            if pid not in res.already:
                res.already.append(pid)
            continue
        person = session.get(Person, pid)
        if person is None:
            res.unknown.append(str(pid))
            continue
        session.add(
            Invitation(
                meeting_id=meeting_id,
                person_id=pid,
                organization_id=person.organization_id,
                token=new_token(),
            )
        )
        invited.add(pid)
        res.added.append(pid)
    if res.added:
        session.flush()
        audit.record(
            session, "invitation.add", entity="meeting", entity_uuid=m.uuid, person_ids=res.added
        )
    return res


def head_of(session: Session, organization_id: int) -> Person | None:
    """The active head of an organization (the lowest id when several are marked)."""
    return session.exec(
        select(Person)
        .where(
            Person.organization_id == organization_id,
            Person.is_head == True,  # noqa: E712
            Person.active == True,  # noqa: E712
        )
        .order_by(col(Person.id))
    ).first()


def add_opd_heads(session: Session, meeting_id: int, organization_ids: Iterable[int]) -> AddResult:
    heads: list[int] = []
    missing: list[str] = []
    unknown: list[str] = []
    for oid in organization_ids:
        org = session.get(Organization, oid)
        if org is None:
            unknown.append(str(oid))
            continue
        head = head_of(session, oid)
        if head is None or head.id is None:
            missing.append(org.name)
        else:
            heads.append(head.id)
    res = add_persons(session, meeting_id, heads)
    res.orgs_without_head.extend(missing)
    res.unknown.extend(unknown)
    return res


def camat_organizations(session: Session) -> list[Organization]:
    return list(
        session.exec(
            select(Organization)
            .where(Organization.kind == OrgKind.KECAMATAN.value, Organization.active == True)  # noqa: E712
            .order_by(Organization.name)
        )
    )


def add_all_camat(session: Session, meeting_id: int) -> AddResult:
    return add_opd_heads(session, meeting_id, [o.id for o in camat_organizations(session) if o.id])


def list_groups(session: Session) -> list[InviteeGroup]:
    return list(session.exec(select(InviteeGroup).order_by(InviteeGroup.name)))


def _ids(text: str) -> list[int]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    return [int(x) for x in data if isinstance(x, int | str) and str(x).isdigit()]


def group_members(group: InviteeGroup) -> tuple[list[int], list[int]]:
    """(organization ids, person ids) of a saved group."""
    return _ids(group.organization_ids), _ids(group.person_ids)


def save_group(
    session: Session, name: str, organization_ids: list[int], person_ids: list[int] | None = None
) -> InviteeGroup:
    """Create or replace a saved group ("OPD di bawah Asisten II")."""
    name = (name or "").strip()
    if not name:
        raise InviteeError(M("Nama kelompok wajib diisi."))
    group = session.exec(select(InviteeGroup).where(InviteeGroup.name == name)).first()
    if group is None:
        group = InviteeGroup(name=name)
    group.organization_ids = json.dumps(sorted(set(organization_ids)))
    group.person_ids = json.dumps(sorted(set(person_ids or [])))
    group.updated_at = utcnow()
    session.add(group)
    session.flush()
    return group


def add_group(session: Session, meeting_id: int, group_id: int) -> AddResult:
    group = session.get(InviteeGroup, group_id)
    if group is None:
        raise InviteeError(M("Kelompok undangan {group_id} tidak ditemukan.", group_id=group_id))
    org_ids, person_ids = group_members(group)
    res = add_opd_heads(session, meeting_id, org_ids)
    more = add_persons(session, meeting_id, person_ids)
    res.added.extend(more.added)
    res.already.extend(p for p in more.already if p not in res.already)
    res.unknown.extend(more.unknown)
    return res


def resolve_person(session: Session, text: str) -> Person | None:
    """A person by id (short number) or NIP (18 digits, spaces allowed)."""
    digits = clean(text)
    if not digits.isdigit():
        return None
    if len(digits) >= 15:
        return session.exec(select(Person).where(Person.nip == digits)).first()
    return session.get(Person, int(digits))


def remove_invitee(session: Session, meeting_id: int, person_id: int) -> None:
    """Withdraw an invitation; refused once the person has checked in (attendance is evidence)."""
    m = ensure_editable(session, meeting_id)
    inv = session.exec(
        select(Invitation).where(
            Invitation.meeting_id == meeting_id, Invitation.person_id == person_id
        )
    ).first()
    if inv is None:
        return
    came = session.exec(select(Attendance.id).where(Attendance.invitation_id == inv.id)).first()
    if came is not None:
        raise InviteeError(
            M(
                "Undangan tidak dapat dihapus: orang ini sudah registrasi hadir. Batalkan registrasinya di meja registrasi bila memang keliru."
            )
        )
    session.delete(inv)
    audit.record(
        session, "invitation.remove", entity="meeting", entity_uuid=m.uuid, person_id=person_id
    )


def set_absence(
    session: Session, meeting_id: int, person_id: int, status: str | None, note: str = ""
) -> None:
    """Record why an invitee is absent (izin, sakit, tugas luar, tanpa keterangan)."""
    ensure_editable(session, meeting_id)
    if status is not None:
        status = AbsenceStatus(status).value
        if status == AbsenceStatus.HADIR:
            raise InviteeError(M("Status 'Hadir' berasal dari registrasi, bukan diisi manual."))
    inv = session.exec(
        select(Invitation).where(
            Invitation.meeting_id == meeting_id, Invitation.person_id == person_id
        )
    ).first()
    if inv is None:
        raise InviteeError(M("Orang ini tidak diundang ke rapat ini."))
    inv.absence_status = status
    inv.absence_note = (note or "").strip()[:300]
    inv.updated_at = utcnow()
    session.add(inv)


def invited_organizations(session: Session, meeting_id: int) -> list[Organization]:
    """Organizations represented among the invitees, by name (the OPD report grid's rows)."""
    ids = set(
        session.exec(
            select(Invitation.organization_id).where(
                Invitation.meeting_id == meeting_id,
                Invitation.organization_id != None,  # noqa: E711
            )
        ).all()
    )
    if not ids:
        return []
    return list(
        session.exec(
            select(Organization)
            .where(col(Organization.id).in_(ids))
            .order_by(col(Organization.name))
        )
    )
