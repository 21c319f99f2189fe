"""NIP (Nomor Induk Pegawai) and NI PPPK parsing.

An 18-digit NIP encodes birth date (YYYYMMDD), appointment (YYYYMM), gender (1/2)
and a 3-digit sequence. It has no check digit, so "valid" means "each part is
plausible"; the reasons are spelled out because door staff and importers show them
to people who must fix the source list. NI PPPK numbers use the appointment-month
slot for a code (e.g. ``21``); they are never rejected as invalid NIPs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rakor_desktop.domain import clock

NIP_LENGTH = 18
_SEPARATORS = re.compile(r"[\s.\-_/]+")
_PREFIX = re.compile(r"^\s*(nip|ni\s*pppk|nipppk)\s*[.:]?\s*", re.IGNORECASE)


class NipKind(StrEnum):
    PNS = "pns"
    PPPK = "pppk"


class Gender(StrEnum):
    MALE = "L"
    FEMALE = "P"


class InvalidNip(ValueError):
    """Raised with an Indonesian, user-facing reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"bukan NIP yang valid: {reason}")
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Nip:
    digits: str
    kind: NipKind
    birth_date: date
    appointment_year: int
    appointment_month: int | None  # None for NI PPPK (the slot holds a code)
    gender: Gender
    sequence: int

    def formatted(self) -> str:
        d = self.digits
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"

    def __str__(self) -> str:
        return self.formatted()


def clean(text: str) -> str:
    """Strip a leading ``NIP``/``NI PPPK`` label and the separators people type."""
    return _SEPARATORS.sub("", _PREFIX.sub("", text or ""))


def parse_nip(text: str, *, today: date | None = None) -> Nip:
    """Parse ``text`` into a :class:`Nip` or raise :class:`InvalidNip` with the reason."""
    today = today or clock.today()
    digits = clean(text)
    if not digits:
        raise InvalidNip("kosong")
    if not digits.isdigit() or not digits.isascii():
        raise InvalidNip("hanya boleh berisi angka")
    if len(digits) != NIP_LENGTH:
        raise InvalidNip(f"harus {NIP_LENGTH} digit, bukan {len(digits)}")
    try:
        birth = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidNip(f"tanggal lahir {digits[0:8]} tidak ada di kalender") from None
    if birth.year < 1900 or birth > today:
        raise InvalidNip(f"tahun lahir {birth.year} tidak masuk akal")
    year = int(digits[8:12])
    code = int(digits[12:14])
    if code == 0:
        raise InvalidNip(f"bulan pengangkatan {digits[12:14]} tidak ada")
    kind = NipKind.PNS if code <= 12 else NipKind.PPPK
    if year < birth.year + 15:
        raise InvalidNip(f"tahun pengangkatan {year} terlalu dekat dengan tahun lahir {birth.year}")
    if year > today.year + 1:
        raise InvalidNip(f"tahun pengangkatan {year} belum terjadi")
    gender_digit = digits[14]
    if gender_digit not in "12":
        raise InvalidNip(f"digit jenis kelamin harus 1 atau 2, bukan {gender_digit}")
    sequence = int(digits[15:18])
    if sequence == 0:
        raise InvalidNip("nomor urut tidak boleh 000")
    return Nip(
        digits=digits,
        kind=kind,
        birth_date=birth,
        appointment_year=year,
        appointment_month=code if kind is NipKind.PNS else None,
        gender=Gender.MALE if gender_digit == "1" else Gender.FEMALE,
        sequence=sequence,
    )


def nip_error(text: str) -> str | None:
    """Return the reason ``text`` is not a valid NIP, or None when it is."""
    try:
        parse_nip(text)
    except InvalidNip as exc:
        return exc.reason
    return None


def format_nip(text: str) -> str:
    """Format a valid NIP with the official spacing; leave anything else as typed."""
    try:
        return parse_nip(text).formatted()
    except InvalidNip:
        return (text or "").strip()


def normalize_nip(text: str | None) -> str | None:
    """The 18 digits to store, or None for empty input. Raises for invalid NIPs."""
    if text is None or not clean(text):
        return None
    return parse_nip(text).digits


def looks_like_nip(text: str) -> bool:
    """Whether a typed fragment is meant as a NIP (digits only, allowing separators)."""
    digits = clean(text)
    return len(digits) >= 8 and digits.isdigit()
