"""The public command-line contract of the foundation: init, check, backup, listings."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from rakor_desktop.db import migrate


def test_init_creates_a_migrated_database(cli, tmp_path: Path) -> None:
    path = tmp_path / "baru.sqlite"
    result = cli("--db", str(path), "init")
    assert result.returncode == 0, result.stderr
    assert "Basis data baru dibuat" in result.stdout
    con = sqlite3.connect(path)
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == migrate.head_revision()
    )
    assert con.execute("SELECT count(*) FROM office").fetchone()[0] == 1
    con.close()


def test_init_refuses_a_path_holding_something_else(cli, tmp_path: Path) -> None:
    other = tmp_path / "catatan.txt"
    other.write_text("penting", encoding="utf-8")
    result = cli("--db", str(other), "init")
    assert result.returncode == 1
    assert "bukan basis data" in result.stderr
    assert other.read_text(encoding="utf-8") == "penting"

    existing = tmp_path / "ada.sqlite"
    assert cli("--db", str(existing), "init").returncode == 0
    again = cli("--db", str(existing), "init")
    assert again.returncode == 1 and "sudah berisi basis data" in again.stderr

    assert cli("--db", str(tmp_path), "init").returncode == 1


def test_check_reports_sound_and_broken(cli, tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    cli("--db", str(path), "init")
    ok = cli("--db", str(path), "check")
    assert ok.returncode == 0 and "integritas baik" in ok.stdout

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00" * 5000)
    before = hashlib.sha256(junk.read_bytes()).hexdigest()
    bad = cli("--db", str(junk), "check")
    assert bad.returncode == 1 and "bukan basis data" in bad.stderr
    assert hashlib.sha256(junk.read_bytes()).hexdigest() == before


def test_env_var_selects_the_database(cli, tmp_path: Path) -> None:
    path = tmp_path / "env.sqlite"
    result = cli("init", env={"RAKOR_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_backup_is_a_usable_private_copy(cli, tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    cli("--db", str(path), "init")
    out = tmp_path / "usb" / "cadangan.sqlite"
    result = cli("--db", str(path), "backup", str(out))
    assert result.returncode == 0, result.stderr
    assert out.exists() and (out.stat().st_mode & 0o777) == 0o600
    assert cli("--db", str(out), "check").returncode == 0


def test_listings_on_an_empty_database(cli, tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    cli("--db", str(path), "init")
    meetings = cli("--db", str(path), "meetings", "--json")
    assert meetings.returncode == 0 and json.loads(meetings.stdout) == []
    people = cli("--db", str(path), "people", "list", "--json")
    assert people.returncode == 0 and json.loads(people.stdout) == []
    missing = cli("--db", str(path), "meeting", "show", "42", "--json")
    assert missing.returncode == 2 and "tidak ditemukan" in missing.stderr


def test_listings_show_people_and_meetings(db, db_path: Path, cli) -> None:
    from datetime import date, time

    from rakor_desktop.domain.models import Invitation, Meeting
    from rakor_desktop.domain.timefmt import office_datetime
    from rakor_desktop.services.attendance.invitations import new_token
    from rakor_desktop.services.directory.people import create_person

    with db.session(write=True) as s:
        anom = create_person(s, "Dr. H. Anom Widiyantoro, S.H., M.H.", jabatan="Bupati")
        kadis = create_person(
            s, "dr. Siti Rahayu, M.Kes.", nip="197205151998032004", jabatan="Kepala Dinas Kesehatan"
        )
        m = Meeting(
            title="Rakor Penyelenggaraan Pemerintahan Daerah",
            starts_at=office_datetime(date(2025, 8, 25), time(9, 0), "WIB"),
            place="Sasana Bhakti Praja",
            status="scheduled",
        )
        s.add(m)
        s.flush()
        s.add_all(
            [
                Invitation(meeting_id=m.id, person_id=anom.id, token=new_token()),
                Invitation(meeting_id=m.id, person_id=kadis.id, token=new_token()),
            ]
        )
    db.dispose()

    meetings = json.loads(cli("--db", str(db_path), "meetings", "--json").stdout)
    assert meetings[0]["title"] == "Rakor Penyelenggaraan Pemerintahan Daerah"
    assert meetings[0]["starts_at"] == "2025-08-25T09:00:00+07:00"
    assert (meetings[0]["invited"], meetings[0]["attended"]) == (2, 0)
    assert {"id", "uuid", "place", "status"} <= set(meetings[0])

    shown = json.loads(
        cli("--db", str(db_path), "meeting", "show", str(meetings[0]["id"]), "--json").stdout
    )
    names = {i["name"]: i for i in shown["invitees"]}
    assert names["dr. Siti Rahayu, M.Kes."]["nip"] == "197205151998032004"
    assert names["dr. Siti Rahayu, M.Kes."]["attended"] is False
    assert {"person_id", "organization", "checked_in_at"} <= set(names["dr. Siti Rahayu, M.Kes."])

    people = json.loads(
        cli("--db", str(db_path), "people", "list", "--json", "--search", "anom").stdout
    )
    assert [p["name"] for p in people] == ["Dr. H. Anom Widiyantoro, S.H., M.H."]
    assert {"id", "uuid", "nip", "jabatan", "organization"} <= set(people[0])


def test_every_kind_of_service_error_speaks_english_under_lang_en(tmp_path) -> None:
    """Issue 16: with ``--lang en`` the errors the services raise (bundle, directory
    import, documents, backups, the database layer, check-in) print in English; without
    it, in Indonesian."""
    import subprocess
    import sys

    db = tmp_path / "rakor.sqlite"
    fake = tmp_path / "foto.rakor"
    fake.write_bytes(b"not a zip")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "rakor_desktop", "--db", str(db), *args],
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    assert cli("init").returncode == 0
    cases = [
        (("bundle", "import", str(fake)), "is not a Rakor Desktop bundle (not a zip file)",
         "bukan bundel Rakor Desktop"),
        (("people", "import", str(tmp_path / "tidak-ada.xlsx")), "not found", "tidak ditemukan"),
        (("backups", "restore", str(tmp_path / "tidak-ada.sqlite")), "not found",
         "tidak ditemukan"),
        (("checkin", "999", "197408251999011020"), "Meeting 999 not found", "Rapat 999 tidak ditemukan"),
    ]  # fmt: skip
    for args, english, indonesian in cases:
        en = cli("--lang", "en", *args)
        assert en.returncode != 0 and english in en.stderr + en.stdout, (args, en.stderr)
        assert "Traceback" not in en.stderr
        idn = cli(*args)
        assert indonesian in idn.stderr + idn.stdout, (args, idn.stderr)
    folder = tmp_path / "folder"
    folder.mkdir()
    opened = subprocess.run(
        [sys.executable, "-m", "rakor_desktop", "--lang", "en", "--db", str(folder), "check"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "is a folder" in opened.stderr + opened.stdout, opened.stderr
