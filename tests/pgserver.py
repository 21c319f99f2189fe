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


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a base URL ``postgresql+psycopg://postgres@127.0.0.1:PORT``; stop and delete after."""
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    root = Path(tempfile.mkdtemp(prefix="rakor-pg-"))
    data = root / "data"
    sock = root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(sock, "postgres", "postgres")
        os.chmod(root, 0o755)
    port = _free_port()
    subprocess.run(
        _as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                         "-E", "UTF8", "--no-locale"]),
        check=True, capture_output=True,
    )
    opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    subprocess.run(
        _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l",
                         str(root / "log.txt"), "-w", "-t", "60", "start"]),
        check=True, capture_output=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            time.sleep(0.1)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


#: A migrated database per server that test databases are cloned from.
TEMPLATE_NAME = "rakor_migrated_template"
_templates: set[str] = set()


def _admin_dsn(base_url: str) -> str:
    return base_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"


def _ensure_template(base_url: str) -> str:
    """Migrate one database once; cloning it (~0.1 s) beats running Alembic per test (~0.5 s).

    tests/db/test_postgres_migrations.py still runs the migrations on an empty database.
    """
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
