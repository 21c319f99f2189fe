"""The series and meetings, invitations, attendance and agendas.

A part of the demo builder (``builder._Builder``); it reads and writes the builder's state.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from rakor_desktop.demo import data as D
from rakor_desktop.demo.plan import (
    PAST_RAKOR,
    _last_monday,
    _MeetingPlan,
    _Org,
    _shift_month,
)
from rakor_desktop.demo.state import BuilderState
from rakor_desktop.domain.enums import (
    AbsenceStatus,
    MeetingStatus,
    OrgKind,
)
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Invitation,
    Meeting,
    MeetingSeries,
    Person,
)
from rakor_desktop.services.attendance.invitations import new_token


class MeetingsMixin(BuilderState):
    def _series_and_meetings(self) -> None:
        rakor_tpl = [{"title": t, "planned_minutes": m} for t, m, _ in D.RAKOR_AGENDA]
        eko_tpl = [{"title": t, "planned_minutes": m} for t, m, _ in D.EKOBANG_AGENDA]
        self.rakor = MeetingSeries(
            name=D.RAKOR_SERIES,
            chair_id=self.bupati.id,
            place=D.RAKOR_PLACE,
            agenda_template=json.dumps(rakor_tpl, ensure_ascii=False),
        )
        self.ekobang = MeetingSeries(
            name=D.EKOBANG_SERIES,
            chair_id=self.asisten["II"].id,
            place=D.EKOBANG_PLACE,
            agenda_template=json.dumps(eko_tpl, ensure_ascii=False),
        )
        self._store([self.rakor, self.ekobang])

        days = self._rakor_days()
        for i, day in enumerate(days):
            chair = self.wabup if i == len(days) - 4 else self.bupati
            plan = self._meeting(
                "rakor",
                day,
                self.rakor,
                chair,
                MeetingStatus.CLOSED,
                secretary=self.sekda if i % 3 == 0 else self.asisten["I"],
                notulis=self.notulis[i % 2],
            )
            plan.finalize = i < len(days) - 1  # the latest minutes still await signature
        upcoming = self._upcoming_day()
        self._meeting(
            "upcoming",
            upcoming,
            self.rakor,
            self.bupati,
            MeetingStatus.SCHEDULED,
            secretary=self.asisten["I"],
            notulis=self.notulis[0],
        )
        eko_day = self.today - timedelta(days=38)
        eko_day -= timedelta(days=eko_day.weekday())
        if eko_day in days:
            eko_day -= timedelta(days=7)
        self._meeting(
            "ekobang",
            eko_day,
            self.ekobang,
            self.asisten["II"],
            MeetingStatus.CLOSED,
            secretary=self.orgs["Bag. Adbang"].head,
            notulis=self.orgs["Bag. Perekonomian"].members[0],
        )
        chairs = {"wabup": self.wabup, "sekda": self.sekda, "asisten:I": self.asisten["I"]}
        for title, place, chair_key, offset, _items in D.DRAFTS:
            day = self.today + timedelta(days=offset)
            day += timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)
            plan = self._meeting(
                "draft",
                day,
                None,
                chairs[chair_key],
                MeetingStatus.DRAFT,
                secretary=None,
                notulis=None,
                title=title,
                place=place,
            )
            plan.row.letter_date = None
        self.plans.sort(key=lambda p: p.day)
        self._number_letters()
        self._store([p.row for p in self.plans])

    def _number_letters(self) -> None:
        """Agenda numbers of outgoing letters grow through the year: 005/<n>/<year>."""
        number, year = 0, 0
        for plan in self.plans:
            if plan.kind == "draft":
                continue
            if plan.day.year != year:
                year, number = plan.day.year, self.rng.randint(12, 40)
            number += self.rng.randint(18, 45)
            plan.row.letter_number = f"005/{number}/{year}"

    def _upcoming_day(self) -> date:
        """The series' own date (last Monday) when it falls 5-20 days ahead, else a Monday
        5-11 days ahead: far enough to send invitations, near enough to be "next"."""
        for delta in (0, 1):
            year, month = _shift_month(self.today.year, self.today.month, delta)
            day = _last_monday(year, month)
            if 5 <= (day - self.today).days <= 20:
                return day
        day = self.today + timedelta(days=5)
        return day + timedelta(days=(7 - day.weekday()) % 7)

    def _rakor_days(self) -> list[date]:
        days: list[date] = []
        year, month = self.today.year, self.today.month
        while len(days) < PAST_RAKOR:
            day = _last_monday(year, month)
            if day < self.today:
                days.append(day)
            year, month = _shift_month(year, month, -1)
        return sorted(days)

    def _meeting(
        self,
        kind: str,
        day: date,
        series: MeetingSeries | None,
        chair: Person | None,
        status: MeetingStatus,
        *,
        secretary: Person | None,
        notulis: Person | None,
        title: str | None = None,
        place: str | None = None,
    ) -> _MeetingPlan:
        month = D.MONTHS[day.month - 1]
        if title is None:
            title = (
                f"Rakor Bidang Ekobang Tahun {day.year}"
                if kind == "ekobang"
                else f"{D.RAKOR_SERIES} Bulan {month} {day.year}"
            )
        starts = self._at(day, 9) if kind != "draft" else self._at(day, self.rng.choice((9, 13)))
        letter_day = day - timedelta(days=7)
        if kind == "upcoming":
            letter_day = self.today - timedelta(days=1)
        row = Meeting(
            title=title,
            series_id=series.id if series else None,
            starts_at=starts,
            ends_at=starts + timedelta(hours=3 if kind != "draft" else 2),
            place=place or (series.place if series else ""),
            chair_id=chair.id if chair else None,
            secretary_id=secretary.id if secretary else None,
            notulis_id=notulis.id if notulis else None,
            letter_date=letter_day,
            letter_nature="Penting",
            status=status,
            opening_remarks={"rakor": D.OPENING, "ekobang": D.EKOBANG_OPENING}.get(kind, ""),
        )
        row.created_at = row.updated_at = min(
            self._at(letter_day - timedelta(days=1), 14), self.history_end
        )
        plan = _MeetingPlan(row, day, kind)
        self.plans.append(plan)
        return plan

    # ---------------------------------------------------------------- invitations
    def _invitations(self) -> None:
        rakor_invitees = [self.wabup, self.sekda, *self.asisten.values()] + [
            o.head for o in self.orgs.values() if o.row.kind != OrgKind.SETDA and o.head
        ]
        eko_invitees = [o.head for o in self.orgs.values() if o.row.asisten == "II" and o.head]
        rows: list[Invitation] = []
        for plan in self.plans:
            if plan.kind == "draft":
                continue
            people = eko_invitees if plan.kind == "ekobang" else rakor_invitees
            sent = self._at(plan.row.letter_date or plan.day, 10)
            for person in people:
                inv = Invitation(
                    meeting_id=plan.row.id or 0,
                    person_id=person.id or 0,
                    organization_id=person.organization_id,
                    token=new_token(),
                    sent_at=sent,
                )
                inv.created_at = inv.updated_at = sent
                plan.invites.append((inv, person))
                rows.append(inv)
        self._store(rows)
        self.counts["undangan"] = len(rows)

    # ---------------------------------------------------------------- attendance & agenda
    def _attendance_and_agenda(self) -> None:
        attendance: list[Attendance] = []
        items: list[AgendaItem] = []
        rakor_seen = 0
        for plan in self.plans:
            if plan.kind in ("rakor", "ekobang"):
                attendance.extend(self._attend(plan))
            if plan.kind == "draft":
                draft = next(d for d in D.DRAFTS if d[0] == plan.row.title)
                tpl: list[tuple[str, int, str | None]] = [(t, 15, None) for t in draft[4]]
            else:
                tpl = list(D.EKOBANG_AGENDA if plan.kind == "ekobang" else D.RAKOR_AGENDA)
            carry = plan.kind == "upcoming" or (plan.kind == "rakor" and rakor_seen > 0)
            rakor_seen += plan.kind == "rakor"
            self._agenda(plan, tpl, carry)
            items.extend(item for item, _ in plan.agenda)
        self._store([*attendance, *items])
        self.counts["kehadiran"] = len(attendance)
        self.counts["agenda"] = len(items)

    def _checkin_time(self, day: date) -> datetime:
        # 08.30-09.20 local, most people a little before nine.
        minutes = self.rng.triangular(0, 50, 14)
        return self._at(day, 8, 30) + timedelta(minutes=minutes, seconds=self.rng.randint(0, 59))

    def _attendance_row(self, plan: _MeetingPlan, person: Person, **kw: Any) -> Attendance:
        at = self._checkin_time(plan.day)
        row = Attendance(
            meeting_id=plan.row.id or 0,
            person_id=person.id or 0,
            checked_in_at=at,
            is_late=at > plan.row.starts_at,
            station=self.rng.choice(("Meja Registrasi 1", "Meja Registrasi 2")),
            **kw,
        )
        row.created_at = row.updated_at = at
        return row

    def _attend(self, plan: _MeetingPlan) -> list[Attendance]:
        rng = self.rng
        rate = rng.uniform(0.85, 0.95)
        present: set[int] = {inv.person_id for inv, _ in plan.invites}
        rows: list[Attendance] = []
        always = {
            self.wabup.id,
            self.sekda.id if self.sekda else None,
            *(a.id for a in self.asisten.values()),
        }
        # Draw the number of absentees, not a coin per invitee: a 16-person Ekobang rakor
        # must still land in the realistic 85-95% band.
        optional = [inv.id for inv, person in plan.invites if person.id not in always]
        absent = set(rng.sample(optional, round(len(plan.invites) * (1 - rate))))
        for inv, person in plan.invites:
            if inv.id not in absent:
                org = self._org_of(person)
                spare = [m for m in (org.members if org else []) if m.id not in present]
                if spare and person.id not in always and rng.random() < 0.1:
                    delegate = spare[0] if rng.random() < 0.6 else rng.choice(spare)
                    present.add(delegate.id or 0)
                    rows.append(
                        self._attendance_row(
                            plan, delegate, invitation_id=inv.id, delegate_for_id=person.id
                        )
                    )
                else:
                    rows.append(self._attendance_row(plan, person, invitation_id=inv.id))
            else:
                status = rng.choices(
                    (
                        AbsenceStatus.IZIN,
                        AbsenceStatus.TUGAS_LUAR,
                        AbsenceStatus.SAKIT,
                        AbsenceStatus.TANPA_KETERANGAN,
                    ),
                    weights=(35, 35, 15, 15),
                )[0]
                inv.absence_status = status.value
                inv.absence_note = rng.choice(D.ABSENCE_NOTES[status.value])
        walk_ins = rng.sample(self.guests, rng.randint(1, 3))
        invited_orgs = [self._org_of(p) for _, p in plan.invites]
        for org in rng.sample([o for o in invited_orgs if o], rng.randint(1, 3)):
            spare = [m for m in org.members if m.id not in present]
            if spare:
                walk_ins.append(rng.choice(spare))
        for person in walk_ins:
            if person.id in present:
                continue
            present.add(person.id or 0)
            rows.append(self._attendance_row(plan, person, is_walk_in=True))
        return rows

    def _org_of(self, person: Person) -> _Org | None:
        return self.org_by_id.get(person.organization_id)

    def _presenter(self, key: str | None, plan: _MeetingPlan) -> tuple[Person | None, int | None]:
        if key is None:
            return None, None
        if key == "chair":
            chair = next((p for p in self.people if p.id == plan.row.chair_id), None)
            return chair, None
        if key == "sekda":
            return self.sekda, None
        if key.startswith("asisten:"):
            return self.asisten[key.split(":")[1]], None
        org = self.orgs[key]
        return org.head, org.row.id

    def _agenda(
        self, plan: _MeetingPlan, tpl: list[tuple[str, int, str | None]], carry: bool
    ) -> None:
        entries: list[tuple[str, int, str | None, int | None]] = [
            (t, m, key, i) for i, (t, m, key) in enumerate(tpl)
        ]
        if carry:
            entries.insert(1, (D.CARRY_OVER_TITLE, 15, "sekda", None))
        cursor = plan.row.starts_at + timedelta(minutes=self.rng.randint(3, 10))
        past = plan.kind in ("rakor", "ekobang")
        for pos, (title, minutes, key, tpl_index) in enumerate(entries):  # 0-based like agenda.py
            presenter, org_id = self._presenter(key, plan)
            item = AgendaItem(
                meeting_id=plan.row.id or 0,
                position=pos,
                title=title,
                presenter_id=presenter.id if presenter else None,
                presenter_org_id=org_id,
                planned_minutes=minutes,
                is_carry_over=tpl_index is None and carry,
            )
            item.created_at = item.updated_at = plan.row.created_at
            if past:
                item.actual_start = cursor
                cursor += timedelta(minutes=round(minutes * self.rng.uniform(0.8, 1.25)))
                item.actual_end = cursor
                cursor += timedelta(minutes=self.rng.randint(0, 2))
            plan.agenda.append((item, tpl_index))
        if past:
            plan.row.closed_at = cursor + timedelta(minutes=self.rng.randint(2, 10))
            plan.row.updated_at = plan.row.closed_at

    # ---------------------------------------------------------------- reports & decisions
