"""Monev rows: each indicator's target, realisation, capaian, trend, projection and flags.

One computation for the Monev page, ``monev --json``, the matriks PDF/xlsx and the
notulen's monev section. The realisation of an indicator is its lead OPD's latest value
in the year (values are reported as the position to date); with no lead OPD, the
latest value any OPD reported. Values an OPD typed win over the same period's free text.

Kept to a few indexed queries, whatever the history's size: the lead OPD's series (all
years up to the cut-off, for the trend and the plausibility of a jump), then the other
OPDs' values for only the periods shown (for disagreement).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from rakor_desktop.db.sql import select_row
from rakor_desktop.domain.models import Indicator, IndicatorValue, Meeting, Organization
from rakor_desktop.domain.monev import (
    CATEGORY_COLOURS,
    Capaian,
    Category,
    Frequency,
    Level,
    PeriodError,
    Polarity,
    Target,
    capaian,
    format_number,
    on_track,
    parse_period,
    period_granularity,
    project_year_end,
)
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.monev.catalogue import IndicatorInfo, list_indicators
from rakor_desktop.services.monev.validity import (
    Flag,
    disagree_flag,
    jump_flag,
    late_flag,
    range_flag,
    repeated_flag,
    source_flag,
)
from rakor_desktop.services.office import preferences
from rakor_desktop.services.office.settings import get_office

CHUNK = 400
PAIR_CHUNK = 150  # OR terms per query: well under SQLite's expression depth limit


@lru_cache(maxsize=4096)
def _period_key(period: str) -> tuple[int, int] | None:
    try:
        return parse_period(period)
    except PeriodError:
        return None


_SPAN = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.YEARLY: 12}


@lru_cache(maxsize=4096)
def _period_start(period: str) -> tuple[int, int] | None:
    """The month a period begins: a value for 2026 (or 2026-Q2) reported in May is known
    at a May meeting, though its period ends later."""
    key = _period_key(period)
    if key is None:
        return None
    return key[0], key[1] - _SPAN[period_granularity(period)] + 1


@dataclass(frozen=True)
class Point:
    period: str
    year: int
    month: int  # the month the period ends in
    value: float
    organization_id: int | None
    meeting_id: int | None
    source: str
    reported_at: datetime
    origin: str


@dataclass
class MonevRow:
    indicator: IndicatorInfo
    year: int
    target: Target | None
    latest: Point | None
    previous: Point | None
    result: Capaian
    trend: str | None  # naik / turun / tetap
    projected: float | None
    on_track: bool | None
    flags: list[Flag] = field(default_factory=list)
    contributor_values: list[tuple[str, float]] = field(default_factory=list)

    @property
    def realization(self) -> float | None:
        return self.latest.value if self.latest else None

    @property
    def category(self) -> Category | None:
        return self.result.category

    @property
    def colour(self) -> str | None:
        return CATEGORY_COLOURS[self.category] if self.category else None

    @property
    def good_trend(self) -> bool | None:
        """Whether the trend is good news for this indicator's declared polarity."""
        if self.trend in (None, "tetap") or self.latest is None or self.previous is None:
            return None
        up = self.trend == "naik"
        if self.indicator.polarity is Polarity.HIGHER:
            return up
        if self.indicator.polarity is Polarity.LOWER:
            return not up
        if self.target is None:
            return None
        mid = (self.target.low + (self.target.high or self.target.low)) / 2
        return abs(self.latest.value - mid) < abs(self.previous.value - mid)

    def as_json(self) -> dict[str, object]:
        """The ``monev --json`` contract."""
        return {
            "code": self.indicator.code,
            "name": self.indicator.name,
            "unit": self.indicator.unit,
            "polarity": self.indicator.polarity.value,
            "level": self.indicator.level.value,
            "opd": self.indicator.lead_org or None,
            "year": self.year,
            "target": self.target.value if self.target else None,
            "target_high": self.target.high if self.target else None,
            "realization": self.realization,
            "period": self.latest.period if self.latest else None,
            "capaian_pct": self.result.pct,
            "capaian_note": self.result.reason or None,
            "category": self.category.value if self.category else None,
            "trend": self.trend,
            "projected": round(self.projected, 4) if self.projected is not None else None,
            "on_track": self.on_track,
            "flags": [f.code for f in self.flags],
            "flag_reasons": [f.reason for f in self.flags],
        }


