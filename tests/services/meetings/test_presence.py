"""The meeting lease: one secretary window holds it, a second one learns who and since when.

SQLite leases are files next to the database; they are exercised with two leases in
one process, with a second real process (alive, then killed) and with a clock moved
past the stale limit. PostgreSQL leases are advisory locks on a real throwaway server.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rakor_desktop.services.meetings.presence import (
    REFRESH_S,
    STALE_S,
    AdvisoryLease,
    FileLease,
    Holder,
    lease_path,
    meeting_lease,
)

T0 = datetime(2025, 8, 25, 3, 42, tzinfo=UTC)  # 10.42 WIB


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_the_second_window_learns_who_holds_the_meeting(db, db_path: Path) -> None:
    first = meeting_lease(db, 7, host="laptop-sekretariat", clock=Clock())
    second = meeting_lease(
        db, 7, host="laptop-bagian-umum", clock=Clock(T0 + timedelta(seconds=60))
    )
    assert isinstance(first, FileLease)
    assert first.acquire() is None and first.held
    holder = second.acquire()
    assert holder == Holder(host="laptop-sekretariat", since=T0, pid=os.getpid())
    assert not second.held
    # Another meeting of the same database is a different lease.
    assert meeting_lease(db, 8, host="laptop-bagian-umum").acquire() is None
    path = lease_path(db_path, 7)
    assert path.name == "rakor.sqlite.lock-meeting-7"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["host"] == "laptop-sekretariat" and data["pid"] == os.getpid()
    assert path.stat().st_mode & 0o077 == 0  # the file names a host: private like the database
    # The holder closes the meeting: the second window takes the lease on its next refresh.
    first.release()
    assert not path.exists()
    assert second.refresh() is None and second.held


def test_refresh_keeps_the_lease_and_silence_frees_it(db) -> None:
    clock_a, clock_b = Clock(), Clock()
    a = meeting_lease(db, 3, host="a", clock=clock_a)
    b = meeting_lease(db, 3, host="b", clock=clock_b)
    assert a.acquire() is None
    clock_a.now = T0 + timedelta(seconds=REFRESH_S * 2)
    assert a.refresh() is None and a.held
    clock_b.now = T0 + timedelta(seconds=REFRESH_S * 2 + STALE_S - 1)
    assert b.acquire() == Holder(host="a", since=T0, pid=os.getpid())  # refreshed: still fresh
    clock_b.now = T0 + timedelta(seconds=REFRESH_S * 2 + STALE_S + 1)
    assert b.acquire() is None and b.held  # a's laptop went to sleep: b takes over
    # a wakes up: its refresh reports the new holder instead of overwriting it.
    clock_a.now = clock_b.now + timedelta(seconds=1)
    assert a.refresh() == Holder(host="b", since=clock_b.now, pid=os.getpid())
    assert not a.held
    a.release()  # not ours any more: the file stays b's
    assert b.refresh() is None and b.held


def test_a_half_written_lease_counts_as_free(db, db_path: Path) -> None:
    lease_path(db_path, 4).write_text('{"pid": 12', encoding="utf-8")
    lease = meeting_lease(db, 4)
    assert lease.acquire() is None and lease.held


HOLDER_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from rakor_desktop.services.meetings.presence import FileLease
    lease = FileLease(Path(sys.argv[1]), 5, host=sys.argv[2])
    assert lease.acquire() is None
    print("HELD", flush=True)
    sys.stdin.readline()
    lease.release()
    print("RELEASED", flush=True)
""")


def test_another_process_holds_it_until_it_exits_or_dies(db, db_path: Path) -> None:
    def start() -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER_SCRIPT, str(db_path), "meja-sekretaris"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
        return proc

    proc = start()
    mine = meeting_lease(db, 5, host="meja-sekretaris")  # same host: the pid decides
    holder = mine.acquire()
    assert holder is not None and holder.pid == proc.pid and holder.host == "meja-sekretaris"
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "RELEASED"
    proc.wait(timeout=30)
    assert mine.acquire() is None and mine.held
    mine.release()

    crashed = start()
    assert mine.acquire() is not None  # held by the live process
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=30)
    assert lease_path(db_path, 5).exists()  # a crash leaves the file behind ...
    assert mine.acquire() is None and mine.held  # ... but a dead pid on this host frees it


def test_an_unwritable_lease_means_no_lease_and_no_error(db, db_path: Path) -> None:
    """A read-only share (or anything in the way of the file) must not stop the workspace."""
    lease_path(db_path, 1).mkdir()  # cannot be read or replaced, whoever runs the test
    lease = meeting_lease(db, 1)
    assert lease.acquire() is None
    assert not lease.held
    assert lease.refresh() is None
    lease.release()
    assert lease_path(db_path, 1).is_dir()
    assert not list(db_path.parent.glob("*.tmp"))  # no debris next to the database


@pytest.mark.postgres
def test_postgres_advisory_lease(pg_base_url) -> None:
    sys.path.insert(0, str(Path(__file__).parents[2]))
    from pgserver import create_database, drop_database

    from rakor_desktop.db import open_database

    url = create_database(pg_base_url, "presence")
    station_a, station_b = open_database(url), open_database(url)
    try:
        a = meeting_lease(station_a, 11, host="laptop-sekretariat", clock=Clock())
        b = meeting_lease(
            station_b, 11, host="laptop-bagian-umum", clock=Clock(T0 + timedelta(minutes=3))
        )
        assert isinstance(a, AdvisoryLease)
        assert a.acquire() is None and a.held
        assert a.refresh() is None and a.held
        holder = b.acquire()
        assert holder is not None and holder.host == "laptop-sekretariat" and holder.since == T0
        assert not b.held
        assert meeting_lease(station_b, 12).acquire() is None  # another meeting: free
        a.release()
        assert b.refresh() is None and b.held
        # The holding connection dies (station crash): the server frees the lock at once.
        b._conn.invalidate()  # type: ignore[union-attr]
        assert a.acquire() is None and a.held
        a.release()
        b.release()
    finally:
        station_a.dispose()
        station_b.dispose()
        drop_database(pg_base_url, "presence")
