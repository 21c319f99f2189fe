"""Directory exports cannot smuggle formulas into the spreadsheet that opens them."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from import_backup_support import small_disk  # noqa: F401 - fixture
from openpyxl import load_workbook

from rakor_desktop.domain.models import Organization, Person
from rakor_desktop.services.directory.export import EXPORT_HEADERS, export_people
from rakor_desktop.services.office.tables import (
    ExportError,
    neutralize,
    unneutralize,
    write_table,
)


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


DANGEROUS = ["=SUM(1+1)*cmd|' /C calc'!A0", "+62812", "-1+2", "@SUM(A1)", "\tx", "\r=1"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_neutralize_prefixes_an_apostrophe_and_import_undoes_it(text: str) -> None:
    assert neutralize(text) == "'" + text
    assert unneutralize(neutralize(text)) == text


def test_harmless_values_are_untouched() -> None:
    for value in ("Budi", "'kutip", "a=b", "", 12, None, 1.5):
        assert neutralize(value) == value
    assert unneutralize("'kutip") == "'kutip"


def _people_with_formulas(db) -> None:
    with db.session(write=True) as s:
        org = Organization(name="=cmd|'/C calc'!A0")
        s.add(org)
        s.flush()
        for i, text in enumerate(DANGEROUS):
            s.add(
                Person(
                    full_name=text,
                    name_key=f"k{i}",
                    jabatan=text,
                    phone=text,
                    organization_id=org.id,
                    pangkat="Penata\x07 (III/c)",
                )
            )


def test_csv_export_is_injection_safe(db, tmp_path: Path) -> None:
    _people_with_formulas(db)
    out = tmp_path / "direktori.csv"
    with db.session() as s:
        assert export_people(s, out) == len(DANGEROUS)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == EXPORT_HEADERS
    for row in rows[1:]:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    names = sorted(r[0] for r in rows[1:])
    assert names == sorted("'" + t for t in DANGEROUS)


def test_xlsx_export_stores_text_never_formulas(db, tmp_path: Path) -> None:
    _people_with_formulas(db)
    out = tmp_path / "direktori.xlsx"
    with db.session() as s:
        export_people(s, out)
    ws = load_workbook(out).active
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if c.value is None:
                continue
            assert c.data_type == "s", (c.coordinate, c.value)
            assert not str(c.value).startswith(("=", "+", "-", "@", "\t", "\r"))
    with zipfile.ZipFile(out) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula element anywhere in the sheet XML
    assert ws.cell(2, 4).value == "Penata (III/c)"  # control characters dropped


def test_unsupported_suffix_and_unwritable_target(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=".xlsx atau .csv"):
        write_table(tmp_path / "x.pdf", ["a"], [["b"]])
    not_a_folder = tmp_path / "berkas.txt"
    not_a_folder.write_text("isi")
    with pytest.raises(ExportError, match="Gagal menulis"):
        write_table(not_a_folder / "x.csv", ["a"], [["b"]])
    assert not_a_folder.read_text() == "isi"


def test_full_disk_gives_the_disk_full_message_and_no_partial_file(small_disk: Path) -> None:  # noqa: F811
    out = small_disk / "besar.csv"
    rows = ([f"Orang {i}", "x" * 500] for i in range(20_000))  # ~10 MB into a 2 MB disk
    with pytest.raises(ExportError, match="Disk penuh"):
        write_table(out, ["Nama", "Catatan"], rows)
    assert not out.exists()
    assert not list(small_disk.glob("*.part"))
