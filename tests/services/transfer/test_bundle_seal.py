"""Bundles carry the exporting office's seal (issue 17: "bundles authenticated").

Checksums alone let anyone who holds a bundle edit its rows and recompute them. The seal
(HMAC over the manifest with the office's key) tells this office's own bundles from
edited ones (refused) and from another office's or unsealed ones (shown, and imported
only once somebody confirms).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from bundle_data import build_meeting, same_office
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.domain.models import Meeting
from rakor_desktop.services.transfer.bundle import BundleError, export_bundle, import_bundle


def _db(path: Path):
    return open_database(path)


def _export(db, out: Path) -> Path:
    with db.session(write=True) as s:
        m = build_meeting(s)
        mid = m.id
    with db.session() as s:
        export_bundle(s, out, meeting_ids=[mid])
    return out


def _titles(db) -> list[str]:
    with db.session() as s:
        return sorted(m.title for m in s.exec(select(Meeting)).all())


def test_this_offices_bundle_imports_and_an_edited_one_is_refused(tmp_path: Path) -> None:
    a, b = _db(tmp_path / "a.sqlite"), _db(tmp_path / "b.sqlite")
    same_office(a, b)
    bundle = _export(a, tmp_path / "rapat.zip")
    with zipfile.ZipFile(bundle) as zf:
        seal = json.loads(zf.read("seal.json"))
    assert seal["alg"] == "HMAC-SHA256" and len(seal["mac"]) == 64
    report = import_bundle(b, bundle)
    assert report.origin == "ours" and not report.needs_confirmation
    assert report.total("inserted") > 0

    # One byte of the manifest changed, seal kept: edited after sealing.
    edited = tmp_path / "diubah.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(edited, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "manifest.json":
                data = data.replace(b'"created_at": "', b'"created_at": "1')
            dst.writestr(name, data)
    before = _titles(b)
    with pytest.raises(BundleError, match="diubah setelah dibuat"):
        import_bundle(b, edited, accept_foreign=True)  # no confirmation can override it
    assert _titles(b) == before


def test_another_offices_bundle_waits_for_a_confirmation(tmp_path: Path) -> None:
    a, c = _db(tmp_path / "a.sqlite"), _db(tmp_path / "lain.sqlite")
    bundle = _export(a, tmp_path / "rapat.zip")
    before = _titles(c)
    shown = import_bundle(c, bundle)
    assert shown.origin == "foreign" and shown.needs_confirmation and shown.dry_run
    assert "kantor lain" in "\n".join(shown.summary_lines())
    assert shown.total("inserted") > 0  # it says what it would add...
    assert _titles(c) == before  # ...and adds nothing
    done = import_bundle(c, bundle, accept_foreign=True)
    assert not done.dry_run and _titles(c) != before


def test_an_unsealed_bundle_is_named_as_such(tmp_path: Path) -> None:
    a, c = _db(tmp_path / "a.sqlite"), _db(tmp_path / "c.sqlite")
    same_office(a, c)
    bundle = _export(a, tmp_path / "rapat.zip")
    stripped = tmp_path / "tanpa-segel.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(stripped, "w") as dst:
        for name in src.namelist():
            if name != "seal.json":
                dst.writestr(name, src.read(name))
    shown = import_bundle(c, stripped)
    assert shown.origin == "unsealed" and shown.needs_confirmation
    assert "tanpa segel" in "\n".join(shown.summary_lines())
