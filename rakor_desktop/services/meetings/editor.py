"""Creating and editing meetings; series; the next meeting of a series with carry-over.

The editor autosaves field by field, so :func:`update_meeting` takes any subset of
fields, validates the merged result and refuses only what cannot be right (no title,
end before start). Suspicious but legal input (a time in the past, an overlap with
another meeting) comes back as warnings: the secretary often records a meeting after
the fact, and two rooms can host two Rakor at once.
"""

from __future__ import annotations

import json
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import (
    AgendaItem,
    FollowUp,
    Invitation,
    Meeting,
    MeetingSeries,
    Note,
    Organization,
)
from rakor_desktop.domain.timefmt import DAYS, MONTHS, hhmm, to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.attendance.invitations import new_token
from rakor_desktop.services.followups.carry_over import open_followups_for_series
from rakor_desktop.services.meetings.close import ensure_editable, get_meeting
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import office_zone

CARRY_OVER_TITLE = "Tindak lanjut rapat sebelumnya"
# A meeting without an end time is assumed to take this long when looking for overlaps.
DEFAULT_DURATION = timedelta(hours=2)

EDITABLE_FIELDS = (
    "title",
    "series_id",
    "starts_at",
    "ends_at",
    "place",
    "chair_id",
    "chair_prefix",
    "secretary_id",
    "notulis_id",
    "letter_number",
    "letter_date",
    "letter_nature",
    "attachments",
    "opening_remarks",
    "signatures_required",
    "cluster",
)
CLUSTERS = (None, "I", "II", "III")  # an Asisten's coordination line, or the whole regency


