"""Noticing that another process committed, cheaply enough to ask several times a second.

The door station and the secretary's window may be two processes on one SQLite
file; each must see the other's check-ins within a second without re-reading
every table. SQLite keeps a counter for exactly this: ``PRAGMA data_version``
returns a different value on a connection once *any other connection* (in this
process or another) has committed. It reads shared memory, costs microseconds,
and needs a connection of its own that is never used for anything else, since
the value only moves for commits made elsewhere.

PostgreSQL has no such counter. There the token is the server's transaction
snapshot (``txid_current_snapshot()``: oldest running xid, next xid, running xids).
It moves when any transaction that wrote something starts or ends, so a commit by
any station (or by psql, or a bundle import) changes it; a read-only transaction
never gets an xid and changes nothing. One round trip, no table scan, however
large the tables grow. It is server-wide, so a write in another database on the
same server (or autovacuum's ANALYZE) also counts: that costs one needless
refresh, never a missed one. Counting rows and taking the newest ``updated_at``
instead would miss an update stamped by a station whose clock runs behind.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlalchemy import text

from rakor_desktop.db import Database

log = logging.getLogger(__name__)

#: PostgreSQL: the transaction snapshot as text ("xmin:xmax:xip,..."). The txid_
#: spelling works on every supported server version (pg_current_snapshot is 13+).
_PG_TOKEN = "SELECT txid_current_snapshot()::text"

#: Tables whose changes the live panels care about (servers other than PostgreSQL).
WATCHED_TABLES = (
    "attendance",
    "invitation",
    "meeting",
    "person",
    "organization",
    "agenda_item",
    "note",
    "decision",
    "follow_up",
)


class ChangeProbe:
    """``changed()`` is True once per batch of commits made by other connections."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: sqlite3.Connection | None = None
        self._last: Any = None
        if db.path is not None:
            # A dedicated connection: data_version moves only for *other* connections'
            # commits, and the pool's connections are the ones this process writes with.
            self._conn = sqlite3.connect(
                str(db.path), timeout=1.0, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA busy_timeout=1000")
        #: True while the last probe failed (a server out of reach); logged once per outage.
        self.failing = False
        try:
            self._last = self.token()
        except Exception as exc:
            log.warning("change probe failed: %s", exc)
            self.failing = True

    def token(self) -> Any:
        if self._conn is not None:
            return self._conn.execute("PRAGMA data_version").fetchone()[0]
        with self._db.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                return conn.execute(text(_PG_TOKEN)).scalar()
            parts = " UNION ALL ".join(
                f"SELECT '{t}', COUNT(*), MAX(updated_at) FROM {t}" for t in WATCHED_TABLES
            )
            return tuple(tuple(r) for r in conn.execute(text(parts)))

    def changed(self) -> bool:
        """Whether anything was committed since the previous call (errors count as no)."""
        try:
            current = self.token()
        except (sqlite3.Error, Exception) as exc:
            if not self.failing:
                log.warning("change probe failed: %s", exc)
            self.failing = True
            return False
        self.failing = False
        if current != self._last:
            self._last = current
            return True
        return False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
