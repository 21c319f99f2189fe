"""Amendment proposals: what a bundle or server copy wanted to change in a finalized meeting.

Why it exists: a finalized meeting is the signed record. A bundle from another laptop
(an honest late edit, or a crafted file with recomputed checksums) must never change it
silently, whatever its ``updated_at`` says. The merge keeps such changes here, in the
audit trail, and the secretary decides: reject (recorded), or accept, which is only
possible during an amendment (:func:`meetings.close.begin_amendment`), so an accepted
change always ends in a new, numbered revision of the Notulen, never a rewritten one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, update
from sqlmodel import Session, col, select

from rakor_desktop.domain.models import AuditEvent, Meeting
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import ensure_editable
from rakor_desktop.services.office import audit
from rakor_desktop.services.transfer.bundle.format import TABLE_LABELS, TABLES, _decode
from rakor_desktop.services.transfer.bundle.merge import PROPOSAL_ACTION

ACCEPTED = "bundle.proposal.accepted"
REJECTED = "bundle.proposal.rejected"


class ProposalError(ValueError):
    """The proposal cannot be decided as asked; the message says why."""


@dataclass(frozen=True)
class Proposal:
    id: int
    table: str
    uuid: str
    op: str  # "insert" or "update"
    meeting_uuid: str | None
    meeting_title: str
    changes: dict[str, Any]

    def describe(self) -> str:
        what = TABLE_LABELS.get(self.table, self.table)
        verb = "tambah" if self.op == "insert" else "ubah " + ", ".join(sorted(self.changes))
        return f'#{self.id} {what} ({verb}) untuk rapat "{self.meeting_title}"'

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "uuid": self.uuid,
            "op": self.op,
            "meeting_uuid": self.meeting_uuid,
            "meeting_title": self.meeting_title,
            "changes": self.changes,
        }


def _decided(session: Session) -> set[int]:
    events = session.exec(
        select(AuditEvent.detail).where(col(AuditEvent.action).in_([ACCEPTED, REJECTED]))
    ).all()
    return {int(json.loads(d).get("proposal_id", 0)) for d in events}


def _from_event(event: AuditEvent) -> Proposal:
    d = json.loads(event.detail)
    assert event.id is not None
    return Proposal(
        id=event.id,
        table=d["table"],
        uuid=d["uuid"],
        op=d["op"],
        meeting_uuid=d.get("meeting_uuid"),
        meeting_title=d.get("meeting_title", ""),
        changes=d.get("changes", {}),
    )


def list_proposals(session: Session) -> list[Proposal]:
    """Open proposals, oldest first."""
    decided = _decided(session)
    events = session.exec(
        select(AuditEvent).where(AuditEvent.action == PROPOSAL_ACTION).order_by(col(AuditEvent.id))
    ).all()
    return [_from_event(e) for e in events if e.id not in decided]


def proposals_for_meeting(session: Session, meeting_id: int) -> list[Proposal]:
    """Open proposals for one meeting: what its Penutupan tab shows the secretary."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return []
    return [p for p in list_proposals(session) if p.meeting_uuid == meeting.uuid]


def _open_proposal(session: Session, proposal_id: int) -> Proposal:
    event = session.get(AuditEvent, proposal_id)
    if event is None or event.action != PROPOSAL_ACTION:
        raise ProposalError(M("Usulan #{id} tidak ada.", id=proposal_id))
    if proposal_id in _decided(session):
        raise ProposalError(M("Usulan #{id} sudah diputuskan.", id=proposal_id))
    return _from_event(event)


def reject_proposal(
    session: Session, proposal_id: int, *, reason: str = "", actor: str | None = None
) -> Proposal:
    proposal = _open_proposal(session, proposal_id)
    audit.record(
        session,
        REJECTED,
        entity=proposal.table,
        entity_uuid=proposal.uuid,
        actor=actor,
        proposal_id=proposal_id,
        reason=reason.strip(),
    )
    return proposal


def accept_proposal(session: Session, proposal_id: int, *, actor: str | None = None) -> Proposal:
    """Apply a proposal to its meeting, which must be under amendment (not finalized)."""
    proposal = _open_proposal(session, proposal_id)
    meeting = session.exec(select(Meeting).where(Meeting.uuid == proposal.meeting_uuid)).first()
    if meeting is None:
        raise ProposalError(M("Rapat untuk usulan #{id} tidak ada lagi.", id=proposal_id))
    ensure_editable(session, meeting)  # finalized: MeetingLocked says to begin an amendment
    table = TABLES[proposal.table]
    where = f"usulan #{proposal_id}"
    values = {c: _decode(table.c[c], v, where) for c, v in proposal.changes.items() if c in table.c}
    values["updated_at"] = utcnow()
    conn = session.connection()
    if proposal.op == "insert":
        conn.execute(insert(table).values(uuid=proposal.uuid, **values))
    else:
        result = conn.execute(update(table).where(table.c.uuid == proposal.uuid).values(**values))
        if result.rowcount != 1:
            raise ProposalError(M("Baris yang diubah usulan #{id} tidak ada lagi.", id=proposal_id))
    audit.record(
        session,
        ACCEPTED,
        entity=proposal.table,
        entity_uuid=proposal.uuid,
        actor=actor,
        proposal_id=proposal_id,
        meeting_uuid=proposal.meeting_uuid,
    )
    return proposal