class MeetingInvalid(ValueError):
    """Input that cannot be saved; the message says what to change."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__(" ".join(errors))


@dataclass
class Validation:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class MeetingInput:
    """Everything the editor form holds; times are aware datetimes."""

    title: str
    starts_at: datetime
    ends_at: datetime | None = None
    place: str = ""
    series_id: int | None = None
    chair_id: int | None = None
    chair_prefix: str = ""
    secretary_id: int | None = None
    notulis_id: int | None = None
    letter_number: str = ""
    letter_date: date | None = None
    letter_nature: str = "Penting"
    attachments: list[str] = field(default_factory=list)
    opening_remarks: str = ""
    cluster: str | None = None


def long_datetime(dt: datetime, zone: str) -> str:
    """``Senin, 25 Agustus 2025 pukul 09.00 WIB`` for messages."""
    local = to_office(dt, zone)
    assert local is not None
    return (
        f"{DAYS[local.weekday()]}, {local.day} {MONTHS[local.month - 1]} {local.year} "
        f"pukul {hhmm(dt, zone)} {zone}"
    )


def validate(
    session: Session,
    *,
    title: str,
    starts_at: datetime | None,
    ends_at: datetime | None,
    meeting_id: int | None = None,
    now: datetime | None = None,
) -> Validation:
    """Errors block saving; warnings are shown and the save goes ahead."""
    v = Validation()
    zone = office_zone(session)
    if not (title or "").strip():
        v.errors.append("Judul rapat wajib diisi.")
    if starts_at is None:
        v.errors.append("Tanggal dan jam mulai wajib diisi.")
        return v
    if starts_at.tzinfo is None or (ends_at is not None and ends_at.tzinfo is None):
        raise ValueError(M("naive datetime: pass aware datetimes"))
    if ends_at is not None and ends_at <= starts_at:
        v.errors.append(
            f"Jam selesai ({hhmm(ends_at, zone)}) harus sesudah jam mulai ({hhmm(starts_at, zone)}). "
            "Perbaiki jam selesai atau kosongkan."
        )
    now = now or utcnow()
    if starts_at < now:
        v.warnings.append(f"Waktu mulai sudah lewat ({long_datetime(starts_at, zone)}).")
    end = ends_at if ends_at is not None and ends_at > starts_at else starts_at + DEFAULT_DURATION
    for other in overlapping(session, starts_at, end, exclude_id=meeting_id):
        v.warnings.append(
            f'Bentrok dengan "{other.title}" ({long_datetime(other.starts_at, zone)}'
            f"{', ' + other.place if other.place else ''})."
        )
    return v


def overlapping(
    session: Session, start: datetime, end: datetime, *, exclude_id: int | None = None
) -> list[Meeting]:
    """Meetings whose time span intersects [start, end)."""
    stmt = select(Meeting).where(
        Meeting.starts_at < end, Meeting.starts_at > start - timedelta(days=1)
    )
    if exclude_id is not None:
        stmt = stmt.where(Meeting.id != exclude_id)
    out = []
    for m in session.exec(stmt.order_by(col(Meeting.starts_at))):
        other_end = (
            m.ends_at if m.ends_at and m.ends_at > m.starts_at else m.starts_at + DEFAULT_DURATION
        )
        if other_end > start:
            out.append(m)
    return out


def _clean_attachments(items: list[str] | None) -> str:
    seen: list[str] = []
    for a in items or []:
        a = str(a).strip()
        if a and a not in seen:
            seen.append(a)
    return json.dumps(seen, ensure_ascii=False)


def attachments_of(meeting: Meeting) -> list[str]:
    try:
        data = json.loads(meeting.attachments or "[]")
    except ValueError:
        return []
    return [str(a) for a in data] if isinstance(data, list) else []


def create_meeting(session: Session, data: MeetingInput, *, now: datetime | None = None) -> Meeting:
    """A new draft meeting; :class:`MeetingInvalid` when the input cannot be saved."""
    v = validate(session, title=data.title, starts_at=data.starts_at, ends_at=data.ends_at, now=now)
    if v.errors:
        raise MeetingInvalid(v.errors)
    if data.cluster not in CLUSTERS:
        raise MeetingInvalid([M("Klaster harus I, II, III atau kosong.")])
    values = {k: getattr(data, k) for k in EDITABLE_FIELDS if hasattr(data, k)}
    values["title"] = data.title.strip()
    values["place"] = data.place.strip()
    values["attachments"] = _clean_attachments(data.attachments)
    m = Meeting(**values, status=MeetingStatus.DRAFT.value)
    session.add(m)
    session.flush()
    audit.record(session, "meeting.create", entity="meeting", entity_uuid=m.uuid, title=m.title)
    return m


def update_meeting(
    session: Session, meeting_id: int, *, now: datetime | None = None, **changes: Any
) -> Validation:
    """Apply ``changes`` (any subset of :data:`EDITABLE_FIELDS`) and return the warnings.

    Raises :class:`MeetingLocked` for a finalized meeting and :class:`MeetingInvalid`
    when the merged result is not saveable (nothing is written then).
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(M("unknown meeting fields: {items}", items=sorted(unknown)))
    m = ensure_editable(session, meeting_id)
    if "cluster" in changes and changes["cluster"] not in CLUSTERS:
        raise MeetingInvalid([M("Klaster harus I, II, III atau kosong.")])
    if "attachments" in changes:
        changes["attachments"] = _clean_attachments(changes["attachments"])
    for key in ("title", "place", "letter_number", "chair_prefix", "letter_nature"):
        if key in changes and changes[key] is not None:
            changes[key] = str(changes[key]).strip()
    merged = {k: changes.get(k, getattr(m, k)) for k in ("title", "starts_at", "ends_at")}
    v = validate(session, meeting_id=meeting_id, now=now, **merged)
    if v.errors:
        raise MeetingInvalid(v.errors)
    changed = {k: val for k, val in changes.items() if getattr(m, k) != val}
    if changed:
        for k, val in changed.items():
            setattr(m, k, val)
        m.updated_at = utcnow()
        session.add(m)
        # The opening remarks are typed like notes and autosaved every second or so;
        # like notes they are not audited per save (the finalized minutes are the record).
        audited = sorted(set(changed) - {"opening_remarks"})
        if audited:
            audit.record(
                session, "meeting.update", entity="meeting", entity_uuid=m.uuid, fields=audited
            )
    return v


