"""Background work: result, progress, user-facing failure messages, cooperative cancel."""

from __future__ import annotations

import threading

from rakor_desktop.db.errors import NotADatabase
from rakor_desktop.ui.workers import ImmediateExecutor, Job, ThreadPoolExecutor, Worker


def collect(worker: Worker) -> dict[str, list]:
    seen: dict[str, list] = {
        "progress": [],
        "finished": [],
        "failed": [],
        "cancelled": [],
        "done": [],
    }
    worker.progress.connect(lambda d, t: seen["progress"].append((d, t)))
    worker.finished.connect(lambda r: seen["finished"].append(r))
    worker.failed.connect(lambda m: seen["failed"].append(m))
    worker.cancelled.connect(lambda: seen["cancelled"].append(True))
    worker.done.connect(lambda: seen["done"].append(True))
    return seen


def count_to(job: Job, n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        job.check()
        total += i
        job.progress(i, n)
    return total


def test_immediate_executor_runs_synchronously_with_progress() -> None:
    worker = Worker(count_to, 4)
    seen = collect(worker)
    ImmediateExecutor().start(worker)
    assert seen["finished"] == [10]
    assert seen["progress"] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert seen["done"] == [True] and not seen["failed"]


def test_failures_become_short_messages() -> None:
    def bad_value(job: Job) -> None:
        raise ValueError("Nama tidak boleh kosong.")

    def bad_file(job: Job) -> None:
        raise PermissionError(13, "Permission denied", "/media/usb/notulen.pdf")

    def bad_db(job: Job) -> None:
        raise NotADatabase("Berkas x.sqlite bukan basis data.", detail="header")

    def bug(job: Job) -> None:
        raise KeyError("internal")

    messages = []
    for fn in (bad_value, bad_file, bad_db, bug):
        worker = Worker(fn)
        seen = collect(worker)
        ImmediateExecutor().start(worker)
        assert seen["done"] and not seen["finished"]
        messages.append(seen["failed"][0])
    assert messages[0] == "Nama tidak boleh kosong."
    assert "/media/usb/notulen.pdf" in messages[1] and "Permission denied" in messages[1]
    assert messages[2] == "Berkas x.sqlite bukan basis data."
    assert "berkas log" in messages[3] and "KeyError" not in messages[3]


def test_cancel_before_start_and_during_work() -> None:
    worker = Worker(count_to, 3)
    seen = collect(worker)
    worker.cancel()
    ImmediateExecutor().start(worker)
    assert seen["cancelled"] == [True] and not seen["finished"] and seen["progress"] == []

    def cancels_itself(job: Job) -> None:
        job.progress(1, 3)
        worker2.cancel()  # as the Batal button would, between two steps
        job.check()
        job.progress(2, 3)

    worker2 = Worker(cancels_itself)
    seen2 = collect(worker2)
    ImmediateExecutor().start(worker2)
    assert seen2["progress"] == [(1, 3)]
    assert seen2["cancelled"] == [True] and seen2["done"] == [True]


def test_thread_pool_delivers_the_result_on_the_gui_thread(qtbot) -> None:
    gui_thread = threading.get_ident()
    ran_in: list[int] = []
    received_in: list[int] = []

    def work(job: Job) -> str:
        ran_in.append(threading.get_ident())
        return "selesai"

    executor = ThreadPoolExecutor()
    worker = Worker(work)
    worker.finished.connect(lambda _r: received_in.append(threading.get_ident()))
    with qtbot.waitSignal(worker.finished, timeout=10000) as blocker:
        executor.start(worker)
    assert blocker.args == ["selesai"]
    assert ran_in and ran_in[0] != gui_thread
    assert received_in == [gui_thread]
    qtbot.waitUntil(lambda: executor.running() == 0)


def test_thread_pool_cancel_stops_at_the_next_check(qtbot) -> None:
    started = threading.Event()
    release = threading.Event()

    def long_job(job: Job) -> None:
        started.set()
        release.wait(10)
        job.check()
        raise AssertionError("should have stopped at check()")

    executor = ThreadPoolExecutor()
    worker = Worker(long_job)
    seen = collect(worker)
    executor.start(worker)
    assert started.wait(10)
    with qtbot.waitSignal(worker.cancelled, timeout=10000):
        worker.cancel()
        release.set()
    assert executor.wait(10000)
    assert not seen["failed"] and not seen["finished"]
