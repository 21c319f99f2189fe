"""Importing the staff directory from an office's spreadsheet: preview, then all or nothing.

Two steps, the same code path for the CLI and the wizard:

1. :func:`preview` computes a verdict for every row without writing anything: new
   person, update of an existing one (or unchanged), duplicate NIP in the file,
   invalid NIP (with the reason from ``domain.nip``), unknown OPD (created only when
   the user allows it), empty name, or a value too long for its column.
2. :func:`import_people` re-runs the preview inside one ``BEGIN IMMEDIATE``
   transaction and writes every acceptable row plus one audit event. It commits only
   at the end, so a crash, a cancel or a full disk leaves either none or all of it.

Matching: by NIP when the row has one (normalised, NI PPPK accepted), else by the
name key (titles, case and punctuation ignored) within the same OPD. Empty cells never
erase what the directory already knows. Speed: existing people and OPDs are loaded
once into dicts and rows are written with executemany in chunks, so 10,000 rows take
seconds, not minutes; ``progress(done, total)`` and ``cancel()`` are checked per chunk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlmodel import Session, select

from rakor_desktop.db.sql import inserted_id, select_row, stored_id, table_of
from rakor_desktop.domain.enums import OrgKind
from rakor_desktop.domain.models import Organization, Person
from rakor_desktop.domain.names import fold, name_key
from rakor_desktop.domain.nip import InvalidNip, clean, parse_nip
from rakor_desktop.domain.types import new_uuid, utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.directory.import_rows import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
    PeopleImportError,
    RowResult,
    Verdict,
    extract_values,
)
from rakor_desktop.services.directory.tabular import FIELD_LABELS, FIELDS, Table
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.tables import write_table
from rakor_desktop.services.outbox.settings import valid_address

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

CHUNK = 1000
# Column sizes from the model; longer values are refused per row (PostgreSQL would
# refuse the whole transaction, and SQLite would store what no document can print).
MAX_LEN = {
    "name": 200, "jabatan": 200, "pangkat": 100, "organization": 200, "phone": 40,
    "org_email": 200,
}  # fmt: skip


# -- preview -----------------------------------------------------------------------


@dataclass
class _Existing:
    id: int
    full_name: str
    nip: str | None
    jabatan: str
    pangkat: str
    organization_id: int | None
    phone: str


class _Directory:
    """Existing people and OPDs loaded once (two queries), indexed for matching."""

    def __init__(self, session: Session) -> None:
        self.by_id: dict[int, _Existing] = {}
        self.by_nip: dict[str, int] = {}
        self.by_name_org: dict[tuple[str, int | None], int] = {}
        stmt = select_row(
            Person.id,
            Person.full_name,
            Person.nip,
            Person.jabatan,
            Person.pangkat,
            Person.organization_id,
            Person.phone,
            Person.name_key,
        )
        for pid, full, nip, jab, pangkat, org_id, phone, key in session.exec(stmt).all():
            rec = _Existing(pid, full, nip, jab or "", pangkat or "", org_id, phone or "")
            self.by_id[pid] = rec
            if nip:
                self.by_nip[nip] = pid
            k = (key or name_key(full), org_id)
            self.by_name_org.setdefault(k, pid)
        self.org_by_key: dict[str, int] = {}
        self.org_names: dict[int, str] = {}
        self.org_emails: dict[int, str] = {}
        orgs = session.exec(
            select(Organization.id, Organization.name, Organization.short_name, Organization.email)
        ).all()
        for oid, name, _short, email in orgs:
            self.org_names[stored_id(oid)] = name
            self.org_emails[stored_id(oid)] = (email or "").lower()
            self.org_by_key.setdefault(fold(name), stored_id(oid))
        for oid, _name, short, _email in orgs:
            if short:
                self.org_by_key.setdefault(fold(short), stored_id(oid))
        self._folded: dict[str, str] = {}

    def fold(self, text: str) -> str:
        """``fold`` memoised: a 10,000-row list names the same 40 OPDs over and over."""
        out = self._folded.get(text)
        if out is None:
            out = self._folded[text] = fold(text)
        return out


def _check(progress: Progress | None, cancel: Cancel | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled(M("Impor dibatalkan; tidak ada data yang diubah."))
    if progress is not None:
        progress(done, total)


def preview(
    session: Session,
    table: Table,
    mapping: Mapping[str, int | None] | None = None,
    *,
    create_opd: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPreview:
    """A verdict per row; writes nothing. ``mapping`` defaults to the guessed columns."""
    mapping = dict(mapping if mapping is not None else table.guessed)
    if mapping.get("name") is None:
        raise PeopleImportError(
            M("Kolom Nama belum dipilih. Pilih kolom yang berisi nama pegawai.")
        )
    directory = _Directory(session)
    results: list[RowResult] = []
    seen_nips: dict[str, int] = {}
    seen_keys: dict[tuple[str, Any], int] = {}
    claimed: dict[int, int] = {}  # existing person id -> first row that matched it
    new_orgs: dict[str, str] = {}  # folded name -> name as first written
    org_emails: dict[Any, tuple[str, int]] = {}  # OPD id or new name -> (address, first row)
    total = len(table.rows)
    _check(progress, cancel, 0, total)
    for i, (row, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        if i and i % CHUNK == 0:
            _check(progress, cancel, i, total)
        values, nip_problem = extract_values(row, mapping)
        results.append(
            _judge(
                values,
                nip_problem,
                number,
                directory,
                create_opd,
                seen_nips,
                seen_keys,
                claimed,
                new_orgs,
                org_emails,
            )
        )
    _check(progress, cancel, total, total)
    changed_emails: dict[str, tuple[str, str]] = {}
    seen: set[Any] = set()
    for r in results:
        address = r.values["org_email"]
        if not (r.ok and address and r.values["organization"]):
            continue
        folded = directory.fold(r.values["organization"])
        oid = directory.org_by_key.get(folded)
        if (oid or folded) in seen:
            continue
        seen.add(oid or folded)
        if oid is None or directory.org_emails.get(oid) != address:
            changed_emails[folded] = (r.values["organization"], address)
    return ImportPreview(
        rows=results,
        mapping=mapping,
        create_opd=create_opd,
        new_organizations=list(new_orgs.values()),
        source=table.source,
        skipped_empty=table.skipped_empty,
        organization_emails=changed_emails,
    )


def _judge(
    values: dict[str, str],
    nip_problem: str | None,
    number: int,
    directory: _Directory,
    create_opd: bool,
    seen_nips: dict[str, int],
    seen_keys: dict[tuple[str, Any], int],
    claimed: dict[int, int],
    new_orgs: dict[str, str],
    org_emails: dict[Any, tuple[str, int]],
) -> RowResult:
    def result(verdict: Verdict, reason: str = "", **kw: Any) -> RowResult:
        return RowResult(row_number=number, verdict=verdict, values=values, reason=reason, **kw)

    name = values["name"]
    key = name_key(name) if name else ""
    if not key:
        return result(Verdict.EMPTY_NAME, "Kolom Nama kosong")
    for fld, limit in MAX_LEN.items():
        if len(values[fld]) > limit:
            return result(
                Verdict.INVALID_VALUE,
                f"{FIELD_LABELS[fld]} lebih dari {limit} karakter ({len(values[fld])})",
            )

    nip: str | None = None
    if nip_problem:
        return result(Verdict.INVALID_NIP, nip_problem)
    if clean(values["nip"]):
        try:
            nip = parse_nip(values["nip"]).digits
        except InvalidNip as exc:
            return result(Verdict.INVALID_NIP, f"NIP {values['nip'][:40]} {exc}")
        if nip in seen_nips:
            return result(
                Verdict.DUPLICATE_NIP,
                f"NIP ganda dalam berkas (sama dengan baris {seen_nips[nip]})",
            )
        seen_nips[nip] = number

    org_text = values["organization"]
    org_id: int | None = None
    org_key: Any = None
    new_org: str | None = None
    if org_text:
        folded = directory.fold(org_text)
        org_id = directory.org_by_key.get(folded)
        if org_id is None:
            if not create_opd:
                return result(
                    Verdict.UNKNOWN_OPD,
                    f'OPD "{org_text[:80]}" belum terdaftar; izinkan pembuatan OPD baru '
                    "atau perbaiki namanya",
                )
            new_org = new_orgs.setdefault(folded, org_text)
            org_key = ("baru", folded)
        else:
            org_key = org_id
    address = values["org_email"]
    if address:
        if not org_text:
            return result(Verdict.INVALID_VALUE, "Surel OPD diisi tetapi kolom OPD kosong")
        if not valid_address(address):
            return result(
                Verdict.INVALID_VALUE, f"Surel OPD {address[:80]} bukan alamat surel yang sah"
            )
        first = org_emails.setdefault(org_key, (address, number))
        if first[0] != address:
            return result(
                Verdict.INVALID_VALUE,
                f"Surel OPD berbeda dengan baris {first[1]} ({first[0]}) untuk OPD yang sama",
            )

    match: int | None = directory.by_nip.get(nip) if nip else None
    if match is None and not isinstance(org_key, tuple):  # a new OPD holds nobody yet
        candidate = directory.by_name_org.get((key, org_id))
        if candidate is not None:
            existing_nip = directory.by_id[candidate].nip
            if nip is None or existing_nip is None:
                match = candidate  # a differing NIP means a namesake: a new person

    if match is not None:
        if match in claimed:
            return result(
                Verdict.DUPLICATE_ROW,
                f"Orang yang sama sudah ada di baris {claimed[match]}",
                person_id=match,
            )
        claimed[match] = number
        changes = _changes(directory.by_id[match], values, nip, org_id, new_org, directory)
        if not changes:
            return result(Verdict.UNCHANGED, person_id=match, nip=nip, key=key)
        return result(
            Verdict.UPDATE,
            "",
            person_id=match,
            changes=changes,
            new_organization=new_org,
            nip=nip,
            key=key,
        )

    if nip is None:
        dup_key = (key, org_key)
        if dup_key in seen_keys:
            return result(
                Verdict.DUPLICATE_ROW,
                f"Nama dan OPD sama dengan baris {seen_keys[dup_key]} (tanpa NIP)",
            )
        seen_keys[dup_key] = number
    return result(
        Verdict.NEW,
        "OPD baru akan dibuat" if new_org else "",
        new_organization=new_org,
        nip=nip,
        key=key,
    )


def _name_improves(old: str, new: str) -> bool:
    """Whether a spelling of the *same* name should replace the stored one.

    Lists often drop academic titles or shout in capitals; "Wati" must not turn
    "Dra. Wati" back into "Wati", nor "BUDI" replace "Budi". A different name
    (different key) is always taken.
    """
    if new == old:
        return False
    if name_key(new) != name_key(old):
        return True
    if new.isupper() and not old.isupper():
        return False
    return len(new) >= len(old)


def _changes(
    old: _Existing,
    values: dict[str, str],
    nip: str | None,
    org_id: int | None,
    new_org: str | None,
    directory: _Directory,
) -> dict[str, tuple[str, str]]:
    """Field -> (old, new) for non-empty cells that differ. Empty cells keep what we know."""
    changes: dict[str, tuple[str, str]] = {}
    if _name_improves(old.full_name, values["name"]):
        changes["name"] = (old.full_name, values["name"])
    if nip and nip != old.nip:
        changes["nip"] = (old.nip or "", nip)
    for fld, current in (("jabatan", old.jabatan), ("pangkat", old.pangkat), ("phone", old.phone)):
        if values[fld] and values[fld] != current:
            changes[fld] = (current, values[fld])
    if new_org is not None:
        changes["organization"] = (directory.org_names.get(old.organization_id or -1, ""), new_org)
    elif org_id is not None and org_id != old.organization_id:
        changes["organization"] = (
            directory.org_names.get(old.organization_id or -1, ""),
            directory.org_names[org_id],
        )
    return changes


# -- apply -------------------------------------------------------------------------


def apply_preview(
    session: Session,
    plan: ImportPreview,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Write the acceptable rows of ``plan`` in the caller's transaction (no commit here).

    The caller owns the transaction (``with db.session(write=True)``); raising here,
    including :class:`ImportCancelled`, rolls all of it back.
    """
    now = utcnow()
    org_ids: dict[str, int] = {}
    org_table = table_of(Organization)
    person_table = table_of(Person)
    conn = session.connection()
    for name in plan.new_organizations:
        res = conn.execute(
            insert(org_table).values(
                uuid=new_uuid(),
                created_at=now,
                updated_at=now,
                name=name,
                short_name="",
                kind=OrgKind.OTHER.value,
                active=True,
            )
        )
        org_ids[fold(name)] = inserted_id(res)

    directory_org: dict[str, int] = {}
    if any(r.ok and not r.new_organization and r.values["organization"] for r in plan.rows):
        for oid, name, short in session.exec(
            select(Organization.id, Organization.name, Organization.short_name)
        ).all():
            directory_org.setdefault(fold(name), stored_id(oid))
            if short:
                directory_org.setdefault(fold(short), stored_id(oid))

    folded_cache: dict[str, str] = {}

    def folder(text: str) -> str:
        out = folded_cache.get(text)
        if out is None:
            out = folded_cache[text] = fold(text)
        return out

    def org_for(r: RowResult) -> int | None:
        if not r.values["organization"]:
            return None
        folded = folder(r.values["organization"])
        return org_ids.get(folded) or directory_org.get(folded)

    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    created = updated = unchanged = rejected = 0
    for r in plan.rows:
        if not r.ok:
            rejected += 1
            continue
        if r.verdict is Verdict.UNCHANGED:
            unchanged += 1
            continue
        nip = r.nip
        if r.verdict is Verdict.NEW:
            inserts.append(
                {
                    "uuid": new_uuid(),
                    "created_at": now,
                    "updated_at": now,
                    "full_name": r.values["name"],
                    "name_key": r.key or name_key(r.values["name"]),
                    "nip": nip,
                    "jabatan": r.values["jabatan"],
                    "pangkat": r.values["pangkat"],
                    "organization_id": org_for(r),
                    "phone": r.values["phone"],
                    "is_head": False,
                    "active": True,
                }
            )
            created += 1
        else:
            updates.append({"pid": r.person_id, **_update_values(r, nip, org_for(r), now)})
            updated += 1

    total = len(inserts) + len(updates)
    done = 0
    _check(progress, cancel, 0, total)
    for start in range(0, len(inserts), CHUNK):
        chunk = inserts[start : start + CHUNK]
        conn.execute(insert(person_table), chunk)
        done += len(chunk)
        _check(progress, cancel, done, total)
    # One UPDATE statement shape per set of changed columns, executemany within each.
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for u in updates:
        by_shape.setdefault(tuple(sorted(k for k in u if k != "pid")), []).append(u)
    for cols, params in by_shape.items():
        stmt = (
            update(person_table)
            .where(person_table.c.id == bindparam("pid"))
            .values({c: bindparam(c) for c in cols})
        )
        for start in range(0, len(params), CHUNK):
            chunk = params[start : start + CHUNK]
            conn.execute(stmt, chunk)
            done += len(chunk)
            _check(progress, cancel, done, total)

    emails = _apply_org_emails(session, plan, org_ids, now)
    audit.record(
        session,
        "people.import",
        entity="person",
        source=plan.source,
        created=created,
        updated=updated,
        unchanged=unchanged,
        rejected=rejected,
        organizations_created=len(plan.new_organizations),
    )
    session.flush()
    _check(progress, cancel, total, total)
    return ImportResult(
        preview=plan,
        created=created,
        updated=updated,
        unchanged=unchanged,
        rejected=rejected,
        organizations_created=len(plan.new_organizations),
        applied=True,
        organization_emails=emails,
    )


