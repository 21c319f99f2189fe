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

import random
from datetime import date, time, timedelta

from sqlalchemy import func
from sqlmodel import Session, SQLModel, select

from rakor_desktop.demo import data as D
from rakor_desktop.demo.build_content import ContentMixin
from rakor_desktop.demo.build_meetings import MeetingsMixin
from rakor_desktop.demo.build_monev import MonevMixin
from rakor_desktop.demo.build_people import OrganisationsMixin
from rakor_desktop.demo.plan import (
    ZONE,
    _MeetingPlan,
    _Org,
    _Slot,
)
from rakor_desktop.domain.enums import (
    OrgKind,
    Paper,
    TimeZoneName,
)
from rakor_desktop.domain.models import (
    Meeting,
    MeetingSeries,
    Organization,
    Person,
)
from rakor_desktop.domain.timefmt import office_datetime
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.followups.query import office_today
from rakor_desktop.services.office.settings import get_office


class DemoRefused(ValueError):
    """The target database already holds data; demo rows would mix with real ones."""


# --- plan objects (plain Python, turned into rows in stages) ---------------------------


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


class _Builder(OrganisationsMixin, MeetingsMixin, ContentMixin, MonevMixin):
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
        self._monev()
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
            "indikator": self.counts["indikator"],
            "realisasi indikator": self.counts["realisasi indikator"],
        }

    # ---------------------------------------------------------------- office & directory
    def _office(self) -> None:
        office = get_office(self.s)
        for key, value in D.OFFICE.items():
            setattr(office, key, value)
        office.time_zone = TimeZoneName(D.OFFICE["time_zone"]).value
        office.paper = Paper(D.OFFICE["paper"]).value
        office.updated_at = utcnow()
