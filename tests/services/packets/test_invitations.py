"""The undangan per OPD through the outbox (issue 21): the letter, only that OPD's QR
cards, and the .ics, delivered by a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from documents.pdftools import page_texts
from outbox_server import Mailbox, SmtpServer
from sqlmodel import select

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import Invitation, Meeting, Organization, Person
from rakor_desktop.services.outbox import settings as mail
from rakor_desktop.services.outbox.queue import queue_invitations
from rakor_desktop.services.outbox.send import send_due
from rakor_desktop.services.packets.build import MESSAGE_FILE
from rakor_desktop.services.packets.invitations import build_invitations, invited_organizations

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)


def _meeting(s, status: MeetingStatus) -> Meeting:
    return s.exec(select(Meeting).where(Meeting.status == status)).first()


def test_each_opd_gets_its_own_cards_and_the_calendar(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting = _meeting(s, MeetingStatus.SCHEDULED)
        orgs = invited_organizations(s, meeting.id)[:3]
        invited = {
            o.name: [
                p.full_name.split(",")[0]
                for p in s.exec(
                    select(Person)
                    .join(Invitation, Invitation.person_id == Person.id)  # type: ignore[arg-type]
                    .where(Invitation.meeting_id == meeting.id, Invitation.organization_id == o.id)
                )
            ]
            for o in orgs
        }
    assert all(invited.values())
    with demo_db.session(write=True) as s:
        run = build_invitations(s, meeting.id, tmp_path / "undangan", now=NOW,
                                only={o.id for o in orgs})  # fmt: skip
        queued = queue_invitations(s, run, now=NOW)
        again = queue_invitations(s, run, now=NOW)
    assert queued.queued == 3 and again.queued == 0 and len(again.already) == 3
    for packet in run.packets:
        letter, calendar = packet.files
        pages = page_texts(letter.read_bytes())
        assert "Undangan" in pages[0] or "UNDANGAN" in pages[0]
        cards = pages[-1]
        assert all(name in cards for name in invited[packet.organization])
        others = [n for org, names in invited.items() if org != packet.organization for n in names]
        assert not any(n in cards for n in others)  # nobody else's check-in code
        assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
        assert (packet.folder / MESSAGE_FILE).read_text(encoding="utf-8").startswith("Yth. Kepala")

    box = Mailbox()
    server = SmtpServer(box).start()
    try:
        with demo_db.session(write=True) as s:
            settings = mail.save(s, "127.0.0.1", server.port, "", "none", "rakor@pemalangkab.go.id")
        result = send_due(demo_db, settings, None, clock=lambda: NOW)
    finally:
        server.stop()
    assert result.sent == 3 and len(box.unique) == 3
    with demo_db.session() as s:
        addresses = {s.get(Organization, o.id).email for o in orgs}
    for message in box.unique.values():
        assert message["To"] in addresses and message["Subject"].startswith("Undangan: ")
        parts = {p.get_content_type(): p for p in message.walk() if p.get_filename()}
        assert set(parts) == {"application/pdf", "text/calendar"}
        assert b"UID:" + meeting.uuid.encode() in parts["text/calendar"].get_payload(decode=True)
        body = message.get_payload()[0].get_payload(decode=True).decode("utf-8")
        assert "Hari/tanggal" in body and "kartu QR" in body


def test_a_meeting_already_held_gets_no_invitations(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        held = _meeting(s, MeetingStatus.CLOSED)
        with pytest.raises(ValueError, match="sudah berlangsung"):
            build_invitations(s, held.id, tmp_path / "undangan")
    assert not (tmp_path / "undangan").exists()
