"""The outbox in the background (issue 21): on the office's reminder day the digests
are made and mailed without anyone opening a window; a server that goes away is asked
again only after the backoff; nothing is sent twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from outbox_server import Mailbox, SmtpServer
from sqlmodel import select

from rakor_desktop.domain.models import FollowUp, OutboxMessage
from rakor_desktop.services.outbox import settings as mail
from rakor_desktop.services.outbox.queue import QUEUED, SENT, queue_message
from rakor_desktop.services.reminders import schedule
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.outbox.pump import OutboxPump
from rakor_desktop.ui.workers import ImmediateExecutor


def test_reminder_day_mails_digests_and_a_dead_server_waits(qtbot, demo_db, tmp_path) -> None:
    with demo_db.session() as s:
        due = max(f.due_date for f in s.exec(select(FollowUp))
                  if f.due_date and f.status in ("belum", "dalam_proses"))  # fmt: skip
    today = due - timedelta(days=1)
    clock = {"now": datetime(today.year, today.month, today.day, 2, 0, tzinfo=UTC)}
    ctx = AppContext(db=demo_db, settings=AppSettings(tmp_path / "rakor.ini"),
                     executor=ImmediateExecutor(), clock=lambda: clock["now"])  # fmt: skip
    ctx.reload_zone()
    box = Mailbox()
    server = SmtpServer(box).start()
    try:
        with demo_db.session(write=True) as s:
            mail.save(s, "127.0.0.1", server.port, "", "none", "rakor@pemalangkab.go.id")
            schedule.save(s, schedule.DAYS[today.weekday()], 7)
        pump = OutboxPump(ctx, tmp_path / "Paket OPD")
        reports: list[str] = []
        pump.report.connect(reports.append)
        assert pump.tick() is not None
        with demo_db.session() as s:
            digests = s.exec(select(OutboxMessage).where(OutboxMessage.kind == "pengingat")).all()
        assert digests and {m.status for m in digests} == {SENT}
        assert len(box.unique) == len(digests)
        assert f"Pengingat tindak lanjut dibuat untuk {len(digests)} OPD" in reports[-1]
        assert f"{len(digests)} terkirim" in reports[-1]
        folders = list((tmp_path / "Paket OPD" / "Pengingat" / f"{today:%Y-%m-%d}").iterdir())
        assert len(folders) >= len(digests)
        assert pump.tick() is None  # nothing due: the reminder day is recorded, the queue empty
    finally:
        server.stop()

    extra = tmp_path / "lampiran.pdf"
    extra.write_bytes(b"%PDF-1.7")
    with demo_db.session(write=True) as s:
        queue_message(s, to="dinkes@pemalangkab.go.id", subject="Paket", body="Yth.",
                      attachments=[extra], now=clock["now"])  # fmt: skip
    assert pump.tick() is not None  # the server is gone now
    assert "tidak menjawab" in reports[-1]
    assert pump.tick() is None  # backoff: not asked again at once
    clock["now"] += timedelta(minutes=2)
    restarted = SmtpServer(box)
    restarted.port = server.port
    restarted.start()
    try:
        assert pump.tick() is not None
    finally:
        restarted.stop()
    with demo_db.session() as s:
        statuses = [m.status for m in s.exec(select(OutboxMessage))]
    assert QUEUED not in statuses and len(box.unique) == len(digests) + 1
