"""``followups return-form OPD -o F.xlsx`` and ``followups import FILE... [--dry-run]`` (issue 21)."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from rakor_desktop.services.returns.form import SHEET


def _form(cli, db: Path, opd: str, out: Path) -> Path:
    r = cli("--db", str(db), "followups", "return-form", opd, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"Formulir progres {opd}: ") and str(out) in r.stdout
    return out


def test_out_and_back_through_the_command_line(cli, demo_db_path: Path, tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    form = _form(cli, demo_db_path, "Dinas Pertanian", tmp_path / "dinas-pertanian.xlsx")
    wb = load_workbook(form)
    ws = wb[SHEET]
    rows = ws.max_row - 1
    assert rows >= 1
    ws["G2"] = "80%"
    ws["J2"] = "Verifikasi e-RDKK selesai di 8 kecamatan"
    ws["K2"] = "foto.jpg"
    filled = tmp_path / "kembali" / "dinas-pertanian.xlsx"
    filled.parent.mkdir()
    wb.save(filled)
    (filled.parent / "foto.jpg").write_bytes(b"\xff\xd8 kios pupuk")
    dry = cli("--db", str(demo_db_path), "followups", "import", str(filled), "--dry-run", env=env)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "baris 2: DIPERBARUI" in dry.stdout and "akan diperbarui" in dry.stdout
    assert not (tmp_path / "xdg").exists()  # a dry run stores nothing
    r = cli("--db", str(demo_db_path), "followups", "import", str(filled), "--json", env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["updated"] == 1 and data["evidence_files"] == 1
    assert data["files"][0]["organization"] == "Dinas Pertanian"
    stored = list((tmp_path / "xdg").rglob("*.jpg"))
    assert len(stored) == 1 and stored[0].read_bytes() == b"\xff\xd8 kios pupuk"
    listing = cli("--db", str(demo_db_path), "followups", "--opd", "Dinas Pertanian", "--json")
    assert listing.returncode == 0
    assert any(x["percent"] == 80 for x in json.loads(listing.stdout))
    again = cli("--db", str(demo_db_path), "followups", "import", str(filled), env=env)
    assert (
        again.returncode == 0
        and "TIDAK BERUBAH" in again.stdout
        and "Sudah diimpor" in again.stdout
    )


def test_refusals_and_mistakes_exit_with_reasons(cli, demo_db_path: Path, tmp_path: Path) -> None:
    form = _form(cli, demo_db_path, "Dinas Pertanian", tmp_path / "dp.xlsx")
    wb = load_workbook(form)
    wb[SHEET].append(["00000000-0000-4000-8000-000000000000", "", "", None, "", 0, 10])
    wb.save(tmp_path / "tambah.xlsx")
    r = cli("--db", str(demo_db_path), "followups", "import", str(tmp_path / "tambah.xlsx"),
            str(tmp_path / "tidak-ada.xlsx"))  # fmt: skip
    assert r.returncode == 1
    assert "DITOLAK" in r.stdout and "baris tambahan" in r.stdout
    assert "tidak-ada.xlsx: Berkas tidak-ada.xlsx tidak ditemukan." in r.stderr
    assert "Traceback" not in r.stderr
    r = cli(
        "--db",
        str(demo_db_path),
        "followups",
        "return-form",
        "Dinas Antah",
        "-o",
        str(tmp_path / "x.xlsx"),
    )
    assert r.returncode == 2 and 'OPD "Dinas Antah" tidak ditemukan.' in r.stderr
    # The list command keeps working with its options (the subcommands are optional).
    r = cli("--db", str(demo_db_path), "followups", "--status", "terlambat", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)
