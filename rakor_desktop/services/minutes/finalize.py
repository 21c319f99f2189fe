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


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """The verdict of :func:`verify_pdf`; ``message`` is what the user reads."""

    ok: bool
    status: str  # ok, unreadable, no_code, unknown_code, tampered, metadata, appended, content
    message: str
    code: str | None = None
    meeting_id: int | None = None
    meeting_title: str | None = None
    revision: int | None = None
    latest_revision: int | None = None
    exact: bool = False

    def as_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _normalize(text: str) -> str:
    return " ".join(text.split())


def _page_texts(reader: Any) -> list[str]:
    return [_normalize(page.extract_text() or "") for page in reader.pages]


def _single_revision_file(data: bytes) -> bool:
    """One body, nothing after it: an incremental update or appended bytes add a second
    ``%%EOF`` or trailing data, and a viewer would show the *updated* content."""
    return data.count(b"%%EOF") == 1 and data.rstrip().endswith(b"%%EOF")


def _when(rev: MinutesRevision, zone: str) -> str:
    from rakor_desktop.documents.text import format_date

    local = to_office(rev.created_at, zone)
    return format_date(local.date()) if local else ""


def verify_pdf(session: Session, pdf: Path | str | bytes) -> VerifyResult:
    """Does this PDF match a finalized Notulen revision in this database?"""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from rakor_desktop.services.office.settings import office_zone

    try:
        data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    except OSError as exc:
        return VerifyResult(
            False, "unreadable", f"Berkas tidak dapat dibaca: {exc.strerror or exc}."
        )
    try:
        reader = PdfReader(io.BytesIO(data))
        info: Mapping[str, Any] = reader.metadata or {}
        found = None
        # The code is in every footer: page 1 usually answers without reading the rest.
        for page in reader.pages:
            found = CODE_PATTERN.search(_normalize(page.extract_text() or ""))
            if found:
                break
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        return VerifyResult(
            False, "unreadable", "Berkas ini bukan PDF yang dapat dibaca; tidak dapat diverifikasi."
        )
    if not found:
        return VerifyResult(
            False,
            "no_code",
            "PDF ini tidak memuat kode verifikasi notulen final (RKR-XXXX-XXXX-XX); "
            "tidak dapat diverifikasi. Hanya notulen yang sudah difinalkan memuat kode.",
        )
    code = found.group(0)
    prefix = "".join(found.groups()).lower()
    candidates = session.exec(
        select(MinutesRevision).where(col(MinutesRevision.sha256).startswith(prefix))
    ).all()
    if not candidates:
        recorded = _audited_finalizations(session, prefix=prefix)
        if recorded:
            meeting_uuid, number, _sha = recorded[0]
            meeting = session.exec(select(Meeting).where(Meeting.uuid == meeting_uuid)).first()
            return VerifyResult(
                False,
                "tampered",
                f"Kode verifikasi {code} tercatat di jejak audit sebagai notulen final rapat "
                f'"{meeting.title if meeting else "?"}" revisi {number}, tetapi revisi itu di '
                "basis data ini tidak ada lagi atau telah diganti. Basis data telah diubah di "
                "luar Rakor Desktop; PDF ini mungkin yang asli. Periksa cadangan basis data.",
                code=code,
                meeting_id=meeting.id if meeting else None,
                revision=number,
            )
        return VerifyResult(
            False,
            "unknown_code",
            f"Kode verifikasi {code} tidak terdaftar di basis data ini: PDF ini bukan notulen "
            "final dari kantor ini, atau kodenya telah diubah.",
            code=code,
        )
    zone = office_zone(session)
    failure: VerifyResult | None = None
    for rev in candidates:
        meeting = session.get(Meeting, rev.meeting_id)
        title = meeting.title if meeting else "?"
        last = latest_revision(session, rev.meeting_id)
        common: dict[str, Any] = {
            "code": code,
            "meeting_id": rev.meeting_id,
            "meeting_title": title,
            "revision": rev.number,
            "latest_revision": last.number if last else rev.number,
        }
        audited = _audited_finalizations(session, meeting_uuid=meeting.uuid if meeting else "")
        if any(n == rev.number and sha != rev.sha256 for _u, n, sha in audited):
            failure = failure or VerifyResult(
                False,
                "tampered",
                f'TIDAK COCOK: revisi {rev.number} notulen rapat "{title}" di basis data ini '
                "tidak sama dengan yang tercatat di jejak audit saat difinalkan. Basis data "
                "telah diubah di luar Rakor Desktop; jangan percayai PDF yang dicetak darinya. "
                "Periksa cadangan basis data.",
                **common,
            )
            continue
        expected = render_revision(rev)
        exact = expected == data
        if not exact:
            problem = _mismatch(data, reader, info, rev, expected)
            if problem is not None:
                status, message = problem
                failure = failure or VerifyResult(False, status, message, **common)
                continue
        message = (
            f'COCOK: PDF ini adalah notulen final rapat "{title}" (nomor rapat '
            f"{rev.meeting_id}), revisi {rev.number}, difinalkan {_when(rev, zone)}."
        )
        if not exact:
            message += (
                " Isi teks dan tanda verifikasinya sama persis; berkasnya dibuat ulang oleh "
                "versi program yang berbeda."
            )
        if last is not None and last.number > rev.number:
            message += (
                f" Perhatian: sudah ada revisi {last.number} yang lebih baru; gunakan revisi "
                "terakhir."
            )
        return VerifyResult(True, "ok", message, exact=exact, **common)
    assert failure is not None
    return failure


