"""One database thread per window: the GUI thread never waits on a server.

Why: on PostgreSQL a query can hang for seconds (a server restarting, a cable pulled:
connect_timeout is 3 s, and a stalled server holds a socket longer). Done on the GUI
thread, that freezes the door station mid-queue and the secretary's typing. A
:class:`DbThread` owns one ``QThread``; work is handed to it through a queued signal,
runs there in order (one at a time, so a window's writes keep their order), and the
result comes back through another queued signal to a callback on the GUI thread.

For a write whose answer the person is waiting for (a check-in at the door), the
window calls :meth:`DbThread.call`: the job runs on the database thread while the GUI
thread keeps running its event loop (painting, timers, typing), and the caller gets the
result as if the call were direct. That keeps the flow of the code simple and the
window alive when the server is away.

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

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot

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
        self._busy = 0
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

    def call(
        self,
        fn: Callable[[], Any],
        *,
        on_slow: Callable[[], None] | None = None,
        slow_after_ms: int = 150,
    ) -> Any:
        """Run ``fn`` on the database thread and return its result (or raise its error).

        The GUI thread waits in a local event loop, so it keeps painting and answering
        input meanwhile; ``on_slow`` runs once if the answer takes longer than
        ``slow_after_ms`` (to show "menyimpan..."). Callers must not start a second
        ``call`` from input that arrives while waiting: queue it instead (see ``busy``).
        """
        loop = QEventLoop()
        box: dict[str, Any] = {}

        def done(result: Any) -> None:
            box["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            box["error"] = exc
            loop.quit()

        self._busy += 1
        try:
            self.submit(fn, done, failed)
            timer: QTimer | None = None
            if on_slow is not None:
                timer = QTimer()
                timer.setSingleShot(True)
                timer.timeout.connect(lambda: None if box else on_slow())
                timer.start(slow_after_ms)
            if not box:
                loop.exec()
            if timer is not None:
                timer.stop()
        finally:
            self._busy -= 1
        if "error" in box:
            raise box["error"]
        return box.get("result")

    @property
    def busy(self) -> bool:
        """A :meth:`call` is waiting for its answer."""
        return self._busy > 0

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
