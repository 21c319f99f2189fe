"""The RPJMD matrix import and the catalogue, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest
from monev_data import ROWS, add_orgs, write_csv, write_matrix

from rakor_desktop.domain.models import Indicator, IndicatorTarget
from rakor_desktop.domain.monev import Polarity, Target
from rakor_desktop.services.monev.catalogue import (
    CatalogueError,
    IndicatorSpec,
    list_indicators,
    save_indicator,
)
from rakor_desktop.services.monev.rpjmd_import import MatrixError, RowVerdict, import_matrix


def _count(s, model) -> int:
    from sqlmodel import func, select

    return s.exec(select(func.count()).select_from(model)).one()


def test_matrix_with_merged_two_row_header_imports_every_indicator(any_db, tmp_path) -> None:
    path = write_matrix(tmp_path / "iku.xlsx")
    with any_db.session(write=True) as s:
        add_orgs(s)
        result = import_matrix(s, path)
    assert result.years == [2025, 2026, 2027, 2028, 2029]
    assert [r.verdict for r in result.rows] == [RowVerdict.SKIPPED] + [RowVerdict.NEW] * 5
    with any_db.session() as s:
        items = {i.code: i for i in list_indicators(s)}
    poverty = items["IKU-01"]
    assert poverty.polarity is Polarity.LOWER and poverty.unit == "%"
    assert poverty.lead_org == "Bappeda" and poverty.contributors == ("Dinsos",)
    assert poverty.baseline == 9.82 and poverty.baseline_year == 2024
    assert poverty.rpjmd_period == "2025-2029"
    assert poverty.targets[2026] == Target(9.1)
    assert items["IKU-04"].targets[2027] == Target(1.5, 3.5)  # "1,5 - 3,5"
    assert items["IKU-05"].targets[2029] == Target(2000.0)  # "2.000"
    assert set(items["IKU-02"].contributors) == {"DP3AKB", "Dinsos"}
    assert items["IKU-02"].as_json()["targets"] == {
        "2025": 19.0, "2026": 17.0, "2027": 15.0, "2028": 13.0, "2029": 11.0
    }  # fmt: skip


def test_reimport_is_unchanged_then_updated(any_db, tmp_path) -> None:
    path = write_matrix(tmp_path / "iku.xlsx")
    with any_db.session(write=True) as s:
        add_orgs(s)
        import_matrix(s, path)
    with any_db.session(write=True) as s:
        again = import_matrix(s, path)
    assert again.count(RowVerdict.UNCHANGED) == 5
    changed = [list(r) for r in ROWS]
    changed[0][7] = ("9,40", "9,00", "8,70", "8,30", "7,90")
    with any_db.session(write=True) as s:
        third = import_matrix(s, write_matrix(tmp_path / "iku2.xlsx", [tuple(r) for r in changed]))
    assert third.count(RowVerdict.UPDATED) == 1 and third.count(RowVerdict.UNCHANGED) == 4
    with any_db.session() as s:
        assert list_indicators(s, codes=["IKU-01"])[0].targets[2026] == Target(9.0)
        assert _count(s, Indicator) == 5 and _count(s, IndicatorTarget) == 25


def test_dry_run_writes_nothing(any_db, tmp_path) -> None:
    with any_db.session(write=True) as s:
        add_orgs(s)
        result = import_matrix(s, write_csv(tmp_path / "iku.csv"), dry_run=True)
    assert result.count(RowVerdict.NEW) == 5 and result.dry_run
    with any_db.session() as s:
        assert _count(s, Indicator) == 0


def test_bad_rows_are_refused_with_reasons_and_not_written(any_db, tmp_path) -> None:
    bad = [list(r) for r in ROWS]
    bad[0][3] = ""  # polarity missing -> refused, never guessed
    bad[1][7] = ("19", "17", "", "13", "11")  # a missing target year
    bad[2][7] = ("5", "5,2", "lima", "5,6", "5,8")  # text in a number cell
    bad[3][8] = "Dinas Antah Berantah"  # unknown OPD
    bad[4][7] = ("1,400", "1.550", "1.700", "1.850", "2.000")  # ambiguous
    bad.append(bad[0][:])  # duplicate code (of a refused row: still a duplicate)
    bad.append(("IKU-09", "Tingkat Pengangguran Terbuka", "%", "negatif", "IKU", "Tahunan",
                "4,1", ("104", "4", "3,9", "3,8", "3,7"), "Bappeda", "", "BPS", "", ""))  # fmt: skip
    bad.append(("IKU-10", "Indeks Baru", "indeks", "positif", "IKU", "Tahunan",
                "", ("0", "1", "2", "3", "4"), "Bappeda", "", "BPS", "", ""))  # fmt: skip
    path = write_matrix(tmp_path / "bad.xlsx", [tuple(r) for r in bad])
    with any_db.session(write=True) as s:
        add_orgs(s)
        result = import_matrix(s, path)
    by_code = {}
    for r in result.rows:
        by_code.setdefault(r.code, []).append(r)
    reasons = {code: " ".join(" ".join(r.reasons) for r in rows) for code, rows in by_code.items()}
    assert "Polaritas kosong" in reasons["IKU-01"]
    assert "ganda" in reasons["IKU-01"]
    assert "Target 2027 kosong" in reasons["IKU-02"]
    assert '"lima" bukan angka' in reasons["IKU-03"]
    assert 'OPD "Dinas Antah Berantah" tidak dikenal' in reasons["IKU-04"]
    assert "dapat dibaca dua cara" in reasons["IKU-05"]
    assert "melebihi 100 %" in reasons["IKU-09"]
    assert by_code["IKU-10"][0].verdict is RowVerdict.NEW
    assert "capaian tahun itu tidak dapat dihitung" in by_code["IKU-10"][0].warnings[0]
    with any_db.session() as s:
        assert [i.code for i in list_indicators(s)] == ["IKU-10"]
        assert _count(s, IndicatorTarget) == 5  # only the valid row's targets


def test_not_a_matrix(db, tmp_path) -> None:
    junk = tmp_path / "daftar.csv"
    junk.write_text("Nama;NIP\nBudi;1\n", encoding="utf-8")
    with db.session(write=True) as s, pytest.raises(MatrixError, match="baris judul kolom"):
        import_matrix(s, junk)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with db.session(write=True) as s, pytest.raises(MatrixError):
        import_matrix(s, broken)


def test_matrix_saved_by_libreoffice(db, tmp_path) -> None:
    """The same matrix opened and saved again by LibreOffice Calc (its own XML, shared
    strings, merged cells), not only as openpyxl writes it."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is installed by `make test` (scripts/sysdeps.sh)"
    source = (
        write_matrix(tmp_path / "src" / "iku.xlsx") if (tmp_path / "src").mkdir() is None else None
    )
    assert source is not None
    out = tmp_path / "lo"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    saved = out / "iku.xlsx"
    with zipfile.ZipFile(saved) as z:
        assert b"LibreOffice" in z.read("docProps/app.xml")
    with db.session(write=True) as s:
        add_orgs(s)
        result = import_matrix(s, saved)
    assert result.count(RowVerdict.NEW) == 5
    with db.session() as s:
        assert list_indicators(s, codes=["IKU-04"])[0].targets[2025] == Target(2.5, 3.5)


def test_catalogue_refuses_an_undeclared_polarity(db) -> None:
    with db.session(write=True) as s, pytest.raises(CatalogueError, match="wajib dinyatakan"):
        save_indicator(s, IndicatorSpec(code="X", name="Angka harapan hidup", polarity=None))  # type: ignore[arg-type]


def test_cluster_filter(db, tmp_path) -> None:
    with db.session(write=True) as s:
        add_orgs(s)
        import_matrix(s, write_matrix(tmp_path / "iku.xlsx"))
    with db.session() as s:
        # Asisten II: Bappeda, Disdagperin, Diskopukm lead; stunting (Dinkes, cluster I) is out.
        assert [i.code for i in list_indicators(s, cluster="II")] == [
            "IKU-01", "IKU-03", "IKU-04", "IKU-05"
        ]  # fmt: skip
        assert [i.code for i in list_indicators(s, cluster="I")] == ["IKU-01", "IKU-02"]
