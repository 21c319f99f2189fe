"""Realisations: typed values per indicator, OPD and period.

Two ways in, one table: a value typed for a catalogued indicator (the report grid, the
CLI's ``report set``), and the free text an OPD has always written in its report
("Stunting: 12,3%"), which is kept as an uncatalogued value and linked to the catalogue
as soon as an indicator of that name exists. The free text itself stays in the report,
so the notulen print what the OPD wrote.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from rakor_desktop.domain.models import Indicator, IndicatorValue, Meeting, OpdReport
from rakor_desktop.domain.monev import (
    Frequency,
    NumberError,
    PeriodError,
    indicator_number,
    normalize_period,
    parse_number,
    parse_period,
    period_for,
)
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import ensure_editable, get_meeting
from rakor_desktop.services.monev.catalogue import find_indicator, indicator_key, out_of_bounds
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import office_zone


class ValueRefused(ValueError):
    """A realisation that cannot be recorded; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Recorded:
    code: str
    organization: str
    period: str
    value: float
    replaced: float | None  # the value it replaced for the same OPD and period, if any


def meeting_month(session: Session, meeting: Meeting) -> tuple[int, int]:
    local = to_office(meeting.starts_at, office_zone(session))
    assert local is not None
    return local.year, local.month


def record_value(
    session: Session,
    meeting_id: int,
    organization_id: int,
    code: str,
    value: object,
    *,
    period: str | None = None,
    source: str = "",
    note: str = "",
) -> Recorded:
    """Record (or correct) one OPD's realisation for an indicator and period.

    The period defaults to the meeting's month at the indicator's pace (a quarterly
    indicator reported in a May Rakor is Q2). The meeting must still be editable: the
    same guard as every other write to a meeting.
    """
    from rakor_desktop.domain.models import Organization

    meeting = ensure_editable(session, get_meeting(session, meeting_id))
    org = session.get(Organization, organization_id)
    if org is None:
        raise ValueRefused(M("OPD tidak ditemukan."))
    indicator = find_indicator(session, code)
    assert indicator.id is not None
    try:
        number = parse_number(value, label=M("Realisasi {code}", code=indicator.code))
    except NumberError as exc:
        raise ValueRefused(str(exc)) from exc
    if number is None:
        raise ValueRefused(M("Realisasi {code} kosong.", code=indicator.code))
    reason = out_of_bounds(number, indicator.unit, indicator.valid_min, indicator.valid_max)
    if reason:
        raise ValueRefused(M("Realisasi {code}: {reason}", code=indicator.code, reason=reason))
    if period:
        try:
            period = normalize_period(period)
            year, _month = parse_period(period)
        except PeriodError as exc:
            raise ValueRefused(str(exc)) from exc
    else:
        year, month = meeting_month(session, meeting)
        period = period_for(year, month, Frequency(indicator.frequency))
    existing = session.exec(
        select(IndicatorValue).where(
            IndicatorValue.indicator_id == indicator.id,
            IndicatorValue.organization_id == organization_id,
            IndicatorValue.period == period,
            IndicatorValue.origin != "free_text",
        )
    ).first()
    replaced = existing.value if existing is not None else None
    row = existing or IndicatorValue(indicator_id=indicator.id, organization_id=organization_id)
    row.meeting_id = meeting_id
    row.label = indicator.name
    row.raw_text = str(value)[:300]
    row.value = number
    row.year = year
    row.period = period
    row.source = source.strip()[:100]
    row.note = note.strip()
    row.origin = "report"
    row.reported_at = utcnow()
    row.updated_at = row.reported_at
    session.add(row)
    audit.record(
        session,
        "indicator.value",
        entity="indicator_value",
        entity_uuid=row.uuid,
        code=indicator.code,
        organization=org.name,
        period=period,
        value=number,
        replaced=replaced,
    )
    return Recorded(indicator.code, org.short_name or org.name, period, number, replaced)


def _catalogue_keys(session: Session) -> dict[str, Indicator]:
    out: dict[str, Indicator] = {}
    for ind in session.exec(select(Indicator).where(Indicator.active == True)):  # noqa: E712
        out.setdefault(ind.name_key, ind)
        out.setdefault(indicator_key(ind.code), ind)
    return out


