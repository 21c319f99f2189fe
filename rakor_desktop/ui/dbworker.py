"""One database thread per window: the GUI thread never waits on a server.

Why: on PostgreSQL a query can hang for seconds (a server restarting, a cable pulled:
connect_timeout is 3 s, and a stalled server holds a socket longer). Done on the GUI
thread, that freezes the door station mid-queue and the secretary's typing. A
:class:`DbThread` owns one ``QThread``; work is handed to it through a queued signal,
runs there in order (one at a time, so a window's writes keep their order), and the
result comes back through another queued signal to a callback on the GUI thread.

It is deliberately small: a FIFO of plain callables. Cancellation, progress and
user-facing errors for long jobs stay in :mod:`rakor_desktop.ui.workers`.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
_STOP = object()


class DbThread(QObject):
    """Runs callables in order on a thread of their own; callbacks on the owner's thread.

    A plain daemon ``threading.Thread`` rather than a ``QThread``: a window closed (or a
    test ending) while a job hangs on a dead server must neither block nor abort the
    process, which destroying a running ``QThread`` does.
    """

    _finished = Signal(int, object, object)  # job id, result, exception (queued to owner)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, name: str = "rakor-db") -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[Any] = queue.Queue()
        self._callbacks: dict[int, tuple[Callback | None, ErrorCallback | None]] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._done)
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Jobs submitted whose callback has not run yet."""
        return len(self._callbacks)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._jobs.put((job_id, fn))
        return job_id

    def _loop(self) -> None:
        while True:
            item = self._jobs.get()
            if item is _STOP:
                return
            job_id, fn = item
            try:
                result, error = fn(), None
            except BaseException as exc:
                result, error = None, exc
            try:
                self._finished.emit(job_id, result, error)
            except RuntimeError:  # the owner was deleted meanwhile: nobody to tell
                return

    @Slot(int, object, object)
    def _done(self, job_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.warning("database job failed: %s", error)
        elif on_done is not None:
            on_done(result)
        if not self._callbacks:
            self.idle.emit()

    def stop(self, wait_ms: int = 2000) -> bool:
        """Finish the queue (up to ``wait_ms``) and end the thread; True when it ended.

        A job still hanging on a dead server is left to finish in the background
        (the thread is a daemon) rather than blocking the window's close.
        """
        self._callbacks.clear()
        self._jobs.put(_STOP)
        self._thread.join(max(0, wait_ms) / 1000)
        return not self._thread.is_alive()
