"""Who made a bundle: an HMAC seal over its manifest with the office's bundle key.

The manifest's checksums catch a damaged zip, not an edited one: anyone holding a
bundle could change rows and recompute them. The seal is an HMAC-SHA256 over the
manifest's exact bytes (which list every data file's SHA-256), keyed with a key
derived from the office secret that every copy of this office's database holds (the
same secret that signs its QR cards). So:

- a bundle sealed by this office, unchanged: imported as before;
- a bundle claiming this office's key whose seal does not match: edited after it was
  made, refused outright;
- a bundle from another office (another key), or from a version that did not seal:
  imported only after an explicit confirmation that names what it would change
  (``bundle import --terima-asing``; a question in the window).

Whoever holds this office's database file (or a backup) holds the key too, as with
the QR cards; the README's threat model says so. The signatures issue may later
replace the derivation with the office signing key; ``alg``/``key_id`` leave room.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from enum import StrEnum

from sqlmodel import Session

from rakor_desktop.messages import M
from rakor_desktop.services.office.settings import get_office
from rakor_desktop.services.transfer.bundle.format import BundleError
from rakor_desktop.services.transfer.bundle.reader import SEAL

ALG = "HMAC-SHA256"
_PURPOSE = b"rakor-desktop bundle seal v1"

__all__ = ["ALG", "SEAL", "Origin", "key_id", "office_key", "origin", "seal"]


class Origin(StrEnum):
    OURS = "ours"  # sealed with this office's key, unchanged
    FOREIGN = "foreign"  # sealed with another office's key
    UNSEALED = "unsealed"  # no seal (made by an older version, or stripped)


def office_key(session: Session) -> bytes:
    secret = get_office(session).qr_secret
    return hmac.new(secret.encode("ascii"), _PURPOSE, hashlib.sha256).digest()


def key_id(key: bytes) -> str:
    """A public name for the key: tells "another office" from "edited" without revealing it."""
    return hashlib.sha256(b"key-id:" + key).hexdigest()[:16]


def seal(manifest_bytes: bytes, key: bytes) -> bytes:
    mac = hmac.new(key, manifest_bytes, hashlib.sha256).hexdigest()
    return json.dumps({"alg": ALG, "key_id": key_id(key), "mac": mac}).encode("ascii")


def origin(manifest_bytes: bytes, seal_bytes: bytes | None, key: bytes, name: str) -> Origin:
    """Whose bundle this is; raises BundleError for one edited after it was sealed."""
    if seal_bytes is None:
        return Origin.UNSEALED
    try:
        data = json.loads(seal_bytes)
        alg, kid, mac = data["alg"], data["key_id"], data["mac"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError(M("Segel bundel {name} tidak dapat dibaca; ditolak.", name=name)) from exc
    if alg != ALG or not isinstance(kid, str) or not isinstance(mac, str):
        raise BundleError(M("Segel bundel {name} tidak dikenal; ditolak.", name=name))
    if kid != key_id(key):
        return Origin.FOREIGN
    expected = hmac.new(key, manifest_bytes, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, mac):
        raise BundleError(
            M(
                "Bundel {name} bersegel kantor ini, tetapi isinya diubah setelah dibuat; "
                "ditolak. Minta bundel baru dari pengirimnya.",
                name=name,
            )
        )
    return Origin.OURS
