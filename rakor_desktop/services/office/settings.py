"""The office (kop) record: one per database, created on first use."""

from __future__ import annotations

import secrets
from typing import Any

from sqlmodel import Session, col, select

from rakor_desktop.domain.enums import Paper, TimeZoneName
from rakor_desktop.domain.models import Office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.office import audit

EDITABLE = (
    "regency_name",
    "unit_name",
    "address_line",
    "city",
    "logo_path",
    "time_zone",
    "paper",
)


def get_office(session: Session) -> Office:
    office = session.exec(select(Office).order_by(col(Office.id))).first()
    if office is None:
        office = Office(qr_secret=secrets.token_hex(32))
        session.add(office)
        session.flush()
    elif not office.qr_secret:
        office.qr_secret = secrets.token_hex(32)
        session.flush()
    return office


def office_zone(session: Session) -> str:
    return get_office(session).time_zone


def update_office(session: Session, **values: Any) -> Office:
    office = get_office(session)
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(M("unknown office fields: {items}", items=sorted(unknown)))
    if "time_zone" in values:
        values["time_zone"] = TimeZoneName(values["time_zone"]).value
    if "paper" in values:
        values["paper"] = Paper(values["paper"]).value
    changed = {k: v for k, v in values.items() if getattr(office, k) != v}
    for key, value in changed.items():
        setattr(office, key, value)
    if changed:
        office.updated_at = utcnow()
        audit.record(session, "office.update", entity="office", entity_uuid=office.uuid, **changed)
    return office
