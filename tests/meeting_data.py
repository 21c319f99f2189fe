"""A small regency for the meeting-workspace tests: OPDs with heads, camat, a chair.

Built through the real services (people.create_person), so every test starts from
rows the application itself would write. Names follow the seeds (Pemalang).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlmodel import Session

from rakor_desktop.domain.enums import OrgKind
from rakor_desktop.domain.models import Organization, Person
from rakor_desktop.domain.timefmt import office_datetime
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.services.office.settings import get_office

OPDS = (
    ("Dinas Kesehatan", "Dinkes", OrgKind.DINAS),
    ("Dinas Pendidikan dan Kebudayaan", "Dindikbud", OrgKind.DINAS),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", OrgKind.DINAS),
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda", OrgKind.BADAN),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", OrgKind.BADAN),
    ("Kecamatan Pemalang", "", OrgKind.KECAMATAN),
    ("Kecamatan Taman", "", OrgKind.KECAMATAN),
    ("Kecamatan Petarukan", "", OrgKind.KECAMATAN),
)


@dataclass
class Regency:
    orgs: dict[str, Organization] = field(default_factory=dict)
    heads: dict[str, Person] = field(default_factory=dict)
    staff: dict[str, Person] = field(default_factory=dict)
    bupati: Person | None = None
    notulis: Person | None = None
    setda: Organization | None = None

    def org_id(self, name: str) -> int:
        o = self.orgs[name]
        assert o.id is not None
        return o.id

    def head_id(self, name: str) -> int:
        p = self.heads[name]
        assert p.id is not None
        return p.id


def wib(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """An aware UTC datetime for a WIB wall-clock time."""
    return office_datetime(day, time(hour, minute), "WIB").astimezone(UTC)


def build_regency(s: Session) -> Regency:
    get_office(s)
    r = Regency()
    setda = Organization(name="Sekretariat Daerah", short_name="Setda", kind=OrgKind.SETDA)
    s.add(setda)
    s.flush()
    r.setda = setda
    r.bupati = create_person(
        s, "Anom Widiyantoro, S.H., M.H.", jabatan="Bupati Pemalang", organization_id=setda.id
    )
    r.notulis = create_person(
        s,
        "Rina Oktaviani, S.Sos.",
        nip="199001152015032002",
        jabatan="Analis Kebijakan",
        pangkat="Penata (III/c)",
        organization_id=setda.id,
    )
    for i, (name, short, kind) in enumerate(OPDS):
        o = Organization(name=name, short_name=short, kind=kind)
        s.add(o)
        s.flush()
        r.orgs[name] = o
        jabatan = (
            f"Camat {name.removeprefix('Kecamatan ')}"
            if kind == OrgKind.KECAMATAN
            else f"Kepala {name}"
        )
        r.heads[name] = create_person(
            s,
            f"Kepala {i + 1} Nama, S.T.",
            nip=f"1970010119950310{i + 10:02d}",
            jabatan=jabatan,
            organization_id=o.id,
            is_head=True,
        )
        r.staff[name] = create_person(
            s,
            f"Staf {i + 1} Nama",
            jabatan="Staf",
            organization_id=o.id,
        )
    # An OPD without a recorded head: inviting it must say so.
    o = Organization(name="Dinas Sosial", short_name="Dinsos", kind=OrgKind.DINAS)
    s.add(o)
    s.flush()
    r.orgs["Dinas Sosial"] = o
    return r


class Clock:
    """A settable clock for the UI context (live-mode timers, "past" warnings)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**delta)


def make_ctx(db, tmp_path, clock: Clock | None = None):
    """A real AppContext over the test database, with synchronous workers."""
    from rakor_desktop.ui.context import AppContext, AppSettings
    from rakor_desktop.ui.workers import ImmediateExecutor

    return AppContext(
        db=db,
        settings=AppSettings(tmp_path / "settings.ini"),
        executor=ImmediateExecutor(),
        clock=clock or Clock(wib(date(2025, 8, 20), 10)),
    )
