"""Editing an OPD's own details: its name, short name and office e-mail address.

The address is where the outbox sends the OPD's packets and reminders (issue 21), so a
typo must be caught here, where it is typed, not discovered as a bounce a week later.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from rakor_desktop.domain.models import Organization
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.office import audit
from rakor_desktop.services.outbox.settings import valid_address


@dataclass(frozen=True, slots=True)
class OrganizationDetails:
    id: int
    name: str
    short_name: str
    kind: str
    email: str


def organization_details(session: Session, organization_id: int) -> OrganizationDetails:
    org = session.get(Organization, organization_id)
    if org is None:
        raise LookupError(M("OPD tidak ditemukan."))
    return OrganizationDetails(
        org.id or 0, org.name, org.short_name or "", org.kind, org.email or ""
    )


def update_organization(
    session: Session, organization_id: int, *, name: str, short_name: str, email: str
) -> OrganizationDetails:
    """Save what the editor shows; every refusal is one Indonesian sentence."""
    org = session.get(Organization, organization_id)
    if org is None:
        raise LookupError(M("OPD tidak ditemukan."))
    name, short_name, email = " ".join(name.split()), short_name.strip(), email.strip().lower()
    if not name:
        raise ValueError(M("Nama OPD tidak boleh kosong."))
    if len(name) > 200 or len(short_name) > 60 or len(email) > 200:
        raise ValueError(M("Nama OPD paling panjang 200 karakter, singkatan 60, surel 200."))
    if email and not valid_address(email):
        raise ValueError(
            M(
                "Surel {email} bukan alamat yang sah (contoh: dinkes@pemalangkab.go.id).",
                email=email,
            )
        )
    twin = session.exec(
        select(Organization.id).where(
            func.lower(Organization.name) == name.lower(), col(Organization.id) != organization_id
        )
    ).first()
    if twin is not None:
        raise ValueError(M("Sudah ada OPD lain bernama {name}.", name=name))
    before = (org.name, org.short_name or "", org.email or "")
    if before != (name, short_name, email):
        org.name, org.short_name, org.email = name, short_name, email or None
        org.updated_at = utcnow()
        session.add(org)
        session.flush()
        audit.record(
            session,
            "organization.update",
            entity="organization",
            entity_uuid=org.uuid,
            name=name,
            email=email,
        )
    return organization_details(session, organization_id)
