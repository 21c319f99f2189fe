"""Is this PDF the finalized Notulen it claims to be?

Two ways to pass, and no other (issue 19): the file carries one intact PAdES signature
over the whole file, by a trusted certificate (this office's, or one the office
trusts), and the document it signed is byte for byte the frozen revision the footer
code names; or, unsigned (a revision finalized before signing existed, or printed
where no key was at hand), its bytes equal a fresh render of that revision. The old
fallback that compared extracted text is gone: a white box over three lines, a picture
pasted over "58" or text drawn in white leave the text alone and passed it.

When neither holds, the reason is given: not ours, signature broken, changed after
signing, unknown signer, content not the revision, metadata changed, bytes appended.
The audit trail's hash of each finalization is a second witness (issue 17).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from rakor_desktop.documents.pdfa import PDFA_MARK, to_pdfa
from rakor_desktop.domain.models import AuditEvent, Meeting, MinutesRevision
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.minutes.finalize import (
    CODE_PATTERN,
    META_KEY,
    latest_revision,
    render_revision,
)


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """The verdict of :func:`verify_pdf`; ``message`` is what the user reads."""

    ok: bool
    # ok, unreadable, no_code, unknown_code, tampered, metadata, appended, content,
    # unsigned, several, broken, untrusted, too_big
    status: str
    message: str
    code: str | None = None
    meeting_id: int | None = None
    meeting_title: str | None = None
    revision: int | None = None
    latest_revision: int | None = None
    exact: bool = False
    signed: bool = False
    signer: str | None = None

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


def _read(pdf: Path | str | bytes, limit: int) -> bytes | VerifyResult:
    """The file's bytes; a file too large to be a Notulen is refused before it is read."""
    too_big = VerifyResult(
        False, "too_big", "Berkas terlalu besar untuk sebuah notulen; tidak diperiksa."
    )
    if isinstance(pdf, bytes):
        return too_big if len(pdf) > limit else pdf
    try:
        if Path(pdf).stat().st_size > limit:
            return too_big
        return Path(pdf).read_bytes()
    except OSError as exc:
        return VerifyResult(
            False, "unreadable", f"Berkas tidak dapat dibaca: {exc.strerror or exc}."
        )


def _find_code(data: bytes) -> tuple[Any, Any, Any] | VerifyResult:
    """(reader, info, match) of the footer code, or the refusal."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        info: Any = reader.metadata or {}
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
    return reader, info, found


def verify_pdf(
    session: Session, pdf: Path | str | bytes, *, now: datetime | None = None
) -> VerifyResult:
    """Does this PDF match a finalized Notulen revision in this database?"""
    from rakor_desktop.services.office.settings import office_zone
    from rakor_desktop.services.signing.identity import trusted_certificates
    from rakor_desktop.services.signing.pdf import MAX_BYTES, check_signature, has_signature

    data = _read(pdf, MAX_BYTES)
    if isinstance(data, VerifyResult):
        return data
    located = _find_code(data)
    if isinstance(located, VerifyResult):
        return located
    reader, info, found = located
    code = found.group(0)
    prefix = "".join(found.groups()).lower()
    candidates = session.exec(
        select(MinutesRevision).where(col(MinutesRevision.sha256).startswith(prefix))
    ).all()
    if not candidates:
        return _unknown(session, code, prefix)
    signature = None
    if has_signature(data):
        signature = check_signature(data, trusted_certificates(), now=now or utcnow())
        if not signature.ok:
            return VerifyResult(
                False, signature.status, signature.message, code=code, signed=True,
                signer=signature.signer,
            )  # fmt: skip
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
            "signed": signature is not None,
            "signer": signature.signer if signature else None,
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
        document = signature.signed_prefix if signature is not None else data
        if document != expected and PDFA_MARK in document:
            expected = to_pdfa(expected)  # the archive copy (PDF/A-2b) of the same revision
        if document != expected:
            status, message = _mismatch(document, reader, info, rev, expected, signature)
            failure = failure or VerifyResult(False, status, message, **common)
            continue
        message = (
            f'COCOK: PDF ini adalah notulen final rapat "{title}" (nomor rapat '
            f"{rev.meeting_id}), revisi {rev.number}, difinalkan {_when(rev, zone)}."
        )
        if signature is not None:
            message += f' Bertanda tangan elektronik sah oleh "{signature.signer}".'
        if last is not None and last.number > rev.number:
            message += (
                f" Perhatian: sudah ada revisi {last.number} yang lebih baru; gunakan revisi "
                "terakhir."
            )
        return VerifyResult(True, "ok", message, exact=True, **common)
    assert failure is not None
    return failure


def _unknown(session: Session, code: str, prefix: str) -> VerifyResult:
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
    data: bytes,
    reader: Any,
    info: Any,
    rev: MinutesRevision,
    expected: bytes,
    signature: Any,
) -> tuple[str, str]:
    """Why a file that is not the revision's exact bytes is refused, as precisely as known."""
    from pypdf import PdfReader

    where = f"revisi {rev.number} notulen rapat nomor {rev.meeting_id}"
    if signature is not None:
        return (
            "content",
            f"TIDAK COCOK: tanda tangan sah, tetapi dokumen yang ditandatangani bukan {where} "
            "yang difinalkan.",
        )
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
    # Same words, different bytes: a box drawn over lines, a picture pasted over a number,
    # text recoloured, or a re-save by another program. Only the exact file is the record.
    return (
        "content",
        f"TIDAK COCOK: teksnya sama, tetapi berkas tidak sama persis dengan {where} "
        "(gambar, warna atau tata letak telah diubah, atau disimpan ulang oleh program lain). "
        "Minta salinan asli atau salinan bertanda tangan elektronik.",
    )


