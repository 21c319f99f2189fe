"""The fictional-but-plausible Kabupaten Pemalang behind the demo database.

Kept apart from ``demo.py`` so the regency (OPD names, coordination lines, name pools,
meeting phrases) can be read and corrected by someone who knows a Pemkab, without
wading through the code that turns it into rows. Organisation names follow the usual
Central Java nomenclature; people are invented (except the Bupati and Wakil Bupati
named in the news reports in ``/work/shared/seeds``), so every NIP here is synthetic.
"""

from __future__ import annotations

from dataclasses import dataclass

from rakor_desktop.domain.enums import OrgKind

REGENCY = "Pemalang"
OFFICE = {
    "regency_name": "PEMERINTAH KABUPATEN PEMALANG",
    "unit_name": "SEKRETARIAT DAERAH",
    "address_line": (
        "Jl. Jend. Sudirman No. 1 Pemalang 52312, Telp. (0284) 321141, "
        "Laman: pemalangkab.go.id, Pos-el: setda@pemalangkab.go.id"
    ),
    "city": "Pemalang",
    "time_zone": "WIB",
    "paper": "A4",
}

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

PANGKAT = {
    "III/a": "Penata Muda (III/a)",
    "III/b": "Penata Muda Tingkat I (III/b)",
    "III/c": "Penata (III/c)",
    "III/d": "Penata Tingkat I (III/d)",
    "IV/a": "Pembina (IV/a)",
    "IV/b": "Pembina Tingkat I (IV/b)",
    "IV/c": "Pembina Utama Muda (IV/c)",
    "IV/d": "Pembina Utama Madya (IV/d)",
}
# PPPK have a golongan, not a pangkat: it follows the entry qualification.
PPPK_GOLONGAN = {
    "degree": "Golongan IX (PPPK)",
    "diploma": "Golongan VII (PPPK)",
    "school": "Golongan V (PPPK)",
}


@dataclass(frozen=True)
class OrgSpec:
    """One OPD: who heads it, which units it has and how many staff sit below them."""

    name: str
    short: str
    kind: OrgKind
    asisten: str | None
    field: str  # picks degrees, functional jabatan, indicators and obstacles
    units: tuple[str, ...] = ()  # eselon III/IV jabatan below the head, in order
    staff: int = 3
    head: str | None = None  # jabatan of the head when it is not "Kepala <name>"
    secretary: str | None = None  # "" for none; None means "Sekretaris <name>"
    staff_titles: tuple[str, ...] = ()  # overrides the field's functional jabatan


def _bidang(*names: str) -> tuple[str, ...]:
    return tuple(f"Kepala Bidang {n}" for n in names) + ("Kepala Subbagian Umum dan Kepegawaian",)


SETDA = OrgSpec(
    "Sekretariat Daerah",
    "Setda",
    OrgKind.SETDA,
    None,
    "gov",
    head="Sekretaris Daerah",
    secretary="",
    staff=1,
    staff_titles=("Pengadministrasi Perkantoran",),
)

ASISTEN = {
    "I": "Asisten Pemerintahan dan Kesejahteraan Rakyat",
    "II": "Asisten Perekonomian dan Pembangunan",
    "III": "Asisten Administrasi Umum",
}

BAGIAN = (
    OrgSpec(
        "Bagian Pemerintahan",
        "Bag. Pemerintahan",
        OrgKind.BAGIAN,
        "I",
        "gov",
        staff=5,
        staff_titles=(
            "Analis Kebijakan Ahli Muda",
            "Analis Kebijakan Ahli Pertama",
            "Penata Kelola Pemerintahan",
            "Pengadministrasi Perkantoran",
        ),
    ),
    OrgSpec(
        "Bagian Hukum",
        "Bag. Hukum",
        OrgKind.BAGIAN,
        "I",
        "law",
        staff=4,
        staff_titles=(
            "Perancang Peraturan Perundang-undangan Ahli Muda",
            "Analis Hukum Ahli Pertama",
            "Pengadministrasi Perkantoran",
        ),
    ),
    OrgSpec(
        "Bagian Kesejahteraan Rakyat",
        "Bag. Kesra",
        OrgKind.BAGIAN,
        "I",
        "social",
        staff=4,
        staff_titles=("Analis Kebijakan Ahli Muda", "Penata Layanan Operasional"),
    ),
    OrgSpec(
        "Bagian Perekonomian dan Sumber Daya Alam",
        "Bag. Perekonomian",
        OrgKind.BAGIAN,
        "II",
        "econ",
        staff=4,
        staff_titles=(
            "Analis Kebijakan Ahli Muda",
            "Analis Kebijakan Ahli Pertama",
            "Penata Layanan Operasional",
        ),
    ),
    OrgSpec(
        "Bagian Administrasi Pembangunan",
        "Bag. Adbang",
        OrgKind.BAGIAN,
        "II",
        "plan",
        staff=4,
        staff_titles=(
            "Analis Kebijakan Ahli Muda",
            "Pengelola Data Pembangunan",
            "Penata Layanan Operasional",
        ),
    ),
    OrgSpec(
        "Bagian Pengadaan Barang dan Jasa",
        "Bag. PBJ",
        OrgKind.BAGIAN,
        "II",
        "finance",
        staff=4,
        staff_titles=(
            "Pengelola Pengadaan Barang/Jasa Ahli Muda",
            "Pengelola Pengadaan Barang/Jasa Ahli Pertama",
        ),
    ),
    OrgSpec("Bagian Umum", "Bag. Umum", OrgKind.BAGIAN, "III", "general", staff=4),
    OrgSpec(
        "Bagian Organisasi",
        "Bag. Organisasi",
        OrgKind.BAGIAN,
        "III",
        "gov",
        staff=3,
        staff_titles=(
            "Analis Kebijakan Ahli Muda",
            "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
        ),
    ),
    OrgSpec(
        "Bagian Protokol dan Komunikasi Pimpinan",
        "Bag. Prokopim",
        OrgKind.BAGIAN,
        "III",
        "it",
        staff=5,
        staff_titles=(
            "Pranata Humas Ahli Muda",
            "Pranata Humas Ahli Pertama",
            "Penata Layanan Operasional",
            "Pengadministrasi Perkantoran",
        ),
    ),
    OrgSpec(
        "Bagian Perencanaan dan Keuangan", "Bag. Renkeu", OrgKind.BAGIAN, "III", "finance", staff=3
    ),
)

