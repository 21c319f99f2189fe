"""Offline transfer bundles: one meeting (or a date range) on a USB stick, merged by uuid.

Two laptops (the secretary's and the door station, or two offices) cannot always
share a file. A bundle carries a meeting with everything hanging off it (people,
OPDs, invitations, attendance, agenda, notes, decisions, follow-ups with their
updates, OPD reports, finalized minutes revisions) as one ``.zip``::

    manifest.json            format + version, app schema revision, created_at,
                             scope, row counts, SHA-256 and size of every member
    data/<table>.jsonl       one JSON object per row; ``id`` left out, every foreign
                             key written as the *uuid* of the row it points to

**Import merges by uuid** (ids differ between databases): a row whose uuid exists is
compared with the local one; a row whose uuid is unknown is matched by its natural
key where the schema has one (a person's NIP, an OPD's name, a series' name, the
meeting x person of an invitation/attendance, the meeting x OPD of a report), so
two laptops that imported the same staff list do not end up with two of everyone;
otherwise it is inserted. Foreign keys are remapped from uuids to local ids.

When the same row differs, the newer ``updated_at`` wins (a tie keeps the local
row) and the **losing version is listed** in the report, field by field, so nothing
is silently dropped. A row that cannot be written (a reference to something neither
the bundle nor this database has, a unique value taken by another row) is listed as
rejected, never skipped silently. The whole import is one transaction: all or nothing.

**Refused before anything is written**, each with an Indonesian message: not a zip,
no manifest, member names that escape the folder (``../``, absolute paths, drive
letters), duplicate or unlisted members, oversize members or compression bombs,
tampered checksums, counts that do not match, a newer format or schema revision.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import os
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
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
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import TypeDecorator
from sqlmodel import Session

from rakor_desktop import __version__
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
    Invitation,
    Meeting,
    MeetingSeries,
    MinutesRevision,
    Note,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.names import fold
from rakor_desktop.domain.timefmt import office_tz
from rakor_desktop.domain.types import UTCDateTime, utcnow

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
    MinutesRevision,
)
TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in MODELS}  # type: ignore[attr-defined]
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
            raise BundleError(f"{where}: kolom {col.name} tidak boleh kosong.")
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
                raise BundleError(f"{where}: waktu {col.name} tanpa zona waktu.")
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
            f"{where}: nilai kolom {col.name} tidak sah ({str(value)[:40]!r})."
        ) from None


# -- export ---------------------------------------------------------------------------


@dataclass
class BundleSummary:
    path: Path
    counts: dict[str, int]
    meetings: list[str]


def meetings_in_range(session: Session, start: date, end: date, zone: str) -> list[int]:
    """Meetings starting on ``start``..``end`` inclusive, as calendar days in the office zone."""
    tz = office_tz(zone)
    lo = datetime.combine(start, time(0, 0), tzinfo=tz)
    hi = datetime.combine(end + timedelta(days=1), time(0, 0), tzinfo=tz)
    t = TABLES["meeting"]
    rows = session.connection().execute(
        select(t.c.id).where(t.c.starts_at >= lo, t.c.starts_at < hi).order_by(t.c.starts_at)
    )
    return [r[0] for r in rows]


def _ids_in(conn: Connection, table: Table, column: str, values: Iterable[int]) -> list[dict]:
    vals = sorted({v for v in values if v is not None})
    out: list[dict] = []
    for i in range(0, len(vals), CHUNK):
        part = vals[i : i + CHUNK]
        out.extend(
            dict(r._mapping) for r in conn.execute(select(table).where(table.c[column].in_(part)))
        )
    return out


def collect(session: Session, meeting_ids: Iterable[int]) -> dict[str, list[dict]]:
    """The rows a bundle of these meetings carries (raw, local ids), keyed by table."""
    conn = session.connection()
    ids = sorted(set(meeting_ids))
    data: dict[str, list[dict]] = {}
    data["meeting"] = _ids_in(conn, TABLES["meeting"], "id", ids)
    if len(data["meeting"]) != len(ids):
        found = {r["id"] for r in data["meeting"]}
        missing = [i for i in ids if i not in found]
        raise BundleError(f"Rapat {', '.join(map(str, missing))} tidak ditemukan.")
    for name in (
        "invitation",
        "agenda_item",
        "note",
        "decision",
        "attendance",
        "follow_up",
        "opd_report",
        "minutes_revision",
    ):
        data[name] = _ids_in(conn, TABLES[name], "meeting_id", ids)
    data["follow_up_update"] = _ids_in(
        conn, TABLES["follow_up_update"], "follow_up_id", [r["id"] for r in data["follow_up"]]
    )
    series_ids = [r["series_id"] for r in data["meeting"]] + [
        r["series_id"] for r in data["follow_up"]
    ]
    data["meeting_series"] = _ids_in(conn, TABLES["meeting_series"], "id", series_ids)
    person_ids: set[int] = set()
    for name, rows in data.items():
        for col, ref in FOREIGN_KEYS[name].items():
            if ref == "person":
                person_ids.update(r[col] for r in rows if r[col] is not None)
    data["person"] = _ids_in(conn, TABLES["person"], "id", person_ids)
    org_ids: set[int] = set()
    for name, rows in data.items():
        for col, ref in FOREIGN_KEYS[name].items():
            if ref == "organization":
                org_ids.update(r[col] for r in rows if r[col] is not None)
    orgs: dict[int, dict] = {}
    pending = org_ids
    while pending:  # parents of parents
        fetched = _ids_in(conn, TABLES["organization"], "id", pending)
        for r in fetched:
            orgs[r["id"]] = r
        pending = {r["parent_id"] for r in fetched if r["parent_id"] and r["parent_id"] not in orgs}
    data["organization"] = list(orgs.values())
    return data


def _uuid_lookup(conn: Connection, data: dict[str, list[dict]]) -> dict[str, dict[int, str]]:
    """id -> uuid for every row referenced by the bundle (inside it or not)."""
    known: dict[str, dict[int, str]] = defaultdict(dict)
    for name, rows in data.items():
        for r in rows:
            known[name][r["id"]] = r["uuid"]
    wanted: dict[str, set[int]] = defaultdict(set)
    for name, rows in data.items():
        for col, ref in FOREIGN_KEYS[name].items():
            for r in rows:
                v = r.get(col)
                if v is not None and v not in known[ref]:
                    wanted[ref].add(v)
    for ref, ids in wanted.items():
        t = TABLES.get(ref)
        if t is None:
            continue
        for row in _ids_in(conn, t, "id", ids):
            known[ref][row["id"]] = row["uuid"]
    return known


def _topo_orgs(rows: list[dict]) -> list[dict]:
    """Parents before children within the organization table (by uuid references)."""
    by_uuid = {r["uuid"]: r for r in rows}
    out: list[dict] = []
    done: set[str] = set()

    def visit(r: dict, depth: int = 0) -> None:
        if r["uuid"] in done:
            return
        parent = r.get("parent_id")
        if parent in by_uuid and depth < 50:
            visit(by_uuid[parent], depth + 1)
        if r["uuid"] not in done:
            done.add(r["uuid"])
            out.append(r)

    for r in rows:
        visit(r)
    return out


def encode_rows(conn: Connection, data: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Replace ids by uuids, drop ``id``, and make every value JSON-ready."""
    lookup = _uuid_lookup(conn, data)
    out: dict[str, list[dict]] = {}
    for name in TABLES:
        fks = FOREIGN_KEYS[name]
        rows = []
        for r in sorted(data.get(name, []), key=lambda x: x["id"]):
            enc = {}
            for col, value in r.items():
                if col == "id":
                    continue
                if col in fks and value is not None:
                    value = lookup[fks[col]].get(value)
                enc[col] = _encode(value)
            rows.append(enc)
        out[name] = _topo_orgs(rows) if name == "organization" else rows
    return out


