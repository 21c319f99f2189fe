"""Decisions (keputusan/kesimpulan) and directives (arahan pimpinan).

A directive is only useful if someone owns it: every arahan gets a FollowUp row
(OPD, PIC, due date) at once, editable later. The PIC defaults to the head of the
named OPD, because the chair addresses the Kepala Dinas, not a clerk. Quick entry
("Dinas Kesehatan 30/9") fills OPD and date in one line while the chair talks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from rakor_desktop.db.sql import select_row
from rakor_desktop.domain.enums import DecisionKind, FollowUpStatus
from rakor_desktop.domain.models import (
    AgendaItem,
    Decision,
    FollowUp,
    FollowUpUpdate,
    Organization,
    Person,
)
from rakor_desktop.domain.quick_entry import OrgCandidate, QuickEntry, parse_quick_entry
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.attendance.invitees import head_of
from rakor_desktop.services.followups.query import office_today
from rakor_desktop.services.meetings.close import ensure_editable
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import office_zone

KIND_LABELS = {
    DecisionKind.KEPUTUSAN: "Keputusan",
    DecisionKind.KESIMPULAN: "Kesimpulan",
    DecisionKind.ARAHAN: "Arahan Pimpinan",
}


class DecisionError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: int
    organization_id: int | None
    organization: str
    pic_id: int | None
    pic: str
    due_date: date | None
    action: str
    status: str


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    kind: str
    text: str
    agenda_item_id: int | None
    agenda_title: str
    position: int
    followup: FollowUpRow | None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(DecisionKind(self.kind), self.kind)


def _clean_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise DecisionError(M("Isi keputusan/arahan wajib diisi."))
    return text


def _check_item(session: Session, meeting_id: int, agenda_item_id: int | None) -> None:
    if agenda_item_id is None:
        return
    it = session.get(AgendaItem, agenda_item_id)
    if it is None or it.meeting_id != meeting_id:
        raise DecisionError(M("Butir agenda tidak ditemukan di rapat ini."))


def _next_position(session: Session, meeting_id: int) -> int:
    last = session.exec(
        select(func.max(Decision.position)).where(Decision.meeting_id == meeting_id)
    ).one()
    return 0 if last is None else int(last) + 1


def add_decision(
    session: Session,
    meeting_id: int,
    kind: str,
    text: str,
    *,
    agenda_item_id: int | None = None,
) -> Decision:
    """A keputusan or kesimpulan; an arahan goes through :func:`add_directive`."""
    kind = DecisionKind(kind).value
    if kind == DecisionKind.ARAHAN:
        return add_directive(session, meeting_id, text, agenda_item_id=agenda_item_id)[0]
    m = ensure_editable(session, meeting_id)
    _check_item(session, meeting_id, agenda_item_id)
    d = Decision(
        meeting_id=meeting_id,
        agenda_item_id=agenda_item_id,
        kind=kind,
        text=_clean_text(text),
        position=_next_position(session, meeting_id),
    )
    session.add(d)
    session.flush()
    audit.record(
        session, "decision.add", entity="decision", entity_uuid=d.uuid, meeting=m.uuid, kind=kind
    )
    return d


def add_directive(
    session: Session,
    meeting_id: int,
    text: str,
    *,
    agenda_item_id: int | None = None,
    organization_id: int | None = None,
    pic_id: int | None = None,
    due_date: date | None = None,
    action: str = "",
    indicator_id: int | None = None,
) -> tuple[Decision, FollowUp]:
    """An arahan and its follow-up; the PIC defaults to the OPD's head. ``indicator_id``
    links a directive raised from a monev row to its indicator (carried over with it)."""
    m = ensure_editable(session, meeting_id)
    _check_item(session, meeting_id, agenda_item_id)
    text = _clean_text(text)
    if organization_id is not None and session.get(Organization, organization_id) is None:
        raise DecisionError(M("OPD penanggung jawab tidak ditemukan."))
    if pic_id is None and organization_id is not None:
        head = head_of(session, organization_id)
        pic_id = head.id if head else None
    d = Decision(
        meeting_id=meeting_id,
        agenda_item_id=agenda_item_id,
        kind=DecisionKind.ARAHAN.value,
        text=text,
        position=_next_position(session, meeting_id),
    )
    session.add(d)
    session.flush()
    fu = FollowUp(
        meeting_id=meeting_id,
        series_id=m.series_id,
        decision_id=d.id,
        organization_id=organization_id,
        pic_id=pic_id,
        problem=text,
        action=(action or "").strip(),
        due_date=due_date,
        status=FollowUpStatus.BELUM.value,
        indicator_id=indicator_id,
    )
    session.add(fu)
    session.flush()
    audit.record(
        session,
        "directive.add",
        entity="decision",
        entity_uuid=d.uuid,
        meeting=m.uuid,
        follow_up=fu.uuid,
        organization_id=organization_id,
        due_date=due_date,
        indicator_id=indicator_id,
    )
    return d, fu


def org_candidates(session: Session) -> list[OrgCandidate]:
    return [
        OrgCandidate(o.id or 0, o.name, o.short_name)
        for o in session.exec(select(Organization).where(Organization.active == True))  # noqa: E712
    ]


def parse_quick(session: Session, text: str, *, now: datetime | None = None) -> QuickEntry:
    """Parse "Dinas Kesehatan 30/9" against this database's OPDs and today's date (office zone)."""
    today = office_today(now or utcnow(), office_zone(session))
    return parse_quick_entry(text, org_candidates(session), today)


def quick_directive(
    session: Session,
    meeting_id: int,
    text: str,
    quick: str,
    *,
    agenda_item_id: int | None = None,
    now: datetime | None = None,
) -> tuple[Decision, FollowUp]:
    """An arahan whose OPD and due date come from one quick-entry line.

    A line that names an unknown OPD or an impossible date is refused with the
    reason, so a typo does not produce a follow-up nobody owns.
    """
    entry = parse_quick(session, quick, now=now)
    if entry.problems:
        raise DecisionError(" ".join(entry.problems))
    return add_directive(
        session,
        meeting_id,
        text,
        agenda_item_id=agenda_item_id,
        organization_id=entry.organization.id if entry.organization else None,
        due_date=entry.due_date,
    )


def list_decisions(
    session: Session, meeting_id: int, *, agenda_item_id: int | None = None
) -> list[DecisionRow]:
    stmt = (
        select_row(
            Decision, col(AgendaItem.title), FollowUp, col(Organization.name), col(Person.full_name)
        )
        .join(AgendaItem, col(Decision.agenda_item_id) == col(AgendaItem.id), isouter=True)
        .join(FollowUp, col(FollowUp.decision_id) == col(Decision.id), isouter=True)
        .join(Organization, col(FollowUp.organization_id) == col(Organization.id), isouter=True)
        .join(Person, col(FollowUp.pic_id) == col(Person.id), isouter=True)
        .where(Decision.meeting_id == meeting_id)
    )
    if agenda_item_id is not None:
        stmt = stmt.where(Decision.agenda_item_id == agenda_item_id)
    out = []
    for d, title, fu, org, pic in session.exec(
        stmt.order_by(col(Decision.position), col(Decision.id))
    ).all():
        fu_row = None
        if fu is not None:
            fu_row = FollowUpRow(
                id=fu.id or 0,
                organization_id=fu.organization_id,
                organization=org or "",
                pic_id=fu.pic_id,
                pic=pic or "",
                due_date=fu.due_date,
                action=fu.action,
                status=fu.status,
            )
        out.append(
            DecisionRow(
                id=d.id or 0,
                kind=d.kind,
                text=d.text,
                agenda_item_id=d.agenda_item_id,
                agenda_title=title or "",
                position=d.position,
                followup=fu_row,
            )
        )
    return out


def _followup_of(session: Session, decision_id: int) -> FollowUp | None:
    return session.exec(select(FollowUp).where(FollowUp.decision_id == decision_id)).first()


def _has_history(session: Session, fu: FollowUp) -> bool:
    return (
        session.exec(select(FollowUpUpdate.id).where(FollowUpUpdate.follow_up_id == fu.id)).first()
        is not None
    )


def update_decision(
    session: Session, decision_id: int, *, text: str | None = None, kind: str | None = None
) -> Decision:
    """Edit text or kind; turning an arahan into a keputusan drops its follow-up
    unless progress has already been reported on it."""
    d = session.get(Decision, decision_id)
    if d is None:
        raise DecisionError(M("Keputusan tidak ditemukan."))
    m = ensure_editable(session, d.meeting_id)
    fu = _followup_of(session, decision_id)
    if text is not None:
        d.text = _clean_text(text)
        if fu is not None:
            fu.problem = d.text
            fu.updated_at = utcnow()
            session.add(fu)
    if kind is not None and DecisionKind(kind).value != d.kind:
        kind = DecisionKind(kind).value
        if d.kind == DecisionKind.ARAHAN and fu is not None:
            if _has_history(session, fu):
                raise DecisionError(
                    M("Arahan ini sudah punya laporan tindak lanjut; jenisnya tidak dapat diubah.")
                )
            session.delete(fu)
        if kind == DecisionKind.ARAHAN and fu is None:
            session.add(
                FollowUp(
                    meeting_id=d.meeting_id,
                    series_id=m.series_id,
                    decision_id=d.id,
                    problem=d.text,
                    status=FollowUpStatus.BELUM.value,
                )
            )
        d.kind = kind
    d.updated_at = utcnow()
    session.add(d)
    return d


def delete_decision(session: Session, decision_id: int) -> None:
    d = session.get(Decision, decision_id)
    if d is None:
        return
    m = ensure_editable(session, d.meeting_id)
    fu = _followup_of(session, decision_id)
    if fu is not None:
        if _has_history(session, fu):
            raise DecisionError(
                M(
                    "Arahan ini sudah punya laporan tindak lanjut; ubah statusnya menjadi Dibatalkan alih-alih menghapus."
                )
            )
        session.delete(fu)
        session.flush()
    audit.record(
        session,
        "decision.delete",
        entity="decision",
        entity_uuid=d.uuid,
        meeting=m.uuid,
        text=d.text,
    )
    session.delete(d)


FOLLOWUP_FIELDS = ("organization_id", "pic_id", "due_date", "action")


def update_followup(session: Session, followup_id: int, **changes: object) -> FollowUp:
    """Edit the owner, deadline or action of a directive's follow-up."""
    unknown = set(changes) - set(FOLLOWUP_FIELDS)
    if unknown:
        raise ValueError(M("unknown follow-up fields: {items}", items=sorted(unknown)))
    fu = session.get(FollowUp, followup_id)
    if fu is None:
        raise DecisionError(M("Tindak lanjut tidak ditemukan."))
    ensure_editable(session, fu.meeting_id)
    if "organization_id" in changes:
        oid = changes["organization_id"]
        if oid is not None and session.get(Organization, oid) is None:
            raise DecisionError(M("OPD penanggung jawab tidak ditemukan."))
        if "pic_id" not in changes and oid != fu.organization_id and isinstance(oid, int):
            head = head_of(session, oid)
            changes["pic_id"] = head.id if head else None
    if "action" in changes:
        changes["action"] = str(changes["action"] or "").strip()
    for k, v in changes.items():
        setattr(fu, k, v)
    fu.updated_at = utcnow()
    session.add(fu)
    return fu
