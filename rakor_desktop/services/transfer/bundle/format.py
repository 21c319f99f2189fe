"""The bundle's format: members, limits, tables, and how values become JSON and back."""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeDecorator

from rakor_desktop.db.sql import table_of
from rakor_desktop.domain.enums import (
    AbsenceStatus,
    DecisionKind,
    FollowUpStatus,
    MeetingStatus,
    OrgKind,
)
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    Decision,
    FollowUp,
    FollowUpUpdate,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Invitation,
    Meeting,
    MeetingSeries,
    MinutesRevision,
    Note,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.types import UTCDateTime
from rakor_desktop.messages import M

FORMAT_NAME = "rakor-desktop-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_RATIO = 200  # uncompressed/compressed; JSON lines compress ~10x, bombs ~1000x
RATIO_MIN_BYTES = 1024 * 1024  # small members may compress absurdly well; harmless
CHUNK = 500

# Parents before children: foreign keys are remapped in this order.
MODELS = (
    Organization,
    Indicator,
    IndicatorTarget,
    Person,
    MeetingSeries,
    Meeting,
    Invitation,
    AgendaItem,
    Note,
    Decision,
    Attendance,
    FollowUp,
    FollowUpUpdate,
    OpdReport,
    IndicatorValue,
    MinutesRevision,
)
TABLES: dict[str, Table] = {table_of(m).name: table_of(m) for m in MODELS}
TABLE_LABELS = {
    "organization": "OPD",
    "person": "orang",
    "meeting_series": "seri rapat",
    "meeting": "rapat",
    "invitation": "undangan",
    "agenda_item": "agenda",
    "note": "catatan",
    "decision": "keputusan",
    "attendance": "kehadiran",
    "follow_up": "tindak lanjut",
    "follow_up_update": "perkembangan tindak lanjut",
    "opd_report": "laporan OPD",
    "minutes_revision": "notulen final",
    "indicator": "indikator",
    "indicator_target": "target indikator",
    "indicator_value": "realisasi indikator",
}
# Columns compared and written; bookkeeping columns are handled separately.
_META = {"id", "uuid", "created_at", "updated_at"}
# Natural keys used when a uuid is unknown here (after foreign keys are remapped).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "person": ("nip",),
    "organization": ("name",),
    "meeting_series": ("name",),
    "invitation": ("meeting_id", "person_id"),
    "attendance": ("meeting_id", "person_id"),
    "opd_report": ("meeting_id", "organization_id"),
    "indicator": ("code",),
    "indicator_target": ("indicator_id", "year"),
    "minutes_revision": ("meeting_id", "number"),
}
# Columns the app reads back through an enum: a value outside it would break every
# screen that lists the row, so a bundle carrying one is refused.
ENUM_COLUMNS: dict[tuple[str, str], frozenset[str]] = {
    ("meeting", "status"): frozenset(m.value for m in MeetingStatus),
    ("follow_up", "status"): frozenset(
        f.value for f in FollowUpStatus if f is not FollowUpStatus.TERLAMBAT
    ),
    ("follow_up_update", "status"): frozenset(
        f.value for f in FollowUpStatus if f is not FollowUpStatus.TERLAMBAT
    ),
    ("decision", "kind"): frozenset(d.value for d in DecisionKind),
    ("invitation", "absence_status"): frozenset(a.value for a in AbsenceStatus),
    ("organization", "kind"): frozenset(o.value for o in OrgKind),
}
_LABEL_FIELDS = ("title", "full_name", "name", "problem", "action", "text", "body", "note")
_UUID_RE = re.compile(r"^[0-9A-Za-z-]{8,36}$")


class BundleError(ValueError):
    """The bundle cannot be used; the message is for the user and nothing was written."""


def _fks(table: Table) -> dict[str, str]:
    """Column name -> referenced table name."""
    out: dict[str, str] = {}
    for col in table.columns:
        for fk in col.foreign_keys:
            out[col.name] = fk.column.table.name
    return out


FOREIGN_KEYS: dict[str, dict[str, str]] = {name: _fks(t) for name, t in TABLES.items()}


# -- value encoding -------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decode(col: Column, value: Any, where: str) -> Any:
    """Check and convert one JSON value to the column's Python type."""
    if value is None:
        if not col.nullable and not col.primary_key:
            raise BundleError(
                M("{where}: kolom {name} tidak boleh kosong.", where=where, name=col.name)
            )
        return None
    t = col.type
    if isinstance(t, TypeDecorator) and not isinstance(t, UTCDateTime):
        t = t.impl_instance  # sqlmodel's AutoString is a decorator over String
    try:
        if isinstance(t, (UTCDateTime, DateTime)):
            if not isinstance(value, str):
                raise TypeError
            dt = datetime.fromisoformat(value)
            if dt.tzinfo is None:
                raise BundleError(
                    M("{where}: waktu {name} tanpa zona waktu.", where=where, name=col.name)
                )
            return dt.astimezone(UTC)
        if isinstance(t, Date):
            if not isinstance(value, str):
                raise TypeError
            return date.fromisoformat(value)
        if isinstance(t, Boolean):
            if not isinstance(value, bool):
                raise TypeError
            return value
        if isinstance(t, Integer):
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or not -(2**63) <= value < 2**63
            ):
                raise TypeError
            return value
        if isinstance(t, Float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError
            value = float(value)
            if not math.isfinite(value):
                raise TypeError
            return value
        if isinstance(t, (String, Text)):
            if not isinstance(value, str):
                raise TypeError
            return value
        raise TypeError  # a column type this format does not carry
    except (TypeError, ValueError):
        raise BundleError(
            M(
                "{where}: nilai kolom {name} tidak sah ({value}).",
                where=where,
                name=col.name,
                value=repr(str(value)[:40]),
            )
        ) from None
