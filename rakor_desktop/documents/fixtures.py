"""Realistic sample data for tests, benchmarks and the sample page images.

Modelled on the monthly Rakor Penyelenggaraan Pemerintahan Daerah of Pemalang on
Senin, 25 Agustus 2025 (see ``seeds/``). Apart from the Bupati and Wakil Bupati
named in the public news report, every person is invented. Generation is
deterministic, so a failing test shows the same document every time.
``hostile=True`` plants the strings that break naive renderers: markup, ``<``,
emoji, Arabic, a 120-character word and a 5,000-character note.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta

from rakor_desktop.documents.data import (
    AgendaItemData,
    AttendeeData,
    FollowUpData,
    InviteeData,
    MeetingData,
    OfficeData,
    OpdReportData,
    PersonData,
    RevisionData,
    SignatoryData,
    Strokes,
)

HOSTILE_MARKUP = "<b>PT & Sons</b>"
HOSTILE_LT = "Jl. A < B"
HOSTILE_EMOJI = "Rapat \U0001f389\u2705"
HOSTILE_ARABIC = "\u0627\u062c\u062a\u0645\u0627\u0639 \u0627\u0644\u062a\u0646\u0633\u064a\u0642"
HOSTILE_LONG_WORD = ("Penyelenggaraanpemerintahandaerahkabupatenpemalang" * 3)[:120]

OPDS = (
    "Dinas Kesehatan",
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Perencanaan Pembangunan Daerah",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Badan Pendapatan Daerah",
    "Inspektorat Daerah",
    "Dinas Sosial",
    "Dinas Pertanian dan Ketahanan Pangan",
    "Dinas Perhubungan",
    "Dinas Lingkungan Hidup",
    "Dinas Komunikasi dan Informatika",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Satuan Polisi Pamong Praja",
    "Badan Penanggulangan Bencana Daerah",
    "Dinas Penanaman Modal dan PTSP",
    "Dinas Perumahan dan Kawasan Permukiman",
    "Dinas Koperasi, UKM dan Perdagangan",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "RSUD dr. M. Ashari",
)
KECAMATAN = (
    "Pemalang",
    "Taman",
    "Petarukan",
    "Ampelgading",
    "Comal",
    "Bodeh",
    "Ulujami",
    "Bantarbolang",
    "Randudongkal",
    "Moga",
    "Warungpring",
    "Pulosari",
    "Belik",
    "Watukumpul",
)
_FIRST = (
    "Agus",
    "Budi",
    "Sri",
    "Dwi",
    "Eko",
    "Heru",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Muhammad",
    "Nur",
    "Puji",
    "Rahmat",
    "Siti",
    "Teguh",
    "Wahyu",
    "Yuli",
    "Arif",
    "Dewi",
    "Fajar",
    "Hendra",
)
_LAST = (
    "Santoso",
    "Wahyuni",
    "Prasetyo",
    "Setiawan",
    "Rahayu",
    "Hidayat",
    "Kurniawan",
    "Susanti",
    "Nugroho",
    "Purnomo",
    "Handayani",
    "Saputra",
    "Widodo",
    "Maryani",
    "Firmansyah",
    "Utomo",
    "Anggraeni",
    "Sulistyo",
    "Pratiwi",
    "Rochman",
)
_FRONT_TITLES = ("", "", "", "H. ", "Hj. ", "Dr. ", "Ir. ", "dr. ", "Drs. ")
_BACK_TITLES = (
    ", S.H., M.H.",
    ", S.E., M.M.",
    ", S.T., M.T.",
    ", S.Pd., M.Pd.",
    ", S.STP., M.Si.",
    ", S.Sos.",
    ", S.Kep., Ns.",
    ", M.Kes.",
    ", S.Kom.",
    "",
)
_PANGKAT = (
    "Pembina Utama Muda (IV/c)",
    "Pembina Tingkat I (IV/b)",
    "Pembina (IV/a)",
    "Penata Tingkat I (III/d)",
    "Penata (III/c)",
)
_STATUSES = ("Belum Dimulai", "Dalam Proses", "Selesai", "Terlambat")
_INDICATORS = ("Persentase penurunan stunting", "Angka kemiskinan", "Realisasi PAD", "IKM")
_MEETING_START = datetime(2025, 8, 25, 2, 0, tzinfo=UTC)  # 09.00 WIB

OPENING = (
    "Bupati membuka rapat dan menekankan pentingnya kolaborasi antar-OPD. Kinerja pemerintah "
    "daerah tidak bisa hanya mengandalkan satu sektor saja; seluruh OPD harus saling bersinergi "
    "dan berkoordinasi, dari tingkat kabupaten hingga kecamatan.\n"
    "Wakil Bupati menambahkan bahwa data dan laporan yang akurat dari setiap OPD sangat krusial "
    "untuk mengambil keputusan yang tepat."
)
_AGENDA_TITLES = (
    "Evaluasi capaian kinerja triwulan II",
    "Progres program prioritas daerah",
    "Kendala di lapangan dan solusinya",
    "Optimalisasi penyerapan anggaran",
    "Peningkatan Pendapatan Asli Daerah (PAD)",
    "Diskusi interaktif kepala OPD dan camat",
)
_NOTES = (
    "Paparan Bappeda menunjukkan capaian IKU triwulan II sebesar 48,7% dari target tahunan.\n"
    "- Realisasi anggaran rata-rata 41,2%, di bawah target 50%.\n"
    "- Tiga OPD belum menyampaikan laporan rutin bulan Juli.\n"
    "- Data IKD perlu divalidasi ulang bersama Diskominfo.\n\n"
    "Peserta menyepakati bahwa laporan bulanan disampaikan paling lambat tanggal 5."
)


def _nip(rng: random.Random) -> str:
    birth = date(1966, 1, 1) + timedelta(days=rng.randrange(0, 9000))
    year = birth.year + rng.randint(23, 30)
    month = rng.randint(1, 12)
    return f"{birth:%Y%m%d}{year}{month:02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"


def _name(rng: random.Random, index: int) -> str:
    # Index-driven choice keeps names distinct for the first few hundred people.
    first = _FIRST[index % len(_FIRST)]
    last = _LAST[(index // len(_FIRST) + index) % len(_LAST)]
    return f"{rng.choice(_FRONT_TITLES)}{first} {last}{rng.choice(_BACK_TITLES)}"


def _organization(index: int) -> str:
    units = OPDS + tuple(f"Kecamatan {k}" for k in KECAMATAN)
    return units[index % len(units)]


def _jabatan(org: str) -> str:
    if org.startswith("Kecamatan "):
        return f"Camat {org.removeprefix('Kecamatan ')}"
    if org.startswith("RSUD"):
        return f"Direktur {org}"
    if org == "Satuan Polisi Pamong Praja":
        return "Kepala Satuan Polisi Pamong Praja"
    return f"Kepala {org}"


def sample_office(
    *, paper: str = "A4", bupati_variant: bool = False, logo_path: object = None
) -> OfficeData:
    return OfficeData(
        regency_name="PEMERINTAH KABUPATEN PEMALANG",
        unit_name="SEKRETARIAT DAERAH",
        address_line=(
            "Jalan Jenderal Sudirman Nomor 3 Pemalang, Jawa Tengah 52312, Telepon (0284) "
            "321051, Laman setda.pemalangkab.go.id, Pos-el setda@pemalangkab.go.id"
        ),
        city="Pemalang",
        logo_path=logo_path,  # type: ignore[arg-type]
        time_zone="WIB",
        paper=paper,
        bupati_variant=bupati_variant,
    )


def sample_signature(rng: random.Random) -> Strokes:
    """A plausible scribble: one long looping stroke and sometimes a flourish."""
    strokes: list[list[tuple[float, float]]] = []
    phase, loops = rng.random() * math.pi, rng.randint(2, 4)
    main = []
    for i in range(40):
        t = i / 39
        main.append(
            (
                0.08 + 0.8 * t + 0.05 * math.sin(t * loops * 2 * math.pi + phase),
                0.5 + 0.3 * math.cos(t * loops * 2 * math.pi) * (1 - 0.5 * t),
            )
        )
    strokes.append(main)
    if rng.random() < 0.7:
        y = 0.75 + rng.random() * 0.15
        strokes.append([(0.15, y), (0.5, y - 0.05), (0.92, y + 0.02)])
    return strokes


def _person(rng: random.Random, index: int) -> PersonData:
    org = _organization(index)
    if index % 17 == 16:  # a guest without NIP
        return PersonData(
            name=_name(rng, index),
            nip=None,
            jabatan="Tamu Undangan",
            organization="Kantor Badan Pusat Statistik Kabupaten Pemalang",
        )
    nip = "200012312024211001" if index % 23 == 22 else _nip(rng)  # an NI PPPK now and then
    return PersonData(
        name=_name(rng, index),
        nip=nip,
        jabatan=_jabatan(org),
        pangkat=rng.choice(_PANGKAT),
        organization=org,
    )


def _attendee(
    rng: random.Random, number: int, person: PersonData, signatures: bool
) -> AttendeeData:
    roll = rng.random()
    status = "Hadir"
    if roll > 0.93:
        status = rng.choice(("Izin", "Sakit", "Tugas Luar", "Tanpa Keterangan"))
    present = status == "Hadir"
    minutes = rng.randint(-40, 25)
    return AttendeeData(
        number=number,
        person=person,
        status=status,
        checked_in_at=_MEETING_START + timedelta(minutes=minutes) if present else None,
        signature=sample_signature(rng) if present and signatures else None,
        delegate_for=(
            f"Kepala {_organization(number)}" if present and 0.86 < roll <= 0.93 else None
        ),
        walk_in=present and 0.83 < roll <= 0.86,
        late=present and minutes > 10,
    )


def sample_meeting(
    attendees: int = 60,
    agenda_items: int = 5,
    followups: int = 12,
    opd_reports: int = 10,
    signatures: bool = True,
    hostile: bool = False,
) -> MeetingData:
    """A Rakor with the requested sizes; see the module docstring for ``hostile``."""
    rng = random.Random(20250825)
    bupati = PersonData(name="Dr. H. Anom Widiyantoro, S.H., M.H.", jabatan="Bupati Pemalang")
    sekda = PersonData(
        name="Drs. Budi Raharjo, M.Si.",
        nip="196804111993031009",
        jabatan="Sekretaris Daerah",
        pangkat="Pembina Utama Madya (IV/d)",
        organization="Sekretariat Daerah",
    )
    notulis = PersonData(
        name="Rina Kusumawati, S.STP., M.Si.",
        nip="198702152009022003",
        jabatan="Kepala Bagian Tata Pemerintahan",
        pangkat="Pembina (IV/a)",
        organization="Sekretariat Daerah",
    )
    people = [_person(rng, i) for i in range(max(attendees, 1))]
    if hostile:
        people[0] = PersonData(
            name=f"{HOSTILE_MARKUP} {HOSTILE_EMOJI}",
            nip="196804111993031009",
            jabatan=HOSTILE_LONG_WORD,
            pangkat="Pembina (IV/a)",
            organization=HOSTILE_MARKUP,
        )
        if len(people) > 1:
            people[1] = PersonData(
                name=HOSTILE_ARABIC, jabatan=HOSTILE_LT, organization=HOSTILE_ARABIC
            )
    people = people[:attendees]
    attendee_rows = [_attendee(rng, n, p, signatures) for n, p in enumerate(people, start=1)]
    # Walk-ins came without an invitation, so they have no QR card.
    invited = [a.person for a in attendee_rows if not a.walk_in]
    invitees = [
        InviteeData(person=p, qr_payload=f"RAKOR-2025-08:{n:04d}:{rng.getrandbits(32):08x}")
        for n, p in enumerate(invited, start=1)
    ]

    items = []
    for n in range(agenda_items):
        title = _AGENDA_TITLES[n % len(_AGENDA_TITLES)]
        notes = _NOTES
        if hostile and n == 0:
            title = f"{HOSTILE_EMOJI} {HOSTILE_ARABIC}"
            notes = _NOTES + "\n\n" + _long_note(rng) + "\n- " + HOSTILE_LONG_WORD
        items.append(
            AgendaItemData(
                title=title,
                presenter=f"{_jabatan(_organization(n * 3))}",
                notes=notes,
                decisions=[
                    f"Seluruh OPD menyampaikan laporan realisasi bulan berjalan paling lambat "
                    f"tanggal 5 (agenda {n + 1})."
                ],
                directives=[
                    f"{_organization(n * 3)} mempercepat penyerapan anggaran dan melaporkan "
                    "progres fisik setiap minggu."
                ],
            )
        )

    follow_rows = []
    for n in range(1, followups + 1):
        org = _organization(n * 2)
        follow_rows.append(
            FollowUpData(
                number=n,
                problem=(
                    "Penyerapan anggaran triwulan II masih di bawah target."
                    if n % 2
                    else "Data IKD belum tervalidasi untuk indikator stunting dan kemiskinan."
                ),
                action=(
                    "Menyusun rencana percepatan dan melaporkan progres mingguan kepada Sekda."
                    if n % 2
                    else "Validasi data bersama Bappeda dan Diskominfo."
                ),
                organization=HOSTILE_MARKUP if hostile and n == 1 else org,
                due_date=date(2025, 9, 5) + timedelta(days=7 * (n % 4)),
                status=_STATUSES[n % len(_STATUSES)],
                remark="" if n % 3 else "Dilaporkan pada Rakor berikutnya.",
                carried_count=n % 3,
            )
        )

    reports = []
    for n in range(opd_reports):
        reports.append(
            OpdReportData(
                organization=_organization(n),
                budget_pct=round(30 + rng.random() * 45, 1),
                physical_pct=round(28 + rng.random() * 50, 1),
                indicators={_INDICATORS[n % 4]: f"{rng.randint(60, 99)}%"},
                obstacles=(
                    "Proses lelang paket fisik mundur karena dokumen perencanaan direvisi."
                    if n % 2
                    else "Keterbatasan tenaga teknis di lapangan."
                ),
                innovation="Layanan jemput bola di desa." if n % 3 == 0 else "",
            )
        )

    chair = SignatoryData(person=bupati, role_label="Bupati Pemalang", show_nip=False)
    return MeetingData(
        title=(
            f"{HOSTILE_EMOJI} {HOSTILE_MARKUP}"
            if hostile
            else "Rapat Koordinasi Penyelenggaraan Pemerintahan Daerah Bulan Agustus 2025"
        ),
        starts_at=_MEETING_START,
        ends_at=_MEETING_START + timedelta(hours=3),
        place=f"Sasana Bhakti Praja, {HOSTILE_LT}" if hostile else "Sasana Bhakti Praja",
        agenda=(
            "Evaluasi capaian kinerja triwulan, progres program prioritas daerah, kendala di "
            "lapangan, penyerapan anggaran dan Pendapatan Asli Daerah (PAD)."
        ),
        letter_number="000.1.5/1234/2025",
        letter_date=date(2025, 8, 18),
        letter_nature="Penting",
        letter_subject="Undangan Rapat Koordinasi",
        invitation_signatory=SignatoryData(
            person=sekda, role_label="Sekretaris Daerah", prefix="a.n. Bupati Pemalang"
        ),
        chair=chair,
        secretary=sekda,
        notulis=SignatoryData(person=notulis, role_label="Kepala Bagian Tata Pemerintahan"),
        opening_remarks=OPENING,
        agenda_items=items,
        followups=follow_rows,
        opd_reports=reports,
        attendees=attendee_rows,
        invitees=invitees,
        tembusan=["Bupati Pemalang (sebagai laporan)", "Wakil Bupati Pemalang (sebagai laporan)"],
        revisions=[
            RevisionData(
                1,
                date(2025, 8, 26),
                "Perbaikan nama peserta dan batas waktu tindak lanjut nomor 3.",
            )
        ]
        if hostile
        else [],
        verification_code="NTL-2025-08-7F3K-Q9XD",
    )


def _long_note(rng: random.Random) -> str:
    """About 5,000 characters of continuous minutes text, no bullets."""
    sentences = (
        "Kepala Dinas menjelaskan bahwa progres fisik pembangunan jalan kabupaten telah mencapai "
        "enam puluh persen dan ditargetkan selesai sebelum akhir tahun anggaran.",
        "Camat menyampaikan kendala pendataan keluarga berisiko stunting karena keterbatasan "
        "kader posyandu di beberapa desa.",
        "Peserta rapat sepakat perlunya kolaborasi lintas sektor agar program menyentuh indikator "
        "kinerja utama daerah.",
        "Sekretaris Daerah meminta setiap OPD memperbarui data realisasi secara rutin setiap "
        "minggu melalui aplikasi yang telah disediakan.",
    )
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < 5000:
        parts.append(rng.choice(sentences))
    return " ".join(parts)[:5000]
