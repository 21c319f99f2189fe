"""Writing a bundle: the rows of some meetings, foreign keys as uuids, one zip."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Table,
    select,
)
from sqlalchemy.engine import Connection
from sqlmodel import Session

from rakor_desktop import __version__
from rakor_desktop.domain.timefmt import office_tz
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.transfer.bundle.format import (
    CHUNK,
    FOREIGN_KEYS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    TABLES,
    BundleError,
    _encode,
)

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
        raise BundleError(M("Rapat {items} tidak ditemukan.", items=", ".join(map(str, missing))))
    for name in (
        "invitation",
        "agenda_item",
        "note",
        "decision",
        "attendance",
        "follow_up",
        "opd_report",
        "indicator_value",
        "minutes_revision",
    ):
        data[name] = _ids_in(conn, TABLES[name], "meeting_id", ids)
    # The indicators these meetings' values and directives are about, with their targets
    # (and, below, their lead OPDs): the receiving station can then show the same monev.
    indicator_ids = {r["indicator_id"] for r in data["indicator_value"]} | {
        r["indicator_id"] for r in data["follow_up"]
    }
    data["indicator"] = _ids_in(conn, TABLES["indicator"], "id", indicator_ids)
    data["indicator_target"] = _ids_in(
        conn, TABLES["indicator_target"], "indicator_id", [r["id"] for r in data["indicator"]]
    )
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
        raise BundleError(M("Tidak ada rapat yang dipilih untuk dikirim."))
    conn = session.connection()
    encoded = encode_rows(conn, collect(session, ids))
    members: dict[str, bytes] = {}
    for name, rows in encoded.items():
        buf = io.StringIO()
        for r in rows:
            buf.write(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
            buf.write("\n")
        members[f"data/{name}.jsonl"] = buf.getvalue().encode("utf-8")
    manifest: dict[str, Any] = {
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
    from rakor_desktop.services.transfer.bundle import seal

    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, manifest_bytes)
            zf.writestr(seal.SEAL, seal.seal(manifest_bytes, seal.office_key(session)))
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
