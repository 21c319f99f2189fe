"""The command-line contract of import/export, bundles and backups (real subprocesses)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from bundle_data import build_meeting
from import_backup_support import content_hash, row_count

from rakor_desktop.db import open_database

NIP = "196804111993031009"


def test_people_import_dry_run_apply_and_export(cli, tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    assert cli("--db", str(db), "init").returncode == 0
    src = tmp_path / "pegawai.csv"
    src.write_text(
        "Nama;NIP;Jabatan;Unit Kerja\n"
        f"Budi Santoso;{NIP};Kabag;Dinas Baru\n"
        "Salah;12345;Staf;\n"
        '=HYPERLINK("x");;;\n',
        encoding="utf-8-sig",
    )
    before = content_hash(db)
    dry = cli("--db", str(db), "people", "import", str(src), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "NIP tidak valid: 1" in dry.stdout and "baris 3" in dry.stdout
    assert "OPD belum terdaftar: 1" in dry.stdout
    assert "Uji coba" in dry.stdout
    assert content_hash(db) == before

    report = tmp_path / "laporan.xlsx"
    done = cli(
        "--db", str(db), "people", "import", str(src), "--create-opd", "--report", str(report)
    )
    assert done.returncode == 0, done.stderr
    assert "Tersimpan: 2 baru" in done.stdout and report.exists()
    assert row_count(db, "person") == 2 and row_count(db, "organization") == 1

    missing = cli("--db", str(db), "people", "import", str(tmp_path / "tidak-ada.xlsx"))
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr

    out = tmp_path / "direktori.csv"
    exported = cli("--db", str(db), "people", "export", str(out))
    assert exported.returncode == 0 and "2 orang" in exported.stdout
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and NIP in text
    listed = cli("--db", str(db), "people", "list", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 2


def test_bundle_export_and_import(cli, tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    database = open_database(a)
    with database.session(write=True) as s:
        mid = build_meeting(s).id
    database.dispose()
    assert cli("--db", str(b), "init").returncode == 0
    out = tmp_path / "rapat.zip"
    exported = cli("--db", str(a), "bundle", "export", str(out), "--meeting", str(mid))
    assert exported.returncode == 0, exported.stderr
    assert "attendance: 4" in exported.stdout and zipfile.is_zipfile(out)
    by_date = cli(
        "--db",
        str(a),
        "bundle",
        "export",
        str(tmp_path / "agustus.zip"),
        "--from",
        "2025-08-01",
        "--to",
        "2025-08-31",
    )
    assert by_date.returncode == 0 and "(1 rapat)" in by_date.stdout
    none = cli(
        "--db",
        str(a),
        "bundle",
        "export",
        str(tmp_path / "kosong.zip"),
        "--from",
        "2024-01-01",
        "--to",
        "2024-01-31",
    )
    assert none.returncode == 1 and "Tidak ada rapat" in none.stderr

    before = content_hash(b)
    dry = cli("--db", str(b), "bundle", "import", str(out), "--dry-run")
    assert dry.returncode == 0 and "Uji coba" in dry.stdout
    assert content_hash(b) == before
    # b is another office's laptop: its bundle is shown, not imported, until confirmed.
    assert "tidak bersegel kantor ini" in dry.stdout
    held = cli("--db", str(b), "bundle", "import", str(out))
    assert held.returncode == 1 and "--terima-asing" in held.stderr
    assert "Traceback" not in held.stderr and content_hash(b) == before
    report = tmp_path / "laporan.json"
    done = cli(
        "--db", str(b), "bundle", "import", str(out), "--report", str(report), "--terima-asing"
    )
    assert done.returncode == 0, done.stderr
    assert "33 baru" in done.stdout  # 30 rows of the meeting + its indicator, target, value
    inserted = json.loads(report.read_text(encoding="utf-8"))["inserted"]
    assert inserted["attendance"] == 4
    assert (inserted["indicator"], inserted["indicator_target"], inserted["indicator_value"]) == (
        1,
        1,
        1,
    )
    assert row_count(b, "attendance") == 4

    evil = tmp_path / "jahat.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../manifest.json", "{}")
    refused = cli("--db", str(b), "bundle", "import", str(evil))
    assert refused.returncode == 1 and "berbahaya" in refused.stderr


def test_backups_create_list_and_restore_even_when_the_database_is_broken(
    cli, tmp_path: Path
) -> None:
    db = tmp_path / "r.sqlite"
    assert cli("--db", str(db), "init").returncode == 0
    stick = tmp_path / "usb"
    made = cli("--db", str(db), "backups", "create", "--folder", str(stick), "--keep", "2")
    assert made.returncode == 0, made.stderr
    listed = cli("--db", str(db), "backups", "list", "--folder", str(stick), "--json")
    rows = json.loads(listed.stdout)
    assert len(rows) == 1 and rows[0]["reason"] == "manual"

    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)  # the file is now broken
    (tmp_path / "r.sqlite-wal").unlink(missing_ok=True)
    (tmp_path / "r.sqlite-shm").unlink(missing_ok=True)
    assert cli("--db", str(db), "check").returncode == 1
    restored = cli("--db", str(db), "backups", "restore", rows[0]["path"], "--folder", str(stick))
    assert restored.returncode == 0, restored.stderr
    assert "dipulihkan" in restored.stdout and "Versi sebelumnya" in restored.stdout
    assert cli("--db", str(db), "check").returncode == 0

    bad = cli("--db", str(db), "backups", "restore", str(tmp_path / "tidak-ada.sqlite"))
    assert bad.returncode == 1 and "tidak ditemukan" in bad.stderr
