"""Enumerations stored as short strings (portable across SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta, timezone
from enum import StrEnum


class TimeZoneName(StrEnum):
    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"

    @property
    def tzinfo(self) -> timezone:
        # Indonesia observes no daylight saving, so a fixed offset is exact and needs no tzdata.
        hours = {"WIB": 7, "WITA": 8, "WIT": 9}[self.value]
        return timezone(timedelta(hours=hours), self.value)


class Paper(StrEnum):
    A4 = "A4"
    F4 = "F4"


class OrgKind(StrEnum):
    SETDA = "setda"
    BAGIAN = "bagian"
    DINAS = "dinas"
    BADAN = "badan"
    KECAMATAN = "kecamatan"
    OTHER = "lainnya"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    FINALIZED = "finalized"


class AbsenceStatus(StrEnum):
    """Status of an invitee; HADIR is derived from an attendance row, the rest are set."""

    HADIR = "hadir"
    IZIN = "izin"
    SAKIT = "sakit"
    TUGAS_LUAR = "tugas_luar"
    TANPA_KETERANGAN = "tanpa_keterangan"


class DecisionKind(StrEnum):
    KEPUTUSAN = "keputusan"
    KESIMPULAN = "kesimpulan"
    ARAHAN = "arahan"


class FollowUpStatus(StrEnum):
    """Stored statuses. TERLAMBAT is derived (open past its due date), never stored."""

    BELUM = "belum"
    DALAM_PROSES = "dalam_proses"
    SELESAI = "selesai"
    DIBATALKAN = "dibatalkan"
    TERLAMBAT = "terlambat"


MEETING_STATUS_LABELS = {
    MeetingStatus.DRAFT: "Draf",
    MeetingStatus.SCHEDULED: "Terjadwal",
    MeetingStatus.IN_PROGRESS: "Berlangsung",
    MeetingStatus.CLOSED: "Ditutup",
    MeetingStatus.FINALIZED: "Final",
}

ABSENCE_LABELS = {
    AbsenceStatus.HADIR: "Hadir",
    AbsenceStatus.IZIN: "Izin",
    AbsenceStatus.SAKIT: "Sakit",
    AbsenceStatus.TUGAS_LUAR: "Tugas Luar",
    AbsenceStatus.TANPA_KETERANGAN: "Tanpa Keterangan",
}

FOLLOWUP_LABELS = {
    FollowUpStatus.BELUM: "Belum",
    FollowUpStatus.DALAM_PROSES: "Dalam Proses",
    FollowUpStatus.SELESAI: "Selesai",
    FollowUpStatus.DIBATALKAN: "Dibatalkan",
    FollowUpStatus.TERLAMBAT: "Terlambat",
}
