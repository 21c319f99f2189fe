"""Closing a meeting, and the lock every edit checks.

A meeting moves draft -> scheduled -> in_progress -> closed -> finalized. Closing
needs a notulis, at least one decision and a status for every absent invitee (the
minutes print them). Finalizing (the documents issue writes a MinutesRevision) locks
the content: the signed minutes must match the database. A later correction goes
through :func:`begin_amendment`, which needs a reason and is audited; the next
finalize then produces revision n+1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from rakor_desktop.db.sql import table_of
from rakor_desktop.domain.enums import AbsenceStatus, MeetingStatus
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Decision,
    Invitation,
    Meeting,
    MinutesRevision,
)
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.office import audit


class MeetingNotFound(ValueError):
    def __init__(self, meeting_id: int) -> None:
        super().__init__(f"Rapat {meeting_id} tidak ditemukan.")


class MeetingLocked(ValueError):
    """Raised by every edit of a finalized meeting; the message gives the reason and the way out."""


class CloseRefused(ValueError):
    def __init__(self, failing: list[CloseCheck]) -> None:
        self.failing = failing
        lines = "; ".join(f"{c.label}: {c.detail}" for c in failing)
        super().__init__(f"Rapat belum dapat ditutup. {lines}")


@dataclass(frozen=True, slots=True)
class CloseCheck:
    key: str
    label: str
    ok: bool
    detail: str
    count: int = 0  # decisions recorded / invitees without a status (the UI words its own text)


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    m = session.get(Meeting, meeting_id)
    if m is None:
        raise MeetingNotFound(meeting_id)
    return m


def is_locked(meeting: Meeting) -> bool:
    return meeting.status == MeetingStatus.FINALIZED


# What a finalized meeting freezes, for writers that work on whole tables (bundle merge,
# server copy): the meeting row and every row that hangs off it by meeting_id. Follow-ups
# are not frozen: their progress is reported after the meeting, by design.
FROZEN_TABLES = frozenset(
    {
        "meeting",
        "invitation",
        "attendance",
        "agenda_item",
        "note",
        "decision",
        "opd_report",
        "minutes_revision",
    }
)


def finalized_meeting_ids(conn: Connection) -> set[int]:
    """Ids of the meetings that nothing may change without an amendment."""
    table = table_of(Meeting)
    rows = conn.execute(
        sa_select(table.c.id).where(table.c.status == MeetingStatus.FINALIZED.value)
    )
    return {int(r[0]) for r in rows}


def ensure_editable(session: Session, meeting: Meeting | int) -> Meeting:
    """The meeting, or :class:`MeetingLocked` with the reason when it is finalized."""
    m = get_meeting(session, meeting) if isinstance(meeting, int) else meeting
    if is_locked(m):
        rev = session.exec(
            select(MinutesRevision)
            .where(MinutesRevision.meeting_id == m.id)
            .order_by(col(MinutesRevision.number).desc())
        ).first()
        when = f" (revisi {rev.number})" if rev is not None else ""
        raise MeetingLocked(
            M(
                'Rapat "{title}" sudah difinalkan{when}; notulen terkunci agar sama dengan yang ditandatangani. Untuk mengubahnya, buat amandemen dengan alasan (tercatat di jejak audit).',
                title=m.title,
                when=when,
            )
        )
    return m


class MeetingClosed(ValueError):
    """Live mode (agenda timer) asked of a meeting that was already closed."""


def ensure_running_allowed(session: Session, meeting: Meeting | int) -> Meeting:
    """For what only happens while a meeting runs (starting or moving the agenda):
    refused once it is closed, as well as once it is final. One guard, used by every
    caller (live mode in the window, and any script), so a badge saying "Ditutup" and a
    running agenda timer can never disagree."""
    m = ensure_editable(session, meeting)
    if m.status == MeetingStatus.CLOSED:
        raise MeetingClosed(
            M(
                'Rapat "{title}" sudah ditutup: agenda tidak dapat dijalankan lagi. Catatan dan keputusan masih dapat dilengkapi sebelum notulen difinalkan.',
                title=m.title,
            )
        )
    return m


def absentees_without_status(session: Session, meeting_id: int) -> int:
    """Invitees with neither a check-in nor an absence status (izin, sakit...)."""
    stmt = (
        select(func.count())
        .select_from(Invitation)
        .join(Attendance, col(Attendance.invitation_id) == col(Invitation.id), isouter=True)
        .where(Invitation.meeting_id == meeting_id)
        .where(Attendance.id == None)  # noqa: E711
        .where(Invitation.absence_status == None)  # noqa: E711
    )
    return int(session.exec(stmt).one())


def close_checks(session: Session, meeting_id: int) -> list[CloseCheck]:
    """The checklist shown before closing, in the order the notulis fixes them."""
    m = get_meeting(session, meeting_id)
    decisions = int(
        session.exec(
            select(func.count()).select_from(Decision).where(Decision.meeting_id == meeting_id)
        ).one()
    )
    missing = absentees_without_status(session, meeting_id)
    return [
        CloseCheck(
            "notulis",
            "Notulis ditetapkan",
            m.notulis_id is not None,
            "sudah" if m.notulis_id is not None else "pilih notulis di tab Rincian",
        ),
        CloseCheck(
            "decisions",
            "Keputusan/kesimpulan dicatat",
            decisions > 0,
            f"{decisions} dicatat" if decisions else "belum ada keputusan, kesimpulan atau arahan",
            decisions,
        ),
        CloseCheck(
            "absentees",
            "Status peserta tidak hadir diisi",
            missing == 0,
            "lengkap"
            if missing == 0
            else f"{missing} undangan belum hadir tanpa status (izin/sakit/...)",
            missing,
        ),
    ]


def mark_remaining_absent(
    session: Session, meeting_id: int, status: str = AbsenceStatus.TANPA_KETERANGAN
) -> int:
    """Give every invitee who neither came nor sent word the status ``status``."""
    ensure_editable(session, meeting_id)
    status = AbsenceStatus(status).value
    if status == AbsenceStatus.HADIR:
        raise ValueError(M("Status 'hadir' berasal dari registrasi, bukan diisi manual."))
    rows = session.exec(
        select(Invitation)
        .join(Attendance, col(Attendance.invitation_id) == col(Invitation.id), isouter=True)
        .where(Invitation.meeting_id == meeting_id)
        .where(Attendance.id == None)  # noqa: E711
        .where(Invitation.absence_status == None)  # noqa: E711
    ).all()
    now = utcnow()
    for inv in rows:
        inv.absence_status = status
        inv.updated_at = now
        session.add(inv)
    return len(rows)


def close_meeting(session: Session, meeting_id: int, *, now: datetime | None = None) -> Meeting:
    """Close after the checks pass: ends a running agenda item, stamps ``closed_at``.

    Deleted agenda items stop being recoverable once the meeting is closed.
    """
    now = now or utcnow()
    m = ensure_editable(session, meeting_id)
    if m.status == MeetingStatus.CLOSED:
        return m
    failing = [c for c in close_checks(session, meeting_id) if not c.ok]
    if failing:
        raise CloseRefused(failing)
    for item in session.exec(
        select(AgendaItem).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.actual_start != None,  # noqa: E711
            AgendaItem.actual_end == None,  # noqa: E711
            AgendaItem.deleted_at == None,  # noqa: E711
        )
    ):
        item.actual_end = now
        item.updated_at = now
        session.add(item)
    m.status = MeetingStatus.CLOSED.value
    m.closed_at = now
    m.updated_at = now
    session.add(m)
    audit.record(session, "meeting.close", entity="meeting", entity_uuid=m.uuid, title=m.title)
    return m


def begin_amendment(
    session: Session, meeting_id: int, reason: str, *, actor: str | None = None
) -> Meeting:
    """Reopen a finalized meeting for a correction; the reason goes to the audit trail."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError(M("Alasan amandemen wajib diisi (akan tercatat di jejak audit)."))
    m = get_meeting(session, meeting_id)
    if not is_locked(m):
        raise ValueError(
            M("Amandemen hanya untuk rapat yang sudah difinalkan; rapat ini masih dapat diubah.")
        )
    last = session.exec(
        select(func.max(MinutesRevision.number)).where(MinutesRevision.meeting_id == meeting_id)
    ).one()
    m.status = MeetingStatus.CLOSED.value
    m.updated_at = utcnow()
    session.add(m)
    audit.record(
        session,
        "meeting.amendment",
        entity="meeting",
        entity_uuid=m.uuid,
        actor=actor,
        reason=reason,
        from_revision=last,
    )
    return m
