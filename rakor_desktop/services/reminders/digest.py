"""Building the reminder digests and queueing them.

One folder per OPD with a PDF (``documents/reminder.py``), its current progress form
(so the answer can come back the same day) and a chat message, like the meeting
packets. A digest is queued at most once per OPD per day: the weekly schedule, a
second click and the command line cannot mail an OPD twice on one day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from rakor_desktop.documents.reminder import ReminderItem, render_reminder
from rakor_desktop.documents.text import format_date
from rakor_desktop.domain.clock import given_or_now
from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.models import Organization, OutboxMessage
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.fileio import atomic_write
from rakor_desktop.messages import M
from rakor_desktop.services.followups.query import (
    FollowUpFilter,
    list_followups,
    office_today,
)
from rakor_desktop.services.minutes.assemble import safe_filename
from rakor_desktop.services.minutes.letterhead import office_data
from rakor_desktop.services.office.settings import office_zone
from rakor_desktop.services.outbox.queue import Queued, formal_letter, queue_each
from rakor_desktop.services.packets.build import MESSAGE_FILE, Packet, packet_folder
from rakor_desktop.services.returns.form import write_return_form

KIND = "pengingat"
OPEN = (
    FollowUpStatus.BELUM.value,
    FollowUpStatus.DALAM_PROSES.value,
    FollowUpStatus.TERLAMBAT.value,
)
_STATUS = {"belum": "Belum", "dalam_proses": "Dalam proses", "terlambat": "Terlambat"}


@dataclass(frozen=True, slots=True)
class OpdDigest:
    organization_id: int
    organization: str
    email: str
    items: tuple[ReminderItem, ...]

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.items if i.status == "Terlambat")


@dataclass
class DigestRun:
    day: date
    within_days: int
    folder: Path
    packets: list[Packet] = field(default_factory=list)


def collect(
    session: Session, *, now: datetime | None = None, within_days: int = 7
) -> list[OpdDigest]:
    """Open follow-ups with a due date up to ``within_days`` ahead (overdue included), per OPD."""
    now = given_or_now(now)
    zone = office_zone(session)
    today = office_today(now, zone)
    rows = list_followups(
        session,
        FollowUpFilter(statuses=OPEN, due_to=today + timedelta(days=max(within_days, 0))),
        now=now,
        zone=zone,
    )
    by_org: dict[int, list[ReminderItem]] = {}
    for r in rows:
        if r.organization_id is None or r.due_date is None:
            continue
        local = to_office(r.meeting_starts_at, zone)
        by_org.setdefault(r.organization_id, []).append(
            ReminderItem(
                r.action,
                r.problem,
                r.meeting_title,
                local.date() if local else today,
                r.due_date,
                r.percent,
                _STATUS.get(r.status, r.status),
            )  # fmt: skip
        )
    if not by_org:
        return []
    orgs = session.exec(select(Organization).where(col(Organization.id).in_(list(by_org)))).all()
    return [
        OpdDigest(
            o.id or 0,
            o.name,
            o.email or "",
            tuple(sorted(by_org[o.id or 0], key=lambda i: (i.due_date, i.action))),
        )  # fmt: skip
        for o in sorted(orgs, key=lambda o: o.name)
    ]


def digest_text(organization: str, day: date, overdue: int, due: int, files: list[str]) -> str:
    return "\n".join([
        f"Yth. Kepala {organization},",
        "",
        f"Pengingat tindak lanjut per {format_date(day)}: {overdue} sudah lewat batas waktu, "
        f"{due} segera jatuh tempo. Rinciannya terlampir:",
        *(f"- {name}" for name in files),
        "",
        "Mohon progresnya diisi pada formulir progres (kolom kuning) dan dikirim kembali.",
        "",
        "Terima kasih.",
    ])  # fmt: skip


def build_digests(
    session: Session,
    folder: Path,
    *,
    now: datetime | None = None,
    within_days: int = 7,
    only: set[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DigestRun:
    """Write one digest folder per OPD that has something due under ``folder``."""
    now = given_or_now(now)
    today = office_today(now, office_zone(session))
    digests = [d for d in collect(session, now=now, within_days=within_days)
               if only is None or d.organization_id in only]  # fmt: skip
    if not digests:
        raise ValueError(
            M(
                "Tidak ada tindak lanjut yang terlambat atau jatuh tempo dalam {days} hari.",
                days=within_days,
            )  # fmt: skip
        )
    office = office_data(session)
    folder.mkdir(parents=True, exist_ok=True)
    run = DigestRun(today, within_days, folder)
    for n, d in enumerate(digests, start=1):
        if cancelled is not None and cancelled():
            break
        target = packet_folder(folder, d.organization)
        target.mkdir(parents=True, exist_ok=True)
        pdf = target / (
            safe_filename(f"Pengingat Tindak Lanjut - {d.organization} - {today:%Y-%m-%d}") + ".pdf"
        )
        atomic_write(pdf, render_reminder(d.organization, d.items, office, today, within_days))
        form = target / (safe_filename(f"Formulir Progres - {d.organization}") + ".xlsx")
        issued = write_return_form(session, d.organization_id, form, now=now)
        files = [pdf, issued.path]
        text = digest_text(d.organization, today, d.overdue, len(d.items) - d.overdue,
                           [p.name for p in files])  # fmt: skip
        atomic_write(target / MESSAGE_FILE, text.encode("utf-8"))
        run.packets.append(Packet(d.organization_id, d.organization, target, tuple(files),
                                  len(d.items), text))  # fmt: skip
        if progress is not None:
            progress(n, len(digests))
    return run


def subject(day: date) -> str:
    return f"Pengingat Tindak Lanjut per {format_date(day)}"


def reminder_mail_status(session: Session, *, now: datetime | None = None) -> dict[int, str]:
    """Each OPD's outbox status for today's digest."""
    title = subject(office_today(given_or_now(now), office_zone(session)))
    rows = session.exec(
        select(OutboxMessage.organization_id, OutboxMessage.status)
        .where(OutboxMessage.kind == KIND, OutboxMessage.subject == title)
        .order_by(col(OutboxMessage.id))
    ).all()
    return {int(org): status for org, status in rows if org is not None}


def digest_body(organization: str, followups: int, files: list[str]) -> str:
    return formal_letter(
        organization,
        [f"Bersama ini kami sampaikan pengingat {followups} tindak lanjut arahan pimpinan untuk "
         "perangkat daerah Bapak/Ibu yang sudah lewat batas waktu atau segera jatuh tempo, "
         "beserta formulir progres tindak lanjut:"],
        files,
        "Kami mohon formulir progres diisi pada kolom berwarna kuning dan dikirim kembali "
        "melalui surel ini, disertai berkas bukti bila ada.",
    )  # fmt: skip


def queue_digests(session: Session, run: DigestRun, *, now: datetime | None = None) -> Queued:
    """One message per OPD with an address, at most one per OPD per day (today's subject)."""
    title = subject(run.day)
    return queue_each(
        session, run.packets, KIND, subject=title, now=now,
        same=lambda: OutboxMessage.subject == title,
        body=lambda packet, files: digest_body(packet.organization, packet.followups, files),
    )  # fmt: skip
