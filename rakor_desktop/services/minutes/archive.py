"""The archive copy of a finalized meeting, ready to upload into SRIKANDI (issue 19).

Every PDF is written as PDF/A-2b (``documents/pdfa.py``); the Notulen is converted
before it is signed, so its signature covers the archive form (an attached TTE copy is
kept exactly as the certified signer returned it).

``archive export MEETING DIR`` writes the meeting's official documents (the Notulen as
handed out: the TTE copy when one is attached, else the office-signed final, else the
frozen final; the daftar hadir, undangan and matriks tindak lanjut) and one metadata
record per file, as JSON and as CSV: title, letter number, kode klasifikasi arsip,
date, the creating unit, SHA-256 and signer. Nothing is written for a meeting that is
not finalized: the archive holds records, not drafts.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlmodel import Session

from rakor_desktop.documents.pdfa import to_pdfa
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.minutes.assemble import PreparedDocument, prepare_document
from rakor_desktop.services.office import preferences as prefs
from rakor_desktop.services.office.settings import get_office, office_zone

KINDS = ("minutes", "attendance", "invitation", "followups")
FIELDS = ("file", "jenis", "judul", "nomor", "kode_klasifikasi", "tanggal", "unit_pengolah",
          "sha256", "penanda_tangan", "revisi")  # fmt: skip
JENIS = {"minutes": "Notulen", "attendance": "Daftar Hadir", "invitation": "Undangan",
         "followups": "Matriks Tindak Lanjut"}  # fmt: skip


class ArchiveError(ValueError):
    """The archive cannot be written; the message says why."""


@dataclass(frozen=True)
class ArchiveRecord:
    file: str
    jenis: str
    judul: str
    nomor: str
    kode_klasifikasi: str
    tanggal: str
    unit_pengolah: str
    sha256: str
    penanda_tangan: str
    revisi: int | None


# The caller makes the Notulen as it is handed out (signing needs its passphrase):
# given the prepared document, (pdf bytes, signer name or "").
MinutesSource = Callable[[PreparedDocument], tuple[bytes, str]]


def export_archive(
    session: Session, meeting_id: int, folder: Path, minutes: MinutesSource
) -> list[ArchiveRecord]:
    """Write the documents and ``arsip.json``/``arsip.csv`` into ``folder`` (created)."""
    from rakor_desktop.documents.layout import write_output

    meeting = get_meeting(session, meeting_id)
    if meeting.status != MeetingStatus.FINALIZED:
        raise ArchiveError(
            M("Rapat {id} belum difinalkan: arsip hanya untuk notulen final.", id=meeting_id)
        )
    office = get_office(session)
    zone = office_zone(session)
    local = to_office(meeting.starts_at, zone)
    day = local.date().isoformat() if local else ""
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for kind in KINDS:
        doc = prepare_document(session, meeting_id, kind)
        pdf, signer = minutes(doc) if kind == "minutes" else (to_pdfa(doc.render()), "")
        target = folder / doc.filename
        write_output(pdf, target)
        code_key = "archive_code_minutes" if kind == "minutes" else "archive_code_invitation"
        records.append(
            ArchiveRecord(
                file=target.name,
                jenis=JENIS[kind],
                judul=meeting.title,
                nomor=meeting.letter_number if kind == "invitation" else "",
                kode_klasifikasi=prefs.value(office, code_key),
                tanggal=day,
                unit_pengolah=office.unit_name,
                sha256=hashlib.sha256(pdf).hexdigest(),
                penanda_tangan=signer,
                revisi=doc.revision,
            )
        )
    rows = [asdict(r) for r in records]
    write_output(
        json.dumps(
            {"meeting_uuid": meeting.uuid, "records": rows}, ensure_ascii=False, indent=2
        ).encode("utf-8"),
        folder / "arsip.json",
    )
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    write_output(buf.getvalue().encode("utf-8-sig"), folder / "arsip.csv")
    return records
