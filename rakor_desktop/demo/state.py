"""The builder's shared state, declared once so each stage mixin can be type-checked alone.

Why it exists: the demo builder is split into stage mixins (directory, meetings,
content) that read and extend one set of attributes. Declaring those attributes and
the small helpers here lets mypy check every mixin without the others, and tells a
reader where each piece of state comes from.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, SQLModel

from rakor_desktop.demo.plan import ZONE, _MeetingPlan, _Org, _Slot
from rakor_desktop.domain.models import MeetingSeries, Person
from rakor_desktop.domain.timefmt import office_datetime


class BuilderState:
    # Set by the builder's constructor.
    s: Session
    today: date
    rng: random.Random
    history_end: datetime
    orgs: dict[str, _Org]
    people: list[Person]
    slots: list[_Slot]
    nips: set[str]
    name_keys: set[str]
    guests: list[Person]
    plans: list[_MeetingPlan]
    recent_arahan: list[set[str]]
    counts: dict[str, int]
    # Set by the directory stage (OrganisationsMixin).
    org_by_id: dict[int | None, _Org]
    bupati: Person
    wabup: Person
    sekda: Person
    asisten: dict[str, Person]
    notulis: list[Person]
    # Set by the meetings stage (MeetingsMixin).
    rakor: MeetingSeries
    ekobang: MeetingSeries

    def _store(self, rows: Sequence[SQLModel]) -> None:
        self.s.add_all(rows)
        self.s.flush()

    def _at(self, day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
        return office_datetime(day, time(hh, mm, ss), ZONE)

    def _between(self, start: datetime, end: datetime) -> datetime:
        """A random moment in [start, end], clamped to history (never in the future)."""
        end = min(end, self.history_end)
        if end <= start:
            return start
        return start + timedelta(seconds=self.rng.randint(0, int((end - start).total_seconds())))