def _copy_invitees(session: Session, source_id: int, target_id: int) -> int:
    n = 0
    for inv in session.exec(select(Invitation).where(Invitation.meeting_id == source_id)):
        session.add(
            Invitation(
                meeting_id=target_id,
                person_id=inv.person_id,
                organization_id=inv.organization_id,
                token=new_token(),
            )
        )
        n += 1
    return n


def _own_agenda(session: Session, meeting_id: int) -> Sequence[AgendaItem]:
    """The meeting's own agenda, in order: no deleted items, no carried-over follow-ups item."""
    return session.exec(
        select(AgendaItem)
        .where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.deleted_at == None,  # noqa: E711
            AgendaItem.is_carry_over == False,  # noqa: E712
        )
        .order_by(col(AgendaItem.position))
    ).all()


def _copy_agenda(session: Session, source_id: int, target_id: int, *, start_pos: int = 0) -> int:
    items = _own_agenda(session, source_id)
    for i, it in enumerate(items):
        session.add(
            AgendaItem(
                meeting_id=target_id,
                position=start_pos + i,
                title=it.title,
                presenter_id=it.presenter_id,
                presenter_org_id=it.presenter_org_id,
                planned_minutes=it.planned_minutes,
            )
        )
    return len(items)


def duplicate_meeting(
    session: Session, meeting_id: int, *, starts_at: datetime | None = None
) -> Meeting:
    """A draft copy (details, invitees, agenda) one week later unless told otherwise.

    Notes, decisions, attendance and the letter number belong to the original event
    and are not copied.
    """
    src = get_meeting(session, meeting_id)
    start = starts_at or src.starts_at + timedelta(days=7)
    delta = start - src.starts_at
    copy = Meeting(
        title=src.title,
        series_id=src.series_id,
        starts_at=start,
        ends_at=src.ends_at + delta if src.ends_at else None,
        place=src.place,
        chair_id=src.chair_id,
        chair_prefix=src.chair_prefix,
        secretary_id=src.secretary_id,
        notulis_id=src.notulis_id,
        letter_nature=src.letter_nature,
        cluster=src.cluster,
        signatures_required=src.signatures_required,
        attachments=src.attachments,
        status=MeetingStatus.DRAFT.value,
    )
    session.add(copy)
    session.flush()
    assert copy.id is not None and src.id is not None
    _copy_invitees(session, src.id, copy.id)
    _copy_agenda(session, src.id, copy.id)
    audit.record(
        session, "meeting.duplicate", entity="meeting", entity_uuid=copy.uuid, source=src.uuid
    )
    return copy


# --- series ---------------------------------------------------------------------------


def list_series(session: Session) -> list[MeetingSeries]:
    return list(session.exec(select(MeetingSeries).order_by(MeetingSeries.name)))


def find_series(session: Session, name_or_id: str | int) -> MeetingSeries | None:
    """By id (a number), exact name, or case-insensitive name."""
    text = str(name_or_id).strip()
    if text.isdigit():
        s = session.get(MeetingSeries, int(text))
        if s is not None:
            return s
    s = session.exec(select(MeetingSeries).where(MeetingSeries.name == text)).first()
    if s is not None:
        return s
    for s in list_series(session):
        if s.name.casefold() == text.casefold():
            return s
    return None


def create_series(
    session: Session,
    name: str,
    *,
    place: str = "",
    chair_id: int | None = None,
    agenda_template: list[Any] | None = None,
) -> MeetingSeries:
    name = (name or "").strip()
    if not name:
        raise ValueError(M("Nama seri rapat wajib diisi."))
    if find_series(session, name) is not None:
        raise ValueError(M('Seri "{name}" sudah ada.', name=name))
    s = MeetingSeries(
        name=name,
        place=place.strip(),
        chair_id=chair_id,
        agenda_template=json.dumps(agenda_template or [], ensure_ascii=False),
    )
    session.add(s)
    session.flush()
    audit.record(session, "series.create", entity="meeting_series", entity_uuid=s.uuid, name=name)
    return s


