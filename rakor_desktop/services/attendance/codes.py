"""Reading what the scanner (or a person) typed: QR payload, NIP, or a person id.

A USB scanner types into whatever keyboard layout the laptop has; the maps below undo
the two layouts seen at offices (US shifted digits, AZERTY) before anything else.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from rakor_desktop.domain.nip import NIP_LENGTH, clean
from rakor_desktop.messages import M
from rakor_desktop.services.attendance import invitations

log = logging.getLogger(__name__)

#: Longest input accepted as a code or name. A QR payload is 25 or 71 characters; a
#: scanner sending more is mis-configured (or a cat is on the keyboard).
MAX_INPUT = 120
#: Person ids typed by hand are short; longer digit strings are NIP attempts.
_MAX_ID_DIGITS = 9

# Scanners type through the OS keyboard layout. Two common mis-configurations:
# Shift stuck/inverted (US: "RKR!>..." for "RKR1.") and a French AZERTY layout
# receiving US key positions (digits become "&é\"'(-è_çà", "." becomes ":",
# A and Q, Z and W swap, a shifted M becomes "?"). The MAC still has to verify, so
# mapping back is safe.
_SHIFTED_US = str.maketrans("!@#$%^&*()><", "1234567890.,")
_AZERTY_AS_US = str.maketrans("&é\"'(-è_çà:qQaAzZwW?", "1234567890.aAqQwWzZM")


# --------------------------------------------------------------------------- input


@dataclass(frozen=True, slots=True)
class ParsedCode:
    """What a scan or a typed text is, before touching the database."""

    kind: str  # "qr", "nip", "id", "empty", "invalid", "name"
    text: str = ""
    qr: invitations.QrCode | None = None
    reason: str = ""


_EDGE_NOISE = "".join(chr(c) for c in range(32)) + "\x7f \u00a0"


def _strip_controls(text: str) -> str:
    """Scanners may wrap a code in STX/ETX, CR, LF or TAB; those ends are noise."""
    return text.strip(_EDGE_NOISE)


def _has_controls(text: str) -> bool:
    return any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text)


def parse_code(secret: str, raw: str | None, *, allow_person_id: bool = True) -> ParsedCode:
    """Classify an input: QR payload, NIP, person id, a name, or garbage with the reason.

    ``allow_person_id=False`` (the kiosk) refuses short digit strings: typed by hand at
    the door they are a NIP entered halfway, and checking in person #1968 would be wrong.
    """
    if raw is None:
        return ParsedCode("empty")
    if len(raw) > MAX_INPUT * 4:
        return ParsedCode(
            "invalid", reason=M("Masukan terlalu panjang: periksa pengaturan pemindai.")
        )
    text = _strip_controls(raw)
    if not text:
        return ParsedCode("empty")
    if len(text) > MAX_INPUT:
        return ParsedCode(
            "invalid",
            reason=M(
                "Masukan terlalu panjang ({count} karakter): periksa pengaturan pemindai.",
                count=len(text),
            ),
        )
    if _has_controls(text):
        return ParsedCode(
            "invalid", reason=M("Masukan berisi karakter kendali: periksa pengaturan pemindai.")
        )
    for candidate in (text, text.translate(_SHIFTED_US), text.translate(_AZERTY_AS_US)):
        if candidate[:4].upper() == "RKR1" or candidate[:3].upper() == "RKR":
            qr = invitations.parse_payload(secret, candidate)
            if qr is not None:
                return ParsedCode("qr", text=candidate, qr=qr)
    if text[:3].upper() == "RKR" or text.translate(_AZERTY_AS_US)[:3].upper() == "RKR":
        return ParsedCode(
            "invalid",
            text=text,
            reason=M(
                "Kode QR rusak atau tata letak papan ketik pemindai salah. Coba pindai ulang."
            ),
        )
    digits = clean(text)
    if digits.isdigit() and digits.isascii():
        if len(digits) == NIP_LENGTH:
            return ParsedCode("nip", text=digits)
        if (
            allow_person_id
            and len(digits) <= _MAX_ID_DIGITS
            and digits == text.strip()
            and int(digits) > 0
        ):
            return ParsedCode("id", text=digits)
        return ParsedCode(
            "invalid",
            text=text,
            reason=M(
                "NIP harus {NIP_LENGTH} digit, bukan {count}.",
                NIP_LENGTH=NIP_LENGTH,
                count=len(digits),
            ),
        )
    if any(ch.isalpha() for ch in text):
        return ParsedCode("name", text=text)
    return ParsedCode("invalid", text=text, reason=M("Kode tidak dikenali."))


def looks_like_code(text: str) -> bool:
    """Whether the kiosk should skip name search for this text (a scan arriving).

    A scanner types ~50 characters in a burst; searching the directory on each of
    them would only slow the scan down.
    """
    head = text.lstrip()[:3]
    return any(t[:3].upper() == "RKR" for t in (head, head.translate(_AZERTY_AS_US)))
