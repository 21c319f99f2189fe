"""The projector's picture of a meeting at one instant: agenda and timer, the current
item's decisions and directives, attendance, carried follow-ups, the presenting OPD.

Read in one short session from the same services the secretary's window uses, so the
room sees exactly what is recorded. The notes are never part of it: the projector shows
what was decided, not what was typed while it was being discussed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from rakor_desktop.domain.models import Organization
from rakor_desktop.services.attendance.counters import attendance_counters
from rakor_desktop.services.followups.carry_over import carry_over_for_meeting
from rakor_desktop.services.meetings.agenda import list_items
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.meetings.decisions import list_decisions
from rakor_desktop.services.office.settings import get_office

SCENES = ("agenda", "keputusan", "kehadiran", "monev", "tindak-lanjut", "kosong")


@dataclass(frozen=True)
class AgendaLine:
    position: int
    title: str
    presenter: str
    planned_minutes: int
    state: str  # done / running / waiting
    elapsed_s: int  # for the running item: seconds since it started; done: its length


@dataclass(frozen=True)
class DecisionLine:
    kind: str  # keputusan / arahan
    text: str
    organization: str
    due: date | None


@dataclass(frozen=True)
class CarriedLine:
    text: str
    organization: str
    due: date | None
    status: str
    carried: int
    indicator: str


@dataclass(frozen=True)
class ProjectorState:
    meeting_id: int
    title: str
    place: str
    starts_at: datetime
    regency: str
    unit: str
    zone: str
    agenda: tuple[AgendaLine, ...]
    current: AgendaLine | None
    decisions: tuple[DecisionLine, ...]  # the running item's (or, between items, all)
    invited: int
    present: int
    missing_by_opd: tuple[tuple[str, int, int], ...]  # OPD, present, invited (missing first)
    carried: tuple[CarriedLine, ...]
    presenting_org_id: int | None
    presenting_org: str


def projector_state(session: Session, meeting_id: int, now: datetime) -> ProjectorState:
    meeting = get_meeting(session, meeting_id)
    office = get_office(session)
    rows = list_items(session, meeting_id)
    agenda = []
    current = None
    current_row = None
    for r in rows:
        if r.is_running and r.actual_start is not None:
            state, elapsed = "running", int((now - r.actual_start).total_seconds())
        elif r.actual_start is not None and r.actual_end is not None:
            state, elapsed = "done", int((r.actual_end - r.actual_start).total_seconds())
        else:
            state, elapsed = "waiting", 0
        line = AgendaLine(
            r.position, r.title, r.presenter, r.planned_minutes, state, max(elapsed, 0)
        )
        agenda.append(line)
        if state == "running" and current is None:
            current, current_row = line, r
    decisions = [
        DecisionLine(
            d.kind,
            d.text,
            d.followup.organization if d.followup else "",
            d.followup.due_date if d.followup else None,
        )
        for d in list_decisions(
            session, meeting_id, agenda_item_id=current_row.id if current_row else None
        )
    ]
    counters = attendance_counters(session, meeting_id)
    per_opd = sorted(
        ((o.organization, o.present, o.invited) for o in counters.per_opd),
        key=lambda x: (-(x[2] - x[1]), x[0]),
    )
    carried = [
        CarriedLine(
            r.problem or r.action, r.organization_short or r.organization, r.due_date,
            r.status_label, r.carried, r.indicator,
        )
        for r in carry_over_for_meeting(session, meeting_id, zone=office.time_zone)
    ]  # fmt: skip
    org_id = current_row.presenter_org_id if current_row else None
    org = session.get(Organization, org_id) if org_id is not None else None
    return ProjectorState(
        meeting_id=meeting_id,
        title=meeting.title,
        place=meeting.place,
        starts_at=meeting.starts_at,
        regency=office.regency_name,
        unit=office.unit_name,
        zone=office.time_zone,
        agenda=tuple(agenda),
        current=current,
        decisions=tuple(decisions),
        invited=counters.invited,
        present=counters.invitees_present,
        missing_by_opd=tuple(per_opd),
        carried=tuple(carried),
        presenting_org_id=org_id,
        presenting_org=(org.short_name or org.name) if org else "",
    )
