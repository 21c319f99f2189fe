"""Reading a bundle: refuse anything unsafe or tampered before a row is looked at."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rakor_desktop.messages import M
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

SEAL = "seal.json"  # see bundle/seal.py (not imported here: it needs the office settings)

# -- reading and verifying --------------------------------------------------------------


@dataclass
class LoadedBundle:
    manifest: dict
    rows: dict[str, list[dict]]  # decoded values, foreign keys still uuids
    manifest_bytes: bytes = b""  # exactly as stored: what the seal covers
    seal: bytes | None = None  # seal.json, when the exporting office sealed it


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
            M(
                "Isi bundel {filename} terlalu besar ({value} MB); bundel ditolak.",
                filename=info.filename,
                value=info.file_size // (1024 * 1024),
            )
        )
    if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise BundleError(
            M(
                "Isi bundel {filename} mencurigakan (rasio kompresi berlebihan); bundel ditolak.",
                filename=info.filename,
            )
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
                        M(
                            "Isi bundel {filename} melebihi batas ukuran; bundel ditolak.",
                            filename=info.filename,
                        )
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise BundleError(
            M(
                "Bundel rusak: {filename} tidak dapat dibaca ({exc}).",
                filename=info.filename,
                exc=exc,
            )
        ) from exc
    except RuntimeError as exc:  # encrypted members
        raise BundleError(
            M("Bundel berisi berkas terenkripsi ({filename}); ditolak.", filename=info.filename)
        ) from exc
    return bytes(out)


def load_bundle(path: str | Path) -> LoadedBundle:
    """Open and fully verify a bundle; raises :class:`BundleError` on anything suspicious."""
    from rakor_desktop.db import migrate

    path = Path(path)
    if not path.is_file():
        raise BundleError(M("Berkas {path} tidak ditemukan.", path=path))
    if not zipfile.is_zipfile(path):
        raise BundleError(
            M("Berkas {name} bukan bundel Rakor Desktop (bukan berkas zip).", name=path.name)
        )
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(M("Bundel {name} rusak: {exc}.", name=path.name, exc=exc)) from exc
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        for name in names:
            if not _safe_member_name(name):
                raise BundleError(
                    M(
                        "Bundel {name} berisi nama berkas berbahaya ({value}); ditolak.",
                        name=path.name,
                        value=repr(name[:80]),
                    )
                )
        if len(set(names)) != len(names):
            raise BundleError(M("Bundel {name} berisi nama berkas ganda; ditolak.", name=path.name))
        if MANIFEST not in names:
            raise BundleError(
                M("Bundel {name} tidak memiliki manifest.json; ditolak.", name=path.name)
            )
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise BundleError(
                M("Bundel {name} terlalu besar setelah diekstrak; ditolak.", name=path.name)
            )
        by_name = {i.filename: i for i in infos}
        try:
            manifest_bytes = _read_member(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES)
            manifest = json.loads(manifest_bytes)
        except ValueError as exc:
            if isinstance(exc, BundleError):
                raise
            raise BundleError(
                M("manifest.json di {name} tidak dapat dibaca; ditolak.", name=path.name)
            ) from exc
        _check_manifest(manifest, path.name, migrate.known_revisions())
        files: dict[str, dict] = manifest["files"]
        extra = set(names) - set(files) - {MANIFEST, SEAL}
        if extra:
            raise BundleError(
                M(
                    "Bundel {name} berisi berkas yang tidak tercatat di manifest ({value}); ditolak.",
                    name=path.name,
                    value=sorted(extra)[0][:60],
                )
            )
        rows: dict[str, list[dict]] = {}
        for member, meta in files.items():
            if member not in by_name:
                raise BundleError(
                    M(
                        "Bundel {name} tidak lengkap: {member} tidak ada; ditolak.",
                        name=path.name,
                        member=member,
                    )
                )
            data = _read_member(zf, by_name[member], MAX_MEMBER_BYTES)
            if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
                raise BundleError(
                    M(
                        "Checksum {member} tidak cocok: bundel rusak atau diubah; ditolak.",
                        member=member,
                    )
                )
            table_name = member[len("data/") : -len(".jsonl")]
            rows[table_name] = _parse_rows(table_name, data, manifest["counts"].get(table_name))
        seal = _read_member(zf, by_name[SEAL], MAX_MANIFEST_BYTES) if SEAL in by_name else None
    return LoadedBundle(manifest=manifest, rows=rows, manifest_bytes=manifest_bytes, seal=seal)


def _check_manifest(manifest: Any, name: str, known: set[str]) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError(
            M("{name} bukan bundel Rakor Desktop (format tidak dikenal); ditolak.", name=name)
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError(M("Manifest {name} tidak memuat versi format; ditolak.", name=name))
    if version > FORMAT_VERSION:
        raise BundleError(
            M(
                "Bundel {name} dibuat oleh versi Rakor Desktop yang lebih baru (format {version}). Perbarui aplikasi untuk membukanya.",
                name=name,
                version=version,
            )
        )
    rev = manifest.get("schema_revision")
    if not isinstance(rev, str) or rev not in known:
        raise BundleError(
            M(
                "Bundel {name} berasal dari skema basis data yang lebih baru ({value}). Perbarui aplikasi di laptop ini lalu impor lagi.",
                name=name,
                value=str(rev)[:20],
            )
        )
    files = manifest.get("files")
    counts = manifest.get("counts")
    if not isinstance(files, dict) or not isinstance(counts, dict):
        raise BundleError(M("Manifest {name} tidak lengkap; ditolak.", name=name))
    for member, meta in files.items():
        m = re.fullmatch(r"data/([a-z_]+)\.jsonl", member) if isinstance(member, str) else None
        if m is None or m.group(1) not in TABLES or not isinstance(meta, dict):
            raise BundleError(
                M(
                    "Manifest {name} mencatat berkas tak dikenal ({value}); ditolak.",
                    name=name,
                    value=str(member)[:60],
                )
            )


def _parse_rows(table_name: str, data: bytes, expected: Any) -> list[dict]:
    table = TABLES[table_name]
    cols = {c.name: c for c in table.columns}
    out: list[dict] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(
            M("data/{table_name}.jsonl bukan UTF-8; bundel ditolak.", table_name=table_name)
        ) from exc
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"data/{table_name}.jsonl baris {n}"
        try:
            raw = json.loads(line)
        except ValueError as exc:
            raise BundleError(
                M("{where} bukan JSON yang sah; bundel ditolak.", where=where)
            ) from exc
        if not isinstance(raw, dict):
            raise BundleError(M("{where} bukan objek JSON; bundel ditolak.", where=where))
        uid = raw.get("uuid")
        if not isinstance(uid, str) or not _UUID_RE.match(uid):
            raise BundleError(M("{where}: uuid tidak sah; bundel ditolak.", where=where))
        if uid in seen:
            raise BundleError(M("{where}: uuid {uid} ganda; bundel ditolak.", where=where, uid=uid))
        seen.add(uid)
        row: dict[str, Any] = {}
        for key, value in raw.items():
            if key == "id":
                continue
            col = cols.get(key)
            if col is None:
                raise BundleError(
                    M(
                        "{where}: kolom {value} tidak dikenal; bundel ditolak.",
                        where=where,
                        value=str(key)[:40],
                    )
                )
            if key in FOREIGN_KEYS[table_name]:
                if value is not None and (not isinstance(value, str) or not _UUID_RE.match(value)):
                    raise BundleError(
                        M("{where}: rujukan {key} tidak sah; bundel ditolak.", where=where, key=key)
                    )
                row[key] = value
            else:
                row[key] = _decode(col, value, where)
                allowed = ENUM_COLUMNS.get((table_name, key))
                if allowed is not None and row[key] is not None and row[key] not in allowed:
                    raise BundleError(
                        M(
                            "{where}: nilai {key} {value} tidak dikenal; bundel ditolak.",
                            where=where,
                            key=key,
                            value=repr(str(row[key])[:30]),
                        )
                    )
        for must in ("created_at", "updated_at"):
            if must not in row or row[must] is None:
                raise BundleError(
                    M("{where}: kolom {must} tidak ada; bundel ditolak.", where=where, must=must)
                )
        out.append(row)
    if expected is not None and expected != len(out):
        raise BundleError(
            M(
                "Jumlah baris data/{table_name}.jsonl ({count}) tidak sesuai manifest ({expected}); bundel ditolak.",
                table_name=table_name,
                count=len(out),
                expected=expected,
            )
        )
    return out