def export_bundle(
    session: Session,
    path: str | Path,
    *,
    meeting_ids: Iterable[int],
    scope: dict[str, Any] | None = None,
) -> BundleSummary:
    """Write the meetings and everything they reference to ``path`` (a ``.zip``).

    Written under a temporary name and renamed: a full stick never leaves half a
    bundle under the real name.
    """
    from rakor_desktop.db import migrate
    from rakor_desktop.db.recovery import describe_write_error

    ids = list(meeting_ids)
    if not ids:
        raise BundleError("Tidak ada rapat yang dipilih untuk dikirim.")
    conn = session.connection()
    encoded = encode_rows(conn, collect(session, ids))
    members: dict[str, bytes] = {}
    for name, rows in encoded.items():
        buf = io.StringIO()
        for r in rows:
            buf.write(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
            buf.write("\n")
        members[f"data/{name}.jsonl"] = buf.getvalue().encode("utf-8")
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_revision": migrate.head_revision(),
        "app_version": __version__,
        "created_at": utcnow().isoformat(),
        "scope": {**(scope or {}), "meetings": [r["uuid"] for r in encoded["meeting"]]},
        "counts": {name: len(rows) for name, rows in encoded.items()},
        "files": {
            member: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for member, data in members.items()
        },
    }
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            for member, data in members.items():
                zf.writestr(member, data)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise BundleError(describe_write_error(exc, path.name)) from exc
    return BundleSummary(
        path=path,
        counts=manifest["counts"],
        meetings=[r.get("title", "") for r in encoded["meeting"]],
    )