def save_agenda_as_template(session: Session, meeting_id: int) -> MeetingSeries:
    """Make this meeting's agenda (without the carry-over item) its series' template."""
    m = get_meeting(session, meeting_id)
    if m.series_id is None:
        raise ValueError(M("Rapat ini tidak termasuk seri; pilih seri dulu."))
    series = session.get(MeetingSeries, m.series_id)
    assert series is not None
    items = _own_agenda(session, meeting_id)
    series.agenda_template = json.dumps(
        [
            {
                "title": it.title,
                "planned_minutes": it.planned_minutes,
                "presenter_id": it.presenter_id,
                "presenter_org_id": it.presenter_org_id,
            }
            for it in items
        ],
        ensure_ascii=False,
    )
    series.updated_at = utcnow()
    session.add(series)
    return series


def template_items(series: MeetingSeries) -> list[dict]:
    """The series template as dicts; plain strings in the JSON are titles."""
    try:
        raw = json.loads(series.agenda_template or "[]")
    except ValueError:
        return []
    out = []
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, str) and entry.strip():
            out.append({"title": entry.strip()})
        elif isinstance(entry, dict) and str(entry.get("title", "")).strip():
            out.append(entry)
    return out


def same_weekday_next_month(local: datetime) -> datetime:
    """The same weekday of the next month ("Senin keempat" stays a Monday).

    A monthly Rakor is fixed by weekday, not by date: the 4th Monday of August is
    followed by the 4th Monday of September. A 5th occurrence, which not every month
    has, means "the last one".
    """
    nth = (local.day - 1) // 7
    last = nth == 4
    y, m = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
    days = monthrange(y, m)[1]
    first_wd = date(y, m, 1).weekday()
    first = 1 + (local.weekday() - first_wd) % 7
    candidates = list(range(first, days + 1, 7))
    day = candidates[-1] if last or nth >= len(candidates) else candidates[nth]
    return local.replace(year=y, month=m, day=day)


def latest_of_series(
    session: Session, series_id: int, before: datetime | None = None
) -> Meeting | None:
    stmt = select(Meeting).where(Meeting.series_id == series_id)
    if before is not None:
        stmt = stmt.where(Meeting.starts_at < before)
    return session.exec(
        stmt.order_by(col(Meeting.starts_at).desc(), col(Meeting.id).desc())
    ).first()


def _followup_line(session: Session, fu: FollowUp, zone: str) -> str:
    org = session.get(Organization, fu.organization_id) if fu.organization_id else None
    due = f" (batas {fu.due_date.strftime('%d/%m/%Y')})" if fu.due_date else ""
    what = fu.problem.strip() or fu.action.strip()
    action = f": {fu.action.strip()}" if fu.action.strip() and fu.problem.strip() else ""
    return f"- {org.name if org else 'OPD belum ditetapkan'}: {what}{action}{due}"


