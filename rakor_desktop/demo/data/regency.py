"""The regency: office, Setda, OPDs, kecamatan and their coordination lines."""

from __future__ import annotations

from dataclasses import dataclass

from rakor_desktop.domain.enums import OrgKind
from rakor_desktop.domain.timefmt import MONTHS  # noqa: F401 - D.MONTHS for the demo builder

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


# Office addresses of the demo's OPDs (the regency's own mail domain).
MAIL_DOMAIN = "pemalangkab.go.id"


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
