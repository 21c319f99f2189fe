"""The check-in service's messages in the interface language.

``services/attendance/checkin.py`` words its refusals in Indonesian (the CLI, the logs and the
Indonesian door station print them as they are). The door station shows them through
:func:`translate`: fixed sentences are repeated here inside ``QT_TRANSLATE_NOOP``
(context "CheckInMessages") so ``rakor_en.ts`` carries their English, and the ones that
carry a value are matched by pattern. A message not listed shows as the service wrote it;
``tests/ui/test_translations_complete.py`` checks every entry is still the service's text.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from rakor_desktop.ui import formatting as fmt

CONTEXT = "CheckInMessages"

FIXED: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CheckInMessages", "Pindai QR undangan, ketik NIP, atau ketik nama."),
    QT_TRANSLATE_NOOP(
        "CheckInMessages", "Bukan kode undangan atau NIP. Ketik nama lalu pilih dari daftar."
    ),
    QT_TRANSLATE_NOOP("CheckInMessages", "Kode tidak sah: QR ini tidak dibuat oleh kantor ini."),
    QT_TRANSLATE_NOOP("CheckInMessages", "Undangan tidak ditemukan (mungkin sudah dibatalkan)."),
    QT_TRANSLATE_NOOP("CheckInMessages", "Orang ini tidak ada di direktori."),
    QT_TRANSLATE_NOOP(
        "CheckInMessages", "Rapat sudah final: daftar hadir dikunci, tidak ada yang dicatat."
    ),
    QT_TRANSLATE_NOOP("CheckInMessages", "Rapat sudah ditutup: registrasi tidak lagi dibuka."),
    QT_TRANSLATE_NOOP("CheckInMessages", "Rapat tidak ditemukan."),
    QT_TRANSLATE_NOOP("CheckInMessages", "Masukan terlalu panjang: periksa pengaturan pemindai."),
    QT_TRANSLATE_NOOP(
        "CheckInMessages", "Masukan berisi karakter kendali: periksa pengaturan pemindai."
    ),
    QT_TRANSLATE_NOOP(
        "CheckInMessages",
        "Kode QR rusak atau tata letak papan ketik pemindai salah. Coba pindai ulang.",
    ),
    QT_TRANSLATE_NOOP("CheckInMessages", "Kode tidak dikenali."),
    QT_TRANSLATE_NOOP(
        "CheckInMessages", "Undangan untuk rapat lain. Cari namanya dengan mengetik nama atau NIP."
    ),
    QT_TRANSLATE_NOOP("CheckInMessages", "Rapat sudah final: daftar hadir tidak dapat diubah."),
    QT_TRANSLATE_NOOP(
        "CheckInMessages",
        "Rapat sudah ditutup: check-in tidak dapat dibatalkan dari meja registrasi.",
    ),
    QT_TRANSLATE_NOOP("CheckInMessages", "Undangan tidak ditemukan."),
    QT_TRANSLATE_NOOP("CheckInMessages", "Hadir dicatat lewat check-in, bukan diisi manual."),
    QT_TRANSLATE_NOOP(
        "CheckInMessages", "Peserta ini sudah hadir; batalkan check-in dulu bila keliru."
    ),
    QT_TRANSLATE_NOOP(
        "CheckInMessages", "Data kehadiran tidak ditemukan (mungkin sudah dibatalkan)."
    ),
)

_DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu"
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")  # fmt: skip
#: ``services.meeting_editor.long_datetime``: "Senin, 25 Agustus 2025 pukul 09.00 WIB".
_WHEN = re.compile(
    rf"(?:{_DAYS}), (\d{{1,2}}) ({'|'.join(_MONTHS)}) (\d{{4}}) pukul (\d\d)\.(\d\d) (WIB|WITA|WIT)"
)

#: (pattern over the service's text, the same sentence with %1, %2 for the values).
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"NIP (\S+) tidak ada di direktori\."),
     QT_TRANSLATE_NOOP("CheckInMessages", "NIP %1 tidak ada di direktori.")),
    (re.compile(r"Nomor (\S+) tidak ada di direktori\."),
     QT_TRANSLATE_NOOP("CheckInMessages", "Nomor %1 tidak ada di direktori.")),
    (re.compile(r"NIP harus (\d+) digit, bukan (\d+)\."),
     QT_TRANSLATE_NOOP("CheckInMessages", "NIP harus %1 digit, bukan %2.")),
    (re.compile(r"Masukan terlalu panjang \((\d+) karakter\): periksa pengaturan pemindai\."),
     QT_TRANSLATE_NOOP("CheckInMessages", "Masukan terlalu panjang (%1 karakter): periksa pengaturan pemindai.")),
    (re.compile(rf"Undangan untuk rapat lain: (.+), ({_WHEN.pattern})\. Cari namanya dengan mengetik nama atau NIP\."),
     QT_TRANSLATE_NOOP("CheckInMessages",
                       "Undangan untuk rapat lain: %1, %2. Cari namanya dengan mengetik nama atau NIP.")),
    (re.compile(r"Rapat (\d+) tidak ditemukan\."),
     QT_TRANSLATE_NOOP("CheckInMessages", "Rapat %1 tidak ditemukan.")),
)  # fmt: skip


def _when(text: str) -> str:
    """The service's Indonesian date and time, in the interface language."""
    m = _WHEN.fullmatch(text)
    if m is None:
        return text
    day, month, year, hh, mm, zone = m.groups()
    d = date(int(year), _MONTHS.index(month) + 1, int(day))
    sep = "." if fmt.locale().language() == QLocale.Language.Indonesian else ":"
    time = QCoreApplication.translate("CheckInMessages", "pukul %1").replace(
        "%1", f"{hh}{sep}{mm} {zone}"
    )
    return f"{fmt.long_date(d)} {time}"


def translate(message: str) -> str:
    """``message`` in the interface language when it is one of the service's known texts."""
    if message in FIXED:
        return QCoreApplication.translate(CONTEXT, message)
    for pattern, template in PATTERNS:
        m = pattern.fullmatch(message)
        if m is None:
            continue
        values = list(m.groups())[: template.count("%")]
        if pattern is PATTERNS[4][0]:
            values = [values[0], _when(values[1])]
        text = QCoreApplication.translate(CONTEXT, template)
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", value)
        return text
    return message
