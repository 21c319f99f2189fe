<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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
        <translation>Coordination meetings for local government: invitations, attendance lists, minutes and follow-ups, fully offline.</translation>
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
        <translation>Licence</translation>
    </message>
    <message>
        <source>Dibangun dengan Qt for Python (PySide6), SQLModel/SQLAlchemy, Alembic dan ReportLab. Huruf Liberation Sans (SIL Open Font License).</source>
        <translation>Built with Qt for Python (PySide6), SQLModel/SQLAlchemy, Alembic and ReportLab. Liberation Sans typeface (SIL Open Font License).</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tindak lanjut yang masih terbuka dari rapat sebelumnya dalam seri ini.</source>
        <translation>Follow-ups still open from the previous meeting in this series.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Tambah butir</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Seret baris untuk mengubah urutan. Klik dua kali untuk mengubah judul, penyaji atau menit.</source>
        <translation>Drag rows to reorder. Double-click to change the title, presenter or minutes.</translation>
    </message>
    <message>
        <source>Total rencana {0} menit</source>
        <translation>Planned total {0} min</translation>
    </message>
    <message>
        <source>Total {0} menit melebihi waktu rapat {1} menit (+{2})</source>
        <translation>Total {0} min exceeds the meeting&apos;s {1} min (+{2})</translation>
    </message>
    <message>
        <source>Total {0} dari {1} menit</source>
        <translation>Total {0} of {1} min</translation>
    </message>
    <message>
        <source>Butir agenda baru</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Hapus butir agenda</source>
        <translation>Delete agenda item</translation>
    </message>
    <message>
        <source>Butir &quot;{0}&quot; berisi catatan ({1} karakter) dan {2} keputusan/arahan.</source>
        <translation>Item &quot;{0}&quot; has notes ({1} characters) and {2} decisions/directives.</translation>
    </message>
    <message>
        <source>Tetap hapus? Butir ini dapat dipulihkan (tombol Pulihkan) sampai rapat ditutup.</source>
        <translation>Delete anyway? The item can be restored (Restore button) until the meeting is closed.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Butir dihapus. Pulihkan lewat tombol &quot;Pulihkan&quot; sampai rapat ditutup.</source>
        <translation>Item deleted. Use &quot;Restore&quot; to bring it back until the meeting is closed.</translation>
    </message>
    <message>
        <source>Tidak ada butir yang dihapus</source>
        <translation>No deleted items</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Belum tersimpan…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <source>Tidak tersimpan: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <source>Gagal menyimpan ({0}); teks tetap di layar, mencoba lagi…</source>
        <translation>Saving failed ({0}); the text stays on screen, retrying…</translation>
    </message>
    <message>
        <source>Server basis data tidak terjangkau; teks tetap di layar, mencoba lagi…</source>
        <translation>Database server unreachable; the text stays on screen, retrying…</translation>
    </message>
    <message>
        <source>Tersimpan {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Otomatis (rapat berlangsung)</source>
        <translation>Automatic (meeting in progress)</translation>
    </message>
    <message>
        <source>Saat aplikasi ditutup</source>
        <translation>On closing the application</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Sebelum pemulihan</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Sebelum pembaruan skema</source>
        <translation>Before schema upgrade</translation>
    </message>
    <message>
        <source>Berkas rusak (disimpan)</source>
        <translation>Damaged file (kept)</translation>
    </message>
    <message>
        <source>Cadangan basis data</source>
        <extracomment>``confirm(title, question) -&gt; bool``: the restore question (tests answer it directly).</extracomment>
        <translation>Database backups</translation>
    </message>
    <message>
        <source>Pengaturan cadangan</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>Folder data pengguna (bawaan)</source>
        <translation>User data folder (default)</translation>
    </message>
    <message>
        <source>Folder lain, mis. flashdisk:</source>
        <translation>Another folder, e.g. a USB drive:</translation>
    </message>
    <message>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source> cadangan terbaru</source>
        <translation> latest backups</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <source>selama rapat berlangsung; juga setiap kali aplikasi ditutup</source>
        <translation>while a meeting is in progress; also whenever the application closes</translation>
    </message>
    <message>
        <source>Otomatis tiap</source>
        <translation>Automatically every</translation>
    </message>
    <message>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Cadangan tersedia</source>
        <translation>Available backups</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Basis data ini ada di server PostgreSQL. Cadangan otomatis hanya untuk berkas SQLite; server dicadangkan oleh pengelolanya (pg_dump).</source>
        <translation>This database is on a PostgreSQL server. Automatic backups are for SQLite files only; the server is backed up by its administrator (pg_dump).</translation>
    </message>
    <message>
        <source>Pilih dulu folder cadangannya.</source>
        <translation>Choose the backup folder first.</translation>
    </message>
    <message>
        <source>Pengaturan cadangan tersimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Belum ada cadangan. Tekan “Cadangkan sekarang”.</source>
        <translation>No backups yet. Press “Back up now”.</translation>
    </message>
    <message numerus="yes">
        <source>%n cadangan, terbaru di atas.</source>
        <translation>
            <numerusform>%n backup, newest first.</numerusform>
            <numerusform>%n backups, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Cadangan tersimpan: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Pulihkan basis data dari cadangan %1?

Isi %2 saat ini diganti dengan isi cadangan itu. Sebelumnya berkas saat ini dicadangkan dulu (jenis “Sebelum pemulihan”), jadi pemulihan dapat dibatalkan dengan memulihkan cadangan tersebut. Semua halaman ditutup lalu dibuka lagi.</source>
        <translation>Restore the database from backup %1?

The current contents of %2 are replaced by that backup. The current file is backed up first (type “Before restore”), so the restore can be undone by restoring that backup. All pages are closed and reopened.</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat: %2</source>
        <translation>The folder %1 cannot be created: %2</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Impor bundel</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>Bundel: %1</source>
        <translation>Bundle: %1</translation>
    </message>
    <message>
        <source>Memeriksa isi bundel…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bundel ini tidak bersegel kantor ini (dari kantor lain, atau tanpa segel). Belum ada yang diubah. Impor hanya bila Anda mengenal pengirimnya dan perubahan di bawah ini memang diharapkan.</source>
        <translation>This bundle does not carry this office&apos;s seal (another office&apos;s, or unsealed). Nothing has changed yet. Import it only if you know the sender and expect the changes below.</translation>
    </message>
    <message>
        <source>Impor bundel asing…</source>
        <translation>Import foreign bundle…</translation>
    </message>
    <message>
        <source>Belum ada yang diubah. Periksa ringkasan ini, lalu tekan Impor.</source>
        <translation>Nothing has been changed yet. Check this summary, then press Import.</translation>
    </message>
    <message>
        <source>Bundel sudah diimpor.</source>
        <translation>The bundle has been imported.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bundel tidak dapat diimpor: %1</source>
        <translation>The bundle cannot be imported: %1</translation>
    </message>
    <message>
        <source>Impor bundel asing</source>
        <translation>Import foreign bundle</translation>
    </message>
    <message>
        <source>Bundel %1 tidak dibuat oleh kantor ini. Terapkan perubahan yang tercantum di ringkasan? (Rapat yang sudah final tetap tidak berubah; perubahannya menjadi usulan amandemen.)</source>
        <translation>Bundle %1 was not made by this office. Apply the changes listed in the summary? (Finalized meetings stay unchanged; their changes become amendment proposals.)</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>OPD dan batas waktu, mis. Dinas Kesehatan 30/9</source>
        <translation>OPD and due date, e.g. Dinas Kesehatan 30/9</translation>
    </message>
    <message>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Isi keputusan untuk &quot;{0}&quot;</source>
        <translation>Decision on &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Isi kesimpulan untuk &quot;{0}&quot;</source>
        <translation>Conclusion on &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Isi arahan pimpinan untuk &quot;{0}&quot;</source>
        <translation>Chair&apos;s directive on &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Tindak lanjut: pilih OPD dan batas waktu.</source>
        <translation>Follow-up: choose the OPD and due date.</translation>
    </message>
    <message>
        <source>OPD belum dipilih</source>
        <translation>No OPD chosen</translation>
    </message>
    <message>
        <source>tanpa batas waktu</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>Tindak lanjut → {0} · batas {1}</source>
        <translation>Follow-up → {0} · due {1}</translation>
    </message>
    <message>
        <source>✖ Isi dulu teksnya.</source>
        <translation>✖ Enter the text first.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Simpan PNG</source>
        <translation>Save PNG</translation>
    </message>
    <message>
        <source>Simpan grafik ini sebagai gambar PNG</source>
        <translation>Save this chart as a PNG image</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Pilih dari daftar; &quot;{0}&quot; tidak cocok dengan satu orang.</source>
        <translation>Choose from the list; &quot;{0}&quot; does not match exactly one person.</translation>
    </message>
</context>
<context>
    <name>CloseTab</name>
    <message>
        <source>Sebelum rapat ditutup</source>
        <translation>Before the meeting is closed</translation>
    </message>
    <message>
        <source>Tutup rapat</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <source>Amandemen notulen yang sudah final</source>
        <translation>Amending finalized minutes</translation>
    </message>
    <message>
        <source>Notulen final terkunci agar sama dengan yang ditandatangani. Perubahan sesudahnya dicatat sebagai amandemen dengan alasan, dan finalisasi berikutnya menjadi revisi baru.</source>
        <translation>Finalized minutes are locked so they stay as signed. Later changes are recorded as an amendment with a reason, and the next finalization becomes a new revision.</translation>
    </message>
    <message>
        <source>Alasan perubahan, mis. salah ketik nama Kepala Dinas</source>
        <translation>Reason for the change, e.g. a typo in the agency head&apos;s name</translation>
    </message>
    <message>
        <source>Buka untuk amandemen</source>
        <translation>Open for amendment</translation>
    </message>
    <message>
        <source>Tandai sisanya &quot;Tanpa Keterangan&quot;</source>
        <translation>Mark the rest &quot;Absent without notice&quot;</translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Rapat ditutup {0}. Notulen dapat dicetak; finalisasi mengunci isinya.</source>
        <translation>Meeting closed {0}. The minutes can be printed; finalizing locks their content.</translation>
    </message>
    <message>
        <source>Notulen sudah final dan terkunci.</source>
        <translation>The minutes are final and locked.</translation>
    </message>
    <message>
        <source>Semua syarat terpenuhi.</source>
        <translation>All requirements are met.</translation>
    </message>
    <message>
        <source>Lengkapi yang bertanda peringatan, lalu tutup rapat.</source>
        <translation>Complete the items marked with a warning, then close the meeting.</translation>
    </message>
    <message>
        <source>Notulis ditetapkan</source>
        <translation>Minute-taker assigned</translation>
    </message>
    <message>
        <source>sudah</source>
        <translation>done</translation>
    </message>
    <message>
        <source>pilih notulis di tab Rincian</source>
        <translation>choose the minute-taker on the Details tab</translation>
    </message>
    <message>
        <source>Keputusan/kesimpulan dicatat</source>
        <translation>Decisions/conclusions recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n dicatat</source>
        <translation>
            <numerusform>%n recorded</numerusform>
            <numerusform>%n recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>belum ada keputusan, kesimpulan atau arahan</source>
        <translation>no decisions, conclusions or directives yet</translation>
    </message>
    <message>
        <source>Status peserta tidak hadir diisi</source>
        <translation>Absence status of missing invitees filled in</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message numerus="yes">
        <source>%n undangan belum hadir tanpa status (izin/sakit/...)</source>
        <translation>
            <numerusform>%n invitee not arrived and without a status (excused/sick/…)</numerusform>
            <numerusform>%n invitees not arrived and without a status (excused/sick/…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandai Tanpa Keterangan</source>
        <translation>Mark as absent without notice</translation>
    </message>
    <message>
        <source>Tandai %1 undangan yang belum hadir dan belum berstatus sebagai &quot;Tanpa Keterangan&quot;? Status ini tercetak di daftar hadir dan notulen.</source>
        <translation>Mark %1 invitees who have not arrived and have no status as &quot;absent without notice&quot;? The status is printed on the attendance list and in the minutes.</translation>
    </message>
    <message>
        <source>Tutup rapat ini? Registrasi di meja pintu berhenti dan daftar hadir tercetak dari data saat ini. Sampai notulen difinalkan, koreksi masih dapat dibuat.</source>
        <translation>Close this meeting? Registration at the door stops and the attendance list is printed from the current data. Until the minutes are finalized, corrections can still be made.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
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
        <translation>OPD/Work unit</translation>
    </message>
</context>
<context>
    <name>CountersWidget</name>
    <message>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Tugas Luar</source>
        <translation>On official duty</translation>
    </message>
    <message>
        <source>Tanpa Ket.</source>
        <translation>No notice</translation>
    </message>
    <message>
        <source>OPD / Instansi</source>
        <translation>OPD / Organization</translation>
    </message>
    <message>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Undangan</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Undangan hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Belum hadir</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <source>Diwakili</source>
        <translation>Represented</translation>
    </message>
    <message>
        <source>Tamu</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Tandai hadir</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <source>Hapus status</source>
        <translation>Clear status</translation>
    </message>
    <message>
        <source>Per OPD</source>
        <translation>By OPD</translation>
    </message>
    <message>
        <source>{pct}% undangan hadir · {people} orang di ruangan · {left} pulang</source>
        <translation>{pct}% of invitees present · {people} in the room · {left} left</translation>
    </message>
    <message>
        <source>Belum hadir ({n})</source>
        <translation>Not arrived ({n})</translation>
    </message>
    <message>
        <source>Tandai hadir ({n} dipilih)</source>
        <translation>Mark present ({n} selected)</translation>
    </message>
    <message>
        <source>Gagal menyimpan: {e}</source>
        <translation>Could not save: {e}</translation>
    </message>
    <message>
        <source>{n} orang ditandai hadir</source>
        <translation>{n} marked present</translation>
    </message>
    <message>
        <source>{n} undangan: {status}</source>
        <translation>{n} invitees: {status}</translation>
    </message>
    <message>
        <source>Status {n} undangan dihapus</source>
        <translation>Status cleared for {n} invitees</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>tindak lanjut</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <source>Terlambat saat rapat dimulai</source>
        <translation>Overdue when the meeting started</translation>
    </message>
    <message>
        <source>hadir dari undangan</source>
        <translation>present of invited</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>rata-rata OPD</source>
        <translation>OPD average</translation>
    </message>
    <message>
        <source>Realisasi anggaran</source>
        <translation>Budget realization</translation>
    </message>
    <message>
        <source>Realisasi fisik</source>
        <translation>Physical progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Memuat grafik…</source>
        <translation>Loading charts…</translation>
    </message>
    <message>
        <source>Ekspor tren OPD (Excel)</source>
        <translation>Export OPD trends (Excel)</translation>
    </message>
    <message>
        <source>Simpan semua grafik (PNG)</source>
        <translation>Save all charts (PNG)</translation>
    </message>
    <message>
        <source>KINERJA DAN TINDAK LANJUT</source>
        <translation>PERFORMANCE AND FOLLOW-UPS</translation>
    </message>
    <message>
        <source>Tindak lanjut terlambat saat rapat</source>
        <translation>Follow-ups overdue at each meeting</translation>
    </message>
    <message>
        <source>Tingkat kehadiran per rapat</source>
        <translation>Attendance rate per meeting</translation>
    </message>
    <message>
        <source>Realisasi anggaran dan fisik (rata-rata OPD)</source>
        <translation>Budget and physical realization (OPD average)</translation>
    </message>
    <message>
        <source>Penyelesaian tindak lanjut per OPD (10 terendah)</source>
        <translation>Follow-up completion by OPD (lowest 10)</translation>
    </message>
    <message>
        <source>Kehadiran per OPD (10 terendah)</source>
        <translation>Attendance by OPD (lowest 10)</translation>
    </message>
    <message>
        <source>Belum ada rapat yang sudah berlangsung.</source>
        <translation>No meeting has taken place yet.</translation>
    </message>
    <message>
        <source>Belum ada undangan pada rapat yang sudah berlangsung.</source>
        <translation>No invitations yet for meetings that have taken place.</translation>
    </message>
    <message>
        <source>Belum ada laporan realisasi OPD.</source>
        <translation>No OPD realization reports yet.</translation>
    </message>
    <message>
        <source>Belum ada tindak lanjut.</source>
        <translation>No follow-ups yet.</translation>
    </message>
    <message>
        <source>Belum ada undangan untuk OPD.</source>
        <translation>No invitations to OPDs yet.</translation>
    </message>
    <message>
        <source>OPD perlu perhatian</source>
        <translation>OPDs needing attention</translation>
    </message>
    <message>
        <source>Tren kinerja OPD</source>
        <translation>OPD performance trends</translation>
    </message>
    <message>
        <source>Laporan terakhir tiap OPD dibanding laporan sebelumnya: ▲ naik, ▼ turun, ▬ tetap (selisih tidak lebih dari 0,5 poin). Hijau berarti membaik.</source>
        <translation>Each OPD&apos;s latest report against its previous one: ▲ up, ▼ down, ▬ steady (a change of no more than 0.5 points). Green means better.</translation>
    </message>
    <message>
        <source>Pilih OPD pada tabel untuk melihat trennya.</source>
        <translation>Select an OPD in the table to see its trend.</translation>
    </message>
    <message>
        <source>Tren realisasi OPD</source>
        <translation>OPD realization trend</translation>
    </message>
    <message>
        <source>Belum ada laporan OPD untuk dibandingkan.</source>
        <translation>No OPD reports to compare yet.</translation>
    </message>
    <message>
        <source>Tren realisasi: %1</source>
        <translation>Realization trend: %1</translation>
    </message>
    <message>
        <source>Tren realisasi %1</source>
        <translation>Realization trend %1</translation>
    </message>
    <message numerus="yes">
        <source>%n undangan</source>
        <translation>
            <numerusform>%n invitee</numerusform>
            <numerusform>%n invitees</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 terkirim</source>
        <translation>%1/%2 sent</translation>
    </message>
    <message numerus="yes">
        <source>%n butir agenda</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tindak lanjut dibawa</source>
        <translation>
            <numerusform>%n follow-up carried over</numerusform>
            <numerusform>%n follow-ups carried over</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada OPD yang perlu perhatian khusus.</source>
        <translation>No OPD needs special attention.</translation>
    </message>
    <message>
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Pilih folder untuk grafik</source>
        <translation>Choose a folder for the charts</translation>
    </message>
    <message>
        <source>Tren %1 OPD diekspor ke %2</source>
        <translation>Trends of %1 OPDs exported to %2</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Ekspor tren OPD</source>
        <translation>Export OPD trends</translation>
    </message>
    <message>
        <source>Ekspor tren OPD ke Excel</source>
        <translation>Export OPD trends to Excel</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n grafik tersimpan di %1</source>
        <translation>
            <numerusform>%n chart saved in %1</numerusform>
            <numerusform>%n charts saved in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Realisasi anggaran rendah (%1)</source>
        <translation>Low budget realization (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n tindak lanjut terlambat</source>
        <translation>
            <numerusform>%n overdue follow-up</numerusform>
            <numerusform>%n overdue follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Kehadiran %1 (%2/%3)</source>
        <translation>Attendance %1 (%2/%3)</translation>
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
        <source>Basis data sedang dipakai program lain</source>
        <translation>The database is in use by another program</translation>
    </message>
    <message>
        <source>Disk penuh</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <source>Basis data tidak dapat ditulis</source>
        <translation>The database cannot be written</translation>
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
        <source>Salinan pulihan terakhir: %1 (terakhir diubah %2). “Buka cadangan terakhir” membukanya untuk melanjutkan pekerjaan.</source>
        <translation>Latest recovered copy: %1 (last changed %2). “Open latest backup” opens it so you can continue working.</translation>
    </message>
    <message>
        <source>Cadangan terakhir: %1 (%2). “Buka cadangan terakhir” membuka salinannya sebagai berkas kerja baru; cadangan dan berkas di atas tidak diubah.</source>
        <translation>Latest backup: %1 (%2). “Open latest backup” opens a copy of it as a new working file; the backup and the file above are not changed.</translation>
    </message>
    <message>
        <source>Buka cadangan terakhir</source>
        <translation>Open latest backup</translation>
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
        <translation>Edit follow-up…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keputusan dicatat di Jalannya Rapat (Ctrl+D, Ctrl+Shift+K, Ctrl+Shift+A); perbaiki di sini.</source>
        <translation>Decisions are recorded in Proceedings (Ctrl+D, Ctrl+Shift+K, Ctrl+Shift+A); correct them here.</translation>
    </message>
    <message>
        <source>Pilih sebuah arahan (hanya arahan yang punya tindak lanjut).</source>
        <translation>Select a directive (only directives have follow-ups).</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Kata pembukaan pimpinan</source>
        <translation>Chair&apos;s opening remarks</translation>
    </message>
    <message>
        <source>Pejabat dan surat undangan</source>
        <translation>Officials and invitation letter</translation>
    </message>
    <message>
        <source>Ketik nama pimpinan rapat</source>
        <translation>Type the chair&apos;s name</translation>
    </message>
    <message>
        <source>Ketik nama sekretaris</source>
        <translation>Type the secretary&apos;s name</translation>
    </message>
    <message>
        <source>Ketik nama notulis</source>
        <translation>Type the minute-taker&apos;s name</translation>
    </message>
    <message>
        <source>mis. 005/1234/2025</source>
        <translation>e.g. 005/1234/2025</translation>
    </message>
    <message>
        <source>Pimpinan rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Seluruh OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <source>Klaster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Minta tanda tangan di layar meja registrasi</source>
        <translation>Ask for an on-screen signature at the check-in desk</translation>
    </message>
    <message>
        <source>Setelah kehadiran tercatat, meja registrasi meminta tanda tangan dengan pena, jari atau tetikus (Esc melewati); tanda tangan tercetak di daftar hadir.</source>
        <translation>Once attendance is recorded, the check-in desk asks for a signature with a pen, finger or mouse (Esc skips); signatures are printed on the attendance list.</translation>
    </message>
    <message>
        <source>Lampiran (berkas)</source>
        <translation>Attachments (files)</translation>
    </message>
    <message>
        <source>Tambah berkas…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Hapus dari lampiran</source>
        <translation>Remove from attachments</translation>
    </message>
    <message>
        <source>Pilih berkas lampiran</source>
        <translation>Choose attachment files</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Cetak notulen…</source>
        <extracomment>(kind, blank, label) in menu order.</extracomment>
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
        <source>Cetak matriks monev capaian kinerja…</source>
        <translation>Print the performance monitoring matrix…</translation>
    </message>
    <message>
        <source>Finalkan notulen…</source>
        <translation>Finalize minutes…</translation>
    </message>
    <message>
        <source>Kirim ke TTE…</source>
        <translation>Send for TTE signing…</translation>
    </message>
    <message>
        <source>Lampirkan PDF bertanda tangan…</source>
        <translation>Attach signed PDF…</translation>
    </message>
    <message>
        <source>Kirim paket ke OPD…</source>
        <translation>Send packets to the OPDs…</translation>
    </message>
    <message>
        <source>Kirim undangan ke OPD…</source>
        <translation>Send invitations to the OPDs…</translation>
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
        <source>Matriks monev</source>
        <translation>Monev matrix</translation>
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
        <translation>The document could not be created: %1</translation>
    </message>
    <message>
        <source>Pembuatan dokumen dibatalkan.</source>
        <translation>Document creation cancelled.</translation>
    </message>
</context>
<context>
    <name>DocumentSigning</name>
    <message>
        <source>Tanda tangan elektronik</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <source>Kata sandi tanda tangan kantor (notulen final ditandatangani saat disimpan):</source>
        <translation>Office signing passphrase (the final minutes are signed when saved):</translation>
    </message>
    <message>
        <source>Tidak dapat ditandatangani</source>
        <translation>Cannot be signed</translation>
    </message>
</context>
<context>
    <name>DocumentTte</name>
    <message>
        <source>Notulen untuk TTE</source>
        <translation>Minutes for TTE</translation>
    </message>
    <message>
        <source>Simpan notulen final untuk TTE</source>
        <translation>Save the final minutes for TTE signing</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>Notulen final revisi %1 tersimpan. Kirim berkas ini apa adanya untuk ditandatangani (BSrE/SRIKANDI), lalu lampirkan hasilnya.</source>
        <translation>Final minutes revision %1 saved. Send this file unchanged for signing (BSrE/SRIKANDI), then attach the result.</translation>
    </message>
    <message>
        <source>Pilih PDF bertanda tangan TTE</source>
        <translation>Choose the TTE-signed PDF</translation>
    </message>
    <message>
        <source>Salinan resmi bertanda tangan %1 untuk revisi %2 dilampirkan.</source>
        <translation>The official copy signed by %1 for revision %2 is attached.</translation>
    </message>
</context>
<context>
    <name>FollowUpColumns</name>
    <message>
        <source>Tindak Lanjut</source>
        <extracomment>loader(offset, limit, sort_key, descending) -&gt; rows</extracomment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Batas Waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Dibawa</source>
        <translation>Carried</translation>
    </message>
    <message>
        <source>Asal Rapat</source>
        <translation>From meeting</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Keterangan: %1</source>
        <translation>Remarks: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <source>TINDAK LANJUT</source>
        <translation>FOLLOW-UP</translation>
    </message>
    <message>
        <source>Riwayat progres</source>
        <translation>Progress history</translation>
    </message>
    <message>
        <source>Belum ada laporan progres.</source>
        <translation>No progress reports yet.</translation>
    </message>
    <message>
        <source>Tambah progres</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Otomatis dari progres</source>
        <translation>Automatic from progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Apa yang sudah dikerjakan, kendala, atau alasan perubahan status</source>
        <translation>What has been done, obstacles, or the reason for the status change</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Berkas bukti (opsional)</source>
        <translation>Evidence file (optional)</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Simpan progres</source>
        <translation>Save progress</translation>
    </message>
    <message>
        <source>Pilih satu tindak lanjut untuk melihat riwayat dan mencatat progres.</source>
        <translation>Select a follow-up to see its history and record progress.</translation>
    </message>
    <message>
        <source>tanpa batas waktu</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>OPD belum ditentukan</source>
        <translation>No OPD assigned</translation>
    </message>
    <message>
        <source>Batas %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Progres %1%</source>
        <translation>Progress %1%</translation>
    </message>
    <message numerus="yes">
        <source>dibawa %n kali</source>
        <translation>
            <numerusform>carried over %n time</numerusform>
            <numerusform>carried over %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>dari %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Bukti: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Dilaporkan di %1</source>
        <translation>Reported at %1</translation>
    </message>
    <message>
        <source>Pilih berkas bukti</source>
        <translation>Choose an evidence file</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Tindak lanjut arahan</source>
        <translation>Follow-up of the directive</translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Bawaan: kepala OPD</source>
        <translation>Default: head of the OPD</translation>
    </message>
    <message>
        <source>tanpa batas waktu</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>Tindak lanjut yang diharapkan</source>
        <translation>Expected follow-up</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message numerus="yes">
        <source>Sudah dibawa ke %n rapat berikutnya</source>
        <translation>
            <numerusform>Carried over to %n later meeting</numerusform>
            <numerusform>Carried over to %n later meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Arahan pimpinan lintas rapat: penanggung jawab, batas waktu dan progres</source>
        <translation>Directives across meetings: who is responsible, due dates and progress</translation>
    </message>
    <message>
        <source>Ekspor Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Cari arahan, tindak lanjut, OPD, PIC…</source>
        <translation>Search directives, follow-ups, OPDs, PICs…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Masih terbuka</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Formulir OPD…</source>
        <translation>OPD form…</translation>
    </message>
    <message>
        <source>Formulir progres (.xlsx) untuk OPD terpilih di filter</source>
        <translation>Progress form (.xlsx) for the OPD chosen in the filter</translation>
    </message>
    <message>
        <source>Impor formulir OPD…</source>
        <translation>Import OPD forms…</translation>
    </message>
    <message>
        <source>Pengingat…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <source>Pengingat per OPD untuk tindak lanjut terlambat atau segera jatuh tempo</source>
        <translation>Reminders per OPD for follow-ups that are overdue or due soon</translation>
    </message>
    <message>
        <source>Belum ada yang dipilih</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Ubah status terpilih ke</source>
        <translation>Set the selected to</translation>
    </message>
    <message>
        <source>Alasan (wajib untuk batal/buka kembali)</source>
        <translation>Reason (to cancel or reopen)</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <source>Semua seri rapat</source>
        <translation>All meeting series</translation>
    </message>
    <message numerus="yes">
        <source>%n tindak lanjut</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dipilih</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Tuliskan alasan: membatalkan atau membuka kembali tindak lanjut perlu alasan.</source>
        <translation>Write a reason: cancelling or reopening a follow-up needs one.</translation>
    </message>
    <message>
        <source>%1 tindak lanjut diubah menjadi %2.</source>
        <translation>%1 follow-ups set to %2.</translation>
    </message>
    <message>
        <source>Progres tersimpan.</source>
        <translation>Progress saved.</translation>
    </message>
    <message>
        <source>Pilih OPD di filter dulu, lalu buat formulirnya.</source>
        <translation>Choose an OPD in the filter first, then make its form.</translation>
    </message>
    <message>
        <source>Simpan formulir progres OPD</source>
        <translation>Save the OPD progress form</translation>
    </message>
    <message>
        <source>Formulir progres %1 (%2 tindak lanjut terbuka) disimpan ke %3</source>
        <translation>Progress form for %1 (%2 open follow-ups) saved to %3</translation>
    </message>
    <message>
        <source>Ekspor tindak lanjut ke Excel</source>
        <translation>Export follow-ups to Excel</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>%1 tindak lanjut diekspor ke %2</source>
        <translation>%1 follow-ups exported to %2</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>batas waktu %1 s.d. %2</source>
        <translation>due %1 to %2</translation>
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
        <translation>Follow-ups open</translation>
    </message>
    <message>
        <source>Tindak lanjut terlambat</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Peserta terdaftar</source>
        <translation>People in the directory</translation>
    </message>
    <message>
        <source>OPD dan kecamatan</source>
        <translation>Sub-districts and OPDs</translation>
    </message>
    <message>
        <source>Rapat terakhir</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <source>Terlambat per OPD</source>
        <translation>Overdue by OPD</translation>
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
        <translation>%1/%2 present</translation>
    </message>
    <message>
        <source>%1 dari %2 undangan hadir</source>
        <translation>%1 of %2 invitees present</translation>
    </message>
    <message>
        <source>OPD lainnya</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang terlambat.</source>
        <translation>No overdue follow-ups.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Perbarui</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>NIP ganda</source>
        <translation>Duplicate NIP</translation>
    </message>
    <message>
        <source>Baris ganda</source>
        <translation>Duplicate row</translation>
    </message>
    <message>
        <source>NIP tidak valid</source>
        <translation>Invalid NIP</translation>
    </message>
    <message>
        <source>OPD belum terdaftar</source>
        <translation>OPD not registered</translation>
    </message>
    <message>
        <source>Nama kosong</source>
        <translation>Name missing</translation>
    </message>
    <message>
        <source>Isian tidak valid</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
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
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>Unit Kerja/OPD</source>
        <translation>Work unit/OPD</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Surel OPD</source>
        <translation>OPD e-mail</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Impor direktori pegawai</source>
        <translation>Import staff directory</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih berkas Excel (.xlsx) atau CSV berisi daftar pegawai. Kolom Nama wajib; NIP, Jabatan, Pangkat/Golongan, Unit Kerja/OPD dan No. HP dikenali otomatis. Tidak ada yang disimpan sebelum Anda memeriksa pratinjau dan menekan Terapkan.</source>
        <translation>Choose an Excel (.xlsx) or CSV file with a staff list. The Name column is required; NIP, Position, Rank/Grade, Work unit/OPD and Mobile no. are recognised automatically. Nothing is saved until you have checked the preview and pressed Apply.</translation>
    </message>
    <message>
        <source>Berkas .xlsx atau .csv</source>
        <translation>.xlsx or .csv file</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Buat OPD baru bila belum terdaftar</source>
        <translation>Create OPDs that are not registered yet</translation>
    </message>
    <message>
        <source>Contoh isi berkas:</source>
        <translation>Sample of the file:</translation>
    </message>
    <message>
        <source>Tampilkan hanya baris bermasalah</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan laporan (xlsx)…</source>
        <translation>Save report (xlsx)…</translation>
    </message>
    <message>
        <source>Langkah 1 dari 4: pilih berkas</source>
        <translation>Step 1 of 4: choose a file</translation>
    </message>
    <message>
        <source>Langkah 2 dari 4: cocokkan kolom</source>
        <translation>Step 2 of 4: match the columns</translation>
    </message>
    <message>
        <source>Langkah 3 dari 4: periksa pratinjau</source>
        <translation>Step 3 of 4: check the preview</translation>
    </message>
    <message>
        <source>Langkah 4 dari 4: simpan</source>
        <translation>Step 4 of 4: save</translation>
    </message>
    <message>
        <source>Pilih berkas terlebih dahulu.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Pilih kolom yang berisi Nama.</source>
        <translation>Choose the column that holds the Name.</translation>
    </message>
    <message>
        <source>Pilih daftar pegawai</source>
        <translation>Choose a staff list</translation>
    </message>
    <message>
        <source>Daftar pegawai (*.xlsx *.csv *.txt);;Semua berkas (*)</source>
        <translation>Staff lists (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Menyimpan %1 dari %2 baris…</source>
        <translation>Saving %1 of %2 rows…</translation>
    </message>
    <message>
        <source>Impor gagal; tidak ada data yang diubah.</source>
        <translation>Import failed; no data was changed.</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada data yang diubah.</source>
        <translation>Import cancelled; no data was changed.</translation>
    </message>
    <message>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>%1: %2 baris data; judul kolom di baris %3. Periksa kolom yang ditebak di bawah.</source>
        <translation>%1: %2 data rows; column headings in row %3. Check the guessed columns below.</translation>
    </message>
    <message>
        <source>OPD baru: %1</source>
        <translation>New OPDs: %1</translation>
    </message>
    <message>
        <source>Tidak ada baris data.</source>
        <translation>No data rows.</translation>
    </message>
    <message>
        <source>Untuk membuat OPD yang belum terdaftar, kembali satu langkah dan centang &quot;Buat OPD baru bila belum terdaftar&quot;.</source>
        <translation>To create the OPDs that are not registered, go back one step and tick &quot;Create OPDs that are not registered yet&quot;.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Tersimpan: %1 baru, %2 diperbarui, %3 OPD baru; %4 baris dilewati.</source>
        <translation>Saved: %1 new, %2 updated, %3 new OPDs; %4 rows skipped.</translation>
    </message>
    <message>
        <source> Surel OPD diisi/diubah: %1.</source>
        <translation> OPD e-mail addresses set or changed: %1.</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Laporan tersimpan: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Ubah indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Indikator baru</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>mis. IKU-01</source>
        <translation>e.g. IKU-01</translation>
    </message>
    <message>
        <source>%, orang, Rp, indeks, ton …</source>
        <translation>%, persons, Rp, index, tonnes …</translation>
    </message>
    <message>
        <source>— pilih polaritas —</source>
        <translation>— choose a polarity —</translation>
    </message>
    <message>
        <source>— tanpa OPD —</source>
        <translation>— no OPD —</translation>
    </message>
    <message>
        <source>singkatan OPD, dipisah koma</source>
        <translation>OPD short names, comma-separated</translation>
    </message>
    <message>
        <source>BPS, SIPD, data OPD …</source>
        <translation>BPS, SIPD, OPD data …</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>tahun</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama indikator</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Polaritas</source>
        <translation>Polarity</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>OPD penanggung jawab</source>
        <translation>Lead OPD</translation>
    </message>
    <message>
        <source>OPD pendukung</source>
        <translation>Contributing OPDs</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Rentang sah</source>
        <translation>Valid range</translation>
    </message>
    <message>
        <source>Periode RPJMD</source>
        <translation>RPJMD period</translation>
    </message>
    <message>
        <source>Kondisi awal</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target per tahun (rentang: 2,5 - 3,5)</source>
        <translation>Target per year (range: 2,5 - 3,5)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
</context>
<context>
    <name>InviteesModel</name>
    <message>
        <source>Hadir {0}</source>
        <translation>Present {0}</translation>
    </message>
    <message>
        <source>Belum hadir</source>
        <translation>Not arrived</translation>
    </message>
</context>
<context>
    <name>InviteesTab</name>
    <message>
        <source>Undang OPD…</source>
        <translation>Invite OPDs…</translation>
    </message>
    <message>
        <source>Semua camat</source>
        <translation>All sub-district heads</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Undang satu orang: ketik nama atau NIP</source>
        <translation>Invite one person: type a name or NIP</translation>
    </message>
    <message>
        <source>Undang</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Status tidak hadir…</source>
        <translation>Absence status…</translation>
    </message>
    <message>
        <source>(kosongkan status)</source>
        <translation>(clear status)</translation>
    </message>
    <message>
        <source>Terapkan ke terpilih</source>
        <translation>Apply to selected</translation>
    </message>
    <message>
        <source>Hapus undangan</source>
        <translation>Remove invitation</translation>
    </message>
    <message>
        <source>{0} diundang · {1} hadir · {2} belum hadir, {3} di antaranya berhalangan</source>
        <translation>{0} invited · {1} present · {2} not here, {3} of them excused</translation>
    </message>
    <message>
        <source>Belum ada kelompok; simpan dari &quot;Undang OPD…&quot;</source>
        <translation>No groups yet; save one from &quot;Invite OPDs…&quot;</translation>
    </message>
    <message>
        <source>Pilih orang dari daftar dulu.</source>
        <translation>Choose a person from the list first.</translation>
    </message>
    <message>
        <source>{0} undangan dihapus.</source>
        <translation>{0} invitations removed.</translation>
    </message>
    <message>
        <source>Pilih status dulu (izin, sakit, …).</source>
        <translation>Choose a status first (excused, sick, …).</translation>
    </message>
    <message>
        <source>Status diisi untuk {0} orang.</source>
        <translation>Status set for {0} people.</translation>
    </message>
</context>
<context>
    <name>KioskCamera</name>
    <message>
        <source>Izin kamera ditolak oleh sistem. Izinkan di pengaturan privasi, lalu tekan F5.</source>
        <translation>The system denied camera access. Allow it in the privacy settings, then press F5.</translation>
    </message>
    <message>
        <source>Tidak ada kamera di laptop ini. Pemindai dan ketik NIP/nama tetap bisa dipakai.</source>
        <translation>This laptop has no camera. The scanner and typing a NIP or name still work.</translation>
    </message>
    <message>
        <source>Kamera tidak dapat dipakai ({error}). Pemindai dan ketik NIP/nama tetap bisa.</source>
        <translation>The camera cannot be used ({error}). The scanner and typing a NIP or name still work.</translation>
    </message>
    <message>
        <source>Kamera terlepas. Pasang kembali; kamera menyala lagi sendiri.</source>
        <translation>The camera was unplugged. Plug it back in; it comes on again by itself.</translation>
    </message>
    <message>
        <source>Kamera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Menyalakan kamera...</source>
        <translation>Starting the camera...</translation>
    </message>
    <message>
        <source>F5: matikan kamera</source>
        <translation>F5: turn the camera off</translation>
    </message>
    <message>
        <source>Kamera: {name} · F5 mematikan</source>
        <translation>Camera: {name} · F5 turns it off</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Registrasi Rapat - Rakor Desktop</source>
        <translation>Meeting check-in - Rakor Desktop</translation>
    </message>
    <message>
        <source>REGISTRASI KEHADIRAN</source>
        <translation>ATTENDANCE CHECK-IN</translation>
    </message>
    <message>
        <source>HADIR</source>
        <translation>CHECKED IN</translation>
    </message>
    <message>
        <source>SUDAH HADIR</source>
        <translation>ALREADY CHECKED IN</translation>
    </message>
    <message>
        <source>HADIR SEBAGAI WAKIL</source>
        <translation>CHECKED IN AS DELEGATE</translation>
    </message>
    <message>
        <source>TAMU TIDAK DIUNDANG</source>
        <translation>WALK-IN GUEST</translation>
    </message>
    <message>
        <source>TIDAK DITEMUKAN</source>
        <translation>NOT FOUND</translation>
    </message>
    <message>
        <source>UNDANGAN UNTUK RAPAT LAIN</source>
        <translation>INVITATION FOR ANOTHER MEETING</translation>
    </message>
    <message>
        <source>KODE TIDAK SAH</source>
        <translation>INVALID CODE</translation>
    </message>
    <message>
        <source>RAPAT SUDAH DITUTUP</source>
        <translation>MEETING CLOSED</translation>
    </message>
    <message>
        <source>RAPAT SUDAH FINAL</source>
        <translation>MEETING FINALIZED</translation>
    </message>
    <message>
        <source>BUKAN HARI INI</source>
        <translation>NOT TODAY</translation>
    </message>
    <message>
        <source>SILAKAN PINDAI UNDANGAN</source>
        <translation>SCAN YOUR INVITATION</translation>
    </message>
    <message>
        <source>HADIR · TERLAMBAT</source>
        <translation>CHECKED IN · LATE</translation>
    </message>
    <message>
        <source>konfirmasi</source>
        <translation>confirm</translation>
    </message>
    <message>
        <source>tamu</source>
        <translation>guest</translation>
    </message>
    <message>
        <source>diwakili</source>
        <translation>delegate</translation>
    </message>
    <message>
        <source>pulang</source>
        <translation>leaving</translation>
    </message>
    <message>
        <source>kamera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>buka di hari lain</source>
        <translation>open on another day</translation>
    </message>
    <message>
        <source>batalkan</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>kembali</source>
        <translation>back</translation>
    </message>
    <message>
        <source>layar penuh</source>
        <translation>full screen</translation>
    </message>
    <message>
        <source>Pindai QR · ketik NIP · ketik nama</source>
        <translation>Scan QR · type NIP · type name</translation>
    </message>
    <message>
        <source>Kode, NIP, atau nama</source>
        <translation>Code, NIP or name</translation>
    </message>
    <message>
        <source>Nama (dengan gelar)</source>
        <translation>Name (with titles)</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi / OPD</source>
        <translation>Organization / OPD</translation>
    </message>
    <message>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Silakan tanda tangan dengan pena, jari, atau tetikus. Enter menyimpan, Esc melewati.</source>
        <translation>Please sign with a pen, finger or mouse. Enter saves, Esc skips.</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Lewati (Esc)</source>
        <translation>Skip (Esc)</translation>
    </message>
    <message>
        <source>Pilih rapat</source>
        <translation>Choose a meeting</translation>
    </message>
    <message>
        <source>Pilih dengan ↑/↓ lalu Enter.</source>
        <translation>Choose with ↑/↓, then Enter.</translation>
    </message>
    <message>
        <source>Tidak ada rapat terjadwal. Buat rapat di jendela utama, lalu buka lagi.</source>
        <translation>No meetings scheduled. Create one in the main window, then open this again.</translation>
    </message>
    <message>
        <source>Belum ada rapat dipilih</source>
        <translation>No meeting chosen yet</translation>
    </message>
    <message>
        <source>RAPAT TIDAK DITEMUKAN</source>
        <translation>MEETING NOT FOUND</translation>
    </message>
    <message>
        <source>{date} · pukul {time} {zone}</source>
        <translation>{date} · {time} {zone}</translation>
    </message>
    <message>
        <source>TERCATAT</source>
        <translation>RECORDED</translation>
    </message>
    <message>
        <source>STATUS DISIMPAN</source>
        <translation>STATUS SAVED</translation>
    </message>
    <message>
        <source>TIDAK DAPAT DISIMPAN</source>
        <translation>COULD NOT BE SAVED</translation>
    </message>
    <message>
        <source>Cari nama</source>
        <translation>Name search</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok. F2: catat sebagai tamu tidak diundang.</source>
        <translation>No match. F2: record as a walk-in guest.</translation>
    </message>
    <message>
        <source>Enter memilih bila hanya satu yang cocok; ↑/↓ untuk memilih.</source>
        <translation>Enter picks the only match; use ↑/↓ to choose.</translation>
    </message>
    <message>
        <source>sudah hadir {t}</source>
        <translation>checked in {t}</translation>
    </message>
    <message>
        <source>diundang</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>Nama ini tidak ada di direktori.</source>
        <translation>This name is not in the directory.</translation>
    </message>
    <message>
        <source>Tekan F2 untuk mencatatnya sebagai tamu tidak diundang.</source>
        <translation>Press F2 to record them as a walk-in guest.</translation>
    </message>
    <message>
        <source>{n} orang cocok: pilih dengan ↑/↓ lalu Enter, atau ketik lebih lengkap.</source>
        <translation>{n} people match: choose with ↑/↓ and Enter, or type more.</translation>
    </message>
    <message>
        <source>Pilih pejabat yang diwakili dengan ↑/↓ lalu Enter.</source>
        <translation>Choose the official being represented with ↑/↓, then Enter.</translation>
    </message>
    <message>
        <source>Diwakili · langkah 2 dari 2</source>
        <translation>Delegate · step 2 of 2</translation>
    </message>
    <message>
        <source>Perwakilan untuk {name}: pindai QR atau NIP perwakilan, atau ketik namanya. Nama baru: ketik lengkap lalu Enter.</source>
        <translation>Delegate for {name}: scan the delegate&apos;s QR or NIP, or type their name. A new name: type it in full, then Enter.</translation>
    </message>
    <message>
        <source>DITOLAK</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>PERIKSA ISIAN</source>
        <translation>CHECK THE ENTRY</translation>
    </message>
    <message>
        <source>GAGAL MENYIMPAN</source>
        <translation>SAVING FAILED</translation>
    </message>
    <message>
        <source>Belum tercatat. Tekan Enter lagi untuk mencoba ulang.</source>
        <translation>Not recorded yet. Press Enter again to retry.</translation>
    </message>
    <message>
        <source>MENYIMPAN...</source>
        <translation>SAVING...</translation>
    </message>
    <message>
        <source>Menunggu basis data. Pindaian berikutnya diantrekan.</source>
        <translation>Waiting for the database. Further scans are queued.</translation>
    </message>
    <message>
        <source>sudah hadir pukul {t} {z}</source>
        <translation>already checked in at {t} {z}</translation>
    </message>
    <message>
        <source>pukul {t} {z}</source>
        <translation>at {t} {z}</translation>
    </message>
    <message>
        <source>terlambat {m} menit</source>
        <translation>{m} min late</translation>
    </message>
    <message>
        <source>mewakili {name}</source>
        <translation>representing {name}</translation>
    </message>
    <message>
        <source>Tidak ada di daftar undangan; dicatat sebagai tamu.</source>
        <translation>Not on the invitation list; recorded as a guest.</translation>
    </message>
    <message>
        <source>sebagai wakil {name}</source>
        <translation>as delegate for {name}</translation>
    </message>
    <message>
        <source>Sebelumnya diwakili oleh {name}; perwakilannya kini tercatat sebagai pendamping.</source>
        <translation>Previously represented by {name}; the delegate is now recorded as a companion.</translation>
    </message>
    <message>
        <source>F4: catat pulang</source>
        <translation>F4: record departure</translation>
    </message>
    <message>
        <source>Rapat ini dijadwalkan {day}. Check-in belum dicatat.</source>
        <translation>This meeting is scheduled for {day}. Check-ins are not recorded yet.</translation>
    </message>
    <message>
        <source>F8: buka registrasi hari ini (petugas, tercatat di jejak audit)</source>
        <translation>F8: open registration today (desk officer, recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Dekatkan QR undangan ke pemindai, atau ketik NIP / nama lalu Enter.</source>
        <translation>Hold the invitation QR code to the scanner, or type a NIP / name and press Enter.</translation>
    </message>
    <message>
        <source>Tamu tanpa undangan: F2 · Hadir mewakili pejabat: F3</source>
        <translation>Guest without invitation: F2 · Representing an official: F3</translation>
    </message>
    <message>
        <source>✓ {headline} · pukul {t} {z}</source>
        <translation>✓ {headline} · {t} {z}</translation>
    </message>
    <message>
        <source>Tanda tangan: {name}</source>
        <translation>Signature: {name}</translation>
    </message>
    <message>
        <source>Belum ada tanda tangan. Silakan tanda tangan, atau Esc untuk melewati.</source>
        <translation>No signature yet. Please sign, or press Esc to skip.</translation>
    </message>
    <message>
        <source>TANDA TANGAN TERSIMPAN</source>
        <translation>SIGNATURE SAVED</translation>
    </message>
    <message>
        <source>TANPA TANDA TANGAN</source>
        <translation>NO SIGNATURE</translation>
    </message>
    <message>
        <source>Kehadiran tetap tercatat.</source>
        <translation>Attendance is still recorded.</translation>
    </message>
    <message>
        <source>REGISTRASI DIBUKA</source>
        <translation>REGISTRATION OPEN</translation>
    </message>
    <message>
        <source>Rapat {day}: registrasi hari ini dicatat atas konfirmasi petugas (tercatat di jejak audit).</source>
        <translation>Meeting of {day}: today&apos;s check-ins are recorded on the officer&apos;s confirmation (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>Diwakili · langkah 1 dari 2</source>
        <translation>Delegate · step 1 of 2</translation>
    </message>
    <message>
        <source>Siapa yang diwakili? Ketik nama pejabat yang diundang, ↑/↓ lalu Enter. Esc membatalkan.</source>
        <translation>Who is being represented? Type the invited official&apos;s name, ↑/↓, then Enter. Esc cancels.</translation>
    </message>
    <message>
        <source>Mode diwakili</source>
        <translation>Delegate mode</translation>
    </message>
    <message>
        <source>Perwakilan baru</source>
        <translation>New delegate</translation>
    </message>
    <message>
        <source>Hadir mewakili {name}. Instansi kosong = instansi pejabat itu.</source>
        <translation>Present on behalf of {name}. An empty organization means that official&apos;s organization.</translation>
    </message>
    <message>
        <source>Tamu tidak diundang</source>
        <translation>Walk-in guest</translation>
    </message>
    <message>
        <source>Isi nama, jabatan, dan instansi; Enter menyimpan, Esc membatalkan.</source>
        <translation>Enter name, position and organization; Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>PULANG DIBATALKAN</source>
        <translation>DEPARTURE UNDONE</translation>
    </message>
    <message>
        <source>masih di ruangan (catatan pulang {t} {z} dihapus)</source>
        <translation>still in the room (departure at {t} {z} removed)</translation>
    </message>
    <message>
        <source>TIDAK ADA YANG DIBATALKAN</source>
        <translation>NOTHING TO UNDO</translation>
    </message>
    <message>
        <source>KEHADIRAN DIBATALKAN</source>
        <translation>CHECK-IN UNDONE</translation>
    </message>
    <message>
        <source>pukul {t} {z} dihapus</source>
        <translation>{t} {z} removed</translation>
    </message>
    <message>
        <source>Tercatat di jejak audit.</source>
        <translation>Recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Ctrl+Z membatalkan kehadiran yang sedang tampil. Pindai dulu orangnya.</source>
        <translation>Ctrl+Z undoes the check-in on screen. Scan the person first.</translation>
    </message>
    <message>
        <source>CATAT PULANG</source>
        <translation>RECORD DEPARTURE</translation>
    </message>
    <message>
        <source>Pindai dulu peserta yang pulang, lalu tekan F4.</source>
        <translation>Scan the departing participant first, then press F4.</translation>
    </message>
    <message>
        <source>pulang pukul {t} {z}</source>
        <translation>left at {t} {z}</translation>
    </message>
    <message>
        <source>sebelum rapat selesai</source>
        <translation>before the meeting ended</translation>
    </message>
    <message>
        <source>SUDAH TERCATAT PULANG</source>
        <translation>DEPARTURE ALREADY RECORDED</translation>
    </message>
    <message>
        <source>TERCATAT PULANG</source>
        <translation>DEPARTURE RECORDED</translation>
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
    <name>Labels</name>
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
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Tugas Luar</source>
        <translation>On official duty</translation>
    </message>
    <message>
        <source>Tanpa Keterangan</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Dalam Proses</source>
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
        <source>Nama</source>
        <extracomment>``services.tabular.FIELD_LABELS``: the people import&apos;s target fields.</extracomment>
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
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>Unit Kerja/OPD</source>
        <translation>Work unit/OPD</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Surel OPD</source>
        <translation>OPD e-mail</translation>
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
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Klik untuk melihat catatan; klik dua kali untuk membahasnya sekarang.</source>
        <translation>Click to see the notes; double-click to discuss it now.</translation>
    </message>
    <message>
        <source>BELUM DIMULAI</source>
        <translation>NOT STARTED</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Keputusan dan arahan butir ini</source>
        <translation>Decisions and directives on this item</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kesimpulan</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Arahan</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>Catatan: {0}</source>
        <translation>Notes: {0}</translation>
    </message>
    <message>
        <source>SEDANG DIBAHAS</source>
        <translation>UNDER DISCUSSION</translation>
    </message>
    <message>
        <source>DIJEDA</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>Agenda masih kosong</source>
        <translation>The agenda is empty</translation>
    </message>
    <message>
        <source>Penyaji: {0}</source>
        <translation>Presenter: {0}</translation>
    </message>
    <message>
        <source>OPD belum dipilih</source>
        <translation>No OPD chosen</translation>
    </message>
    <message>
        <source>tanpa batas</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>rencana {0} menit</source>
        <translation>{0} min planned</translation>
    </message>
    <message>
        <source>dari {0} rencana · lewat {1}</source>
        <translation>of {0} planned · over by {1}</translation>
    </message>
    <message>
        <source>dari {0} rencana · mulai {1}</source>
        <translation>of {0} planned · started {1}</translation>
    </message>
    <message>
        <source>Mulai rapat</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>Tambahkan butir agenda dulu.</source>
        <translation>Add an agenda item first.</translation>
    </message>
    <message>
        <source>{0} dicatat.</source>
        <translation>{0} recorded.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Server surel (SMTP)</source>
        <translation>Mail server (SMTP)</translation>
    </message>
    <message>
        <source>kosongkan bila tidak diubah</source>
        <translation>leave empty to keep it</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Alamat pengirim</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Tidak ada keyring di sistem ini: kata sandi tidak dapat disimpan.</source>
        <translation>This system has no keyring: the password cannot be stored.</translation>
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
        <source>&amp;Impor peserta dari Excel/CSV…</source>
        <translation>&amp;Import people from Excel/CSV…</translation>
    </message>
    <message>
        <source>&amp;Cadangan…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Kotak keluar surel…</source>
        <translation>E-mail &amp;outbox…</translation>
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
        <source>Buka &amp;folder log</source>
        <translation>Open &amp;log folder</translation>
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
    <message>
        <source>Cadangan otomatis tersimpan: %1</source>
        <translation>Automatic backup saved: %1</translation>
    </message>
    <message>
        <source>Cadangan otomatis gagal: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Memulihkan cadangan %1…</source>
        <translation>Restoring backup %1…</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari %1.</source>
        <translation>Database restored from %1.</translation>
    </message>
    <message>
        <source>Isi sebelumnya disimpan sebagai cadangan %1.</source>
        <translation>The previous contents were saved as backup %1.</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Folder log</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Folder log %1 tidak dapat dibuat: %2</source>
        <translation>The log folder %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>Folder log: %1</source>
        <translation>Log folder: %1</translation>
    </message>
    <message>
        <source>Rapat sedang berlangsung</source>
        <translation>A meeting is in progress</translation>
    </message>
    <message>
        <source>Rapat &quot;%1&quot; masih berlangsung. Keluar dari Rakor Desktop? Catatan sudah tersimpan; rapat tetap berstatus Berlangsung sampai ditutup.</source>
        <translation>The meeting &quot;%1&quot; is still in progress. Quit Rakor Desktop? The notes are saved; the meeting stays In progress until it is closed.</translation>
    </message>
</context>
<context>
    <name>MatrixPreview</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pratinjau impor matriks RPJMD</source>
        <translation>RPJMD matrix import preview</translation>
    </message>
    <message>
        <source>Baris yang ditolak tidak disimpan; perbaiki di berkasnya lalu impor lagi.</source>
        <translation>Refused rows are not saved; fix them in the file and import again.</translation>
    </message>
    <message>
        <source>Simpan %1 baris</source>
        <translation>Save %1 rows</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>tanpa jam selesai</source>
        <translation>no end time</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Seri</source>
        <translation>Series</translation>
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
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>MeetingShortcuts</name>
    <message>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Daftar rapat</source>
        <translation>Meeting list</translation>
    </message>
    <message>
        <source>Duplikat rapat terpilih</source>
        <translation>Duplicate the selected meeting</translation>
    </message>
    <message>
        <source>Rapat berikutnya dari seri</source>
        <translation>Next meeting in the series</translation>
    </message>
    <message>
        <source>Buka rapat terpilih</source>
        <translation>Open the selected meeting</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Daftar rapat, undangan</source>
        <translation>Meeting list, invitations</translation>
    </message>
    <message>
        <source>Kembali ke daftar rapat</source>
        <translation>Back to the meeting list</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Tab berikutnya (Rincian … Penutupan)</source>
        <translation>Next tab (Details … Closing)</translation>
    </message>
    <message>
        <source>Tab sebelumnya</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <source>Simpan sekarang (otomatis tiap jeda ketik)</source>
        <translation>Save now (automatic at each typing pause)</translation>
    </message>
    <message>
        <source>Mulai / lanjutkan timer butir agenda</source>
        <translation>Start / resume the agenda item timer</translation>
    </message>
    <message>
        <source>Jalannya rapat</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Jeda timer</source>
        <translation>Pause the timer</translation>
    </message>
    <message>
        <source>Buka / tutup tampilan proyektor</source>
        <translation>Open / close the projector view</translation>
    </message>
    <message>
        <source>Adegan proyektor berikutnya (agenda, keputusan, kehadiran, monev, tindak lanjut, kosong)</source>
        <translation>Next projector scene (agenda, decisions, attendance, monev, follow-ups, blank)</translation>
    </message>
    <message>
        <source>Adegan proyektor sebelumnya</source>
        <translation>Previous projector scene</translation>
    </message>
    <message>
        <source>Butir agenda berikutnya</source>
        <translation>Next agenda item</translation>
    </message>
    <message>
        <source>Butir agenda sebelumnya</source>
        <translation>Previous agenda item</translation>
    </message>
    <message>
        <source>Catatan baru (poin di akhir catatan)</source>
        <translation>New note (bullet at the end of the notes)</translation>
    </message>
    <message>
        <source>Catat keputusan</source>
        <translation>Record a decision</translation>
    </message>
    <message>
        <source>Catat kesimpulan</source>
        <translation>Record a conclusion</translation>
    </message>
    <message>
        <source>Catat arahan pimpinan (jadi tindak lanjut)</source>
        <translation>Record a chair&apos;s directive (becomes a follow-up)</translation>
    </message>
    <message>
        <source>Tebal (**teks**)</source>
        <translation>Bold (**text**)</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Pindahkan butir agenda ke atas</source>
        <translation>Move the agenda item up</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Pindahkan butir agenda ke bawah</source>
        <translation>Move the agenda item down</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Daftar rapat</source>
        <translation>Meeting list</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Undangan</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Jalannya Rapat</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Keputusan &amp;&amp; Arahan</source>
        <translation>Decisions &amp;&amp; Directives</translation>
    </message>
    <message>
        <source>Laporan OPD</source>
        <translation>OPD Reports</translation>
    </message>
    <message>
        <source>Penutupan</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Terjadi kesalahan: {0}. Rincian tersimpan di berkas log.</source>
        <translation>An error occurred: {0}. The details are in the log file.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Butir agenda</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Penyaji</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Menit</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>OPD penanggung jawab</source>
        <translation>Responsible OPD</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kesimpulan</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Arahan</source>
        <translation>Directive</translation>
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
        <source>Instansi</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
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
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Seri</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Realisasi anggaran %</source>
        <translation>Budget realisation %</translation>
    </message>
    <message>
        <source>Tren</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Tren dibanding rapat sebelumnya dalam seri</source>
        <translation>Trend against the previous meeting of the series</translation>
    </message>
    <message>
        <source>Realisasi fisik %</source>
        <translation>Physical realisation %</translation>
    </message>
    <message>
        <source>Indikator kinerja</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <source>Anggaran %</source>
        <translation>Budget %</translation>
    </message>
    <message>
        <source>Fisik %</source>
        <translation>Physical %</translation>
    </message>
    <message>
        <source>Kendala</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Inovasi</source>
        <translation>Innovations</translation>
    </message>
</context>
<context>
    <name>MeetingsListView</name>
    <message>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Rapat berikutnya dari seri</source>
        <translation>Next meeting in the series</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Cari judul, tempat atau seri…</source>
        <translation>Search title, place or series…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Belum ada rapat. Tekan &quot;Rapat baru&quot; (Ctrl+N) untuk membuat.</source>
        <translation>No meetings yet. Press &quot;New meeting&quot; (Ctrl+N) to create one.</translation>
    </message>
    <message>
        <source>Semua seri</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>{0} rapat</source>
        <translation>{0} meetings</translation>
    </message>
    <message>
        <source>Pilih rapat yang akan diduplikat.</source>
        <translation>Select the meeting to duplicate.</translation>
    </message>
    <message>
        <source>Pilih rapat yang termasuk seri (atau pilih seri di filter) lalu ulangi.</source>
        <translation>Select a meeting that belongs to a series (or pick a series in the filter), then try again.</translation>
    </message>
</context>
<context>
    <name>MonevChart</name>
    <message>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Batas bawah target</source>
        <translation>Target lower bound</translation>
    </message>
    <message>
        <source>Batas atas target</source>
        <translation>Target upper bound</translation>
    </message>
</context>
<context>
    <name>MonevColumns</name>
    <message>
        <source>Belum ada realisasi tahun ini.</source>
        <translation>No realisation this year yet.</translation>
    </message>
    <message>
        <source>%1 untuk periode %2</source>
        <translation>%1 for period %2</translation>
    </message>
    <message>
        <source>sesuai jalur</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>berisiko</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>Belum ada realisasi untuk diproyeksikan.</source>
        <translation>No realisation to project yet.</translation>
    </message>
    <message>
        <source>Proyeksi Desember: %1%2</source>
        <translation>December projection: %1%2</translation>
    </message>
    <message>
        <source>Tidak ada catatan validitas.</source>
        <translation>No validity notes.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tren</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Proyeksi</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Validitas data</source>
        <translation>Data validity</translation>
    </message>
</context>
<context>
    <name>MonevPage</name>
    <message>
        <source>Monev Capaian Kinerja</source>
        <translation>Performance Monitoring</translation>
    </message>
    <message>
        <source>Indikator RPJMD: target, realisasi, capaian dan validitas data</source>
        <translation>RPJMD indicators: target, realisation, achievement and data validity</translation>
    </message>
    <message>
        <source>Jadikan arahan…</source>
        <translation>Make a directive…</translation>
    </message>
    <message>
        <source>Arahan pimpinan untuk indikator terpilih, pada rapat terpilih (Ctrl+D)</source>
        <translation>A chair&apos;s directive for the selected indicator, in the selected meeting (Ctrl+D)</translation>
    </message>
    <message>
        <source>Posisi per tanggal rapat (dan klasternya); arahan masuk ke rapat ini</source>
        <translation>As of the meeting&apos;s date (and its cluster); directives go to this meeting</translation>
    </message>
    <message>
        <source>Impor RPJMD…</source>
        <translation>Import RPJMD…</translation>
    </message>
    <message>
        <source>Impor matriks indikator RPJMD, .xlsx atau .csv (Ctrl+I)</source>
        <translation>Import the RPJMD indicator matrix, .xlsx or .csv (Ctrl+I)</translation>
    </message>
    <message>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <source>Cetak Matriks Monev Capaian Kinerja (Ctrl+P)</source>
        <translation>Print the performance monitoring matrix (Ctrl+P)</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Ekspor matriks ke Excel (Ctrl+E)</source>
        <translation>Export the matrix to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Indikator baru…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <source>Ubah indikator…</source>
        <translation>Edit indicator…</translation>
    </message>
    <message>
        <source>Ubah indikator terpilih (Enter pada tabel)</source>
        <translation>Edit the selected indicator (Enter in the table)</translation>
    </message>
    <message>
        <source>Tanpa rapat</source>
        <translation>No meeting</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Semua klaster</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Hanya perlu verifikasi</source>
        <translation>Needs verification only</translation>
    </message>
    <message>
        <source>Belum ada indikator di katalog. Impor matriks indikator RPJMD (Kode, Indikator, Satuan, Polaritas, Kondisi Awal, Target per tahun).</source>
        <translation>No indicators in the catalogue yet. Import the RPJMD indicator matrix (Code, Indicator, Unit, Polarity, Baseline, Target per year).</translation>
    </message>
    <message>
        <source>Riwayat terhadap target</source>
        <translation>History against target</translation>
    </message>
    <message>
        <source>Riwayat indikator terhadap target</source>
        <translation>Indicator history against target</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>%1 perlu verifikasi</source>
        <translation>%1 need verification</translation>
    </message>
    <message>
        <source>Tahun %1, posisi s.d. bulan %2 · %3 indikator</source>
        <translation>Year %1, as of month %2 · %3 indicators</translation>
    </message>
    <message>
        <source>Pilih indikator pada tabel untuk melihat riwayatnya.</source>
        <translation>Select an indicator in the table to see its history.</translation>
    </message>
    <message>
        <source>Riwayat %1 terhadap target</source>
        <translation>History of %1 against target</translation>
    </message>
    <message>
        <source>Penanggung jawab: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>OPD pendukung: %1</source>
        <translation>Contributing OPDs: %1</translation>
    </message>
    <message>
        <source>Kondisi awal: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <source>Laporan OPD %1: %2</source>
        <translation>OPD reports %1: %2</translation>
    </message>
    <message>
        <source>Indikator %1 disimpan.</source>
        <translation>Indicator %1 saved.</translation>
    </message>
    <message>
        <source>Pilih rapat dan indikator dulu.</source>
        <translation>Choose a meeting and an indicator first.</translation>
    </message>
    <message>
        <source>Arahan untuk %1</source>
        <translation>Directive for %1</translation>
    </message>
    <message>
        <source>Arahan pimpinan (untuk %1):</source>
        <translation>Chair&apos;s directive (for %1):</translation>
    </message>
    <message>
        <source>Arahan untuk %1 dicatat di rapat terpilih.</source>
        <translation>Directive for %1 recorded in the selected meeting.</translation>
    </message>
    <message>
        <source>Impor matriks indikator RPJMD</source>
        <translation>Import RPJMD indicator matrix</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Memeriksa %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Tidak ada baris yang sah.</source>
        <translation>No valid rows.</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada yang disimpan.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>Simpan matriks monev</source>
        <translation>Save monev matrix</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Matriks disimpan ke %1</source>
        <translation>Matrix saved to %1</translation>
    </message>
    <message>
        <source>Ekspor matriks monev</source>
        <translation>Export monev matrix</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Matriks diekspor ke %1</source>
        <translation>Matrix exported to %1</translation>
    </message>
    <message>
        <source>Sedang membuat…</source>
        <translation>Creating…</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>mis. Rakor Penyelenggaraan Pemerintahan Daerah</source>
        <translation>e.g. Rakor Penyelenggaraan Pemerintahan Daerah</translation>
    </message>
    <message>
        <source>Buat rapat</source>
        <translation>Create meeting</translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <source>Ketik catatan. Awali baris dengan &quot;- &quot; untuk poin, **teks** untuk tebal.</source>
        <translation>Type notes. Start a line with &quot;- &quot; for a bullet, **text** for bold.</translation>
    </message>
</context>
<context>
    <name>OpdReportsModel</name>
    <message>
        <source>Nama: nilai; dipisah titik koma, mis. Stunting: 12,3%; Kemiskinan: 9,1%</source>
        <translation>Name: value; separated by semicolons, e.g. Stunting: 12,3%; Kemiskinan: 9,1%</translation>
    </message>
</context>
<context>
    <name>OrgPickerDialog</name>
    <message>
        <source>Undang OPD (kepalanya)</source>
        <translation>Invite OPDs (their heads)</translation>
    </message>
    <message>
        <source>Saring nama OPD…</source>
        <translation>Filter OPD names…</translation>
    </message>
    <message>
        <source>Simpan juga sebagai kelompok (opsional), mis. OPD di bawah Asisten II</source>
        <translation>Also save as a group (optional), e.g. OPDs under Assistant II</translation>
    </message>
    <message>
        <source>Undang</source>
        <translation>Invite</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Ubah OPD</source>
        <translation>Edit OPD</translation>
    </message>
    <message>
        <source>mis. dinkes@pemalangkab.go.id</source>
        <translation>e.g. dinkes@pemalangkab.go.id</translation>
    </message>
    <message>
        <source>Alamat kantor tujuan paket notulen, tindak lanjut dan pengingat lewat surel.</source>
        <translation>The office address that receives minutes packets, follow-ups and reminders by e-mail.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Surel kantor</source>
        <translation>Office e-mail</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Antre</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sedang dikirim</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Kotak keluar surel</source>
        <translation>E-mail outbox</translation>
    </message>
    <message>
        <source>Server surel…</source>
        <translation>Mail server…</translation>
    </message>
    <message>
        <source>Kirim ulang yang dipilih</source>
        <translation>Resend selected</translation>
    </message>
    <message>
        <source>Kirim sekarang</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 antre · %2 terkirim · %3 gagal</source>
        <translation>%1 queued · %2 sent · %3 failed</translation>
    </message>
    <message>
        <source>%1 terkirim, %2 gagal.</source>
        <translation>%1 sent, %2 failed.</translation>
    </message>
</context>
<context>
    <name>OutboxPump</name>
    <message>
        <source>Pengingat tindak lanjut dibuat untuk %1 OPD.</source>
        <translation>Follow-up reminders made for %1 OPDs.</translation>
    </message>
    <message>
        <source>Kotak keluar: %1 terkirim, %2 gagal.</source>
        <translation>Outbox: %1 sent, %2 failed.</translation>
    </message>
</context>
<context>
    <name>Packets</name>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Surel kantor</source>
        <translation>Office e-mail</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Packet</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>belum ada (Peserta &amp; OPD, F2)</source>
        <translation>none yet (People &amp; OPDs, F2)</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>(mati)</source>
        <translation>(off)</translation>
    </message>
    <message>
        <source>Paket untuk OPD: %1</source>
        <translation>Packets for the OPDs: %1</translation>
    </message>
    <message>
        <source>Satu folder per OPD: notulen, matriks tindak lanjut OPD itu dan formulir progresnya. Salin ke flashdisk atau folder bersama, kirim lewat surel, atau bagikan lewat pesan.</source>
        <translation>One folder per OPD: the minutes, that OPD&apos;s follow-up matrix and its progress form. Copy them to a USB stick or a shared folder, send them by e-mail, or share them through chat.</translation>
    </message>
    <message>
        <source>Undangan untuk OPD: %1</source>
        <translation>Invitations for the OPDs: %1</translation>
    </message>
    <message>
        <source>Satu folder per OPD yang diundang: surat undangan, kartu QR presensi OPD itu saja, dan berkas kalender (.ics). Kirim lewat surel atau bagikan lewat pesan.</source>
        <translation>One folder per invited OPD: the invitation letter, that OPD&apos;s own QR check-in cards, and a calendar file (.ics). Send them by e-mail or share them through chat.</translation>
    </message>
    <message>
        <source>Pengingat tindak lanjut</source>
        <translation>Follow-up reminders</translation>
    </message>
    <message>
        <source>Satu folder per OPD yang punya tindak lanjut terlambat atau segera jatuh tempo: surat pengingat (PDF) dan formulir progresnya. Dibuat otomatis pada hari yang dipilih di bawah, atau sekarang dengan Buat pengingat.</source>
        <translation>One folder per OPD with follow-ups overdue or due soon: a reminder letter (PDF) and its progress form. Made automatically on the day chosen below, or now with Make reminders.</translation>
    </message>
</context>
<context>
    <name>PacketsDialog</name>
    <message>
        <source>Folder tujuan paket rapat ini</source>
        <translation>Destination folder for this meeting&apos;s packets</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Antrekan surel untuk OPD yang punya alamat</source>
        <translation>Queue e-mail for the OPDs that have an address</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bagikan</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Buka folder OPD terpilih dan salin pesan singkatnya (%1)</source>
        <translation>Open the selected OPD&apos;s folder and copy its short message (%1)</translation>
    </message>
    <message>
        <source>Kotak keluar…</source>
        <translation>Outbox…</translation>
    </message>
    <message>
        <source>Buat paket</source>
        <translation>Build packets</translation>
    </message>
    <message>
        <source>Buat pengingat</source>
        <translation>Make reminders</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang terlambat atau segera jatuh tempo.</source>
        <translation>No follow-up is overdue or due soon.</translation>
    </message>
    <message>
        <source>Rapat ini belum punya OPD yang diundang atau diberi tindak lanjut.</source>
        <translation>This meeting has no OPD invited or given a follow-up yet.</translation>
    </message>
    <message>
        <source>Folder paket</source>
        <translation>Packet folder</translation>
    </message>
    <message>
        <source>Kirim otomatis setiap</source>
        <translation>Send automatically every</translation>
    </message>
    <message>
        <source>untuk tindak lanjut yang terlambat atau jatuh tempo dalam</source>
        <translation>for follow-ups overdue or due within</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Simpan jadwal</source>
        <translation>Save schedule</translation>
    </message>
    <message>
        <source>Jadwal disimpan: setiap %1.</source>
        <translation>Schedule saved: every %1.</translation>
    </message>
    <message>
        <source>Pengingat otomatis dimatikan.</source>
        <translation>Automatic reminders are off.</translation>
    </message>
    <message>
        <source>Membuat paket…</source>
        <translation>Building packets…</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 folder OPD di %2.</source>
        <translation>%1 OPD folders in %2.</translation>
    </message>
    <message>
        <source>%1 surel diantrekan</source>
        <translation>%1 e-mails queued</translation>
    </message>
    <message>
        <source>; %1 OPD sudah dikirimi sebelumnya</source>
        <translation>; %1 OPDs were already sent theirs</translation>
    </message>
    <message>
        <source>; %1 OPD belum punya alamat surel</source>
        <translation>; %1 OPDs have no e-mail address yet</translation>
    </message>
    <message>
        <source>Paket %1 belum dibuat di folder ini; tekan Buat paket dulu.</source>
        <translation>The packet for %1 is not in this folder yet; press Build packets first.</translation>
    </message>
    <message>
        <source>Folder %1 dibuka; pesannya sudah disalin, tinggal tempel di aplikasi pesan.</source>
        <translation>Opened the folder of %1; its message is copied, paste it into the chat app.</translation>
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
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Capaian indikator RPJMD dan validitas data</source>
        <translation>RPJMD indicator achievement and data validity</translation>
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
    <name>PdfPreview</name>
    <message>
        <source>Cetak…</source>
        <extracomment>Thumbnails rendered per event-loop turn: keeps the window responsive on long lists. Ceiling for print rasterisation: sharper than any office laser, and a page of A4 stays about 35 MB in memory (one page at a time).</extracomment>
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
        <translation>Fit to the window&apos;s width (Ctrl+0)</translation>
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
        <translation>Agencies (OPD)</translation>
    </message>
    <message>
        <source>Ubah OPD…  (F2)</source>
        <translation>Edit OPD…  (F2)</translation>
    </message>
    <message>
        <source>Nama, singkatan dan surel kantor OPD terpilih</source>
        <translation>Name, short name and office e-mail of the selected OPD</translation>
    </message>
    <message>
        <source>Cari nama, NIP, jabatan atau OPD…  (Ctrl+F)</source>
        <translation>Search name, NIP, position or OPD…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <source>Surel: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Belum ada surel kantor (F2 untuk mengisi)</source>
        <translation>No office e-mail yet (F2 to fill it in)</translation>
    </message>
    <message>
        <source>Tanpa OPD</source>
        <translation>No OPD</translation>
    </message>
    <message>
        <source>%1 orang</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>Pilih satu OPD di daftar lebih dulu</source>
        <translation>Choose one OPD in the list first</translation>
    </message>
</context>
<context>
    <name>PresenceWatch</name>
    <message>
        <source>Rapat ini sedang dibuka di jendela sekretaris lain (%1, sejak %2). Perubahan bisa saling menimpa.</source>
        <translation>This meeting is open in another secretary window (%1, since %2). Changes may overwrite each other.</translation>
    </message>
</context>
<context>
    <name>PresenterDelegate</name>
    <message>
        <source>OPD atau nama penyaji</source>
        <translation>OPD or presenter&apos;s name</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Agenda rapat</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda belum disusun.</source>
        <translation>No agenda yet.</translation>
    </message>
    <message>
        <source>Seluruh rapat</source>
        <translation>Whole meeting</translation>
    </message>
    <message>
        <source>Keputusan dan arahan: %1</source>
        <translation>Decisions and directives: %1</translation>
    </message>
    <message>
        <source>… %1 sebelumnya ada di notulen</source>
        <translation>… %1 earlier ones are in the minutes</translation>
    </message>
    <message>
        <source>Arahan</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>s.d. %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Belum ada keputusan atau arahan.</source>
        <translation>No decisions or directives yet.</translation>
    </message>
    <message>
        <source>Kehadiran: %1 dari %2 undangan</source>
        <translation>Attendance: %1 of %2 invited</translation>
    </message>
    <message>
        <source>Semua OPD yang diundang sudah hadir.</source>
        <translation>Every invited OPD is present.</translation>
    </message>
    <message>
        <source>Belum lengkap:</source>
        <translation>Not complete yet:</translation>
    </message>
    <message>
        <source>Tindak lanjut dari rapat sebelumnya</source>
        <translation>Follow-ups from earlier meetings</translation>
    </message>
    <message>
        <source>dibawa %1×</source>
        <translation>carried %1×</translation>
    </message>
    <message>
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang dibawa.</source>
        <translation>No follow-ups carried over.</translation>
    </message>
    <message>
        <source>Capaian indikator: %1</source>
        <translation>Indicator achievement: %1</translation>
    </message>
    <message>
        <source>Capaian indikator</source>
        <translation>Indicator achievement</translation>
    </message>
    <message>
        <source>Belum ada indikator untuk ditampilkan.</source>
        <translation>No indicators to show yet.</translation>
    </message>
    <message>
        <source>Rakor Desktop — Proyektor</source>
        <translation>Rakor Desktop — Projector</translation>
    </message>
</context>
<context>
    <name>ProposalsCard</name>
    <message>
        <source>judul</source>
        <translation>title</translation>
    </message>
    <message>
        <source>tempat</source>
        <translation>place</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>isi catatan</source>
        <translation>note text</translation>
    </message>
    <message>
        <source>isi</source>
        <translation>text</translation>
    </message>
    <message>
        <source>jam hadir</source>
        <translation>check-in time</translation>
    </message>
    <message>
        <source>mulai</source>
        <translation>start</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>end</translation>
    </message>
    <message>
        <source>Usulan perubahan dari bundel atau server</source>
        <translation>Changes proposed by a bundle or the server</translation>
    </message>
    <message>
        <source>Rapat ini sudah final; perubahan dari stasiun lain tidak diterapkan otomatis. Tolak dengan alasan, atau buka amandemen lalu terapkan: finalisasi berikutnya menjadi revisi baru.</source>
        <translation>This meeting is finalized; changes from other stations are not applied automatically. Reject them with a reason, or open an amendment and apply them: the next finalization becomes a new revision.</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>#%1 %2 baru</source>
        <translation>#%1 new %2</translation>
    </message>
    <message>
        <source>#%1 %2 diubah</source>
        <translation>#%1 %2 changed</translation>
    </message>
    <message>
        <source>Buka amandemen dulu (di atas): perubahan masuk ke revisi baru.</source>
        <translation>Open an amendment first (above): changes go into a new revision.</translation>
    </message>
    <message>
        <source>Tolak usulan</source>
        <translation>Reject proposal</translation>
    </message>
    <message>
        <source>Alasan menolak (tercatat di jejak audit):</source>
        <translation>Reason for rejecting (recorded in the audit trail):</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>diterapkan</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>Usulan #%1 %2.</source>
        <translation>Proposal #%1 %2.</translation>
    </message>
</context>
<context>
    <name>RealisationDialog</name>
    <message>
        <source>Realisasi indikator: %1</source>
        <translation>Indicator realisations: %1</translation>
    </message>
    <message>
        <source>Angka cara Indonesia (12,5 atau 1.250). Periode: 2026-05 (bulan), 2026-Q2 (triwulan), 2026 (tahun). Tersimpan semua atau tidak sama sekali.</source>
        <translation>Numbers the Indonesian way (12,5 or 1.250). Period: 2026-05 (month), 2026-Q2 (quarter), 2026 (year). Saved all together or not at all.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>OPD ini belum menjadi penanggung jawab atau pendukung indikator apa pun di katalog.</source>
        <translation>This OPD does not lead or contribute to any indicator in the catalogue yet.</translation>
    </message>
    <message>
        <source>Tanpa katalog (dari laporan teks): %1</source>
        <translation>Not in the catalogue (from the text report): %1</translation>
    </message>
    <message>
        <source>%1 realisasi tersimpan.</source>
        <translation>%1 realisations saved.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Satu baris per OPD yang diundang. Ketik langsung; tersimpan otomatis. Persen 0–100 (koma boleh: 45,5). Tren dibanding rapat sebelumnya dalam seri.</source>
        <translation>One row per invited OPD. Type directly; saved automatically. Percentages 0–100 (a decimal comma is fine: 45,5). Trend compares with the previous meeting in the series.</translation>
    </message>
    <message>
        <source>&amp;Realisasi indikator…</source>
        <translation>&amp;Realisations…</translation>
    </message>
    <message>
        <source>Angka realisasi per indikator katalog untuk OPD pada baris terpilih (Alt+R)</source>
        <translation>Realisation figures per catalogued indicator for the OPD on the selected row (Alt+R)</translation>
    </message>
    <message>
        <source>Belum ada OPD yang diundang; undang OPD di tab Undangan.</source>
        <translation>No OPDs invited yet; invite OPDs on the Invitations tab.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Pilih baris OPD dulu.</source>
        <translation>Select an OPD row first.</translation>
    </message>
</context>
<context>
    <name>ReturnImport</name>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>ReturnImportDialog</name>
    <message>
        <source>Impor formulir progres OPD</source>
        <translation>Import OPD progress forms</translation>
    </message>
    <message>
        <source>Seret buku kerja yang dikembalikan OPD ke sini (boleh beberapa sekaligus), atau pilih dengan Tambah berkas. Berkas bukti diambil dari folder yang sama.</source>
        <translation>Drag the workbooks the OPDs sent back here (several at once is fine), or pick them with Add files. Evidence files are taken from the same folder.</translation>
    </message>
    <message>
        <source>Tambah berkas…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih formulir progres yang sudah diisi</source>
        <translation>Choose the filled-in progress forms</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx *.xlsm *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message numerus="yes">
        <source>Membaca %n berkas…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diperbarui</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tindak lanjut diperbarui dan tersimpan</source>
        <translation>
            <numerusform>%n follow-up updated and saved</numerusform>
            <numerusform>%n follow-ups updated and saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tidak berubah</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris ditolak</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n berkas ditolak</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesCombo</name>
    <message>
        <source>(tanpa seri)</source>
        <translation>(no series)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Server basis data</source>
        <translation>Database server</translation>
    </message>
    <message>
        <source>Beberapa meja registrasi di jaringan kantor memakai satu server PostgreSQL. Isi alamat server dari pengelola jaringan, uji sambungannya, lalu salin basis data laptop ini ke server.</source>
        <translation>Several check-in desks on the office network share one PostgreSQL server. Enter the server address from your network administrator, test the connection, then copy this laptop&apos;s database to the server.</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Nama basis data</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Simpan kata sandi di brankas kata sandi sistem</source>
        <translation>Keep the password in the system keyring</translation>
    </message>
    <message>
        <source>Brankas kata sandi sistem tidak tersedia di komputer ini.</source>
        <translation>The system keyring is not available on this computer.</translation>
    </message>
    <message>
        <source>Komputer ini tidak punya brankas kata sandi: kata sandi tidak disimpan dan ditanyakan setiap kali aplikasi dibuka.</source>
        <translation>This computer has no keyring: the password is not stored and is asked for each time the application starts.</translation>
    </message>
    <message>
        <source>Buka server ini setiap kali aplikasi dibuka</source>
        <translation>Open this server every time the application starts</translation>
    </message>
    <message>
        <source>Uji sambungan</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Salin server ke berkas arsip…</source>
        <translation>Copy the server to an archive file…</translation>
    </message>
    <message>
        <source>Salin basis data ini ke server</source>
        <translation>Copy this database to the server</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>Sambungan server tersimpan.</source>
        <translation>Server connection saved.</translation>
    </message>
    <message>
        <source>Kata sandi disimpan di brankas kata sandi sistem.</source>
        <translation>The password is stored in the system keyring.</translation>
    </message>
    <message>
        <source>Kata sandi tidak disimpan; akan ditanyakan saat aplikasi dibuka.</source>
        <translation>The password is not stored; it will be asked for when the application starts.</translation>
    </message>
    <message>
        <source>Server dipakai setelah aplikasi dibuka ulang.</source>
        <translation>The server is used after the application restarts.</translation>
    </message>
    <message>
        <source>Simpan arsip basis data</source>
        <translation>Save database archive</translation>
    </message>
    <message>
        <source>Basis data Rakor (*.sqlite)</source>
        <translation>Rakor database (*.sqlite)</translation>
    </message>
    <message>
        <source>Penyalinan dibatalkan; tidak ada yang diubah.</source>
        <translation>Copy cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Menyalin… jangan matikan komputer.</source>
        <translation>Copying… do not turn off the computer.</translation>
    </message>
    <message>
        <source>Selesai: {0} baris dibaca, {1} baru, {2} sudah ada.</source>
        <translation>Done: {0} rows read, {1} new, {2} already there.</translation>
    </message>
    <message>
        <source>{0} ditolak, {1} diperbaiki; rinciannya di berkas log.</source>
        <translation>{0} refused, {1} repaired; the details are in the log file.</translation>
    </message>
</context>
<context>
    <name>ServerStartup</name>
    <message>
        <source>Server basis data</source>
        <extracomment>``ask(connection) -&gt; password or None`` (None: the user cancelled).</extracomment>
        <translation>Database server</translation>
    </message>
    <message>
        <source>Kata sandi untuk {0}:</source>
        <translation>Password for {0}:</translation>
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
        <translation>Work unit</translation>
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
        <source>Server basis data…</source>
        <translation>Database server…</translation>
    </message>
    <message>
        <source>Beberapa meja registrasi: satu server PostgreSQL</source>
        <translation>Several check-in desks: one PostgreSQL server</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Server surel (SMTP)…</source>
        <translation>Mail server (SMTP)…</translation>
    </message>
    <message>
        <source>Paket, undangan dan pengingat untuk OPD lewat kotak keluar surel</source>
        <translation>Packets, invitations and reminders for the OPDs through the e-mail outbox</translation>
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
        <source>Semua halaman</source>
        <translation>All pages</translation>
    </message>
    <message>
        <source>Buka basis data lain</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <source>Cari (di halaman Peserta &amp; OPD)</source>
        <translation>Search (on the People &amp; Agencies page)</translation>
    </message>
    <message>
        <source>Peserta &amp; OPD</source>
        <translation>People &amp; Agencies</translation>
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
    <message>
        <source>Jadikan indikator terpilih arahan pimpinan</source>
        <translation>Make the selected indicator a chair&apos;s directive</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Impor matriks indikator RPJMD</source>
        <translation>Import RPJMD indicator matrix</translation>
    </message>
    <message>
        <source>Cetak Matriks Monev (PDF)</source>
        <translation>Print the Monev matrix (PDF)</translation>
    </message>
    <message>
        <source>Ekspor Matriks Monev (Excel)</source>
        <translation>Export the Monev matrix (Excel)</translation>
    </message>
    <message>
        <source>Buat formulir progres untuk OPD terpilih</source>
        <translation>Make the progress form for the chosen OPD</translation>
    </message>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Impor formulir progres yang dikembalikan OPD</source>
        <translation>Import the progress forms the OPDs sent back</translation>
    </message>
    <message>
        <source>Pengingat tindak lanjut per OPD (jadwal dan kirim)</source>
        <translation>Follow-up reminders per OPD (schedule and send)</translation>
    </message>
    <message>
        <source>Ubah OPD terpilih (nama, singkatan, surel kantor)</source>
        <translation>Edit the selected OPD (name, short name, office e-mail)</translation>
    </message>
    <message>
        <source>Buat paket OPD (dan antrekan surelnya)</source>
        <translation>Build the OPD packets (and queue their e-mail)</translation>
    </message>
    <message>
        <source>Paket untuk OPD</source>
        <translation>Packets for the OPDs</translation>
    </message>
    <message>
        <source>Bagikan: buka folder OPD dan salin pesannya</source>
        <translation>Share: open the OPD&apos;s folder and copy its message</translation>
    </message>
    <message>
        <source>Buka halaman %1</source>
        <translation>Open the %1 page</translation>
    </message>
    <message>
        <source>Kolom pindai</source>
        <translation>Scan field</translation>
    </message>
    <message>
        <source>Jendela utama</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>Rapat (ruang kerja sekretaris)</source>
        <translation>Meeting (secretary&apos;s workspace)</translation>
    </message>
    <message>
        <source>Meja registrasi (kiosk)</source>
        <translation>Check-in desk (kiosk)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
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
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Bidang tanda tangan</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <source>Tanda tangan di sini</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>TrendColumns</name>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Realisasi Anggaran</source>
        <translation>Budget Realization</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Realisasi Fisik</source>
        <translation>Physical Progress</translation>
    </message>
    <message>
        <source>Indikator Utama</source>
        <translation>Key Indicators</translation>
    </message>
    <message>
        <source>Laporan Terakhir</source>
        <translation>Latest Report</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Tetap</source>
        <translation>Steady</translation>
    </message>
    <message>
        <source>%1 dari %2 pada laporan sebelumnya</source>
        <translation>%1 from %2 in the previous report</translation>
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
        <translation>Check whether a PDF file matches the finalized minutes kept in this database. The verification code (RKR-…) is printed in the footer of every page of finalized minutes. Choose a file or drop it onto this window.</translation>
    </message>
    <message>
        <source>Pilih berkas PDF…</source>
        <translation>Choose PDF file…</translation>
    </message>
    <message>
        <source>Sertifikat pengirim…</source>
        <translation>Sender&apos;s certificate…</translation>
    </message>
    <message>
        <source>Notulen kantor lain: pilih sertifikat (.pem) yang dibagikannya.</source>
        <translation>Another office&apos;s minutes: choose the certificate (.pem) it shared.</translation>
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
        <source>Pilih sertifikat kantor pengirim</source>
        <translation>Choose the sending office&apos;s certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
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
</TS>
