"""TTE: the Notulen signed by a certified signer (BSrE, through SRIKANDI) comes back.

Government signers use a certified PSrE; its signature is applied outside this app
to the frozen final PDF. So the app hands out that file unchanged ("Kirim ke TTE":
the exact bytes of the revision) and takes the signed file back ("Lampirkan PDF
bertanda tangan") only when its one signature is intact, covers the whole file, chains
to a trusted certificate (the PSrE's CA in ``signing/trusted/*.pem``) and signs
exactly our final. It is then the meeting's official copy: ``pdf minutes`` writes
that file, and ``verify`` accepts it (its signed content is the revision).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.minutes.finalize import latest_revision, render_revision
from rakor_desktop.services.office import audit
from rakor_desktop.services.signing.identity import SigningError, signing_dir, trusted_certificates
from rakor_desktop.services.signing.pdf import check_signature, has_signature


@dataclass(frozen=True)
class AttachedCopy:
    path: Path
    revision: int
    signer: str | None
    sha256: str


def copy_path(
    meeting_uuid: str, revision: int, folder: Path | None = None, *, by: str = "tte"
) -> Path:
    """Where a signed final is kept: ``by`` "tte" (a certified signer's) or "kantor"
    (the office's own signature, made at finalization)."""
    return signing_dir(folder) / by / meeting_uuid / f"revisi-{revision}.pdf"


def _keep(path: Path, data: bytes) -> None:
    from rakor_desktop.fileio import atomic_write

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)  # whole or not at all, synced


def keep_office_signed(
    session: Session, meeting_id: int, data: bytes, folder: Path | None = None
) -> Path:
    """Keep the office-signed final made at finalization, so every copy handed out later
    is the same signed file (one signature per revision, one passphrase prompt)."""
    meeting = get_meeting(session, meeting_id)
    rev = latest_revision(session, meeting_id)
    if rev is None:
        raise SigningError(
            M("Rapat {id} belum difinalkan: belum ada notulen final untuk TTE.", id=meeting_id)
        )
    path = copy_path(meeting.uuid, rev.number, folder, by="kantor")
    _keep(path, data)
    audit.record(session, "minutes.signed", entity="meeting", entity_uuid=meeting.uuid,
                 revision=rev.number, sha256=hashlib.sha256(data).hexdigest())  # fmt: skip
    return path


def final_for_tte(session: Session, meeting_id: int) -> tuple[bytes, int]:
    """The frozen final, byte for byte, and its revision number (what BSrE signs)."""
    get_meeting(session, meeting_id)
    rev = latest_revision(session, meeting_id)
    if rev is None:
        raise SigningError(
            M("Rapat {id} belum difinalkan: belum ada notulen final untuk TTE.", id=meeting_id)
        )
    return render_revision(rev), rev.number


def attach(
    session: Session, meeting_id: int, data: bytes, *, now: datetime, folder: Path | None = None
) -> AttachedCopy:
    """Check the returned signed PDF and keep it as the official copy (audited)."""
    meeting = get_meeting(session, meeting_id)
    final, number = final_for_tte(session, meeting_id)
    if not has_signature(data):
        raise SigningError(M("PDF ini tidak bertanda tangan elektronik; tidak dilampirkan."))
    check = check_signature(data, trusted_certificates(folder), now=now)
    if not check.ok:
        raise SigningError(check.message)
    if check.signed_prefix != final:
        raise SigningError(
            M(
                "Tanda tangan sah, tetapi dokumen yang ditandatangani bukan notulen final "
                "rapat ini (revisi {n}). Kirim ulang berkas dari 'Kirim ke TTE'.",
                n=number,
            )
        )
    path = copy_path(meeting.uuid, number, folder)
    _keep(path, data)
    digest = hashlib.sha256(data).hexdigest()
    audit.record(
        session,
        "minutes.tte_attached",
        entity="meeting",
        entity_uuid=meeting.uuid,
        revision=number,
        signer=check.signer,
        sha256=digest,
    )
    return AttachedCopy(path, number, check.signer, digest)


def official_copy(
    session: Session, meeting_id: int, folder: Path | None = None, *, office: bool = True
) -> AttachedCopy | None:
    """The signed final of the latest revision to hand out: the attached TTE copy, else
    (``office``) the office-signed copy made at finalization; None when neither exists."""
    meeting = get_meeting(session, meeting_id)
    rev = latest_revision(session, meeting_id)
    if rev is None:
        return None
    for by in ("tte", "kantor") if office else ("tte",):
        path = copy_path(meeting.uuid, rev.number, folder, by=by)
        if path.exists():
            data = path.read_bytes()
            return AttachedCopy(path, rev.number, None, hashlib.sha256(data).hexdigest())
    return None
