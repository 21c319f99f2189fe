"""Files appear whole or not at all: the one write-to-temporary-then-rename.

A secretary prints the Notulen while the laptop's battery dies, or exports onto a USB
stick that fills up: the file under the name she chose must be either the previous
good one or the complete new one, never a truncated mix. Everything the app writes
for a person (documents, workbooks, bundles, settings) goes through :func:`atomic_path`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


def partial_name(target: Path, tag: str = "") -> Path:
    """The temporary file beside ``target``: same folder (so the rename is atomic)."""
    return target.with_name(f"{target.name}{'.' + tag if tag else ''}.part")


def _fsync(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def atomic_path(
    target: str | Path, *, mode: int | None = None, tag: str = "", sync: bool = True
) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``.

    On any error (or interruption) the temporary file is removed and ``target`` is
    untouched. ``mode`` sets permissions before the rename (0o600 for private files;
    ignored where the filesystem has none, as FAT USB sticks). ``tag`` keeps two
    writers of one target (two stations) from sharing a temporary name.
    """
    target = Path(target)
    tmp = partial_name(target, tag)
    try:
        yield tmp
        if mode is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp, mode)
        if sync:
            _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def atomic_write(
    target: str | Path,
    data: bytes | str,
    *,
    mode: int | None = None,
    tag: str = "",
    encoding: str = "utf-8",
) -> Path:
    """Write ``data`` to ``target`` whole or not at all; returns the path."""
    target = Path(target)
    with atomic_path(target, mode=mode, tag=tag) as tmp:
        if isinstance(data, str):
            tmp.write_text(data, encoding=encoding)
        else:
            tmp.write_bytes(data)
    return target