def _carry_over_minutes(
    open_count: int, others: int, starts_at: datetime, ends_at: datetime | None
) -> int:
    """Two minutes a follow-up (10 to 60), within the time the rest of the agenda leaves.

    Fourteen open directives gave 28 minutes on top of a full three-hour agenda, so the
    next Rakor was planned to run over before it began.
    """
    wanted = min(60, max(10, 2 * open_count))
    if ends_at is None:
        return wanted
    left = int((ends_at - starts_at).total_seconds() // 60) - others
    return max(10, min(wanted, left))


def next_of_series(
    session: Session,
    series_id: int,
    *,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    title: str | None = None,
    place: str | None = None,
    now: datetime | None = None,
) -> Meeting:
    """Create the next meeting of a series in one step.

    Copies from the latest meeting of the series: invitees, place, chair, secretary,
    notulis; the agenda comes from the series template (or the previous agenda when
    there is none). Every open follow-up of the series becomes part of an agenda item
    "Tindak lanjut rapat sebelumnya" whose note lists them, so last month's directives
    are discussed instead of forgotten.
    """
    series = session.get(MeetingSeries, series_id)
    if series is None:
        raise ValueError(M("Seri rapat {series_id} tidak ditemukan.", series_id=series_id))
    zone = office_zone(session)
    prev = latest_of_series(session, series_id, before=starts_at)
    if starts_at is None:
        if prev is None:
            raise MeetingInvalid(["Seri ini belum punya rapat; isi tanggal dan jam mulai."])
        local = to_office(prev.starts_at, zone)
        assert local is not None
        starts_at = same_weekday_next_month(local)
    if ends_at is None and prev is not None and prev.ends_at is not None:
        ends_at = starts_at + (prev.ends_at - prev.starts_at)
    if title is None:
        local = to_office(starts_at, zone)
        assert local is not None
        title = f"{series.name} Bulan {MONTHS[local.month - 1]} {local.year}"
    data = MeetingInput(
        title=title,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place
        if place is not None
        else (prev.place if prev else series.place) or series.place,
        series_id=series_id,
        chair_id=(prev.chair_id if prev else None) or series.chair_id,
        chair_prefix=prev.chair_prefix if prev else "",
        secretary_id=prev.secretary_id if prev else None,
        notulis_id=prev.notulis_id if prev else None,
        letter_nature=prev.letter_nature if prev else "Penting",
        cluster=prev.cluster if prev else None,
    )
    m = create_meeting(session, data, now=now)
    assert m.id is not None
    if prev is not None and prev.id is not None:
        _copy_invitees(session, prev.id, m.id)

    template = template_items(series)
    # Who presented what last time: a template saved without presenters (or before
    # they were kept) must not leave the new agenda without them.
    last_time = {
        it.title.strip().casefold(): it
        for it in (
            session.exec(
                select(AgendaItem).where(
                    col(AgendaItem.meeting_id) == prev.id, col(AgendaItem.deleted_at).is_(None)
                )
            ).all()
            if prev is not None
            else []
        )
    }
    pos = 0
    if template:
        for entry in template:
            title = str(entry["title"]).strip()[:300]
            before = last_time.get(title.casefold())
            session.add(
                AgendaItem(
                    meeting_id=m.id,
                    position=pos,
                    title=title,
                    planned_minutes=int(entry.get("planned_minutes") or 10),
                    presenter_id=entry.get("presenter_id")
                    or (before.presenter_id if before else None),
                    presenter_org_id=entry.get("presenter_org_id")
                    or (before.presenter_org_id if before else None),
                )
            )
            pos += 1
    elif prev is not None and prev.id is not None:
        pos = _copy_agenda(session, prev.id, m.id)
    session.flush()

    open_fus = open_followups_for_series(session, series_id, before=starts_at)
    if open_fus:
        items = session.exec(
            select(AgendaItem)
            .where(col(AgendaItem.meeting_id) == m.id)
            .order_by(col(AgendaItem.position))
        ).all()
        # After an opening item ("Pembukaan"), otherwise first.
        at = 1 if items and items[0].title.casefold().startswith("pembuka") else 0
        for it in items[at:]:
            it.position += 1
            session.add(it)
        before = next((it for it in last_time.values() if it.is_carry_over), None)
        carry = AgendaItem(
            meeting_id=m.id,
            position=at,
            title=CARRY_OVER_TITLE,
            planned_minutes=_carry_over_minutes(
                len(open_fus), sum(it.planned_minutes for it in items), starts_at, ends_at
            ),
            presenter_id=before.presenter_id if before else None,
            presenter_org_id=before.presenter_org_id if before else None,
            is_carry_over=True,
        )
        session.add(carry)
        session.flush()
        body = "\n".join(_followup_line(session, fu, zone) for fu in open_fus)
        session.add(Note(meeting_id=m.id, agenda_item_id=carry.id, body=body))
    audit.record(
        session,
        "meeting.next_of_series",
        entity="meeting",
        entity_uuid=m.uuid,
        series=series.name,
        previous=prev.uuid if prev else None,
        carried=[fu.uuid for fu in open_fus],
    )
    return m