def _audited_finalizations(
    session: Session, *, meeting_uuid: str | None = None, prefix: str | None = None
) -> list[tuple[str, int, str]]:
    """(meeting uuid, revision, sha256) as the audit trail recorded each finalization.

    A second record of every revision's hash: somebody who rewrites a revision's
    content and hash in the file (the issue-17 attack) leaves this one behind, so
    ``verify`` can tell. Revisions that arrived by bundle were audited at the station
    that finalized them and have no record here; they are judged by their hash alone.
    """
    stmt = select(AuditEvent).where(AuditEvent.action == "meeting.finalize")
    if meeting_uuid is not None:
        stmt = stmt.where(AuditEvent.entity_uuid == meeting_uuid)
    out = []
    for event in session.exec(stmt).all():
        try:
            detail = json.loads(event.detail or "{}")
            number, sha = int(detail["revision"]), str(detail["sha256"])
        except (ValueError, KeyError, TypeError):
            continue
        if prefix is None or sha.startswith(prefix):
            out.append((event.entity_uuid or "", number, sha))
    return out


def _mismatch(
    data: bytes, reader: Any, info: Mapping[str, Any], rev: MinutesRevision, expected: bytes
) -> tuple[str, str] | None:
    """Why a non-identical file is not the revision; None when only the producer differs."""
    from pypdf import PdfReader

    where = f"revisi {rev.number} notulen rapat nomor {rev.meeting_id}"
    expected_reader = PdfReader(io.BytesIO(expected))
    want_info = {str(k): str(v) for k, v in (expected_reader.metadata or {}).items()}
    got_info = {str(k): str(v) for k, v in info.items()}
    if got_info.get(META_KEY) != rev.sha256:
        return (
            "metadata",
            f"TIDAK COCOK: kode verifikasi menunjuk {where}, tetapi tanda verifikasi di "
            "dalam berkas tidak ada atau telah diubah. Berkas ini bukan PDF asli yang "
            "dibuat Rakor Desktop (mungkin disunting atau dicetak ulang ke PDF).",
        )
    if got_info != want_info:
        changed = sorted(k.lstrip("/") for k in set(got_info) ^ set(want_info)) or sorted(
            k.lstrip("/") for k in got_info if got_info[k] != want_info.get(k)
        )
        return (
            "metadata",
            f"TIDAK COCOK: kode verifikasi menunjuk {where}, tetapi keterangan dokumen "
            f"({', '.join(changed)}) telah diubah setelah berkas dibuat.",
        )
    if not _single_revision_file(data):
        return (
            "appended",
            f"TIDAK COCOK: kode verifikasi menunjuk {where}, tetapi berkas telah diubah "
            "setelah dibuat (ada data yang ditambahkan di akhir berkas).",
        )
    texts = _page_texts(reader)
    want = _page_texts(expected_reader)
    if len(want) != len(texts):
        return (
            "content",
            f"TIDAK COCOK: berkas berisi {len(texts)} halaman, sedangkan {where} berisi "
            f"{len(want)} halaman. Isi berkas telah diubah.",
        )
    for page, (got, exp) in enumerate(zip(texts, want, strict=True), start=1):
        if got != exp:
            return (
                "content",
                f"TIDAK COCOK: isi halaman {page} berbeda dari {where} yang difinalkan. "
                "Berkas telah diubah; jangan gunakan sebagai notulen resmi.",
            )
    return None
