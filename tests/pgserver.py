"""A throwaway PostgreSQL server for tests: initdb in a temp dir, a free port, trust auth.

Debian's binaries live in /usr/lib/postgresql/<ver>/bin. PostgreSQL refuses to run
as root, so as root the server runs as the ``postgres`` system user (``runuser``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for c in candidates:
        if (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


class PostgresServer:
    """A throwaway server that a test can stop and start again on the same port and data.

    ``settings`` are extra ``-c name=value`` options; the default ``fsync=off`` suits
    tests, a benchmark passes ``{"fsync": "on"}`` to compare fairly with SQLite's
    ``synchronous=FULL``.
    """

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) not found")
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="rakor-pg-"))
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.sock, "postgres", "postgres")
            os.chmod(self.root, 0o755)
        self.port = _free_port()
        self.settings = {"fsync": "off", "max_connections": "60", **(settings or {})}
        subprocess.run(
            _as_server_user(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                ]
            ),
            check=True,
            capture_output=True,
        )
        self.running = False

    @property
    def url(self) -> str:
        """Base URL without a database: ``postgresql+psycopg://postgres@127.0.0.1:PORT``."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def _pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            _as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), *args]),
            check=check,
            capture_output=True,
        )

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 " + " ".join(
            f"-c {k}={v}" for k, v in self.settings.items()
        )
        self._pg_ctl("-o", opts, "-l", str(self.root / "log.txt"), "-w", "-t", "60", "start")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), 1),
            ):
                break
            time.sleep(0.1)
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """``fast``: roll back open transactions and close connections (a server shut down);
        ``immediate``: no clean shutdown at all (a power cut; recovery on next start)."""
        self._pg_ctl("-m", mode, "-w", "-t", "60", "stop", check=False)
        self.running = False

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        if self.running:
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def postgres_server(settings: dict[str, str] | None = None) -> Iterator[str]:
    """Yield a base URL ``postgresql+psycopg://postgres@127.0.0.1:PORT``; stop and delete after."""
    with controlled_server(settings) as server:
        yield server.url


@contextlib.contextmanager
def controlled_server(settings: dict[str, str] | None = None) -> Iterator[PostgresServer]:
    """A started :class:`PostgresServer` (stop/start/restart allowed); deleted after."""
    server = PostgresServer(settings)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


#: A migrated database per server that test databases are cloned from.
TEMPLATE_NAME = "rakor_migrated_template"
_templates: set[str] = set()


def _admin_dsn(base_url: str) -> str:
    return base_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"


def _ensure_template(base_url: str) -> str:
    """Migrate one database once; cloning it (~0.1 s) beats running Alembic per test (~0.5 s).

    tests/db/test_postgres_migrations.py still runs the migrations on an empty database.
    """
    import psycopg

    if base_url in _templates:
        # Another server may since have been started on the same port: check, cheaply.
        with psycopg.connect(_admin_dsn(base_url), autocommit=True) as conn:
            found = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (TEMPLATE_NAME,)
            ).fetchone()
        if found is None:
            _templates.discard(base_url)
    if base_url not in _templates:
        from rakor_desktop.db import open_database

        url = create_database(base_url, TEMPLATE_NAME, migrated=False)
        open_database(url).dispose()  # no connection may stay open on a template
        _templates.add(base_url)
    return TEMPLATE_NAME


def create_database(base_url: str, name: str, *, migrated: bool = True) -> str:
    """A fresh database on the server; ``migrated`` clones the schema at head (fast)."""
    import psycopg

    template = _ensure_template(base_url) if migrated else None
    with psycopg.connect(_admin_dsn(base_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        clause = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
    return f"{base_url}/{name}"


def drop_database(base_url: str, name: str) -> None:
    """Drop a test database, closing whatever connections a test left behind."""
    import psycopg

    with psycopg.connect(_admin_dsn(base_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
