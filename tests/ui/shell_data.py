"""A small, known data set for the shell tests (built through services and models).

Known on purpose: the tests assert exact counts on the home page and the directory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from rakor_desktop.db import Database
from rakor_desktop.domain.enums import FollowUpStatus, MeetingStatus
from rakor_desktop.domain.models import (
    Attendance,
    FollowUp,
    Invitation,
    Meeting,
    MeetingSeries,
    Organization,
)
from rakor_desktop.services.attendance.invitations import new_token
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.services.office.settings import update_office

# A Monday morning in WIB: 2025-08-25 02:00 UTC = 09.00 WIB.
NOW = datetime(2025, 8, 20, 3, 0, tzinfo=UTC)


@dataclass
class ShellData:
    next_meeting_id: int
    past_meeting_ids: list[int]
    org_ids: dict[str, int]
    people: int
    open_followups: int
    overdue_followups: int


def populate(db: Database) -> ShellData:
    with db.session(write=True) as s:
        update_office(
            s,
            regency_name="PEMERINTAH KABUPATEN PEMALANG",
            unit_name="SEKRETARIAT DAERAH",
            city="Pemalang",
            address_line="Jl. Surohadikusumo No. 1, Pemalang 52312",
        )
        orgs = {}
        for name, short in (
            ("Dinas Pendidikan dan Kebudayaan", "Disdikbud"),
            ("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
            ("Kecamatan Taman", "Kec. Taman"),
        ):
            org = Organization(name=name, short_name=short)
            s.add(org)
            s.flush()
            orgs[short] = org.id
        people = [
            create_person(s, "Dr. H. Anom Widiyantoro, S.H., M.H.", jabatan="Bupati Pemalang"),
            create_person(
                s,
                "Drs. Mohammad Arifin, M.Si.",
                nip="196804111993031009",
                jabatan="Kepala Dinas",
                pangkat="Pembina Utama Muda (IV/c)",
                organization_id=orgs["Disdikbud"],
                is_head=True,
            ),
            create_person(
                s,
                "Siti Rahayu, S.E.",
                nip="197501012000032001",
                jabatan="Kepala Badan",
                pangkat="Pembina Tk. I (IV/b)",
                organization_id=orgs["Bappeda"],
                is_head=True,
            ),
            create_person(
                s,
                "Bambang Sutejo, S.Sos.",
                jabatan="Camat Taman",
                organization_id=orgs["Kec. Taman"],
                is_head=True,
            ),
            create_person(
                s,
                "Dewi Lestari, A.Md.",
                jabatan="Pengadministrasi Umum",
                organization_id=orgs["Bappeda"],
            ),
            create_person(
                s,
                "Rina Susanti",
                nip="200012312024211001",
                jabatan="Penata Layanan Operasional",
                organization_id=orgs["Disdikbud"],
            ),
        ]
        series = MeetingSeries(
            name="Rakor Penyelenggaraan Pemerintahan Daerah", place="Sasana Bhakti Praja"
        )
        s.add(series)
        s.flush()

        def meeting(title: str, starts: datetime, status: MeetingStatus, came: int) -> Meeting:
            m = Meeting(
                title=title,
                series_id=series.id,
                starts_at=starts,
                place="Sasana Bhakti Praja",
                status=status,
            )
            s.add(m)
            s.flush()
            for i, p in enumerate(people[1:5]):
                inv = Invitation(meeting_id=m.id, person_id=p.id, token=new_token())
                s.add(inv)
                s.flush()
                if i < came:
                    s.add(
                        Attendance(
                            meeting_id=m.id,
                            person_id=p.id,
                            invitation_id=inv.id,
                            checked_in_at=starts + timedelta(minutes=5),
                        )
                    )
            return m

        june = meeting(
            "Rakor Bulan Juni 2025",
            datetime(2025, 6, 30, 2, 0, tzinfo=UTC),
            MeetingStatus.FINALIZED,
            4,
        )
        july = meeting(
            "Rakor Bulan Juli 2025",
            datetime(2025, 7, 28, 2, 0, tzinfo=UTC),
            MeetingStatus.CLOSED,
            3,
        )
        aug = meeting(
            "Rakor Bulan Agustus 2025",
            datetime(2025, 8, 25, 2, 0, tzinfo=UTC),
            MeetingStatus.SCHEDULED,
            0,
        )
        for action, org, due, status in (
            ("Percepat penyerapan anggaran", "Disdikbud", date(2025, 7, 31), FollowUpStatus.BELUM),
            ("Validasi data IKD", "Bappeda", date(2025, 8, 15), FollowUpStatus.DALAM_PROSES),
            ("Laporan stunting triwulan", "Bappeda", date(2025, 9, 30), FollowUpStatus.BELUM),
            ("Rekap PAD", "Kec. Taman", date(2025, 7, 15), FollowUpStatus.SELESAI),
        ):
            s.add(
                FollowUp(
                    meeting_id=july.id,
                    series_id=series.id,
                    organization_id=orgs[org],
                    action=action,
                    due_date=due,
                    status=status,
                )
            )
    return ShellData(
        next_meeting_id=aug.id or 0,
        past_meeting_ids=[july.id or 0, june.id or 0],
        org_ids=orgs,
        people=len(people),
        open_followups=3,
        overdue_followups=2,
    )
