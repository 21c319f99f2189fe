"""Invitation tokens and the QR payload printed on each invitation card.

The payload binds the token to its meeting with an HMAC keyed by a per-database
secret (``Office.qr_secret``): editing a digit, or presenting last month's card,
cannot produce a valid check-in. Format (short enough for a small QR, plain ASCII
so any USB scanner keyboard layout types it)::

    RKR1.<meeting uuid without dashes>.<token>.<mac16>
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

PREFIX = "RKR1"
_PAYLOAD = re.compile(r"^RKR1\.([0-9a-f]{32})\.([0-9a-f]{16})\.([0-9a-f]{16})$")


def new_token() -> str:
    return secrets.token_hex(8)


def _mac(secret: str, meeting_uuid: str, token: str) -> str:
    msg = f"{PREFIX}.{meeting_uuid.replace('-', '')}.{token}".encode()
    return hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()[:16]


def qr_payload(secret: str, meeting_uuid: str, token: str) -> str:
    return f"{PREFIX}.{meeting_uuid.replace('-', '')}.{token}.{_mac(secret, meeting_uuid, token)}"


@dataclass(frozen=True, slots=True)
class QrCode:
    meeting_hex: str  # meeting uuid without dashes
    token: str
    authentic: bool


def looks_like_payload(text: str) -> bool:
    return text.strip().upper().startswith(PREFIX + ".")


def parse_payload(secret: str, text: str) -> QrCode | None:
    """Parse a scanned payload; None when it is not one of ours at all.

    Case is folded because scanners with Caps Lock on send upper case hex.
    """
    m = _PAYLOAD.match(text.strip().lower().replace("rkr1", "RKR1", 1))
    if not m:
        return None
    meeting_hex, token, mac = m.groups()
    expected = _mac(secret, meeting_hex, token)
    return QrCode(
        meeting_hex=meeting_hex, token=token, authentic=hmac.compare_digest(mac, expected)
    )