OPD = (
    OrgSpec(
        "Dinas Pendidikan dan Kebudayaan",
        "Dindikbud",
        OrgKind.DINAS,
        "I",
        "edu",
        _bidang(
            "Pembinaan Sekolah Dasar",
            "Pembinaan Sekolah Menengah Pertama",
            "Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
            "Kebudayaan",
        ),
        staff=4,
    ),
    OrgSpec(
        "Dinas Kesehatan",
        "Dinkes",
        OrgKind.DINAS,
        "I",
        "health",
        _bidang(
            "Kesehatan Masyarakat",
            "Pencegahan dan Pengendalian Penyakit",
            "Pelayanan Kesehatan",
            "Sumber Daya Kesehatan",
        ),
        staff=4,
    ),
    OrgSpec(
        "Dinas Sosial",
        "Dinsos",
        OrgKind.DINAS,
        "I",
        "social",
        _bidang(
            "Perlindungan dan Jaminan Sosial",
            "Rehabilitasi Sosial",
            "Pemberdayaan Sosial dan Penanganan Fakir Miskin",
        ),
        staff=3,
    ),
    OrgSpec(
        "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
        "Perlindungan Anak",
        "DPPKBP3A",
        OrgKind.DINAS,
        "I",
        "social",
        _bidang(
            "Pengendalian Penduduk",
            "Keluarga Berencana dan Keluarga Sejahtera",
            "Pemberdayaan Perempuan dan Perlindungan Anak",
        ),
        staff=2,
    ),
    OrgSpec(
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Disdukcapil",
        OrgKind.DINAS,
        "I",
        "gov",
        _bidang(
            "Pelayanan Pendaftaran Penduduk",
            "Pelayanan Pencatatan Sipil",
            "Pengelolaan Informasi Administrasi Kependudukan",
        ),
        staff=3,
        staff_titles=(
            "Administrator Database Kependudukan Ahli Pertama",
            "Pengelola Data Kependudukan",
            "Operator Layanan Operasional",
        ),
    ),
    OrgSpec(
        "Dinas Pemberdayaan Masyarakat dan Desa",
        "Dinpermasdes",
        OrgKind.DINAS,
        "I",
        "gov",
        _bidang("Pemerintahan Desa", "Pemberdayaan Masyarakat Desa", "Keuangan dan Aset Desa"),
        staff=2,
    ),
    OrgSpec(
        "Dinas Kepemudaan, Olahraga dan Pariwisata",
        "Dinporapar",
        OrgKind.DINAS,
        "II",
        "general",
        _bidang("Kepemudaan", "Olahraga", "Pariwisata"),
        staff=2,
    ),
    OrgSpec(
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "DPUPR",
        OrgKind.DINAS,
        "II",
        "eng",
        _bidang("Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang"),
        staff=4,
    ),
    OrgSpec(
        "Dinas Perumahan dan Kawasan Permukiman",
        "Disperkim",
        OrgKind.DINAS,
        "II",
        "eng",
        _bidang("Perumahan", "Kawasan Permukiman", "Pertanahan"),
        staff=2,
    ),
    OrgSpec(
        "Dinas Lingkungan Hidup",
        "DLH",
        OrgKind.DINAS,
        "II",
        "env",
        _bidang(
            "Tata Lingkungan",
            "Pengelolaan Sampah dan Limbah B3",
            "Pengendalian Pencemaran dan Kerusakan Lingkungan",
        ),
        staff=2,
    ),
    OrgSpec(
        "Dinas Perhubungan",
        "Dishub",
        OrgKind.DINAS,
        "II",
        "general",
        _bidang("Lalu Lintas", "Angkutan", "Sarana dan Prasarana"),
        staff=2,
        staff_titles=(
            "Penguji Kendaraan Bermotor Ahli Pertama",
            "Pengelola Perparkiran",
            "Penata Layanan Operasional",
        ),
    ),
    OrgSpec(
        "Dinas Pertanian",
        "Distan",
        OrgKind.DINAS,
        "II",
        "agri",
        _bidang(
            "Tanaman Pangan",
            "Hortikultura dan Perkebunan",
            "Peternakan dan Kesehatan Hewan",
            "Penyuluhan",
        ),
        staff=3,
    ),
    OrgSpec(
        "Dinas Ketahanan Pangan",
        "Dishanpan",
        OrgKind.DINAS,
        "II",
        "agri",
        _bidang("Ketersediaan dan Distribusi Pangan", "Konsumsi dan Keamanan Pangan"),
        staff=2,
    ),
    OrgSpec(
        "Dinas Kelautan dan Perikanan",
        "DKP",
        OrgKind.DINAS,
        "II",
        "agri",
        _bidang("Perikanan Tangkap", "Perikanan Budidaya"),
        staff=2,
    ),
    OrgSpec(
        "Dinas Perindustrian dan Perdagangan",
        "Disperindag",
        OrgKind.DINAS,
        "II",
        "econ",
        _bidang("Perindustrian", "Perdagangan", "Pengelolaan Pasar"),
        staff=2,
    ),
    OrgSpec(
        "Dinas Koperasi dan Usaha Kecil Menengah",
        "Dinkop UKM",
        OrgKind.DINAS,
        "II",
        "econ",
        _bidang("Koperasi", "Usaha Kecil dan Menengah"),
        staff=2,
    ),
    OrgSpec(
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "DPMPTSP",
        OrgKind.DINAS,
        "II",
        "econ",
        _bidang("Penanaman Modal", "Pelayanan Perizinan", "Pengaduan, Kebijakan dan Pelaporan"),
        staff=2,
    ),
    OrgSpec(
        "Dinas Tenaga Kerja",
        "Disnaker",
        OrgKind.DINAS,
        "II",
        "econ",
        _bidang(
            "Penempatan dan Perluasan Kesempatan Kerja",
            "Hubungan Industrial",
            "Pelatihan dan Produktivitas",
        ),
        staff=2,
    ),
    OrgSpec(
        "Dinas Komunikasi dan Informatika",
        "Diskominfo",
        OrgKind.DINAS,
        "III",
        "it",
        _bidang(
            "Informasi dan Komunikasi Publik", "Aplikasi Informatika", "Persandian dan Statistik"
        ),
        staff=3,
    ),
    OrgSpec(
        "Dinas Arsip dan Perpustakaan",
        "Dinarpus",
        OrgKind.DINAS,
        "III",
        "general",
        _bidang("Kearsipan", "Perpustakaan"),
        staff=2,
        staff_titles=("Arsiparis Ahli Muda", "Pustakawan Ahli Pertama", "Arsiparis Terampil"),
    ),
    OrgSpec(
        "Badan Perencanaan Pembangunan Daerah",
        "Bappeda",
        OrgKind.BADAN,
        "II",
        "plan",
        _bidang(
            "Perencanaan, Pengendalian dan Evaluasi Pembangunan",
            "Pemerintahan dan Pembangunan Manusia",
            "Perekonomian dan Sumber Daya Alam",
            "Infrastruktur dan Kewilayahan",
            "Penelitian dan Pengembangan",
        ),
        staff=4,
    ),
    OrgSpec(
        "Badan Keuangan Daerah",
        "BKD",
        OrgKind.BADAN,
        "III",
        "finance",
        _bidang("Anggaran", "Perbendaharaan", "Akuntansi dan Pelaporan", "Pengelolaan Aset"),
        staff=3,
    ),
    OrgSpec(
        "Badan Pendapatan Daerah",
        "Bapenda",
        OrgKind.BADAN,
        "III",
        "finance",
        _bidang(
            "Pendataan dan Penetapan", "Penagihan dan Pembukuan", "Pengembangan Pendapatan Daerah"
        ),
        staff=3,
        staff_titles=(
            "Pemeriksa Pajak Daerah Ahli Pertama",
            "Penilai Pajak Bumi dan Bangunan Ahli Pertama",
            "Penata Laporan Keuangan",
        ),
    ),
    OrgSpec(
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "BKPSDM",
        OrgKind.BADAN,
        "III",
        "general",
        _bidang("Mutasi dan Promosi", "Pengembangan Kompetensi", "Informasi dan Penilaian Kinerja"),
        staff=2,
        staff_titles=(
            "Analis Sumber Daya Manusia Aparatur Ahli Muda",
            "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
        ),
    ),
    OrgSpec(
        "Badan Penanggulangan Bencana Daerah",
        "BPBD",
        OrgKind.BADAN,
        "I",
        "general",
        _bidang(
            "Pencegahan dan Kesiapsiagaan",
            "Kedaruratan dan Logistik",
            "Rehabilitasi dan Rekonstruksi",
        ),
        staff=2,
        head="Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
        staff_titles=("Analis Bencana Ahli Pertama", "Penata Layanan Operasional"),
    ),
    OrgSpec(
        "Badan Kesatuan Bangsa dan Politik",
        "Kesbangpol",
        OrgKind.BADAN,
        "I",
        "gov",
        _bidang(
            "Ideologi, Wawasan Kebangsaan dan Karakter Bangsa",
            "Politik Dalam Negeri dan Organisasi Kemasyarakatan",
        ),
        staff=2,
    ),
    OrgSpec(
        "Inspektorat Daerah",
        "Inspektorat",
        OrgKind.OTHER,
        "III",
        "audit",
        (
            "Inspektur Pembantu Wilayah I",
            "Inspektur Pembantu Wilayah II",
            "Inspektur Pembantu Wilayah III",
            "Inspektur Pembantu Khusus",
        ),
        staff=3,
        head="Inspektur Daerah",
        secretary="Sekretaris Inspektorat Daerah",
    ),
    OrgSpec(
        "Satuan Polisi Pamong Praja",
        "Satpol PP",
        OrgKind.OTHER,
        "I",
        "gov",
        (
            "Kepala Bidang Penegakan Peraturan Daerah",
            "Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
            "Kepala Bidang Perlindungan Masyarakat",
            "Kepala Bidang Pemadam Kebakaran",
        ),
        staff=2,
        secretary="Sekretaris Satuan Polisi Pamong Praja",
        staff_titles=("Polisi Pamong Praja Ahli Pertama", "Polisi Pamong Praja Terampil"),
    ),
    OrgSpec(
        "RSUD dr. M. Ashari",
        "RSUD",
        OrgKind.OTHER,
        "I",
        "health",
        (
            "Wakil Direktur Pelayanan",
            "Wakil Direktur Umum dan Keuangan",
            "Kepala Bidang Pelayanan Medik",
            "Kepala Bidang Keperawatan",
        ),
        staff=3,
        head="Direktur RSUD dr. M. Ashari",
        secretary="",
        staff_titles=(
            "Dokter Ahli Madya",
            "Perawat Ahli Muda",
            "Administrator Kesehatan Ahli Muda",
        ),
    ),
    OrgSpec(
        "Sekretariat DPRD",
        "Setwan",
        OrgKind.OTHER,
        "III",
        "gov",
        (
            "Kepala Bagian Umum dan Keuangan",
            "Kepala Bagian Persidangan dan Perundang-undangan",
            "Kepala Bagian Fasilitasi Penganggaran dan Pengawasan",
        ),
        staff=2,
        head="Sekretaris DPRD",
        secretary="",
    ),
)

