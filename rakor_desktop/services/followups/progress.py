"""Progress reports and status changes of follow-ups, each kept in the history."""

from __future__ import annotations

import uuid as _uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import func
from sqlmodel import Session, col, select

from rakor_desktop.domain import followup_rules as rules
from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.models import (
    FollowUp,
    FollowUpUpdate,
    Meeting,
)
from rakor_desktop.domain.timefmt import iso_office, office_datetime
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.followups.query import (
    MAX_EVIDENCE_PATH,
    FollowUpError,
    _now,
    office_today,
    status_label,
)
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import office_zone

# ------------------------------------------------------------------ changes


@dataclass(frozen=True, slots=True)
class UpdateRow:
    """One entry of a follow-up's progress history."""

    id: int
    at: datetime
    status: str
    percent: int
    note: str
    evidence_path: str | None
    meeting_id: int | None
    meeting_title: str | None

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    def as_json(self, zone: str) -> dict:
        return {
            "id": self.id,
            "at": iso_office(self.at, zone),
            "status": self.status,
            "percent": self.percent,
            "note": self.note,
            "evidence_path": self.evidence_path,
            "meeting_id": self.meeting_id,
            "meeting": self.meeting_title,
        }


def history(session: Session, followup_id: int) -> list[UpdateRow]:
    """Progress updates, newest first (what the chair reads before the next Rakor)."""
    rows = session.exec(
        select(FollowUpUpdate, Meeting.title)
        .join(Meeting, col(FollowUpUpdate.meeting_id) == col(Meeting.id), isouter=True)
        .where(FollowUpUpdate.follow_up_id == followup_id)
        .order_by(col(FollowUpUpdate.at).desc(), col(FollowUpUpdate.id).desc())
    ).all()
    return [
        UpdateRow(
            id=u.id or 0,
            at=u.at,
            status=u.status,
            percent=u.percent,
            note=u.note,
            evidence_path=u.evidence_path,
            meeting_id=u.meeting_id,
            meeting_title=title,
        )
        for u, title in rows
    ]


def _load(session: Session, followup_id: int) -> FollowUp:
    fu = session.get(FollowUp, followup_id)
    if fu is None:
        raise FollowUpError(
            M("Tindak lanjut {followup_id} tidak ditemukan.", followup_id=followup_id)
        )
    return fu


def update_time(day: date, *, now: datetime, zone: str) -> datetime:
    """The instant recorded for a progress report dated ``day`` (office zone).

    Today means now; an earlier day means noon of that day (the report was received
    that day, the hour is unknown). A day in the future is refused.
    """
    today = office_today(now, zone)
    if day > today:
        raise FollowUpError(M("Tanggal progres tidak boleh di masa depan."))
    if day == today:
        return now
    return office_datetime(day, time(12, 0), zone).astimezone(UTC)