def verify_offline(
    pdf: Path | str | bytes, trusted: list[Any], *, now: datetime | None = None
) -> VerifyResult:
    """The check an OPD can make with only the office certificate (no database).

    A signed Notulen passes when its one signature is intact, covers the whole file and
    was made by a trusted certificate; an unsigned file cannot be checked this way.
    """
    from rakor_desktop.services.signing.pdf import MAX_BYTES, check_signature

    data = _read(pdf, MAX_BYTES)
    if isinstance(data, VerifyResult):
        return data
    if not trusted:
        return VerifyResult(
            False,
            "untrusted",
            "Tidak ada sertifikat kantor untuk memeriksa: berikan --cert BERKAS.pem "
            "(sertifikat yang dibagikan kantor pengirim).",
        )
    check = check_signature(data, trusted, now=now or utcnow())
    if not check.ok:
        message = check.message
        if check.status == "unsigned":
            message += (
                " Tanpa basis data, hanya notulen bertanda tangan elektronik yang dapat "
                "diperiksa; minta salinan bertanda tangan."
            )
        return VerifyResult(False, check.status, message, signed=check.status != "unsigned",
                            signer=check.signer)  # fmt: skip
    located = _find_code(data)
    code = None if isinstance(located, VerifyResult) else located[2].group(0)
    when = f" pada {check.signed_at:%d-%m-%Y %H.%M} UTC" if check.signed_at else ""
    return VerifyResult(
        True,
        "ok",
        f'COCOK: tanda tangan elektronik sah oleh "{check.signer}"{when}; berkas tidak '
        "berubah sejak ditandatangani." + (f" Kode verifikasi {code}." if code else ""),
        code=code,
        exact=True,
        signed=True,
        signer=check.signer,
    )


def verify_any(
    session: Session,
    pdf: Path | str | bytes,
    extra_trusted: list[Any],
    *,
    now: datetime | None = None,
) -> VerifyResult:
    """This office's revision when the code is ours; otherwise, for another office's
    signed Notulen, its signature against the sender's certificate (the Periksa PDF
    dialog of an OPD that has the app but not the sender's database)."""
    from rakor_desktop.services.signing.identity import trusted_certificates

    result = verify_pdf(session, pdf, now=now)
    if result.status != "unknown_code":
        return result
    certs = [*trusted_certificates(), *extra_trusted]
    if not certs:
        return result  # nothing to check another office's signature against
    offline = verify_offline(pdf, certs, now=now)
    return result if offline.status == "unsigned" else offline
