"""Running a unit of work again when the database server was briefly out of reach.

With several stations on one PostgreSQL server on the office LAN, the server can
go away mid-meeting: a switch reboots, someone restarts the server machine, a
cable is pulled. The pool's ``pool_pre_ping`` replaces dead connections on the
next checkout and the engine's short ``connect_timeout`` keeps a station from
hanging, but the call that was running when the server went away still fails.
:func:`run_with_retry` runs that whole unit of work again a few times; when the
server stays away it raises :class:`ServerUnreachable` with an Indonesian message
the screen can show as it is, and the caller keeps what the user typed.

``fn`` must be a complete unit of work (it opens its own session and commits), so
running it twice is safe: the check-in insert is ``ON CONFLICT DO NOTHING`` and a
note save stores the whole text (last write wins). A commit whose answer was lost
with the connection is therefore retried without creating a second row.

SQLite errors are not retried here except "database is locked": a full disk or a
read-only folder will not fix itself in a second, and its own message is clearer.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Shown while a retry is under way (status line, log).
RETRYING_MESSAGE = "Server basis data tidak terjangkau; mencoba lagi..."
#: Shown when the retries ran out; the caller keeps the input and offers to try again.
UNREACHABLE_MESSAGE = (
    "Server basis data tidak terjangkau; data belum tersimpan. "
    "Periksa jaringan kantor atau server, lalu coba lagi."
)
DEFAULT_ATTEMPTS = 3
DEFAULT_DELAY_S = 0.5


class ServerUnreachable(Exception):
    """The database server did not answer after the retries.

    Deliberately not a ``ValueError``: the input is fine, so editors keep retrying
    (``ValueError`` means "the user must change something" in this code base).
    """

    def __init__(self, message: str = UNREACHABLE_MESSAGE, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


def _is_sqlite(exc: DBAPIError) -> bool:
    return isinstance(exc.orig, sqlite3.Error)


def is_server_lost(exc: BaseException) -> bool:
    """Whether ``exc`` means the server (not SQLite, not the input) could not be reached.

    SQLAlchemy marks errors that killed the connection (``connection_invalidated``);
    a refused or timed-out connect and "terminating connection due to administrator
    command" arrive as the driver's OperationalError. Serialization failures and
    deadlocks are OperationalErrors too, and a fresh attempt is the right answer
    for them as well.
    """
    if isinstance(exc, ServerUnreachable):
        return True
    if not isinstance(exc, DBAPIError) or _is_sqlite(exc):
        return False
    return bool(exc.connection_invalidated) or isinstance(exc, (OperationalError, InterfaceError))


def is_sqlite_locked(exc: BaseException) -> bool:
    if not isinstance(exc, OperationalError) or not _is_sqlite(exc):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def is_retryable(exc: BaseException) -> bool:
    return is_server_lost(exc) or is_sqlite_locked(exc)


def run_with_retry(
    fn: Callable[[], T],
    attempts: int = DEFAULT_ATTEMPTS,
    delay: float = DEFAULT_DELAY_S,
    *,
    on_retry: Callable[[str, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``fn()``; on a lost server (or a SQLite lock) wait ``delay`` s and call it again.

    After ``attempts`` failed calls a lost server raises :class:`ServerUnreachable`
    (chained to the last driver error, which goes to the log); a lock that outlasts
    the attempts re-raises the original error. ``on_retry(message, attempt)`` lets a
    screen show :data:`RETRYING_MESSAGE` while it waits. Other errors pass through
    at once.
    """
    attempts = max(int(attempts), 1)
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except Exception as exc:
            if not is_retryable(exc):
                raise
            if attempt >= attempts:
                if is_server_lost(exc):
                    if isinstance(exc, ServerUnreachable):
                        raise
                    log.warning("database server unreachable after %d attempts: %s", attempts, exc)
                    raise ServerUnreachable(detail=str(exc).splitlines()[0][:300]) from exc
                raise
            log.warning(
                "%s (percobaan %d/%d): %s",
                RETRYING_MESSAGE,
                attempt,
                attempts,
                str(exc).splitlines()[0][:200],
            )
            if on_retry is not None:
                on_retry(RETRYING_MESSAGE, attempt)
            if delay > 0:
                sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


#: A lost server at the door: one more try after half a second, then the door says so.
SERVER_RETRY_ATTEMPTS = 1
SERVER_RETRY_DELAY_S = 0.5


def is_lock_error(exc: BaseException) -> bool:
    """SQLite still busy after its busy_timeout (any driver's "locked"/"busy")."""
    text = str(exc).lower()
    return isinstance(exc, OperationalError) and ("locked" in text or "busy" in text)


def retry_locked(fn: Callable[[], T], *, attempts: int = 4, pause: float = 0.05) -> T:
    """Run a whole unit of work again when SQLite still reports a lock after busy_timeout.

    The busy timeout already waits; this covers the rare case where a long
    checkpoint or backup outlasts it, so the door never shows "database is locked".
    On a PostgreSQL server that dropped the connection the unit runs again after a
    pause (:func:`run_with_retry`); a server that stays away raises
    :class:`ServerUnreachable` with its Indonesian message, and the desk keeps the code.
    """
    for attempt in range(attempts):
        try:
            return fn()
        except OperationalError as exc:
            if is_server_lost(exc):
                time.sleep(SERVER_RETRY_DELAY_S)
                return run_with_retry(
                    fn, attempts=SERVER_RETRY_ATTEMPTS, delay=SERVER_RETRY_DELAY_S
                )
            if not is_lock_error(exc) or attempt == attempts - 1:
                raise
            log.warning("database busy, retrying (%s)", exc)
            time.sleep(pause * (attempt + 1))
    raise AssertionError("unreachable")
