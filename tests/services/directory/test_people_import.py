"""Directory import: reading real spreadsheet shapes, per-row verdicts, all-or-nothing apply."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlmodel import select

from rakor_desktop.domain.models import AuditEvent, Organization, Person
from rakor_desktop.services.directory.export import export_people
from rakor_desktop.services.directory.importer import (
    ImportCancelled,
    PeopleImportError,
    Verdict,
    import_people,
    preview,
    save_report,
)
from rakor_desktop.services.directory.tabular import TableReadError, guess_mapping, read_table

NIP_A = "196804111993031009"
NIP_B = "197501012000122001"
NI_PPPK = "200012312024211001"


def write_xlsx(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def write_csv(
    path: Path, rows: list[list], *, delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def table_rows(db_path: Path, table: str) -> int:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def add_org(db, name: str, short: str = "") -> int:
    with db.session(write=True) as s:
        org = Organization(name=name, short_name=short)
        s.add(org)
        s.flush()
        return org.id


# -- reading ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["No", "Nama Lengkap", "NIP", "Jabatan", "Pangkat/Gol.", "Unit Kerja", "No. HP"],
            {
                "name": 1,
                "nip": 2,
                "jabatan": 3,
                "pangkat": 4,
                "organization": 5,
                "phone": 6,
                "org_email": None,
            },
        ),
        (
            ["NAMA", "N I P", "JABATAN", "GOLONGAN", "OPD", "NOMOR HP"],
            {
                "name": 0,
                "nip": 1,
                "jabatan": 2,
                "pangkat": 3,
                "organization": 4,
                "phone": 5,
                "org_email": None,
            },
        ),
        (
            ["  nama   pegawai ", "nip/ni pppk", "Instansi", "Telp"],
            {
                "name": 0,
                "nip": 1,
                "jabatan": None,
                "pangkat": None,
                "organization": 2,
                "phone": 3,
                "org_email": None,
            },
        ),
        (
            ["Nama Jabatan", "Nama", "Perangkat Daerah", "WhatsApp"],
            {
                "name": 1,
                "nip": None,
                "jabatan": 0,
                "pangkat": None,
                "organization": 2,
                "phone": 3,
                "org_email": None,
            },
        ),
        (
            ["NAMA LENGKAP (DENGAN GELAR)", "Pangkat / Golongan Ruang", "Unit Kerja / OPD"],
            {
                "name": 0,
                "nip": None,
                "jabatan": None,
                "pangkat": 1,
                "organization": 2,
                "phone": None,
                "org_email": None,
            },
        ),
        (  # a person's own "Email" is not the OPD's office address
            ["Nama", "Email", "OPD", "Email OPD"],
            {
                "name": 0,
                "nip": None,
                "jabatan": None,
                "pangkat": None,
                "organization": 2,
                "phone": None,
                "org_email": 3,
            },
        ),
    ],
)
def test_header_guessing_tolerates_case_spacing_and_synonyms(headers, expected) -> None:
    assert guess_mapping(headers) == expected


def test_xlsx_with_title_rows_and_duplicate_headers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "pegawai.xlsx",
        [
            ["DAFTAR PEGAWAI SEKRETARIAT DAERAH"],
            [None],
            ["Nama", "NIP", "Nama", "Unit Kerja", None],
            ["Budi Santoso", NIP_A, "x", "Setda", None],
            [None, None, None, None, None],
            ["Ani", None, "y", "Setda", "lebih"],
        ],
    )
    table = read_table(path)
    assert table.header_row == 3
    assert table.headers == ["Nama", "NIP", "Nama (2)", "Unit Kerja", "Kolom E"]
    assert table.guessed["name"] == 0 and table.guessed["organization"] == 3
    assert table.row_numbers == [4, 6]
    assert table.skipped_empty == 1


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(",", "utf-8"), (";", "utf-8"), (";", "utf-8-sig"), (",", "cp1252"), ("\t", "utf-8-sig")],
)
def test_csv_delimiters_and_encodings(tmp_path: Path, delimiter: str, encoding: str) -> None:
    rows = [
        ["Nama", "NIP", "Unit Kerja"],
        ["José Müller, S.E.", NIP_A, "Dinas Koperasi; UKM"],
        ["Siti Ñurhaliza", "", "Setda"],
    ]
    path = write_csv(tmp_path / "p.csv", rows, delimiter=delimiter, encoding=encoding)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.rows[0][0] == "José Müller, S.E."
    assert table.rows[0][2] == "Dinas Koperasi; UKM"
    assert table.rows[1][0] == "Siti Ñurhaliza"


def test_unreadable_files_raise_indonesian_messages(tmp_path: Path) -> None:
    with pytest.raises(TableReadError, match="tidak ditemukan"):
        read_table(tmp_path / "tidak-ada.xlsx")
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 bukan zip sungguhan")
    with pytest.raises(TableReadError, match="rusak|bukan"):
        read_table(broken)
    empty = tmp_path / "kosong.csv"
    empty.write_bytes(b"")
    with pytest.raises(TableReadError, match="kosong"):
        read_table(empty)
    old = tmp_path / "lama.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TableReadError, match=r"\.xls"):
        read_table(old)


# -- verdicts ----------------------------------------------------------------------------


def test_preview_gives_every_verdict_and_writes_nothing(db, db_path: Path, tmp_path: Path) -> None:
    setda = add_org(db, "Sekretariat Daerah", "Setda")
    with db.session(write=True) as s:
        s.add(
            Person(
                full_name="Budi Santoso",
                name_key="budi santoso",
                nip=NIP_A,
                jabatan="Kabag",
                organization_id=setda,
            )
        )
        s.add(Person(full_name="Dra. Wati", name_key="wati", organization_id=setda))
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Nama", "NIP", "Jabatan", "Unit Kerja", "No. HP"],
            ["Budi Santoso, S.H.", NIP_A, "Kepala Bagian", "SETDA", None],  # 2 update by NIP
            ["Wati", None, None, "Sekretariat Daerah", None],  # 3 unchanged by name+OPD
            ["Pegawai PPPK", NI_PPPK, "Staf", "Setda", "081234"],  # 4 new (NI PPPK valid)
            ["Salah NIP", "19680411199303100", None, None, None],  # 5 invalid: 17 digits
            ["Ganda", NI_PPPK, None, None, None],  # 6 duplicate NIP in file
            ["Orang Baru", None, None, "Dinas Antah Berantah", None],  # 7 unknown OPD
            [None, NIP_B, "Staf", "Setda", None],  # 8 empty name
            ["Tamu Tanpa OPD", None, None, None, None],  # 9 new, name only
            ["Tamu Tanpa OPD", None, None, None, None],  # 10 duplicate row
            ["x" * 201, None, None, None, None],  # 11 too long
            ["Tanggal Lahir Salah", "196813411993031009", None, None, None],  # 12 invalid month
        ],
    )
    before = db_path.read_bytes()
    with db.session() as s:
        plan = preview(s, read_table(path))
    verdicts = {r.row_number: r.verdict for r in plan.rows}
    assert verdicts == {
        2: Verdict.UPDATE,
        3: Verdict.UNCHANGED,
        4: Verdict.NEW,
        5: Verdict.INVALID_NIP,
        6: Verdict.DUPLICATE_NIP,
        7: Verdict.UNKNOWN_OPD,
        8: Verdict.EMPTY_NAME,
        9: Verdict.NEW,
        10: Verdict.DUPLICATE_ROW,
        11: Verdict.INVALID_VALUE,
        12: Verdict.INVALID_NIP,
    }
    by_row = {r.row_number: r for r in plan.rows}
    assert "18 digit" in by_row[5].reason
    assert "NIP ganda dalam berkas" in by_row[6].reason and "baris 4" in by_row[6].reason
    assert "tidak ada di kalender" in by_row[12].reason
    assert by_row[2].changes["jabatan"] == ("Kabag", "Kepala Bagian")
    assert "name" in by_row[2].changes
    assert db_path.read_bytes() == before  # a preview never writes


def test_unknown_opd_is_created_only_when_allowed(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["Nama", "Unit Kerja"],
            ["A", "Dinas Baru"],
            ["B", "dinas  baru"],
            ["C", "Dinas Lain"],
        ],
    )
    table = read_table(path)
    refused = import_people(db, table)
    assert refused.created == 0 and refused.rejected == 3
    result = import_people(db, table, create_opd=True)
    assert result.created == 3 and result.organizations_created == 2
    with db.session() as s:
        orgs = sorted(o.name for o in s.exec(select(Organization)))
        people = {p.full_name: p.organization_id for p in s.exec(select(Person))}
    assert orgs == ["Dinas Baru", "Dinas Lain"]
    assert people["A"] == people["B"] != people["C"]


def test_the_list_sets_opd_office_addresses_and_refuses_bad_ones(db, tmp_path: Path) -> None:
    dinkes = add_org(db, "Dinas Kesehatan", "Dinkes")
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["Nama", "Unit Kerja", "Email OPD"],
            ["A", "Dinkes", " DinKes@PemalangKab.go.id "],
            ["B", "Dinas Kesehatan", "dinkes@pemalangkab.go.id"],
            ["C", "Dinas Baru", "baru@pemalangkab.go.id"],
            ["D", "Dinas Kesehatan", "lain@pemalangkab.go.id"],
            ["E", "Dinas Baru", "bukan alamat"],
            ["F", "", "tanpa.opd@pemalangkab.go.id"],
        ],
    )
    with db.session() as s:
        plan = preview(s, read_table(path), create_opd=True)
    reasons = {r.values["name"]: r.reason for r in plan.rows if not r.ok}
    assert set(reasons) == {"D", "E", "F"}
    assert "berbeda dengan baris 2 (dinkes@pemalangkab.go.id)" in reasons["D"]
    assert "bukan alamat surel yang sah" in reasons["E"]
    assert "kolom OPD kosong" in reasons["F"]
    assert "Surel OPD diisi/diubah: 2" in plan.summary_lines()
    result = import_people(db, read_table(path), create_opd=True)
    assert result.created == 3 and result.organization_emails == 2
    with db.session() as s:
        emails = {o.name: o.email for o in s.exec(select(Organization))}
    assert emails == {"Dinas Kesehatan": "dinkes@pemalangkab.go.id",
                      "Dinas Baru": "baru@pemalangkab.go.id"}  # fmt: skip
    again = import_people(db, read_table(path), create_opd=True)
    assert again.organization_emails == 0 and dinkes


def test_apply_updates_without_erasing_known_values(db, tmp_path: Path) -> None:
    setda = add_org(db, "Sekretariat Daerah", "Setda")
    with db.session(write=True) as s:
        s.add(
            Person(
                full_name="Budi",
                name_key="budi",
                nip=NIP_A,
                jabatan="Kabag",
                pangkat="Pembina (IV/a)",
                organization_id=setda,
                phone="0811",
            )
        )
        s.add(Person(full_name="Tanpa NIP", name_key="tanpa nip", organization_id=setda))
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Nama", "NIP", "Jabatan", "Pangkat", "OPD", "HP"],
            [
                "Budi",
                f"NIP {NIP_A[:8]} {NIP_A[8:14]} {NIP_A[14]} {NIP_A[15:]}",
                None,
                None,
                None,
                "0822",
            ],
            ["TANPA NIP", NIP_B, "Staf", None, "Setda", None],
        ],
    )
    result = import_people(db, read_table(path))
    assert (result.created, result.updated) == (0, 2)
    with db.session() as s:
        budi = s.exec(select(Person).where(Person.nip == NIP_A)).one()
        other = s.exec(select(Person).where(Person.nip == NIP_B)).one()
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "people.import")).all()
    assert (budi.jabatan, budi.pangkat, budi.phone, budi.organization_id) == (
        "Kabag",
        "Pembina (IV/a)",
        "0822",
        setda,
    )
    assert other.full_name == "Tanpa NIP" and other.jabatan == "Staf"  # capitals do not win
    assert len(events) == 1 and '"updated": 2' in events[0].detail


def test_float_nip_from_excel_is_explained(db, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx", [["Nama", "NIP", "No HP"], ["Budi", float(NIP_A), 81234567890]]
    )
    with db.session() as s:
        plan = preview(s, read_table(path))
    row = plan.rows[0]
    assert row.verdict is Verdict.INVALID_NIP
    assert "sebagai Teks" in row.reason
    assert row.values["phone"] == "081234567890"


def test_missing_name_column_is_refused(db, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["NIP", "Jabatan"], [NIP_A, "Staf"]])
    with pytest.raises(PeopleImportError, match="Kolom Nama"):
        import_people(db, read_table(path))


def test_user_mapping_overrides_the_guess(db, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Kolom1", "Kolom2"], ["Budi", NIP_A]])
    table = read_table(path)
    assert table.guessed["name"] is None
    result = import_people(db, table, {"name": 0, "nip": 1})
    assert result.created == 1
    with db.session() as s:
        assert s.exec(select(Person.nip)).one() == NIP_A


def test_cancel_during_apply_writes_nothing(db, db_path: Path, tmp_path: Path) -> None:
    rows = [["Nama", "NIP"]] + [[f"Orang {i}", None] for i in range(2500)]
    table = read_table(write_csv(tmp_path / "p.csv", rows))
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    def cancel() -> bool:
        return any(done >= 1000 for done, _ in calls)

    with pytest.raises(ImportCancelled):
        import_people(db, table, progress=progress, cancel=cancel)
    assert calls and calls[-1][0] >= 1000
    assert table_rows(db_path, "person") == 0
    assert table_rows(db_path, "audit_event") == 0
    result = import_people(db, table, progress=progress)
    assert result.created == 2500
    assert calls[-1] == (2500, 2500)
    assert table_rows(db_path, "person") == 2500


def test_report_is_saved_as_coloured_xlsx(db, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Nama", "NIP"], ["Budi", NIP_A], ["=CMD()", "123"]])
    result = import_people(db, read_table(path), dry_run=True)
    out = save_report(result.preview, tmp_path / "laporan.xlsx")
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Baris", "Hasil", "Keterangan")
    assert rows[1][1] == "Baru" and rows[2][1] == "NIP tidak valid"
    assert rows[2][3] == "'=CMD()"  # the name stays text, never a formula
    assert ws["A3"].fill.start_color.rgb.endswith("FFC7CE")


def test_export_import_export_round_trip(db, tmp_path: Path) -> None:
    from rakor_desktop.db import open_database

    setda = add_org(db, "Sekretariat Daerah", "Setda")
    dinkes = add_org(db, "Dinas Kesehatan")
    tricky = [
        '=HYPERLINK("http://x")',
        "+62 812",
        "-",
        "@admin",
        "Ça va 😀",
        "שלום",
        "<b>Tebal</b>",
    ]
    with db.session(write=True) as s:
        for i, text in enumerate(tricky):
            s.add(
                Person(
                    full_name=f"Dr. Orang {i}, M.Si.",
                    name_key=f"orang {i}",
                    nip=NIP_A if i == 0 else (NI_PPPK if i == 1 else None),
                    jabatan=text,
                    pangkat="Penata (III/c)",
                    phone=text if i < 4 else "0812",
                    organization_id=setda if i % 2 else dinkes,
                )
            )
        s.add(Person(full_name="Tamu", name_key="tamu"))
    for suffix in (".xlsx", ".csv"):
        first = tmp_path / f"satu{suffix}"
        with db.session() as s:
            assert export_people(s, first) == len(tricky) + 1
        other = open_database(tmp_path / f"kosong{suffix}.sqlite")
        try:
            result = import_people(other, read_table(first), create_opd=True)
            assert result.rejected == 0, [r.reason for r in result.preview.errors]
            second = tmp_path / f"dua{suffix}"
            with other.session() as s:
                export_people(s, second)
        finally:
            other.dispose()
        assert read_table(first).rows == read_table(second).rows
        if suffix == ".csv":
            assert first.read_bytes() == second.read_bytes()
