"""Notes per agenda item, saved by the editor's autosave.

One note body per (meeting, agenda item); ``agenda_item_id=None`` holds general
notes outside the agenda. A save is idempotent and last-write-wins: the editor sends
the whole text after a short pause, on focus-out and on close, and retries a failed
save with the same text, so nothing depends on how many saves actually ran.
No audit row per save: a three-hour meeting would write thousands; the finalized
minutes (MinutesRevision) are the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from rakor_desktop.domain.models import AgendaItem, Note
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import ensure_editable


class NoteError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class NoteSaved:
    note_id: int | None
    changed: bool
    saved_at: datetime


def _find(session: Session, meeting_id: int, agenda_item_id: int | None) -> Note | None:
    stmt = select(Note).where(Note.meeting_id == meeting_id)
    if agenda_item_id is None:
        stmt = stmt.where(Note.agenda_item_id == None)  # noqa: E711
    else:
        stmt = stmt.where(Note.agenda_item_id == agenda_item_id)
    return session.exec(stmt.order_by(col(Note.position), col(Note.id))).first()


def get_note(session: Session, meeting_id: int, agenda_item_id: int | None) -> str:
    note = _find(session, meeting_id, agenda_item_id)
    return note.body if note else ""


def save_note(
    session: Session,
    meeting_id: int,
    agenda_item_id: int | None,
    body: str,
    *,
    now: datetime | None = None,
) -> NoteSaved:
    """Store the full text of one item's note (refused for a finalized meeting)."""
    now = now or utcnow()
    ensure_editable(session, meeting_id)
    if agenda_item_id is not None:
        item = session.get(AgendaItem, agenda_item_id)
        if item is None or item.meeting_id != meeting_id:
            raise NoteError(M("Butir agenda untuk catatan ini tidak ditemukan di rapat ini."))
    body = (body or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    note = _find(session, meeting_id, agenda_item_id)
    if note is None:
        if not body:
            return NoteSaved(None, False, now)
        note = Note(meeting_id=meeting_id, agenda_item_id=agenda_item_id, body=body)
        session.add(note)
        session.flush()
        return NoteSaved(note.id, True, now)
    if note.body == body:
        return NoteSaved(note.id, False, now)
    note.body = body
    note.updated_at = now
    session.add(note)
    return NoteSaved(note.id, True, now)


def notes_for_meeting(session: Session, meeting_id: int) -> dict[int | None, str]:
    """Every note body keyed by agenda item id (None: general notes)."""
    out: dict[int | None, str] = {}
    for note in session.exec(
        select(Note)
        .where(col(Note.meeting_id) == meeting_id)
        .order_by(col(Note.position), col(Note.id))
    ):
        out.setdefault(note.agenda_item_id, note.body)
    return out
