"""The follow-up commands as scripts use them: listing, filters, exports, OPD report import."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from followup_data import followup, invite, meeting, org, person, series
from sqlmodel import select

from rakor_desktop.domain.models import OpdReport

PAST, FUTURE = date(2020, 1, 31), date(2099, 12, 31)


@pytest.fixture
def filled(db, db_path):
    with db.session(write=True) as s:
        ser = series(s, "Rakor Bulanan")
        pu = org(s, "Dinas Pekerjaan Umum", "DPU")
        dinkes = org(s, "Dinas Kesehatan", "Dinkes")
        m1 = meeting(s, date(2019, 11, 25), ser)
        m2 = meeting(s, date(2019, 12, 23), ser)
        followup(s, m1, pu, "Perbaikan jalan desa", due=PAST)
        followup(s, m1, dinkes, "Turunkan stunting", due=FUTURE, status="dalam_proses", percent=30)
        followup(s, m2, pu, "Drainase pasar", due=PAST, status="selesai", percent=100)
        followup(s, m2, dinkes, "=cmd|' /C calc'!A0", due=FUTURE)
        for o in (pu, dinkes):
            invite(s, m2, person(s, f"Kepala {o.name}", o), came=True)
        mids = (m1.id, m2.id)
    db.dispose()
    return db_path, mids


def test_followups_json_and_filters(cli, filled) -> None:
    path, _ = filled
    everything = cli("--db", str(path), "followups", "--json")
    assert everything.returncode == 0, everything.stderr
    rows = json.loads(everything.stdout)
    assert {r["action"]: r["status"] for r in rows} == {
        "Perbaikan jalan desa": "terlambat",
        "Turunkan stunting": "dalam_proses",
        "Drainase pasar": "selesai",
        "=cmd|' /C calc'!A0": "belum",
    }
    late = json.loads(cli("--db", str(path), "followups", "--json", "--status", "terlambat").stdout)
    assert [r["action"] for r in late] == ["Perbaikan jalan desa"]
    assert late[0]["carried"] == 1 and late[0]["organization"] == "Dinas Pekerjaan Umum"
    several = cli(
        "--db", str(path), "followups", "--json", "--status", "belum", "selesai", "--opd", "dinkes"
    )
    assert [r["action"] for r in json.loads(several.stdout)] == ["=cmd|' /C calc'!A0"]
    text = cli("--db", str(path), "followups", "--opd", "DPU")
    assert text.returncode == 0
    assert "Terlambat" in text.stdout and "Perbaikan jalan desa [dibawa 1x]" in text.stdout
    assert text.stdout.strip().endswith("2 tindak lanjut.")


def test_unknown_names_exit_2(cli, filled) -> None:
    path, _ = filled
    r = cli("--db", str(path), "followups", "--opd", "Dinas Antah Berantah")
    assert r.returncode == 2 and 'OPD "Dinas Antah Berantah" tidak ditemukan' in r.stderr
    r = cli("--db", str(path), "followups", "--series", "Rakor Lain")
    assert r.returncode == 2 and "Seri rapat" in r.stderr
    r = cli("--db", str(path), "followups", "--status", "hilang")
    assert r.returncode == 2 and "invalid choice" in r.stderr  # argparse usage error
    r = cli("--db", str(path), "export", "opd-template", "999", "x.xlsx")
    assert r.returncode == 2 and "Rapat 999 tidak ditemukan" in r.stderr


def test_carried_to_a_meeting(cli, filled) -> None:
    path, (m1, m2) = filled
    r = cli("--db", str(path), "followups", "--json", "--carried-to", str(m2))
    assert [(x["action"], x["carried"]) for x in json.loads(r.stdout)] == [
        ("Perbaikan jalan desa", 1),
        ("Turunkan stunting", 1),
    ]


def test_export_followups_and_trends(cli, filled, tmp_path) -> None:
    path, _ = filled
    out = tmp_path / "tl.xlsx"
    r = cli("--db", str(path), "export", "followups", str(out), "--status", "terlambat", "belum")
    assert r.returncode == 0, r.stderr
    assert "2 tindak lanjut diekspor" in r.stdout
    ws = openpyxl.load_workbook(out)["Tindak Lanjut"]
    assert [ws.cell(row=i, column=5).value for i in (2, 3)] == [
        "Perbaikan jalan desa",
        "'=cmd|' /C calc'!A0",
    ]
    trends = tmp_path / "tren.xlsx"
    r = cli("--db", str(path), "export", "trends", str(trends))
    assert r.returncode == 0, r.stderr
    assert "Tren OPD" in openpyxl.load_workbook(trends).sheetnames
    bad = cli("--db", str(path), "export", "followups", str(tmp_path / "tl.pdf"))
    assert bad.returncode == 1 and ".xlsx" in bad.stderr


def test_opd_template_and_import_round_trip(cli, filled, tmp_path) -> None:
    path, (_, m2) = filled
    template = tmp_path / "templat.xlsx"
    r = cli("--db", str(path), "export", "opd-template", str(m2), str(template))
    assert r.returncode == 0, r.stderr
    assert "Templat laporan 2 OPD" in r.stdout
    wb = openpyxl.load_workbook(template)
    ws = wb["Laporan OPD"]
    assert [ws.cell(row=i, column=2).value for i in (2, 3)] == [
        "Dinas Kesehatan",
        "Dinas Pekerjaan Umum",
    ]
    ws["C2"], ws["D2"] = 45.5, 40
    ws["C3"], ws["D3"] = "seratus", 101
    wb.save(template)

    dry = cli(
        "--db", str(path), "import", "opd-reports", str(m2), str(template), "--dry-run", "--json"
    )
    assert dry.returncode == 1
    assert json.loads(dry.stdout)["created"] == 1
    r = cli("--db", str(path), "import", "opd-reports", str(m2), str(template))
    assert r.returncode == 1
    assert r.stdout.startswith("1 laporan OPD ditulis (1 baru, 0 diperbarui), 1 baris ditolak")
    assert "Baris 3 (Dinas Pekerjaan Umum): kolom Realisasi Anggaran (%)" in r.stderr
    assert "101 di luar 0 sampai 100" in r.stderr

    from rakor_desktop.db import open_database

    db = open_database(path)
    try:
        with db.session() as s:
            (rep,) = s.exec(select(OpdReport)).all()
            assert (rep.budget_pct, rep.physical_pct) == (45.5, 40.0)
    finally:
        db.dispose()

    wb = openpyxl.load_workbook(template)
    wb["Laporan OPD"]["C3"], wb["Laporan OPD"]["D3"] = 30, 100
    wb.save(template)
    ok = cli("--db", str(path), "import", "opd-reports", str(m2), str(template))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("2 laporan OPD ditulis (1 baru, 1 diperbarui), 0 baris ditolak")
    missing = cli(
        "--db", str(path), "import", "opd-reports", str(m2), str(tmp_path / "hilang.xlsx")
    )
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr
