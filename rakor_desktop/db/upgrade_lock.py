"""One station upgrades a database file at a time; the others wait, then open it upgraded.

Why it exists: two stations started together on a pre-upgrade file both began the
migration; the loser got "database is locked" on ALTER TABLE, restored its
pre-upgrade copy over the file and deleted the -wal while the winner was still
migrating, and the winner's file ended "malformed". An advisory lock on a file next to
the database serialises the upgrade; whoever gets it second reads the revision again
and finds nothing left to do. (PostgreSQL has its own: ``pg_advisory_xact_lock``.)
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from rakor_desktop.db.errors import DatabaseLocked
from rakor_desktop.messages import M

WAIT_SECONDS = 120.0
_POLL = 0.05


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + "-upgrade-lock")


@contextlib.contextmanager
def upgrade_lock(path: Path, *, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the upgrade lock of the database at ``path``; wait up to ``wait`` seconds."""
    fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise DatabaseLocked(
                    M(
                        "Stasiun lain sedang memperbarui {name} ke versi baru. Tunggu sampai selesai lalu buka lagi; berkas ini tidak diubah.",
                        name=path.name,
                    ),
                    detail=f"upgrade lock {lock_path(path)} held for {wait:.0f} s",
                )
            time.sleep(_POLL)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows build
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
