"""Demo data: a realistic Kabupaten Pemalang with a year of monthly Rakor.

Why it exists: screenshots, manual testing, benchmarks and the session-wide
``demo_db`` test fixture all need a database that looks like a real Pemkab after
ten months of use: ~40 OPDs and 14 kecamatan, ~400 people (PNS, PPPK and non-ASN),
past meetings with attendance, delegates and walk-ins, notes, directives whose
follow-ups are in every state (including overdue), OPD reports whose trends
differ, and one upcoming meeting. The regency itself lives in ``demo_data.py``.

Everything random comes from ``random.Random(seed)`` so a seed always yields the
same people, meetings and texts (uuids and invitation tokens stay random: they
are secrets/merge keys, not content). Dates are placed relative to ``today`` so
the upcoming meeting is always in the future and "terlambat" always exists.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func
from sqlmodel import Session, SQLModel, select

from rakor_desktop.demo import data as D
from rakor_desktop.domain.enums import (
    AbsenceStatus,
    FollowUpStatus,
    MeetingStatus,
    OrgKind,
    Paper,
    TimeZoneName,
)
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    FollowUpUpdate,
    Invitation,
    Meeting,
    MeetingSeries,
    Note,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.names import name_key
from rakor_desktop.domain.timefmt import office_datetime
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.attendance.invitations import new_token
from rakor_desktop.services.followups.query import office_today
from rakor_desktop.services.office.settings import get_office

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


class DemoRefused(ValueError):
    """The target database already holds data; demo rows would mix with real ones."""


# --- plan objects (plain Python, turned into rows in stages) ---------------------------


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
    ctx: dict[str, object] = field(default_factory=dict)


# --- public API -----------------------------------------------------------------------


def populate_demo(
    session: Session, *, today: date | None = None, seed: int = 2025
) -> dict[str, int]:
    """Fill an empty database with the demo regency; returns row counts by Indonesian label.

    Raises :class:`DemoRefused` when the database already holds meetings or a directory,
    because mixing invented people with a real office's data cannot be undone cleanly.
    """
    _refuse_unless_empty(session)
    day = today or office_today(utcnow(), ZONE)
    return _Builder(session, day, random.Random(seed)).run()


def _refuse_unless_empty(session: Session) -> None:
    def count(model: type[SQLModel]) -> int:
        return session.exec(select(func.count()).select_from(model)).one()

    if count(Meeting):
        raise DemoRefused(
            "Basis data ini sudah berisi rapat, jadi data contoh tidak diisikan. "
            "Data contoh hanya untuk basis data baru: jalankan "
            "'rakor-desktop --db contoh.sqlite demo' dengan nama berkas baru."
        )
    if count(Person) or count(Organization) or count(MeetingSeries):
        raise DemoRefused(
            "Basis data ini sudah berisi direktori OPD atau peserta, jadi data contoh tidak "
            "diisikan agar tidak tercampur dengan data asli. Gunakan berkas basis data baru."
        )


# --- builder --------------------------------------------------------------------------


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


class _Builder:
    def __init__(self, session: Session, today: date, rng: random.Random) -> None:
        self.s = session
        self.today = today
        self.rng = rng
        # Everything historical happens before today's midnight in the office zone.
        self.history_end = office_datetime(today, time(0, 0), ZONE) - timedelta(minutes=1)
        self.orgs: dict[str, _Org] = {}
        self.people: list[Person] = []
        self.slots: list[_Slot] = []
        self.nips: set[str] = set()
        self.name_keys: set[str] = set()
        self.guests: list[Person] = []
        self.plans: list[_MeetingPlan] = []
        self.recent_arahan: list[set[str]] = []  # problem templates per past Rakor
        self.counts: dict[str, int] = {}

    # ---------------------------------------------------------------- orchestration
    def run(self) -> dict[str, int]:
        self._office()
        self._organizations()
        self._people()
        self._series_and_meetings()
        self._invitations()
        self._attendance_and_agenda()
        self._reports_and_decisions()
        self._followup_history()
        self._notes()
        self._finalize()
        n_opd = sum(1 for o in self.orgs.values() if o.row.kind != OrgKind.KECAMATAN)
        return {
            "OPD": n_opd,
            "kecamatan": len(self.orgs) - n_opd,
            "orang": len(self.people),
            "rapat": len(self.plans),
            "undangan": self.counts["undangan"],
            "kehadiran": self.counts["kehadiran"],
            "agenda": self.counts["agenda"],
            "catatan": self.counts["catatan"],
            "keputusan": self.counts["keputusan"],
            "tindak lanjut": self.counts["tindak lanjut"],
            "laporan OPD": self.counts["laporan OPD"],
            "riwayat tindak lanjut": self.counts["riwayat tindak lanjut"],
            "notulen final": self.counts["notulen final"],
        }

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

    # ---------------------------------------------------------------- office & directory
    def _office(self) -> None:
        office = get_office(self.s)
        for key, value in D.OFFICE.items():
            setattr(office, key, value)
        office.time_zone = TimeZoneName(D.OFFICE["time_zone"]).value
        office.paper = Paper(D.OFFICE["paper"]).value
        office.updated_at = utcnow()

    def _organizations(self) -> None:
        setda = Organization(name=D.SETDA.name, short_name=D.SETDA.short, kind=D.SETDA.kind)
        self._store([setda])
        self.orgs[D.SETDA.short] = _Org(setda, D.SETDA.field)
        rows: list[Organization] = []
        for spec in D.BAGIAN + D.OPD:
            row = Organization(
                name=spec.name,
                short_name=spec.short,
                kind=spec.kind,
                asisten=spec.asisten,
                parent_id=setda.id if spec.kind == OrgKind.BAGIAN else None,
            )
            rows.append(row)
            self.orgs[spec.short] = _Org(row, spec.field)
        for kec in D.KECAMATAN:
            row = Organization(
                name=f"Kecamatan {kec}",
                short_name=f"Kec. {kec}",
                kind=OrgKind.KECAMATAN,
                asisten="I",
            )
            rows.append(row)
            self.orgs[f"Kec. {kec}"] = _Org(row, "kecamatan")
        self._store(rows)
        for short in D.LAGGARDS:
            self.orgs[short].lagging = True
        for org in self.orgs.values():
            org.factor = (
                self.rng.uniform(0.62, 0.76) if org.lagging else self.rng.uniform(0.9, 1.07)
            )

    def _plan_slots(self) -> None:
        add = self.slots.append
        add(_Slot(None, D.BUPATI[1], "top", "gov", name=D.BUPATI[0], gender="L", kind="none"))
        add(
            _Slot(
                None,
                D.WAKIL_BUPATI[1],
                "top",
                "gov",
                name=D.WAKIL_BUPATI[0],
                gender="L",
                kind="none",
            )
        )
        add(_Slot("Setda", D.SETDA.head or "", "sekda", "gov", head=True, name=D.SEKDA, gender="L"))
        for line, jabatan in D.ASISTEN.items():
            name = D.ASISTEN_NAMES[line]
            add(
                _Slot(
                    "Setda",
                    jabatan,
                    "eselon2",
                    "gov",
                    name=name,
                    gender="P" if name.startswith("Dra.") else "L",
                )
            )
        add(_Slot("Setda", D.SETDA.staff_titles[0], "staff", "general"))
        for spec in D.BAGIAN + D.OPD:
            eselon3 = spec.kind == OrgKind.BAGIAN
            head = spec.head or f"Kepala {spec.name}"
            add(
                _Slot(spec.short, head, "eselon3a" if eselon3 else "eselon2", spec.field, head=True)
            )
            secretary = spec.secretary
            if secretary is None and spec.kind in (OrgKind.DINAS, OrgKind.BADAN):
                secretary = f"Sekretaris {spec.name}"
            if secretary:
                add(_Slot(spec.short, secretary, "eselon3b", spec.field))
            for unit in spec.units:
                rank = "eselon4" if "Subbagian" in unit else "eselon3b"
                add(_Slot(spec.short, unit, rank, spec.field))
            titles = spec.staff_titles or D.FUNCTIONAL[spec.field]
            special = D.SPECIAL_STAFF.get(spec.short)
            for i in range(spec.staff):
                slot = _Slot(spec.short, titles[i % len(titles)], "staff", spec.field)
                if i == 0 and special is not None:
                    slot.name, slot.gender = special
                add(slot)
        for kec in D.KECAMATAN:
            short = f"Kec. {kec}"
            add(_Slot(short, f"Camat {kec}", "eselon3a", "gov", head=True))
            add(_Slot(short, f"Sekretaris Kecamatan {kec}", "eselon3b", "gov"))
            for unit in sorted(self.rng.sample(range(1, len(D.KECAMATAN_UNITS)), 2)):
                add(_Slot(short, D.KECAMATAN_UNITS[unit], "eselon4", "gov"))
            for _ in range(self.rng.choice((1, 1, 2))):
                add(_Slot(short, self.rng.choice(D.KECAMATAN_STAFF), "staff", "gov"))
        for name, jabatan, has_nip, gender in D.GUESTS:
            add(
                _Slot(
                    None,
                    jabatan,
                    "guest",
                    "general",
                    name=name,
                    gender=gender,
                    kind="pns" if has_nip else "none",
                )
            )
        # ~5% PPPK and ~2.5% non-ASN among ordinary staff (plus Bupati, Wabup, guests).
        pool = [i for i, sl in enumerate(self.slots) if sl.rank == "staff" and sl.name is None]
        chosen = self.rng.sample(pool, 30)
        for i in chosen[:20]:
            # PPPK are appointed at entry level: Ahli Pertama, not Muda/Madya.
            slot = self.slots[i]
            slot.kind = "pppk"
            for senior in ("Ahli Madya", "Ahli Muda"):
                slot.jabatan = slot.jabatan.replace(senior, "Ahli Pertama")
        for i in chosen[20:]:
            self.slots[i].kind = "none"
            self.slots[i].jabatan = self.rng.choice(D.NON_ASN_TITLES)

    def _people(self) -> None:
        self._plan_slots()
        # Fixed names (Bupati, specials, guests) are reserved before any random draw.
        self.name_keys.update(name_key(sl.name) for sl in self.slots if sl.name)
        joined = self._at(self.today - timedelta(days=400), 8)
        for slot in self.slots:
            person = self._make_person(slot)
            person.created_at = person.updated_at = joined
            self.people.append(person)
        self._store(self.people)
        self.org_by_id = {o.row.id: o for o in self.orgs.values()}
        for slot, person in zip(self.slots, self.people, strict=True):
            if slot.rank == "top":
                continue
            if slot.rank == "guest":
                self.guests.append(person)
                continue
            org = self.orgs[slot.org or ""]
            if slot.head:
                org.head = person
            else:
                org.members.append(person)
        self.bupati, self.wabup = self.people[0], self.people[1]
        setda = self.orgs["Setda"]
        self.sekda = setda.head
        self.asisten = {line: setda.members[i] for i, line in enumerate(D.ASISTEN)}
        self.notulis = [
            next(p for p in self.orgs[org].members if p.full_name == D.SPECIAL_STAFF[org][0])
            for org in ("Bag. Pemerintahan", "Bag. Prokopim")
        ]

    def _make_person(self, slot: _Slot) -> Person:
        rng = self.rng
        gender = slot.gender or ("P" if rng.random() < 0.42 else "L")
        pangkat_code = self._pangkat_code(slot)
        birth_year = self._birth_year(slot, pangkat_code)
        name = slot.name or self._unique_name(gender, slot, birth_year)
        nip: str | None = None
        pangkat = D.PANGKAT.get(pangkat_code, "") if slot.rank not in ("top", "guest") else ""
        if slot.kind == "pns":
            nip = self._nip(gender, birth_year, pppk=False)
        elif slot.kind == "pppk":
            nip = self._nip(gender, rng.randint(1986, 1999), pppk=True)
            pangkat = D.PPPK_GOLONGAN[
                "diploma" if "A.Md" in name else "degree" if "," in name else "school"
            ]
        else:
            pangkat = ""
        phone = ""
        if slot.rank != "guest" or rng.random() < 0.5:
            phone = (
                f"{rng.choice(D.PHONE_PREFIXES)}-{rng.randint(1000, 9999)}-"
                f"{rng.randint(1000, 9999)}"
            )
        self.name_keys.add(name_key(name))
        return Person(
            full_name=name,
            name_key=name_key(name),
            nip=nip,
            jabatan=slot.jabatan,
            pangkat=pangkat,
            phone=phone,
            is_head=slot.head,
            organization_id=self.orgs[slot.org].row.id if slot.org else None,
        )

    def _pangkat_code(self, slot: _Slot) -> str:
        choice = self.rng.choice
        if slot.rank == "sekda":
            return "IV/d"
        if slot.rank == "eselon2":
            return choice(("IV/c", "IV/c", "IV/b"))
        if slot.rank == "eselon3a":
            return choice(("IV/b", "IV/b", "IV/a"))
        if slot.rank == "eselon3b":
            return choice(("IV/a", "IV/a", "III/d"))
        if slot.rank == "eselon4":
            return choice(("III/d", "III/c"))
        if slot.rank == "staff":
            if "Ahli Madya" in slot.jabatan:
                return choice(("IV/a", "IV/b"))
            if "Ahli Muda" in slot.jabatan:
                return choice(("III/c", "III/d"))
            if "Ahli Pertama" in slot.jabatan:
                return choice(("III/a", "III/b"))
            return choice(("III/a", "III/b", "III/c"))
        return ""

    def _birth_year(self, slot: _Slot, pangkat: str) -> int:
        ranges = {
            "top": (1965, 1975),
            "guest": (1970, 1992),
            "sekda": (1968, 1970),
            "eselon2": (1967, 1975),
            "eselon3a": (1970, 1980),
            "eselon3b": (1970, 1982),
            "eselon4": (1976, 1988),
        }
        if slot.rank in ranges:
            low, high = ranges[slot.rank]
        elif pangkat.startswith("IV"):
            low, high = 1970, 1980
        elif pangkat in ("III/c", "III/d"):
            low, high = 1978, 1990
        else:
            low, high = 1988, 1998
        return self.rng.randint(low, high)

    def _unique_name(self, gender: str, slot: _Slot, birth_year: int) -> str:
        for _ in range(100):
            name = self._name(gender, slot, birth_year)
            if name_key(name) not in self.name_keys:
                return name
        raise RuntimeError("name pools too small for a unique demo directory")

    def _name(self, gender: str, slot: _Slot, birth_year: int) -> str:
        rng = self.rng
        male = gender == "L"
        older = birth_year < 1978
        if rng.random() < (0.3 if older else 0.1):
            bare = rng.choice(D.MALE_SINGLE if male else D.FEMALE_SINGLE)
        else:
            first = rng.choice(D.MALE_FIRST if male else D.FEMALE_FIRST)
            last = rng.choice(D.MALE_LAST if male else D.FEMALE_LAST)
            if rng.random() < 0.25:
                middle = rng.choice(D.MALE_FIRST if male else D.FEMALE_FIRST)
                if middle[:3] not in (first[:3], last[:3]):
                    first = f"{first} {middle}"
            if last.startswith(first[:3]):  # "Fitri Fitriani" reads like a typo
                last = rng.choice(D.MALE_LAST if male else D.FEMALE_LAST)
            bare = f"{first} {last}"
        prefix, degree = "", ""
        if slot.kind == "none":
            degree = rng.choice(("", "", "A.Md.", "S.E.", "S.Kom."))
        elif slot.head and slot.rank == "eselon2":
            prefix, degree = D.HEAD_DEGREES[slot.field]
            if prefix == "Drs." and not male:
                prefix = "Dra."
        elif slot.head:  # camat, kabag
            degree = rng.choice(
                D.DEGREES[slot.field] if slot.field != "kecamatan" else D.DEGREES["gov"]
            )
        elif slot.kind == "pppk" or rng.random() < 0.85:  # functional posts need a degree
            pool = D.DEGREES[slot.field] if rng.random() < 0.7 else D.DEGREES["general"]
            # S.STP marks an IPDN graduate: a career official, not ordinary staff.
            degree = rng.choice([d for d in pool if "S.STP" not in d] or D.DEGREES["general"])
        if older and rng.random() < 0.3:  # academic title first: "Ir. H. ...", "dr. Hj. ..."
            prefix = f"{prefix} {'H.' if male else 'Hj.'}".strip()
        name = f"{prefix} {bare}".strip()
        return f"{name}, {degree}" if degree else name

    def _nip(self, gender: str, birth_year: int, *, pppk: bool) -> str:
        rng = self.rng
        latest = self.today.year - 1
        for _ in range(1000):
            birth = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
            if pppk:
                year = min(latest, max(birth_year + 19, rng.randint(latest - 2, latest)))
                middle = f"{year}21"
                seq = rng.randint(1, 999)
            else:
                year = min(latest, birth_year + rng.randint(23, 29))
                middle = f"{year}{rng.choice((1, 2, 3, 3, 4, 6, 12, 12)):02d}"
                seq = rng.randint(1, 30) if rng.random() < 0.8 else rng.randint(31, 999)
            nip = f"{birth:%Y%m%d}{middle}{1 if gender == 'L' else 2}{seq:03d}"
            if nip not in self.nips:
                self.nips.add(nip)
                return nip
        raise RuntimeError("could not draw a unique demo NIP")

    # ---------------------------------------------------------------- meetings
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
                tpl = [(t, 15, None) for t in draft[4]]
            else:
                tpl = list(D.EKOBANG_AGENDA if plan.kind == "ekobang" else D.RAKOR_AGENDA)
            carry = plan.kind == "upcoming" or (plan.kind == "rakor" and rakor_seen > 0)
            rakor_seen += plan.kind == "rakor"
            self._agenda(plan, tpl, carry)
            items.extend(item for item, _ in plan.agenda)
        self._store(attendance + items)
        self.counts["kehadiran"] = len(attendance)
        self.counts["agenda"] = len(items)

    def _checkin_time(self, day: date) -> datetime:
        # 08.30-09.20 local, most people a little before nine.
        minutes = self.rng.triangular(0, 50, 14)
        return self._at(day, 8, 30) + timedelta(minutes=minutes, seconds=self.rng.randint(0, 59))

    def _attendance_row(self, plan: _MeetingPlan, person: Person, **kw: object) -> Attendance:
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
    def _reports_and_decisions(self) -> None:
        reports: list[OpdReport] = []
        last: dict[str, tuple[int, float, float]] = {}  # org -> (year, budget, physical)
        for plan in self.plans:
            if plan.kind not in ("rakor", "ekobang"):
                continue
            orgs = [
                (short, o)
                for short, o in self.orgs.items()
                if o.row.kind != OrgKind.BAGIAN and (plan.kind == "rakor" or o.row.asisten == "II")
            ]
            for short, org in orgs:
                report = self._report(plan, short, org, last)
                plan.reports[short] = report
                reports.append(report)
            plan.ctx = self._context(plan)
        self._store(reports)
        self.counts["laporan OPD"] = len(reports)

        decisions: list[Decision] = []
        followups: list[tuple[FollowUp, Decision]] = []
        for plan in self.plans:
            if plan.kind in ("rakor", "ekobang"):
                d, f = self._decisions(plan)
                decisions.extend(d)
                followups.extend(f)
        self._store(decisions)
        for fu, decision in followups:
            fu.decision_id = decision.id
        self._settle_statuses([fu for fu, _ in followups])
        self._store([fu for fu, _ in followups])
        self.counts["keputusan"] = len(decisions)
        self.counts["tindak lanjut"] = len(followups)

    def _report(
        self, plan: _MeetingPlan, short: str, org: _Org, last: dict[str, tuple[int, float, float]]
    ) -> OpdReport:
        rng = self.rng
        m = plan.day.month
        budget = BUDGET_CURVE[m - 1] * org.factor + rng.uniform(-2.5, 2.5)
        physical = budget + rng.uniform(2, 9)
        prev = last.get(short)
        if prev and prev[0] == plan.day.year:  # cumulative within a fiscal year
            budget = max(budget, prev[1] + rng.uniform(0.3, 1.5))
            physical = max(physical, prev[2] + rng.uniform(0.3, 1.5))
        budget = round(min(max(budget, 0.5), 99.5), 2)
        physical = round(min(max(physical, budget), 100.0), 2)
        last[short] = (plan.day.year, budget, physical)
        field_ = org.spec_field
        obstacles = ""
        if org.lagging or rng.random() < 0.5:
            obstacles = rng.choice(D.OBSTACLES.get(field_, D.OBSTACLES["general"]))
        innovation = ""
        if field_ in D.INNOVATIONS and rng.random() < 0.35:
            innovation = rng.choice(D.INNOVATIONS[field_])
        row = OpdReport(
            meeting_id=plan.row.id or 0,
            organization_id=org.row.id or 0,
            budget_pct=budget,
            physical_pct=physical,
            indicators=json.dumps(
                self._indicators(short, field_, plan.day, budget), ensure_ascii=False
            ),
            obstacles=obstacles,
            innovation=innovation,
        )
        row.created_at = row.updated_at = self._at(plan.day - timedelta(days=3), 15)
        return row

    def _indicators(self, short: str, field_: str, day: date, budget: float) -> dict[str, str]:
        rng = self.rng
        progress = max(0, (day - (self.today - timedelta(days=330))).days) / 330
        if short == "Dinkes":
            return {
                "Prevalensi stunting (%)": _fmt(18.6 - 2.4 * progress + rng.uniform(-0.2, 0.2)),
                "Cakupan imunisasi dasar lengkap (%)": _fmt(84 + 9 * progress),
            }
        if short in ("Dinsos", "DPPKBP3A"):
            return {
                "IKU kemiskinan (%)": _fmt(14.9 - 0.7 * progress),
                "Bansos tersalurkan tepat sasaran (%)": _fmt(88 + 8 * progress),
            }
        if short == "Bapenda":
            return {
                "Realisasi PAD (Rp miliar)": _fmt(412 * budget / 100 * 1.05),
                "Capaian target PAD (%)": _fmt(budget * 1.05),
            }
        if short == "BKD":
            return {"Realisasi belanja daerah (%)": _fmt(budget)}
        if short == "DPUPR":
            return {"Jalan kabupaten kondisi mantap (%)": _fmt(68 + 5 * progress)}
        if short == "Distan":
            return {"Produksi padi (ribu ton GKG)": _fmt(45 + 290 * progress)}
        if short == "Disdukcapil":
            return {"Perekaman KTP-el (%)": _fmt(97.1 + 1.8 * progress, 2)}
        if short == "Dindikbud":
            return {
                "Angka partisipasi sekolah SMP (%)": _fmt(91 + 2 * progress),
                "Anak tidak sekolah (jiwa)": str(int(2400 - 900 * progress)),
            }
        if field_ == "kecamatan":
            return {
                "Realisasi PBB-P2 (%)": _fmt(min(100.0, budget * rng.uniform(0.9, 1.3))),
                "Desa lapor APBDes tepat waktu": f"{rng.randint(7, 14)} desa",
            }
        return {
            "Capaian IKU (%)": _fmt(min(100.0, 60 + 35 * progress + rng.uniform(-5, 5))),
            "Indeks kepuasan masyarakat": _fmt(rng.uniform(78, 89), 2),
        }

    def _context(self, plan: _MeetingPlan) -> dict[str, object]:
        """Figures the note and decision templates quote, taken from the month's reports."""
        rng = self.rng
        m = plan.day.month
        ranked = sorted(plan.reports.items(), key=lambda kv: kv[1].budget_pct or 0)
        lags = [self.orgs[s].row for s, _ in ranked[:3]]
        best_short, best = ranked[-1]
        budget = sum(r.budget_pct or 0 for r in plan.reports.values()) / len(plan.reports)
        target = BUDGET_PLAN[m - 1]
        on = sum(1 for r in plan.reports.values() if (r.budget_pct or 0) >= target * 0.85)
        previous = [p for p in self.plans if p.kind == plan.kind and p.day < plan.day and p.reports]
        up, delta = self.orgs[best_short].row.short_name, rng.uniform(3, 9)
        if previous:
            prev = previous[-1].reports
            gains = sorted(
                ((r.budget_pct or 0) - (prev[s].budget_pct or 0), s)
                for s, r in plan.reports.items()
                if s in prev
            )
            delta, up = gains[-1][0], self.orgs[gains[-1][1]].row.short_name
        stunting = (
            json.loads(plan.reports["Dinkes"].indicators)["Prevalensi stunting (%)"]
            if "Dinkes" in plan.reports
            else _fmt(17.0)
        )
        innovators = [s for s, r in plan.reports.items() if r.innovation]
        innov_short = rng.choice(innovators) if innovators else next(iter(plan.reports))
        progress = min(1.0, max(0.0, m / 12))
        kec = rng.sample(D.KECAMATAN, 2)
        next_y, next_m = _shift_month(plan.day.year, m, 1)
        return {
            "month": D.MONTHS[m - 1],
            "next_month": D.MONTHS[next_m - 1],
            "year": plan.day.year,
            "focus": D.FOCUS[m],
            "quarter": ROMAN_QUARTER[m],
            "best": self.orgs[best_short].row.name,
            "best_pct": _fmt(best.budget_pct or 0),
            "on": on,
            "total": len(plan.reports),
            "budget": _fmt(budget),
            "target": target,
            "lags": ", ".join(
                f"{o.short_name} ({_fmt(plan.reports[o.short_name].physical_pct or 0)}%)"
                for o in lags
            ),
            "lags_budget": ", ".join(
                f"{o.short_name} ({_fmt(plan.reports[o.short_name].budget_pct or 0)}%)"
                for o in lags
            ),
            "lag_orgs": lags,
            "up": up,
            "delta": _fmt(delta),
            "ikm": _fmt(rng.uniform(82, 88), 2),
            "stunting": stunting,
            "lokus": rng.randint(20, 35),
            "kk": f"{rng.randint(1800, 4200):,}".replace(",", "."),
            "km": _fmt(42 * progress * rng.uniform(0.7, 1.0)),
            "rtlh": int(650 * progress * rng.uniform(0.8, 1.0)),
            "widuri": _fmt(min(100.0, 100 * progress * rng.uniform(0.7, 1.0))),
            "pad": _fmt(412 * budget / 100 * 1.05),
            "pad_pct": _fmt(budget * 1.05),
            "pbb": _fmt(min(99.0, budget * 1.1)),
            "resto": _fmt(rng.uniform(8, 18)),
            "hill": rng.choice(D.HILLS),
            "coast": rng.choice(D.COASTAL),
            "desa": rng.randint(6, 25),
            "kec": kec[0],
            "kec2": kec[1],
            "innov_who": getattr(self.orgs[innov_short].head, "jabatan", innov_short),
            "innov": plan.reports[innov_short].innovation or "Layanan pengaduan daring",
            "road": rng.choice(D.ROADS),
            "n_prog": rng.randint(9, 24),
        }

    def _decisions(
        self, plan: _MeetingPlan
    ) -> tuple[list[Decision], list[tuple[FollowUp, Decision]]]:
        rng = self.rng
        ctx = plan.ctx
        items = {idx: item for item, idx in plan.agenda if idx is not None}
        ekobang = plan.kind == "ekobang"
        keputusan = (
            D.EKOBANG_KEPUTUSAN if ekobang else rng.sample(D.KEPUTUSAN[:4], 2) + [D.KEPUTUSAN[4]]
        )
        if ekobang:
            arahan = list(D.EKOBANG_ARAHAN)
        else:
            # A fixed-OPD directive is not given again while last months' copy may still
            # be open: the carry-over list would show the same line twice.
            fresh = [
                a
                for a in D.ARAHAN
                if a[2].startswith("@")
                or not any(a[0] in recent for recent in self.recent_arahan[-2:])
            ]
            arahan = rng.sample(fresh, rng.randint(5, 7))
            self.recent_arahan.append({a[0] for a in arahan})
        lag_orgs: list[Organization] = list(ctx["lag_orgs"])  # type: ignore[arg-type]
        decisions: list[Decision] = []
        followups: list[tuple[FollowUp, Decision]] = []
        stamp = plan.row.closed_at or plan.row.starts_at

        def decision(kind: str, text: str, tpl_index: int | None) -> Decision:
            item = items.get(tpl_index) if tpl_index is not None else None
            row = Decision(
                meeting_id=plan.row.id or 0,
                agenda_item_id=item.id if item else None,
                kind=kind,
                text=text,
                position=len(decisions),
            )
            row.created_at = row.updated_at = stamp
            decisions.append(row)
            return row

        for kind, text, idx in keputusan:
            decision(kind, text.format(**ctx), idx)
        for problem, action, target, days, idx in arahan:
            org = self._target_org(target, lag_orgs)
            values = dict(
                ctx,
                org=org.row.short_name,
                budget=_fmt(plan.reports[org.row.short_name].budget_pct or 0)
                if org.row.short_name in plan.reports
                else ctx["budget"],
                phys=_fmt(plan.reports[org.row.short_name].physical_pct or 0)
                if org.row.short_name in plan.reports
                else ctx["budget"],
                kec=org.row.name.removeprefix("Kecamatan "),
            )
            problem_text = problem.format(**values)
            action_text = action.format(**values)
            who = org.head.jabatan if org.head else org.row.name
            text = (
                f"{problem_text}; {who} diminta menindaklanjuti: "
                f"{action_text[0].lower()}{action_text[1:]}."
            )
            row = decision("arahan", text, idx)
            fu = FollowUp(
                meeting_id=plan.row.id or 0,
                series_id=plan.row.series_id,
                organization_id=org.row.id,
                pic_id=org.head.id if org.head else None,
                problem=problem_text,
                action=action_text,
                due_date=plan.day + timedelta(days=days + rng.choice((0, 0, 7, 14))),
            )
            fu.created_at = fu.updated_at = stamp
            plan.followups.append(fu)
            followups.append((fu, row))
        return decisions, followups

    def _target_org(self, target: str, lag_orgs: list[Organization]) -> _Org:
        if target == "@lag":
            lag = self.rng.choice(lag_orgs)
            return next(o for o in self.orgs.values() if o.row is lag)
        if target == "@kec":
            return self.orgs[f"Kec. {self.rng.choice(D.KECAMATAN)}"]
        if target == "@coast":
            return self.orgs[f"Kec. {self.rng.choice(D.COASTAL)}"]
        if target == "@hill":
            return self.orgs[f"Kec. {self.rng.choice(D.HILLS)}"]
        return self.orgs[target]

    # ---------------------------------------------------------------- follow-up states
    def _settle_statuses(self, followups: list[FollowUp]) -> None:
        """Give every follow-up a status that fits its due date, then make sure each state
        the screens distinguish (including derived "terlambat") occurs at least once."""
        rng = self.rng
        S = FollowUpStatus
        for fu in followups:
            assert fu.due_date is not None
            if fu.due_date >= self.today:
                fu.status = rng.choices((S.BELUM, S.DALAM_PROSES, S.SELESAI), (40, 45, 15))[0]
            else:
                fu.status = rng.choices(
                    (S.SELESAI, S.DALAM_PROSES, S.BELUM, S.DIBATALKAN), (76, 10, 6, 8)
                )[0]
        latest = max(p.day for p in self.plans if p.followups)
        recent = [fu for p in self.plans if p.day == latest for fu in p.followups]
        older = [fu for fu in followups if fu not in recent]

        forced: list[FollowUp] = []

        def has(status: S, late: bool | None = None) -> bool:
            return any(
                fu.status == status
                and (late is None or (fu.due_date is not None and fu.due_date < self.today) == late)
                for fu in followups
            )

        def force(pool: list[FollowUp], status: S) -> FollowUp:
            fu = next(f for f in pool if f not in forced and f.status != status)
            fu.status = status
            forced.append(fu)
            return fu

        for status in (S.SELESAI, S.DIBATALKAN):
            if not has(status):
                force(older, status)
        for status in (S.BELUM, S.DALAM_PROSES):
            if not has(status, late=True):
                late = [f for f in older if f.due_date is not None and f.due_date < self.today]
                force(late, status)
            if not has(status, late=False):
                fu = force(recent, status)
                fu.due_date = max(fu.due_date or self.today, self.today + timedelta(days=10))

    def _followup_history(self) -> None:
        rng = self.rng
        updates: list[FollowUpUpdate] = []
        for plan in self.plans:
            later = [
                p
                for p in self.plans
                if p.row.series_id == plan.row.series_id
                and p.day > plan.day
                and p.kind in ("rakor", "ekobang")
            ]
            for fu in plan.followups:
                start = (plan.row.closed_at or plan.row.starts_at) + timedelta(hours=2)
                due_end = self._at(fu.due_date or self.today, 16)
                status = FollowUpStatus(fu.status)
                if status == FollowUpStatus.BELUM:
                    continue
                steps = rng.randint(1, 3)
                percent = 0
                moments = sorted(
                    self._between(start, due_end + timedelta(days=10)) for _ in range(steps)
                )
                # One report is typically given at the next meeting of the series.
                if (
                    later
                    and later[0].day < self.today
                    and later[0].day <= (fu.due_date or self.today)
                ):
                    moments[-1 if steps == 1 else 0] = self._at(later[0].day, 10, 30)
                    moments.sort()
                for i, at in enumerate(moments):
                    final = i == len(moments) - 1
                    if final and status == FollowUpStatus.SELESAI:
                        percent, new_status = 100, FollowUpStatus.SELESAI
                        note = rng.choice(D.DONE_NOTES)
                    elif final and status == FollowUpStatus.DIBATALKAN:
                        new_status, note = FollowUpStatus.DIBATALKAN, rng.choice(D.CANCEL_NOTES)
                    else:
                        percent = min(90, percent + rng.choice((10, 20, 25, 30)))
                        new_status = FollowUpStatus.DALAM_PROSES
                        note = rng.choice(D.UPDATE_NOTES).format(n=rng.randint(20, 180))
                    meeting = next((p for p in later if self._at(p.day, 10, 30) == at), None)
                    row = FollowUpUpdate(
                        follow_up_id=fu.id or 0,
                        meeting_id=meeting.row.id if meeting else None,
                        at=at,
                        status=new_status,
                        percent=percent,
                        note=note,
                    )
                    row.created_at = row.updated_at = at
                    updates.append(row)
                fu.percent = percent
                fu.updated_at = moments[-1]
                if status == FollowUpStatus.SELESAI:
                    fu.completed_at = moments[-1]
                    fu.remark = "Selesai"
                elif status == FollowUpStatus.DIBATALKAN:
                    fu.remark = updates[-1].note
        self._store(updates)
        self.counts["riwayat tindak lanjut"] = len(updates)

    # ---------------------------------------------------------------- finalized minutes
    def _finalize(self) -> None:
        """Freeze the minutes of older meetings through the real finalize service, so a
        "finalized" demo meeting has the revision, hash and verification code that the
        Notulen PDF and ``verify`` expect. The chair signs a day or two after the meeting."""
        from rakor_desktop.services.minutes.finalize import finalize_meeting

        self.s.flush()
        done = 0
        for plan in self.plans:
            if not plan.finalize:
                continue
            closed = plan.row.closed_at or plan.row.starts_at
            signed = closed + timedelta(days=self.rng.randint(1, 2), hours=self.rng.randint(1, 4))
            notulis = next(p for p in self.people if p.id == plan.row.notulis_id)
            finalize_meeting(
                self.s, plan.row.id or 0, actor=notulis.full_name, now=min(signed, self.history_end)
            )
            done += 1
        self.counts["notulen final"] = done

    # ---------------------------------------------------------------- notes
    def _notes(self) -> None:
        notes: list[Note] = []
        pools = ("open", "eval", "priority", "budget", "obstacles", "discussion")
        for plan in self.plans:
            if plan.kind not in ("rakor", "ekobang"):
                continue
            for item, idx in plan.agenda:
                if idx is None:
                    lines = self._carry_over_lines(plan)
                elif plan.kind == "ekobang":
                    lines = [t.format(**plan.ctx) for t in D.EKOBANG_NOTES[idx]]
                else:
                    pool = D.NOTES[pools[idx]]
                    picks = sorted(self.rng.sample(range(len(pool)), self.rng.randint(2, 5)))
                    lines = [pool[i].format(**plan.ctx) for i in picks]
                note = Note(
                    meeting_id=plan.row.id or 0,
                    agenda_item_id=item.id,
                    body="\n".join(f"- {line}" for line in lines),
                    position=0,
                )
                note.created_at = note.updated_at = item.actual_end or plan.row.starts_at
                notes.append(note)
        self._store(notes)
        self.counts["catatan"] = len(notes)

    def _carry_over_lines(self, plan: _MeetingPlan) -> list[str]:
        """What the chair heard about last month's directives, as of this meeting's start."""
        previous = [
            p
            for p in self.plans
            if p.row.series_id == plan.row.series_id and p.day < plan.day and p.followups
        ]
        if not previous:
            return ["Belum ada tindak lanjut dari rapat sebelumnya."]
        prev = previous[-1]
        end = plan.row.ends_at or plan.row.starts_at  # reports given at this meeting count
        done = sum(1 for fu in prev.followups if fu.completed_at and fu.completed_at <= end)
        cancelled = sum(1 for fu in prev.followups if fu.status == FollowUpStatus.DIBATALKAN)
        total = len(prev.followups)
        late = sum(
            1
            for fu in prev.followups
            if not (fu.completed_at and fu.completed_at <= end)
            and fu.due_date is not None
            and fu.due_date < plan.day
            and fu.status != FollowUpStatus.DIBATALKAN
        )
        summary = f"Dari {total} tindak lanjut {prev.row.title}, {done} telah selesai"
        if cancelled:
            summary += f", {cancelled} dibatalkan"
        lines = [f"{summary} dan {total - done - cancelled} masih berjalan."]
        if late:
            lines.append(
                f"{late} tindak lanjut melewati batas waktu; OPD penanggung jawab "
                "diminta melaporkan kendalanya secara tertulis."
            )
        lines.append("Sekda meminta bukti dukung diunggah sebelum rakor berikutnya.")
        return lines