def _apply_org_emails(
    session: Session, plan: ImportPreview, new_ids: dict[str, int], now: Any
) -> int:
    """Set the OPD office addresses the list carries (a handful of OPDs: plain updates)."""
    if not plan.organization_emails:
        return 0
    by_key: dict[str, int] = dict(new_ids)
    for oid, name, short in session.exec(
        select(Organization.id, Organization.name, Organization.short_name)
    ).all():
        by_key.setdefault(fold(name), stored_id(oid))
        if short:
            by_key.setdefault(fold(short), stored_id(oid))
    changed = 0
    for folded, (_written, address) in plan.organization_emails.items():
        oid = by_key.get(folded)
        org = session.get(Organization, oid) if oid is not None else None
        if org is None or (org.email or "").lower() == address:
            continue
        org.email, org.updated_at = address, now
        session.add(org)
        changed += 1
    session.flush()
    return changed


def _update_values(r: RowResult, nip: str | None, org_id: int | None, now: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"updated_at": now}
    if "name" in r.changes:
        out["full_name"] = r.values["name"]
        out["name_key"] = r.key or name_key(r.values["name"])
    if "nip" in r.changes:
        out["nip"] = nip
    for fld in ("jabatan", "pangkat", "phone"):
        if fld in r.changes:
            out[fld] = r.values[fld]
    if "organization" in r.changes:
        out["organization_id"] = org_id
    return out