# -- reading and verifying --------------------------------------------------------------


@dataclass
class LoadedBundle:
    manifest: dict
    rows: dict[str, list[dict]]  # decoded values, foreign keys still uuids


def _safe_member_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name:
        return False
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return False
    parts = name.split("/")
    return all(p not in ("..", ".") for p in parts) and not name.endswith("/")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most ``limit`` bytes, whatever the header claims (headers can lie)."""
    if info.file_size > limit:
        raise BundleError(
            f"Isi bundel {info.filename} terlalu besar ({info.file_size // (1024 * 1024)} MB); "
            "bundel ditolak."
        )
    if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise BundleError(
            f"Isi bundel {info.filename} mencurigakan (rasio kompresi berlebihan); bundel ditolak."
        )
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                block = fh.read(1024 * 1024)
                if not block:
                    break
                out.extend(block)
                if len(out) > limit:
                    raise BundleError(
                        f"Isi bundel {info.filename} melebihi batas ukuran; bundel ditolak."
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise BundleError(f"Bundel rusak: {info.filename} tidak dapat dibaca ({exc}).") from exc
    except RuntimeError as exc:  # encrypted members
        raise BundleError(f"Bundel berisi berkas terenkripsi ({info.filename}); ditolak.") from exc
    return bytes(out)


def load_bundle(path: str | Path) -> LoadedBundle:
    """Open and fully verify a bundle; raises :class:`BundleError` on anything suspicious."""
    from rakor_desktop.db import migrate

    path = Path(path)
    if not path.is_file():
        raise BundleError(f"Berkas {path} tidak ditemukan.")
    if not zipfile.is_zipfile(path):
        raise BundleError(f"Berkas {path.name} bukan bundel Rakor Desktop (bukan berkas zip).")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(f"Bundel {path.name} rusak: {exc}.") from exc
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        for name in names:
            if not _safe_member_name(name):
                raise BundleError(
                    f"Bundel {path.name} berisi nama berkas berbahaya ({name[:80]!r}); ditolak."
                )
        if len(set(names)) != len(names):
            raise BundleError(f"Bundel {path.name} berisi nama berkas ganda; ditolak.")
        if MANIFEST not in names:
            raise BundleError(f"Bundel {path.name} tidak memiliki manifest.json; ditolak.")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise BundleError(f"Bundel {path.name} terlalu besar setelah diekstrak; ditolak.")
        by_name = {i.filename: i for i in infos}
        try:
            manifest = json.loads(_read_member(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES))
        except ValueError as exc:
            if isinstance(exc, BundleError):
                raise
            raise BundleError(f"manifest.json di {path.name} tidak dapat dibaca; ditolak.") from exc
        _check_manifest(manifest, path.name, migrate.known_revisions())
        files: dict[str, dict] = manifest["files"]
        extra = set(names) - set(files) - {MANIFEST}
        if extra:
            raise BundleError(
                f"Bundel {path.name} berisi berkas yang tidak tercatat di manifest "
                f"({sorted(extra)[0][:60]}); ditolak."
            )
        rows: dict[str, list[dict]] = {}
        for member, meta in files.items():
            if member not in by_name:
                raise BundleError(f"Bundel {path.name} tidak lengkap: {member} tidak ada; ditolak.")
            data = _read_member(zf, by_name[member], MAX_MEMBER_BYTES)
            if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
                raise BundleError(
                    f"Checksum {member} tidak cocok: bundel rusak atau diubah; ditolak."
                )
            table_name = member[len("data/") : -len(".jsonl")]
            rows[table_name] = _parse_rows(table_name, data, manifest["counts"].get(table_name))
    return LoadedBundle(manifest=manifest, rows=rows)


def _check_manifest(manifest: Any, name: str, known: set[str]) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError(f"{name} bukan bundel Rakor Desktop (format tidak dikenal); ditolak.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError(f"Manifest {name} tidak memuat versi format; ditolak.")
    if version > FORMAT_VERSION:
        raise BundleError(
            f"Bundel {name} dibuat oleh versi Rakor Desktop yang lebih baru (format {version}). "
            "Perbarui aplikasi untuk membukanya."
        )
    rev = manifest.get("schema_revision")
    if not isinstance(rev, str) or rev not in known:
        raise BundleError(
            f"Bundel {name} berasal dari skema basis data yang lebih baru ({str(rev)[:20]}). "
            "Perbarui aplikasi di laptop ini lalu impor lagi."
        )
    files = manifest.get("files")
    counts = manifest.get("counts")
    if not isinstance(files, dict) or not isinstance(counts, dict):
        raise BundleError(f"Manifest {name} tidak lengkap; ditolak.")
    for member, meta in files.items():
        m = re.fullmatch(r"data/([a-z_]+)\.jsonl", member) if isinstance(member, str) else None
        if m is None or m.group(1) not in TABLES or not isinstance(meta, dict):
            raise BundleError(
                f"Manifest {name} mencatat berkas tak dikenal ({str(member)[:60]}); ditolak."
            )


def _parse_rows(table_name: str, data: bytes, expected: Any) -> list[dict]:
    table = TABLES[table_name]
    cols = {c.name: c for c in table.columns}
    out: list[dict] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(f"data/{table_name}.jsonl bukan UTF-8; bundel ditolak.") from exc
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"data/{table_name}.jsonl baris {n}"
        try:
            raw = json.loads(line)
        except ValueError as exc:
            raise BundleError(f"{where} bukan JSON yang sah; bundel ditolak.") from exc
        if not isinstance(raw, dict):
            raise BundleError(f"{where} bukan objek JSON; bundel ditolak.")
        uid = raw.get("uuid")
        if not isinstance(uid, str) or not _UUID_RE.match(uid):
            raise BundleError(f"{where}: uuid tidak sah; bundel ditolak.")
        if uid in seen:
            raise BundleError(f"{where}: uuid {uid} ganda; bundel ditolak.")
        seen.add(uid)
        row: dict[str, Any] = {}
        for key, value in raw.items():
            if key == "id":
                continue
            col = cols.get(key)
            if col is None:
                raise BundleError(f"{where}: kolom {str(key)[:40]} tidak dikenal; bundel ditolak.")
            if key in FOREIGN_KEYS[table_name]:
                if value is not None and (not isinstance(value, str) or not _UUID_RE.match(value)):
                    raise BundleError(f"{where}: rujukan {key} tidak sah; bundel ditolak.")
                row[key] = value
            else:
                row[key] = _decode(col, value, where)
                allowed = ENUM_COLUMNS.get((table_name, key))
                if allowed is not None and row[key] is not None and row[key] not in allowed:
                    raise BundleError(
                        f"{where}: nilai {key} {str(row[key])[:30]!r} tidak dikenal; bundel ditolak."
                    )
        for must in ("created_at", "updated_at"):
            if must not in row or row[must] is None:
                raise BundleError(f"{where}: kolom {must} tidak ada; bundel ditolak.")
        out.append(row)
    if expected is not None and expected != len(out):
        raise BundleError(
            f"Jumlah baris data/{table_name}.jsonl ({len(out)}) tidak sesuai manifest ({expected}); "
            "bundel ditolak."
        )
    return out


# -- import -----------------------------------------------------------------------------


@dataclass
class Conflict:
    """One row both sides hold differently: which version won and what the loser said."""

    table: str
    uuid: str
    label: str
    winner: str  # "bundel" or "lokal"
    fields: dict[str, dict[str, Any]]  # column -> {"lokal": v, "bundel": v}
    local_updated_at: str
    bundle_updated_at: str

    def describe(self) -> str:
        cols = ", ".join(self.fields)
        side = "versi bundel dipakai" if self.winner == "bundel" else "versi lokal dipertahankan"
        return (
            f'{TABLE_LABELS.get(self.table, self.table)} "{self.label}": {side} (berbeda: {cols})'
        )


@dataclass
class BundleImportReport:
    manifest: dict
    dry_run: bool
    inserted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kept_local: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    conflicts: list[Conflict] = field(default_factory=list)
    matched_by_key: list[dict[str, str]] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def total(self, kind: str) -> int:
        return sum(getattr(self, kind).values())

    def summary_lines(self) -> list[str]:
        lines = [
            ("Uji coba (tidak ada yang disimpan): " if self.dry_run else "Impor bundel selesai: ")
            + f"{self.total('inserted')} baru, {self.total('updated')} diperbarui, "
            f"{self.total('unchanged')} sama, {self.total('kept_local')} versi lokal dipertahankan, "
            f"{len(self.conflicts)} konflik, {len(self.rejected)} ditolak."
        ]
        for name in TABLES:
            parts = []
            for kind, label in (
                ("inserted", "baru"),
                ("updated", "diperbarui"),
                ("unchanged", "sama"),
                ("kept_local", "lokal"),
            ):
                n = getattr(self, kind).get(name, 0)
                if n:
                    parts.append(f"{n} {label}")
            if parts:
                lines.append(f"  {TABLE_LABELS[name]}: " + ", ".join(parts))
        if self.conflicts:
            lines.append("Konflik (versi yang kalah tercatat di laporan):")
            lines.extend("  - " + c.describe() for c in self.conflicts)
        if self.matched_by_key:
            lines.append(f"Dicocokkan tanpa uuid (NIP/nama): {len(self.matched_by_key)} baris")
        for r in self.rejected:
            lines.append(
                f"  DITOLAK {TABLE_LABELS.get(r['table'], r['table'])} {r['uuid']}: {r['reason']}"
            )
        lines.extend("  Catatan: " + w for w in self.warnings)
        return lines

    def as_json(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "manifest": {
                k: self.manifest.get(k)
                for k in ("created_at", "schema_revision", "counts", "scope")
            },
            "inserted": dict(self.inserted),
            "updated": dict(self.updated),
            "kept_local": dict(self.kept_local),
            "unchanged": dict(self.unchanged),
            "conflicts": [
                {
                    "table": c.table,
                    "uuid": c.uuid,
                    "label": c.label,
                    "winner": c.winner,
                    "fields": {
                        k: {s: _encode(v) for s, v in d.items()} for k, d in c.fields.items()
                    },
                    "local_updated_at": c.local_updated_at,
                    "bundle_updated_at": c.bundle_updated_at,
                }
                for c in self.conflicts
            ],
            "matched_by_key": self.matched_by_key,
            "rejected": self.rejected,
            "warnings": self.warnings,
        }


class _DryRun(Exception):
    pass


class _Merger:
    """Merges table by table in dependency order, remapping uuids to local ids.

    Per table: remap every row's foreign keys (unknown uuids looked up in one query
    per referenced table), match by uuid then natural key (one query per table),
    then write inserts and updates with executemany inside a savepoint. Only when
    that batch hits a constraint does it fall back to row-by-row savepoints, so the
    offending rows are listed as rejected and the rest still go in.
    """

    def __init__(self, conn: Connection, bundle: LoadedBundle, report: BundleImportReport) -> None:
        self.conn = conn
        self.bundle = bundle
        self.report = report
        self.idmap: dict[str, dict[str, int]] = defaultdict(dict)
        self.uuid_of_id: dict[str, dict[int, str]] = defaultdict(dict)
        self.rejected: dict[str, set[str]] = defaultdict(set)
        self.missing: dict[str, set[str]] = defaultdict(set)
        self.bundle_uuids = {n: {r["uuid"] for r in rows} for n, rows in bundle.rows.items()}
        self.deferred: list[tuple[str, str, str, str]] = []

    # lookups ------------------------------------------------------------------------
    def _rows_where_in(self, table: Table, column: str, values: Iterable[Any]) -> list[dict]:
        vals = list({v for v in values if v is not None})
        out: list[dict] = []
        for i in range(0, len(vals), CHUNK):
            part = vals[i : i + CHUNK]
            out.extend(
                dict(r._mapping)
                for r in self.conn.execute(select(table).where(table.c[column].in_(part)))
            )
        return out

    def _prefetch(self, name: str, rows: list[dict]) -> None:
        """Look up, in one query per table, the referenced uuids not yet mapped."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for col, ref in FOREIGN_KEYS[name].items():
            for r in rows:
                v = r.get(col)
                if v is not None and v not in self.idmap[ref] and v not in self.rejected[ref]:
                    wanted[ref].add(v)
        for ref, uids in wanted.items():
            t = TABLES[ref]
            found = set()
            vals = list(uids)
            for i in range(0, len(vals), CHUNK):
                for rid, ruid in self.conn.execute(
                    select(t.c.id, t.c.uuid).where(t.c.uuid.in_(vals[i : i + CHUNK]))
                ):
                    self.idmap[ref][ruid] = rid
                    self.uuid_of_id[ref][rid] = ruid
                    found.add(ruid)
            self.missing[ref] |= uids - found

    def uuid_for(self, ref: str, local_id: int | None) -> str | None:
        if local_id is None:
            return None
        if local_id in self.uuid_of_id[ref]:
            return self.uuid_of_id[ref][local_id]
        t = TABLES[ref]
        row = self.conn.execute(select(t.c.uuid).where(t.c.id == local_id)).first()
        uid = row[0] if row else None
        if uid is not None:
            self.uuid_of_id[ref][local_id] = uid
        return uid

    def _natural_index(self, name: str, pending: list[dict]) -> dict[Any, dict]:
        """Local rows of ``name`` keyed by natural key, for the rows the uuid did not find."""
        key = NATURAL_KEYS.get(name)
        if not key or not pending:
            return {}
        t = TABLES[name]
        if name == "organization":
            rows = [dict(r._mapping) for r in self.conn.execute(select(t).order_by(t.c.id))]
            index: dict[Any, dict] = {}
            for r in rows:
                index.setdefault(fold(r["name"] or ""), r)
            return index
        first = key[0]
        rows = self._rows_where_in(t, first, [v.get(first) for v in pending])
        rows.sort(key=lambda r: r["id"])
        index = {}
        for r in rows:
            index.setdefault(tuple(r[k] for k in key), r)
        return index

    def _natural_key(self, name: str, values: dict[str, Any]) -> Any:
        key = NATURAL_KEYS.get(name)
        if not key or any(values.get(k) is None for k in key):
            return None
        if name == "organization":
            return fold(values["name"]) or None
        return tuple(values[k] for k in key)

    # merging ------------------------------------------------------------------------
    def _label(self, values: dict[str, Any]) -> str:
        for f in _LABEL_FIELDS:
            v = values.get(f)
            if isinstance(v, str) and v.strip():
                return " ".join(v.split())[:60]
        return ""

    def _reject(self, name: str, uid: str, reason: str) -> None:
        self.rejected[name].add(uid)
        self.report.rejected.append({"table": name, "uuid": uid, "reason": reason})

    def _remap(self, name: str, table: Table, row: dict) -> dict[str, Any] | None:
        """The row with foreign keys as local ids; None (and listed) when it cannot be placed."""
        uid = row["uuid"]
        fks = FOREIGN_KEYS[name]
        values: dict[str, Any] = {}
        for col, v in row.items():
            if col in ("uuid", "id"):
                continue
            if col in fks and v is not None:
                ref = fks[col]
                resolved = self.idmap[ref].get(v)
                if resolved is None and ref == name and v in self.bundle_uuids[name]:
                    self.deferred.append(
                        (name, uid, col, v)
                    )  # a row of this batch: fixed at the end
                elif resolved is None:
                    if not table.c[col].nullable:
                        self._reject(
                            name,
                            uid,
                            f"merujuk {TABLE_LABELS.get(ref, ref)} {v} yang tidak ada di bundel "
                            "maupun di basis data ini",
                        )
                        return None
                    self.report.warnings.append(
                        f'{TABLE_LABELS[name]} "{self._label(row)}": rujukan {col} ke '
                        f"{TABLE_LABELS.get(ref, ref)} {v} tidak ditemukan, dikosongkan."
                    )
                v = resolved
            values[col] = v
        return values

    def merge_table(self, name: str) -> None:
        table = TABLES[name]
        rows = self.bundle.rows.get(name, [])
        if not rows:
            return
        self._prefetch(name, rows)
        local = {
            r["uuid"]: r for r in self._rows_where_in(table, "uuid", [r["uuid"] for r in rows])
        }
        placed = [(r["uuid"], v) for r in rows if (v := self._remap(name, table, r)) is not None]
        natural = self._natural_index(name, [v for uid, v in placed if uid not in local])
        inserts: list[tuple[str, dict[str, Any]]] = []
        updates: list[tuple[str, int, dict[str, Any], Conflict]] = []
        claimed: set[int] = set()
        for uid, values in placed:
            loc = local.get(uid)
            if loc is None:
                nk = self._natural_key(name, values)
                candidate = natural.get(nk) if nk is not None else None
                if candidate is not None and candidate["id"] not in claimed:
                    loc = candidate
                    self.report.matched_by_key.append(
                        {
                            "table": name,
                            "bundle_uuid": uid,
                            "local_uuid": loc["uuid"],
                            "key": ", ".join(f"{k}={values[k]}" for k in NATURAL_KEYS[name]),
                        }
                    )
            if loc is None:
                inserts.append((uid, values))
                continue
            claimed.add(loc["id"])
            self.idmap[name][uid] = loc["id"]
            self.uuid_of_id[name][loc["id"]] = loc["uuid"]
            update = self._compare(name, uid, values, loc)
            if update is not None:
                updates.append(update)
        self._insert_all(name, table, inserts)
        self._update_all(name, table, updates)

    def _compare(
        self, name: str, uid: str, values: dict[str, Any], local: dict
    ) -> tuple[str, int, dict[str, Any], Conflict] | None:
        fks = FOREIGN_KEYS[name]
        diff = {
            c: (local.get(c), v)
            for c, v in values.items()
            if c not in _META and c in local and not _same(local.get(c), v)
        }
        if not diff:
            self.report.unchanged[name] += 1
            return None
        bundle_newer = values["updated_at"] > local["updated_at"]
        fields_report = {}
        for c, (lv, bv) in diff.items():
            if c in fks:
                lv, bv = self.uuid_for(fks[c], lv), self.uuid_for(fks[c], bv)
            fields_report[c] = {"lokal": lv, "bundel": bv}
        conflict = Conflict(
            table=name,
            uuid=local["uuid"],
            label=self._label(values) or self._label(local),
            winner="bundel" if bundle_newer else "lokal",
            fields=fields_report,
            local_updated_at=_encode(local["updated_at"]),
            bundle_updated_at=_encode(values["updated_at"]),
        )
        if not bundle_newer:
            self.report.kept_local[name] += 1
            self.report.conflicts.append(conflict)
            return None
        changes = {c: v for c, (_lv, v) in diff.items()}
        changes["updated_at"] = values["updated_at"]
        return uid, local["id"], changes, conflict

    def _fresh_tokens(self, table: Table, items: list[tuple[str, dict[str, Any]]]) -> None:
        """An invitation token already used here gets a new one (listed: reprint that card)."""
        from rakor_desktop.services.attendance.invitations import new_token

        taken = {
            r["token"]
            for r in self._rows_where_in(table, "token", [v.get("token") for _u, v in items])
        }
        seen: set[str] = set()
        for uid, values in items:
            token = values.get("token")
            if token and (token in taken or token in seen):
                values["token"] = new_token()
                self.report.warnings.append(
                    f"Token undangan {uid} sudah dipakai di sini; token baru dibuat (cetak ulang kartunya)."
                )
            seen.add(values.get("token"))

    def _insert_all(self, name: str, table: Table, items: list[tuple[str, dict[str, Any]]]) -> None:
        if not items:
            return
        if name == "invitation":
            self._fresh_tokens(table, items)
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for uid, values in items:
            groups[tuple(sorted(values))].append({"uuid": uid, **values})
        try:
            with self.conn.begin_nested():
                for params in groups.values():
                    for i in range(0, len(params), CHUNK):
                        self.conn.execute(insert(table), params[i : i + CHUNK])
        except IntegrityError:
            for uid, values in items:  # find and list the rows that clash; insert the rest
                self._insert_one(name, table, uid, values)
            return
        for r in self._rows_where_in(table, "uuid", [uid for uid, _v in items]):
            self.idmap[name][r["uuid"]] = r["id"]
            self.uuid_of_id[name][r["id"]] = r["uuid"]
        self.report.inserted[name] += len(items)

    def _insert_one(self, name: str, table: Table, uid: str, values: dict[str, Any]) -> None:
        try:
            with self.conn.begin_nested():
                res = self.conn.execute(insert(table).values(uuid=uid, **values))
        except IntegrityError as exc:
            self._reject(name, uid, f"bentrok dengan data yang sudah ada ({_short(exc)})")
            return
        new_id = int(res.inserted_primary_key[0])
        self.idmap[name][uid] = new_id
        self.uuid_of_id[name][new_id] = uid
        self.report.inserted[name] += 1

    def _update_all(
        self, name: str, table: Table, items: list[tuple[str, int, dict[str, Any], Conflict]]
    ) -> None:
        if not items:
            return
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for _uid, local_id, changes, _conflict in items:
            groups[tuple(sorted(changes))].append(
                {"b_id": local_id, **{f"b_{c}": v for c, v in changes.items()}}
            )
        try:
            with self.conn.begin_nested():
                for cols, params in groups.items():
                    stmt = (
                        update(table)
                        .where(table.c.id == bindparam("b_id"))
                        .values({c: bindparam(f"b_{c}") for c in cols})
                    )
                    for i in range(0, len(params), CHUNK):
                        self.conn.execute(stmt, params[i : i + CHUNK])
        except IntegrityError:
            for uid, local_id, changes, conflict in items:
                self._update_one(name, table, uid, local_id, changes, conflict)
            return
        self.report.updated[name] += len(items)
        self.report.conflicts.extend(c for _u, _i, _ch, c in items)

    def _update_one(
        self,
        name: str,
        table: Table,
        uid: str,
        local_id: int,
        changes: dict[str, Any],
        conflict: Conflict,
    ) -> None:
        try:
            with self.conn.begin_nested():
                self.conn.execute(update(table).where(table.c.id == local_id).values(**changes))
        except IntegrityError as exc:
            self._reject(name, uid, f"pembaruan bentrok dengan data lain ({_short(exc)})")
            return
        self.report.updated[name] += 1
        self.report.conflicts.append(conflict)

    def fix_self_references(self) -> None:
        """Self-references (an OPD's parent) to a row that came later in the same bundle."""
        for name, uid, col, ref_uuid in self.deferred:
            own = self.idmap[name].get(uid)
            target = self.idmap[name].get(ref_uuid)
            if own is None:
                continue
            if target is None:
                self.report.warnings.append(
                    f"{TABLE_LABELS[name]} {uid}: rujukan {col} ke {ref_uuid} tidak dapat dipulihkan."
                )
                continue
            t = TABLES[name]
            self.conn.execute(update(t).where(t.c.id == own).values({col: target}))


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime):
        if a.tzinfo is None:
            a = a.replace(tzinfo=UTC)
        return a == b
    if isinstance(a, float) or isinstance(b, float):
        try:
            return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    return a == b


