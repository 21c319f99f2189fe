"""Tell open windows that another process (or connection) committed.

The door station and the secretary's meeting page may run as two processes on
one database (a SQLite file or the office's PostgreSQL server); each must show the
other's check-ins within a second. A :class:`ChangeWatcher` asks
:class:`rakor_desktop.services.office.changes.ChangeProbe` a few times a second and emits
``changed`` once per batch of commits. Listeners re-read what they show; nothing is
pushed through the signal, so a missed tick only delays an update and never loses one.

The probe runs on a database thread (:mod:`rakor_desktop.ui.dbworker`), never on the
GUI thread: against a PostgreSQL server that is restarting or unreachable one probe
can take seconds, and the window must keep repainting meanwhile. While the probe
fails the interval backs off (doubling up to :data:`MAX_BACKOFF_MS`) so a station
does not hammer a dead server; the first success returns to the normal pace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from rakor_desktop.db import Database
from rakor_desktop.services.office.changes import ChangeProbe
from rakor_desktop.ui.dbworker import DbThread

DEFAULT_INTERVAL_MS = 350
MAX_BACKOFF_MS = 5000


class ChangeWatcher(QObject):
    """Emits ``changed`` after a commit made anywhere else on the same database."""

    changed = Signal()
    #: True when the probe starts failing (server away), False when it works again.
    reachable_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        start: bool = True,
        thread: DbThread | None = None,
    ) -> None:
        super().__init__(parent)
        self._probe: ChangeProbe | None = None
        self._interval = max(int(interval_ms), 50)
        self._own_thread = thread is None
        self._thread = thread or DbThread(self, name="rakor-watcher")
        self._in_flight = False
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self.destroyed.connect(self._timer.stop)
        self._wanted = start
        if db.path is not None:
            # SQLite: the baseline is a shared-memory read, taken now so that a commit
            # made right after this constructor returns is never mistaken for the baseline.
            self._probe_ready(ChangeProbe(db))
        else:
            # A server: the first token is read on the database thread as well; opening
            # a screen while the server is away must not freeze it either.
            self._in_flight = True
            self._thread.submit(lambda: ChangeProbe(db), self._probe_ready, self._probe_failed)

    # -- control ----------------------------------------------------------------------
    def start(self) -> None:
        self._wanted = True
        if self._probe is not None and not self._timer.isActive() and not self._in_flight:
            self._timer.start(self._interval)

    def stop(self) -> None:
        self._wanted = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._wanted

    @property
    def interval_ms(self) -> int:
        """The current pause between probes (longer while the server is away)."""
        return self._timer.interval() if self._failing else self._interval

    def poll(self) -> bool:
        """Check now, synchronously (tests, and a screen that just wrote); True if emitted.

        Waits for a probe still in flight first, so two probes never race on the
        probe's connection.
        """
        self._settle()
        if self._probe is None:
            return False
        if self._probe.changed():
            self.changed.emit()
            return True
        return False

    def close(self) -> None:
        """Stop polling and release the probe's connection (before the database closes)."""
        self._wanted = False
        self._timer.stop()
        probe, self._probe = self._probe, None
        if self._own_thread:
            self._thread.stop(wait_ms=1000)
        if probe is not None:
            probe.close()

    # -- the loop ---------------------------------------------------------------------
    def _settle(self, timeout_ms: int = 5000) -> None:
        if not self._in_flight:
            return
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        loop = QEventLoop()
        self._thread.idle.connect(loop.quit)
        deadline = QDeadlineTimer(timeout_ms)
        while self._in_flight and not deadline.hasExpired():
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        self._thread.idle.disconnect(loop.quit)

    def _probe_ready(self, probe: ChangeProbe) -> None:
        self._in_flight = False
        self._probe = probe
        self._note_failing(probe.failing)
        if self._wanted:
            self._timer.start(self._interval)

    def _probe_failed(self, _exc: BaseException) -> None:
        self._in_flight = False

    def _tick(self) -> None:
        probe = self._probe
        if probe is None or self._in_flight:
            return
        self._in_flight = True
        self._thread.submit(lambda: (probe.changed(), probe.failing), self._result)

    def _result(self, outcome: tuple[bool, bool]) -> None:
        self._in_flight = False
        if self._probe is None:  # closed meanwhile
            return
        changed, failing = outcome
        self._note_failing(failing)
        if changed:
            self.changed.emit()
        if self._wanted:
            pause = min(self._timer.interval() * 2, MAX_BACKOFF_MS) if failing else self._interval
            self._timer.start(max(pause, self._interval))

    def _note_failing(self, failing: bool) -> None:
        if failing != self._failing:
            self._failing = failing
            self.reachable_changed.emit(not failing)
