"""Merging a bundle's rows into this database by uuid; shared with server copy."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

from sqlalchemy import (
    Table,
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from rakor_desktop.db.sql import inserted_id, table_of
from rakor_desktop.domain.models import AuditEvent
from rakor_desktop.domain.names import fold
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.meetings.close import FROZEN_TABLES, finalized_meeting_ids
from rakor_desktop.services.office.audit import current_actor
from rakor_desktop.services.transfer.bundle.format import (
    _LABEL_FIELDS,
    _META,
    CHUNK,
    FOREIGN_KEYS,
    NATURAL_KEYS,
    TABLE_LABELS,
    TABLES,
    BundleError,
    _encode,
)
from rakor_desktop.services.transfer.bundle.reader import LoadedBundle, load_bundle
from rakor_desktop.services.transfer.bundle.report import BundleImportReport, Conflict

PROPOSAL_ACTION = "bundle.proposal"


class _DryRun(Exception):
    pass


class Merger:
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
        # Meetings finalized here: no bundle row changes them, however new it claims to be.
        self.frozen = finalized_meeting_ids(conn)

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
                frozen = self._frozen_meeting(name, values, None)
                if frozen is not None:
                    self._hold(name, uid, frozen, "insert", values)
                    continue
                inserts.append((uid, values))
                continue
            claimed.add(loc["id"])
            self.idmap[name][uid] = loc["id"]
            self.uuid_of_id[name][loc["id"]] = loc["uuid"]
            if name == "minutes_revision" and self._revision_differs(values, loc):
                # Revisions are append-only: a known number with other content is a
                # conflict whatever its timestamp says, never an update.
                self._reject(
                    name,
                    uid,
                    f"revisi notulen {loc.get('number')} sudah final di sini dengan isi lain; "
                    "revisi final tidak pernah ditimpa",
                )
                continue
            update = self._compare(name, uid, values, loc)
            if update is not None:
                frozen = self._frozen_meeting(name, values, loc)
                if frozen is not None:
                    self._hold(name, uid, frozen, "update", update[2])
                    continue
                updates.append(update)
        self._insert_all(name, table, inserts)
        self._update_all(name, table, updates)

    # finalized meetings ---------------------------------------------------------------
    def _frozen_meeting(self, name: str, values: dict[str, Any], local: dict | None) -> int | None:
        """The local finalized meeting this row belongs to, or None."""
        if name not in FROZEN_TABLES:
            return None
        if name == "meeting":
            mid = local["id"] if local is not None else None
        else:
            mid = values.get("meeting_id")
        return mid if mid in self.frozen else None

    @staticmethod
    def _revision_differs(values: dict[str, Any], local: dict) -> bool:
        return any(not _same(local.get(c), values.get(c)) for c in ("content", "sha256"))

    def _hold(self, name: str, uid: str, meeting_id: int, op: str, values: dict[str, Any]) -> None:
        """Keep a change to a finalized meeting as an audited proposal instead of applying it."""
        meeting = self._rows_where_in(TABLES["meeting"], "id", [meeting_id])
        title = meeting[0]["title"] if meeting else ""
        meeting_uuid = meeting[0]["uuid"] if meeting else None
        changes = {c: _encode(v) for c, v in values.items() if c not in ("id",)}
        entry = {
            "table": name,
            "uuid": uid,
            "op": op,
            "meeting_uuid": meeting_uuid,
            "meeting_title": title,
            "changes": changes,
            "bundle_created_at": self.bundle.manifest.get("created_at"),
        }
        self.missing[name].add(uid)
        self.report.held.append(entry)
        audit_table = table_of(AuditEvent)
        self.conn.execute(
            insert(audit_table).values(
                uuid=str(uuid4()),
                created_at=utcnow(),
                updated_at=utcnow(),
                at=utcnow(),
                actor=current_actor(),
                action=PROPOSAL_ACTION,
                entity=name,
                entity_uuid=uid,
                detail=json.dumps(entry, ensure_ascii=False, default=str),
            )
        )

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
            if values.get("token"):
                seen.add(values["token"])

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
        new_id = inserted_id(res)
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


def import_bundle(
    db: Any, path: str | Path, *, dry_run: bool = False, accept_foreign: bool = False
) -> BundleImportReport:
    """Verify, then merge the bundle into ``db`` in one transaction (rolled back on dry run).

    A bundle not sealed by this office (``bundle/seal.py``) is merged as a dry run
    unless ``accept_foreign``: the report says what it would change and
    ``report.needs_confirmation`` is set, so the caller can ask the person first.
    """
    from rakor_desktop.db.recovery import describe_write_error, is_disk_full
    from rakor_desktop.services.office import audit
    from rakor_desktop.services.transfer.bundle import seal

    bundle = load_bundle(path)
    report = BundleImportReport(manifest=bundle.manifest, dry_run=dry_run)
    try:
        with db.session(write=True) as s:
            report.origin = seal.origin(
                bundle.manifest_bytes, bundle.seal, seal.office_key(s), Path(path).name
            ).value
            if report.origin != seal.Origin.OURS and not accept_foreign and not dry_run:
                report.dry_run = dry_run = True
                report.needs_confirmation = True
            merger = Merger(s.connection(), bundle, report)
            for name in TABLES:
                merger.merge_table(name)
            merger.fix_self_references()
            audit.record(
                s,
                "bundle.import",
                entity="bundle",
                source=Path(path).name,
                origin=report.origin,
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
