"""Putting messages in the outbox, and reading it back (``outbox list``).

A message is queued with everything it needs to go out later with no database
lookups and no rendering: addresses, text, and attachments as paths with their
SHA-256 (checked again at sending, so a file changed on disk is not sent under an
old name). Its Message-ID is fixed here, once.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from rakor_desktop.domain.clock import given_or_now
from rakor_desktop.domain.models import Meeting, Organization, OutboxMessage
from rakor_desktop.domain.timefmt import iso_office, to_office
from rakor_desktop.services.office.settings import office_zone
from rakor_desktop.services.outbox.settings import valid_address
from rakor_desktop.services.packets.build import Packet, PacketRun

QUEUED, SENDING, SENT, FAILED = "antre", "mengirim", "terkirim", "gagal"
STATUS_LABELS = {QUEUED: "Antre", SENDING: "Sedang dikirim", SENT: "Terkirim", FAILED: "Gagal"}


def new_message_id() -> str:
    return f"<{uuid.uuid4().hex}@rakor-desktop>"


def _attachment(path: Path) -> dict[str, object]:
    data = path.read_bytes()
    return {"path": str(path.resolve()), "name": path.name, "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data)}  # fmt: skip


def queue_message(
    session: Session,
    *,
    to: str,
    subject: str,
    body: str,
    attachments: list[Path],
    kind: str = "paket",
    meeting_id: int | None = None,
    organization_id: int | None = None,
    now: datetime | None = None,
) -> OutboxMessage:
    now = given_or_now(now)
    msg = OutboxMessage(
        message_id=new_message_id(),
        kind=kind,
        meeting_id=meeting_id,
        organization_id=organization_id,
        to_addr=to.strip(),
        subject=subject[:300],
        body=body,
        attachments=json.dumps([_attachment(p) for p in attachments], ensure_ascii=False),
        status=QUEUED,
        next_attempt_at=now,
    )
    session.add(msg)
    session.flush()
    return msg


THANKS = "Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih."


def formal_letter(
    organization: str, opening: list[str], files: list[str], request: str, thanks: str = THANKS
) -> str:
    """The covering letter every message to an OPD travels with: address, salutation,
    what is sent, the attachments numbered, what is asked, thanks and the sender."""
    return "\n".join([
        f"Yth. Kepala {organization}",
        "di tempat",
        "",
        "Dengan hormat,",
        "",
        *opening,
        *(f"{n}. {name}" for n, name in enumerate(files, start=1)),
        "",
        request,
        "",
        thanks,
        "",
        "Sekretariat Rapat Koordinasi",
        "(pesan ini dikirim oleh Rakor Desktop)",
    ])  # fmt: skip


def packet_body(
    meeting: Meeting, organization: str, when: str, files: list[str], *, final: bool
) -> str:
    """The formal Indonesian letter text the packet travels with."""
    what = "notulen" if final else "rancangan notulen"
    return formal_letter(
        organization,
        [f"Bersama ini kami sampaikan {what} {meeting.title} yang dilaksanakan pada {when} "
         f"di {meeting.place or 'tempat yang ditentukan'}, beserta matriks tindak lanjut dan "
         "formulir progres tindak lanjut untuk perangkat daerah Bapak/Ibu, sebagaimana terlampir:"],
        files,
        "Kami mohon formulir progres diisi pada kolom berwarna kuning dan dikirim kembali "
        "melalui surel ini sebelum rapat koordinasi berikutnya, disertai berkas bukti bila ada.",
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Queued:
    queued: int
    without_address: list[str]
    already: list[str]


def queue_packets(
    session: Session, run: PacketRun, *, again: bool = False, now: datetime | None = None
) -> Queued:
    """One message per packet whose OPD has an e-mail address.

    An OPD whose packet for this meeting is already waiting or sent is skipped unless
    ``again`` (a deliberate resend): building the packets twice does not mail twice.
    """
    meeting = session.get(Meeting, run.meeting_id)
    assert meeting is not None
    when = _when(session, meeting)
    final = meeting.status == "finalized"
    what = "Notulen" if final else "Rancangan Notulen"
    return queue_each(
        session, run.packets, "paket", again=again, now=now, meeting_id=run.meeting_id,
        same=lambda: OutboxMessage.meeting_id == run.meeting_id,
        subject=f"{what} dan Tindak Lanjut: {meeting.title} ({when})",
        body=lambda packet, files: packet_body(meeting, packet.organization, when, files, final=final),
    )  # fmt: skip


def invitation_body(meeting: Meeting, organization: str, day: str, time: str,
                    files: list[str]) -> str:  # fmt: skip
    """The formal Indonesian covering letter of an undangan sent by e-mail."""
    return formal_letter(
        organization,
        [f"Bersama ini kami sampaikan undangan {meeting.title} yang akan dilaksanakan pada:",
         f"    Hari/tanggal : {day}",
         f"    Waktu        : {time}",
         f"    Tempat       : {meeting.place or '-'}",
         "",
         "Surat undangan beserta kartu QR presensi untuk perangkat daerah Bapak/Ibu dan "
         "berkas kalender (.ics) terlampir:"],
        files,
        "Mohon kartu QR dibawa, tercetak atau di layar ponsel, untuk presensi di pintu "
        "ruang rapat. Berkas .ics dapat dibuka untuk memasukkan jadwal ke kalender.",
        "Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih.",
    )  # fmt: skip


def queue_invitations(
    session: Session, run: PacketRun, *, again: bool = False, now: datetime | None = None
) -> Queued:
    """One undangan message per invited OPD with an address (same once-only rule)."""
    from rakor_desktop.documents.text import format_long_date, format_time

    meeting = session.get(Meeting, run.meeting_id)
    assert meeting is not None
    zone = office_zone(session)
    day, time = format_long_date(meeting.starts_at, zone), format_time(meeting.starts_at, zone)
    return queue_each(
        session, run.packets, "undangan", again=again, now=now, meeting_id=run.meeting_id,
        same=lambda: OutboxMessage.meeting_id == run.meeting_id,
        subject=f"Undangan: {meeting.title} ({_when(session, meeting)})",
        body=lambda packet, files: invitation_body(meeting, packet.organization, day, time, files),
    )  # fmt: skip


def _when(session: Session, meeting: Meeting) -> str:
    local = to_office(meeting.starts_at, office_zone(session))
    return f"{local:%d/%m/%Y}" if local else ""


def queue_each(
    session: Session,
    packets: list[Packet],
    kind: str,
    *,
    subject: str,
    body: Callable[[Packet, list[str]], str],
    same: Callable[[], Any],
    meeting_id: int | None = None,
    again: bool = False,
    now: datetime | None = None,
) -> Queued:
    """One message per packet whose OPD has an address, unless one like it (``same``: an
    extra SQL condition, e.g. this meeting or today's subject) already waits or went."""
    now = given_or_now(now)
    queued, without, already = 0, [], []
    for packet in packets:
        org = session.get(Organization, packet.organization_id)
        address = (org.email or "").strip() if org else ""
        if not valid_address(address):
            without.append(packet.organization)
            continue
        existing = session.exec(
            select(OutboxMessage.id).where(
                OutboxMessage.organization_id == packet.organization_id,
                OutboxMessage.kind == kind,
                same(),
                col(OutboxMessage.status).in_([QUEUED, SENDING, SENT]),
            )
        ).first()
        if existing is not None and not again:
            already.append(packet.organization)
            continue
        queue_message(
            session,
            to=address,
            subject=subject,
            body=body(packet, [p.name for p in packet.files]),
            attachments=list(packet.files),
            kind=kind,
            meeting_id=meeting_id,
            organization_id=packet.organization_id,
            now=now,
        )
        queued += 1
    return Queued(queued, without, already)


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    to: str
    opd: str
    subject: str
    status: str
    attempts: int
    last_error: str
    kind: str
    message_id: str
    sent_at: datetime | None
    next_attempt_at: datetime | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    def as_json(self, zone: str) -> dict[str, object]:
        return {
            "id": self.id, "to": self.to, "opd": self.opd or None, "subject": self.subject,
            "status": self.status, "attempts": self.attempts, "last_error": self.last_error or None,
            "kind": self.kind, "message_id": self.message_id,
            "sent_at": iso_office(self.sent_at, zone),
            "next_attempt_at": iso_office(self.next_attempt_at, zone),
        }  # fmt: skip


def list_outbox(session: Session, *, statuses: tuple[str, ...] = ()) -> list[OutboxRow]:
    stmt = (
        select(OutboxMessage, Organization.name)
        .join(
            Organization, col(Organization.id) == col(OutboxMessage.organization_id), isouter=True
        )
        .order_by(col(OutboxMessage.id))
    )
    if statuses:
        stmt = stmt.where(col(OutboxMessage.status).in_(statuses))
    return [
        OutboxRow(
            m.id or 0,
            m.to_addr,
            name or "",
            m.subject,
            m.status,
            m.attempts,
            m.last_error,
            m.kind,
            m.message_id,
            m.sent_at,
            m.next_attempt_at,
        )  # fmt: skip
        for m, name in session.exec(stmt).all()
    ]


def packet_mail_status(session: Session, meeting_id: int, kind: str = "paket") -> dict[int, str]:
    """Each OPD's latest message of ``kind`` for this meeting: its outbox status."""
    rows = session.exec(
        select(OutboxMessage.organization_id, OutboxMessage.status)
        .where(OutboxMessage.meeting_id == meeting_id, OutboxMessage.kind == kind)
        .order_by(col(OutboxMessage.id))
    ).all()
    return {int(org): status for org, status in rows if org is not None}


def due_count(session: Session, *, now: datetime | None = None) -> int:
    """Messages waiting whose next attempt has come (a cheap check for the window's timer)."""
    now = given_or_now(now)
    return len(
        session.exec(
            select(OutboxMessage.id).where(
                col(OutboxMessage.status).in_([QUEUED, SENDING]),
                (col(OutboxMessage.next_attempt_at).is_(None))
                | (col(OutboxMessage.next_attempt_at) <= now),
            )
        ).all()
    )


def resend(session: Session, message_id: int, *, now: datetime | None = None) -> None:
    """Put a failed (or sent) message back in the queue by hand; same Message-ID."""
    msg = session.get(OutboxMessage, message_id)
    if msg is None:
        raise LookupError(message_id)
    msg.status, msg.next_attempt_at, msg.last_error = QUEUED, given_or_now(now), ""
    session.add(msg)
