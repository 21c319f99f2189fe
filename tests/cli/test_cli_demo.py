"""``rakor-desktop --db F demo`` as scripts and other stations run it (real subprocess).

The read-only listings run on ``demo_db_path``: a copy of the session's demo database,
built by the same ``populate_demo`` the ``demo`` command calls, so the suite does not
pay for a fresh demo per test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from subprocess import CompletedProcess

from rakor_desktop.domain import clock

Cli = Callable[..., CompletedProcess]


def test_demo_fills_a_new_file_and_refuses_a_second_time(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "rakor.sqlite"
    first = cli("--db", str(path), "demo")
    assert first.returncode == 0, first.stderr
    assert "Data contoh dibuat" in first.stdout and "kecamatan 14" in first.stdout
    size = path.stat().st_size
    second = cli("--db", str(path), "demo")
    assert second.returncode == 1
    assert "sudah berisi rapat" in second.stderr and "Traceback" not in second.stderr
    assert second.stdout == ""
    assert path.stat().st_size == size


def test_init_then_demo_works(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "baru.sqlite"
    init = cli("--db", str(path), "init")
    assert init.returncode == 0, init.stderr
    demo = cli("--db", str(path), "demo")
    assert demo.returncode == 0, demo.stderr
    check = cli("--db", str(path), "check")
    assert check.returncode == 0, check.stderr
    listing = cli("--db", str(path), "meetings", "--json")
    assert listing.returncode == 0, listing.stderr
    assert sum(m["attended"] for m in json.loads(listing.stdout)) > 500


def test_meetings_json_lists_counts_and_wib_times(cli: Cli, demo_db_path: Path) -> None:
    path = demo_db_path
    listing = cli("--db", str(path), "meetings", "--json")
    assert listing.returncode == 0, listing.stderr
    meetings = json.loads(listing.stdout)
    assert len(meetings) >= 13
    assert all(m["starts_at"].endswith("+07:00") for m in meetings)
    past = [m for m in meetings if m["status"] in ("finalized", "closed")]
    assert len(past) == 11
    assert all(0.8 * m["invited"] <= m["attended"] for m in past)
    now = clock.local_now()
    upcoming = [
        m for m in meetings if datetime.fromisoformat(m["starts_at"]) > now and m["invited"]
    ]
    assert len(upcoming) == 1 and upcoming[0]["attended"] == 0
    assert upcoming[0]["status"] == "scheduled"
    assert upcoming[0]["series"] == "Rakor Penyelenggaraan Pemerintahan Daerah"


def test_meeting_show_json_marks_who_attended(cli: Cli, demo_db_path: Path) -> None:
    path = demo_db_path
    meetings = json.loads(cli("--db", str(path), "meetings", "--json").stdout)
    past = next(m for m in meetings if m["status"] == "finalized")
    shown = cli("--db", str(path), "meeting", "show", str(past["id"]), "--json")
    assert shown.returncode == 0, shown.stderr
    detail = json.loads(shown.stdout)
    attended = [i for i in detail["invitees"] if i["attended"]]
    absent = [i for i in detail["invitees"] if not i["attended"]]
    assert attended and absent
    assert all(
        i["absence_status"] == "hadir" and i["checked_in_at"].endswith("+07:00") for i in attended
    )
    assert all(
        i["absence_status"] in ("izin", "sakit", "tugas_luar", "tanpa_keterangan") for i in absent
    )
    assert detail["chair"] in ("Dr. H. Anom Widiyantoro, S.H., M.H.", "Nurkholes")
    assert detail["agenda"][0]["title"] == "Pembukaan oleh Bupati"
    assert detail["followups"] and detail["letter_number"].startswith("005/")


def test_people_list_json_holds_the_directory(cli: Cli, demo_db_path: Path) -> None:
    path = demo_db_path
    listing = cli("--db", str(path), "people", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    people = json.loads(listing.stdout)
    assert 350 <= len(people) <= 450
    names = {p["name"] for p in people}
    assert "Dr. H. Anom Widiyantoro, S.H., M.H." in names and "Nurkholes" in names
    camat = [p for p in people if p["jabatan"].startswith("Camat ")]
    assert len(camat) == 14