def _short(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc))
    return text.splitlines()[0][:120]


def import_bundle(db: Any, path: str | Path, *, dry_run: bool = False) -> BundleImportReport:
    """Verify, then merge the bundle into ``db`` in one transaction (rolled back on dry run)."""
    from rakor_desktop.db.recovery import describe_write_error, is_disk_full
    from rakor_desktop.services.office import audit

    bundle = load_bundle(path)
    report = BundleImportReport(manifest=bundle.manifest, dry_run=dry_run)
    try:
        with db.session(write=True) as s:
            merger = _Merger(s.connection(), bundle, report)
            for name in TABLES:
                merger.merge_table(name)
            merger.fix_self_references()
            audit.record(
                s,
                "bundle.import",
                entity="bundle",
                source=Path(path).name,
                created_at=bundle.manifest.get("created_at"),
                inserted=report.total("inserted"),
                updated=report.total("updated"),
                kept_local=report.total("kept_local"),
                conflicts=len(report.conflicts),
                rejected=len(report.rejected),
            )
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except BundleError:
        raise
    except Exception as exc:
        folder = db.path.parent if getattr(db, "path", None) is not None else None
        if is_disk_full(exc, folder):
            raise BundleError(describe_write_error(exc, "basis data", folder)) from exc
        raise
    return report


def iter_bundle_uuids(bundle: LoadedBundle) -> Iterator[tuple[str, str]]:
    """(table, uuid) of every row a bundle carries (used to check nothing was lost)."""
    for name, rows in bundle.rows.items():
        for r in rows:
            yield name, r["uuid"]
