"""Move a database to the office server (SQLite -> PostgreSQL), and back for archiving.

An office that grows from one laptop to several registration desks copies its
SQLite file into the PostgreSQL server once; at the end of the year it may copy
the server back into a SQLite file to archive it. Ids differ between databases, so
the copy goes **by uuid** with the same merge the offline bundles use
(:mod:`rakor_desktop.services.transfer.bundle`): every row's foreign keys are written as the
uuids of the rows they point to, then merged table by table in dependency order,
remapped to the target's ids. Consequences, all deliberate:

- Copying twice is harmless: the second run finds every uuid and changes nothing.
- Copying into a server that already holds data merges: a row both sides hold
  differently keeps the newer ``updated_at`` and the loser is listed; a person
  known under another uuid is matched by NIP, an OPD by name (as for bundles).
- The whole copy is one transaction on the target: all or nothing. The source is
  only read.

The bundle carries meetings; a whole database also has the office (kop, QR
secret), finalized minutes revisions, the audit trail and saved invitee groups.
Those are merged here: the office is a singleton (an empty server's fresh office
takes the source's values, including the QR secret, so printed invitation cards
keep working), minutes revisions and audit events are immutable and only
inserted, invitee groups have their stored id lists remapped.

SQLite accepts what PostgreSQL refuses; the copy repairs and lists it instead of
failing half-way: text longer than a ``VARCHAR(n)`` column is cut to the limit,
NUL characters are removed (the full value stays in the source file).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, Table, Text, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from rakor_desktop.db import Database, migrate
from rakor_desktop.db.sql import table_of
from rakor_desktop.domain.models import AuditEvent, InviteeGroup, MinutesRevision, Office
from rakor_desktop.messages import M
from rakor_desktop.services.office import audit
from rakor_desktop.services.transfer.bundle import (
    CHUNK,
    FOREIGN_KEYS,
    TABLE_LABELS,
    TABLES,
    BundleImportReport,
    LoadedBundle,
    Merger,  # the bundle's merge, reused as it is (one code path for both)
)

log = logging.getLogger(__name__)

_OFFICE: Table = table_of(Office)
_REVISION: Table = table_of(MinutesRevision)
_AUDIT: Table = table_of(AuditEvent)
_GROUP: Table = table_of(InviteeGroup)
#: Tables copied here in addition to the bundle's, in this order (a table the bundle
#: learns to carry, as it did minutes revisions, is left to the bundle's merge).
EXTRA_TABLES: dict[str, Table] = {
    name: table
    for name, table in (
        ("office", _OFFICE),
        ("minutes_revision", _REVISION),
        ("audit_event", _AUDIT),
        ("invitee_group", _GROUP),
    )
    if name not in TABLES
}
LABELS = {
    **TABLE_LABELS,
    "office": "kantor (kop)",
    "minutes_revision": "revisi notulen",
    "audit_event": "jejak audit",
    "invitee_group": "kelompok undangan",
}
#: Every table the app owns. A new table must be added to the bundle or here,
#: otherwise a copy would silently leave it behind (a test checks this).
COPIED_TABLES = (*TABLES, *EXTRA_TABLES)
#: Tables that belong to one laptop and are deliberately not copied: the outbox holds
#: paths to files on this disk and this laptop's delivery log (issue 21).
LOCAL_TABLES = ("outbox_message",)


class CopyError(ValueError):
    """The copy cannot run; the message is for the user and the target is unchanged."""


class CopyCancelled(Exception):
    """The user cancelled; the target's transaction was rolled back."""


