"""Where the database file lives: can it be written there at all?

Why it exists: SQLite reports a read-only medium, a folder without write permission,
an immutable file and a full disk as failures of the file itself ("unable to open",
"disk I/O error"), which reached the user as "the file is corrupt, restore a backup"
and steered them to overwrite a good file with an old one. Asking the operating system
first gives each fault its own name and the action that fixes it.
"""

from __future__ import annotations

import os
from pathlib import Path

from rakor_desktop.db.errors import DatabaseOpenError, DiskFull, ReadOnlyDatabase
from rakor_desktop.messages import M

# SQLite needs room for the -wal and -shm files and a few pages of journal before the
# first write succeeds; below this the app could open the file but not record anything.
MIN_FREE_BYTES = 1024 * 1024


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"


def check_storage(path: Path, *, need_room: bool = False) -> None:
    """Raise a named :class:`DatabaseOpenError` when ``path`` cannot be written where it is.

    ``path`` may not exist yet (a new database); its folder must then exist. A full disk
    is refused only with ``need_room`` (a new file): an existing database can still be
    read, checked and printed from, and :func:`storage_fault` names the disk when an
    operation then fails.
    """
    folder = path.parent
    if hasattr(os, "statvfs") and folder.exists():
        st = os.statvfs(folder)
        if st.f_flag & os.ST_RDONLY:
            raise ReadOnlyDatabase(
                M(
                    "Berkas {name} berada di media hanya-baca, jadi tidak dapat dipakai untuk mencatat. Salin berkasnya ke folder di laptop ini lalu buka salinannya; berkas ini tidak diubah.",
                    name=path.name,
                ),
                detail=f"read-only filesystem at {folder}",
            )
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyDatabase(
            M(
                "Folder {folder} tidak mengizinkan penulisan, jadi {name} tidak dapat dipakai. Pindahkan berkasnya ke folder yang dapat ditulis (mis. Dokumen) atau minta izin tulis; berkas ini tidak diubah.",
                folder=folder,
                name=path.name,
            ),
            detail=f"no write permission on {folder}",
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise ReadOnlyDatabase(
            M(
                "Berkas {name} hanya-baca (atau dikunci oleh sistem), jadi tidak dapat dipakai untuk mencatat. Matikan sifat hanya-baca pada berkasnya atau salin ke folder lain; berkas ini tidak diubah.",
                name=path.name,
            ),
            detail=f"no write access to {path}",
        )
    if need_room:
        full = _disk_full(path)
        if full is not None:
            raise full


def storage_fault(path: Path) -> DatabaseOpenError | None:
    """After SQLite failed on ``path``: the storage fault behind it, if there is one."""
    try:
        check_storage(path, need_room=True)
    except DatabaseOpenError as fault:
        return fault
    return None


def _disk_full(path: Path) -> DiskFull | None:
    folder = path.parent
    if hasattr(os, "statvfs") and folder.exists():
        st = os.statvfs(folder)
        free = st.f_bavail * st.f_frsize
        if free < MIN_FREE_BYTES:
            return DiskFull(
                M(
                    "Disk tempat {name} berada penuh (tersisa {free}). Kosongkan ruang disk lalu buka lagi; berkas ini tidak diubah dan tidak rusak.",
                    name=path.name,
                    free=human_size(free),
                ),
                detail=f"{free} bytes free at {folder}",
            )
    return None
