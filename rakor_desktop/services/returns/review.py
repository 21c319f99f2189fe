"""What importing returned workbooks would do, row by row, and doing it in one go.

Every row ends in one of three outcomes, each with its reason in Indonesian:

- **diperbarui**: a progress report is recorded (with history, the follow-up's
  status and percent follow, evidence files are stored);
- **tidak berubah**: nothing filled in, the same as already recorded, or this very
  form was imported before (an import is never doubled);
- **ditolak**: an id or a signature that does not match what this office issued
  (typed over, copied from another OPD's form, a row added by hand), a follow-up of
  another OPD, progress recorded after the form was issued (the form is older than
  what the office knows), or values that do not read.

A whole file is refused only when it is not our form or its own signature fails.
``apply_returns`` writes every "diperbarui" row of every file in the caller's single
transaction: all of it is recorded, or none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from rakor_desktop.domain import followup_rules as rules
from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.models import AuditEvent, FollowUp, FollowUpUpdate, Organization
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.messages import M
from rakor_desktop.services.followups.progress import add_progress
from rakor_desktop.services.followups.query import MAX_EVIDENCE_PATH, _now, office_today
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import get_office, office_zone
from rakor_desktop.services.office.xlsx import ExcelError
from rakor_desktop.services.returns import evidence, reading, signing
from rakor_desktop.services.returns.reading import ReturnFile

AUDIT_ACTION = "followup.return"


class Outcome(StrEnum):
    UPDATED = "diperbarui"
    UNCHANGED = "tidak berubah"
    REFUSED = "ditolak"


@dataclass
class RowReview:
    sheet_row: int
    followup_uuid: str
    outcome: Outcome
    reason: str = ""
    followup_id: int | None = None
    action: str = ""
    percent: int | None = None
    status: FollowUpStatus | None = None
    day: date | None = None
    note: str = ""
    evidence: list[evidence.Evidence] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "row": self.sheet_row,
            "followup_uuid": self.followup_uuid,
            "followup_id": self.followup_id,
            "outcome": self.outcome.value,
            "reason": self.reason,
            "action": self.action,
            "percent": self.percent,
            "status": self.status.value if self.status else None,
            "day": self.day.isoformat() if self.day else None,
            "note": self.note,
            "evidence": [e.name for e in self.evidence],
            "notices": self.notices,
        }


@dataclass
class FileReview:
    path: Path
    organization: str = ""
    organization_id: int | None = None
    form_id: str = ""
    issued: datetime | None = None
    error: str = ""  # the whole file refused
    rows: list[RowReview] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    def as_json(self) -> dict:
        return {
            "file": str(self.path),
            "organization": self.organization or None,
            "form_id": self.form_id or None,
            "error": self.error or None,
            "updated": self.count(Outcome.UPDATED),
            "unchanged": self.count(Outcome.UNCHANGED),
            "refused": self.count(Outcome.REFUSED),
            "rows": [r.as_json() for r in self.rows],
        }


def _imported_before(session: Session, form_id: str) -> dict[str, datetime]:
    """Follow-ups (uuid -> when) already imported from this form: the audit trail says."""
    found: dict[str, datetime] = {}
    events = session.exec(
        select(AuditEvent).where(
            AuditEvent.action == AUDIT_ACTION, col(AuditEvent.detail).contains(form_id)
        )
    ).all()
    for e in events:
        try:
            if json.loads(e.detail).get("form_id") == form_id and e.entity_uuid:
                found[e.entity_uuid] = e.at
        except ValueError:
            continue
    return found


def review_file(
    session: Session,
    path: str | Path,
    *,
    now: datetime | None = None,
    claimed: set[str] | None = None,
) -> FileReview:
    """Judge every row of one returned workbook; nothing is written.

    ``claimed`` carries the follow-ups already taken by earlier files of the same import,
    so a follow-up in two files is updated once (from the first).
    """
    now = _now(now)
    path = Path(path)
    review = FileReview(path)
    try:
        data = reading.read_return(path)
    except ExcelError as exc:
        review.error = str(exc.args[0] if exc.args else exc)
        return review
    zone = office_zone(session)
    secret = get_office(session).qr_secret
    review.form_id = data.form_id
    org = session.exec(select(Organization).where(Organization.uuid == data.org_uuid)).first()
    expected = signing.form_signature(secret, data.form_id, data.org_uuid, data.issued)
    if (
        data.form_format != signing.FORMAT
        or org is None
        or not signing.same(data.form_signature, expected)
    ):
        review.error = M(
            "Berkas {name} tidak dibuat oleh kantor ini atau lembar Petunjuknya diubah; seluruh berkas tidak dipakai.",
            name=path.name,
        )
        return review
    try:
        issued = datetime.fromisoformat(data.issued)
    except ValueError:
        review.error = M("Tanggal pembuatan formulir {name} rusak.", name=path.name)
        return review
    review.organization, review.organization_id, review.issued = org.name, org.id, issued
    before = _imported_before(session, data.form_id)
    claimed = claimed if claimed is not None else set()
    for raw in data.rows:
        review.rows.append(
            _review_row(
                session, data, raw, org, issued, before, claimed, zone=zone, now=now, secret=secret
            )
        )
    return review


def _refused(
    raw: reading.RawRow, reason: M | str, *, followup_id: int | None = None, action: str = ""
) -> RowReview:
    return RowReview(
        raw.sheet_row, raw.followup_uuid, Outcome.REFUSED, reason,
        followup_id=followup_id, action=action,
    )  # fmt: skip


def _review_row(
    session: Session,
    data: ReturnFile,
    raw: reading.RawRow,
    org: Organization,
    issued: datetime,
    before: dict[str, datetime],
    claimed: set[str],
    *,
    zone: str,
    now: datetime,
    secret: str,
) -> RowReview:
    fu = (
        session.exec(select(FollowUp).where(FollowUp.uuid == raw.followup_uuid)).first()
        if raw.followup_uuid
        else None
    )
    own_sig = signing.row_signature(secret, data.form_id, data.org_uuid, raw.followup_uuid)
    if fu is not None and fu.organization_id != org.id:
        return _refused(raw, M("Tindak lanjut ini milik OPD lain; hanya OPD yang bersangkutan yang melaporkannya."),
                        followup_id=fu.id, action=fu.action)  # fmt: skip
    if not raw.followup_uuid or not signing.same(raw.signature, own_sig):
        return _refused(
            raw,
            M(
                "ID atau tanda baris tidak cocok dengan formulir yang dikirim (diubah, atau baris tambahan); baris ini tidak dipakai."
            ),
        )
    if fu is None:
        return _refused(raw, M("Tindak lanjut ini sudah tidak ada di basis data."))
    fid, act = fu.id, fu.action or fu.problem
    if fu.uuid in before:
        when = to_office(before[fu.uuid], zone)
        return RowReview(raw.sheet_row, fu.uuid, Outcome.UNCHANGED,
                         M("Sudah diimpor dari formulir ini pada {value}.", value=f"{when:%d/%m/%Y %H.%M}"),
                         followup_id=fid, action=act)  # fmt: skip
    if fu.uuid in claimed:
        return _refused(
            raw,
            M(
                "Tindak lanjut yang sama juga ada di berkas sebelumnya dalam impor ini; yang dipakai yang pertama."
            ),
            followup_id=fid,
            action=act,
        )
    formula_cols = [k for k, c in raw.cells.items() if c.formula and reading.is_blank(c.value)]
    if formula_cols:
        return _refused(
            raw,
            M("Sel berisi rumus tanpa nilai tersimpan; ketik angka atau teksnya langsung."),
            followup_id=fid,
            action=act,
        )
    latest = session.exec(
        select(func.max(FollowUpUpdate.at)).where(FollowUpUpdate.follow_up_id == fu.id)
    ).one()
    if latest is not None and latest > issued:
        return _refused(
            raw,
            M(
                "Ada progres yang lebih baru ({value}) daripada formulir ini ({issued}); minta formulir baru.",
                value=f"{to_office(latest, zone):%d/%m/%Y}",
                issued=f"{to_office(issued, zone):%d/%m/%Y}",
            ),
            followup_id=fid,
            action=act,
        )
    percent, e1 = reading.percent(raw.cells["percent"])
    status, e2 = reading.status(raw.cells["status"])
    day, e3 = reading.day(raw.cells["day"])
    note = reading.text(raw.cells["note"])
    problems = [str(e) for e in (e1, e2, e3) if e is not None]
    items: list[evidence.Evidence] = []
    notices: list[str] = []
    for name in reading.evidence_names(raw.cells["evidence"]):
        item, error = evidence.check(name, data.path.parent)
        if error is not None:
            problems.append(str(error))
        elif item is not None:
            items.append(item)
            if item.source is None:
                notices.append(
                    M(
                        'Berkas bukti "{name}" tidak ikut terkirim; hanya namanya dicatat.',
                        name=name[:60],
                    )
                )
    if day is not None and (day > office_today(now, zone) or day < to_office(issued, zone).date()):
        problems.append(M("Tanggal laporan harus antara tanggal formulir dan hari ini."))
    if problems:
        return _refused(raw, " ".join(problems), followup_id=fid, action=act)
    if percent is None and status is None and not note and not items:
        return RowReview(
            raw.sheet_row,
            fu.uuid,
            Outcome.UNCHANGED,
            M("Tidak diisi."),
            followup_id=fid,
            action=act,
        )
    try:
        result = rules.resolve(fu.status, fu.percent, status=status.value if status else None,
                               percent=percent, reason=note)  # fmt: skip
    except (rules.FollowUpRuleError, ValueError) as exc:
        return _refused(raw, str(exc), followup_id=fid, action=act)
    if (result.status.value, result.percent) == (fu.status, fu.percent) and not note and not items:
        return RowReview(
            raw.sheet_row,
            fu.uuid,
            Outcome.UNCHANGED,
            M("Sama dengan yang sudah tercatat."),
            followup_id=fid,
            action=act,
        )
    stored = "; ".join(e.stored_as for e in items)
    if len(stored) > MAX_EVIDENCE_PATH:
        return _refused(
            raw, M("Terlalu banyak berkas bukti untuk satu baris."), followup_id=fid, action=act
        )
    claimed.add(fu.uuid)
    return RowReview(
        raw.sheet_row, fu.uuid, Outcome.UPDATED, "", percent=percent, status=status, day=day,
        note=note, evidence=items, notices=notices, followup_id=fid, action=act,
    )  # fmt: skip


def review_files(
    session: Session, paths: list[Path], *, now: datetime | None = None
) -> list[FileReview]:
    claimed: set[str] = set()
    return [review_file(session, p, now=now, claimed=claimed) for p in paths]


@dataclass(frozen=True, slots=True)
class Applied:
    updated: int
    evidence_files: int


def apply_returns(
    session: Session,
    reviews: list[FileReview],
    *,
    data_dir: Path,
    now: datetime | None = None,
    actor: str | None = None,
) -> Applied:
    """Record every "diperbarui" row, in the caller's transaction (all or nothing).

    Evidence is copied first (content-addressed, so a rolled-back import leaves only
    unreferenced copies, never a reference without its file).
    """
    now = _now(now)
    updated = stored_files = 0
    for review in reviews:
        for row in review.rows:
            if row.outcome != Outcome.UPDATED or row.followup_id is None:
                continue
            refs = []
            for item in row.evidence:
                refs.append(evidence.store(item, data_dir))
                stored_files += item.source is not None
            note = row.note
            if row.evidence:
                names = ", ".join(e.name for e in row.evidence)
                note = f"{note}\nBukti: {names}" if note else f"Bukti: {names}"
            update = add_progress(
                session,
                row.followup_id,
                note=note,
                percent=row.percent,
                status=row.status.value if row.status else None,
                day=row.day,
                evidence_path="; ".join(refs) or None,
                now=now,
                actor=actor,
            )
            audit.record(
                session,
                AUDIT_ACTION,
                entity="follow_up",
                entity_uuid=row.followup_uuid,
                actor=actor,
                form_id=review.form_id,
                file=review.path.name,
                row=row.sheet_row,
                update_uuid=update.uuid,
            )
            updated += 1
    return Applied(updated, stored_files)
