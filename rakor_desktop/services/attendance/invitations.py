"""Invitation tokens and the QR payload printed on each invitation card.

Two payload formats are read; the short one is printed.

``RKR2.<base32 of token (8 bytes) + mac (4 bytes)>`` (25 characters): only an
opaque per-invitation token that the database resolves to its invitation, and an
HMAC over the meeting uuid and the token, keyed by the per-database secret
(``Office.qr_secret``). Upper-case base32 fits the QR alphanumeric mode, so the
code is a version 2 symbol at level Q (25 x 25 modules) instead of version 5 at
level M (37 x 37): modules a third bigger on the same card, a quarter of them
recoverable, and a phone photo or a webcam frame reads it. The meeting is not
in the payload; the desk checks the MAC against its own meeting first and only
then asks the database which meeting a token belongs to (another meeting's card
versus a forged one).

``RKR1.<meeting uuid without dashes>.<token>.<mac16>`` (71 characters): the
first format, still accepted because invitations already printed carry it.

Either way, editing a character or presenting last month's card cannot produce a
valid check-in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

PREFIX = "RKR1"
PREFIX_SHORT = "RKR2"
_PAYLOAD = re.compile(r"^RKR1\.([0-9a-f]{32})\.([0-9a-f]{16})\.([0-9a-f]{16})$")
_SHORT = re.compile(r"^RKR2\.([A-Z2-7]{20})$")
_TOKEN = re.compile(r"^[0-9a-f]{16}$")
_SHORT_MAC_BYTES = 4


def new_token() -> str:
    return secrets.token_hex(8)


def _mac(secret: str, meeting_uuid: str, token: str) -> str:
    msg = f"{PREFIX}.{meeting_uuid.replace('-', '')}.{token}".encode()
    return hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()[:16]


def _short_mac(secret: str, meeting_uuid: str, token: str) -> bytes:
    msg = f"{PREFIX_SHORT}.{meeting_uuid.replace('-', '').lower()}.{token}".encode()
    return hmac.new(secret.encode(), msg, hashlib.sha256).digest()[:_SHORT_MAC_BYTES]


def qr_payload(secret: str, meeting_uuid: str, token: str) -> str:
    """What a new invitation card prints: the short form when the token allows it.

    Tokens are 16 hex digits since the first release; anything else (a token
    typed into a database by hand) keeps the long form, which carries it verbatim.
    """
    if not _TOKEN.match(token):
        return long_payload(secret, meeting_uuid, token)
    raw = bytes.fromhex(token) + _short_mac(secret, meeting_uuid, token)
    return f"{PREFIX_SHORT}.{base64.b32encode(raw).decode('ascii').rstrip('=')}"


def long_payload(secret: str, meeting_uuid: str, token: str) -> str:
    """The first payload format (cards printed before the short one); kept for tests."""
    return f"{PREFIX}.{meeting_uuid.replace('-', '')}.{token}.{_mac(secret, meeting_uuid, token)}"


@dataclass(frozen=True, slots=True)
class QrCode:
    """A parsed payload. ``meeting_hex`` is empty for the short form: the database
    knows the meeting, and ``authentic_for`` checks the MAC against one."""

    meeting_hex: str  # meeting uuid without dashes ("" for the short form)
    token: str
    authentic: bool  # long form: the MAC matches; short form: well-formed only
    short_mac: bytes = b""
    secret: str = field(default="", repr=False)  # never in a log line

    @property
    def short(self) -> bool:
        return bool(self.short_mac)

    def authentic_for(self, meeting_uuid: str) -> bool:
        """Whether this code was made by this office for the meeting ``meeting_uuid``."""
        hex_uuid = meeting_uuid.replace("-", "").lower()
        if not self.short:
            return self.authentic and self.meeting_hex == hex_uuid
        expected = _short_mac(self.secret, hex_uuid, self.token)
        return hmac.compare_digest(self.short_mac, expected)


def looks_like_payload(text: str) -> bool:
    head = text.strip().upper()
    return head.startswith(PREFIX + ".") or head.startswith(PREFIX_SHORT + ".")


def parse_payload(secret: str, text: str) -> QrCode | None:
    """Parse a scanned payload; None when it is not one of ours at all.

    Case is folded because scanners with Caps Lock on send upper case hex, and
    the short form's base32 arrives in lower case when Shift is inverted.
    """
    stripped = text.strip()
    short = _SHORT.match(stripped.upper())
    if short:
        try:
            raw = base64.b32decode(short.group(1) + "====")
        except (binascii.Error, ValueError):
            return None
        # The last character carries one bit and four padding bits the decoder ignores:
        # only the canonical spelling is ours, so one card has exactly one payload.
        if base64.b32encode(raw).decode("ascii").rstrip("=") != short.group(1):
            return None
        return QrCode(
            meeting_hex="",
            token=raw[:8].hex(),
            authentic=True,
            short_mac=raw[8:],
            secret=secret,
        )
    m = _PAYLOAD.match(stripped.lower().replace("rkr1", "RKR1", 1))
    if not m:
        return None
    meeting_hex, token, mac = m.groups()
    expected = _mac(secret, meeting_hex, token)
    return QrCode(
        meeting_hex=meeting_hex, token=token, authentic=hmac.compare_digest(mac, expected)
    )
