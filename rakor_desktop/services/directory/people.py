"""The directory: people and their organizations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from rakor_desktop.domain.models import Organization, Person
from rakor_desktop.domain.names import fold, name_key
from rakor_desktop.domain.nip import clean, normalize_nip
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.office import audit


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    uuid: str
    name: str
    nip: str | None
    jabatan: str
    pangkat: str
    organization: str
    organization_id: int | None
    phone: str

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "name": self.name,
            "nip": self.nip,
            "jabatan": self.jabatan,
            "pangkat": self.pangkat,
            "organization": self.organization,
        }


class DuplicateNip(ValueError):
    def __init__(self, nip: str, existing: str) -> None:
        super().__init__(f"NIP {nip} sudah dipakai oleh {existing}.")


def _row(p: Person, org_name: str | None) -> PersonRow:
    return PersonRow(
        id=p.id or 0,
        uuid=p.uuid,
        name=p.full_name,
        nip=p.nip,
        jabatan=p.jabatan,
        pangkat=p.pangkat,
        organization=org_name or "",
        organization_id=p.organization_id,
        phone=p.phone,
    )


def _query(text: str | None):
    stmt = (
        select(Person, Organization.name)
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .where(Person.active == True)  # noqa: E712
    )
    if text:
        digits = clean(text)
        key = fold(text)
        conds = [col(Person.name_key).contains(key)] if key else []
        if digits.isdigit():
            conds.append(col(Person.nip).startswith(digits))
        if key:
            conds.append(func.lower(Organization.name).contains(key))
            conds.append(func.lower(Person.jabatan).contains(key))
        if conds:
            stmt = stmt.where(or_(*conds))
    return stmt


def list_people(
    session: Session, text: str | None = None, *, limit: int | None = None, offset: int = 0
) -> list[PersonRow]:
    # Without an OPD last, on SQLite (NULLs first) and PostgreSQL (NULLs last) alike.
    stmt = _query(text).order_by(
        col(Organization.name).is_(None),
        col(Organization.name),
        col(Person.is_head).desc(),
        col(Person.full_name),
    )
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return [_row(p, org) for p, org in session.exec(stmt).all()]


def count_people(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Person).where(Person.active == True)).one()  # noqa: E712


def get_person(session: Session, person_id: int) -> Person | None:
    return session.get(Person, person_id)


def find_by_nip(session: Session, text: str) -> Person | None:
    digits = clean(text)
    if not digits:
        return None
    return session.exec(select(Person).where(Person.nip == digits)).first()


def create_person(
    session: Session,
    full_name: str,
    *,
    nip: str | None = None,
    jabatan: str = "",
    pangkat: str = "",
    organization_id: int | None = None,
    phone: str = "",
    is_head: bool = False,
) -> Person:
    """Create a person; the NIP is validated and must be unique (reasons in Indonesian)."""
    full_name = (full_name or "").strip()
    if not full_name:
        raise ValueError(M("Nama tidak boleh kosong."))
    digits = normalize_nip(nip)  # raises InvalidNip with the reason
    if digits:
        other = session.exec(select(Person).where(Person.nip == digits)).first()
        if other is not None:
            raise DuplicateNip(digits, other.full_name)
    person = Person(
        full_name=full_name,
        name_key=name_key(full_name),
        nip=digits,
        jabatan=jabatan.strip(),
        pangkat=pangkat.strip(),
        organization_id=organization_id,
        phone=phone.strip(),
        is_head=is_head,
    )
    session.add(person)
    session.flush()
    audit.record(session, "person.create", entity="person", entity_uuid=person.uuid, name=full_name)
    return person


def rename_person(session: Session, person: Person, full_name: str) -> None:
    person.full_name = full_name.strip()
    person.name_key = name_key(person.full_name)
    person.updated_at = utcnow()


def list_organizations(session: Session) -> list[Organization]:
    return list(
        session.exec(
            select(Organization).where(Organization.active == True).order_by(Organization.name)  # noqa: E712
        )
    )


def find_organization(session: Session, text: str) -> Organization | None:
    """By exact name, short name, or a unique case-insensitive fragment."""
    return match_organization(list_organizations(session), text)


def match_organization(orgs: Sequence[Organization], text: str) -> Organization | None:
    """:func:`find_organization` over a list already read (an importer matching many rows)."""
    key = fold(text)
    if not key:
        return None
    for org in orgs:
        if fold(org.name) == key or (org.short_name and fold(org.short_name) == key):
            return org
    hits = [o for o in orgs if key in fold(o.name)]
    return hits[0] if len(hits) == 1 else None
