"""One folder per OPD: Notulen, its own matrix, its return workbook, a message.

The folders are meant for a USB stick or a shared drive and for the outbox: every
file appears complete (written under a temporary name, then renamed), and
``paket.json`` lists each OPD's files with their SHA-256 so that what was handed out
can be checked later. The Notulen is read once and copied; each matrix and workbook
is made for its OPD only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from rakor_desktop.domain.clock import given_or_now
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import FollowUp, Invitation, Organization
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.fileio import atomic_write
from rakor_desktop.messages import M
from rakor_desktop.services.meetings.close import get_meeting
from rakor_desktop.services.minutes.assemble import prepare_document, safe_filename
from rakor_desktop.services.office.settings import office_zone
from rakor_desktop.services.returns.form import write_return_form

MESSAGE_FILE = "Pesan untuk OPD.txt"
MANIFEST = "paket.json"


@dataclass(frozen=True, slots=True)
class Packet:
    organization_id: int
    organization: str
    folder: Path
    files: tuple[Path, ...]
    followups: int
    message: str


@dataclass
class PacketRun:
    meeting_id: int
    folder: Path
    signed_minutes: bool
    packets: list[Packet] = field(default_factory=list)


def packet_folder(folder: Path, organization: str) -> Path:
    """Where an OPD's packet lives under a meeting's packet folder."""
    return folder / safe_filename(organization, 60)


def existing_packet(folder: Path, organization: str) -> tuple[str, int] | None:
    """A packet built earlier in ``folder``: its chat message and how many files it
    carries besides that message (so "Bagikan" works without a rebuild)."""
    target = packet_folder(folder, organization)
    try:
        message = (target / MESSAGE_FILE).read_text("utf-8")
        files = sum(1 for p in target.iterdir() if p.is_file() and p.name != MESSAGE_FILE)
    except (OSError, UnicodeDecodeError):
        return None
    return message, files


def packet_organizations(
    session: Session, meeting_id: int, *, tasked: bool = True
) -> list[Organization]:
    """Every OPD and kecamatan invited, plus (``tasked``) any that has a follow-up from
    this meeting."""
    invited = session.exec(
        select(Invitation.organization_id).where(
            Invitation.meeting_id == meeting_id, col(Invitation.organization_id).is_not(None)
        )
    ).all()
    given = (
        session.exec(
            select(FollowUp.organization_id).where(
                FollowUp.meeting_id == meeting_id, col(FollowUp.organization_id).is_not(None)
            )
        ).all()
        if tasked
        else []
    )
    ids = {int(i) for i in (*invited, *given) if i is not None}
    if not ids:
        return []
    return list(
        session.exec(
            select(Organization).where(col(Organization.id).in_(ids)).order_by(Organization.name)
        )
    )


@dataclass(frozen=True, slots=True)
class PacketTarget:
    """An OPD a meeting's packets go to, as the window lists it before building."""

    organization_id: int
    organization: str
    email: str
    followups: int


def packet_targets(session: Session, meeting_id: int) -> list[PacketTarget]:
    orgs = packet_organizations(session, meeting_id)
    counts: dict[int, int] = {}
    for oid in session.exec(
        select(FollowUp.organization_id).where(FollowUp.meeting_id == meeting_id)
    ).all():
        if oid is not None:
            counts[int(oid)] = counts.get(int(oid), 0) + 1
    return [PacketTarget(o.id or 0, o.name, o.email or "", counts.get(o.id or 0, 0)) for o in orgs]


def meeting_folder_name(session: Session, meeting_id: int) -> str:
    """ "2026-12-07 - Rakor Desember 2026": sorts by date in a file manager."""
    meeting = get_meeting(session, meeting_id)
    local = to_office(meeting.starts_at, office_zone(session))
    prefix = f"{local:%Y-%m-%d} - " if local else ""
    return prefix + safe_filename(meeting.title, 60)


