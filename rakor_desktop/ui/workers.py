"""Long work off the GUI thread: PDF rendering, imports, backups.

A :class:`Worker` wraps a plain function ``fn(job, *args, **kwargs)``. The function
reports progress with ``job.progress(done, total)`` and calls ``job.check()`` at
safe points, which raises :class:`Cancelled` once the user pressed "Batal"
(cooperative: nothing is killed half-way through a write).

Where the worker runs is decided by an :class:`Executor` taken from the
``AppContext``: the real one uses ``QThreadPool``; tests pass
:class:`ImmediateExecutor`, which runs the work synchronously in the calling thread,
so a test asserts on the result right after ``ctx.run(worker)`` with no waiting and
no flaky threads (Picard keeps a fake thread pool for the same reason).

Usage::

    worker = Worker(render_minutes, meeting_id)
    worker.progress.connect(progress_bar.set_progress)
    worker.finished.connect(self._on_pdf_ready)
    worker.failed.connect(self._show_error)      # an Indonesian message, never a traceback
    ctx.run(worker)
    ...
    cancel_button.clicked.connect(worker.cancel)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from rakor_desktop.messages import render

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the work function by :meth:`Job.check` after a cancel request."""


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total (total 0 = unknown)
    finished = Signal(object)  # the function's return value
    failed = Signal(str)  # a user-facing message
    cancelled = Signal()
    done = Signal()  # after any of finished/failed/cancelled: hide the progress UI


class Job:
    """The handle the work function receives."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker

    @property
    def cancelled(self) -> bool:
        return self._worker.is_cancelled()

    def check(self) -> None:
        if self._worker.is_cancelled():
            raise Cancelled

    def progress(self, done: int, total: int = 0) -> None:
        self._worker.signals.progress.emit(int(done), int(total))


def user_message(exc: BaseException) -> str:
    """The short Indonesian text a user sees for an exception from a worker."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return render(message)
    if isinstance(exc, ValueError) and str(exc):
        return render(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        reason = exc.strerror or str(exc)
        return QCoreApplication.translate(
            "Worker", "Berkas tidak dapat dibaca atau ditulis{0}: {1}"
        ).format(where, reason)
    return QCoreApplication.translate(
        "Worker", "Terjadi kesalahan tak terduga. Rinciannya tersimpan di berkas log."
    )


class Worker(QRunnable):
    """One unit of background work with progress, result, failure and cancel."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; the executor keeps it alive
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self.progress = self.signals.progress
        self.finished = self.signals.finished
        self.failed = self.signals.failed
        self.cancelled = self.signals.cancelled
        self.done = self.signals.done
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: str | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # called by the executor, in the worker thread
        try:
            if self.is_cancelled():
                raise Cancelled
            self.result = self.fn(Job(self), *self.args, **self.kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:
            log.exception("background work %s failed", getattr(self.fn, "__name__", self.fn))
            self.error = user_message(exc)
            self.signals.failed.emit(self.error)
        else:
            self.signals.finished.emit(self.result)
        finally:
            self.signals.done.emit()


class Executor(Protocol):
    def start(self, worker: Worker) -> Worker: ...


class ThreadPoolExecutor:
    """The real executor: ``QThreadPool``; keeps workers alive until they are done."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool
        self._running: set[Worker] = set()

    @property
    def pool(self) -> QThreadPool:
        return self._pool or QThreadPool.globalInstance()

    def start(self, worker: Worker) -> Worker:
        self._running.add(worker)
        worker.done.connect(lambda w=worker: self._running.discard(w))
        self.pool.start(worker)
        return worker

    def running(self) -> int:
        return len(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """At quit: ask workers to stop at their next safe point, then wait for them.

        Returning before they stop would kill a thread in the middle of a write.
        """
        for worker in list(self._running):
            worker.cancel()
        return self.pool.waitForDone(msecs)


class ImmediateExecutor:
    """Runs the work synchronously in the calling thread: for tests and tiny jobs."""

    def __init__(self) -> None:
        self.started: list[Worker] = []

    def start(self, worker: Worker) -> Worker:
        self.started.append(worker)
        worker.run()
        return worker
