<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <source>FollowUpColumns</source>
        <comment>Keterangan: %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FollowUpColumns</source>
        <comment>Sudah dibawa ke %n rapat berikutnya</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat saat rapat dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hadir dari undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rata-rata OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi fisik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished">Overdue</translation>
    </message>
    <message>
        <source>TrendColumns</source>
        <comment>%1 dari %2 pada laporan sebelumnya</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Rapat koordinasi pemerintah daerah: undangan, daftar hadir, notulen dan tindak lanjut, sepenuhnya luring.</source>
        <translation>Coordination meetings for local government: invitations, attendance, minutes and follow-ups, fully offline.</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Versi skema</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Qt / PySide</source>
        <translation>Qt / PySide</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>License</translation>
    </message>
    <message>
        <source>Dibangun dengan Qt for Python (PySide6), SQLModel/SQLAlchemy, Alembic dan ReportLab. Huruf Liberation Sans (SIL Open Font License).</source>
        <translation>Built with Qt for Python (PySide6), SQLModel/SQLAlchemy, Alembic and ReportLab. Liberation Sans font (SIL Open Font License).</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Tambah butir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seret baris untuk mengubah urutan. Klik dua kali untuk mengubah judul, penyaji atau menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total rencana {0} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {0} menit melebihi waktu rapat {1} menit (+{2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {0} dari {1} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butir agenda baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus butir agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butir &quot;{0}&quot; berisi catatan ({1} karakter) dan {2} keputusan/arahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetap hapus? Butir ini dapat dipulihkan (tombol Pulihkan) sampai rapat ditutup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Butir dihapus. Pulihkan lewat tombol &quot;Pulihkan&quot; sampai rapat ditutup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada butir yang dihapus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Belum tersimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak tersimpan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan ({0}); teks tetap di layar, mencoba lagi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>OPD dan batas waktu, mis. Dinas Kesehatan 30/9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi keputusan untuk &quot;{0}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi kesimpulan untuk &quot;{0}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi arahan pimpinan untuk &quot;{0}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut: pilih OPD dan batas waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD belum dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut → {0} · batas {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Isi dulu teksnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Simpan PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan grafik ini sebagai gambar PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Pilih dari daftar; &quot;{0}&quot; tidak cocok dengan satu orang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseTab</name>
    <message>
        <source>Sebelum rapat ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amandemen notulen yang sudah final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notulen final terkunci agar sama dengan yang ditandatangani. Perubahan sesudahnya dicatat sebagai amandemen dengan alasan, dan finalisasi berikutnya menjadi revisi baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan perubahan, mis. salah ketik nama Kepala Dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka untuk amandemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai sisanya &quot;Tanpa Keterangan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat ditutup {0}. Notulen dapat dicetak; finalisasi mengunci isinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notulen sudah final dan terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua syarat terpenuhi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengkapi yang bertanda peringatan, lalu tutup rapat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asal rapat</source>
        <translation>From meeting</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat/Gol.</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>OPD/Unit Kerja</source>
        <translation>Agency/Unit</translation>
    </message>
</context>
<context>
    <name>CountersWidget</name>
    <message>
        <source>Izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tugas Luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanpa Ket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD / Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diundang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation type="unfinished">Attended</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation type="unfinished">Not started</translation>
    </message>
    <message>
        <source>Undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undangan hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diwakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished">Overdue</translation>
    </message>
    <message>
        <source>Tandai hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pct}% undangan hadir · {people} orang di ruangan · {left} pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum hadir ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai hadir ({n} dipilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orang ditandai hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} undangan: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status {n} undangan dihapus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Simpan semua grafik (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KINERJA DAN TINDAK LANJUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut terlambat saat rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingkat kehadiran per rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi anggaran dan fisik (rata-rata OPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyelesaian tindak lanjut per OPD (10 terendah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kehadiran per OPD (10 terendah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rapat yang sudah berlangsung.</source>
        <translation type="unfinished">No meeting has taken place yet.</translation>
    </message>
    <message>
        <source>Belum ada undangan pada rapat yang sudah berlangsung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada laporan realisasi OPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada tindak lanjut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada undangan untuk OPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tren kinerja OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan terakhir tiap OPD dibanding laporan sebelumnya: ▲ naik, ▼ turun, ▬ tetap (selisih tidak lebih dari 0,5 poin). Hijau berarti membaik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada laporan OPD untuk dibandingkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undangan</source>
        <translation type="unfinished">
            <numerusform>%n invitee</numerusform>
            <numerusform>%n invitees</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n butir agenda</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tindak lanjut dibawa</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada OPD yang perlu perhatian khusus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan grafik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih folder untuk grafik</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grafik tersimpan di %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <source>%1 adalah folder. Pilih nama berkas baru.</source>
        <translation>%1 is a folder. Choose a new file name.</translation>
    </message>
    <message>
        <source>Berkas %1 sudah ada. Untuk basis data baru pilih nama yang belum dipakai; berkas itu tidak diubah.</source>
        <translation>The file %1 already exists. For a new database choose a name not yet in use; that file was not changed.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Berkas itu tidak diubah.</source>
        <translation>The file was not changed.</translation>
    </message>
    <message>
        <source>Buka berkas lain…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Buat basis data baru…</source>
        <translation>Create a new database…</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Buka basis data Rakor</source>
        <translation>Open a Rakor database</translation>
    </message>
    <message>
        <source>Basis data Rakor (*.sqlite *.sqlite3 *.db);;Semua berkas (*)</source>
        <translation>Rakor databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Buat basis data baru</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>Basis data Rakor (*.sqlite)</source>
        <translation>Rakor database (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Ubah tindak lanjut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan dicatat di Jalannya Rapat (Ctrl+D, Ctrl+Shift+K, Ctrl+Shift+A); perbaiki di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih sebuah arahan (hanya arahan yang punya tindak lanjut).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa jam selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Kata pembukaan pimpinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat dan surat undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik nama pimpinan rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik nama sekretaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik nama notulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 005/1234/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pimpinan rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran (berkas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus dari lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas lampiran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpColumns</name>
    <message>
        <source>Tindak Lanjut</source>
        <extracomment>loader(offset, limit, sort_key, descending) -&gt; rows</extracomment>
        <translation type="unfinished">Follow-ups</translation>
    </message>
    <message>
        <source>Penanggung Jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibawa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asal Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <source>TINDAK LANJUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada laporan progres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otomatis dari progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Apa yang sudah dikerjakan, kendala, atau alasan perubahan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas bukti (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation type="unfinished">Choose…</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih satu tindak lanjut untuk melihat riwayat dan mencatat progres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD belum ditentukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progres %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dibawa %n kali</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dari %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilaporkan di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Tindak lanjut arahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bawaan: kepala OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindak lanjut yang diharapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation type="unfinished">Due date</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation type="unfinished">Follow-up</translation>
    </message>
</context>
<context>
    <name>FollowUpListPage</name>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Arahan pimpinan, penanggung jawab dan batas waktunya</source>
        <translation>Directives from the chair, who is responsible, and by when</translation>
    </message>
    <message>
        <source>Yang masih terbuka</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Semua tindak lanjut</source>
        <translation>All follow-ups</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut untuk ditampilkan.</source>
        <translation>No follow-ups to show.</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Belum</source>
        <translation type="unfinished">Not started</translation>
    </message>
    <message>
        <source>Dalam Proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished">Overdue</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation type="unfinished">Cancelled</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Tindak Lanjut</source>
        <translation type="unfinished">Follow-ups</translation>
    </message>
    <message>
        <source>Arahan pimpinan lintas rapat: penanggung jawab, batas waktu dan progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari arahan, tindak lanjut, OPD, PIC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masih terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation type="unfinished">Due date</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah status terpilih ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan (wajib untuk batal/buka kembali)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua OPD</source>
        <translation type="unfinished">All agencies</translation>
    </message>
    <message>
        <source>Semua seri rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tindak lanjut</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dipilih</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tuliskan alasan: membatalkan atau membuka kembali tindak lanjut perlu alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tindak lanjut diubah menjadi %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progres tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor tindak lanjut ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tindak lanjut diekspor ke %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batas waktu %1 s.d. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Besok</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Kemarin</source>
        <translation>Yesterday</translation>
    </message>
    <message numerus="yes">
        <source>%n hari lagi</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari lalu</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Tindak lanjut terbuka</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Tindak lanjut terlambat</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Peserta terdaftar</source>
        <translation>People in the directory</translation>
    </message>
    <message>
        <source>OPD dan kecamatan</source>
        <translation>Agencies and districts</translation>
    </message>
    <message>
        <source>Rapat terakhir</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <source>Terlambat per OPD</source>
        <translation>Overdue by agency</translation>
    </message>
    <message>
        <source>RAPAT BERIKUTNYA</source>
        <translation>NEXT MEETING</translation>
    </message>
    <message>
        <source>Belum ada rapat terjadwal. Buat rapat baru di halaman Rapat.</source>
        <translation>No meeting scheduled yet. Create one on the Meetings page.</translation>
    </message>
    <message>
        <source>Selamat datang. %1</source>
        <translation>Welcome. %1</translation>
    </message>
    <message>
        <source>pukul %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Tempat belum ditentukan</source>
        <translation>Place not set yet</translation>
    </message>
    <message numerus="yes">
        <source>%n undangan</source>
        <translation>
            <numerusform>%n invitee</numerusform>
            <numerusform>%n invitees</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada rapat yang sudah berlangsung.</source>
        <translation>No meeting has taken place yet.</translation>
    </message>
    <message>
        <source>%1/%2 hadir</source>
        <translation>%1/%2 attended</translation>
    </message>
    <message>
        <source>%1 dari %2 undangan hadir</source>
        <translation>%1 of %2 invitees attended</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang terlambat.</source>
        <translation>No overdue follow-ups.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Impor direktori pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Pilih berkas Excel (.xlsx) atau CSV berisi daftar pegawai. Kolom Nama wajib; NIP, Jabatan, Pangkat/Golongan, Unit Kerja/OPD dan No. HP dikenali otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas .xlsx atau .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat OPD baru bila belum terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoh isi berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan hanya baris bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan (xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah 1 dari 4: pilih berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah 2 dari 4: cocokkan kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah 3 dari 4: periksa pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah 4 dari 4: simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kolom yang berisi Nama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih daftar pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar pegawai (*.xlsx *.csv *.txt);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan %1 dari %2 baris…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor gagal; tidak ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tidak dipakai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 baris data; judul kolom di baris %3. Periksa kolom yang ditebak di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD baru: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada baris data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan: %1 baru, %2 diperbarui, %3 OPD baru; %4 baris dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tersimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteesTab</name>
    <message>
        <source>Undang OPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua camat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undang satu orang: ketik nama atau NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status tidak hadir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kosongkan status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terapkan ke terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} diundang · {1} hadir · {2} berhalangan (berstatus) · {3} belum hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kelompok; simpan dari &quot;Undang OPD…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih orang dari daftar dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} undangan dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih status dulu (izin, sakit, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status diisi untuk {0} orang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Registrasi Rapat - Rakor Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGISTRASI KEHADIRAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindai QR undangan, ketik NIP, atau ketik nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode, NIP, atau nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama (dengan gelar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <source>Instansi / OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silakan tanda tangan dengan pena, jari, atau tetikus. Enter menyimpan, Esc melewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lewati (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dengan ↑/↓ lalu Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada rapat terjadwal. Buat rapat di jendela utama, lalu buka lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rapat dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · pukul {time} {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang cocok. F2: catat sebagai tamu tidak diundang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter memilih bila hanya satu yang cocok; ↑/↓ untuk memilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudah hadir {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diundang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orang cocok: pilih dengan ↑/↓ lalu Enter, atau ketik lebih lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pejabat yang diwakili dengan ↑/↓ lalu Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diwakili · langkah 2 dari 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perwakilan untuk {name}: pindai QR atau NIP perwakilan, atau ketik namanya. Nama baru: ketik lengkap lalu Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudah hadir pukul {t} {z}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pukul {t} {z}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terlambat {m} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mewakili {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada di daftar undangan; dicatat sebagai tamu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sebagai wakil {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4: catat pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada tanda tangan. Silakan tanda tangan, atau Esc untuk melewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diwakili · langkah 1 dari 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siapa yang diwakili? Ketik nama pejabat yang diundang, ↑/↓ lalu Enter. Esc membatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode diwakili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perwakilan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hadir mewakili {name}. Instansi kosong = instansi pejabat itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamu tidak diundang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama, jabatan, dan instansi; Enter menyimpan, Esc membatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pukul {t} {z} dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulang pukul {t} {z}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sebelum rapat selesai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KopPreview</name>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Meja registrasi (kiosk) belum tersedia di versi ini.</source>
        <translation>The check-in desk (kiosk) is not available in this version.</translation>
    </message>
</context>
<context>
    <name>LiveTab</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik untuk melihat catatan; klik dua kali untuk membahasnya sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BELUM DIMULAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan dan arahan butir ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesimpulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEDANG DIBAHAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIJEDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda masih kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyaji: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD belum dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rencana {0} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dari {0} rencana · lewat {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dari {0} rencana · mulai {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambahkan butir agenda dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MENU UTAMA</source>
        <translation>MAIN MENU</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Buka basis data…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Verifikasi PDF notulen…</source>
        <translation>&amp;Verify minutes PDF…</translation>
    </message>
    <message>
        <source>&amp;Tentang Rakor Desktop</source>
        <translation>&amp;About Rakor Desktop</translation>
    </message>
    <message>
        <source>Skema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>Zona %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Halaman %1 tidak dapat dibuka: %2</source>
        <translation>The %1 page cannot be opened: %2</translation>
    </message>
    <message>
        <source>Data halaman tidak dapat dimuat; rincian ada di berkas log.</source>
        <translation>The page data could not be loaded; details are in the log file.</translation>
    </message>
    <message>
        <source>Buka basis data Rakor</source>
        <translation>Open a Rakor database</translation>
    </message>
    <message>
        <source>Basis data Rakor (*.sqlite *.sqlite3 *.db);;Semua berkas (*)</source>
        <translation>Rakor databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Jadwal rapat koordinasi dan kehadirannya</source>
        <translation>Coordination meeting schedule and attendance</translation>
    </message>
    <message>
        <source>Saring judul atau tempat…</source>
        <translation>Filter by title or place…</translation>
    </message>
    <message>
        <source>Belum ada rapat di basis data ini.</source>
        <translation>There are no meetings in this database yet.</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Daftar rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalannya Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan &amp;&amp; Arahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penutupan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Terjadi kesalahan: {0}. Rincian tersimpan di berkas log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsListView</name>
    <message>
        <source>Rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat berikutnya dari seri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari judul, tempat atau seri…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada rapat. Tekan &quot;Rapat baru&quot; (Ctrl+N) untuk membuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua seri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih rapat yang akan diduplikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih rapat yang termasuk seri (atau pilih seri di filter) lalu ulangi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Rapat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Rakor Penyelenggaraan Pemerintahan Daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanpa jam selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Buat rapat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <source>Ketik catatan. Awali baris dengan &quot;- &quot; untuk poin, **teks** untuk tebal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgPickerDialog</name>
    <message>
        <source>Undang OPD (kepalanya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring nama OPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan juga sebagai kelompok (opsional), mis. OPD di bawah Asisten II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ringkasan rapat dan tindak lanjut</source>
        <translation>Meetings and follow-ups at a glance</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Jadwal, undangan, notulen</source>
        <translation>Schedule, invitations, minutes</translation>
    </message>
    <message>
        <source>Peserta &amp; OPD</source>
        <translation>People &amp; Agencies</translation>
    </message>
    <message>
        <source>Direktori pegawai dan perangkat daerah</source>
        <translation>Directory of staff and agencies</translation>
    </message>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Arahan pimpinan dan progresnya</source>
        <translation>Directives and their progress</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kop surat, zona waktu, bahasa</source>
        <translation>Letterhead, time zone, language</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Peserta &amp; OPD</source>
        <translation>People &amp; Agencies</translation>
    </message>
    <message>
        <source>Direktori pegawai dan perangkat daerah yang diundang</source>
        <translation>Directory of the staff and agencies you invite</translation>
    </message>
    <message>
        <source>Perangkat Daerah</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Cari nama, NIP, jabatan atau OPD…  (Ctrl+F)</source>
        <translation>Search name, NIP, position or agency…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua OPD</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>Tanpa OPD</source>
        <translation>No agency</translation>
    </message>
    <message>
        <source>%1 orang</source>
        <translation>%1 people</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Satu baris per OPD yang diundang. Ketik langsung; tersimpan otomatis. Persen 0–100 (koma boleh: 45,5). Tren dibanding rapat sebelumnya dalam seri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada OPD yang diundang; undang OPD di tab Undangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesCombo</name>
    <message>
        <source>(tanpa seri)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Logo harus berupa gambar PNG atau JPG.</source>
        <translation>The logo must be a PNG or JPG image.</translation>
    </message>
    <message>
        <source>Berkas logo tidak ditemukan.</source>
        <translation>Logo file not found.</translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kota (tempat surat)</source>
        <translation>City (place on letters)</translation>
    </message>
    <message>
        <source>Dipakai pada tanggal surat: “Pemalang, 18 Agustus 2025”.</source>
        <translation>Used in the letter date: “Pemalang, 18 Agustus 2025”.</translation>
    </message>
    <message>
        <source>Logo daerah</source>
        <translation>Regional emblem</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPG, tampil di kiri kop surat.</source>
        <translation>PNG or JPG image, shown at the left of the letterhead.</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>WIB (UTC+7)</source>
        <translation>WIB (UTC+7)</translation>
    </message>
    <message>
        <source>WITA (UTC+8)</source>
        <translation>WITA (UTC+8)</translation>
    </message>
    <message>
        <source>WIT (UTC+9)</source>
        <translation>WIT (UTC+9)</translation>
    </message>
    <message>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Terlalu panjang.</source>
        <translation>Too long.</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pilih logo daerah</source>
        <translation>Choose the regional emblem</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kop surat, zona waktu kantor, kertas dan bahasa antarmuka</source>
        <translation>Letterhead, office time zone, paper and interface language</translation>
    </message>
    <message>
        <source>Kop surat dan kantor</source>
        <translation>Letterhead and office</translation>
    </message>
    <message>
        <source>Data ini dicetak di kepala undangan, notulen dan daftar hadir.</source>
        <translation>Printed at the top of invitations, minutes and attendance lists.</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Pratinjau kop surat</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Bahasa baru dipakai setelah aplikasi dibuka ulang.</source>
        <translation>The new language applies after the application is restarted.</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Gagal menyimpan: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Pengaturan tersimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Kertas: %1</source>
        <translation>Paper: %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Buka basis data lain</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <source>Cari (di halaman Peserta &amp; OPD)</source>
        <translation>Search (on the People &amp; Agencies page)</translation>
    </message>
    <message>
        <source>Muat ulang halaman</source>
        <translation>Reload the page</translation>
    </message>
    <message>
        <source>Daftar pintasan keyboard</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Buka halaman %1</source>
        <translation>Open the %1 page</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Fungsi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Di</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Bidang tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan di sini</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Belum</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Dalam proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Berlangsung</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>TrendColumns</name>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi Anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi Fisik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan Terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Berkas tidak dapat dibaca atau ditulis{0}: {1}</source>
        <translation>The file cannot be read or written{0}: {1}</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga. Rinciannya tersimpan di berkas log.</source>
        <translation>An unexpected error occurred. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>OPD atau nama penyaji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Cetak notulen…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <source>Cetak daftar hadir…</source>
        <translation>Print attendance list…</translation>
    </message>
    <message>
        <source>Cetak daftar hadir kosong…</source>
        <translation>Print blank attendance list…</translation>
    </message>
    <message>
        <source>Cetak undangan…</source>
        <translation>Print invitation…</translation>
    </message>
    <message>
        <source>Cetak matriks tindak lanjut…</source>
        <translation>Print follow-up matrix…</translation>
    </message>
    <message>
        <source>Finalkan notulen…</source>
        <translation>Finalize minutes…</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Notulen, daftar hadir, undangan dan matriks tindak lanjut rapat terpilih</source>
        <translation>Minutes, attendance list, invitation and follow-up matrix of the selected meeting</translation>
    </message>
    <message>
        <source>Notulen final</source>
        <translation>Minutes finalized</translation>
    </message>
    <message>
        <source>Notulen belum dapat difinalkan</source>
        <translation>The minutes cannot be finalized yet</translation>
    </message>
    <message>
        <source>Amandemen notulen</source>
        <translation>Amend minutes</translation>
    </message>
    <message>
        <source>Notulen rapat ini sudah final. Tulis alasan perubahan; revisi baru akan dicetak dengan riwayat revisinya:</source>
        <translation>The minutes of this meeting are final. Write the reason for the change; the new revision is printed with its revision history:</translation>
    </message>
    <message>
        <source>Finalkan notulen</source>
        <translation>Finalize minutes</translation>
    </message>
    <message>
        <source>Finalkan notulen &quot;%1&quot;? Isi rapat dikunci agar sama dengan yang ditandatangani, dan PDF notulen mendapat kode verifikasi. Perubahan sesudahnya hanya lewat amandemen dengan alasan.</source>
        <translation>Finalize the minutes of &quot;%1&quot;? The meeting is locked so that it stays as signed, and the minutes PDF gets a verification code. Later changes only go through an amendment with a reason.</translation>
    </message>
    <message>
        <source>Notulen difinalkan sebagai revisi %1. Kode verifikasi: %2</source>
        <translation>Minutes finalized as revision %1. Verification code: %2</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Daftar hadir kosong</source>
        <translation>Blank attendance list</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Undangan</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Matriks tindak lanjut</source>
        <translation>Follow-up matrix</translation>
    </message>
    <message>
        <source>Menyiapkan %1…</source>
        <translation>Preparing %1…</translation>
    </message>
    <message>
        <source> (revisi final %1)</source>
        <translation> (final revision %1)</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dibuat: %1</source>
        <translation>The document could not be made: %1</translation>
    </message>
    <message>
        <source>Pembuatan dokumen dibatalkan.</source>
        <translation>Document generation cancelled.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Cetak dokumen (Ctrl+P)</source>
        <translation>Print the document (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Simpan berkas PDF (Ctrl+S)</source>
        <translation>Save the PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Sesuaikan dengan lebar jendela (Ctrl+0)</source>
        <translation>Fit to the window's width (Ctrl+0)</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Pencetak tidak dapat dibuka.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
    <message>
        <source>Cetak dokumen</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verifikasi PDF notulen</source>
        <translation>Verify minutes PDF</translation>
    </message>
    <message>
        <source>Periksa apakah sebuah berkas PDF sama dengan notulen final yang tersimpan di basis data ini. Kode verifikasi (RKR-…) tercetak di kaki setiap halaman notulen final. Pilih berkas atau seret ke jendela ini.</source>
        <translation>Check whether a PDF file is the finalized minutes kept in this database. The verification code (RKR-…) is printed in the footer of every page of finalized minutes. Choose a file or drop it onto this window.</translation>
    </message>
    <message>
        <source>Pilih berkas PDF…</source>
        <translation>Choose PDF file…</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Pilih PDF notulen</source>
        <translation>Choose the minutes PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal: %1</source>
        <translation>The check failed: %1</translation>
    </message>
</context>
</TS>