@dataclass
class MonevReport:
    year: int
    cutoff: tuple[int, int]
    cluster: str | None
    meeting_id: int | None
    rows: list[MonevRow]

    def flagged(self) -> list[tuple[MonevRow, Flag]]:
        return [(r, f) for r in self.rows for f in r.flags]

    def below_target(self) -> list[MonevRow]:
        return [r for r in self.rows if r.result.pct is not None and r.result.pct < 91]


def _trend(previous: Point | None, latest: Point | None) -> str | None:
    if previous is None or latest is None:
        return None
    a, b = round(previous.value, 2), round(latest.value, 2)
    if a == b:
        return "tetap"
    return "naik" if b > a else "turun"


def _deadline(meeting: Meeting, days: int) -> datetime:
    return meeting.starts_at - timedelta(days=days)


def _lead_series(
    session: Session,
    indicators: list[IndicatorInfo],
    cutoff: tuple[int, int],
    known_by: datetime | None = None,
) -> dict[int, list[Point]]:
    """Per indicator, its series (one point per period, oldest first) up to the cut-off.

    Driven from the indicator to the lookup index (indicator, lead OPD, year): one range
    scan per indicator, however many other OPDs report it."""
    led = [i.id for i in indicators if i.lead_org_id is not None]
    unled = [i.id for i in indicators if i.lead_org_id is None]
    columns = (
        col(IndicatorValue.indicator_id),
        col(IndicatorValue.organization_id),
        col(IndicatorValue.meeting_id),
        col(IndicatorValue.value),
        col(IndicatorValue.period),
        col(IndicatorValue.source),
        col(IndicatorValue.reported_at),
        col(IndicatorValue.origin),
    )
    statements: list[Any] = []
    for k in range(0, len(led), CHUNK):
        statements.append(
            select_row(*columns)
            .select_from(Indicator)
            .join(
                IndicatorValue,
                and_(
                    col(IndicatorValue.indicator_id) == col(Indicator.id),
                    col(IndicatorValue.organization_id) == col(Indicator.lead_org_id),
                ),
            )
            .where(col(Indicator.id).in_(led[k : k + CHUNK]))
        )
    for k in range(0, len(unled), CHUNK):
        statements.append(
            select_row(*columns).where(col(IndicatorValue.indicator_id).in_(unled[k : k + CHUNK]))
        )
    raw: dict[tuple[int, str], Point] = {}
    for stmt in statements:
        stmt = stmt.where(
            col(IndicatorValue.year) <= cutoff[0], col(IndicatorValue.value).is_not(None)
        )
        if known_by is not None:
            stmt = stmt.where(col(IndicatorValue.reported_at) <= known_by)
        for iid, oid, mid, value, period, source, at, origin in session.exec(stmt):
            key = _period_key(period)
            start = _period_start(period)
            if key is None or start is None or start > cutoff:
                continue
            p = Point(period, key[0], key[1], float(value), oid, mid, source, at, origin)
            old = raw.get((iid, period))
            if old is None or _better(p, old):
                raw[(iid, period)] = p
    series: dict[int, list[Point]] = defaultdict(list)
    for (iid, _period), p in raw.items():
        series[iid].append(p)
    for pts in series.values():
        pts.sort(key=lambda p: (p.year, p.month, len(p.period)))
    return series


#: Typed values beat the same period's free text.
ORIGIN_RANK = {"report": 2, "import": 2, "free_text": 1}


def _better(p: Point, old: Point) -> bool:
    """Typed values beat free text for the same period; then the later report wins."""
    a, b = ORIGIN_RANK.get(p.origin, 0), ORIGIN_RANK.get(old.origin, 0)
    return a > b or (a == b and p.reported_at >= old.reported_at)


