"""The OPDs' return workbooks (issue 21): out with signed rows, back in row by row.

Real files: the form written by the service, filled by openpyxl the way a person types
(and re-saved by LibreOffice Calc where the test says so), imported on SQLite and on a
real PostgreSQL server. Every refusal is a row the office must not take.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from followup_data import followup, meeting, org
from openpyxl import load_workbook
from sqlmodel import select

from rakor_desktop.domain.models import AuditEvent, FollowUp, FollowUpUpdate
from rakor_desktop.services.followups.progress import add_progress, history
from rakor_desktop.services.returns.form import SHEET, write_return_form
from rakor_desktop.services.returns.review import Outcome, apply_returns, review_files

ISSUED = datetime(2026, 12, 31, 2, 0, tzinfo=UTC)  # 31/12/2026 09.00 WIB: a year's end
LATER = ISSUED + timedelta(days=3)  # the OPD's answer arrives in the new year


@pytest.fixture
def office(any_db):
    """Two OPDs, a Rakor with their follow-ups: Dinkes has three open and one closed."""
    with any_db.session(write=True) as s:
        dinkes, dishub = org(s, "Dinas Kesehatan", "Dinkes"), org(s, "Dinas Perhubungan", "Dishub")
        m = meeting(s, date(2026, 12, 28))
        ids = {
            "stunting": followup(
                s, m, dinkes, "Percepatan penurunan stunting", due=date(2027, 1, 31)
            ).id,
            "posyandu": followup(
                s, m, dinkes, "Revitalisasi posyandu", status="dalam_proses", percent=40
            ).id,
            "puskesmas": followup(s, m, dinkes, "Akreditasi puskesmas").id,
            "done": followup(s, m, dinkes, "Selesai dulu", status="selesai", percent=100).id,
            "terminal": followup(s, m, dishub, "Penataan terminal").id,
        }
        orgs = {"dinkes": dinkes.id, "dishub": dishub.id}
    return any_db, orgs, ids


def _form(db, org_id: int, path: Path, now: datetime = ISSUED) -> Path:
    with db.session() as s:
        issued = write_return_form(s, org_id, path, now=now)
    assert issued.path == path
    return path


def _fill(
    path: Path,
    out: Path,
    rows: dict[int, dict[str, object]],
    *,
    number_formats: dict[str, str] | None = None,
) -> Path:
    """Type into the yellow cells as an OPD officer would (column letter -> value)."""
    wb = load_workbook(path)
    ws = wb[SHEET]
    for row, cells in rows.items():
        for column, value in cells.items():
            ws[f"{column}{row}"] = value
            if number_formats and f"{column}{row}" in number_formats:
                ws[f"{column}{row}"].number_format = number_formats[f"{column}{row}"]
    wb.save(out)
    return out


def _row_of(path: Path, followup_id_uuid: str) -> int:
    ws = load_workbook(path)[SHEET]
    for r in range(2, ws.max_row + 1):
        if ws[f"A{r}"].value == followup_id_uuid:
            return r
    raise AssertionError("row not found")


def _uuid(db, fid: int) -> str:
    with db.session() as s:
        return s.get(FollowUp, fid).uuid


def _import(db, *paths: Path, now: datetime = LATER, data_dir: Path, dry_run: bool = False):
    with db.session(write=True) as s:
        reviews = review_files(s, list(paths), now=now)
        if not dry_run:
            apply_returns(s, reviews, data_dir=data_dir, now=now)
    return reviews


def test_the_form_lists_open_follow_ups_with_locked_ids(office, tmp_path) -> None:
    db, orgs, ids = office
    path = _form(db, orgs["dinkes"], tmp_path / "dinkes.xlsx")
    wb = load_workbook(path)
    ws = wb[SHEET]
    listed = {ws[f"A{r}"].value for r in range(2, ws.max_row + 1)}
    assert listed == {_uuid(db, ids[k]) for k in ("stunting", "posyandu", "puskesmas")}
    assert ws.protection.sheet
    assert ws["A2"].protection.locked and not ws["G2"].protection.locked
    assert ws.column_dimensions["L"].hidden
    assert wb["Petunjuk"]["B2"].value == "Dinas Kesehatan"


def test_filled_by_openpyxl_updates_with_history_and_evidence(office, tmp_path) -> None:
    db, orgs, ids = office
    form = _form(db, orgs["dinkes"], tmp_path / "dinkes.xlsx")
    stunting, posyandu = _uuid(db, ids["stunting"]), _uuid(db, ids["posyandu"])
    back = tmp_path / "kembali"
    back.mkdir()
    (back / "foto-posyandu.jpg").write_bytes(b"\xff\xd8 foto posyandu")
    filled = _fill(form, back / "dinkes-isi.xlsx", {
        _row_of(form, stunting): {"G": "75%", "J": "Intervensi gizi di 12 desa", "I": "02/01/2027"},
        _row_of(form, posyandu): {"G": 0.9, "K": "foto-posyandu.jpg; berita-acara.pdf"},
    }, number_formats={f"G{_row_of(form, posyandu)}": "0%"})  # fmt: skip
    data_dir = tmp_path / "data"
    reviews = _import(db, filled, data_dir=data_dir)
    outcome = {r.followup_uuid: r.outcome for r in reviews[0].rows}
    assert outcome[stunting] is Outcome.UPDATED and outcome[posyandu] is Outcome.UPDATED
    assert sum(r.outcome is Outcome.UNCHANGED for r in reviews[0].rows) == 1  # puskesmas: empty
    with db.session() as s:
        fu = s.get(FollowUp, ids["stunting"])
        assert (fu.status, fu.percent) == ("dalam_proses", 75)
        first = history(s, ids["stunting"])[-1]
        assert first.note == "Intervensi gizi di 12 desa"
        assert first.at.astimezone(UTC).date() == date(2027, 1, 2)  # the day the OPD wrote
        p = s.get(FollowUp, ids["posyandu"])
        assert (p.status, p.percent) == ("dalam_proses", 90)
        update = history(s, ids["posyandu"])[-1]
    stored = update.evidence_path.split("; ")
    assert stored[0].startswith("bukti/") and stored[0].endswith(".jpg")
    assert (data_dir / stored[0]).read_bytes() == b"\xff\xd8 foto posyandu"
    assert stored[1] == "berita-acara.pdf"  # not sent: its name is kept
    assert "Bukti: foto-posyandu.jpg, berita-acara.pdf" in update.note
    # Imported twice: nothing doubled, said as such.
    again = _import(db, filled, data_dir=data_dir)
    assert {r.outcome for r in again[0].rows if r.followup_uuid in (stunting, posyandu)} == {
        Outcome.UNCHANGED
    }
    assert all("Sudah diimpor" in r.reason for r in again[0].rows if r.followup_uuid == stunting)
    with db.session() as s:
        assert len(history(s, ids["stunting"])) == 1
        assert (
            len(s.exec(select(AuditEvent).where(AuditEvent.action == "followup.return")).all()) == 2
        )


def test_tampered_rows_are_refused_each_with_its_reason(office, tmp_path) -> None:
    db, orgs, ids = office
    form = _form(db, orgs["dinkes"], tmp_path / "dinkes.xlsx")
    other = _form(db, orgs["dishub"], tmp_path / "dishub.xlsx")
    stunting, posyandu, puskesmas = (
        _uuid(db, ids[k]) for k in ("stunting", "posyandu", "puskesmas")
    )
    terminal = _uuid(db, ids["terminal"])
    wb = load_workbook(form)
    ws = wb[SHEET]
    # 1. an id typed over with another Dinkes follow-up's id (closed one)
    ws[f"A{_row_of(form, puskesmas)}"] = _uuid(db, ids["done"])
    ws[f"G{_row_of(form, puskesmas)}"] = 50
    # 2. a row copied from Dishub's form, signature and all
    src = load_workbook(other)[SHEET]
    ws.append(
        [src["A2"].value, "", "", None, "", 0, 60, None, None, "disalin", None, src["L2"].value]
    )
    # 3. a row added by hand
    ws.append(["", "", "Baru", None, "", 0, 30, None, None, "tambahan", None, ""])
    # 4. a value that does not read, and a formula Excel never computed
    ws[f"G{_row_of(form, stunting)}"] = "tujuh puluh"
    ws[f"G{_row_of(form, posyandu)}"] = "=40+20"
    wb.save(tmp_path / "dinkes-isi.xlsx")
    reviews = _import(db, tmp_path / "dinkes-isi.xlsx", data_dir=tmp_path / "data")
    by_row = {r.sheet_row: r for r in reviews[0].rows}
    reasons = [r.reason for r in by_row.values()]
    assert all(r.outcome is Outcome.REFUSED for r in by_row.values()), reasons
    assert "tidak cocok" in by_row[_row_of(form, puskesmas)].reason
    copied = next(r for r in by_row.values() if r.followup_uuid == terminal)
    assert "OPD lain" in copied.reason
    assert any("tidak cocok" in r.reason and not r.followup_uuid for r in by_row.values())
    assert 'Progres baru "tujuh puluh" bukan angka' in by_row[_row_of(form, stunting)].reason
    assert "rumus" in by_row[_row_of(form, posyandu)].reason
    with db.session() as s:
        assert s.exec(select(FollowUpUpdate)).all() == []
        assert s.get(FollowUp, ids["terminal"]).percent == 0


def test_a_form_older_than_a_later_report_is_refused_for_that_row(office, tmp_path) -> None:
    db, orgs, ids = office
    form = _form(db, orgs["dinkes"], tmp_path / "dinkes.xlsx")
    stunting, puskesmas = _uuid(db, ids["stunting"]), _uuid(db, ids["puskesmas"])
    with db.session(write=True) as s:  # reported by phone the day after the form went out
        add_progress(
            s, ids["stunting"], percent=60, note="lewat telepon", now=ISSUED + timedelta(days=1)
        )
    filled = _fill(form, tmp_path / "isi.xlsx", {
        _row_of(form, stunting): {"G": 50}, _row_of(form, puskesmas): {"G": 20},
    })  # fmt: skip
    reviews = _import(db, filled, data_dir=tmp_path / "data")
    row = next(r for r in reviews[0].rows if r.followup_uuid == stunting)
    assert row.outcome is Outcome.REFUSED and "lebih baru (01/01/2027)" in row.reason
    assert (
        next(r for r in reviews[0].rows if r.followup_uuid == puskesmas).outcome is Outcome.UPDATED
    )
    with db.session() as s:
        assert s.get(FollowUp, ids["stunting"]).percent == 60


def test_whole_files_refused_macro_foreign_or_edited_instructions(office, tmp_path) -> None:
    db, orgs, _ = office
    form = _form(db, orgs["dinkes"], tmp_path / "dinkes.xlsx")
    macro = tmp_path / "dinkes.xlsm"
    shutil.copy(form, macro)
    edited = tmp_path / "edited.xlsx"
    wb = load_workbook(form)
    wb["Petunjuk"]["B3"] = next(
        str(c.value)
        for c in load_workbook(_form(db, orgs["dishub"], tmp_path / "h.xlsx"))["Petunjuk"]["B"]
        if c.row == 3
    )  # Dishub's OPD code over Dinkes'
    wb.save(edited)
    vba = tmp_path / "vba.xlsx"
    shutil.copy(form, vba)
    with zipfile.ZipFile(vba, "a") as z:
        z.writestr("xl/vbaProject.bin", b"macro")
    text = tmp_path / "bukan.xlsx"
    text.write_text("bukan buku kerja")
    reviews = _import(
        db, macro, edited, vba, text, tmp_path / "hilang.xlsx", data_dir=tmp_path / "d"
    )
    errors = [r.error for r in reviews]
    assert ".xlsm" in errors[0] and "makro" in errors[0]
    assert "tidak dibuat oleh kantor ini" in errors[1]
    assert "berisi makro" in errors[2]
    assert "bukan buku kerja" in errors[3]
    assert "tidak ditemukan" in errors[4]
    assert all(not r.rows for r in reviews)


def test_saved_again_by_libreoffice_calc(office, tmp_path) -> None:
    """Typed, then opened and saved by LibreOffice: its own XML, the formula's value
    computed and cached by Calc, a date typed as text, a percent typed with %."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is installed by `make test` (scripts/sysdeps.sh)"
    db, orgs, ids = office
    form = _form(db, orgs["dinkes"], tmp_path / "dinkes.xlsx")
    stunting, posyandu = _uuid(db, ids["stunting"]), _uuid(db, ids["posyandu"])
    src = tmp_path / "src"
    src.mkdir()
    _fill(form, src / "dinkes.xlsx", {
        _row_of(form, stunting): {"G": "=70+5", "H": "dalam proses", "I": "3/1/2027"},
        _row_of(form, posyandu): {"G": "100%", "H": "Selesai", "J": "Rampung"},
    })  # fmt: skip
    out = tmp_path / "lo"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(src / "dinkes.xlsx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    saved = out / "dinkes.xlsx"
    with zipfile.ZipFile(saved) as z:
        assert b"LibreOffice" in z.read("docProps/app.xml")
    reviews = _import(db, saved, data_dir=tmp_path / "data")
    assert reviews[0].error == ""
    outcome = {r.followup_uuid: (r.outcome, r.reason) for r in reviews[0].rows}
    assert outcome[stunting][0] is Outcome.UPDATED, outcome
    assert outcome[posyandu][0] is Outcome.UPDATED, outcome
    with db.session() as s:
        assert s.get(FollowUp, ids["stunting"]).percent == 75
        assert (
            s.get(FollowUp, ids["posyandu"]).status,
            s.get(FollowUp, ids["posyandu"]).percent,
        ) == ("selesai", 100)
        assert history(s, ids["stunting"])[-1].at.astimezone(UTC).date() == date(2027, 1, 3)