# The 14 kecamatan of Kabupaten Pemalang; the coast and the southern hills matter for notes.
KECAMATAN = (
    "Pemalang",
    "Taman",
    "Petarukan",
    "Comal",
    "Ampelgading",
    "Bodeh",
    "Ulujami",
    "Randudongkal",
    "Bantarbolang",
    "Belik",
    "Watukumpul",
    "Moga",
    "Pulosari",
    "Warungpring",
)
COASTAL = ("Ulujami", "Comal", "Petarukan", "Pemalang", "Taman")
HILLS = ("Belik", "Watukumpul", "Pulosari", "Moga", "Randudongkal", "Warungpring")
KECAMATAN_UNITS = (
    "Sekretaris Kecamatan",
    "Kepala Seksi Pemerintahan",
    "Kepala Seksi Ketenteraman dan Ketertiban Umum",
    "Kepala Seksi Pemberdayaan Masyarakat dan Desa",
    "Kepala Seksi Kesejahteraan Sosial",
)
KECAMATAN_STAFF = (
    "Pengadministrasi Perkantoran",
    "Pengelola Data Kependudukan",
    "Penata Layanan Operasional",
)

# OPDs whose budget absorption lags (physical projects and tenders back-loaded).
LAGGARDS = ("DPUPR", "Disperkim", "Dinkop UKM", "Dishub", "Dinporapar")

# --- people -------------------------------------------------------------------------

BUPATI = ("Dr. H. Anom Widiyantoro, S.H., M.H.", "Bupati Pemalang")
WAKIL_BUPATI = ("Nurkholes", "Wakil Bupati Pemalang")
SEKDA = "Dr. Ir. Suharyono Wibowo, M.Si."
ASISTEN_NAMES = {
    "I": "Drs. Sugiyanto Hadi Prayitno, M.M.",
    "II": "Ir. Bambang Haryanto, M.T.",
    "III": "Dra. Endang Sri Rahayu, M.Si.",
}
# Fixed staff so every demo has names that exercise diacritic/apostrophe-insensitive search.
SPECIAL_STAFF = {
    "Diskominfo": ("Séno Aji Nugroho, S.Kom.", "L"),
    "Dindikbud": ("Nur’aini Rahmawati, S.Pd.", "P"),
    "Dinkes": ("Siti Ma'rifah, S.K.M.", "P"),
    "DPUPR": ("André Setiawan, S.T.", "L"),
    "Bag. Pemerintahan": ("Rina Kusumawati, S.IP.", "P"),
    "Bag. Prokopim": ("Muhammad Ma'ruf Hidayat, S.I.Kom.", "L"),
}