@dataclass
class CopyReport:
    """What the copy did, per table, with everything repaired or refused listed."""

    source: str
    target: str
    read: dict[str, int] = field(default_factory=dict)
    merge: BundleImportReport | None = None
    extra_inserted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    extra_unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    extra_updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    repaired: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)

    def _merged(self, kind: str, name: str) -> int:
        if name in EXTRA_TABLES:
            return getattr(self, f"extra_{kind}").get(name, 0)
        if self.merge is None:
            return 0
        return getattr(self.merge, kind).get(name, 0)

    def inserted(self, name: str) -> int:
        return self._merged("inserted", name)

    def updated(self, name: str) -> int:
        return self._merged("updated", name)

    def unchanged(self, name: str) -> int:
        n = self._merged("unchanged", name)
        if self.merge is not None and name not in EXTRA_TABLES:
            n += self.merge.kept_local.get(name, 0)
        return n

    @property
    def all_rejected(self) -> list[dict[str, str]]:
        return [*(self.merge.rejected if self.merge else []), *self.rejected]

    @property
    def conflicts(self) -> int:
        return len(self.merge.conflicts) if self.merge else 0

    def total_read(self) -> int:
        return sum(self.read.values())

    def total_inserted(self) -> int:
        return sum(self.inserted(n) for n in COPIED_TABLES)

    def summary_lines(self) -> list[str]:
        lines = [
            f"Salinan {self.source} -> {self.target} selesai: {self.total_read()} baris dibaca, "
            f"{self.total_inserted()} baru, {sum(self.updated(n) for n in COPIED_TABLES)} diperbarui, "
            f"{self.conflicts} konflik, {len(self.all_rejected)} ditolak."
        ]
        for name in COPIED_TABLES:
            n = self.read.get(name, 0)
            if not n:
                continue
            lines.append(
                f"  {LABELS.get(name, name)}: {n} dibaca, {self.inserted(name)} baru, "
                f"{self.updated(name)} diperbarui, {self.unchanged(name)} sudah ada"
            )
        if self.merge is not None and self.merge.conflicts:
            lines.append("Konflik (versi yang lebih baru dipakai):")
            lines.extend("  - " + c.describe() for c in self.merge.conflicts[:50])
        for r in self.all_rejected:
            lines.append(
                f"  DITOLAK {LABELS.get(r['table'], r['table'])} {r['uuid']}: {r['reason']}"
            )
        lines.extend("  Diperbaiki: " + w for w in self.repaired)
        notes = [*(self.merge.warnings if self.merge else []), *self.warnings]
        lines.extend("  Catatan: " + w for w in notes)
        return lines

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "tables": {
                name: {
                    "read": self.read.get(name, 0),
                    "inserted": self.inserted(name),
                    "updated": self.updated(name),
                    "unchanged": self.unchanged(name),
                }
                for name in COPIED_TABLES
            },
            "conflicts": self.conflicts,
            "rejected": self.all_rejected,
            "repaired": self.repaired,
            "warnings": [*(self.merge.warnings if self.merge else []), *self.warnings],
        }


# -- reading the source ---------------------------------------------------------------


def _read_all(conn: Connection, table: Table) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(select(table).order_by(table.c.id))]


def _varchar_length(type_: Any) -> int | None:
    """The n of VARCHAR(n), also through sqlmodel's AutoString (a TypeDecorator)."""
    impl = getattr(type_, "impl", type_)
    if isinstance(impl, String) and not isinstance(impl, Text):
        return getattr(type_, "length", None) or impl.length
    return None


def _repair_text(name: str, table: Table, row: dict[str, Any], repaired: list[str]) -> None:
    """What SQLite stored but PostgreSQL refuses: NUL characters, text over VARCHAR(n)."""
    for col in table.columns:
        value = row.get(col.name)
        if not isinstance(value, str):
            continue
        fixed = value.replace("\x00", "")
        limit = _varchar_length(col.type)
        if limit and len(fixed) > limit:
            fixed = fixed[:limit]
        if fixed != value:
            what = (
                "dipotong"
                if limit and len(value.replace("\x00", "")) > limit
                else "karakter NUL dihapus"
            )
            repaired.append(
                f"{LABELS.get(name, name)} {row.get('uuid')}: kolom {col.name} {what}"
                + (f" (maks. {limit} karakter)" if what == "dipotong" else "")
            )
            row[col.name] = fixed


