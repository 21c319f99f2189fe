"""`archive export`: the final documents and their metadata, read back (issue 19)."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from pathlib import Path

NOW = "2026-12-04T09:00:00+07:00"
ENV = {"RAKOR_NOW": NOW, "RAKOR_SIGN_PASSPHRASE": "rahasia-kantor-123"}


def _assert_pdfa(path: Path) -> None:
    import pikepdf

    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "B"), path.name
        assert meta.get("dc:title"), path.name
        (intent,) = list(pdf.Root.OutputIntents)
        assert intent.S == "/GTS_PDFA1" and int(intent.DestOutputProfile.N) == 3
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        assert not pdf.is_encrypted
        assert "/JavaScript" not in (pdf.Root.get("/Names") or {})
        for page in pdf.pages:
            for font in (page.Resources.get("/Font") or {}).values():
                desc = font.get("/FontDescriptor")
                assert desc is not None and any(
                    k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
                ), path.name


def _meeting(path: Path, status: str) -> int:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT id FROM meeting WHERE status = ? LIMIT 1", (status,)).fetchone()
    return int(row[0])


def test_the_archive_is_complete_and_reads_back(cli, demo_db_path, tmp_path) -> None:
    db = str(demo_db_path)
    assert cli("--db", db, "certificate", "create", env=ENV).returncode == 0
    mid = _meeting(demo_db_path, "finalized")
    folder = tmp_path / "arsip"
    done = cli("--db", db, "archive", "export", str(mid), str(folder), env=ENV)
    assert done.returncode == 0, done.stderr
    meta = json.loads((folder / "arsip.json").read_text(encoding="utf-8"))
    records = meta["records"]
    assert [r["jenis"] for r in records] == ["Notulen", "Daftar Hadir", "Undangan",
                                             "Matriks Tindak Lanjut"]  # fmt: skip
    with (folder / "arsip.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["sha256"] for r in rows] == [r["sha256"] for r in records]
    for r in records:
        data = (folder / r["file"]).read_bytes()
        assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == r["sha256"]
        assert r["kode_klasifikasi"] == "000.1.5" and r["tanggal"] and r["unit_pengolah"]
    for r in records:  # PDF/A-2b, as far as a library can tell (veraPDF for the rest)
        _assert_pdfa(folder / r["file"])
    notulen = records[0]
    assert notulen["penanda_tangan"] and notulen["revisi"] >= 1
    ok = cli("--db", db, "verify", str(folder / notulen["file"]), env={"RAKOR_NOW": NOW})
    assert ok.returncode == 0, ok.stderr


def test_a_meeting_that_is_not_final_has_no_archive(cli, demo_db_path, tmp_path) -> None:
    mid = _meeting(demo_db_path, "closed")
    r = cli("--db", str(demo_db_path), "archive", "export", str(mid), str(tmp_path / "a"),
            env={"RAKOR_NOW": NOW})  # fmt: skip
    assert r.returncode == 1 and "belum difinalkan" in r.stderr and not (tmp_path / "a").exists()
