"""The agenda: ordered items, reordering, recoverable deletion, and live mode.

Live mode records what actually happened (``actual_start``/``actual_end``) while the
notulis presses "next"; the minutes and next month's planning use those times.
An item's ``actual_start`` is the first time it was opened: going back to an item
reopens it (clears its end) without forgetting when it began.

Deleting an item only stamps ``deleted_at``: a mis-click during the meeting must not
take the notes typed under it. Deleted items can be restored until the meeting is
closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import AgendaItem, Decision, Meeting, Note, Organization, Person
from rakor_desktop.domain.timefmt import format_day, to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import (
    ensure_editable,
    ensure_running_allowed,
    get_meeting,
)
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import office_zone

MAX_MINUTES = 600


class AgendaError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class AgendaRow:
    id: int
    position: int
    title: str
    presenter_id: int | None
    presenter_org_id: int | None
    presenter: str  # person name, else OPD name, else ""
    planned_minutes: int
    actual_start: datetime | None
    actual_end: datetime | None
    is_carry_over: bool
    deleted_at: datetime | None

    @property
    def is_running(self) -> bool:
        return self.actual_start is not None and self.actual_end is None and self.deleted_at is None


@dataclass(frozen=True, slots=True)
class Budget:
    planned_minutes: int
    slot_minutes: int | None

    @property
    def over_by(self) -> int:
        if self.slot_minutes is None:
            return 0
        return max(0, self.planned_minutes - self.slot_minutes)

    def message(self) -> str:
        if self.slot_minutes is None:
            return f"Total rencana {self.planned_minutes} menit (jam selesai rapat belum diisi)."
        if self.over_by:
            return (
                f"Total rencana {self.planned_minutes} menit melebihi waktu rapat "
                f"{self.slot_minutes} menit ({self.over_by} menit lebih)."
            )
        return f"Total rencana {self.planned_minutes} dari {self.slot_minutes} menit."


def _live(meeting_id: int):
    return select(AgendaItem).where(
        AgendaItem.meeting_id == meeting_id,
        AgendaItem.deleted_at == None,  # noqa: E711
    )


def _items(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(session.exec(_live(meeting_id).order_by(AgendaItem.position, AgendaItem.id)))


def list_items(
    session: Session, meeting_id: int, *, include_deleted: bool = False
) -> list[AgendaRow]:
    stmt = (
        select(AgendaItem, Person.full_name, Organization.name)
        .join(Person, col(AgendaItem.presenter_id) == col(Person.id), isouter=True)
        .join(Organization, col(AgendaItem.presenter_org_id) == col(Organization.id), isouter=True)
        .where(AgendaItem.meeting_id == meeting_id)
    )
    if not include_deleted:
        stmt = stmt.where(AgendaItem.deleted_at == None)  # noqa: E711
    stmt = stmt.order_by(col(AgendaItem.position), col(AgendaItem.id))
    return [
        AgendaRow(
            id=it.id or 0,
            position=it.position,
            title=it.title,
            presenter_id=it.presenter_id,
            presenter_org_id=it.presenter_org_id,
            presenter=person or org or "",
            planned_minutes=it.planned_minutes,
            actual_start=it.actual_start,
            actual_end=it.actual_end,
            is_carry_over=it.is_carry_over,
            deleted_at=it.deleted_at,
        )
        for it, person, org in session.exec(stmt).all()
    ]


def deleted_items(session: Session, meeting_id: int) -> list[AgendaRow]:
    return [r for r in list_items(session, meeting_id, include_deleted=True) if r.deleted_at]


def _get(session: Session, item_id: int) -> AgendaItem:
    it = session.get(AgendaItem, item_id)
    if it is None:
        raise AgendaError(M("Butir agenda {item_id} tidak ditemukan.", item_id=item_id))
    return it


def _clean_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise AgendaError(M("Judul butir agenda wajib diisi."))
    return title[:300]


def _clean_minutes(minutes: object) -> int:
    try:
        value = int(str(minutes).strip())
    except ValueError as exc:
        raise AgendaError(M('Durasi "{minutes}" bukan angka menit.', minutes=minutes)) from exc
    if not 0 <= value <= MAX_MINUTES:
        raise AgendaError(
            M("Durasi harus antara 0 dan {MAX_MINUTES} menit.", MAX_MINUTES=MAX_MINUTES)
        )
    return value


def add_item(
    session: Session,
    meeting_id: int,
    title: str,
    *,
    planned_minutes: int = 10,
    presenter_id: int | None = None,
    presenter_org_id: int | None = None,
    position: int | None = None,
) -> AgendaItem:
    """Append (or insert at ``position``) an item."""
    ensure_editable(session, meeting_id)
    items = _items(session, meeting_id)
    pos = len(items) if position is None else max(0, min(position, len(items)))
    item = AgendaItem(
        meeting_id=meeting_id,
        title=_clean_title(title),
        planned_minutes=_clean_minutes(planned_minutes),
        presenter_id=presenter_id,
        presenter_org_id=presenter_org_id,
    )
    items.insert(pos, item)
    _renumber(session, items)
    session.flush()
    return item


def _renumber(session: Session, items: list[AgendaItem]) -> None:
    for i, it in enumerate(items):
        if it.position != i or it.id is None:
            it.position = i
            it.updated_at = utcnow()
            session.add(it)


UPDATABLE = ("title", "planned_minutes", "presenter_id", "presenter_org_id")


def update_item(session: Session, item_id: int, **changes: object) -> AgendaItem:
    unknown = set(changes) - set(UPDATABLE)
    if unknown:
        raise ValueError(M("unknown agenda fields: {items}", items=sorted(unknown)))
    it = _get(session, item_id)
    ensure_editable(session, it.meeting_id)
    if "title" in changes:
        changes["title"] = _clean_title(str(changes["title"]))
    if "planned_minutes" in changes:
        changes["planned_minutes"] = _clean_minutes(changes["planned_minutes"])
    for k, v in changes.items():
        setattr(it, k, v)
    it.updated_at = utcnow()
    session.add(it)
    return it


def reorder(session: Session, meeting_id: int, ordered_ids: list[int]) -> None:
    """Set the order of the visible items; ``ordered_ids`` must name each exactly once."""
    ensure_editable(session, meeting_id)
    items = {it.id: it for it in _items(session, meeting_id) if it.id is not None}
    if sorted(ordered_ids) != sorted(items):
        raise AgendaError(
            M("Urutan agenda tidak cocok dengan isi agenda; muat ulang lalu coba lagi.")
        )
    _renumber(session, [items[i] for i in ordered_ids])


def move_item(session: Session, item_id: int, to_index: int) -> None:
    """Move one item to ``to_index`` among the visible items (drag and drop)."""
    it = _get(session, item_id)
    ids = [i.id for i in _items(session, it.meeting_id)]
    ids.remove(item_id)
    ids.insert(max(0, min(to_index, len(ids))), item_id)
    reorder(session, it.meeting_id, [i for i in ids if i is not None])


@dataclass(frozen=True, slots=True)
class ItemContent:
    note_chars: int
    decisions: int

    @property
    def empty(self) -> bool:
        return self.note_chars == 0 and self.decisions == 0


def item_content(session: Session, item_id: int) -> ItemContent:
    """What would disappear from the minutes if the item were deleted (for the confirmation)."""
    chars = session.exec(
        select(func.coalesce(func.sum(func.length(func.trim(Note.body))), 0)).where(
            Note.agenda_item_id == item_id
        )
    ).one()
    decisions = session.exec(
        select(func.count()).select_from(Decision).where(Decision.agenda_item_id == item_id)
    ).one()
    return ItemContent(int(chars or 0), int(decisions or 0))


def delete_item(session: Session, item_id: int, *, now: datetime | None = None) -> ItemContent:
    """Soft-delete; returns what the item held. Restorable until the meeting is closed."""
    now = now or utcnow()
    it = _get(session, item_id)
    m = ensure_editable(session, it.meeting_id)
    if it.deleted_at is not None:
        return item_content(session, item_id)
    content = item_content(session, item_id)
    if it.actual_start is not None and it.actual_end is None:
        it.actual_end = now
    it.deleted_at = now
    it.updated_at = now
    session.add(it)
    session.flush()
    _renumber(session, _items(session, it.meeting_id))
    audit.record(
        session,
        "agenda.delete",
        entity="agenda_item",
        entity_uuid=it.uuid,
        meeting=m.uuid,
        title=it.title,
        note_chars=content.note_chars,
        decisions=content.decisions,
    )
    return content


def restore_item(session: Session, item_id: int) -> AgendaItem:
    it = _get(session, item_id)
    m = ensure_editable(session, it.meeting_id)
    if m.status in (MeetingStatus.CLOSED, MeetingStatus.FINALIZED):
        raise AgendaError(
            M("Rapat sudah ditutup; butir agenda yang dihapus tidak dapat dipulihkan lagi.")
        )
    if it.deleted_at is None:
        return it
    items = _items(session, it.meeting_id)
    it.deleted_at = None
    items.insert(min(it.position, len(items)), it)
    _renumber(session, items)
    session.add(it)
    audit.record(
        session, "agenda.restore", entity="agenda_item", entity_uuid=it.uuid, title=it.title
    )
    return it


def time_budget(session: Session, meeting_id: int) -> Budget:
    m = get_meeting(session, meeting_id)
    total = session.exec(
        select(func.coalesce(func.sum(AgendaItem.planned_minutes), 0)).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.deleted_at == None,  # noqa: E711
        )
    ).one()
    slot = None
    if m.ends_at is not None and m.ends_at > m.starts_at:
        slot = int((m.ends_at - m.starts_at).total_seconds() // 60)
    return Budget(int(total or 0), slot)


# --- live mode --------------------------------------------------------------------------


def current_item(session: Session, meeting_id: int) -> AgendaItem | None:
    """The running item: started and not ended."""
    return session.exec(
        _live(meeting_id)
        .where(AgendaItem.actual_start != None, AgendaItem.actual_end == None)  # noqa: E711
        .order_by(AgendaItem.position)
    ).first()


def _open(
    session: Session, m: Meeting, target: AgendaItem | None, now: datetime
) -> AgendaItem | None:
    """End whatever runs, then run ``target`` (None: just stop)."""
    for it in session.exec(
        _live(m.id or 0).where(AgendaItem.actual_start != None, AgendaItem.actual_end == None)  # noqa: E711
    ):
        if target is None or it.id != target.id:
            it.actual_end = now
            it.updated_at = now
            session.add(it)
    if target is not None:
        if target.actual_start is None:
            target.actual_start = now
        target.actual_end = None
        target.updated_at = now
        session.add(target)
        if m.status in (MeetingStatus.DRAFT, MeetingStatus.SCHEDULED):
            m.status = MeetingStatus.IN_PROGRESS.value
            m.updated_at = now
            session.add(m)
    session.flush()
    return target


class NotMeetingDay(ValueError):
    """Starting a meeting on another day than planned: asked, never done silently."""


def start_live(
    session: Session, meeting_id: int, *, now: datetime | None = None, other_day: bool = False
) -> AgendaItem | None:
    """Run the current item, or the first item not yet finished.

    The first start of a meeting planned for another day raises :class:`NotMeetingDay`
    (F6 once set a January meeting "Berlangsung" in December); ``other_day`` is the answer.
    """
    now = now or utcnow()
    m = ensure_running_allowed(session, meeting_id)
    if m.status in (MeetingStatus.DRAFT, MeetingStatus.SCHEDULED) and not other_day:
        zone = office_zone(session)
        planned, today = to_office(m.starts_at, zone).date(), to_office(now, zone).date()
        if planned != today:
            raise NotMeetingDay(
                M(
                    "Rapat ini dijadwalkan {day}, bukan hari ini ({today}). Mulai rapat sekarang juga?",
                    day=format_day(m.starts_at, zone),
                    today=format_day(now, zone),
                )
            )
    cur = current_item(session, meeting_id)
    if cur is not None:
        return cur
    items = _items(session, meeting_id)
    pending = [it for it in items if it.actual_end is None]
    if not pending:
        return None
    return _open(session, m, pending[0], now)


def go_to(
    session: Session, meeting_id: int, item_id: int, *, now: datetime | None = None
) -> AgendaItem:
    now = now or utcnow()
    m = ensure_running_allowed(session, meeting_id)
    it = _get(session, item_id)
    if it.meeting_id != meeting_id or it.deleted_at is not None:
        raise AgendaError(M("Butir agenda ini bukan bagian dari rapat ini."))
    result = _open(session, m, it, now)
    assert result is not None
    return result


def next_item(
    session: Session, meeting_id: int, *, now: datetime | None = None
) -> AgendaItem | None:
    """End the running item and start the next; None after the last item (all ended)."""
    now = now or utcnow()
    m = ensure_running_allowed(session, meeting_id)
    cur = current_item(session, meeting_id)
    if cur is None:
        return start_live(session, meeting_id, now=now)
    items = _items(session, meeting_id)
    idx = [it.id for it in items].index(cur.id)
    target = items[idx + 1] if idx + 1 < len(items) else None
    return _open(session, m, target, now)


def previous_item(
    session: Session, meeting_id: int, *, now: datetime | None = None
) -> AgendaItem | None:
    """Reopen the item before the running one (or the last started one when none runs)."""
    now = now or utcnow()
    m = ensure_running_allowed(session, meeting_id)
    items = _items(session, meeting_id)
    cur = current_item(session, meeting_id)
    if cur is None:
        started = [it for it in items if it.actual_start is not None]
        if not started:
            return None
        return _open(session, m, started[-1], now)
    idx = [it.id for it in items].index(cur.id)
    if idx == 0:
        return cur
    return _open(session, m, items[idx - 1], now)


def stop_live(session: Session, meeting_id: int, *, now: datetime | None = None) -> None:
    """Pause: end the running item without starting another."""
    m = ensure_editable(session, meeting_id)
    _open(session, m, None, now or utcnow())
