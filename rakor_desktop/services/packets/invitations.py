"""The undangan per OPD, for the outbox or a folder: the letter, that OPD's QR cards
only, and the meeting as an .ics calendar invitation.

A copy for one OPD carries only its own cards: a forwarded e-mail must not let anyone
check in the whole room. The letter and its Lampiran are the same for everyone. The
rule that a meeting already held gets no more invitations lives here, once, for the
window and the command line alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from rakor_desktop.documents.invitation import render_invitation
from rakor_desktop.documents.text import format_long_date, format_time
from rakor_desktop.domain.clock import given_or_now
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Organization
from rakor_desktop.fileio import atomic_write
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.minutes.assemble import prepare_document, safe_filename
from rakor_desktop.services.packets.build import (
    MESSAGE_FILE,
    Packet,
    PacketRun,
    PacketTarget,
    packet_folder,
    packet_organizations,
)
from rakor_desktop.services.packets.calendar import meeting_ics

HELD = (MeetingStatus.CLOSED, MeetingStatus.FINALIZED)


def invited_organizations(session: Session, meeting_id: int) -> list[Organization]:
    return packet_organizations(session, meeting_id, tasked=False)


def invitation_targets(session: Session, meeting_id: int) -> list[PacketTarget]:
    return [
        PacketTarget(o.id or 0, o.name, o.email or "", 0)
        for o in invited_organizations(session, meeting_id)
    ]


def invitation_text(title: str, day: str, time: str, place: str, organization: str) -> str:
    """The short text for chat; the e-mail body is the formal letter (outbox/queue.py)."""
    return "\n".join([
        f"Yth. Kepala {organization},",
        "",
        f"Dengan hormat, kami mengundang Bapak/Ibu pada {title}, {day} {time}, di {place}.",
        "Surat undangan, kartu QR presensi dan berkas kalender (.ics) terlampir.",
        "Mohon kartu QR dibawa (cetak atau di layar ponsel) untuk presensi di pintu.",
        "",
        "Terima kasih.",
    ])  # fmt: skip


def build_invitations(
    session: Session,
    meeting_id: int,
    folder: Path,
    *,
    now: datetime | None = None,
    only: set[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PacketRun:
    """Write each invited OPD's undangan and .ics under ``folder`` (one sub-folder each)."""
    now = given_or_now(now)
    meeting = get_meeting(session, meeting_id)
    if meeting.status in HELD:
        raise ValueError(M("Rapat ini sudah berlangsung; undangannya tidak dikirim lagi."))
    orgs = [o for o in invited_organizations(session, meeting_id) if only is None or o.id in only]
    if not orgs:
        raise ValueError(M("Rapat ini belum mengundang OPD mana pun."))
    doc = prepare_document(session, meeting_id, "invitation", now=now)
    ics = meeting_ics(session, meeting_id, now=now)
    zone = doc.office.time_zone
    day, time = format_long_date(meeting.starts_at, zone), format_time(meeting.starts_at, zone)
    base = doc.filename.removesuffix(".pdf")
    folder.mkdir(parents=True, exist_ok=True)
    run = PacketRun(meeting_id, folder, signed_minutes=False)
    for n, org in enumerate(orgs, start=1):
        if cancelled is not None and cancelled():
            break
        assert org.id is not None
        target = packet_folder(folder, org.name)
        target.mkdir(parents=True, exist_ok=True)
        letter = target / f"{base}.pdf"
        atomic_write(letter, render_invitation(doc.meeting, doc.office, cards_for=org.name))
        calendar = target / (safe_filename(meeting.title, 80) + ".ics")
        atomic_write(calendar, ics)
        text = invitation_text(meeting.title, day, time, meeting.place or "-", org.name)
        atomic_write(target / MESSAGE_FILE, text.encode("utf-8"))
        run.packets.append(Packet(org.id, org.name, target, (letter, calendar), 0, text))
        if progress is not None:
            progress(n, len(orgs))
    return run
