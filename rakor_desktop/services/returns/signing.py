"""The signatures on a return workbook: which office issued it, to whom, which rows.

Keyed by the office's per-database secret (``Office.qr_secret``, the one the
invitation QR codes use), through a derived key so the two uses never share a MAC.
A signature proves that this office issued *this* row to *this* OPD on *this* form:
an id typed over, a row copied from another OPD's form, or a row added by hand does
not carry a matching one.
"""

from __future__ import annotations

import hashlib
import hmac

FORMAT = "rakor-tindak-lanjut-1"


def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), b"return-workbook", hashlib.sha256).digest()


def form_signature(secret: str, form_id: str, org_uuid: str, issued: str) -> str:
    msg = f"{FORMAT}|{form_id}|{org_uuid}|{issued}".encode()
    return hmac.new(_key(secret), msg, hashlib.sha256).hexdigest()[:24]


def row_signature(secret: str, form_id: str, org_uuid: str, followup_uuid: str) -> str:
    msg = f"{form_id}|{org_uuid}|{followup_uuid}".encode()
    return hmac.new(_key(secret), msg, hashlib.sha256).hexdigest()[:16]


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.strip().lower(), b.strip().lower())
