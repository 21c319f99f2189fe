"""Names of stored values (statuses, import fields) in the interface language.

``domain/enums.py`` and ``services/directory/tabular.py`` keep their Indonesian labels without Qt.
The UI shows those values through these tables instead: the same Indonesian text inside
``QT_TRANSLATE_NOOP("Labels", ...)``, so lupdate collects it and ``rakor_en.ts`` carries
the English, translated at use. ``tests/ui/test_translations_complete.py`` checks that
every value has an entry here and that the text is still the domain's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rakor_desktop.domain.enums import AbsenceStatus, FollowUpStatus, MeetingStatus
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

MEETING_STATUS: dict[MeetingStatus, str] = {
    MeetingStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draf"),
    MeetingStatus.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Terjadwal"),
    MeetingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Berlangsung"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Ditutup"),
    MeetingStatus.FINALIZED: QT_TRANSLATE_NOOP("Labels", "Final"),
}

ABSENCE: dict[AbsenceStatus, str] = {
    AbsenceStatus.HADIR: QT_TRANSLATE_NOOP("Labels", "Hadir"),
    AbsenceStatus.IZIN: QT_TRANSLATE_NOOP("Labels", "Izin"),
    AbsenceStatus.SAKIT: QT_TRANSLATE_NOOP("Labels", "Sakit"),
    AbsenceStatus.TUGAS_LUAR: QT_TRANSLATE_NOOP("Labels", "Tugas Luar"),
    AbsenceStatus.TANPA_KETERANGAN: QT_TRANSLATE_NOOP("Labels", "Tanpa Keterangan"),
}

FOLLOWUP_STATUS: dict[FollowUpStatus, str] = {
    FollowUpStatus.BELUM: QT_TRANSLATE_NOOP("Labels", "Belum"),
    FollowUpStatus.DALAM_PROSES: QT_TRANSLATE_NOOP("Labels", "Dalam Proses"),
    FollowUpStatus.SELESAI: QT_TRANSLATE_NOOP("Labels", "Selesai"),
    FollowUpStatus.DIBATALKAN: QT_TRANSLATE_NOOP("Labels", "Dibatalkan"),
    FollowUpStatus.TERLAMBAT: QT_TRANSLATE_NOOP("Labels", "Terlambat"),
}

#: ``services.tabular.FIELD_LABELS``: the people import's target fields.
IMPORT_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Labels", "Nama"),
    "nip": QT_TRANSLATE_NOOP("Labels", "NIP"),
    "jabatan": QT_TRANSLATE_NOOP("Labels", "Jabatan"),
    "pangkat": QT_TRANSLATE_NOOP("Labels", "Pangkat/Golongan"),
    "organization": QT_TRANSLATE_NOOP("Labels", "Unit Kerja/OPD"),
    "phone": QT_TRANSLATE_NOOP("Labels", "No. HP"),
    "org_email": QT_TRANSLATE_NOOP("Labels", "Surel OPD"),
}


def _lookup(table: dict, kind: type, value: str) -> str:
    try:
        return QCoreApplication.translate(CONTEXT, table[kind(value)])
    except (KeyError, ValueError):
        return str(value)


def meeting_status(status: str) -> str:
    """``scheduled`` -> "Terjadwal" / "Scheduled"; an unknown value is shown as it is."""
    return _lookup(MEETING_STATUS, MeetingStatus, status)


def absence(status: str) -> str:
    return _lookup(ABSENCE, AbsenceStatus, status)


def followup_status(status: str) -> str:
    return _lookup(FOLLOWUP_STATUS, FollowUpStatus, status)


def import_field(key: str) -> str:
    return _lookup(IMPORT_FIELDS, str, key)
