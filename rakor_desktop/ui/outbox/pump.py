"""The outbox in the background: messages go out when the server answers, and the
reminder digests are made on the office's day, while the window is open.

Every minute a cheap read decides whether there is anything to do (a due message, a
reminder day that has come); the work itself (rendering, the keyring, SMTP) runs in
one worker at a time, so a dead server or a slow disk never freezes the window.
Backoff lives in the queue (``next_attempt_at``): a failing server is asked again
after 1, 2, 5... minutes, not every tick.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from rakor_desktop.messages import render
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.workers import Worker

TICK_MS = 60_000
FIRST_TICK_MS = 15_000  # after start-up, when the first page has painted


class OutboxPump(QObject):
    report = Signal(str)  # a short sentence for the status bar
    changed = Signal()  # the outbox changed (open outbox windows refresh)

    def __init__(self, ctx: AppContext, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.root = root  # where automatic reminder folders go
        self.worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_TICK_MS, self.tick)

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> Worker | None:
        """Start a worker if something is due; None when idle or already busy."""
        from rakor_desktop.services.outbox import settings as mail
        from rakor_desktop.services.outbox.queue import due_count
        from rakor_desktop.services.reminders import schedule

        if self.worker is not None:
            return None
        now = self.ctx.clock()
        try:
            with self.ctx.db.session() as s:
                settings = mail.load(s)
                reminders = schedule.is_due(s, now=now)
                waiting = due_count(s, now=now) if settings.configured else 0
        except Exception:  # a database server away: the next tick asks again
            return None
        if not reminders and not waiting:
            return None
        db, clock, root = self.ctx.db, self.ctx.clock, self.root

        def work(job):
            made = None
            if reminders:
                made = _make_reminders(db, clock, root)
            sent = None
            if settings.configured:
                from rakor_desktop.services.outbox.send import send_due

                sent = send_due(db, settings, mail.password(settings), clock=clock,
                                cancelled=lambda: job.cancelled)  # fmt: skip
            return made, sent

        worker = Worker(work)
        self.worker = worker
        worker.finished.connect(self._done)
        worker.failed.connect(lambda text: self.report.emit(text))
        worker.done.connect(self._idle)
        self.ctx.run(worker)
        return worker

    def _idle(self) -> None:
        self.worker = None
        self.changed.emit()

    def _done(self, result) -> None:
        made, sent = result
        parts = []
        if made:
            parts.append(
                self.tr("Pengingat tindak lanjut dibuat untuk %1 OPD.").replace("%1", str(made))
            )
        if sent is not None and (sent.sent or sent.failed or sent.stopped):
            text = (
                self.tr("Kotak keluar: %1 terkirim, %2 gagal.")
                .replace("%1", str(sent.sent))
                .replace("%2", str(sent.failed))
            )
            if sent.stopped:
                text += " " + render(sent.stopped)
            parts.append(text)
        if parts:
            self.report.emit(" ".join(parts))


def _make_reminders(db, clock, root: Path) -> int | None:
    """Build and queue today's digests once (another station may have just done it:
    None); a quiet week is recorded too, so it is not retried all day."""
    from rakor_desktop.services.followups.query import office_today
    from rakor_desktop.services.office.settings import office_zone
    from rakor_desktop.services.reminders import schedule
    from rakor_desktop.services.reminders.digest import build_digests, queue_digests

    now = clock()
    with db.session(write=True) as s:
        if not schedule.claim_run(s, now=now):
            return None
        plan = schedule.load(s)
        folder = root / "Pengingat" / f"{office_today(now, office_zone(s)):%Y-%m-%d}"
        try:
            run = build_digests(s, folder, now=now, within_days=plan.within_days)
        except ValueError:
            return 0  # a quiet week: the run is recorded all the same
        queue_digests(s, run, now=now)
        return len(run.packets)
