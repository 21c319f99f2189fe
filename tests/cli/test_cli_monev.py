"""The monev command-line contract: indicators import/list, report set, monev, pdf, export."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from followup_data import meeting
from monev_data import add_orgs, write_matrix
from pypdf import PdfReader


@pytest.fixture
def ekobang(db, db_path, tmp_path):
    with db.session(write=True) as s:
        add_orgs(s)
        m = meeting(s, date(2026, 5, 20), title="Rakor Ekobang Mei 2026")
        m.cluster = "II"
        mid = m.id
    db.dispose()
    return db_path, mid, write_matrix(tmp_path / "iku.xlsx")


def test_import_list_report_and_monev(cli, ekobang, tmp_path) -> None:
    path, mid, matrix = ekobang
    db = ("--db", str(path))
    dry = cli(*db, "indicators", "import", str(matrix), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["new"] == 5
    assert json.loads(cli(*db, "indicators", "list", "--json").stdout) == []

    done = cli(*db, "indicators", "import", str(matrix))
    assert done.returncode == 0 and "5 baru" in done.stdout
    listed = json.loads(cli(*db, "indicators", "list", "--json").stdout)
    assert [(i["code"], i["polarity"], i["level"], i["opd"]) for i in listed] == [
        ("IKU-01", "lower", "iku", "Bappeda"),
        ("IKU-02", "lower", "iku", "Dinkes"),
        ("IKU-03", "higher", "iku", "Bappeda"),
        ("IKU-04", "range", "ikd", "Disdagperin"),
        ("IKU-05", "higher", "program", "Diskopukm"),
    ]
    assert listed[0]["targets"] == {"2025": 9.5, "2026": 9.1, "2027": 8.7, "2028": 8.3, "2029": 7.9}
    assert listed[0]["unit"] == "%" and listed[0]["name"] == "Angka Kemiskinan"

    env = {"RAKOR_NOW": "2026-05-18T10:00+07:00"}
    r = cli(*db, "report", "set", str(mid), "Bappeda", "IKU-01", "9,3", "--period", "2026",
            "--source", "BPS", env=env)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "IKU-01 Bappeda 2026: 9,3"
    r = cli(*db, "report", "set", str(mid), "Disdagperin", "IKU-04", "3,1", env=env)
    assert r.returncode == 0 and "2026-05" in r.stdout  # the meeting's month, monthly indicator

    rows = json.loads(cli(*db, "monev", "--meeting", str(mid), "--json").stdout)
    # The meeting is Asisten II's: stunting (Dinkes, cluster I) is not in it.
    assert [x["code"] for x in rows] == ["IKU-01", "IKU-03", "IKU-04", "IKU-05"]
    poverty = rows[0]
    assert set(poverty) >= {
        "code", "name", "year", "target", "realization", "capaian_pct", "category", "trend",
        "on_track", "flags",
    }  # fmt: skip
    assert (poverty["year"], poverty["target"], poverty["realization"]) == (2026, 9.1, 9.3)
    assert poverty["capaian_pct"] == pytest.approx(97.8, abs=0.01)
    assert poverty["category"] == "sangat tinggi" and poverty["trend"] is None
    assert poverty["on_track"] is True and poverty["flags"] == []
    assert rows[2]["flags"] == ["no_source"]  # inflation was given without a source
    assert rows[2]["flag_reasons"] == ["Sumber data tidak disebutkan."]
    assert rows[1]["realization"] is None and rows[1]["capaian_pct"] is None

    everything = json.loads(cli(*db, "monev", "--year", "2026", "--cluster", "I", "--json").stdout)
    assert [x["code"] for x in everything] == ["IKU-01", "IKU-02"]


def test_bad_input_exits_with_reasons(cli, ekobang, tmp_path) -> None:
    path, mid, matrix = ekobang
    db = ("--db", str(path))
    junk = tmp_path / "x.csv"
    junk.write_text("Kode;Indikator;Satuan;Target 2026\n;;;\n", encoding="utf-8")
    r = cli(*db, "indicators", "import", str(junk))
    assert (
        r.returncode == 1 and "Tidak ada baris yang sah" in r.stderr and "Traceback" not in r.stderr
    )
    nopol = tmp_path / "np.csv"
    nopol.write_text(
        "Kode;Indikator;Satuan;Polaritas;Target 2026\nA1;Angka Harapan Hidup;tahun;;72\n",
        encoding="utf-8",
    )
    r = cli(*db, "indicators", "import", str(nopol))
    assert r.returncode == 1 and "baris 2 (A1): Polaritas kosong" in r.stderr
    r = cli(*db, "indicators", "import", str(tmp_path / "tidak-ada.xlsx"))
    assert r.returncode == 1 and "tidak ditemukan" in r.stderr
    assert cli(*db, "indicators", "import", str(matrix)).returncode == 0
    r = cli(*db, "report", "set", str(mid), "Bappeda", "IKU-01", "1,250")
    assert r.returncode == 1 and "dua cara" in r.stderr
    r = cli(*db, "report", "set", str(mid), "Bappeda", "IKU-99", "9")
    assert r.returncode == 2 and "IKU-99" in r.stderr
    r = cli(*db, "report", "set", "999", "Bappeda", "IKU-01", "9")
    assert r.returncode == 2
    r = cli(*db, "report", "set", str(mid), "Dinas Antah", "IKU-01", "9")
    assert r.returncode == 2 and "Dinas Antah" in r.stderr
    r = cli(*db, "monev", "--cluster", "IX", "--json")
    assert r.returncode == 2 and "Klaster" in r.stderr
    r = cli(*db, "monev", "--meeting", "999", "--json")
    assert r.returncode == 2


def test_pdf_and_xlsx(cli, ekobang, tmp_path) -> None:
    path, mid, matrix = ekobang
    db = ("--db", str(path))
    assert cli(*db, "indicators", "import", str(matrix)).returncode == 0
    env = {"RAKOR_NOW": "2026-05-18T10:00+07:00"}
    for code, opd, value in (("IKU-01", "Bappeda", "9,3"), ("IKU-05", "Diskopukm", "-5")):
        assert cli(*db, "report", "set", str(mid), opd, code, value, env=env).returncode == 0
    pdf = tmp_path / "monev.pdf"
    r = cli(*db, "pdf", "monev", str(mid), "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    reader = PdfReader(pdf)
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = "".join(p.extract_text() for p in reader.pages)
    assert "MATRIKS MONEV CAPAIAN KINERJA" in text and "Rakor Ekobang Mei 2026" in text
    assert "Angka Kemiskinan" in text and "97,8 %" in text
    assert "Data perlu verifikasi" in text and "di bawah batas sah 0" in text
    xlsx = tmp_path / "monev.xlsx"
    r = cli(*db, "export", "monev", str(xlsx), "--meeting", str(mid))
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Matriks Monev"]
    header = [c.value for c in ws[1]]
    row = {h: c.value for h, c in zip(header, ws[2], strict=True)}
    assert row["Kode"] == "IKU-01" and row["Realisasi"] == 9.3
    assert row["Capaian"] == pytest.approx(0.978, abs=0.0001)
    assert [c.value for c in wb["Perlu Verifikasi"]["A"]][1:] == ["IKU-01", "IKU-05", "IKU-05"]
    r = cli(*db, "pdf", "monev", "999", "-o", str(pdf))
    assert r.returncode == 2
