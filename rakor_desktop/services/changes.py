"""Noticing that another process committed, cheaply enough to ask several times a second.

The door station and the secretary's window may be two processes on one SQLite
file; each must see the other's check-ins within a second without re-reading
every table. SQLite keeps a counter for exactly this: ``PRAGMA data_version``
returns a different value on a connection once *any other connection* (in this
process or another) has committed. It reads shared memory, costs microseconds,
and needs a connection of its own that is never used for anything else, since
the value only moves for commits made elsewhere.

PostgreSQL has no such counter, so there the probe reads a token of counts and
newest ``updated_at`` over the tables the live screens show.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlalchemy import text

from rakor_desktop.db import Database

log = logging.getLogger(__name__)

#: Tables whose changes the live panels care about (server databases only).
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
        self._last = self.token()

    def token(self) -> Any:
        if self._conn is not None:
            return self._conn.execute("PRAGMA data_version").fetchone()[0]
        parts = " UNION ALL ".join(
            f"SELECT '{t}', COUNT(*), MAX(updated_at) FROM {t}" for t in WATCHED_TABLES
        )
        with self._db.engine.connect() as conn:
            return tuple(tuple(r) for r in conn.execute(text(parts)))

    def changed(self) -> bool:
        """Whether anything was committed since the previous call (errors count as no)."""
        try:
            current = self.token()
        except (sqlite3.Error, Exception) as exc:  # noqa: BLE001 - a probe must never crash a screen
            log.warning("change probe failed: %s", exc)
            return False
        if current != self._last:
            self._last = current
            return True
        return False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
