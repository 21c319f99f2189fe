"""Finalizing the Notulen, amendments, and checking a PDF against the record.

Once the chair signs the minutes, the printed paper and the database must tell
the same story. Finalizing a CLOSED meeting freezes a :class:`MinutesRevision`:

- ``content`` is a canonical JSON snapshot of everything the Notulen prints
  (sorted keys, lists in print order, UTC ISO times), so the same revision always
  re-renders to the same PDF, whatever is edited in the database later;
- ``sha256`` is the hash of that text; its first ten hex digits, grouped as
  ``RKR-3F2A-91C0-7B``, are printed in every page footer as the verification code,
  and the full hash is written into the PDF metadata (``/RakorSHA256``);
- the meeting becomes ``finalized`` (every edit is then refused by
  :func:`rakor_desktop.services.meetings.close.ensure_editable`) and the event is
  audited.

A correction goes through :func:`meeting_close.begin_amendment` (reason required,
audited), then finalizing again writes revision 2, 3 ...; the Notulen of an
amended meeting lists its revisions with dates and reasons.

:func:`verify_pdf` answers "is this file the finalized Notulen?": it reads the
code from the PDF text, finds the revision, re-renders it from its snapshot and
compares. Byte equality is the strong answer (ReportLab runs in invariant mode);
when the bytes differ only because the software was updated, the metadata hash,
the file structure (no appended update) and the extracted text of every page
must still match, so a changed name, number or decision fails.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from rakor_desktop.documents.data import (
    AgendaItemData,
    AttendeeData,
    FollowUpData,
    MeetingData,
    OfficeData,
    OpdReportData,
    PersonData,
    RevisionData,
    SignatoryData,
)
from rakor_desktop.domain.enums import MEETING_STATUS_LABELS, MeetingStatus
from rakor_desktop.domain.models import AuditEvent, Meeting, MinutesRevision
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import begin_amendment, get_meeting
from rakor_desktop.services.minutes.assemble import (
    meeting_data,
    revision_entries,
    revisions_of,
)
from rakor_desktop.services.office import audit

SNAPSHOT_FORMAT = "rakor-notulen/1"
CODE_PREFIX = "RKR"
CODE_HEX = 10
#: PDF document-information key that carries the full SHA-256 of the snapshot.
META_KEY = "/RakorSHA256"
CODE_PATTERN = re.compile(r"\bRKR-([0-9A-F]{4})-([0-9A-F]{4})-([0-9A-F]{2})\b")


class FinalizeRefused(ValueError):
    """The meeting cannot be finalized now; the message says why and what to do."""


# ------------------------------------------------------------------------ codes


def verification_code(sha256: str) -> str:
    """``RKR-3F2A-91C0-7B``: short enough to read aloud, 40 bits of the hash."""
    h = sha256[:CODE_HEX].upper()
    return f"{CODE_PREFIX}-{h[0:4]}-{h[4:8]}-{h[8:10]}"


def code_prefix(code: str) -> str:
    """The lower-case hex digits of a verification code (what ``sha256`` starts with)."""
    m = CODE_PATTERN.search(code.upper())
    if not m:
        raise ValueError(
            M("Kode verifikasi {code} tidak dikenali (bentuk: RKR-XXXX-XXXX-XX).", code=repr(code))
        )
    return "".join(m.groups()).lower()


# ------------------------------------------------------------------------ snapshot


def _encode(value: Any) -> Any:
    """Plain JSON values; datetimes in UTC ISO form so the text does not depend on the zone."""
    if isinstance(value, RevisionData):
        return {"number": value.number, "date": value.date.isoformat(), "reason": value.reason}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(M("naive datetime in a snapshot"))
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, float) and value != value:
        raise ValueError(M("NaN in a snapshot"))
    return value


def canonical_json(payload: Mapping[str, Any]) -> str:
    """Sorted keys, no insignificant whitespace, UTF-8 text: one text per content."""
    return json.dumps(
        _encode(payload), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _person(d: Mapping[str, Any]) -> PersonData:
    return PersonData(**d)


def _signatory(d: Mapping[str, Any] | None) -> SignatoryData | None:
    if d is None:
        return None
    return SignatoryData(**{**d, "person": _person(d["person"])})


def _strokes(value: Sequence | None) -> tuple | None:
    if value is None:
        return None
    return tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in value)


def meeting_from_snapshot(d: Mapping[str, Any]) -> MeetingData:
    """Rebuild the renderer input exactly as it was frozen."""
    return MeetingData(
        title=d["title"],
        starts_at=_dt(d["starts_at"]),  # type: ignore[arg-type]
        ends_at=_dt(d["ends_at"]),
        place=d["place"],
        chair=_signatory(d["chair"]),  # type: ignore[arg-type]
        agenda=d["agenda"],
        letter_number=d["letter_number"],
        letter_date=_day(d["letter_date"]),
        letter_nature=d["letter_nature"],
        letter_subject=d["letter_subject"],
        invitation_body=d["invitation_body"],
        invitation_signatory=_signatory(d["invitation_signatory"]),
        secretary=_person(d["secretary"]) if d["secretary"] else None,
        notulis=_signatory(d["notulis"]),
        opening_remarks=d["opening_remarks"],
        agenda_items=tuple(
            AgendaItemData(
                title=i["title"],
                presenter=i["presenter"],
                notes=i["notes"],
                decisions=tuple(i["decisions"]),
                directives=tuple(i["directives"]),
            )
            for i in d["agenda_items"]
        ),
        followups=tuple(
            FollowUpData(**{**f, "due_date": _day(f["due_date"])}) for f in d["followups"]
        ),
        opd_reports=tuple(
            OpdReportData(**{**r, "indicators": dict(r["indicators"])}) for r in d["opd_reports"]
        ),
        attendees=tuple(
            AttendeeData(
                **{
                    **a,
                    "person": _person(a["person"]),
                    "checked_in_at": _dt(a["checked_in_at"]),
                    "signature": _strokes(a["signature"]),
                }
            )
            for a in d["attendees"]
        ),
        invitees=(),
        tembusan=tuple(d["tembusan"]),
        revisions=tuple(
            RevisionData(r["number"], date.fromisoformat(r["date"]), r["reason"])
            for r in d["revisions"]
        ),
        verification_code=None,
        minutes_number=d.get("minutes_number", ""),  # finals frozen before numbering have none
        monev=tuple(d.get("monev", ())),  # nor before monev
    )


def office_from_snapshot(d: Mapping[str, Any]) -> OfficeData:
    return OfficeData(**{**d, "logo_path": Path(d["logo_path"]) if d["logo_path"] else None})


@dataclass(frozen=True, slots=True)
class Snapshot:
    meeting_uuid: str
    revision: int
    finalized_at: datetime
    meeting: MeetingData
    office: OfficeData


def load_snapshot(content: str) -> Snapshot:
    data = json.loads(content)
    if data.get("format") != SNAPSHOT_FORMAT:
        raise ValueError(
            M(
                "Format snapshot notulen {value} tidak dikenal oleh versi ini.",
                value=repr(data.get("format")),
            )
        )
    return Snapshot(
        meeting_uuid=data["meeting_uuid"],
        revision=int(data["revision"]),
        finalized_at=_dt(data["finalized_at"]),  # type: ignore[arg-type]
        meeting=meeting_from_snapshot(data["meeting"]),
        office=office_from_snapshot(data["office"]),
    )


# ------------------------------------------------------------------------ rendering


def stamp_pdf(pdf: bytes, sha256: str, *, revision: int) -> bytes:
    """Write the full hash into the document information (deterministic: same in, same out)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata(
        {
            META_KEY: sha256,
            "/Keywords": f"Notulen final revisi {revision}; {verification_code(sha256)}; "
            f"SHA-256 {sha256}",
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def revision_document(rev: MinutesRevision) -> tuple[MeetingData, OfficeData]:
    snap = load_snapshot(rev.content)
    meeting = replace(snap.meeting, verification_code=verification_code(rev.sha256))
    return meeting, snap.office


def render_revision(rev: MinutesRevision) -> bytes:
    """The finalized Notulen of one revision, exactly as issued."""
    from rakor_desktop.documents.minutes import render_minutes

    meeting, office = revision_document(rev)
    return stamp_pdf(render_minutes(meeting, office), rev.sha256, revision=rev.number)


def latest_revision(session: Session, meeting_id: int) -> MinutesRevision | None:
    return session.exec(
        select(MinutesRevision)
        .where(MinutesRevision.meeting_id == meeting_id)
        .order_by(col(MinutesRevision.number).desc())
    ).first()


# ------------------------------------------------------------------------ finalize


@dataclass(frozen=True, slots=True)
class FinalizeResult:
    meeting_id: int
    revision: int
    sha256: str
    code: str
    reason: str


def _status_label(status: str) -> str:
    try:
        return MEETING_STATUS_LABELS[MeetingStatus(status)]
    except ValueError:
        return status


def _amendment_reason(session: Session, meeting: Meeting) -> str:
    """The reason given when the latest amendment was begun (from the audit trail)."""
    event = session.exec(
        select(AuditEvent)
        .where(AuditEvent.action == "meeting.amendment", AuditEvent.entity_uuid == meeting.uuid)
        .order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc())
    ).first()
    if event is None:
        return ""
    try:
        return str(json.loads(event.detail or "{}").get("reason") or "")
    except ValueError:
        return ""


def _minutes_number(
    session: Session, existing: Sequence[MinutesRevision], meeting: Meeting, zone: str
) -> str:
    """An amendment keeps the Notulen's number; a first finalization takes the next one."""
    from rakor_desktop.services.office.numbering import issue_number

    if existing:
        return load_snapshot(existing[-1].content).meeting.minutes_number
    local = to_office(meeting.starts_at, zone)
    year = local.year if local else utcnow().year
    return issue_number(session, "notulen", year=year, meeting_uuid=meeting.uuid)


def finalize_meeting(
    session: Session,
    meeting_id: int,
    *,
    reason: str = "",
    actor: str | None = None,
    now: datetime | None = None,
) -> FinalizeResult:
    """Freeze the Notulen of a closed meeting as the next revision.

    Revision 1 needs no reason. A later revision (after
    :func:`meeting_close.begin_amendment`) takes ``reason`` or, when empty, the
    reason recorded when the amendment was begun; one of the two is required.
    """
    now = now or utcnow()
    m = get_meeting(session, meeting_id)
    if m.status == MeetingStatus.FINALIZED:
        last = latest_revision(session, meeting_id)
        revision_note = f" (revisi {last.number})" if last else ""
        raise FinalizeRefused(
            M(
                'Rapat "{title}" sudah difinalkan{number}. Untuk memperbaikinya, buat amandemen dengan alasan; finalisasi berikutnya menjadi revisi baru.',
                title=m.title,
                number=revision_note,
            )
        )
    if m.status != MeetingStatus.CLOSED:
        raise FinalizeRefused(
            M(
                'Rapat "{title}" berstatus {value}; hanya rapat yang sudah ditutup dapat difinalkan. Tutup rapat dulu (notulis, keputusan dan status peserta yang tidak hadir harus lengkap).',
                title=m.title,
                value=_status_label(m.status),
            )
        )
    existing = revisions_of(session, meeting_id)
    number = (existing[-1].number + 1) if existing else 1
    reason = " ".join((reason or "").split())
    if number > 1 and not reason:
        reason = _amendment_reason(session, m)
    if number > 1 and not reason:
        raise FinalizeRefused(M("Alasan amandemen wajib diisi untuk revisi notulen berikutnya."))
    rev = MinutesRevision(
        meeting_id=meeting_id,
        number=number,
        content="",
        sha256="",
        reason=reason[:500],
        finalized_by=(actor or audit.current_actor())[:100],
        created_at=now,
        updated_at=now,
    )
    docs = meeting_data(session, meeting_id, now=now, invitees=False)
    zone = docs.office.time_zone
    meeting = replace(
        docs.meeting,
        revisions=tuple(revision_entries([*existing, rev], zone)),
        invitees=(),
        verification_code=None,
        minutes_number=_minutes_number(session, existing, m, zone),
    )
    payload = {
        "format": SNAPSHOT_FORMAT,
        "meeting_uuid": m.uuid,
        "revision": number,
        "finalized_at": now,
        "meeting": meeting,
        "office": docs.office,
    }
    rev.content = canonical_json(payload)
    rev.sha256 = sha256_text(rev.content)
    session.add(rev)
    m.status = MeetingStatus.FINALIZED.value
    m.updated_at = now
    session.add(m)
    code = verification_code(rev.sha256)
    audit.record(
        session,
        "meeting.finalize",
        entity="meeting",
        entity_uuid=m.uuid,
        actor=actor,
        revision=number,
        sha256=rev.sha256,
        code=code,
        reason=reason,
    )
    session.flush()
    return FinalizeResult(meeting_id, number, rev.sha256, code, reason)


def amend_and_finalize(
    session: Session,
    meeting_id: int,
    reason: str,
    *,
    actor: str | None = None,
    now: datetime | None = None,
) -> FinalizeResult:
    """Re-issue a finalized Notulen as a new revision in one step.

    For corrections that were made where the meeting lock does not reach (a name or
    NIP fixed in the people directory, the kop of the office) and must now appear
    on the signed minutes. The reason is required and audited twice (amendment,
    finalization).
    """
    begin_amendment(session, meeting_id, reason, actor=actor)
    return finalize_meeting(session, meeting_id, reason=reason, actor=actor, now=now)


# ------------------------------------------------------------------------ verify


def verify_pdf(session: Session, pdf: Path | str | bytes) -> Any:
    """Kept for callers of this module; the verdict is made in ``minutes/verify.py``."""
    from rakor_desktop.services.minutes.verify import verify_pdf as verify

    return verify(session, pdf)
