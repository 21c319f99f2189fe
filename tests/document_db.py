"""A complete Rakor built through the real services, for the document tests.

Last month's meeting of the series leaves an open directive (it is carried into
this one); this month's meeting has a Plt. chair, a secretary and a notulis,
invited OPD heads of whom some come (one late, one with a captured signature),
one sends a delegate, one walks in uninvited and the rest are marked absent;
agenda items with notes, decisions, directives (follow-ups) and OPD reports.
Every name the tests look for is a constant here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from meeting_data import Regency, build_regency, wib
from sqlmodel import Session

from rakor_desktop.domain.models import Meeting
from rakor_desktop.services.attendance import checkin, invitations, invitees
from rakor_desktop.services.meetings import agenda, decisions, notes, opd_reports
from rakor_desktop.services.meetings import close as meeting_close
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.services.office.settings import get_office, update_office

DAY = date(2025, 8, 25)  # a Monday
PREV_DAY = date(2025, 7, 28)
TITLE = "Rakor Penyelenggaraan Pemerintahan Daerah Bulan Agustus 2025"
PREV_TITLE = "Rakor Penyelenggaraan Pemerintahan Daerah Bulan Juli 2025"
PLACE = "Sasana Bhakti Praja"
SERIES = "Rakor Penyelenggaraan Pemerintahan Daerah"
CARRIED_DIRECTIVE = "Percepat pengadaan alat kesehatan puskesmas"
DIRECTIVE = "Validasi data stunting bersama Bappeda"
DIRECTIVE_2 = "Laporkan progres fisik jalan kabupaten setiap minggu"
DECISION = "Seluruh OPD melaporkan realisasi paling lambat tanggal 5"
NOTE = "Kepala Dinas Kesehatan memaparkan capaian imunisasi 92,5 persen."
GENERAL_NOTE = "Rapat berikutnya dijadwalkan akhir September."
WALK_IN = "Hendra Gunawan"
DELEGATE = "Dewi Lestari, S.E."
OPENING = "Bupati menekankan kolaborasi antar-OPD."
SIGNATURE = [[(0.1, 0.5), (0.3, 0.2), (0.6, 0.8), (0.9, 0.4)], [(0.2, 0.9), (0.8, 0.85)]]


@dataclass
class Built:
    regency: Regency
    meeting_id: int
    prev_id: int
    present: list[str]  # names of invitees who came themselves
    absent: dict[str, str]  # name -> absence label
    invited: list[str]
    payloads: dict[str, str]  # invitee name -> QR payload


def _office(s: Session) -> None:
    update_office(
        s,
        regency_name="PEMERINTAH KABUPATEN PEMALANG",
        unit_name="SEKRETARIAT DAERAH",
        address_line="Jalan Jenderal Sudirman Nomor 3 Pemalang 52312",
        city="Pemalang",
    )


def build_meeting(s: Session, *, close: bool = True) -> Built:
    """The August Rakor (closed unless ``close=False``) and its July predecessor."""
    r = build_regency(s)
    _office(s)
    setda = r.setda
    assert setda is not None and r.bupati is not None and r.notulis is not None
    from rakor_desktop.services.directory.people import create_person

    sekda = create_person(
        s,
        "Drs. Budi Raharjo, M.Si.",
        nip="196804111993031009",
        jabatan="Sekretaris Daerah",
        pangkat="Pembina Utama Madya (IV/d)",
        organization_id=setda.id,
    )
    plt_chair = create_person(
        s,
        "Ir. Sugeng Hartono, M.T.",
        nip="196905121995031004",
        jabatan="Asisten Perekonomian dan Pembangunan",
        pangkat="Pembina Utama Muda (IV/c)",
        organization_id=setda.id,
    )
    series = meeting_editor.create_series(s, SERIES, place=PLACE, chair_id=r.bupati.id)
    kes = r.org_id("Dinas Kesehatan")
    pu = r.org_id("Dinas Pekerjaan Umum dan Penataan Ruang")

    # July: one directive stays open and is carried into August.
    prev = meeting_editor.create_meeting(
        s,
        meeting_editor.MeetingInput(
            title=PREV_TITLE,
            starts_at=wib(PREV_DAY),
            ends_at=wib(PREV_DAY, 12),
            place=PLACE,
            series_id=series.id,
            chair_id=r.bupati.id,
            notulis_id=r.notulis.id,
        ),
        now=wib(PREV_DAY, 7),
    )
    decisions.add_directive(s, prev.id, CARRIED_DIRECTIVE, organization_id=kes,
                            due_date=PREV_DAY + timedelta(days=20))  # fmt: skip

    m = meeting_editor.create_meeting(
        s,
        meeting_editor.MeetingInput(
            title=TITLE,
            starts_at=wib(DAY),
            ends_at=wib(DAY, 12),
            place=PLACE,
            series_id=series.id,
            chair_id=plt_chair.id,
            chair_prefix="Plt.",
            secretary_id=sekda.id,
            notulis_id=r.notulis.id,
            letter_number="000.1.5/1234/2025",
            letter_date=DAY - timedelta(days=7),
            opening_remarks=OPENING,
        ),
        now=wib(DAY - timedelta(days=8), 9),
    )
    heads = [
        "Dinas Kesehatan",
        "Dinas Pendidikan dan Kebudayaan",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Badan Perencanaan Pembangunan Daerah",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "Kecamatan Pemalang",
        "Kecamatan Taman",
        "Kecamatan Petarukan",
    ]
    invitees.add_opd_heads(s, m.id, [r.org_id(h) for h in heads])
    office = get_office(s)
    from sqlmodel import select

    from rakor_desktop.domain.models import Invitation, Person

    rows = s.exec(
        select(Invitation, Person).join(Person, Invitation.person_id == Person.id)
        .where(Invitation.meeting_id == m.id).order_by(Invitation.id)
    ).all()  # fmt: skip
    payloads = {p.full_name: invitations.qr_payload(office.qr_secret, m.uuid, inv.token)
                for inv, p in rows}  # fmt: skip
    names = [p.full_name for _, p in rows]

    # Door: four heads scan their cards (one late, one signs), one sends a delegate.
    present = names[:4]
    for i, name in enumerate(present):
        minute = 50 + i * 3 if i < 3 else 30  # the fourth arrives 09.30: late
        hour = 8 if i < 3 else 9
        res = checkin.check_in(s, m.id, payloads[name], now=wib(DAY, hour, minute))
        assert res.confirmed, res.message
        if i == 0:
            checkin.save_signature(s, res.attendance_id, SIGNATURE)
    head_bpkad = r.heads["Badan Pengelolaan Keuangan dan Aset Daerah"]
    res = checkin.check_in_delegate(
        s,
        m.id,
        head_bpkad.id,
        checkin.NewPerson(DELEGATE, "Sekretaris BPKAD"),
        now=wib(DAY, 8, 55),
    )
    assert res.confirmed, res.message
    res = checkin.check_in_walk_in(s, m.id, WALK_IN, "Ketua Forum CSR", "Forum CSR Kabupaten",
                                   now=wib(DAY, 9, 5))  # fmt: skip
    assert res.confirmed, res.message
    absent = {names[5]: "Izin", names[6]: "Sakit"}
    invitees.set_absence(s, m.id, rows[5][1].id, "izin")
    invitees.set_absence(s, m.id, rows[6][1].id, "sakit")
    absent[names[7]] = "Tanpa Keterangan"

    # Agenda, notes, decisions, directives, OPD reports.
    opening = agenda.add_item(s, m.id, "Pembukaan oleh Bupati")
    eval_item = agenda.add_item(s, m.id, "Evaluasi capaian kinerja triwulan",
                                presenter_id=r.head_id("Dinas Kesehatan"))  # fmt: skip
    infra = agenda.add_item(s, m.id, "Progres infrastruktur", presenter_org_id=pu)
    notes.save_note(s, m.id, opening.id, OPENING)
    notes.save_note(s, m.id, eval_item.id, NOTE + "\n- Cakupan posyandu meningkat.")
    notes.save_note(s, m.id, None, GENERAL_NOTE)
    decisions.add_decision(s, m.id, "keputusan", DECISION, agenda_item_id=eval_item.id)
    decisions.add_directive(s, m.id, DIRECTIVE, agenda_item_id=eval_item.id,
                            organization_id=r.org_id("Badan Perencanaan Pembangunan Daerah"),
                            due_date=DAY + timedelta(days=30),
                            action="Rapat validasi data bersama Diskominfo")  # fmt: skip
    decisions.add_directive(s, m.id, DIRECTIVE_2, agenda_item_id=infra.id, organization_id=pu,
                            due_date=DAY + timedelta(days=14))  # fmt: skip
    opd_reports.upsert_report(s, m.id, kes, budget_pct="45,5", physical_pct="50",
                              obstacles="Keterlambatan distribusi vaksin",
                              indicators="Imunisasi: 92,5%")  # fmt: skip
    opd_reports.upsert_report(s, m.id, pu, budget_pct="38", physical_pct="41,2",
                              obstacles="Lelang paket jalan mundur")  # fmt: skip
    if close:
        meeting_close.mark_remaining_absent(s, m.id)
        meeting_close.close_meeting(s, m.id, now=wib(DAY, 12))
    s.flush()
    return Built(
        regency=r,
        meeting_id=m.id,
        prev_id=prev.id,
        present=present,
        absent=absent,
        invited=names,
        payloads=payloads,
    )


def meeting_row(s: Session, meeting_id: int) -> Meeting:
    m = s.get(Meeting, meeting_id)
    assert m is not None
    return m
