"""Engine creation with the connection settings every station relies on.

SQLite: WAL (the door station and the secretary's window share one file),
``synchronous=FULL`` (a confirmed check-in survives power loss), foreign keys on,
a long busy timeout, and ``BEGIN IMMEDIATE`` for write transactions so two
processes queue for the write lock instead of failing with "database is locked"
when a reader tries to upgrade. PostgreSQL: the same code, pooled connections.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded up front: see ui/launch.IMPORT_BEFORE_QT)
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 15_000
IMMEDIATE = "rakor_immediate"
#: PostgreSQL: how long a station waits for the server before saying it is unreachable.
#: A LAN server answers in milliseconds; without this libpq may wait minutes for a
#: cable that was pulled, with the door screen frozen.
PG_CONNECT_TIMEOUT_S = 3
#: libpq TCP settings: notice a vanished server on an open connection within seconds
#: (keepalives while idle, ``tcp_user_timeout`` for unacknowledged writes).
PG_TCP_ARGS = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def to_url(target: str | Path) -> str:
    """Accept a file path or a SQLAlchemy URL (``postgresql+psycopg://...``)."""
    text = str(target)
    if "://" in text:
        return text
    return sqlite_url(Path(text).expanduser().resolve())


def create_app_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    if not is_sqlite_url(url):
        parsed = make_url(url)
        connect_args: dict[str, object] = {}
        if parsed.get_driver_name() == "psycopg":
            # Values given in the URL (``?connect_timeout=10``) take precedence.
            defaults = {"connect_timeout": PG_CONNECT_TIMEOUT_S, **PG_TCP_ARGS}
            connect_args = {k: v for k, v in defaults.items() if k not in parsed.query}
        return create_engine(
            url, pool_pre_ping=True, pool_size=5, max_overflow=5, connect_args=connect_args
        )

    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
