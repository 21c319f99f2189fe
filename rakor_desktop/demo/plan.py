"""The demo's plan objects and calendar: plain Python the builder turns into rows in stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rakor_desktop.domain.enums import (
    TimeZoneName,
)
from rakor_desktop.domain.models import (
    AgendaItem,
    FollowUp,
    Invitation,
    Meeting,
    OpdReport,
    Organization,
    Person,
)

ZONE = TimeZoneName.WIB.value


PAST_RAKOR = 10


# Cumulative budget realisation (%) a typical OPD reaches by the end of each month, and
# the plan (rencana) it is measured against: absorption is back-loaded in Indonesia.
BUDGET_CURVE = (3, 7, 15, 22, 30, 39, 46, 54, 62, 71, 82, 95)


BUDGET_PLAN = (8, 12, 20, 30, 38, 48, 55, 63, 72, 80, 90, 98)


ROMAN_QUARTER = {
    1: "IV",
    2: "IV",
    3: "IV",
    4: "I",
    5: "I",
    6: "I",
    7: "II",
    8: "II",
    9: "II",
    10: "III",
    11: "III",
    12: "III",
}


@dataclass
class _Slot:
    """A position in an organisation, filled with a generated person later."""

    org: str | None  # short name of the organisation, None for Bupati/guests
    jabatan: str
    rank: str  # sekda, eselon2, eselon3a, eselon3b, eselon4, staff, top, guest
    field: str
    head: bool = False
    name: str | None = None
    gender: str | None = None  # "L"/"P"
    kind: str = "pns"  # pns, pppk, none


@dataclass
class _Org:
    row: Organization
    spec_field: str
    head: Person | None = None
    members: list[Person] = field(default_factory=list)  # non-heads, in slot order
    lagging: bool = False
    factor: float = 1.0


@dataclass
class _MeetingPlan:
    row: Meeting
    day: date
    kind: str  # rakor, ekobang, upcoming, draft
    finalize: bool = False  # closed now, finalized (MinutesRevision) once everything is stored
    agenda: list[tuple[AgendaItem, int | None]] = field(default_factory=list)  # (item, tpl idx)
    invites: list[tuple[Invitation, Person]] = field(default_factory=list)
    reports: dict[str, OpdReport] = field(default_factory=dict)  # by org short name
    followups: list[FollowUp] = field(default_factory=list)
    ctx: dict[str, Any] = field(default_factory=dict)


def _fmt(value: float, digits: int = 1) -> str:
    """Indonesian decimal comma, as officials write percentages in reports."""
    return f"{value:.{digits}f}".replace(".", ",")


def _last_monday(year: int, month: int) -> date:
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    last = first_next - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
