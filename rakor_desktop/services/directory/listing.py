"""The directory page's queries: people by OPD, paged, with counts.

``services.people.list_people`` answers "who matches this text"; the directory page
also filters by OPD and shows "1.234 orang" without loading 10,000 rows, so it needs
a count and an OPD filter. The text matching follows the same rules (name key without
titles or diacritics, NIP prefix, OPD name, jabatan) through the same domain helpers.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import false, func, or_
from sqlmodel import Session, col, select

from rakor_desktop.domain.models import Organization, Person
from rakor_desktop.domain.names import bounded_search, fold
from rakor_desktop.domain.nip import clean

NO_ORGANIZATION = -1  # filter value for people without an OPD


@dataclass(frozen=True, slots=True)
class DirectoryRow:
    """One person as the directory table shows it (with the OPD's short name)."""

    id: int
    name: str
    nip: str | None
    jabatan: str
    pangkat: str
    organization: str
    organization_short: str
    organization_id: int | None

    @property
    def organization_label(self) -> str:
        return self.organization_short or self.organization


@dataclass(frozen=True, slots=True)
class OrganizationCount:
    id: int
    name: str
    short_name: str
    kind: str
    people: int
    email: str = ""


def _filters(text: str | None, organization_id: int | None) -> list:
    conds: list = [Person.active == True]  # noqa: E712
    if organization_id == NO_ORGANIZATION:
        conds.append(col(Person.organization_id).is_(None))
    elif organization_id is not None:
        conds.append(Person.organization_id == organization_id)
    text = bounded_search(text)
    if text:
        digits = clean(text)
        key = fold(text)
        alternatives = []
        if key:
            # autoescape: "_" and "%" typed by a person are letters, not wildcards.
            alternatives.append(col(Person.name_key).contains(key, autoescape=True))
            alternatives.append(func.lower(Organization.name).contains(key, autoescape=True))
            alternatives.append(func.lower(Person.jabatan).contains(key, autoescape=True))
        if digits.isdigit():
            alternatives.append(col(Person.nip).startswith(digits, autoescape=True))
        # Text with nothing searchable left ("%", "!!!") matches nobody, not everybody.
        conds.append(or_(*alternatives) if alternatives else false())
    return conds


def search_people(
    session: Session,
    text: str | None = None,
    *,
    organization_id: int | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[DirectoryRow]:
    """One page of the directory, ordered by OPD, heads first, then name."""
    stmt = (
        select(Person, Organization.name, Organization.short_name)
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .where(*_filters(text, organization_id))
        # People without an OPD (guests, the Bupati's staff) last on every backend.
        .order_by(
            col(Organization.name).is_(None),
            Organization.name,
            col(Person.is_head).desc(),
            Person.full_name,
            col(Person.id),
        )
        .limit(limit)
        .offset(offset)
    )
    return [
        DirectoryRow(
            id=p.id or 0,
            name=p.full_name,
            nip=p.nip,
            jabatan=p.jabatan,
            pangkat=p.pangkat,
            organization=org or "",
            organization_short=short or "",
            organization_id=p.organization_id,
        )
        for p, org, short in session.exec(stmt).all()
    ]


def count_people(
    session: Session, text: str | None = None, *, organization_id: int | None = None
) -> int:
    stmt = (
        select(func.count())
        .select_from(Person)
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .where(*_filters(text, organization_id))
    )
    return int(session.exec(stmt).one())


def organizations_with_counts(session: Session) -> list[OrganizationCount]:
    """Active OPDs with their number of active people, alphabetical."""
    counts = (
        select(Person.organization_id, func.count().label("n"))
        .where(Person.active == True)  # noqa: E712
        .group_by(col(Person.organization_id))
        .subquery()
    )
    stmt = (
        select(Organization, func.coalesce(counts.c.n, 0))
        .join(counts, counts.c.organization_id == Organization.id, isouter=True)
        .where(Organization.active == True)  # noqa: E712
        .order_by(Organization.name)
    )
    return [
        OrganizationCount(
            id=o.id or 0,
            name=o.name,
            short_name=o.short_name,
            kind=o.kind,
            people=int(n),
            email=o.email or "",
        )
        for o, n in session.exec(stmt).all()
    ]