MALE_FIRST = (
    "Agus",
    "Bambang",
    "Budi",
    "Joko",
    "Slamet",
    "Sugeng",
    "Heru",
    "Eko",
    "Teguh",
    "Wahyu",
    "Didik",
    "Arif",
    "Rudi",
    "Hendra",
    "Ahmad",
    "Muhammad",
    "Mohamad",
    "Imam",
    "Fajar",
    "Rizki",
    "Yusuf",
    "Hadi",
    "Aris",
    "Bayu",
    "Dimas",
    "Galih",
    "Ilham",
    "Kurniawan",
    "Nanang",
    "Priyo",
    "Rahmat",
    "Sigit",
    "Taufik",
    "Yoga",
    "Zaenal",
    "Anton",
    "Dedi",
    "Edi",
    "Fauzan",
    "Gunawan",
    "Haris",
    "Irwan",
    "Lukman",
    "Mukhlis",
    "Nur",
    "Dwi",
    "Tri",
    "Catur",
    "Wisnu",
    "Bagus",
    "Danang",
    "Ari",
)
FEMALE_FIRST = (
    "Sri",
    "Siti",
    "Dewi",
    "Endang",
    "Retno",
    "Rina",
    "Yuni",
    "Wulan",
    "Ratna",
    "Indah",
    "Fitri",
    "Dian",
    "Ika",
    "Eka",
    "Novi",
    "Wiwik",
    "Umi",
    "Lestari",
    "Nining",
    "Tri",
    "Dwi",
    "Anisa",
    "Ayu",
    "Desi",
    "Erna",
    "Hesti",
    "Intan",
    "Laila",
    "Maya",
    "Nurul",
    "Putri",
    "Rahma",
    "Sari",
    "Tutik",
    "Vivi",
    "Yeni",
    "Zulfa",
    "Kartika",
    "Diah",
    "Astuti",
)
MALE_LAST = (
    "Santoso",
    "Prasetyo",
    "Wibowo",
    "Hidayat",
    "Saputra",
    "Kurniawan",
    "Setiawan",
    "Nugroho",
    "Purnomo",
    "Susanto",
    "Hartono",
    "Haryanto",
    "Suryadi",
    "Firmansyah",
    "Maulana",
    "Hakim",
    "Fauzi",
    "Mubarok",
    "Pamungkas",
    "Wicaksono",
    "Pratama",
    "Ramadhan",
    "Syahputra",
    "Utomo",
    "Sulistyo",
    "Riyadi",
    "Darmawan",
    "Wijaya",
    "Nurhadi",
    "Sasongko",
    "Mustofa",
    "Hermawan",
    "Budiman",
    "Aji",
    "Prabowo",
    "Rosyid",
    "Anwar",
    "Subekti",
)
FEMALE_LAST = (
    "Rahayu",
    "Lestari",
    "Wahyuni",
    "Handayani",
    "Astuti",
    "Utami",
    "Pratiwi",
    "Kusumawati",
    "Widiyanti",
    "Susanti",
    "Fitriani",
    "Rahmawati",
    "Puspitasari",
    "Anggraeni",
    "Hidayati",
    "Nurhayati",
    "Setyowati",
    "Wulandari",
    "Maharani",
    "Safitri",
    "Oktaviani",
    "Permatasari",
    "Yuliani",
    "Kurniasih",
    "Sulistyowati",
    "Mulyani",
    "Ningsih",
    "Purwanti",
)
# Pantura Javanese single names (Pemalang, Tegal, Brebes).
MALE_SINGLE = (
    "Sutrisno",
    "Casmudi",
    "Warsono",
    "Tarmudi",
    "Kusnadi",
    "Sugiarto",
    "Mulyono",
    "Carsono",
    "Tarsono",
    "Rasmono",
    "Suharjo",
    "Waluyo",
    "Sukirno",
    "Darsono",
    "Kasmuri",
    "Tarjo",
    "Sunarto",
    "Sudarto",
)
FEMALE_SINGLE = (
    "Sulastri",
    "Suwarni",
    "Tarwiyah",
    "Casiah",
    "Waryati",
    "Sumiyati",
    "Kartini",
    "Sutiyem",
    "Rasini",
    "Karsih",
)

DEGREES = {
    "health": ("S.K.M., M.Kes.", "S.K.M.", "S.Kep., Ns.", "S.Farm., Apt.", "A.Md.Kep.", "S.Gz."),
    "edu": ("S.Pd., M.Pd.", "S.Pd.", "S.Pd.I.", "S.Pd., M.Si."),
    "eng": ("S.T., M.T.", "S.T.", "S.T., M.Eng.", "A.Md.T."),
    "agri": ("S.P., M.P.", "S.P.", "S.Pt.", "S.Pi.", "A.Md."),
    "finance": ("S.E., M.Si.", "S.E., Ak.", "S.Ak.", "S.E.", "S.E., M.M."),
    "law": ("S.H., M.H.", "S.H."),
    "gov": ("S.STP, M.Si.", "S.IP.", "S.Sos., M.M.", "S.Sos.", "S.AP.", "S.H."),
    "it": ("S.Kom., M.Kom.", "S.Kom.", "S.I.Kom.", "A.Md.Kom."),
    "plan": ("S.T., M.T.", "S.E., M.Si.", "S.Si.", "S.P., M.Si.", "S.Stat."),
    "audit": ("S.E., Ak.", "S.E., M.Ak.", "S.H.", "S.Ak."),
    "social": ("S.Sos., M.Si.", "S.Sos.", "S.Psi.", "S.Kesos."),
    "econ": ("S.E., M.M.", "S.E.", "S.P.", "S.T."),
    "env": ("S.T., M.Sc.", "S.Si.", "S.T."),
    "general": ("S.E.", "S.Sos.", "S.AP.", "S.H.", "A.Md.", "S.Kom."),
}
HEAD_DEGREES = {
    "health": ("dr.", "M.Kes."),
    "edu": ("Drs.", "M.Pd."),
    "eng": ("Ir.", "M.T."),
    "agri": ("Ir.", "M.P."),
    "finance": ("", "S.E., M.Si."),
    "law": ("", "S.H., M.H."),
    "gov": ("", "S.STP, M.Si."),
    "it": ("", "S.Kom., M.T."),
    "plan": ("", "S.T., M.T."),
    "audit": ("", "S.E., M.Si., Ak."),
    "social": ("Drs.", "M.Si."),
    "econ": ("", "S.E., M.M."),
    "env": ("", "S.T., M.Si."),
    "general": ("Drs.", "M.M."),
}

