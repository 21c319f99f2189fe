"""Hostile or broken bundles are refused with an Indonesian message and nothing is written."""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from bundle_data import build_meeting
from import_backup_support import content_hash

from rakor_desktop.db import open_database
from rakor_desktop.services.transfer.bundle import BundleError, export_bundle, import_bundle


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bundle")
    a = open_database(folder / "a.sqlite")
    with a.session(write=True) as s:
        mid = build_meeting(s).id
    with a.session() as s:
        export_bundle(s, folder / "good.zip", meeting_ids=[mid])
    a.dispose()
    return folder / "good.zip"


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with (
        warnings.catch_warnings(),
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        warnings.simplefilter("ignore")  # duplicate names are the point of one case
        for name, data in members:
            zf.writestr(name, data)
    return path


def variant(
    good: Path,
    out: Path,
    change: Callable[[dict, dict[str, bytes]], list[tuple[str, bytes]] | None],
) -> Path:
    members = read_members(good)
    manifest = json.loads(members.pop("manifest.json"))
    custom = change(manifest, members)
    if custom is not None:
        return write_zip(out, custom)
    return write_zip(out, [("manifest.json", json.dumps(manifest).encode()), *members.items()])


def rehash(manifest: dict, members: dict[str, bytes]) -> None:
    for name, data in members.items():
        if name in manifest["files"]:
            manifest["files"][name] = {
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            }


def _tamper(manifest: dict, members: dict[str, bytes]) -> None:
    members["data/note.jsonl"] = members["data/note.jsonl"].replace(b"45%", b"95%")


def _newer_schema(manifest: dict, members: dict[str, bytes]) -> None:
    manifest["schema_revision"] = "9999_dari_masa_depan"


def _newer_format(manifest: dict, members: dict[str, bytes]) -> None:
    manifest["format_version"] = 99


def _slip(name: str):
    def change(manifest: dict, members: dict[str, bytes]) -> None:
        data = members["data/note.jsonl"]
        members[name] = data
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    return change


def _no_manifest(manifest: dict, members: dict[str, bytes]) -> list[tuple[str, bytes]]:
    return list(members.items())


def _unlisted(manifest: dict, members: dict[str, bytes]) -> None:
    members["data/bonus.txt"] = b"tidak tercatat"


def _missing_member(manifest: dict, members: dict[str, bytes]) -> None:
    del members["data/person.jsonl"]


def _count_mismatch(manifest: dict, members: dict[str, bytes]) -> None:
    manifest["counts"]["person"] += 1


def _bad_row(manifest: dict, members: dict[str, bytes]) -> None:
    members["data/note.jsonl"] += b'{"uuid": "../../etc", "body": 5}\n'
    rehash(manifest, members)
    manifest["counts"]["note"] += 1


def _wrong_type(manifest: dict, members: dict[str, bytes]) -> None:
    rows = [json.loads(x) for x in members["data/meeting.jsonl"].splitlines()]
    rows[0]["starts_at"] = "kemarin"
    members["data/meeting.jsonl"] = "\n".join(json.dumps(r) for r in rows).encode() + b"\n"
    rehash(manifest, members)


def _unknown_column(manifest: dict, members: dict[str, bytes]) -> None:
    rows = [json.loads(x) for x in members["data/note.jsonl"].splitlines()]
    rows[0]["is_admin"] = True
    members["data/note.jsonl"] = "\n".join(json.dumps(r) for r in rows).encode() + b"\n"
    rehash(manifest, members)


def _duplicate_names(manifest: dict, members: dict[str, bytes]) -> list[tuple[str, bytes]]:
    items = [("manifest.json", json.dumps(manifest).encode()), *members.items()]
    return [*items, ("data/note.jsonl", b'{"uuid": "x"}\n')]


def _ratio_bomb(manifest: dict, members: dict[str, bytes]) -> None:
    data = b"\n" * (8 * 1024 * 1024)  # 8 MB of newlines deflate to a few KB
    members["data/note.jsonl"] = data
    rehash(manifest, members)


CASES = {
    "checksum": (_tamper, "Checksum"),
    "newer schema": (_newer_schema, "skema basis data yang lebih baru"),
    "newer format": (_newer_format, "lebih baru"),
    "dot-dot": (_slip("../../luar.jsonl"), "berbahaya"),
    "absolute": (_slip("/etc/cron.d/jahat"), "berbahaya"),
    "drive letter": (_slip("C:/Windows/jahat.jsonl"), "berbahaya"),
    "backslash": (_slip("data\\..\\..\\jahat.jsonl"), "berbahaya"),
    "no manifest": (_no_manifest, "manifest.json"),
    "unlisted member": (_unlisted, "tidak tercatat"),
    "missing member": (_missing_member, "tidak lengkap"),
    "count mismatch": (_count_mismatch, "tidak sesuai manifest"),
    "bad row": (_bad_row, "uuid tidak sah"),
    "wrong type": (_wrong_type, "tidak sah"),
    "unknown column": (_unknown_column, "tidak dikenal"),
    "duplicate names": (_duplicate_names, "ganda"),
    "ratio bomb": (_ratio_bomb, "rasio kompresi"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_with_message_and_nothing_written(
    case: str, good_bundle: Path, db, tmp_path: Path
) -> None:
    change, message = CASES[case]
    bad = variant(good_bundle, tmp_path / "bad.zip", change)
    before = content_hash(db.path)
    with pytest.raises(BundleError, match=message):
        import_bundle(db, bad)
    assert content_hash(db.path) == before
    assert import_bundle(db, good_bundle).total("inserted") > 0  # the database still works


def test_not_a_zip_and_missing_file(db, tmp_path: Path) -> None:
    text = tmp_path / "catatan.zip"
    text.write_text("bukan zip")
    with pytest.raises(BundleError, match="bukan berkas zip"):
        import_bundle(db, text)
    with pytest.raises(BundleError, match="tidak ditemukan"):
        import_bundle(db, tmp_path / "tidak-ada.zip")


@pytest.mark.slow
def test_oversize_member_is_refused_before_reading(good_bundle: Path, db, tmp_path: Path) -> None:
    bad = tmp_path / "besar.zip"
    members = read_members(good_bundle)
    with zipfile.ZipFile(bad, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            if name != "data/note.jsonl":
                zf.writestr(name, data)
        with zf.open("data/note.jsonl", "w", force_zip64=True) as fh:
            block = b" " * (1024 * 1024)
            for _ in range(201):  # 201 MB uncompressed, < 1 MB on disk
                fh.write(block)
    before = content_hash(db.path)
    with pytest.raises(BundleError, match="terlalu besar"):
        import_bundle(db, bad)
    assert content_hash(db.path) == before
