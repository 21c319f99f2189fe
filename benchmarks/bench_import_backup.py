"""Import, backup and bundle timings; one JSON line per figure.

- ``import_10k_people_s``: read a realistic 10,000-row staff workbook (titles, NIPs
  and NI PPPK, pangkat, 40 OPDs, phone numbers), preview it (the wizard's dry run)
  and apply it (which re-checks inside its one transaction) into a fresh database.
  Target: under 5 s. The parts are printed too (``..._read_s`` etc.), and a re-import
  of the same file over the filled directory (all rows "unchanged").
- ``backup_s``: an online backup of a database holding 250,000 attendance rows
  (built with executemany, 250 meetings x 1,000 people).
- ``bundle_export_s`` / ``bundle_import_s``: one meeting of that database (1,000
  attendance rows with people, invitations, OPDs) to a zip and merged into a fresh one.

    .venv/bin/python benchmarks/bench_import_backup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import line as _line
from openpyxl import Workbook

from rakor_desktop.db import open_database
from rakor_desktop.services.directory.importer import import_people
from rakor_desktop.services.directory.tabular import read_table
from rakor_desktop.services.transfer.backups import create_backup
from rakor_desktop.services.transfer.bundle import export_bundle, import_bundle

FIRST = [
    "Agus",
    "Budi",
    "Siti",
    "Dewi",
    "Eko",
    "Sri",
    "Joko",
    "Rina",
    "Hadi",
    "Wati",
    "Anom",
    "Tri",
    "Yuni",
    "Bambang",
    "Endang",
    "Heru",
    "Lestari",
    "Rahmat",
    "Nur",
    "Dian",
]
LAST = [
    "Santoso",
    "Rahayu",
    "Widodo",
    "Lestari",
    "Prasetyo",
    "Wibowo",
    "Susanti",
    "Hidayat",
    "Kurniawan",
    "Setiawan",
    "Purnomo",
    "Handayani",
    "Saputra",
    "Nugroho",
    "Wulandari",
]
PREFIX = ["", "", "", "Drs. ", "Dr. ", "H. ", "Hj. ", "Ir. "]
SUFFIX = ["", "", ", S.H.", ", S.E.", ", S.Sos.", ", M.Si.", ", S.Kom.", ", S.Pd., M.Pd."]
PANGKAT = [
    "Penata Muda (III/a)",
    "Penata Muda Tk. I (III/b)",
    "Penata (III/c)",
    "Penata Tk. I (III/d)",
    "Pembina (IV/a)",
    "Pembina Tk. I (IV/b)",
    "Pengatur (II/c)",
    "",
]
JABATAN = [
    "Kepala Dinas",
    "Sekretaris",
    "Kepala Bidang",
    "Kepala Seksi",
    "Analis Kebijakan",
    "Pengelola Keuangan",
    "Staf Pelaksana",
    "Camat",
    "Lurah",
    "Pranata Komputer",
]
OPD = [
    f"Dinas {n}"
    for n in (
        "Pendidikan dan Kebudayaan",
        "Kesehatan",
        "Pekerjaan Umum",
        "Sosial",
        "Perhubungan",
        "Pertanian",
        "Lingkungan Hidup",
        "Kependudukan dan Pencatatan Sipil",
        "Koperasi dan UKM",
        "Pariwisata",
        "Perikanan",
        "Perdagangan",
    )
]
OPD += ["Bappeda", "BPKPD", "BKPSDM", "Inspektorat", "Satpol PP", "BPBD", "Sekretariat DPRD"]
OPD += [
    f"Kecamatan {n}"
    for n in (
        "Taman",
        "Petarukan",
        "Comal",
        "Ulujami",
        "Bodeh",
        "Ampelgading",
        "Randudongkal",
        "Belik",
        "Watukumpul",
        "Moga",
        "Pulosari",
        "Warungpring",
        "Bantarbolang",
        "Pemalang",
        "Ujungpendem",
        "Kaligede",
        "Banyumudal",
        "Sewaka",
        "Wanarejan",
        "Mulyoharjo",
    )
]


def make_nip(i: int, rng: random.Random) -> str:
    birth = datetime(1965, 1, 1) + timedelta(days=rng.randrange(0, 30 * 365))
    year = min(birth.year + rng.randint(20, 30), 2024)
    pppk = i % 10 == 0
    code = 21 if pppk else rng.randint(1, 12)
    return f"{birth:%Y%m%d}{year}{code:02d}{rng.randint(1, 2)}{i % 999 + 1:03d}"


def staff_workbook(path: Path, rows: int = 10_000) -> Path:
    rng = random.Random(8)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Pegawai")
    ws.append(["DAFTAR NOMINATIF PEGAWAI PEMERINTAH KABUPATEN PEMALANG"])
    ws.append([])
    ws.append(
        ["No", "Nama Lengkap", "NIP", "Pangkat/Gol. Ruang", "Jabatan", "Unit Kerja", "No. HP"]
    )
    seen: set[str] = set()
    for i in range(rows):
        nip = make_nip(i, rng)
        while nip in seen:
            nip = make_nip(i + rng.randint(1, 10**6), rng)
        seen.add(nip)
        name = f"{rng.choice(PREFIX)}{rng.choice(FIRST)} {rng.choice(LAST)} {i}{rng.choice(SUFFIX)}"
        ws.append(
            [
                i + 1,
                name,
                nip if i % 7 else None,
                rng.choice(PANGKAT),
                rng.choice(JABATAN),
                rng.choice(OPD),
                f"08{rng.randint(10**9, 10**10 - 1)}",
            ]
        )
    wb.save(path)
    return path


def bench_import(tmp: Path, runs: int) -> list[str]:
    source = staff_workbook(tmp / "pegawai-10k.xlsx")
    total, read_s, preview_s, apply_s, reimport = [], [], [], [], []
    created = 0
    for i in range(runs):
        db = open_database(tmp / f"import-{i}.sqlite")
        t0 = time.perf_counter()
        table = read_table(source)
        t1 = time.perf_counter()
        import_people(db, table, create_opd=True, dry_run=True)
        t2 = time.perf_counter()
        result = import_people(db, table, create_opd=True)
        t3 = time.perf_counter()
        created = result.created
        read_s.append(t1 - t0)
        preview_s.append(t2 - t1)
        apply_s.append(t3 - t2)
        total.append(t3 - t0)
        t4 = time.perf_counter()
        again = import_people(db, read_table(source), create_opd=True)
        reimport.append(time.perf_counter() - t4)
        assert again.unchanged == created, again.preview.summary_lines()
        db.dispose()
    return [
        _line("import_10k_people_s", total, rows=len(table), created=created, target_s=5),
        _line("import_10k_people_read_s", read_s),
        _line("import_10k_people_preview_s", preview_s),
        _line("import_10k_people_apply_s", apply_s),
        _line("reimport_10k_people_unchanged_s", reimport),
    ]


def attendance_db(path: Path, meetings: int = 250, people: int = 1000) -> Path:
    """A database with meetings x people attendance rows, built with executemany."""
    db = open_database(path)
    db.dispose()
    now = "2025-01-01 00:00:00"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    with con:
        con.executemany(
            "INSERT INTO organization (id, uuid, created_at, updated_at, name, short_name, kind, active)"
            " VALUES (?, ?, ?, ?, ?, '', 'dinas', 1)",
            [(i + 1, str(uuid.uuid4()), now, now, name) for i, name in enumerate(OPD)],
        )
        con.executemany(
            "INSERT INTO person (id, uuid, created_at, updated_at, full_name, name_key, jabatan, pangkat,"
            " organization_id, phone, is_head, active) VALUES (?, ?, ?, ?, ?, ?, 'Staf', '', ?, '', 0, 1)",
            [
                (
                    i + 1,
                    str(uuid.uuid4()),
                    now,
                    now,
                    f"Pegawai {i}",
                    f"pegawai {i}",
                    i % len(OPD) + 1,
                )
                for i in range(people)
            ],
        )
        start = datetime(2005, 1, 3, 2, 0, tzinfo=UTC)
        con.executemany(
            "INSERT INTO meeting (id, uuid, created_at, updated_at, title, starts_at, place, chair_prefix,"
            " letter_number, letter_nature, status, signatures_required, opening_remarks, attachments)"
            " VALUES (?, ?, ?, ?, ?, ?, '', '', '', 'Penting', 'closed', 0, '', '[]')",
            [
                (
                    m + 1,
                    str(uuid.uuid4()),
                    now,
                    now,
                    f"Rakor ke-{m + 1}",
                    (start + timedelta(days=30 * m)).strftime("%Y-%m-%d %H:%M:%S"),
                )
                for m in range(meetings)
            ],
        )
        con.executemany(
            "INSERT INTO invitation (uuid, created_at, updated_at, meeting_id, person_id, token,"
            " absence_note) VALUES (?, ?, ?, ?, ?, ?, '')",
            [(str(uuid.uuid4()), now, now, 1, p + 1, uuid.uuid4().hex[:16]) for p in range(people)],
        )
        rows = (
            (str(uuid.uuid4()), now, now, m + 1, p + 1, "2025-01-01 02:05:00")
            for m in range(meetings)
            for p in range(people)
        )
        con.executemany(
            "INSERT INTO attendance (uuid, created_at, updated_at, meeting_id, person_id, checked_in_at,"
            " is_walk_in, is_late, station) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 'pintu-1')",
            rows,
        )
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def bench_backup_and_bundle(tmp: Path, runs: int) -> list[str]:
    t0 = time.perf_counter()
    path = attendance_db(tmp / "besar.sqlite")
    built = time.perf_counter() - t0
    con = sqlite3.connect(path)
    n_att = con.execute("SELECT count(*) FROM attendance").fetchone()[0]
    con.close()
    size_mb = round(path.stat().st_size / 1024 / 1024, 1)
    backups = []
    for _ in range(runs):
        t = time.perf_counter()
        out = create_backup(path, folder=tmp / "cadangan", keep=2, reason="manual")
        backups.append(time.perf_counter() - t)
    assert out.exists()
    db = open_database(path)
    exports, imports = [], []
    for i in range(runs):
        t = time.perf_counter()
        with db.session() as s:
            export_bundle(s, tmp / f"rapat-{i}.zip", meeting_ids=[1])
        exports.append(time.perf_counter() - t)
        target = open_database(tmp / f"tujuan-{i}.sqlite")
        t = time.perf_counter()
        report = import_bundle(target, tmp / f"rapat-{i}.zip")
        imports.append(time.perf_counter() - t)
        assert report.inserted["attendance"] == 1000
        target.dispose()
    db.dispose()
    return [
        _line("backup_s", backups, attendance_rows=n_att, db_mb=size_mb),
        _line("build_250k_attendance_db_s", [built]),
        _line("bundle_export_s", exports, attendance_rows=1000),
        _line("bundle_import_s", imports, attendance_rows=1000),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for line in bench_import(Path(tmp), args.runs):
            print(line, flush=True)
        for line in bench_backup_and_bundle(Path(tmp), args.runs):
            print(line, flush=True)


if __name__ == "__main__":
    main()
