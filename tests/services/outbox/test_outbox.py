"""The outbox against a real SMTP server on 127.0.0.1 (aiosmtpd), as in an office whose
mail server comes and goes (issue 21)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from outbox_server import Mailbox, SmtpServer, free_port, self_signed_certificate
from sqlmodel import select

from rakor_desktop.domain.clock import ENV_NOW
from rakor_desktop.domain.models import Meeting, OutboxMessage
from rakor_desktop.services.outbox import settings as mail
from rakor_desktop.services.outbox.queue import (
    FAILED,
    QUEUED,
    SENDING,
    SENT,
    queue_message,
    queue_packets,
    resend,
)
from rakor_desktop.services.outbox.send import LEASE, RESENT_NOTE, _claim, send_due
from rakor_desktop.services.packets.build import build_packets

NOW = datetime(2026, 12, 31, 9, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[3]


class Clock:
    def __init__(self, at: datetime = NOW) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def mailbox():
    box = Mailbox(refuse=("ditolak",))
    server = SmtpServer(box).start()
    yield box, server
    server.stop()


def _settings(db, port: int, *, tls: str = "none", user: str = "") -> mail.MailSettings:
    with db.session(write=True) as s:
        return mail.save(s, "127.0.0.1", port, user, tls, "rakor@pemalangkab.go.id")


def _queue(db, tmp_path: Path, n: int, *, size: int = 2000) -> list[str]:
    ids = []
    with db.session(write=True) as s:
        for i in range(n):
            f = tmp_path / f"lampiran-{i}.pdf"
            f.write_bytes(os.urandom(size))
            m = queue_message(
                s,
                to=f"opd{i}@pemalangkab.go.id",
                subject=f"Paket {i}",
                body="Yth.",
                attachments=[f],
                now=NOW,
            )
            ids.append(m.message_id)
    return ids


def _statuses(db) -> dict[str, str]:
    with db.session() as s:
        return {m.message_id: m.status for m in s.exec(select(OutboxMessage))}


def test_packets_go_out_with_their_attachments(demo_db, mailbox, tmp_path) -> None:
    box, server = mailbox
    settings = _settings(demo_db, server.port)
    with demo_db.session(write=True) as s:
        meeting = s.exec(select(Meeting).where(Meeting.status == "closed")).first()
        run = build_packets(s, meeting.id, tmp_path / "paket", now=NOW)
        queued = queue_packets(s, run, now=NOW)
        again = queue_packets(s, run, now=NOW)
    assert queued.queued == len(run.packets) and not queued.without_address
    assert again.queued == 0 and len(again.already) == len(run.packets)  # never queued twice
    result = send_due(demo_db, settings, None, clock=Clock())
    assert result.sent == len(run.packets) and result.failed == 0 and not result.stopped
    assert len(box.deliveries) == len(box.unique) == len(run.packets)
    packet = max(run.packets, key=lambda p: p.followups)
    with demo_db.session() as s:
        queued_msg = s.exec(
            select(OutboxMessage).where(OutboxMessage.organization_id == packet.organization_id)
        ).one()
    got = box.unique[queued_msg.message_id]
    assert got["To"] == queued_msg.to_addr and got["Subject"].startswith(
        "Rancangan Notulen dan Tindak Lanjut: "
    )
    parts = {p.get_filename(): p.get_payload(decode=True) for p in got.walk() if p.get_filename()}
    assert sorted(parts) == sorted(p.name for p in packet.files)
    for path in packet.files:
        assert (
            hashlib.sha256(parts[path.name]).digest() == hashlib.sha256(path.read_bytes()).digest()
        )
    body = (
        next(p for p in got.walk() if p.get_content_type() == "text/plain")
        .get_payload(decode=True)
        .decode()
    )
    assert body.startswith(f"Yth. Kepala {packet.organization}") and "formulir progres" in body


def test_server_stopped_mid_queue_then_restarted_delivers_each_once(db, mailbox, tmp_path) -> None:
    box, server = mailbox
    settings = _settings(db, server.port)
    ids = _queue(db, tmp_path, 6)
    clock = Clock()
    stopped: list[bool] = []

    def stop_after_two(done: int, total: int) -> None:
        if done == 2 and not stopped:
            server.stop()
            stopped.append(True)

    first = send_due(db, settings, None, clock=clock, progress=stop_after_two)
    assert first.sent == 2 and ("tidak menjawab" in first.stopped or "terputus" in first.stopped)
    assert list(_statuses(db).values()).count(SENT) == 2
    with db.session() as s:
        waiting = s.exec(select(OutboxMessage).where(OutboxMessage.status == QUEUED)).all()
    assert len(waiting) == 4 and any(
        m.next_attempt_at == NOW + timedelta(minutes=1) for m in waiting
    )
    # The server is back: the messages never tried go at once; the one that met the
    # dead server waits for its backoff, then goes too.
    server.start()
    assert send_due(db, settings, None, clock=clock).sent == 3
    assert list(_statuses(db).values()).count(QUEUED) == 1
    clock.at = NOW + timedelta(minutes=2)
    second = send_due(db, settings, None, clock=clock)
    assert second.sent == 1 and not second.stopped
    assert set(box.unique) == set(ids) and len(box.deliveries) == 6  # each exactly once


def test_killed_between_send_and_record_is_not_a_duplicate(db, tmp_path) -> None:
    """SIGKILL after the server has the message and before the outbox records it: the
    restart sends it again under the same Message-ID, which the mail store files once."""
    box = Mailbox()
    server = SmtpServer(box).start()
    try:
        _settings(db, server.port)
        ids = _queue(db, tmp_path, 4)
        db.dispose()
        env = {**os.environ, ENV_NOW: NOW.isoformat()}
        cmd = [
            sys.executable,
            "-m",
            "rakor_desktop",
            "--db",
            str(db.path),
            "outbox",
            "send",
            "--once",
        ]
        proc = subprocess.Popen(
            cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        box.on_data = lambda m: (
            os.kill(proc.pid, signal.SIGKILL) if len(box.deliveries) == 2 else None
        )
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL
        statuses = _statuses(db)
        assert [statuses[i] for i in ids] == [SENT, SENDING, QUEUED, QUEUED]
        box.on_data = None
        soon = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
        assert soon.returncode == 0 and _statuses(db)[ids[1]] == SENDING  # within the lease
        later = {**env, ENV_NOW: (NOW + LEASE + timedelta(minutes=1)).isoformat()}
        again = subprocess.run(cmd, cwd=REPO, env=later, capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, again.stdout + again.stderr
        assert list(_statuses(db).values()) == [SENT] * 4
        assert set(box.unique) == set(ids) and len(box.unique) == 4  # the mailbox: no duplicate
        assert len(box.deliveries) == 5  # the wire: message 2 crossed twice, same Message-ID
        with db.session() as s:
            second = s.exec(select(OutboxMessage).where(OutboxMessage.message_id == ids[1])).one()
        assert second.last_error == RESENT_NOTE and second.attempts == 2
    finally:
        server.stop()


def test_what_the_server_says_decides_what_happens(db, tmp_path) -> None:
    box = Mailbox(refuse=("ditolak",))
    server = SmtpServer(box, data_size_limit=200_000, credentials=("notulis", "rahasia")).start()
    try:
        settings = _settings(db, server.port, user="notulis")
        with db.session(write=True) as s:
            small, big, gone = (tmp_path / n for n in ("kecil.pdf", "besar.pdf", "hilang.pdf"))
            small.write_bytes(b"%PDF small")
            big.write_bytes(os.urandom(400_000))
            gone.write_bytes(b"%PDF soon gone")
            refused = queue_message(
                s,
                to="ditolak@pemalangkab.go.id",
                subject="A",
                body="x",
                attachments=[small],
                now=NOW,
            )
            too_big = queue_message(
                s, to="dinkes@pemalangkab.go.id", subject="B", body="x", attachments=[big], now=NOW
            )
            missing = queue_message(
                s, to="dpu@pemalangkab.go.id", subject="C", body="x", attachments=[gone], now=NOW
            )
            fine = queue_message(
                s,
                to="bappeda@pemalangkab.go.id",
                subject="D",
                body="x",
                attachments=[small],
                now=NOW,
            )
            ids = (refused.id, too_big.id, missing.id, fine.id)
        gone.unlink()
        wrong = send_due(db, settings, "salah", clock=Clock())
        assert "menolak nama pengguna atau kata sandi" in wrong.stopped and wrong.sent == 0
        with db.session() as s:
            assert all(
                s.get(OutboxMessage, i).status == QUEUED and s.get(OutboxMessage, i).attempts == 0
                for i in ids
            )
        tls = send_due(
            db,
            mail.MailSettings("127.0.0.1", server.port, "", "starttls", settings.sender),
            None,
            clock=Clock(),
        )
        assert "tidak mendukung STARTTLS" in tls.stopped
        run = send_due(db, settings, "rahasia", clock=Clock())
        assert run.sent == 1 and run.failed == 3 and not run.stopped
        with db.session() as s:
            reasons = {
                i: (s.get(OutboxMessage, i).status, s.get(OutboxMessage, i).last_error) for i in ids
            }
        assert reasons[refused.id][0] == FAILED and "550" in reasons[refused.id][1]
        assert (
            reasons[too_big.id][0] == FAILED and "melebihi batas server" in reasons[too_big.id][1]
        )
        assert reasons[missing.id][0] == FAILED and "tidak ada lagi" in reasons[missing.id][1]
        assert reasons[fine.id][0] == SENT
    finally:
        server.stop()


def test_a_dead_server_leaves_everything_queued_with_backoff(db, tmp_path) -> None:
    settings = _settings(db, free_port())  # nobody listens there
    _queue(db, tmp_path, 3)
    run = send_due(db, settings, None, clock=Clock(), timeout=2)
    assert run.sent == 0 and run.deferred == 3 and "tidak menjawab" in run.stopped
    with db.session() as s:
        rows = s.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert [r.status for r in rows] == [QUEUED] * 3
    assert rows[0].next_attempt_at == NOW + timedelta(minutes=1) and rows[0].attempts == 1


def test_mail_settings_refuse_bad_values(db) -> None:
    with db.session(write=True) as s:
        for args in (("smtp host", 25, "", "none", "a@b.id"), ("h", 0, "", "none", "a@b.id"),
                     ("h", 25, "", "tls13", "a@b.id"), ("h", 25, "", "none", "bukan-alamat")):  # fmt: skip
            with pytest.raises(mail.MailSettingsError):
                mail.save(s, *args)
        assert not mail.load(s).configured


@pytest.mark.parametrize("tls", ["starttls", "ssl"])
def test_encrypted_servers_deliver_and_an_untrusted_one_is_refused(
    db, tmp_path, monkeypatch, tls
) -> None:
    certificate = self_signed_certificate(tmp_path)
    box = Mailbox()
    server = SmtpServer(
        box, tls=tls, certificate=certificate, credentials=("notulis", "rahasia")
    ).start()
    try:
        _queue(db, tmp_path, 2)
        with db.session(write=True) as s:
            settings = mail.save(
                s, "127.0.0.1", server.port, "notulis", tls, "rakor@pemalangkab.go.id"
            )
        untrusted = send_due(db, settings, "rahasia", clock=Clock(), timeout=5)
        assert "Sambungan TLS ke 127.0.0.1 gagal" in untrusted.stopped and untrusted.sent == 0
        assert "CERTIFICATE_VERIFY_FAILED" in untrusted.stopped
        assert set(_statuses(db).values()) == {QUEUED}
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # the office trusts its CA
        run = send_due(db, settings, "rahasia", clock=Clock(), timeout=5)
        assert run.sent == 2 and not run.stopped
        assert set(_statuses(db).values()) == {SENT} and len(box.unique) == 2
    finally:
        server.stop()


def test_a_30_mb_packet_over_the_server_limit_fails_with_the_reason(db, tmp_path) -> None:
    """One server says its limit up front (EHLO SIZE); another only refuses after the data."""
    _queue(db, tmp_path, 1, size=30 * 1024 * 1024)
    with db.session(write=True) as s:
        small = tmp_path / "kecil.pdf"
        small.write_bytes(b"%PDF small")
        queue_message(s, to="bappeda@pemalangkab.go.id", subject="kecil", body="x",
                      attachments=[small], now=NOW)  # fmt: skip
    announced = SmtpServer(Mailbox(), data_size_limit=25 * 1024 * 1024).start()
    try:
        run = send_due(db, _settings(db, announced.port), None, clock=Clock())
        assert run.sent == 1 and run.failed == 1 and not run.stopped
        assert len(announced.mailbox.deliveries) == 1  # the big one never crossed the wire
    finally:
        announced.stop()
    with db.session() as s:
        big = s.exec(select(OutboxMessage).where(OutboxMessage.subject == "Paket 0")).one()
    assert big.status == FAILED and "melebihi batas server 25,0 MB" in big.last_error
    assert "Pesan 41," in big.last_error  # 30 MiB of attachment is 41 MiB in base64

    class Strict(Mailbox):
        async def handle_DATA(self, server, session, envelope):
            if len(envelope.content) > 25 * 1024 * 1024:
                return "552 5.3.4 Message size exceeds fixed maximum message size"
            return await super().handle_DATA(server, session, envelope)

    silent = SmtpServer(Strict(), data_size_limit=None).start()
    try:
        with db.session(write=True) as s:
            resend(s, big.id, now=NOW)
        run = send_due(db, _settings(db, silent.port), None, clock=Clock())
        assert run.failed == 1 and run.sent == 0 and not run.stopped
    finally:
        silent.stop()
    with db.session() as s:
        big = s.get(OutboxMessage, big.id)
    assert big.status == FAILED and "552 5.3.4" in big.last_error
    assert "Server menolak pesan ini" in big.last_error


def test_one_station_takes_a_message_and_another_leaves_it_while_it_is_sent(
    any_db, tmp_path
) -> None:
    """Several stations on one PostgreSQL database: a message "mengirim" is someone's
    for the lease; after it, its sender is presumed dead and it goes again."""
    ids = _queue(any_db, tmp_path, 1)
    with any_db.session() as s:
        mid = s.exec(select(OutboxMessage.id)).one()
    first = _claim(any_db, mid, Clock())
    assert first is not None and first[0].status == SENDING and first[1] is False
    assert _claim(any_db, mid, Clock(NOW + timedelta(minutes=3))) is None  # in A's hands
    late = _claim(any_db, mid, Clock(NOW + LEASE + timedelta(seconds=1)))
    assert late is not None and late[1] is True and late[0].attempts == 2
    with any_db.session() as s:
        assert s.get(OutboxMessage, mid).message_id == ids[0]