def _others(
    session: Session,
    latest: dict[int, Point],
    indicators: dict[int, IndicatorInfo],
    names: dict[int, str],
) -> dict[int, list[tuple[str, float]]]:
    """Contributing OPDs' values at the lead's latest period, per indicator.

    Indicator, contributing OPD, year and period are the lookup index's columns, so each
    declared contribution is one index probe and nothing else is read."""
    pairs = [
        (iid, oid, p.year, p.period)
        for iid, p in latest.items()
        for oid in indicators[iid].contributor_ids
        if oid != indicators[iid].lead_org_id
    ]
    out: dict[int, dict[int, tuple[str, float, datetime]]] = defaultdict(dict)
    for k in range(0, len(pairs), PAIR_CHUNK):
        # An OR of exact index keys: SQLite and PostgreSQL both answer it with one index
        # probe per pair (a row-value IN would scan the table on SQLite).
        keys = [
            and_(
                col(IndicatorValue.indicator_id) == iid,
                col(IndicatorValue.organization_id) == oid,
                col(IndicatorValue.year) == year,
                col(IndicatorValue.period) == period,
            )
            for iid, oid, year, period in pairs[k : k + PAIR_CHUNK]
        ]
        stmt = select(
            IndicatorValue.indicator_id,
            IndicatorValue.organization_id,
            IndicatorValue.value,
            IndicatorValue.reported_at,
        ).where(or_(*keys), col(IndicatorValue.value).is_not(None))
        for iid, oid, value, at in session.exec(stmt):
            if iid is None or oid is None or value is None:
                continue
            old = out[iid].get(oid)
            if old is None or at >= old[2]:
                out[iid][oid] = (names.get(oid, "?"), float(value), at)
    return {iid: [(n, v) for n, v, _at in d.values()] for iid, d in out.items()}