FUNCTIONAL = {
    "health": (
        "Epidemiolog Kesehatan Ahli Muda",
        "Nutrisionis Ahli Muda",
        "Sanitarian Ahli Pertama",
        "Administrator Kesehatan Ahli Muda",
    ),
    "edu": (
        "Pengawas Sekolah Ahli Madya",
        "Pamong Belajar Ahli Muda",
        "Pamong Budaya Ahli Pertama",
        "Analis Kebijakan Ahli Pertama",
    ),
    "eng": (
        "Teknik Jalan dan Jembatan Ahli Muda",
        "Teknik Pengairan Ahli Pertama",
        "Penata Ruang Ahli Pertama",
        "Teknik Tata Bangunan dan Perumahan Ahli Muda",
    ),
    "agri": (
        "Penyuluh Pertanian Ahli Muda",
        "Analis Ketahanan Pangan Ahli Pertama",
        "Medik Veteriner Ahli Muda",
        "Penyuluh Perikanan Ahli Pertama",
    ),
    "finance": (
        "Analis Keuangan Pusat dan Daerah Ahli Muda",
        "Analis Anggaran Ahli Pertama",
        "Penata Laporan Keuangan",
        "Bendahara Pengeluaran",
    ),
    "law": ("Analis Hukum Ahli Pertama",),
    "gov": (
        "Analis Kebijakan Ahli Muda",
        "Analis Kebijakan Ahli Pertama",
        "Penata Kelola Pemerintahan",
        "Pengadministrasi Perkantoran",
    ),
    "it": (
        "Pranata Komputer Ahli Muda",
        "Pranata Komputer Ahli Pertama",
        "Pranata Humas Ahli Pertama",
        "Statistisi Ahli Pertama",
    ),
    "plan": (
        "Perencana Ahli Muda",
        "Perencana Ahli Pertama",
        "Statistisi Ahli Pertama",
        "Peneliti Ahli Pertama",
    ),
    "audit": (
        "Auditor Ahli Muda",
        "Auditor Ahli Pertama",
        "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda",
    ),
    "social": (
        "Pekerja Sosial Ahli Muda",
        "Penyuluh Sosial Ahli Pertama",
        "Penyuluh Keluarga Berencana Ahli Muda",
    ),
    "econ": (
        "Pengawas Perdagangan Ahli Pertama",
        "Analis Penanaman Modal Ahli Pertama",
        "Pengantar Kerja Ahli Pertama",
        "Penera Ahli Pertama",
    ),
    "env": ("Pengendali Dampak Lingkungan Ahli Muda", "Pengawas Lingkungan Hidup Ahli Pertama"),
    "general": (
        "Pengadministrasi Perkantoran",
        "Penata Layanan Operasional",
        "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
        "Pengelola Keuangan",
    ),
}
NON_ASN_TITLES = (
    "Tenaga Pendukung Administrasi",
    "Operator Komputer (Non-ASN)",
    "Tenaga Pendukung Teknis",
    "Pramu Kantor (Non-ASN)",
)

# Guests and partners who walk in (organization None: they belong to no OPD here).
GUESTS = (
    ("Sugeng Riyadi", "Perwira Seksi Teritorial Kodim 0711/Pemalang", False, "L"),
    ("Joko Susilo", "Kasat Binmas Polres Pemalang", False, "L"),
    ("Rudi Hartono, S.H.", "Jaksa Fungsional Kejaksaan Negeri Pemalang", True, "L"),
    ("Dian Puspitasari, S.Si., M.Stat.", "Statistisi Ahli Muda BPS Kabupaten Pemalang", True, "P"),
    ("Ahmad Syaifudin, S.Sos.", "Koordinator Tenaga Ahli Pendamping Desa Kabupaten", False, "L"),
    ("Dr. Mulyadi, M.Si.", "Tenaga Ahli Bupati Bidang Pemerintahan", False, "L"),
    ("Hj. Umi Kulsum", "Wakil Ketua I TP PKK Kabupaten Pemalang", False, "P"),
    ("Bagus Prasetyo, S.E.", "Pemimpin Cabang Bank Jateng Pemalang", False, "L"),
    ("Hendra Kusuma", "Jurnalis media daring", False, "L"),
)

PHONE_PREFIXES = (
    "0812",
    "0813",
    "0821",
    "0822",
    "0852",
    "0856",
    "0857",
    "0877",
    "0878",
    "0881",
    "0895",
    "0896",
)

# --- meetings -----------------------------------------------------------------------

RAKOR_SERIES = "Rakor Penyelenggaraan Pemerintahan Daerah"
RAKOR_PLACE = "Sasana Bhakti Praja"
# (title, planned minutes, presenter key); presenter keys are resolved in demo.py.
RAKOR_AGENDA = (
    ("Pembukaan oleh Bupati", 10, "chair"),
    ("Evaluasi capaian kinerja triwulan", 30, "Bappeda"),
    ("Progres program prioritas daerah", 35, "asisten:II"),
    ("Penyerapan anggaran dan PAD", 30, "BKD"),
    ("Kendala di lapangan", 25, "asisten:I"),
    ("Diskusi interaktif OPD dan camat", 35, "sekda"),
)
CARRY_OVER_TITLE = "Tindak lanjut rapat sebelumnya"

EKOBANG_SERIES = "Rakor Bidang Ekobang"
EKOBANG_PLACE = "Ruang Rapat Lantai I Kantor Bupati"
EKOBANG_AGENDA = (
    ("Pembukaan oleh Asisten II", 10, "chair"),
    ("Keselarasan program OPD dengan IKU RPJMD", 40, "Bappeda"),
    ("Validitas data Indikator Kinerja Daerah (IKD)", 30, "Bag. Adbang"),
    ("Kolaborasi lintas sektor: jalan, pertanian, UMKM", 40, "DPUPR"),
    ("Tren capaian kinerja OPD dan rumusan tindak lanjut", 30, "Bag. Perekonomian"),
)

