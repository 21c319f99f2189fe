"""Lists read the same on SQLite and PostgreSQL, where the two order NULLs differently.

SQLite sorts NULL before every value, PostgreSQL after: a list ordered by the OPD name
of an outer-joined organization would put people without an OPD first on the laptop
and last on the server. Both backends put them last.
"""

from __future__ import annotations

from datetime import UTC, datetime

from rakor_desktop.domain.models import Meeting, Organization
from rakor_desktop.services.attendance.invitees import add_persons
from rakor_desktop.services.directory.people import create_person, list_people
from rakor_desktop.services.meetings.listing import list_invitees


def test_people_without_an_opd_come_last_on_both_backends(any_db) -> None:
    with any_db.session(write=True) as s:
        bpkad = Organization(name="Badan Pengelolaan Keuangan dan Aset Daerah")
        dinkes = Organization(name="Dinas Kesehatan")
        s.add_all([bpkad, dinkes])
        s.flush()
        guest = create_person(s, "Ahmad Tamu")  # no OPD, alphabetically first
        head = create_person(s, "Hj. Siti Nurhaliza, S.E., M.Si.", organization_id=bpkad.id,
                             is_head=True)  # fmt: skip
        staff = create_person(s, "Rina Kartika, S.Kom.", organization_id=dinkes.id)
        m = Meeting(title="Rakor", starts_at=datetime(2025, 8, 25, 2, tzinfo=UTC))
        s.add(m)
        s.flush()
        add_persons(s, m.id, [guest.id, staff.id, head.id])
        meeting_id = m.id
    with any_db.session() as s:
        assert [p.name for p in list_people(s)] == [
            "Hj. Siti Nurhaliza, S.E., M.Si.",
            "Rina Kartika, S.Kom.",
            "Ahmad Tamu",
        ]
        assert [r.name for r in list_invitees(s, meeting_id)] == [
            "Hj. Siti Nurhaliza, S.E., M.Si.",
            "Rina Kartika, S.Kom.",
            "Ahmad Tamu",
        ]
