"""OPD performance trends across meetings, and who needs the chair's attention.

The chair of a Rakor Ekobang wants each OPD's trend, "positive or negative", at a
glance: for realisasi anggaran, realisasi fisik and the indicators an OPD reports,
the value at each meeting and the change since the previous one as naik / turun /
tetap. A change within a tolerance (half a percentage point by default) is "tetap",
so rounding in a report does not paint an OPD red.

Indicator values are stored as the text the OPD wrote ("12,3%", "1.250 UMKM");
:func:`indicator_number` reads the number out of it, Indonesian style.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import and_, func
from sqlmodel import Session, col, select

from rakor_desktop.db.sql import select_row, stored_id
from rakor_desktop.domain.models import FollowUp, Indicator, Meeting, OpdReport, Organization
from rakor_desktop.domain.monev import indicator_number  # the reader lives with the monev rules
from rakor_desktop.services.followups.query import OPEN_STATUSES, office_today
from rakor_desktop.services.insight.charts import (
    MeetingRef,
    OpdAttendance,
    attendance_by_opd,
    recent_meetings,
)
from rakor_desktop.services.office.settings import office_zone

DEFAULT_TOLERANCE = 0.5  # percentage points (or indicator units) that count as "tetap"


class Direction(StrEnum):
    UP = "naik"
    DOWN = "turun"
    FLAT = "tetap"


ARROWS = {Direction.UP: "▲", Direction.DOWN: "▼", Direction.FLAT: "▬"}
LABELS = {Direction.UP: "Naik", Direction.DOWN: "Turun", Direction.FLAT: "Tetap"}

#: Indicators where a fall is good news (poverty, stunting...): coloured the other way.
_LOWER_IS_BETTER = (
    "kemiskinan",
    "miskin",
    "stunting",
    "pengangguran",
    "kematian",
    "inflasi",
    "gizi buruk",
    "kumuh",
    "putus sekolah",
    "tidak sekolah",
    "kecelakaan",
    "kasus",
    "tunggakan",
    "gini",
    "rawan",
)


def direction(
    previous: float | None, current: float | None, tolerance: float = DEFAULT_TOLERANCE
) -> Direction | None:
    """Up/down/flat from ``previous`` to ``current``; None when either is missing."""
    if previous is None or current is None:
        return None
    delta = current - previous
    if abs(delta) <= tolerance + 1e-9:
        return Direction.FLAT
    return Direction.UP if delta > 0 else Direction.DOWN


def _key(name: str) -> str:
    from rakor_desktop.services.monev.catalogue import indicator_key

    return indicator_key(name)


def lower_is_better(indicator: str) -> bool:
    """A guess from the name, for free-text indicators the catalogue does not know."""
    name = indicator.casefold()
    return any(word in name for word in _LOWER_IS_BETTER)


def is_good(d: Direction | None, *, lower_better: bool = False) -> bool | None:
    """Whether a change is good news (green), bad (red) or neither (None)."""
    if d is None or d is Direction.FLAT:
        return None
    return (d is Direction.DOWN) if lower_better else (d is Direction.UP)


def parse_indicators(raw: str | None) -> dict[str, str]:
    """The stored JSON object of indicator name -> value text (tolerant of junk)."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k).strip(): "" if v is None else str(v) for k, v in data.items() if str(k).strip()}


# ------------------------------------------------------------------ series per OPD


@dataclass(frozen=True, slots=True)
class TrendPoint:
    meeting: MeetingRef
    budget_pct: float | None
    physical_pct: float | None
    indicators: dict[str, str] = field(default_factory=dict)

    def indicator(self, name: str) -> float | None:
        return indicator_number(self.indicators.get(name))