def add_progress(
    session: Session,
    followup_id: int,
    *,
    note: str = "",
    percent: int | None = None,
    status: str | None = None,
    day: date | None = None,
    evidence_path: str | None = None,
    meeting_id: int | None = None,
    now: datetime | None = None,
    actor: str | None = None,
) -> FollowUpUpdate:
    """Record a progress report and move the follow-up to the state it reports.

    The follow-up always shows its latest report, so a report dated before the
    latest one already recorded is refused rather than silently rewriting history.
    """
    now = _now(now)
    zone = office_zone(session)
    fu = _load(session, followup_id)
    note = note.strip()
    evidence = (evidence_path or "").strip() or None
    if evidence is not None and len(evidence) > MAX_EVIDENCE_PATH:
        raise FollowUpError(
            M(
                "Rujukan berkas bukti terlalu panjang (maks. {MAX_EVIDENCE_PATH}).",
                MAX_EVIDENCE_PATH=MAX_EVIDENCE_PATH,
            )
        )
    if not note and percent is None and status is None and evidence is None:
        raise FollowUpError(M("Isi catatan, persentase, status atau berkas bukti."))
    at = update_time(day, now=now, zone=zone) if day is not None else now
    latest = session.exec(
        select(func.max(FollowUpUpdate.at)).where(FollowUpUpdate.follow_up_id == followup_id)
    ).one()
    if latest is not None and at < latest:
        latest_day = office_today(latest, zone)
        if office_today(at, zone) < latest_day:
            raise FollowUpError(
                M(
                    "Tanggal progres lebih awal dari progres terakhir ({value}); pilih tanggal yang lebih baru.",
                    value=latest_day.strftime("%d/%m/%Y"),
                )
            )
        at = latest  # same day as the latest report: keep the history in order
    result = rules.resolve(fu.status, fu.percent, status=status, percent=percent, reason=note)
    before = (fu.status, fu.percent)
    _apply(fu, result, at)
    update = FollowUpUpdate(
        follow_up_id=followup_id,
        meeting_id=meeting_id,
        at=at,
        status=result.status.value,
        percent=result.percent,
        note=note,
        evidence_path=evidence,
    )
    session.add(update)
    session.flush()
    audit.record(
        session,
        "followup.progress",
        entity="follow_up",
        entity_uuid=fu.uuid,
        actor=actor,
        from_status=before[0],
        to_status=result.status.value,
        from_percent=before[1],
        to_percent=result.percent,
        update_uuid=update.uuid,
    )
    return update


def _apply(fu: FollowUp, result: rules.Progress, at: datetime) -> None:
    if result.status == FollowUpStatus.SELESAI and fu.status != FollowUpStatus.SELESAI.value:
        fu.completed_at = at
    elif result.status != FollowUpStatus.SELESAI:
        fu.completed_at = None
    fu.status = result.status.value
    fu.percent = result.percent
    fu.updated_at = utcnow()


@dataclass(frozen=True, slots=True)
class BulkResult:
    changed: int
    unchanged: int
    batch: str


def change_status(
    session: Session,
    ids: Sequence[int],
    status: str,
    *,
    reason: str = "",
    now: datetime | None = None,
    actor: str | None = None,
) -> BulkResult:
    """Set the status of many follow-ups at once: all change or none does.

    Every changed follow-up gets a history entry and an audit event sharing one
    ``batch`` id, so a mistaken bulk change can be traced and reverted.
    """
    now = _now(now)
    target = FollowUpStatus(status)
    wanted = sorted(set(ids))
    if not wanted:
        raise FollowUpError(M("Pilih minimal satu tindak lanjut."))
    items = list(session.exec(select(FollowUp).where(col(FollowUp.id).in_(wanted))))
    missing = set(wanted) - {fu.id for fu in items}
    if missing:
        raise FollowUpError(
            M("Tindak lanjut tidak ditemukan: {items}.", items=", ".join(map(str, sorted(missing))))
        )
    plans: list[tuple[FollowUp, rules.Progress]] = []
    for fu in items:
        if fu.status == target.value:
            continue
        try:
            plans.append((fu, rules.resolve(fu.status, fu.percent, status=target, reason=reason)))
        except rules.FollowUpRuleError as exc:
            raise rules.FollowUpRuleError(
                M("{exc} (tindak lanjut {id})", exc=exc, id=fu.id)
            ) from exc
    batch = str(_uuid.uuid4())
    note = reason.strip() or f"Status diubah menjadi {status_label(target)}."
    for fu, result in plans:
        before = fu.status
        _apply(fu, result, now)
        session.add(
            FollowUpUpdate(
                follow_up_id=fu.id or 0,
                at=now,
                status=result.status.value,
                percent=result.percent,
                note=note,
            )
        )
        audit.record(
            session,
            "followup.status",
            entity="follow_up",
            entity_uuid=fu.uuid,
            actor=actor,
            from_status=before,
            to_status=result.status.value,
            reason=reason.strip(),
            batch=batch,
            count=len(plans),
        )
    session.flush()
    return BulkResult(changed=len(plans), unchanged=len(items) - len(plans), batch=batch)
