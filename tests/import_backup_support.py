"""Test support for imports, backups and bundles: a really full disk, content hashes.

``small_disk`` mounts a 2 MB tmpfs when the tests run as root (CI containers do);
elsewhere the in-process disk-full tests are skipped and the subprocess variants in
``tests/reliability`` use ``RLIMIT_FSIZE`` instead, which fails writes the same way
without mounting anything.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

TABLES = (
    "organization",
    "person",
    "meeting_series",
    "meeting",
    "invitation",
    "agenda_item",
    "note",
    "decision",
    "attendance",
    "follow_up",
    "follow_up_update",
    "opd_report",
    "minutes_revision",
    "audit_event",
)


def mount_tmpfs(where: Path, size: str = "2m") -> bool:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(where)],
        capture_output=True,
    )
    return result.returncode == 0


def unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "disk"
    if not mount_tmpfs(where):
        pytest.skip(
            "tmpfs cannot be mounted here (not root); see tests/reliability for RLIMIT_FSIZE"
        )
    try:
        yield where
    finally:
        unmount(where)


def content_hash(path: Path, tables: tuple[str, ...] = TABLES) -> str:
    """Hash of all rows of ``tables``: equal before and after means nothing was written."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for table in tables:
            for row in con.execute(f"SELECT * FROM {table} ORDER BY id"):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def row_count(path: Path, table: str) -> int:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def uuids(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute(f"SELECT uuid FROM {table}")}
    finally:
        con.close()