DRAFTS = (
    (
        "Rapat Koordinasi Tim Percepatan Penurunan Stunting (TPPS) Kabupaten",
        "Ruang Rapat Bupati",
        "wabup",
        26,
        ("Pembukaan", "Paparan audit kasus stunting", "Rencana intervensi desa lokus"),
    ),
    (
        "Rapat Persiapan Peringatan Hari Jadi Kabupaten Pemalang",
        "Ruang Rapat Sekda",
        "sekda",
        33,
        ("Pembukaan", "Susunan acara dan kepanitiaan", "Anggaran dan sponsor"),
    ),
    ("Rapat Evaluasi Penyaluran Bantuan Sosial", "Ruang Rapat Asisten I", "asisten:I", 40, ()),
)

OPENING = (
    "Bupati menekankan pentingnya kolaborasi antar-OPD: kinerja pemerintah daerah tidak bisa "
    "hanya mengandalkan satu sektor. Seluruh OPD diminta bersinergi dan berkoordinasi dari "
    "tingkat kabupaten hingga kecamatan agar program yang dicanangkan berjalan efektif dan "
    "berdampak nyata bagi masyarakat."
)
EKOBANG_OPENING = (
    "Asisten II menyampaikan bahwa rakor digelar untuk memperkuat koordinasi dan sinergi "
    "perangkat daerah di bawah koordinasi Asisten Perekonomian dan Pembangunan, sekaligus "
    "melakukan monitoring dan evaluasi program kegiatan agar sesuai dengan RPJMD."
)

ABSENCE_NOTES = {
    "izin": (
        "Menghadiri undangan Pemerintah Provinsi Jawa Tengah",
        "Cuti tahunan",
        "Keperluan keluarga",
        "Mendampingi kunjungan kerja kementerian",
    ),
    "sakit": ("Sakit; surat keterangan dokter menyusul", "Rawat jalan"),
    "tugas_luar": (
        "Dinas luar ke Semarang",
        "Bimbingan teknis di Jakarta",
        "Monitoring lapangan di desa lokus stunting",
        "Rapat koordinasi di Kementerian Dalam Negeri",
    ),
    "tanpa_keterangan": ("",),
}

ROADS = (
    "Randudongkal–Moga",
    "Comal–Ampelgading",
    "Belik–Watukumpul",
    "Bantarbolang–Randudongkal",
    "Petarukan–Ulujami",
    "Pulosari–Belik",
)

# (problem, action, organization short name or a selector, days to due date, index of the
# agenda template item it was given under, 0-based like AgendaItem.position).
# Selectors: "@lag" = an OPD lagging in this month's report, "@kec" = a kecamatan,
# "@coast" = a coastal kecamatan, "@hill" = a hill kecamatan.
ARAHAN = (
    (
        "Realisasi fisik {org} baru {phys}%, di bawah rata-rata kabupaten",
        "Menyusun jadwal percepatan pelaksanaan kegiatan fisik dan melaporkan progres mingguan "
        "kepada Asisten II",
        "@lag",
        14,
        1,
    ),
    (
        "Penyerapan anggaran {org} baru {budget}%",
        "Mempercepat proses pengadaan dan pengajuan SP2D; laporan progres setiap Jumat ke BKD",
        "@lag",
        21,
        3,
    ),
    (
        "Data IKD belum sinkron dengan data BPS",
        "Validasi data IKD bersama BPS dan OPD pengampu indikator, lalu mutakhirkan di SIPD",
        "Bappeda",
        30,
        1,
    ),
    (
        "Prevalensi stunting di desa lokus masih di atas target",
        "Audit kasus stunting dan intervensi gizi spesifik di desa lokus bersama camat dan puskesmas",
        "Dinkes",
        30,
        2,
    ),
    (
        "Realisasi PBB-P2 Kecamatan {kec} rendah",
        "Penagihan door to door bersama pemerintah desa sebelum jatuh tempo",
        "@kec",
        30,
        3,
    ),
    (
        "Data penerima bantuan sosial belum padan dengan NIK",
        "Pemadanan data DTSEN dengan Disdukcapil dan perbaikan data di tingkat desa",
        "Dinsos",
        21,
        2,
    ),
    (
        "Ruas jalan {road} rusak berat",
        "Penanganan darurat (tambal sulam) dan usulan rekonstruksi pada APBD Perubahan",
        "DPUPR",
        30,
        4,
    ),
    (
        "Target retribusi parkir belum tercapai",
        "Evaluasi titik parkir tepi jalan dan uji coba e-parking di kawasan alun-alun",
        "Dishub",
        45,
        3,
    ),
    (
        "Pajak restoran dan hotel di bawah potensi",
        "Pemasangan alat perekam transaksi (tapping box) pada 20 wajib pajak",
        "Bapenda",
        45,
        3,
    ),
    (
        "Perekaman KTP-el di desa terpencil Kecamatan {hill} tertinggal",
        "Layanan jemput bola perekaman KTP-el dan akta kelahiran di balai desa",
        "Disdukcapil",
        30,
        4,
    ),
    (
        "Timbulan sampah di TPA melebihi kapasitas sel",
        "Penataan sel TPA dan gerakan pilah sampah dari rumah tangga di tiap kecamatan",
        "DLH",
        60,
        4,
    ),
    (
        "Kesiapsiagaan menghadapi musim hujan",
        "Pemetaan titik rawan banjir dan longsor serta siaga posko di kecamatan rawan",
        "BPBD",
        14,
        4,
    ),
    (
        "Pedagang kaki lima menempati trotoar alun-alun",
        "Penertiban dan relokasi PKL bersama Disperindag",
        "Satpol PP",
        21,
        4,
    ),
    (
        "Harga beras di pasar tradisional naik",
        "Gerakan pangan murah bersama Bulog di lima kecamatan",
        "Dishanpan",
        14,
        2,
    ),
    (
        "Anak tidak sekolah di beberapa desa",
        "Pendataan anak tidak sekolah dan program kembali bersekolah",
        "Dindikbud",
        45,
        2,
    ),
    (
        "Laporan bulanan OPD sering terlambat",
        "Laporan bulanan OPD masuk paling lambat tanggal 5 melalui Bagian Administrasi Pembangunan",
        "Bag. Adbang",
        10,
        1,
    ),
    (
        "Penyaluran pupuk bersubsidi belum tepat sasaran",
        "Verifikasi e-RDKK dan pengawasan kios pupuk bersama penyuluh",
        "Distan",
        21,
        2,
    ),
    (
        "Perizinan UMKM masih rendah",
        "Fasilitasi NIB melalui OSS RBA di Mal Pelayanan Publik dan kecamatan",
        "DPMPTSP",
        30,
        2,
    ),
    (
        "Abrasi dan rob di pesisir Kecamatan {coast}",
        "Kajian teknis penanganan rob dan usulan dukungan BBWS Pemali Juana",
        "DPUPR",
        60,
        4,
    ),
    (
        "Keamanan situs web OPD",
        "Audit keamanan subdomain pemalangkab.go.id dan pembaruan sistem",
        "Diskominfo",
        30,
        4,
    ),
    (
        "Temuan BPK atas aset belum tuntas",
        "Penyelesaian tindak lanjut temuan aset tetap bersama OPD terkait",
        "Inspektorat",
        60,
        3,
    ),
    (
        "Antrean pasien rawat jalan RSUD panjang",
        "Penerapan pendaftaran daring dan penambahan loket pada jam sibuk",
        "RSUD",
        30,
        4,
    ),
)

