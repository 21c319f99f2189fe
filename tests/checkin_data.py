"""A small Rakor for the check-in tests: OPD heads invited, staff who may come for them.

Built through the real services (``people.create_person``, ``invitees.add_persons``)
so every test starts from rows the application itself writes. The meeting starts
on Senin, 25 Agustus 2025 at 09.00 WIB, as the Pemalang Rakor in the seeds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from rakor_desktop.db import Database
from rakor_desktop.domain.enums import MeetingStatus, OrgKind
from rakor_desktop.domain.models import Invitation, Meeting, Organization
from rakor_desktop.services.attendance import invitations
from rakor_desktop.services.attendance.invitees import add_persons
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.services.office.settings import get_office

START = datetime(2025, 8, 25, 2, 0, tzinfo=UTC)  # 09.00 WIB
EARLY = START - timedelta(minutes=19)  # 08.41 WIB

# name, jabatan, OPD, NIP, invited
PEOPLE = (
    ("Dr. H. Anom Widiyantoro, S.H., M.H.", "Kepala Dinas Pendidikan dan Kebudayaan",
     "Dinas Pendidikan dan Kebudayaan", "196804111993031009", True),
    ("Ir. Sri Wahyuni, M.T.", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
     "Dinas Pekerjaan Umum dan Penataan Ruang", "197001011995032002", True),
    ("Drs. Bambang Sutrisno", "Camat Petarukan", "Kecamatan Petarukan",
     "196912121990031005", True),
    ("Hj. Siti Nurhaliza, S.E., M.Si.", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
     "Badan Pengelolaan Keuangan dan Aset Daerah", "197505052000032001", True),
    ("Agus Prasetyo, S.STP.", "Sekretaris Dinas Pendidikan dan Kebudayaan",
     "Dinas Pendidikan dan Kebudayaan", "198303032005011002", False),
    ("Rina Kartika, S.Kom.", "Pengelola Data", "Dinas Pekerjaan Umum dan Penataan Ruang",
     "200012312024211001", False),
)  # fmt: skip


@dataclass
class Rakor:
    meeting_id: int
    meeting_uuid: str
    other_meeting_id: int
    secret: str
    person_ids: list[int] = field(default_factory=list)
    payloads: dict[int, str] = field(default_factory=dict)  # person id -> QR payload
    other_payload: str = ""  # a card of another meeting
    # The same cards in the first payload format (invitations printed before RKR2).
    long_payloads: dict[int, str] = field(default_factory=dict)
    other_long_payload: str = ""
    invitation_ids: dict[int, int] = field(default_factory=dict)  # person id -> invitation
    nips: dict[int, str] = field(default_factory=dict)

    @property
    def invited(self) -> list[int]:
        return [pid for pid in self.person_ids if pid in self.payloads]

    @property
    def staff(self) -> list[int]:
        return [pid for pid in self.person_ids if pid not in self.payloads]


def build(
    db: Database,
    *,
    status: str = MeetingStatus.SCHEDULED,
    signatures: bool = False,
    start: datetime = START,
) -> Rakor:
    with db.session(write=True) as s:
        office = get_office(s)
        orgs: dict[str, int] = {}
        for _, _, org, _, _ in PEOPLE:
            if org not in orgs:
                kind = OrgKind.KECAMATAN if org.startswith("Kecamatan") else OrgKind.DINAS
                row = Organization(name=org, kind=kind)
                s.add(row)
                s.flush()
                orgs[org] = row.id or 0
        meeting = Meeting(
            title="Rakor Penyelenggaraan Pemerintahan Daerah Agustus 2025",
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            place="Sasana Bhakti Praja",
            status=MeetingStatus.SCHEDULED,
            signatures_required=signatures,
        )
        other = Meeting(
            title="Rakor Bidang Ekobang",
            starts_at=start + timedelta(days=28),
            status=MeetingStatus.SCHEDULED,
        )
        s.add(meeting)
        s.add(other)
        s.flush()
        ids = []
        nips = {}
        for name, jabatan, org, nip, _ in PEOPLE:
            p = create_person(s, name, nip=nip, jabatan=jabatan, organization_id=orgs[org],
                              is_head=jabatan.startswith(("Kepala", "Camat")))  # fmt: skip
            ids.append(p.id or 0)
            nips[p.id or 0] = nip
        invited = [pid for pid, row in zip(ids, PEOPLE, strict=True) if row[4]]
        add_persons(s, meeting.id or 0, invited)
        add_persons(s, other.id or 0, invited[:1])
        rakor = Rakor(
            meeting_id=meeting.id or 0,
            meeting_uuid=meeting.uuid,
            other_meeting_id=other.id or 0,
            secret=office.qr_secret,
            person_ids=ids,
            nips=nips,
        )
        for inv in s.exec(select(Invitation)).all():
            owner = meeting.uuid if inv.meeting_id == meeting.id else other.uuid
            payload = invitations.qr_payload(office.qr_secret, owner, inv.token)
            long = invitations.long_payload(office.qr_secret, owner, inv.token)
            if inv.meeting_id == meeting.id:
                rakor.payloads[inv.person_id] = payload
                rakor.long_payloads[inv.person_id] = long
                rakor.invitation_ids[inv.person_id] = inv.id or 0
            else:
                rakor.other_payload = payload
                rakor.other_long_payload = long
        meeting.status = status
        s.add(meeting)
    return rakor


def attendance_rows(db: Database, meeting_id: int) -> list[dict]:
    """The attendance table as plain dicts (what the tests assert on)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, person_id, invitation_id, delegate_for_id, is_walk_in, is_late, "
                "left_at, signature, station, checked_in_at FROM attendance "
                "WHERE meeting_id = :m ORDER BY id"
            ),
            {"m": meeting_id},
        )
        return [dict(r._mapping) for r in rows]
