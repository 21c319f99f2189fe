"""Property-based fuzzing of the directory importer with random and hostile spreadsheets.

Whatever lands in a cell (markup, formulas, emoji, right-to-left text, 10k-character
strings, numbers and dates where text belongs, duplicate headers, empty rows), the
reader and the importer must not crash, and an import that fails or is cancelled must
leave the database exactly as it was (content hash compared before and after).
"""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from rakor_desktop.db import open_database
from rakor_desktop.domain.nip import parse_nip
from rakor_desktop.services.directory.importer import (
    ImportCancelled,
    PeopleImportError,
    import_people,
)
from rakor_desktop.services.directory.tabular import (
    Table,
    TableReadError,
    guess_mapping,
    read_table,
    read_xlsx,
)

HOSTILE = [
    "<b>Tebal</b>",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://jahat.example","klik")',
    "=1+1",
    "+62 812 3456",
    "-",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=cmd|' /C calc'!A0",
    "\r=1",
    "😀👍🏽 Budi",
    "مرحبا بالعالم",
    "שלום\u202eגדול",
    "x" * 10_000,
    "'",
    '"',
    ";",
    ",",
    "a\nb",
    "Robert'); DROP TABLE person;--",
    "\x00nul",
    "\ufeffBOM",
    "196804111993031009",
    "200012312024211001",
    "1968 0411 1993 03 1 009",
    "NIP 19680411 199303 1 009",
    "Setda",
    "Dinas Kesehatan",
    "Nama",
    "NIP",
    "  ",
    "",
    "Dr. H. Anom Widiyantoro, S.H., M.H.",
]
HEADER_WORDS = [
    "Nama",
    "NIP",
    "Jabatan",
    "Pangkat/Golongan",
    "Unit Kerja",
    "OPD",
    "No. HP",
    "nama",
    "NAMA LENGKAP",
    "Keterangan",
    "",
    None,
    "No",
]

cell = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.booleans(),
    st.none(),
)
_any_headers = st.lists(st.sampled_from(HEADER_WORDS), min_size=1, max_size=8)
# Half the time a Nama column leads, so most examples reach the write path.
headers = st.one_of(_any_headers, _any_headers.map(lambda h: ["Nama", *h]))


def content_hash(path: Path) -> str:
    """Hash of every row of the tables an import may touch (independent of WAL state)."""
    con = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for table in ("person", "organization", "audit_event"):
            for row in con.execute(f"SELECT * FROM {table} ORDER BY id"):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    database = open_database(path)
    yield database
    database.dispose()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    head=headers,
    body=st.lists(st.lists(cell, max_size=9), max_size=25),
    create_opd=st.booleans(),
    cancel_at=st.one_of(st.none(), st.integers(min_value=0, max_value=6)),
)
def test_hostile_tables_never_crash_and_never_half_import(
    fuzz_db, head, body, create_opd, cancel_at
) -> None:
    path = fuzz_db.path
    width = max([len(head), *[len(r) for r in body]]) if body else len(head)
    labels = [str(h) if h else f"Kolom {i}" for i, h in enumerate(head)]
    labels += [f"Kolom {i}" for i in range(len(labels), width)]
    table = Table(
        headers=labels,
        rows=[(list(r) + [None] * width)[:width] for r in body],
        row_numbers=list(range(2, len(body) + 2)),
    )
    table.guessed = guess_mapping(labels)
    before_hash, before_people = content_hash(path), count(path, "person")
    checks = {"n": 0}

    def cancel() -> bool:
        checks["n"] += 1
        return cancel_at is not None and checks["n"] > cancel_at

    try:
        result = import_people(fuzz_db, table, create_opd=create_opd, cancel=cancel)
    except (ImportCancelled, PeopleImportError) as exc:
        event(f"refused: {type(exc).__name__}")
        assert content_hash(path) == before_hash  # nothing, not a part
        return
    event("applied, people created" if result.created else "applied, nothing new")
    assert count(path, "person") == before_people + result.created
    assert result.created + result.updated + result.unchanged + result.rejected == len(table.rows)
    con = sqlite3.connect(path)
    try:
        for (nip,) in con.execute("SELECT nip FROM person WHERE nip IS NOT NULL"):
            assert parse_nip(nip).digits == nip  # only valid NIPs (PNS or PPPK) get in
        assert (
            con.execute("SELECT count(*) FROM person WHERE trim(full_name) = ''").fetchone()[0] == 0
        )
    finally:
        con.close()


def _xlsx_safe(value):
    if isinstance(value, str):
        return "".join(c for c in value if c in "\t\n\r" or ord(c) >= 0x20)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    return value


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    head=headers,
    body=st.lists(st.lists(cell, max_size=8), max_size=12),
    kind=st.sampled_from(["xlsx", "csv-comma", "csv-semicolon-cp1252", "csv-bom"]),
)
def test_hostile_files_read_or_refuse_cleanly(tmp_path_factory, fuzz_db, head, body, kind) -> None:
    folder = tmp_path_factory.mktemp("file")
    rows = [head, *body]
    if kind == "xlsx":
        path = folder / "p.xlsx"
        wb = Workbook()
        for r in rows:
            wb.active.append([_xlsx_safe(v) for v in r])
        wb.save(path)
    else:
        path = folder / "p.csv"
        delimiter = ";" if "semicolon" in kind else ","
        encoding = {"csv-comma": "utf-8", "csv-semicolon-cp1252": "cp1252", "csv-bom": "utf-8-sig"}[
            kind
        ]
        with path.open("w", encoding=encoding, errors="replace", newline="") as fh:
            csv.writer(fh, delimiter=delimiter).writerows(
                [["" if v is None else str(v).replace("\x00", "") for v in r] for r in rows]
            )
    before = content_hash(fuzz_db.path)
    try:
        table = read_table(path)
    except TableReadError as exc:
        assert str(exc)  # an Indonesian message, not a traceback
        assert content_hash(fuzz_db.path) == before
        return
    assert len(set(table.headers)) == len(table.headers)  # duplicate headers made unique
    try:
        result = import_people(fuzz_db, table, create_opd=True, dry_run=True)
    except PeopleImportError:
        pass
    else:
        assert len(result.preview.rows) == len(table.rows)
    assert content_hash(fuzz_db.path) == before  # a dry run writes nothing


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    head=headers,
    body=st.lists(st.lists(cell, max_size=8), max_size=12),
    write_only=st.booleans(),
)
def test_fast_xlsx_reader_agrees_with_openpyxl(tmp_path_factory, head, body, write_only) -> None:
    """The fast XML reader must see exactly what openpyxl sees (types, dates, gaps)."""
    path = tmp_path_factory.mktemp("same") / "p.xlsx"
    wb = Workbook(write_only=write_only)
    ws = wb.create_sheet("Pegawai") if write_only else wb.active
    for r in [head, *body]:
        ws.append([_xlsx_safe(v) for v in r])
    wb.save(path)
    try:
        slow = read_xlsx(path, engine="openpyxl")
    except TableReadError:
        with pytest.raises(TableReadError):
            read_xlsx(path)
        return
    fast = read_xlsx(path)
    assert fast.headers == slow.headers
    assert fast.row_numbers == slow.row_numbers
    assert fast.rows == slow.rows
