"""Reading a bundle: refuse anything unsafe or tampered before a row is looked at."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rakor_desktop.services.transfer.bundle.format import (
    _UUID_RE,
    ENUM_COLUMNS,
    FOREIGN_KEYS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_MIN_BYTES,
    TABLES,
    BundleError,
    _decode,
)

# -- reading and verifying --------------------------------------------------------------


@dataclass
class LoadedBundle:
    manifest: dict
    rows: dict[str, list[dict]]  # decoded values, foreign keys still uuids


def _safe_member_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name:
        return False
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return False
    parts = name.split("/")
    return all(p not in ("..", ".") for p in parts) and not name.endswith("/")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most ``limit`` bytes, whatever the header claims (headers can lie)."""
    if info.file_size > limit:
        raise BundleError(
            f"Isi bundel {info.filename} terlalu besar ({info.file_size // (1024 * 1024)} MB); "
            "bundel ditolak."
        )
    if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise BundleError(
            f"Isi bundel {info.filename} mencurigakan (rasio kompresi berlebihan); bundel ditolak."
        )
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                block = fh.read(1024 * 1024)
                if not block:
                    break
                out.extend(block)
                if len(out) > limit:
                    raise BundleError(
                        f"Isi bundel {info.filename} melebihi batas ukuran; bundel ditolak."
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise BundleError(f"Bundel rusak: {info.filename} tidak dapat dibaca ({exc}).") from exc
    except RuntimeError as exc:  # encrypted members
        raise BundleError(f"Bundel berisi berkas terenkripsi ({info.filename}); ditolak.") from exc
    return bytes(out)


def load_bundle(path: str | Path) -> LoadedBundle:
    """Open and fully verify a bundle; raises :class:`BundleError` on anything suspicious."""
    from rakor_desktop.db import migrate

    path = Path(path)
    if not path.is_file():
        raise BundleError(f"Berkas {path} tidak ditemukan.")
    if not zipfile.is_zipfile(path):
        raise BundleError(f"Berkas {path.name} bukan bundel Rakor Desktop (bukan berkas zip).")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(f"Bundel {path.name} rusak: {exc}.") from exc
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        for name in names:
            if not _safe_member_name(name):
                raise BundleError(
                    f"Bundel {path.name} berisi nama berkas berbahaya ({name[:80]!r}); ditolak."
                )
        if len(set(names)) != len(names):
            raise BundleError(f"Bundel {path.name} berisi nama berkas ganda; ditolak.")
        if MANIFEST not in names:
            raise BundleError(f"Bundel {path.name} tidak memiliki manifest.json; ditolak.")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise BundleError(f"Bundel {path.name} terlalu besar setelah diekstrak; ditolak.")
        by_name = {i.filename: i for i in infos}
        try:
            manifest = json.loads(_read_member(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES))
        except ValueError as exc:
            if isinstance(exc, BundleError):
                raise
            raise BundleError(f"manifest.json di {path.name} tidak dapat dibaca; ditolak.") from exc
        _check_manifest(manifest, path.name, migrate.known_revisions())
        files: dict[str, dict] = manifest["files"]
        extra = set(names) - set(files) - {MANIFEST}
        if extra:
            raise BundleError(
                f"Bundel {path.name} berisi berkas yang tidak tercatat di manifest "
                f"({sorted(extra)[0][:60]}); ditolak."
            )
        rows: dict[str, list[dict]] = {}
        for member, meta in files.items():
            if member not in by_name:
                raise BundleError(f"Bundel {path.name} tidak lengkap: {member} tidak ada; ditolak.")
            data = _read_member(zf, by_name[member], MAX_MEMBER_BYTES)
            if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
                raise BundleError(
                    f"Checksum {member} tidak cocok: bundel rusak atau diubah; ditolak."
                )
            table_name = member[len("data/") : -len(".jsonl")]
            rows[table_name] = _parse_rows(table_name, data, manifest["counts"].get(table_name))
    return LoadedBundle(manifest=manifest, rows=rows)


def _check_manifest(manifest: Any, name: str, known: set[str]) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError(f"{name} bukan bundel Rakor Desktop (format tidak dikenal); ditolak.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError(f"Manifest {name} tidak memuat versi format; ditolak.")
    if version > FORMAT_VERSION:
        raise BundleError(
            f"Bundel {name} dibuat oleh versi Rakor Desktop yang lebih baru (format {version}). "
            "Perbarui aplikasi untuk membukanya."
        )
    rev = manifest.get("schema_revision")
    if not isinstance(rev, str) or rev not in known:
        raise BundleError(
            f"Bundel {name} berasal dari skema basis data yang lebih baru ({str(rev)[:20]}). "
            "Perbarui aplikasi di laptop ini lalu impor lagi."
        )
    files = manifest.get("files")
    counts = manifest.get("counts")
    if not isinstance(files, dict) or not isinstance(counts, dict):
        raise BundleError(f"Manifest {name} tidak lengkap; ditolak.")
    for member, meta in files.items():
        m = re.fullmatch(r"data/([a-z_]+)\.jsonl", member) if isinstance(member, str) else None
        if m is None or m.group(1) not in TABLES or not isinstance(meta, dict):
            raise BundleError(
                f"Manifest {name} mencatat berkas tak dikenal ({str(member)[:60]}); ditolak."
            )


def _parse_rows(table_name: str, data: bytes, expected: Any) -> list[dict]:
    table = TABLES[table_name]
    cols = {c.name: c for c in table.columns}
    out: list[dict] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(f"data/{table_name}.jsonl bukan UTF-8; bundel ditolak.") from exc
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"data/{table_name}.jsonl baris {n}"
        try:
            raw = json.loads(line)
        except ValueError as exc:
            raise BundleError(f"{where} bukan JSON yang sah; bundel ditolak.") from exc
        if not isinstance(raw, dict):
            raise BundleError(f"{where} bukan objek JSON; bundel ditolak.")
        uid = raw.get("uuid")
        if not isinstance(uid, str) or not _UUID_RE.match(uid):
            raise BundleError(f"{where}: uuid tidak sah; bundel ditolak.")
        if uid in seen:
            raise BundleError(f"{where}: uuid {uid} ganda; bundel ditolak.")
        seen.add(uid)
        row: dict[str, Any] = {}
        for key, value in raw.items():
            if key == "id":
                continue
            col = cols.get(key)
            if col is None:
                raise BundleError(f"{where}: kolom {str(key)[:40]} tidak dikenal; bundel ditolak.")
            if key in FOREIGN_KEYS[table_name]:
                if value is not None and (not isinstance(value, str) or not _UUID_RE.match(value)):
                    raise BundleError(f"{where}: rujukan {key} tidak sah; bundel ditolak.")
                row[key] = value
            else:
                row[key] = _decode(col, value, where)
                allowed = ENUM_COLUMNS.get((table_name, key))
                if allowed is not None and row[key] is not None and row[key] not in allowed:
                    raise BundleError(
                        f"{where}: nilai {key} {str(row[key])[:30]!r} tidak dikenal; bundel ditolak."
                    )
        for must in ("created_at", "updated_at"):
            if must not in row or row[must] is None:
                raise BundleError(f"{where}: kolom {must} tidak ada; bundel ditolak.")
        out.append(row)
    if expected is not None and expected != len(out):
        raise BundleError(
            f"Jumlah baris data/{table_name}.jsonl ({len(out)}) tidak sesuai manifest ({expected}); "
            "bundel ditolak."
        )
    return out
