"""Who else has this meeting open: a small lease per secretary window, no schema change.

Two secretary windows on one meeting (two laptops on the office share, or a second
window on the same laptop) would autosave over each other's notes. Nothing forbids
it (a second window is sometimes what the office wants), but the second one is told:
the meeting workspace takes a *lease* on the meeting and shows who holds it when it
cannot. The door station (kiosk) never takes one; it only adds attendance.

- **SQLite**: a small JSON file next to the database, ``<db>.lock-meeting-<id>``, with
  pid, host, since and the time of the last refresh. The holder rewrites it every
  :data:`REFRESH_S` seconds; a lease not refreshed for :data:`STALE_S` seconds (a
  crashed or suspended laptop), or held by a process of this host that no longer
  exists, is free. Created with ``O_EXCL`` and replaced atomically, and every refresh
  re-reads the file, so two windows racing for it end with one holder and one
  warning. Times in the file are UTC; hosts sharing a folder need roughly right
  clocks, as they do for everything else here.
- **PostgreSQL**: a session-level ``pg_try_advisory_lock(namespace, meeting id)`` on a
  connection of its own, kept for as long as the meeting is open. The server drops it
  when that connection ends, so a crashed station frees it at once. The holder's host
  and start time travel in the connection's ``application_name``.

Nothing here raises to the caller for an ordinary failure (read-only folder, server
gone): a lease that cannot be taken is simply "unknown" and the workspace carries on.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from rakor_desktop.db import Database
from rakor_desktop.domain.types import utcnow
from rakor_desktop.fileio import atomic_write

log = logging.getLogger(__name__)

REFRESH_S = 30
STALE_S = 90
#: First key of the two-key advisory lock: "rkp" (Rakor presence) in ASCII.
PG_NAMESPACE = 0x726B70
APP_NAME_PREFIX = "rakor-sekretaris"


@dataclass(frozen=True, slots=True)
class Holder:
    """The other secretary window that has the meeting open."""

    host: str
    since: datetime  # aware UTC: when it opened the meeting
    pid: int | None = None


class MeetingLease(Protocol):
    meeting_id: int

    @property
    def held(self) -> bool: ...

    def acquire(self) -> Holder | None:
        """Take the lease if free. None: it is ours; a Holder: someone else has it."""

    def refresh(self) -> Holder | None:
        """Keep ours alive, or try again to take it; same answer as :meth:`acquire`."""

    def release(self) -> None:
        """Give it back (only if it is ours)."""


def this_host() -> str:
    return socket.gethostname() or "komputer ini"


def lease_path(db_path: Path, meeting_id: int) -> Path:
    return Path(db_path).with_name(f"{Path(db_path).name}.lock-meeting-{int(meeting_id)}")


def _pid_alive(pid: int) -> bool:
    """Whether a process of this host still runs (POSIX only: Windows' os.kill terminates)."""
    if sys.platform == "win32" or pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


class FileLease:
    """The SQLite lease: ``<db>.lock-meeting-<id>`` next to the database file."""

    def __init__(
        self,
        db_path: Path,
        meeting_id: int,
        *,
        clock: Callable[[], datetime] = utcnow,
        host: str | None = None,
        pid: int | None = None,
    ) -> None:
        self.meeting_id = int(meeting_id)
        self.path = lease_path(db_path, meeting_id)
        self.clock = clock
        self.host = host or this_host()
        self.pid = os.getpid() if pid is None else pid
        self.token = uuid.uuid4().hex
        self.since: datetime | None = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    # -- file ----------------------------------------------------------------------------
    def _read(self) -> dict | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}  # unreadable or half-written by a crash: treat as stale
        return data if isinstance(data, dict) else {}

    def _payload(self) -> str:
        now = self.clock()
        if self.since is None:
            self.since = now
        return json.dumps(
            {
                "pid": self.pid,
                "host": self.host,
                "token": self.token,
                "since": self.since.isoformat(),
                "refreshed": now.isoformat(),
                "meeting_id": self.meeting_id,
            }
        )

    def _create(self) -> bool:
        """Create the file if absent (O_EXCL: of two racing windows one wins)."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(self._payload())
        return True

    def _replace(self) -> None:
        atomic_write(self.path, self._payload(), mode=0o600, tag=self.token[:8])

    def _is_free(self, data: dict | None) -> bool:
        if data is None or not data:
            return True
        if data.get("token") == self.token:
            return True
        try:
            refreshed = datetime.fromisoformat(str(data["refreshed"]))
        except (KeyError, ValueError):
            return True
        if refreshed.tzinfo is None:
            refreshed = refreshed.replace(tzinfo=UTC)
        if self.clock() - refreshed > timedelta(seconds=STALE_S):
            return True
        pid = data.get("pid")
        return data.get("host") == self.host and isinstance(pid, int) and not _pid_alive(pid)

    @staticmethod
    def _holder(data: dict) -> Holder:
        try:
            since = datetime.fromisoformat(str(data.get("since")))
        except ValueError:
            since = utcnow()
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        pid = data.get("pid")
        return Holder(
            host=str(data.get("host") or "?"),
            since=since,
            pid=pid if isinstance(pid, int) else None,
        )

    # -- lease ---------------------------------------------------------------------------
    def acquire(self) -> Holder | None:
        try:
            data = self._read()
            if data is None and not self._create():
                data = self._read()  # another window created it a moment ago
            if data is not None:
                if not self._is_free(data):
                    self._held = False
                    return self._holder(data)
                self._replace()
            current = self._read()  # another window may have replaced it a moment ago
        except OSError as exc:
            log.warning("meeting lease %s unavailable: %s", self.path, exc)
            self._held = False
            return None
        if current and current.get("token") == self.token:
            self._held = True
            return None
        self._held = False
        return self._holder(current) if current else None

    def refresh(self) -> Holder | None:
        if not self._held:
            return self.acquire()
        try:
            data = self._read()
            if data and data.get("token") != self.token and not self._is_free(data):
                self._held = False  # replaced while we were away (suspend): theirs now
                return self._holder(data)
            self._replace()
        except OSError as exc:
            log.warning("meeting lease %s not refreshed: %s", self.path, exc)
        return None

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        try:
            data = self._read()
            if data and data.get("token") == self.token:
                self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("meeting lease %s not released: %s", self.path, exc)


class AdvisoryLease:
    """The PostgreSQL lease: a session advisory lock on a connection of its own."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        *,
        clock: Callable[[], datetime] = utcnow,
        host: str | None = None,
    ) -> None:
        self.meeting_id = int(meeting_id)
        self.db = db
        self.clock = clock
        self.host = host or this_host()
        self.since: datetime | None = None
        self._conn: Connection | None = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def _application_name(self) -> str:
        assert self.since is not None
        stamp = self.since.strftime("%Y%m%dT%H%M%SZ")
        room = 63 - len(APP_NAME_PREFIX) - len(stamp) - 2
        return f"{APP_NAME_PREFIX}|{self.host[:room]}|{stamp}"

    def _connect(self) -> Connection:
        if self._conn is None or self._conn.closed:
            conn = self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            if self.since is None:
                self.since = self.clock()
            conn.execute(
                text("SELECT set_config('application_name', :n, false)"),
                {"n": self._application_name()},
            )
            self._conn = conn
        return self._conn

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(SQLAlchemyError):
                self._conn.close()
        self._conn = None

    def acquire(self) -> Holder | None:
        try:
            conn = self._connect()
            got = conn.execute(
                text("SELECT pg_try_advisory_lock(:ns, :id)"),
                {"ns": PG_NAMESPACE, "id": self.meeting_id},
            ).scalar()
            if got:
                self._held = True
                return None
            self._held = False
            return self._holder(conn)
        except SQLAlchemyError as exc:
            log.warning("meeting lease (server) unavailable: %s", exc)
            self._held = False
            self._drop_connection()
            return None

    def _holder(self, conn: Connection) -> Holder:
        row = conn.execute(
            text(
                "SELECT a.pid, a.application_name, a.client_hostname, host(a.client_addr),"
                " a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
                " AND l.classid = CAST(:ns AS oid) AND l.objid = CAST(:id AS oid)"
                " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                " LIMIT 1"
            ),
            {"ns": PG_NAMESPACE, "id": self.meeting_id},
        ).first()
        if row is None:  # released between the two statements
            return Holder(host="?", since=self.clock())
        pid, app, client_host, client_addr, backend_start = row
        parts = (app or "").split("|")
        if len(parts) == 3 and parts[0] == APP_NAME_PREFIX:
            try:
                since = datetime.strptime(parts[2], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            except ValueError:
                since = backend_start or self.clock()
            return Holder(host=parts[1] or "?", since=since, pid=pid)
        return Holder(
            host=client_host or client_addr or "server",
            since=backend_start or self.clock(),
            pid=pid,
        )

    def refresh(self) -> Holder | None:
        if not self._held:
            return self.acquire()
        try:
            assert self._conn is not None
            self._conn.execute(text("SELECT 1"))
            return None
        except (SQLAlchemyError, AssertionError):
            # The connection (and with it the lock) is gone: the server restarted.
            self._held = False
            self._drop_connection()
            return self.acquire()

    def release(self) -> None:
        if self._conn is not None and self._held:
            with contextlib.suppress(SQLAlchemyError):
                self._conn.execute(
                    text("SELECT pg_advisory_unlock(:ns, :id)"),
                    {"ns": PG_NAMESPACE, "id": self.meeting_id},
                )
        self._held = False
        self._drop_connection()


def meeting_lease(db: Database, meeting_id: int, **kwargs: object) -> MeetingLease:
    """The right lease for this database: a file next to SQLite, an advisory lock on a server."""
    if db.path is not None:
        return FileLease(db.path, meeting_id, **kwargs)  # type: ignore[arg-type]
    return AdvisoryLease(db, meeting_id, **kwargs)  # type: ignore[arg-type]
