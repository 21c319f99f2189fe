"""SQLite online backups: consistent copies while other processes keep writing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path


def backup_sqlite(
    src: Path,
    dest: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    pages_per_step: int = 1024,
) -> Path:
    """Copy ``src`` to ``dest`` with SQLite's backup API, then make it user-readable only.

    Writing to a temporary name and renaming means a kill mid-backup never leaves a
    half-written file under the final name (the previous good backup survives).
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    leftovers = (tmp, tmp.with_name(tmp.name + "-journal"))
    _remove(leftovers)  # what a killed earlier run left behind
    try:
        source = sqlite3.connect(f"file:{Path(src).as_posix()}?mode=ro", uri=True, timeout=15)
        try:
            target = sqlite3.connect(tmp)
            try:

                def _progress(_status: int, remaining: int, total: int) -> None:
                    if progress:
                        progress(total - remaining, total)

                source.backup(target, pages=pages_per_step, progress=_progress)
                target.execute("PRAGMA journal_mode=DELETE")
                target.commit()
            finally:
                target.close()
        finally:
            source.close()
        with contextlib.suppress(OSError):
            # FAT/exFAT USB sticks have no Unix permissions; the copy is still good.
            os.chmod(tmp, 0o600)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        # A full disk, a failed fsync, Ctrl+C: no half-written ".part" (or its journal)
        # stays behind, and the previous backup under ``dest`` is untouched.
        _remove(leftovers)
        raise
    return dest


def _remove(paths: tuple[Path, ...]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