KEPUTUSAN = (
    (
        "kesimpulan",
        "Realisasi anggaran kumulatif {budget}% masih di bawah target {target}%; "
        "seluruh OPD wajib menyusun rencana aksi percepatan.",
        3,
    ),
    (
        "keputusan",
        "Format laporan bulanan OPD diseragamkan: realisasi anggaran, realisasi fisik, "
        "IKU, kendala dan inovasi.",
        1,
    ),
    (
        "keputusan",
        "Dibentuk tim terpadu pemadanan data kemiskinan (Bappeda, Dinsos, Disdukcapil dan camat).",
        2,
    ),
    ("kesimpulan", "Capaian IKU triwulan berjalan: {on} dari {total} OPD sesuai target.", 1),
    (
        "keputusan",
        "Rakor bulan berikutnya dilaksanakan Senin terakhir bulan {next_month} di "
        "Sasana Bhakti Praja.",
        None,
    ),
)

NOTES = {
    "open": (
        "Bupati menekankan kolaborasi antar-OPD; kinerja pemerintah daerah tidak bisa hanya "
        "mengandalkan satu sektor.",
        "Seluruh OPD diminta bersinergi dari tingkat kabupaten hingga kecamatan.",
        "Wakil Bupati menegaskan data dan laporan OPD harus akurat, valid dan transparan.",
        "Rakor bulan {month} difokuskan pada {focus}.",
        "Bupati mengapresiasi {best} dengan realisasi anggaran tertinggi ({best_pct}%).",
    ),
    "eval": (
        "Kepala Bappeda memaparkan capaian IKU triwulan {quarter}: {on} dari {total} OPD "
        "sesuai target.",
        "OPD dengan realisasi fisik terendah: {lags}.",
        "Tren capaian {up} positif dibanding bulan lalu (naik {delta} poin).",
        "Data IKD dari beberapa OPD belum sinkron dengan data BPS; perlu validasi bersama.",
        "Indeks kepuasan masyarakat pelayanan publik rata-rata {ikm} (kategori baik).",
    ),
    "priority": (
        "Penurunan stunting: prevalensi {stunting}% (target akhir tahun 14%); intervensi di "
        "{lokus} desa lokus.",
        "Penanganan kemiskinan ekstrem: {kk} KK sasaran sudah diverifikasi melalui DTSEN.",
        "Peningkatan jalan kabupaten: {km} km dari target 42 km selesai dikerjakan.",
        "Rehabilitasi rumah tidak layak huni: {rtlh} unit selesai.",
        "Revitalisasi kawasan Pantai Widuri: progres fisik {widuri}%.",
    ),
    "budget": (
        "Realisasi belanja daerah s.d. {month} sebesar {budget}% (target {target}%).",
        "Realisasi PAD Rp{pad} miliar atau {pad_pct}% dari target Rp412 miliar.",
        "Penerimaan PBB-P2 baru {pbb}%; camat diminta mengoptimalkan penagihan melalui "
        "pemerintah desa.",
        "OPD dengan penyerapan di bawah rata-rata: {lags_budget}.",
        "Pajak restoran dan hotel naik {resto}% setelah pemasangan tapping box.",
    ),
    "obstacles": (
        "Camat {hill} melaporkan jalan penghubung antardesa rusak akibat longsor.",
        "Pengadaan barang/jasa terlambat karena produk belum tayang di e-katalog.",
        "Data penerima bantuan sosial belum padan dengan data kependudukan di {desa} desa.",
        "Rob di pesisir Kecamatan {coast} menghambat pekerjaan fisik.",
        "Puskesmas di Kecamatan {hill} kekurangan tenaga bidan.",
    ),
    "discussion": (
        "Camat {kec} mengusulkan forum koordinasi bulanan tingkat kecamatan bersama puskesmas "
        "dan UPT.",
        "{innov_who} menyampaikan inovasi \u201c{innov}\u201d.",
        "Kepala Dinkes meminta dukungan camat untuk menggerakkan posyandu.",
        "Sekda menegaskan setiap usulan dituangkan sebagai tindak lanjut dengan penanggung jawab "
        "dan batas waktu.",
        "Camat {kec2} meminta percepatan penyaluran dana desa tahap berikutnya.",
    ),
    "ekobang": (
        "Asisten II: jangan sampai kita sibuk bekerja, tapi tidak menyentuh indikator utama "
        "seperti penurunan angka kemiskinan dan stunting.",
        "Seluruh OPD memastikan program kerja tahun {year} berkontribusi langsung terhadap IKU.",
        "Validitas data IKD menjadi fondasi pengambilan kebijakan yang tepat dan terukur.",
        "Persoalan infrastruktur jalan, pendidikan dan kesehatan saling berkaitan dan tidak bisa "
        "ditangani secara parsial.",
        "Tren capaian: {up} positif; {lags} masih memerlukan perhatian serius.",
        "Rakor mengacu pada Keputusan Bupati tentang jalur koordinasi dan pembinaan perangkat "
        "daerah melalui Asisten Sekretaris Daerah.",
    ),
}
FOCUS = {
    1: "penyusunan rencana kerja dan percepatan lelang dini",
    2: "percepatan lelang dini dan kesiapan dokumen kontrak",
    3: "evaluasi capaian triwulan I",
    4: "evaluasi capaian triwulan I dan persiapan Musrenbang",
    5: "percepatan penyerapan anggaran",
    6: "evaluasi capaian semester I",
    7: "persiapan APBD Perubahan",
    8: "optimalisasi penyerapan anggaran dan peningkatan PAD",
    9: "evaluasi capaian triwulan III",
    10: "penurunan stunting dan kemiskinan ekstrem",
    11: "kesiapan akhir tahun anggaran",
    12: "penyelesaian pekerjaan akhir tahun anggaran",
}