def sync_free_text(session: Session, report: OpdReport, entries: dict[str, str]) -> None:
    """Mirror a report's free-text indicators as values (linked where the name matches).

    Called whenever a report's indicators are saved, so the monev tables never miss what
    the grid or a returned workbook wrote.
    """
    session.exec(
        delete(IndicatorValue).where(
            col(IndicatorValue.meeting_id) == report.meeting_id,
            col(IndicatorValue.organization_id) == report.organization_id,
            col(IndicatorValue.origin) == "free_text",
        )
    )
    if not entries:
        return
    meeting = session.get(Meeting, report.meeting_id)
    year, month = meeting_month(session, meeting) if meeting is not None else (None, None)
    keys = _catalogue_keys(session)
    now = utcnow()
    for label, text in entries.items():
        label = str(label).strip()[:300]
        if not label:
            continue
        ind = keys.get(indicator_key(label))
        period = ""
        if year is not None and month is not None:
            freq = Frequency(ind.frequency) if ind is not None else Frequency.MONTHLY
            period = period_for(year, month, freq)
        session.add(
            IndicatorValue(
                indicator_id=ind.id if ind is not None else None,
                organization_id=report.organization_id,
                meeting_id=report.meeting_id,
                label=label,
                raw_text=str(text or "")[:300],
                value=indicator_number(text),
                year=year,
                period=period,
                origin="free_text",
                reported_at=now,
            )
        )


def link_uncatalogued(session: Session) -> int:
    """Link uncatalogued values whose label names a catalogue indicator; how many linked.

    The period is re-read at the indicator's pace from the meeting's date.
    """
    keys = _catalogue_keys(session)
    if not keys:
        return 0
    linked = 0
    meetings: dict[int, tuple[int, int]] = {}
    for v in session.exec(
        select(IndicatorValue).where(IndicatorValue.indicator_id == None)  # noqa: E711
    ):
        ind = keys.get(indicator_key(v.label))
        if ind is None:
            continue
        v.indicator_id = ind.id
        if v.meeting_id is not None:
            if v.meeting_id not in meetings:
                m = session.get(Meeting, v.meeting_id)
                if m is not None:
                    meetings[v.meeting_id] = meeting_month(session, m)
            if v.meeting_id in meetings:
                y, mo = meetings[v.meeting_id]
                v.year, v.period = y, period_for(y, mo, Frequency(ind.frequency))
        session.add(v)
        linked += 1
    return linked


@dataclass(frozen=True)
class Uncatalogued:
    label: str
    raw_text: str
    organization_id: int | None
    meeting_id: int | None
    period: str


def uncatalogued_values(session: Session, meeting_id: int | None = None) -> list[Uncatalogued]:
    stmt = select(IndicatorValue).where(IndicatorValue.indicator_id == None)  # noqa: E711
    if meeting_id is not None:
        stmt = stmt.where(IndicatorValue.meeting_id == meeting_id)
    return [
        Uncatalogued(v.label, v.raw_text, v.organization_id, v.meeting_id, v.period)
        for v in session.exec(stmt.order_by(col(IndicatorValue.id)))
    ]


@dataclass(frozen=True)
class EntryRow:
    """One catalogued indicator an OPD reports on, with what it reported for the period."""

    code: str
    name: str
    unit: str
    period: str
    value: str  # as Indonesian text, "" when nothing was reported for the period
    source: str
    note: str


def entry_rows(session: Session, meeting_id: int, organization_id: int) -> list[EntryRow]:
    """The indicators the OPD leads or contributes to, at the meeting's period for each."""
    from rakor_desktop.domain.monev import format_number
    from rakor_desktop.services.monev.catalogue import list_indicators

    meeting = get_meeting(session, meeting_id)
    year, month = meeting_month(session, meeting)
    out = []
    for ind in list_indicators(session, organization_id=organization_id):
        period = period_for(year, month, ind.frequency)
        row = session.exec(
            select(IndicatorValue)
            .where(
                IndicatorValue.indicator_id == ind.id,
                IndicatorValue.organization_id == organization_id,
                IndicatorValue.period == period,
            )
            .order_by(
                col(IndicatorValue.origin) != "report", col(IndicatorValue.reported_at).desc()
            )
        ).first()
        out.append(
            EntryRow(
                ind.code,
                ind.name,
                ind.unit,
                period,
                format_number(row.value, 4) if row is not None and row.value is not None else "",
                row.source if row is not None else "",
                row.note if row is not None else "",
            )
        )
    return out


class ValuesRefused(ValueError):
    """Some entries were refused; nothing was written. ``reasons`` by indicator code."""

    def __init__(self, reasons: dict[str, str]) -> None:
        self.reasons = reasons
        super().__init__(" ".join(f"{code}: {text}" for code, text in reasons.items()))


def record_values(
    session: Session, meeting_id: int, organization_id: int, entries: list[EntryRow]
) -> int:
    """Record every filled entry, or none: one refused value refuses the whole set (the
    notulis fixes it and saves again; nothing half-saved). Returns how many were saved."""
    reasons: dict[str, str] = {}
    saved = 0
    for e in entries:
        if not e.value.strip():
            continue
        try:
            record_value(
                session,
                meeting_id,
                organization_id,
                e.code,
                e.value,
                period=e.period or None,
                source=e.source,
                note=e.note,
            )
            saved += 1
        except ValueRefused as exc:
            reasons[e.code] = str(exc)
    if reasons:
        raise ValuesRefused(reasons)
    return saved