def share_message(title: str, when: str, organization: str, files: list[str], final: bool) -> str:
    """The short Indonesian text for chat: the meeting, what is attached, what to do."""
    lines = [
        f"Yth. Kepala {organization},",
        "",
        f"Bersama ini kami sampaikan {'notulen' if final else 'rancangan notulen'} {title} ({when}) "
        "beserta matriks tindak lanjut dan formulir progres untuk OPD Bapak/Ibu:",
        *(f"- {name}" for name in files),
        "",
        "Mohon formulir progres diisi (kolom kuning) dan dikirim kembali sebelum rakor berikutnya, "
        "bersama berkas bukti bila ada.",
        "",
        "Terima kasih.",
    ]
    return "\n".join(lines)


def build_packets(
    session: Session,
    meeting_id: int,
    folder: Path,
    *,
    now: datetime | None = None,
    only: set[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PacketRun:
    """Write the packets of ``meeting_id`` under ``folder`` (one sub-folder per OPD)."""
    from rakor_desktop.services.signing.tte import official_copy

    now = given_or_now(now)
    meeting = get_meeting(session, meeting_id)
    zone = office_zone(session)
    orgs = [o for o in packet_organizations(session, meeting_id) if only is None or o.id in only]
    if not orgs:
        raise ValueError(M("Rapat ini belum punya OPD yang diundang atau diberi tindak lanjut."))
    final = meeting.status == MeetingStatus.FINALIZED
    minutes_doc = prepare_document(session, meeting_id, "minutes", now=now)
    signed = official_copy(session, meeting_id) if final else None
    minutes_pdf = signed.path.read_bytes() if signed is not None else minutes_doc.render()
    minutes_name = minutes_doc.filename
    matrix_doc = prepare_document(session, meeting_id, "followups", now=now)
    local = to_office(meeting.starts_at, zone)
    when = f"{local:%d/%m/%Y}" if local else ""
    folder.mkdir(parents=True, exist_ok=True)
    run = PacketRun(meeting_id, folder, signed is not None)
    listed: list[dict[str, object]] = []
    for n, org in enumerate(orgs, start=1):
        if cancelled is not None and cancelled():
            break
        assert org.id is not None
        target = packet_folder(folder, org.name)
        target.mkdir(parents=True, exist_ok=True)
        files: list[Path] = []
        minutes_path = target / minutes_name
        atomic_write(minutes_path, minutes_pdf)
        files.append(minutes_path)
        own = [f for f in matrix_doc.meeting.followups if f.organization == org.name]
        own = [replace(f, number=i) for i, f in enumerate(own, start=1)]
        if own:
            matrix = replace(matrix_doc, meeting=replace(matrix_doc.meeting, followups=own))
            path = target / safe_filename(f"Matriks Tindak Lanjut - {org.name}")
            path = path.with_name(path.name + ".pdf")
            matrix.render(path)
            files.append(path)
        form_path = target / (safe_filename(f"Formulir Progres - {org.name}") + ".xlsx")
        issued = write_return_form(session, org.id, form_path, now=now)
        files.append(issued.path)
        text = share_message(meeting.title, when, org.name, [p.name for p in files], final)
        message_path = target / MESSAGE_FILE
        atomic_write(message_path, text.encode("utf-8"))
        packet = Packet(org.id, org.name, target, tuple(files), len(own), text)
        run.packets.append(packet)
        listed.append({
            "organization": org.name,
            "organization_uuid": org.uuid,
            "folder": target.name,
            "files": [{"name": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
                      for p in files],
        })  # fmt: skip
        if progress is not None:
            progress(n, len(orgs))
    manifest = {
        "meeting": meeting.title,
        "meeting_uuid": meeting.uuid,
        "made_at": now.isoformat(timespec="seconds"),
        "signed_minutes": run.signed_minutes,
        "opd": listed,
    }
    atomic_write(
        folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    )
    return run