UPDATE_NOTES = (
    "Rapat teknis dengan OPD terkait sudah dilaksanakan.",
    "Surat edaran sudah diterbitkan kepada seluruh camat.",
    "Data dari {n} desa sudah masuk; sisanya menyusul.",
    "Survei lapangan selesai; dokumen perencanaan sedang disusun.",
    "Menunggu pergeseran anggaran pada APBD Perubahan.",
    "Koordinasi dengan pihak ketiga masih berjalan.",
)
DONE_NOTES = (
    "Kegiatan selesai dilaksanakan; bukti dukung diserahkan ke Bagian Administrasi Pembangunan.",
    "Selesai; laporan disampaikan kepada Bupati melalui Sekda.",
    "Selesai sesuai jadwal; dokumentasi terlampir.",
)
CANCEL_NOTES = (
    "Dibatalkan: kegiatan dialihkan ke APBD Perubahan.",
    "Dibatalkan: sudah tercakup dalam program provinsi.",
)

OBSTACLES = {
    "eng": (
        "Cuaca ekstrem menghambat pekerjaan fisik",
        "Lelang konstruksi gagal dan diulang",
        "Harga material naik melebihi HPS",
    ),
    "health": (
        "Kekurangan tenaga bidan di puskesmas wilayah selatan",
        "Data balita di e-PPGBM belum lengkap",
    ),
    "edu": ("Ruang kelas rusak di beberapa SD", "Guru PPPK belum merata"),
    "agri": ("Serangan hama wereng di beberapa desa", "Alokasi pupuk bersubsidi berkurang"),
    "finance": ("Wajib pajak menunggak", "Aplikasi SIPD sering tidak dapat diakses"),
    "social": ("Data penerima bansos belum padan dengan NIK",),
    "econ": ("Pelaku UMKM belum memiliki NIB", "Kios pasar banyak yang kosong"),
    "general": ("Keterbatasan anggaran operasional", "Aplikasi SIPD sering tidak dapat diakses"),
    "kecamatan": (
        "Jalan desa rusak akibat longsor",
        "Rob merendam permukiman",
        "Penagihan PBB-P2 di desa lambat",
        "Laporan APBDes terlambat",
    ),
}
INNOVATIONS = {
    "health": ("Posyandu terintegrasi layanan primer", "Gerakan orang tua asuh anak stunting"),
    "edu": ("Sekolah penggerak literasi desa",),
    "gov": ("Layanan adminduk jemput bola di desa", "Tanda tangan elektronik untuk surat dinas"),
    "it": ("Satu data Pemalang terpadu", "Aplikasi pengaduan masyarakat terintegrasi"),
    "finance": ("Pembayaran PBB-P2 melalui QRIS", "Tapping box pajak restoran"),
    "agri": ("Pasar tani daring", "Sekolah lapang iklim"),
    "econ": ("Klinik NIB keliling", "Kurasi produk UMKM untuk e-katalog"),
    "kecamatan": (
        "Kecamatan sadar PBB",
        "Layanan surat pengantar daring desa",
        "Gerakan pilah sampah dari rumah",
    ),
}

# One list of note lines per Ekobang agenda item (placeholders filled in demo.py).
EKOBANG_NOTES = (
    (
        "Rakor mengacu pada Keputusan Bupati tentang jalur koordinasi dan pembinaan perangkat "
        "daerah melalui Asisten Sekretaris Daerah.",
        "Asisten II: jangan sampai kita sibuk bekerja, tapi tidak menyentuh indikator utama "
        "seperti penurunan angka kemiskinan dan stunting.",
    ),
    (
        "Seluruh OPD memastikan program kerja tahun {year} berkontribusi langsung terhadap IKU "
        "kabupaten.",
        "Bappeda mencatat {n_prog} program OPD belum memiliki indikator keluaran yang terukur.",
        "Program yang tidak mengungkit IKU diusulkan untuk dievaluasi pada APBD Perubahan.",
    ),
    (
        "Validitas data IKD menjadi fondasi pengambilan kebijakan yang tepat dan terukur.",
        "Ditemukan selisih data panjang jalan kondisi mantap antara DPUPR dan BPS.",
        "Setiap OPD menunjuk satu operator data IKD yang bertanggung jawab.",
    ),
    (
        "Persoalan infrastruktur jalan, pendidikan dan kesehatan saling berkaitan dan tidak bisa "
        "ditangani secara parsial.",
        "DPUPR dan Dinas Pertanian menyepakati prioritas jalan usaha tani di Kecamatan {hill}.",
        "Dinkop UKM dan Disperindag menyiapkan kurasi produk UMKM untuk e-katalog daerah.",
    ),
    (
        "Rata-rata realisasi anggaran OPD bidang Ekobang {budget}%.",
        "Tren positif: {up}.",
        "Masih memerlukan perhatian serius: {lags}.",
    ),
)
EKOBANG_ARAHAN = (
    (
        "Program OPD belum terhubung dengan IKU RPJMD",
        "Menyusun matriks keterkaitan program dan kegiatan tahun {year} dengan IKU RPJMD",
        "Bappeda",
        30,
        1,
    ),
    (
        "Selisih data IKD jalan kondisi mantap",
        "Rekonsiliasi data jalan kondisi mantap bersama BPS dan Bappeda",
        "DPUPR",
        21,
        2,
    ),
    (
        "Tren capaian {org} negatif",
        "Menyusun rencana aksi perbaikan capaian kinerja dan memaparkannya pada rakor berikutnya",
        "@lag",
        30,
        4,
    ),
    (
        "Jalan usaha tani belum terhubung dengan sentra produksi",
        "Menyusun daftar prioritas jalan usaha tani bersama DPUPR",
        "Distan",
        30,
        3,
    ),
    (
        "Produk UMKM belum masuk e-katalog daerah",
        "Kurasi dan pendampingan 50 produk UMKM untuk e-katalog daerah",
        "Dinkop UKM",
        45,
        3,
    ),
    (
        "Data investasi triwulanan belum dilaporkan",
        "Melaporkan realisasi investasi melalui LKPM daring setiap triwulan",
        "DPMPTSP",
        21,
        2,
    ),
)
EKOBANG_KEPUTUSAN = (
    (
        "kesimpulan",
        "Seluruh OPD di bawah koordinasi Asisten II menyusun matriks keterkaitan "
        "program dengan IKU RPJMD.",
        1,
    ),
    (
        "keputusan",
        "Monev bidang Ekobang dilaksanakan setiap triwulan dengan data IKD yang telah divalidasi.",
        4,
    ),
)
