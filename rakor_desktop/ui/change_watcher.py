"""Tell open windows that another process (or connection) committed.

The door station and the secretary's meeting page may run as two processes on
one database file; each must show the other's check-ins within a second. A
:class:`ChangeWatcher` polls :class:`rakor_desktop.services.changes.ChangeProbe`
(``PRAGMA data_version`` on SQLite: a shared-memory read, microseconds) a few
times a second on the GUI thread and emits ``changed`` once per batch of commits.
Listeners re-read what they show; nothing is pushed through the signal, so a
missed tick only delays an update and never loses one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from rakor_desktop.db import Database
from rakor_desktop.services.changes import ChangeProbe

DEFAULT_INTERVAL_MS = 350


class ChangeWatcher(QObject):
    """Emits ``changed`` after a commit made anywhere else on the same database."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self._probe: ChangeProbe | None = ChangeProbe(db)
        self._timer = QTimer(self)
        self._timer.setInterval(max(int(interval_ms), 50))
        self._timer.timeout.connect(self.poll)
        self.destroyed.connect(self._timer.stop)
        if start:
            self._timer.start()

    def start(self) -> None:
        if self._probe is not None:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def poll(self) -> bool:
        """Check now (the timer calls this); returns whether ``changed`` was emitted."""
        if self._probe is None:
            return False
        if self._probe.changed():
            self.changed.emit()
            return True
        return False

    def close(self) -> None:
        """Stop polling and release the probe's connection (before the database closes)."""
        self._timer.stop()
        if self._probe is not None:
            self._probe.close()
            self._probe = None
