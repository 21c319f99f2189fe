"""Exporting the directory to ``.xlsx``/``.csv`` through the one table writer
(``office/tables.py``: formula-injection safe, whole files only)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, col

from rakor_desktop.db.sql import select_row
from rakor_desktop.domain.models import Organization, Person
from rakor_desktop.domain.names import name_key
from rakor_desktop.services.directory.tabular import FIELD_LABELS, FIELDS
from rakor_desktop.services.office.tables import write_table

EXPORT_HEADERS = [FIELD_LABELS[f] for f in FIELDS]


def directory_rows(session: Session) -> list[list[str]]:
    """Active people as export rows, in a stable order that does not depend on ids.

    Sorting by the exported values (not by id) makes two exports of the same data
    from two databases byte-comparable, which the round-trip check relies on.
    """
    stmt = (
        select_row(
            Person.full_name,
            Person.nip,
            Person.jabatan,
            Person.pangkat,
            Organization.name,
            Person.phone,
            Organization.email,
        )
        .join(Organization, col(Person.organization_id) == col(Organization.id), isouter=True)
        .where(
            Person.active == True  # noqa: E712
        )
    )
    rows = [
        [name or "", nip or "", jab or "", pangkat or "", org or "", phone or "", email or ""]
        for name, nip, jab, pangkat, org, phone, email in session.exec(stmt).all()
    ]
    rows.sort(key=lambda r: (r[4].casefold(), name_key(r[0]), r[0], r[1], r[2], r[3], r[5]))
    return rows


def export_people(session: Session, path: str | Path) -> int:
    """Write the directory to ``path`` (``.xlsx`` or ``.csv``); returns the row count."""
    rows = directory_rows(session)
    write_table(path, EXPORT_HEADERS, rows, sheet_title="Direktori", text_columns=(1, 5))
    return len(rows)