def read_source(
    conn: Connection, repaired: list[str]
) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Every row of every table, foreign keys as uuids (bundle form), plus the extras raw."""
    raw = {name: _read_all(conn, t) for name, t in TABLES.items()}
    uuid_of: dict[str, dict[int, str]] = {
        name: {r["id"]: r["uuid"] for r in rows} for name, rows in raw.items()
    }
    rows: dict[str, list[dict]] = {}
    for name, table_rows in raw.items():
        fks = FOREIGN_KEYS[name]
        out = []
        for r in table_rows:
            row = {k: v for k, v in r.items() if k != "id"}
            for col, ref in fks.items():
                if row.get(col) is not None:
                    row[col] = uuid_of[ref].get(row[col])
            _repair_text(name, TABLES[name], row, repaired)
            out.append(row)
        rows[name] = out
    extras = {name: _read_all(conn, t) for name, t in EXTRA_TABLES.items()}
    for name, table_rows in extras.items():
        for r in table_rows:
            _repair_text(name, EXTRA_TABLES[name], r, repaired)
    # Ids inside extras (minutes -> meeting, groups -> OPDs/people) as uuids.
    for r in extras.get("minutes_revision", []):
        r["meeting_id"] = uuid_of["meeting"].get(r["meeting_id"])
    for r in extras["invitee_group"]:
        r["organization_ids"] = _ids_to_uuids(r["organization_ids"], uuid_of["organization"])
        r["person_ids"] = _ids_to_uuids(r["person_ids"], uuid_of["person"])
    return rows, extras


def _ids_to_uuids(text: str, uuid_of: dict[int, str]) -> list[str]:
    try:
        ids = json.loads(text or "[]")
    except ValueError:
        return []
    return [uuid_of[i] for i in ids if isinstance(i, int) and i in uuid_of]


# -- writing the extras -----------------------------------------------------------------


class _Extras:
    """Merge of the tables bundles do not carry, on the target's connection."""

    def __init__(
        self, conn: Connection, merger: Merger, report: CopyReport, *, target_had_cards: bool
    ) -> None:
        self.conn = conn
        self.merger = merger
        self.report = report
        self.target_had_cards = target_had_cards

    def _known(self, table: Table, uuids: list[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(uuids), CHUNK):
            part = uuids[i : i + CHUNK]
            for r in self.conn.execute(select(table).where(table.c.uuid.in_(part))):
                out[r._mapping["uuid"]] = dict(r._mapping)
        return out

    def office(self, rows: list[dict[str, Any]]) -> None:
        """One office per database; its QR secret signs every printed invitation card.

        Same row (uuid): the newer version wins. A different row: an office whose
        secret was never printed on a card (no invitations yet, e.g. the fresh office
        of a new server) takes the source's values, uuid and secret included, so the
        cards printed from the laptop still scan at the server's doors. When both have
        printed cards the target keeps its own and the report says which cards fail.
        """
        if not rows:
            return
        src = {k: v for k, v in rows[0].items() if k != "id"}
        target = self.conn.execute(select(_OFFICE).order_by(_OFFICE.c.id)).first()
        if target is None:
            self.conn.execute(insert(_OFFICE).values(**src))
            self.report.extra_inserted["office"] += 1
            return
        tgt = dict(target._mapping)
        fields = {k: v for k, v in src.items() if k != "created_at"}
        if all(tgt.get(k) == v for k, v in fields.items() if k != "updated_at"):
            self.report.extra_unchanged["office"] += 1
            return
        take = src["updated_at"] > tgt["updated_at"]
        if tgt["uuid"] != src["uuid"]:
            take = not self.target_had_cards
            if (
                not take
                and self.report.read.get("invitation", 0)
                and tgt["qr_secret"] != src["qr_secret"]
            ):
                self.report.warnings.append(
                    "Basis data tujuan sudah memakai kode rahasia QR sendiri: kartu undangan yang "
                    "dicetak dari basis data sumber tidak akan terbaca di sana; cetak ulang kartunya "
                    "atau check-in dengan NIP/nama."
                )
        if not take:
            self.report.extra_unchanged["office"] += 1
            self.report.warnings.append("Data kantor (kop) di tujuan dipertahankan.")
            return
        self.conn.execute(update(_OFFICE).where(_OFFICE.c.id == tgt["id"]).values(**fields))
        self.report.extra_updated["office"] += 1

    def minutes(self, rows: list[dict[str, Any]]) -> None:
        """Finalized revisions are immutable: insert the unknown ones, never overwrite."""
        known = self._known(_REVISION, [r["uuid"] for r in rows])
        meetings = self.merger.idmap["meeting"]
        for r in rows:
            if r["uuid"] in known:
                if known[r["uuid"]]["sha256"] != r["sha256"]:
                    self.report.warnings.append(
                        f"Revisi notulen {r['uuid']} berbeda di tujuan; versi tujuan dipertahankan."
                    )
                self.report.extra_unchanged["minutes_revision"] += 1
                continue
            meeting_id = meetings.get(r["meeting_id"]) if r["meeting_id"] else None
            if meeting_id is None:
                self._reject("minutes_revision", r["uuid"], "rapatnya tidak ikut tersalin")
                continue
            values = {k: v for k, v in r.items() if k != "id"}
            values["meeting_id"] = meeting_id
            self._insert_one("minutes_revision", _REVISION, values)

    def audit(self, rows: list[dict[str, Any]]) -> None:
        known = self._known(_AUDIT, [r["uuid"] for r in rows])
        fresh = [{k: v for k, v in r.items() if k != "id"} for r in rows if r["uuid"] not in known]
        self.report.extra_unchanged["audit_event"] += len(rows) - len(fresh)
        for i in range(0, len(fresh), CHUNK):
            self.conn.execute(insert(_AUDIT), fresh[i : i + CHUNK])
        self.report.extra_inserted["audit_event"] += len(fresh)

    def groups(self, rows: list[dict[str, Any]]) -> None:
        known = self._known(_GROUP, [r["uuid"] for r in rows])
        orgs, people = self.merger.idmap["organization"], self.merger.idmap["person"]
        for r in rows:
            values = {k: v for k, v in r.items() if k != "id"}
            values["organization_ids"] = json.dumps(
                [orgs[u] for u in r["organization_ids"] if u in orgs]
            )
            values["person_ids"] = json.dumps([people[u] for u in r["person_ids"] if u in people])
            local = known.get(r["uuid"])
            if local is None:
                self._insert_one("invitee_group", _GROUP, values)
                continue
            same = all(
                local.get(k) == values[k] for k in ("name", "organization_ids", "person_ids")
            )
            if same or values["updated_at"] <= local["updated_at"]:
                self.report.extra_unchanged["invitee_group"] += 1
                continue
            changes = {
                k: values[k] for k in ("name", "organization_ids", "person_ids", "updated_at")
            }
            try:
                with self.conn.begin_nested():
                    self.conn.execute(
                        update(_GROUP).where(_GROUP.c.id == local["id"]).values(**changes)
                    )
            except IntegrityError:
                self._reject(
                    "invitee_group", r["uuid"], "nama kelompok sudah dipakai kelompok lain"
                )
                continue
            self.report.extra_updated["invitee_group"] += 1

    def _insert_one(self, name: str, table: Table, values: dict[str, Any]) -> None:
        try:
            with self.conn.begin_nested():
                self.conn.execute(insert(table).values(**values))
        except IntegrityError as exc:
            reason = str(getattr(exc, "orig", exc)).splitlines()[0][:120]
            self._reject(name, values["uuid"], f"bentrok dengan data yang sudah ada ({reason})")
            return
        self.report.extra_inserted[name] += 1

    def _reject(self, name: str, uid: str, reason: str) -> None:
        self.report.rejected.append({"table": name, "uuid": uid, "reason": reason})


# -- the copy ---------------------------------------------------------------------------


def _check_covered() -> None:
    owned = {t.name for t in SQLModel.metadata.sorted_tables}
    missing = owned - set(COPIED_TABLES) - set(LOCAL_TABLES)
    if missing:  # pragma: no cover - guarded by a test; a developer error, not a user one
        raise RuntimeError(f"server_copy does not copy tables {sorted(missing)}")


def copy_database(
    source: Database,
    target: Database,
    *,
    progress: Callable[[int, int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> CopyReport:
    """Merge everything in ``source`` into ``target`` by uuid, in one target transaction.

    ``progress(done, total)`` is called per table; ``check()`` is called between tables
    and may raise (the worker's cancel) to roll the whole copy back.
    """
    _check_covered()
    if source.url == target.url:
        raise CopyError(M("Sumber dan tujuan adalah basis data yang sama."))
    for db in (source, target):
        rev = db.schema_revision()
        if rev != migrate.head_revision():
            raise CopyError(
                M(
                    "Skema basis data {display_name} ({rev}) tidak sama dengan versi aplikasi ini; buka basis data itu dengan aplikasi ini dulu.",
                    display_name=db.display_name,
                    rev=rev,
                )
            )
    report = CopyReport(source=source.display_name, target=target.display_name)
    steps = len(TABLES) + len(EXTRA_TABLES) + 1
    step = 0

    def tick() -> None:
        nonlocal step
        step += 1
        if progress is not None:
            progress(step, steps)
        if check is not None:
            check()

    with source.session() as s:
        rows, extras = read_source(s.connection(), report.repaired)
    report.read = {name: len(v) for name, v in rows.items()}
    report.read.update({name: len(v) for name, v in extras.items()})
    tick()
    bundle = LoadedBundle(
        manifest={
            "created_at": None,
            "schema_revision": migrate.head_revision(),
            "counts": report.read,
            "scope": {"copy": report.source},
        },
        rows=rows,
    )
    merge_report = BundleImportReport(manifest=bundle.manifest, dry_run=False)
    report.merge = merge_report
    with target.session(write=True) as s:
        conn = s.connection()
        # Before the merge adds the source's invitations: had the target printed cards?
        had_cards = conn.execute(select(TABLES["invitation"].c.id).limit(1)).first() is not None
        merger = Merger(conn, bundle, merge_report)
        for name in TABLES:
            merger.merge_table(name)
            tick()
        merger.fix_self_references()
        extra = _Extras(conn, merger, report, target_had_cards=had_cards)
        handlers = {
            "office": extra.office,
            "minutes_revision": extra.minutes,
            "audit_event": extra.audit,
            "invitee_group": extra.groups,
        }
        for name, rows_of_table in extras.items():
            handlers[name](rows_of_table)
            tick()
        audit.record(
            s, "server.copy", entity="database", source=report.source,
            read=report.total_read(), inserted=report.total_inserted(),
            conflicts=report.conflicts, rejected=len(report.all_rejected),
        )  # fmt: skip
    log.info("copied %s -> %s: %s", report.source, report.target, report.as_json()["tables"])
    return report


def missing_in_target(source: Database, target: Database) -> dict[str, list[str]]:
    """Source uuids the target does not hold, per table (matched-by-key rows aside).

    For checking a copy afterwards: an empty result means every row arrived.
    """
    out: dict[str, list[str]] = {}
    for name in COPIED_TABLES:
        table = TABLES[name] if name in TABLES else EXTRA_TABLES[name]
        with source.session() as s:
            src = {r[0] for r in s.connection().execute(select(table.c.uuid))}
        with target.session() as s:
            dst = {r[0] for r in s.connection().execute(select(table.c.uuid))}
        if src - dst:
            out[name] = sorted(src - dst)
    return out