def import_people(
    db: Any,
    table: Table,
    mapping: Mapping[str, int | None] | None = None,
    *,
    create_opd: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Preview and (unless ``dry_run``) apply in ONE write transaction on ``db``.

    Re-running the preview inside the transaction means the verdicts written are the
    ones true at commit time, even if another station changed the directory after
    the user looked at the preview. A full disk raises :class:`PeopleImportError` with the
    "Disk penuh" message; nothing is written in that case either.
    """
    from rakor_desktop.db.recovery import describe_write_error, is_disk_full

    if dry_run:
        with db.session() as s:
            plan = preview(
                s, table, mapping, create_opd=create_opd, progress=progress, cancel=cancel
            )
        return _dry_result(plan)
    try:
        with db.session(write=True) as s:
            plan = preview(s, table, mapping, create_opd=create_opd, cancel=cancel)
            return apply_preview(s, plan, progress=progress, cancel=cancel)
    except ImportCancelled:
        raise
    except Exception as exc:
        folder = db.path.parent if getattr(db, "path", None) is not None else None
        if is_disk_full(exc, folder):
            raise PeopleImportError(describe_write_error(exc, "basis data", folder)) from exc
        raise


def _dry_result(plan: ImportPreview) -> ImportResult:
    c = Counter(r.verdict for r in plan.rows)
    return ImportResult(
        preview=plan,
        created=c[Verdict.NEW],
        updated=c[Verdict.UPDATE],
        unchanged=c[Verdict.UNCHANGED],
        rejected=sum(1 for r in plan.rows if not r.ok),
        organizations_created=len(plan.new_organizations),
        applied=False,
    )


REPORT_HEADERS = [
    "Baris",
    "Hasil",
    "Keterangan",
    *[FIELD_LABELS[f] for f in FIELDS],
    "Perubahan",
]


def report_rows(plan: ImportPreview) -> list[list[Any]]:
    rows = []
    for r in plan.rows:
        changes = "; ".join(
            f"{FIELD_LABELS[k]}: {old or '-'} -> {new}" for k, (old, new) in r.changes.items()
        )
        rows.append([r.row_number, r.label, r.reason, *[r.values[f] for f in FIELDS], changes])
    return rows


def save_report(plan: ImportPreview, path: str | Path) -> Path:
    """The per-row verdicts as ``.xlsx`` (coloured) or ``.csv`` for the person fixing the list."""
    return write_table(
        path,
        REPORT_HEADERS,
        report_rows(plan),
        sheet_title="Laporan impor",
        text_columns=(4, 8),
        fills=[r.colour for r in plan.rows],
    )
