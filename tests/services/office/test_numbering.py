"""Letter numbers with the kode klasifikasi arsip, from a counter two stations never
hand out twice (issue 19)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from meeting_data import build_regency, wib

from rakor_desktop.db import open_database
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.services.office import numbering
from rakor_desktop.services.office.preferences import set_values
from rakor_desktop.services.office.settings import get_office

REPO = Path(__file__).resolve().parents[3]
ISSUER = """
import sys
from rakor_desktop.db import open_database
from rakor_desktop.services.office.numbering import issue_number
db = open_database(sys.argv[1])
for _ in range(int(sys.argv[2])):
    with db.session(write=True) as s:
        print(issue_number(s, "undangan", year=2026), flush=True)
db.dispose()
"""


@pytest.fixture
def db(any_db):
    """SQLite and a real PostgreSQL server (the counter locks the office row there)."""
    return any_db


def test_the_default_pattern_and_the_office_own(db) -> None:
    with db.session(write=True) as s:
        assert numbering.issue_number(s, "undangan", year=2026) == "000.1.5/1/Setda/2026"
        assert numbering.issue_number(s, "undangan", year=2026) == "000.1.5/2/Setda/2026"
        assert numbering.issue_number(s, "undangan", year=2027) == "000.1.5/1/Setda/2027"
        assert numbering.issue_number(s, "notulen", year=2026) == "000.1.5/1/Setda/2026"
        set_values(s, get_office(s), "office.numbering", number_pattern="{nomor}/{kode}/{unit}/{tahun}",
                   archive_code_invitation="005", unit_code="Bag.Pem")  # fmt: skip
        assert numbering.issue_number(s, "undangan", year=2026) == "3/005/Bag.Pem/2026"
        set_values(s, get_office(s), "office.numbering", number_pattern="{kode}/{tahun}")
        with pytest.raises(numbering.NumberingError, match="nomor"):
            numbering.issue_number(s, "undangan", year=2026)
        set_values(s, get_office(s), "office.numbering", number_pattern="{nomor}/{bulan}")
        with pytest.raises(numbering.NumberingError, match="bulan"):
            numbering.issue_number(s, "undangan", year=2026)


def test_a_meeting_gets_its_number_once(db) -> None:
    with db.session(write=True) as s:
        build_regency(s)
        m = meeting_editor.create_meeting(
            s, meeting_editor.MeetingInput(title="Rakor", starts_at=wib(date(2026, 12, 14), 9), place="X"),
            now=wib(date(2026, 12, 1), 8),
        )  # fmt: skip
        assert numbering.number_invitation(s, m.id) == "000.1.5/1/Setda/2026"
        with pytest.raises(numbering.NumberingError, match="sudah bernomor"):
            numbering.number_invitation(s, m.id)


def test_two_stations_never_get_the_same_number(tmp_path) -> None:
    path = tmp_path / "kantor.sqlite"
    open_database(path).dispose()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ISSUER, str(path), "40"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outputs]
    numbers = [line for out, _err in outputs for line in out.split()]
    assert len(numbers) == 80 and len(set(numbers)) == 80
    assert sorted(int(n.split("/")[1]) for n in numbers) == list(range(1, 81))


def test_the_pattern_is_set_from_the_command_line(cli, tmp_path) -> None:
    db = str(tmp_path / "kantor.sqlite")
    assert cli("--db", db, "init").returncode == 0
    bad = cli("--db", db, "numbering", "set", "--pattern", "{kode}/{tahun}")
    assert bad.returncode == 1 and "{nomor}" in bad.stderr and "Traceback" not in bad.stderr
    ok = cli("--db", db, "numbering", "set", "--pattern", "{kode}/{nomor}/{unit}/{tahun}",
             "--kode-undangan", "005", "--unit", "Bag.Pem")  # fmt: skip
    assert ok.returncode == 0 and "Bag.Pem" in ok.stdout and "005" in ok.stdout, ok.stderr