@dataclass(frozen=True, slots=True)
class Change:
    """One value at the latest meeting with its change since the previous report."""

    value: float | None
    previous: float | None
    direction: Direction | None
    lower_is_better: bool = False

    @property
    def delta(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return round(self.value - self.previous, 2)

    @property
    def arrow(self) -> str:
        return ARROWS[self.direction] if self.direction else ""

    @property
    def good(self) -> bool | None:
        return is_good(self.direction, lower_better=self.lower_is_better)


@dataclass(frozen=True, slots=True)
class OpdTrend:
    organization_id: int
    organization: str
    short_name: str
    points: list[TrendPoint]
    #: Declared polarity of catalogued indicators by folded name (services/monev): it
    #: decides the arrow's colour; the keyword guess is only for uncatalogued free text.
    polarities: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.short_name or self.organization

    @property
    def latest(self) -> TrendPoint | None:
        return self.points[-1] if self.points else None

    @property
    def previous(self) -> TrendPoint | None:
        return self.points[-2] if len(self.points) > 1 else None

    def change(self, what: str, tolerance: float = DEFAULT_TOLERANCE) -> Change:
        """``what``: ``budget``, ``physical`` or an indicator name."""
        latest, prev = self.latest, self.previous

        def pick(p: TrendPoint | None) -> float | None:
            if p is None:
                return None
            if what == "budget":
                return p.budget_pct
            if what == "physical":
                return p.physical_pct
            return p.indicator(what)

        cur, before = pick(latest), pick(prev)
        lower = False
        if what not in ("budget", "physical"):
            declared = self.polarities.get(_key(what))
            lower = declared == "lower" if declared is not None else lower_is_better(what)
        return Change(cur, before, direction(before, cur, tolerance), lower)

    @property
    def indicator_names(self) -> list[str]:
        names: dict[str, None] = {}
        for p in self.points:
            names.update(dict.fromkeys(p.indicators))
        return list(names)


def opd_trends(
    session: Session,
    *,
    series_id: int | None = None,
    organization_ids: Sequence[int] = (),
    last_n: int | None = None,
    until: datetime | None = None,
    zone: str | None = None,
) -> list[OpdTrend]:
    """Per OPD, its reports over the meetings (oldest first), sorted by OPD name.

    ``last_n`` keeps the most recent meetings that have any report (so a chart axis is
    not a decade long); ``until`` leaves out meetings starting after it.
    """
    zone = zone or office_zone(session)
    meetings_with_reports = (
        select(Meeting.id, Meeting.title, Meeting.starts_at)
        .where(col(Meeting.id).in_(select(col(OpdReport.meeting_id)).distinct()))
        .order_by(col(Meeting.starts_at).desc(), col(Meeting.id).desc())
    )
    if series_id is not None:
        meetings_with_reports = meetings_with_reports.where(Meeting.series_id == series_id)
    if until is not None:
        meetings_with_reports = meetings_with_reports.where(Meeting.starts_at <= until)
    if last_n is not None:
        meetings_with_reports = meetings_with_reports.limit(last_n)
    refs = {
        stored_id(i): MeetingRef(stored_id(i), t, s, office_today(s, zone))
        for i, t, s in session.exec(meetings_with_reports).all()
    }
    if not refs:
        return []
    stmt = (
        select_row(
            OpdReport.organization_id,
            Organization.name,
            Organization.short_name,
            OpdReport.meeting_id,
            OpdReport.budget_pct,
            OpdReport.physical_pct,
            OpdReport.indicators,
        )
        .join(Organization, col(Organization.id) == col(OpdReport.organization_id))
        .where(col(OpdReport.meeting_id).in_(list(refs)))
    )
    if organization_ids:
        stmt = stmt.where(col(OpdReport.organization_id).in_(list(organization_ids)))
    by_org: dict[int, tuple[str, str, list[TrendPoint]]] = {}
    for oid, name, short, mid, budget, physical, indicators in session.exec(stmt).all():
        entry = by_org.setdefault(int(oid), (name, short or "", []))
        entry[2].append(TrendPoint(refs[int(mid)], budget, physical, parse_indicators(indicators)))
    polarities = {
        key: polarity
        for key, polarity in session.exec(select(Indicator.name_key, Indicator.polarity)).all()
    }
    out = []
    for oid, (name, short, points) in by_org.items():
        points.sort(key=lambda p: (p.meeting.starts_at, p.meeting.id))
        out.append(OpdTrend(oid, name, short, points, polarities))
    out.sort(key=lambda t: t.organization.casefold())
    return out


@dataclass(frozen=True, slots=True)
class TrendRow:
    """One line of the OPD trend table (dashboard, Excel)."""

    organization_id: int
    organization: str
    short_name: str
    meeting: MeetingRef | None
    budget: Change
    physical: Change
    indicators: list[tuple[str, str, Change]]  # name, value text, change
    reports: int


def trend_rows(trends: Sequence[OpdTrend], tolerance: float = DEFAULT_TOLERANCE) -> list[TrendRow]:
    rows = []
    for t in trends:
        latest = t.latest
        indicators = []
        if latest is not None:
            for name, text in latest.indicators.items():
                indicators.append((name, text, t.change(name, tolerance)))
        rows.append(
            TrendRow(
                organization_id=t.organization_id,
                organization=t.organization,
                short_name=t.short_name,
                meeting=latest.meeting if latest else None,
                budget=t.change("budget", tolerance),
                physical=t.change("physical", tolerance),
                indicators=indicators,
                reports=len(t.points),
            )
        )
    return rows


# ------------------------------------------------------------------ attention


@dataclass(frozen=True, slots=True)
class AttentionRow:
    """An OPD and why the chair should ask about it."""

    organization_id: int
    organization: str
    short_name: str
    budget_pct: float | None
    budget_direction: Direction | None
    overdue: int
    attendance_rate: float | None
    reasons: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.short_name or self.organization


@dataclass
class Attention:
    """Three rankings (worst first) and the combined list of OPDs flagged by any."""

    lowest_absorption: list[TrendRow] = field(default_factory=list)
    most_overdue: list[tuple[int, str, str, int]] = field(default_factory=list)
    worst_attendance: list[OpdAttendance] = field(default_factory=list)
    combined: list[AttentionRow] = field(default_factory=list)


def overdue_by_opd(session: Session, today: date) -> list[tuple[int, str, str, int]]:
    """(organization id, name, short name, overdue follow-ups), most first; one GROUP BY."""
    rows = session.exec(
        select(
            Organization.id,
            col(Organization.name),
            col(Organization.short_name),
            func.count(col(FollowUp.id)),
        )
        .join(Organization, col(Organization.id) == col(FollowUp.organization_id))
        .where(
            and_(
                col(FollowUp.status).in_(OPEN_STATUSES),
                col(FollowUp.due_date).is_not(None),
                col(FollowUp.due_date) < today,
            )
        )
        .group_by(col(Organization.id), col(Organization.name), col(Organization.short_name))
        .order_by(func.count(col(FollowUp.id)).desc(), col(Organization.name))
    ).all()
    return [(stored_id(i), n, s or "", int(c)) for i, n, s, c in rows]


def attention_ranking(
    session: Session,
    now: datetime,
    *,
    limit: int = 5,
    series_id: int | None = None,
    last_n: int = 6,
    tolerance: float = DEFAULT_TOLERANCE,
    rows: Sequence[TrendRow] | None = None,
    attendance: Sequence[OpdAttendance] | None = None,
) -> Attention:
    """OPDs needing attention: lowest absorption at their latest report, most overdue
    follow-ups today, worst attendance over the last ``last_n`` meetings.

    An OPD in the worst ``limit`` of any ranking is flagged with the reason; the
    combined list puts OPDs with more reasons first, then more overdue items. The
    dashboard passes the trend ``rows`` and OPD ``attendance`` it already computed.
    """
    zone = office_zone(session)
    today = office_today(now, zone)
    if rows is None:
        rows = trend_rows(
            opd_trends(session, series_id=series_id, last_n=last_n, until=now, zone=zone),
            tolerance,
        )
    with_budget = [r for r in rows if r.budget.value is not None]
    lowest = sorted(with_budget, key=lambda r: (r.budget.value, r.organization))[:limit]
    overdue = overdue_by_opd(session, today)
    if attendance is None:
        meetings = recent_meetings(session, now, last_n=last_n, series_id=series_id, zone=zone)
        attendance = attendance_by_opd(session, meetings)
    all_attendance = list(attendance)
    attendance = [a for a in all_attendance if (a.rate or 0) < 1.0]

    reasons: dict[int, list[str]] = {}
    names: dict[int, tuple[str, str]] = {}
    for r in lowest:
        reasons.setdefault(r.organization_id, []).append(
            f"Realisasi anggaran rendah ({_pct(r.budget.value)})"
        )
        names[r.organization_id] = (r.organization, r.short_name)
    for oid, name, short, n in overdue[:limit]:
        reasons.setdefault(oid, []).append(f"{n} tindak lanjut terlambat")
        names[oid] = (name, short)
    for a in attendance[:limit]:
        reasons.setdefault(a.organization_id, []).append(
            f"Kehadiran {_pct((a.rate or 0) * 100)} ({a.attended}/{a.invited})"
        )
        names[a.organization_id] = (a.organization, a.short_name)

    by_budget = {r.organization_id: r for r in rows}
    overdue_n = {oid: n for oid, _, _, n in overdue}
    rate = {a.organization_id: a.rate for a in all_attendance}
    combined = [
        AttentionRow(
            organization_id=oid,
            organization=names[oid][0],
            short_name=names[oid][1],
            budget_pct=by_budget[oid].budget.value if oid in by_budget else None,
            budget_direction=by_budget[oid].budget.direction if oid in by_budget else None,
            overdue=overdue_n.get(oid, 0),
            attendance_rate=rate.get(oid),
            reasons=tuple(why),
        )
        for oid, why in reasons.items()
    ]
    combined.sort(
        key=lambda a: (
            -len(a.reasons),
            -a.overdue,
            a.budget_pct if a.budget_pct is not None else 101.0,
            a.organization,
        )
    )
    return Attention(
        lowest_absorption=lowest,
        most_overdue=overdue[:limit],
        worst_attendance=attendance[:limit],
        combined=combined,
    )


def _pct(value: float | None) -> str:
    if value is None:
        return "-"
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"
