"""What the demo meetings say: series, agendas, directives, decisions, notes, OPD reports."""

from __future__ import annotations

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
