"""Office-wide preferences kept in ``Office.extra`` (JSON), declared once.

Preferences that need no query (page margins, the letterhead variant, backup
interval, the check-in grace period) live in one JSON column so a new one needs no
migration. Without a declaration each reader parsed the JSON itself, with its own
default and its own idea of a bad value. Here every key has a type, a default and
an Indonesian label (for audit trails and error messages); reading never fails
(a missing, malformed or mistyped value gives the default), writing refuses unknown
keys and values of the wrong type. Like Picard's option registry, a capability
registers its keys where it is defined: add a :class:`Preference` to ``PREFERENCES``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from rakor_desktop.domain.models import Office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M

log = logging.getLogger(__name__)


class PreferenceError(ValueError):
    """A preference value was refused; the message is for the user."""


def _lines(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        raise TypeError("list")
    return [str(v).strip() for v in value if str(v).strip()]


@dataclass(frozen=True, slots=True)
class Preference:
    key: str
    default: Any
    label: str  # Indonesian, for messages and the audit trail
    convert: Callable[[Any], Any]  # raises TypeError/ValueError on a bad value
    nullable: bool = False  # None is a value (e.g. "no folder chosen"), not "remove"


def _nonneg_int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("bool")
    number = int(value)
    if number < 0:
        raise ValueError  # caught: the declared default applies
    return number


def _positive_int(value: Any) -> int:
    number = _nonneg_int(value)
    if number < 1:
        raise ValueError  # caught: the declared default applies
    return number


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("bool")
    return value


def _float(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("bool")
    return float(value)


PREFERENCES: dict[str, Preference] = {
    p.key: p
    for p in (
        *(
            Preference(f"doc_margin_{side}_cm", None, f"Margin {side} (cm)", _float)
            for side in ("top", "bottom", "left", "right")
        ),
        Preference("doc_bupati_letterhead", False, "Kop surat Bupati", _bool),
        Preference("doc_head_title", "", "Judul kop kepala daerah", str),
        Preference("doc_tembusan", [], "Tembusan", _lines),
        Preference("late_grace_minutes", 0, "Toleransi terlambat (menit)", _nonneg_int),
        Preference("backup_folder", None, "Folder cadangan", str, nullable=True),
        Preference("backup_keep", 10, "Jumlah cadangan disimpan", _positive_int),
        Preference("backup_interval_min", 10, "Selang cadangan otomatis (menit)", _positive_int),
        # Letter numbers for the archive (services/office/numbering.py).
        Preference("number_pattern", "{kode}/{nomor}/{unit}/{tahun}", "Pola nomor surat", str),
        Preference("archive_code_invitation", "000.1.5", "Kode klasifikasi undangan", str),
        Preference("archive_code_minutes", "000.1.5", "Kode klasifikasi notulen", str),
        Preference("unit_code", "Setda", "Kode unit pengolah", str),
        # PAdES B-T: a timestamp server (RFC 3161), used when set and reachable, never required.
        Preference("timestamp_url", "", "Server cap waktu (TSA)", str),
        # Monev: realisations are due this many days before the meeting (validity flag).
        Preference(
            "monev_deadline_days", 1, "Batas laporan realisasi (hari sebelum rapat)", _nonneg_int
        ),
        # The outbox's SMTP server (services/outbox); the password is in the keyring.
        Preference("mail_host", "", "Server SMTP", str),
        Preference("mail_port", 587, "Port SMTP", _positive_int),
        Preference("mail_user", "", "Pengguna SMTP", str),
        Preference("mail_tls", "starttls", "Keamanan SMTP (none/starttls/ssl)", str),
        Preference("mail_from", "", "Alamat pengirim", str),
        # Reminder digests (services/reminders): the day of the week, how far ahead, last run.
        Preference("reminder_day", "mati", "Hari pengingat tindak lanjut", str),
        Preference("reminder_days", 7, "Jangkauan pengingat (hari)", _nonneg_int),
        Preference("reminder_last", "", "Pengingat terakhir dibuat", str),
    )
}


def read_extra(office: Office) -> dict[str, Any]:
    """The raw JSON object (empty when missing or malformed: never an error on read)."""
    try:
        data = json.loads(office.extra or "{}")
    except ValueError:
        log.warning("Office.extra is not JSON; preferences fall back to their defaults")
        return {}
    return data if isinstance(data, dict) else {}


def value(office: Office, key: str, extra: dict[str, Any] | None = None) -> Any:
    """The typed value of ``key`` (its default when absent or unreadable)."""
    pref = PREFERENCES[key]
    data = read_extra(office) if extra is None else extra
    if key not in data or (data[key] is None and not pref.nullable):
        return pref.default
    if data[key] is None:
        return None
    try:
        return pref.convert(data[key])
    except (TypeError, ValueError):
        log.warning("Office.extra[%s] = %r is not valid; using the default", key, data[key])
        return pref.default


def values(office: Office, keys: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """Only the keys that are set (no defaults): what a settings form shows as entered."""
    data = read_extra(office)
    return {k: value(office, k, data) for k in keys if k in data and data[k] is not None}


def set_values(session: Session, office: Office, action: str, /, **changes: Any) -> dict[str, Any]:
    """Store ``changes`` (None removes a key unless the key is nullable), audited as ``action``.

    Refuses unknown keys and wrongly typed values with an Indonesian message before
    anything is written. Returns the stored values of the changed keys.
    """
    from rakor_desktop.services.office import audit

    unknown = sorted(set(changes) - set(PREFERENCES))
    if unknown:
        raise PreferenceError(M("Pengaturan tidak dikenal: {items}", items=", ".join(unknown)))
    data = read_extra(office)
    stored: dict[str, Any] = {}
    for key, new in changes.items():
        pref = PREFERENCES[key]
        if new is None:
            if pref.nullable:
                data[key] = stored[key] = None
            else:
                data.pop(key, None)
            continue
        try:
            converted = pref.convert(new)
        except (TypeError, ValueError) as exc:
            raise PreferenceError(
                M("Nilai untuk {label} tidak valid: {new}.", label=pref.label, new=repr(new))
            ) from exc
        data[key] = stored[key] = converted
    office.extra = json.dumps(data, ensure_ascii=False, sort_keys=True)
    office.updated_at = utcnow()
    session.add(office)
    audit.record(session, action, entity="office", entity_uuid=office.uuid, **changes)
    return stored