def evaluate(
    session: Session,
    *,
    year: int | None = None,
    meeting_id: int | None = None,
    cluster: str | None = None,
    organization_id: int | None = None,
    level: Level | None = None,
    flagged_only: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> MonevReport:
    """The monev rows for a year (default: this year, or the meeting's).

    ``offset``/``limit`` page through the indicators (by code), so the Monev page pays
    for the rows on screen; ``flagged_only`` keeps the rows that need verification."""
    office = get_office(session)
    zone = office.time_zone
    meeting = get_meeting(session, meeting_id) if meeting_id is not None else None
    known_by = None
    if meeting is not None:
        local = to_office(meeting.starts_at, zone)
        assert local is not None
        year = year or local.year
        cutoff = (year, local.month) if year == local.year else (year, 12)
        cluster = cluster or meeting.cluster
        # What was known by the end of the meeting's day: an old Rakor's matrix does not
        # change when later months are reported.
        day_end = datetime.combine(local.date() + timedelta(days=1), time(0), local.tzinfo)
        known_by = day_end.astimezone(UTC)
    else:
        local_now = to_office(utcnow(), zone)
        assert local_now is not None
        year = year or local_now.year
        cutoff = (year, local_now.month) if year == local_now.year else (year, 12)
    indicators = list_indicators(
        session, cluster=cluster, organization_id=organization_id, level=level
    )
    if not flagged_only:
        indicators = indicators[offset : None if limit is None else offset + limit]
    by_id = {i.id: i for i in indicators}
    series = _lead_series(session, indicators, cutoff, known_by)
    latest: dict[int, Point] = {}
    for iid, pts in series.items():
        in_year = [p for p in pts if p.year == year]
        if in_year:
            latest[iid] = in_year[-1]
    names = {
        o.id: (o.short_name or o.name)
        for o in session.exec(select(Organization))
        if o.id is not None
    }
    others = _others(session, latest, by_id, names)
    deadline_days = int(preferences.value(office, "monev_deadline_days"))
    meetings = {
        m.id: m
        for m in session.exec(
            select(Meeting).where(
                col(Meeting.id).in_({p.meeting_id for p in latest.values() if p.meeting_id})
            )
        )
    }
    rows = []
    for ind in indicators:
        pts = series.get(ind.id, [])
        last = latest.get(ind.id)
        target = ind.targets.get(year)
        prev = None
        history: list[float] = []
        if last is not None:
            idx = pts.index(last)
            history = [p.value for p in pts[:idx]]
            prev = pts[idx - 1] if idx > 0 else None
        result = capaian(last.value if last else None, target, ind.polarity)
        projected = project_year_end([(p.month, p.value) for p in pts if p.year == year])
        row = MonevRow(
            indicator=ind,
            year=year,
            target=target,
            latest=last,
            previous=prev,
            result=result,
            trend=_trend(prev, last),
            projected=projected,
            on_track=on_track(projected, target, ind.polarity),
            contributor_values=others.get(ind.id, []),
        )
        if last is not None:
            m = meetings.get(last.meeting_id) if last.meeting_id else None
            deadline = _deadline(m, deadline_days) if m is not None else None
            deadline_local = to_office(deadline, zone) if deadline is not None else None
            candidates = [
                range_flag(last.value, ind.valid_min, ind.valid_max),
                jump_flag(history, last.value),
                repeated_flag(
                    prev.value if prev else None,
                    prev.period if prev else "",
                    last.value,
                    last.period,
                ),
                source_flag(last.source),
                late_flag(
                    last.reported_at,
                    deadline,
                    deadline_local.strftime("%d-%m-%Y %H:%M") if deadline_local else "",
                ),
                disagree_flag(last.value, row.contributor_values),
            ]
            row.flags = [f for f in candidates if f is not None]
        rows.append(row)
    if flagged_only:
        rows = [r for r in rows if r.flags]
        rows = rows[offset : None if limit is None else offset + limit]
    return MonevReport(year, cutoff, cluster, meeting_id, rows)


@dataclass(frozen=True)
class HistoryPoint:
    period: str
    year: int
    month: int
    value: float


def indicator_history(
    session: Session, indicator_id: int, *, organization_id: int | None = None
) -> list[HistoryPoint]:
    """An indicator's whole series (the lead's, or one OPD's), oldest first, for the chart."""
    ind = session.get(Indicator, indicator_id)
    if ind is None:
        return []
    org = organization_id if organization_id is not None else ind.lead_org_id
    stmt = select(
        IndicatorValue.period,
        IndicatorValue.value,
        IndicatorValue.origin,
        IndicatorValue.reported_at,
    ).where(IndicatorValue.indicator_id == indicator_id, col(IndicatorValue.value).is_not(None))
    if org is not None:
        stmt = stmt.where(IndicatorValue.organization_id == org)
    best: dict[str, tuple[float, int, datetime]] = {}
    for period, value, origin, at in session.exec(stmt):
        if value is None:
            continue
        r = ORIGIN_RANK.get(origin, 0)
        old = best.get(period)
        if old is None or (r, at) >= (old[1], old[2]):
            best[period] = (float(value), r, at)
    out = []
    for period, (value, _r, _at) in best.items():
        key = _period_key(period)
        if key is not None:
            out.append(HistoryPoint(period, key[0], key[1], value))
    out.sort(key=lambda p: (p.year, p.month))
    return out


def contributions(session: Session, indicator_id: int, year: int) -> list[tuple[str, float, str]]:
    """Every OPD's latest value for the indicator in the year: (OPD, value, period)."""
    stmt = (
        select(
            Organization.name, Organization.short_name, IndicatorValue.value, IndicatorValue.period
        )
        .join(Organization, col(Organization.id) == col(IndicatorValue.organization_id))
        .where(
            col(IndicatorValue.indicator_id) == indicator_id,
            col(IndicatorValue.year) == year,
            col(IndicatorValue.value).is_not(None),
        )
    )
    latest: dict[str, tuple[float, str, tuple[int, int]]] = {}
    for name, short, value, period in session.exec(stmt):
        if value is None:
            continue
        key = _period_key(period) or (0, 0)
        label = short or name
        if label not in latest or key >= latest[label][2]:
            latest[label] = (float(value), period, key)
    return sorted(((n, v, p) for n, (v, p, _k) in latest.items()), key=lambda x: x[0])


def describe(row: MonevRow) -> str:
    """One line for the notulen: "IKU-01 Angka kemiskinan: 9,8 % (target 9,1), capaian 92,3 %"."""
    unit = f" {row.indicator.unit}" if row.indicator.unit else ""
    parts = [f"{row.indicator.code} {row.indicator.name}: {format_number(row.realization)}{unit}"]
    if row.target is not None:
        parts.append(f"(target {row.target.text()})")
    if row.result.pct is not None:
        parts[-1] += ","
        parts.append(f"capaian {format_number(row.result.pct)} %")
    return " ".join(parts)
