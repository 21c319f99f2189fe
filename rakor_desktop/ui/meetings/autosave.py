"""Autosave: every edit reaches the database within about a second and a half.

The notulis never presses "save". An edit marks the saver dirty and (re)starts a
short debounce timer; a second timer caps the wait, so continuous typing (never a
pause long enough for the debounce) still saves at least every ``max_wait_ms``.
Focus-out and closing call :meth:`Autosaver.flush`.

A failed save keeps the text where it is (the save function reads it from the
widget each time) and tries again after ``retry_ms``; the status label says so. A
refusal the user must resolve (a ValueError such as "meeting finalized" or "end
before start") is shown and not retried until the next edit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from rakor_desktop.db.retry import is_server_lost
from rakor_desktop.domain.timefmt import hhmm
from rakor_desktop.domain.types import utcnow
from rakor_desktop.ui.meetings.common import make_timer

log = logging.getLogger(__name__)

DEBOUNCE_MS = 600
MAX_WAIT_MS = 1500
RETRY_MS = 2000


class Autosaver(QObject):
    """Debounced, retrying save of one editor's content."""

    status_changed = Signal(str)  # "Tersimpan 10.42", "Menyimpan…", "Gagal menyimpan…"
    saved = Signal()
    failed = Signal(str)  # the user-facing reason

    def __init__(
        self,
        save: Callable[[], None],
        *,
        zone: str = "WIB",
        clock: Callable[[], datetime] = utcnow,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.zone = zone
        self._clock = clock
        self.dirty = False
        self.blocked_reason: str | None = None
        self.last_saved: datetime | None = None
        self.failures = 0
        self._saving = False
        self._debounce = make_timer(self, debounce_ms, single_shot=True)
        self._max_wait = make_timer(self, max_wait_ms, single_shot=True)
        self._retry = make_timer(self, retry_ms, single_shot=True)
        for t in (self._debounce, self._max_wait, self._retry):
            t.timeout.connect(self.flush)

    def touch(self) -> None:
        """An edit happened."""
        if not self.dirty:
            self.dirty = True
            self._max_wait.start()
            self.status_changed.emit(self.tr("Belum tersimpan…"))
        self.blocked_reason = None
        self._debounce.start()

    def flush(self) -> bool:
        """Save now if there is anything to save; True when nothing is left unsaved."""
        if not self.dirty:
            return True
        if self._saving:  # re-entered from a nested event loop (a message box)
            return False
        for t in (self._debounce, self._max_wait, self._retry):
            t.stop()
        self._saving = True
        try:
            self._save()
        except ValueError as exc:
            # The input itself is refused: retrying would fail the same way.
            self.blocked_reason = str(exc)
            self.failures += 1
            self.status_changed.emit(self.tr("Tidak tersimpan: {0}").format(exc))
            self.failed.emit(str(exc))
            return False
        except Exception as exc:
            log.warning("autosave failed, retrying: %r", exc)
            self.failures += 1
            self._retry.start()
            msg = self.tr("Gagal menyimpan ({0}); teks tetap di layar, mencoba lagi…").format(
                type(exc).__name__
            )
            if is_server_lost(exc):  # PostgreSQL on the office LAN went away: say so plainly
                msg = self.tr(
                    "Server basis data tidak terjangkau; teks tetap di layar, mencoba lagi…"
                )
            self.status_changed.emit(msg)
            self.failed.emit(msg)
            return False
        finally:
            self._saving = False
        self.dirty = False
        self.failures = 0
        self.last_saved = self._clock()
        self.status_changed.emit(self.tr("Tersimpan {0}").format(hhmm(self.last_saved, self.zone)))
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Forget pending changes (the editor was reloaded from the database)."""
        for t in (self._debounce, self._max_wait, self._retry):
            t.stop()
        self.dirty = False
        self.blocked_reason = None

    @property
    def pending(self) -> bool:
        return self.dirty
