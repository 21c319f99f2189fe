"""Excel: follow-up matrix and trend exports reread with openpyxl, and the OPD template
round trip with bad rows and the per-row report."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from followup_data import followup, invite, meeting, org, person, report, series
from sqlmodel import select

from rakor_desktop.domain.models import AuditEvent, Meeting, OpdReport
from rakor_desktop.services.followups import xlsx as fu_xlsx
from rakor_desktop.services.followups.query import FollowUpFilter
from rakor_desktop.services.insight import xlsx as trends_xlsx
from rakor_desktop.services.meetings import opd_workbook
from rakor_desktop.services.meetings.close import MeetingLocked
from rakor_desktop.services.office import xlsx


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


NOW = datetime(2025, 11, 1, 3, 0, tzinfo=UTC)


def _assert_plain_workbook(path: Path) -> None:
    """Only parts every spreadsheet program reads: no macros, formulas or external links."""
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert not [n for n in names if "vba" in n.lower() or "externalLink" in n]
        for n in names:
            if n.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in zf.read(n) and b"<f " not in zf.read(n)


# ------------------------------------------------------------------ follow-ups


def test_followup_export_is_formatted_and_injection_safe(db, tmp_path) -> None:
    with db.session(write=True) as s:
        ser = series(s)
        pu = org(s, "Dinas Pekerjaan Umum", "DPU")
        m1 = meeting(s, date(2025, 8, 25), ser, "Rakor Agustus 2025")
        m2 = meeting(s, date(2025, 9, 22), ser, "Rakor September 2025")
        followup(
            s,
            m1,
            pu,
            '=HYPERLINK("http://x","klik")',
            due=date(2025, 9, 30),
            status="dalam_proses",
            percent=40,
            problem="+62 jalan rusak",
        )
        followup(
            s,
            m2,
            pu,
            "Drainase pasar",
            due=date(2025, 12, 1),
            status="selesai",
            percent=100,
            completed_at=datetime(2025, 10, 20, 2, 0, tzinfo=UTC),
        )
        followup(s, m2, None, "@SUM(A1)", due=None, problem="-1 anggaran")
    out = tmp_path / "tindak-lanjut.xlsx"
    with db.session() as s:
        n = fu_xlsx.export_followups(s, out, now=NOW, sort="id", description="Semua")
    assert n == 3
    _assert_plain_workbook(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Tindak Lanjut", "Keterangan"]
    ws = wb["Tindak Lanjut"]
    assert [c.value for c in ws[1]] == list(fu_xlsx.FOLLOWUP_HEADERS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:M4"
    assert ws.column_dimensions["D"].width == 48
    row = [c.value for c in ws[2]]
    assert row[0] == 1 and row[1] == "Rakor Agustus 2025"
    assert row[2] == datetime(2025, 8, 25)  # a real date cell, not text
    assert ws["C2"].number_format == xlsx.DATE_FORMAT and ws["C2"].is_date
    assert row[3] == "'+62 jalan rusak"
    assert row[4] == '\'=HYPERLINK("http://x","klik")'
    assert ws["E2"].data_type == "s"
    assert row[7] == datetime(2025, 9, 30) and ws["H2"].is_date
    assert row[8] == "Terlambat"
    assert ws["I2"].fill.start_color.rgb.endswith(xlsx.STATUS_FILLS["terlambat"])
    assert row[9] == 0.4 and ws["J2"].number_format == "0%"
    assert row[10] == 1  # carried once (to September)
    assert ws["M3"].value == datetime(2025, 10, 20)
    assert ws["I3"].value == "Selesai"
    assert ws["E4"].value == "'@SUM(A1)" and ws["D4"].value == "'-1 anggaran"
    assert ws["F4"].value is None and ws["H4"].value is None
    info = {r[0]: r[1] for r in wb["Keterangan"].iter_rows(values_only=True)}
    assert info["Jumlah"] == 3 and info["Zona waktu"] == "WIB"
    assert info["Diekspor"] == datetime(2025, 11, 1, 10, 0)  # office wall-clock time


def test_followup_export_respects_the_filter_and_refuses_other_suffixes(db, tmp_path) -> None:
    with db.session(write=True) as s:
        m = meeting(s, date(2025, 9, 22), series(s))
        a, b = org(s, "Dinas A", "A"), org(s, "Dinas B", "B")
        followup(s, m, a, "satu")
        followup(s, m, b, "dua")
        a_id = a.id
    with db.session() as s:
        assert (
            fu_xlsx.export_followups(
                s, tmp_path / "a.xlsx", FollowUpFilter(organization_ids=(a_id,)), now=NOW
            )
            == 1
        )
        with pytest.raises(xlsx.ExcelError, match=".xlsx"):
            fu_xlsx.export_followups(s, tmp_path / "a.csv", now=NOW)
        with pytest.raises(xlsx.ExcelError):
            fu_xlsx.export_followups(s, tmp_path / "no-such-dir" / "a.xlsx", now=NOW)
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["Tindak Lanjut"]
    assert ws.max_row == 2 and ws["E2"].value == "satu"
    assert not list(tmp_path.glob("*.part"))


# ------------------------------------------------------------------ trends


def test_trend_export(db, tmp_path) -> None:
    with db.session(write=True) as s:
        ser = series(s)
        dinkes = org(s, "Dinas Kesehatan", "Dinkes")
        pu = org(s, "Dinas Pekerjaan Umum", "DPU")
        m1 = meeting(s, date(2025, 8, 25), ser, "Rakor Agustus")
        m2 = meeting(s, date(2025, 9, 22), ser, "Rakor September")
        report(s, m1, dinkes, 40.0, 35.0, {"Prevalensi stunting": "14,2%"})
        report(s, m2, dinkes, 55.0, 34.8, {"Prevalensi stunting": "13,1%"})
        report(s, m1, pu, 20.0, 30.0)
        report(s, m2, pu, 12.5, 31.0)
    out = tmp_path / "tren.xlsx"
    with db.session() as s:
        assert trends_xlsx.export_trends(s, out, now=NOW) == 2
    _assert_plain_workbook(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Tren OPD",
        "Anggaran per Rapat",
        "Fisik per Rapat",
        "Indikator",
        "Perlu Perhatian",
        "Keterangan",
    ]
    ws = wb["Tren OPD"]
    assert ws.freeze_panes == "B2" and ws["A1"].font.bold
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    dk = rows["Dinas Kesehatan"]
    assert dk[2] == datetime(2025, 9, 22)
    assert dk[3] == pytest.approx(0.55) and ws["D2"].number_format == "0.0%"
    assert dk[4] == 15.0 and dk[5] == "▲ Naik"
    assert dk[8] == "▬ Tetap"  # 35.0 -> 34.8 is within the tolerance
    assert "Prevalensi stunting: 13,1% ▼" in dk[10]
    pu_row = rows["Dinas Pekerjaan Umum"]
    assert pu_row[5] == "▼ Turun" and pu_row[8] == "▲ Naik"
    assert ws["F2"].font.color.rgb.endswith(xlsx.GOOD_FONT)
    assert ws["F3"].font.color.rgb.endswith(xlsx.BAD_FONT)
    budget = wb["Anggaran per Rapat"]
    assert [c.value for c in budget[1]] == [
        "OPD",
        "Rakor Agustus (25/08/2025)",
        "Rakor September (22/09/2025)",
    ]
    assert [c.value for c in budget[3]] == ["Dinas Pekerjaan Umum", 0.2, 0.125]
    ind = list(wb["Indikator"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[4], r[5]) for r in ind] == [
        ("Prevalensi stunting", "14,2%", 14.2),
        ("Prevalensi stunting", "13,1%", 13.1),
    ]
    attention = {r[0]: r[1] for r in wb["Perlu Perhatian"].iter_rows(min_row=2, values_only=True)}
    assert "Realisasi anggaran rendah (12,5%)" in attention["Dinas Pekerjaan Umum"]


# ------------------------------------------------------------------ OPD template


@pytest.fixture
def template_setup(db):
    """A meeting with five invited OPDs; Dinkes reported indicators last month."""
    with db.session(write=True) as s:
        ser = series(s)
        prev = meeting(s, date(2025, 9, 22), ser, "Rakor September")
        m = meeting(s, date(2025, 10, 27), ser, "Rakor Oktober")
        names = [
            ("Dinas Kesehatan", "Dinkes"),
            ("Dinas Pekerjaan Umum", "DPU"),
            ("Dinas Sosial", "Dinsos"),
            ("Dinas Pertanian", "Distan"),
            ("Kecamatan Taman", ""),
        ]
        orgs = {short or name: org(s, name, short) for name, short in names}
        org(s, "Dinas Tidak Diundang", "DTD")
        for o in orgs.values():
            invite(s, m, person(s, f"Kepala {o.name}", o), came=False)
        report(s, prev, orgs["Dinkes"], 40, 35, {"Prevalensi stunting": "14,2%", "Imunisasi": "80"})
        report(s, m, orgs["Dinsos"], 10, 12, {"Penduduk miskin": "11,5"})
        ids = {k: o.id for k, o in orgs.items()}
        mid = m.id
    return db, mid, ids


def test_template_has_one_row_per_invited_opd_with_validation(template_setup, tmp_path) -> None:
    db, mid, _ = template_setup
    out = tmp_path / "templat.xlsx"
    with db.session() as s:
        assert opd_workbook.write_opd_template(s, mid, out) == 5
    _assert_plain_workbook(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [opd_workbook.TEMPLATE_SHEET, opd_workbook.INFO_SHEET]
    ws = wb[opd_workbook.TEMPLATE_SHEET]
    assert [c.value for c in ws[1]] == list(opd_workbook.TEMPLATE_HEADERS)
    assert ws.freeze_panes == "C2" and ws["B1"].font.bold
    assert [ws.cell(row=r, column=2).value for r in range(2, 7)] == [
        "Dinas Kesehatan",
        "Dinas Pekerjaan Umum",
        "Dinas Pertanian",
        "Dinas Sosial",
        "Kecamatan Taman",
    ]
    # indicator names carried from last month's report, values left for the OPD
    assert [ws.cell(row=2, column=c).value for c in range(5, 9)] == [
        "Prevalensi stunting",
        None,
        "Imunisasi",
        None,
    ]
    # this meeting's existing report is prefilled
    assert [ws.cell(row=5, column=c).value for c in (3, 4, 5, 6)] == [
        10,
        12,
        "Penduduk miskin",
        11.5,
    ]
    (dv,) = ws.data_validations.dataValidation
    assert (dv.type, dv.operator, dv.formula1, dv.formula2) == ("decimal", "between", "0", "100")
    assert str(dv.sqref) == "C2:D56"
    info = {r[0]: r[1] for r in wb[opd_workbook.INFO_SHEET].iter_rows(values_only=True)}
    with db.session() as s:
        assert info[opd_workbook.MEETING_CODE_LABEL] == s.get(Meeting, mid).uuid
    assert info["Laporan OPD untuk"] == "Rakor Oktober"


def _fill(
    path: Path,
    rows: dict[int, dict[int, object]],
    extra: list[list[object]] = (),
    formats: dict[str, str] | None = None,
) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[opd_workbook.TEMPLATE_SHEET]
    for r, cells in rows.items():
        for c, v in cells.items():
            ws.cell(row=r, column=c).value = v
    for row in extra:
        ws.append(row)
    for ref, fmt in (formats or {}).items():
        ws[ref].number_format = fmt
    wb.save(path)


def test_template_round_trip_with_bad_rows(template_setup, tmp_path) -> None:
    db, mid, ids = template_setup
    path = tmp_path / "laporan-terisi.xlsx"
    with db.session() as s:
        opd_workbook.write_opd_template(s, mid, path)
    # rows: 2 Dinkes, 3 DPU, 4 Distan, 5 Dinsos, 6 Kec. Taman
    _fill(
        path,
        {
            2: {
                3: 45.5,
                4: "30,25",
                6: "13,0%",
                8: 82,
                11: "'=jalan rusak",
                12: "Posyandu digital",
            },
            3: {3: "lima puluh", 4: 20},  # text in a number cell
            4: {3: 120, 4: -5},  # outside 0-100, twice
            5: {3: 0.255, 4: 15, 11: '=HYPERLINK("http://x")'},  # 25,5% typed in a % cell
            6: {3: 50},  # fisik left empty: required
        },
        extra=[
            [7, "Dinas Antah Berantah", 10, 10],  # unknown OPD (row 7)
            [8, "dinas kesehatan", 11, 11],  # duplicate of row 2, other spelling (row 8)
            [None, None, None, None],  # blank line (row 9)
            [
                10,
                "DTD",
                60,
                61,
                None,
                "7",
                "Indikator tanpa nama?",
                "abc",
            ],  # short name; bad indicators
        ],
        formats={"C5": "0.0%"},
    )
    with db.session(write=True) as s:
        rep = opd_workbook.import_opd_reports(s, mid, path, actor="notulis")
    errors = [(e.row, e.column, e.message) for e in rep.errors]
    assert errors == [
        (
            3,
            "Realisasi Anggaran (%)",
            'Realisasi Anggaran (%) "lima puluh" bukan angka (contoh: 45,5).',
        ),
        (4, "Realisasi Anggaran (%)", "Realisasi Anggaran (%) 120 di luar 0 sampai 100."),
        (4, "Realisasi Fisik (%)", "Realisasi Fisik (%) -5 di luar 0 sampai 100."),
        (6, "Realisasi Fisik (%)", "Realisasi Fisik (%) wajib diisi."),
        (7, "OPD", 'OPD "Dinas Antah Berantah" tidak dikenal; tulis sesuai daftar OPD.'),
        (8, "OPD", "OPD ini sudah ada di baris 2."),
        (10, "Indikator 1", "Nama indikator kosong padahal nilainya diisi."),
        (10, "Nilai Indikator 2", 'Nilai "abc" bukan angka.'),
    ]
    assert rep.error_rows == [3, 4, 6, 7, 8, 10]
    assert (rep.created, rep.updated, rep.empty, rep.rows_read) == (1, 1, 0, 8)
    assert sorted(rep.imported) == ["Dinas Kesehatan", "Dinas Sosial"]
    assert not rep.ok
    text = rep.as_text()
    assert text.startswith("2 laporan OPD ditulis (1 baru, 1 diperbarui), 6 baris ditolak")
    assert (
        'Baris 7 (Dinas Antah Berantah): kolom OPD: OPD "Dinas Antah Berantah" tidak dikenal'
        in text
    )
    assert json.loads(json.dumps(rep.as_json()))["errors"][0]["row"] == 3

    with db.session() as s:
        reports = {
            r.organization_id: r
            for r in s.exec(select(OpdReport).where(OpdReport.meeting_id == mid))
        }
        assert set(reports) == {ids["Dinkes"], ids["Dinsos"]}  # valid rows only
        dinkes = reports[ids["Dinkes"]]
        assert (dinkes.budget_pct, dinkes.physical_pct) == (45.5, 30.25)
        assert json.loads(dinkes.indicators) == {"Prevalensi stunting": "13,0%", "Imunisasi": "82"}
        assert dinkes.obstacles == "=jalan rusak"  # the apostrophe is a spreadsheet artefact
        assert dinkes.innovation == "Posyandu digital"
        assert reports[ids["Dinsos"]].budget_pct == 25.5
        assert reports[ids["Dinsos"]].obstacles == ""  # a formula is never stored as text
        (event,) = s.exec(select(AuditEvent).where(AuditEvent.action == "opd_report.import")).all()
        assert json.loads(event.detail)["rejected_rows"] == [3, 4, 6, 7, 8, 10]

    # the OPDs fix their rows; re-importing only updates, nothing is doubled
    _fill(
        path,
        {
            3: {3: 50},
            4: {3: 100, 4: 0},
            6: {4: 49.9},
            7: {2: None, 3: None, 4: None},
            8: {2: None, 3: None, 4: None},
            10: {6: None, 8: None},
        },
    )
    with db.session(write=True) as s:
        rep2 = opd_workbook.import_opd_reports(s, mid, path)
    assert rep2.ok, rep2.as_text()
    assert (rep2.created, rep2.updated) == (4, 2)
    with db.session() as s:
        assert len(s.exec(select(OpdReport).where(OpdReport.meeting_id == mid)).all()) == 6
        dtd = s.exec(select(OpdReport).where(OpdReport.budget_pct == 60)).one()
        assert json.loads(dtd.indicators) == {}


def test_untouched_template_imports_cleanly(template_setup, tmp_path) -> None:
    """Prefilled indicator names are not a report: unfilled rows are just skipped."""
    db, mid, _ = template_setup
    path = tmp_path / "t.xlsx"
    with db.session() as s:
        opd_workbook.write_opd_template(s, mid, path)
    with db.session(write=True) as s:
        rep = opd_workbook.import_opd_reports(s, mid, path)
    assert rep.ok, rep.as_text()
    assert (rep.created, rep.updated, rep.empty) == (0, 1, 4)  # Dinsos came prefilled


def test_dry_run_writes_nothing(template_setup, tmp_path) -> None:
    db, mid, _ = template_setup
    path = tmp_path / "t.xlsx"
    with db.session() as s:
        opd_workbook.write_opd_template(s, mid, path)
    _fill(path, {2: {3: 10, 4: 10}, 3: {3: 20, 4: 20}})
    with db.session(write=True) as s:
        rep = opd_workbook.import_opd_reports(s, mid, path, dry_run=True)
    assert (rep.created, rep.updated, rep.empty) == (2, 1, 2)  # Dinsos keeps its prefilled report
    assert rep.summary().startswith("3 laporan OPD akan ditulis")
    with db.session() as s:
        assert len(s.exec(select(OpdReport).where(OpdReport.meeting_id == mid)).all()) == 1


def test_whole_file_refusals(template_setup, tmp_path) -> None:
    db, mid, _ = template_setup
    with db.session(write=True) as s:
        other = meeting(s, date(2025, 11, 24), None, "Rakor November")
        other_id = other.id
    path = tmp_path / "t.xlsx"
    with db.session() as s:
        opd_workbook.write_opd_template(s, mid, path)
    with db.session(write=True) as s:
        with pytest.raises(xlsx.ExcelError, match="rapat lain"):
            opd_workbook.import_opd_reports(s, other_id, path)
        with pytest.raises(xlsx.ExcelError, match="tidak ditemukan"):
            opd_workbook.import_opd_reports(s, 4242, path)
    not_xlsx = tmp_path / "bukan.xlsx"
    not_xlsx.write_text("No;OPD\n1;Dinkes\n")
    no_header = tmp_path / "lain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "NIP"])
    wb.save(no_header)
    with db.session(write=True) as s:
        with pytest.raises(xlsx.ExcelError, match="bukan buku kerja"):
            opd_workbook.import_opd_reports(s, mid, not_xlsx)
        with pytest.raises(xlsx.ExcelError, match="Kolom OPD"):
            opd_workbook.import_opd_reports(s, mid, no_header)
        with pytest.raises(xlsx.ExcelError, match="tidak ditemukan"):
            opd_workbook.import_opd_reports(s, mid, tmp_path / "hilang.xlsx")
        s.get(Meeting, mid).status = "finalized"
    with db.session(write=True) as s, pytest.raises(MeetingLocked):
        opd_workbook.import_opd_reports(s, mid, path)


def test_hand_made_sheet_without_meeting_code_is_accepted_with_a_warning(
    template_setup, tmp_path
) -> None:
    db, mid, ids = template_setup
    path = tmp_path / "buatan-sendiri.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["LAPORAN REALISASI OPD"])  # a title row above the header
    ws.append(["No", "Nama OPD", "Realisasi Anggaran", "Realisasi Fisik", "Kendala"])
    ws.append([1, "DPU", "45.5%", 40, "Cuaca"])
    ws.append([2, "Kecamatan Taman", 33, 30, None])
    wb.save(path)
    with db.session(write=True) as s:
        rep = opd_workbook.import_opd_reports(s, mid, path)
    assert rep.ok and rep.created == 2
    assert rep.warnings == ["Kode rapat tidak ada di berkas; pastikan isinya untuk rapat ini."]
    with db.session() as s:
        dpu = s.exec(select(OpdReport).where(OpdReport.organization_id == ids["DPU"])).one()
        assert (dpu.budget_pct, dpu.physical_pct, dpu.obstacles) == (45.5, 40.0, "Cuaca")
