"""Evidence files sent with a returned workbook, kept by content in the data folder.

A file is stored once under its SHA-256 (``bukti/ab/abcdef....pdf``), however many
follow-ups or re-sent workbooks name it, and never overwritten: what the chair opens
is what the OPD sent. Only document and picture types are taken, up to 20 MB each.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from rakor_desktop.messages import M

ALLOWED = {".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", ".odt", ".ods"}
MAX_BYTES = 20 * 1024 * 1024
FOLDER = "bukti"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A listed evidence file: where it was found (None: only its name came back)."""

    name: str
    source: Path | None
    digest: str = ""

    @property
    def stored_as(self) -> str:
        """The reference kept on the follow-up's history (relative to the data folder)."""
        if not self.digest or self.source is None:
            return self.name
        # Content-addressed folder, the OPD's own file name inside: the follow-up lists
        # and opens "foto-desa.jpg", not a hash.
        return f"{FOLDER}/{self.digest[:2]}/{self.digest}/{self.name}"


def check(name: str, folder: Path) -> tuple[Evidence | None, M | None]:
    """Find ``name`` next to the workbook; refuse types and sizes we do not keep.

    A name without a file is kept as a name (the OPD may bring the paper): the review
    says so, and the import records the name only.
    """
    if "/" in name or "\\" in name or name in (".", ".."):
        return None, M(
            'Berkas bukti "{name}": tulis nama berkas saja, tanpa folder.', name=name[:60]
        )
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED:
        return None, M(
            'Berkas bukti "{name}": jenis {suffix} tidak diterima (PDF, JPG, PNG, DOCX, XLSX, ODT, ODS).',
            name=name[:60],
            suffix=suffix or "tanpa akhiran",
        )
    path = folder / name
    if not path.is_file():
        return Evidence(name, None), None
    size = path.stat().st_size
    if size > MAX_BYTES:
        return None, M(
            'Berkas bukti "{name}" terlalu besar ({size} MB; maks. 20 MB).',
            name=name[:60],
            size=round(size / 1024 / 1024, 1),
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Evidence(name, path, digest), None


def store(item: Evidence, data_dir: Path) -> str:
    """Copy the file into the store (once) and return the reference to keep."""
    if item.source is None or not item.digest:
        return item.stored_as
    target = data_dir / item.stored_as
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(item.source, partial)
        os.replace(partial, target)
    return item.stored_as
