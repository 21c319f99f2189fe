"""``rakor-desktop --db D checkin MEETING CODE``: one line out, exit codes as documented."""

from __future__ import annotations

import json

from checkin_data import EARLY, attendance_rows, build

from rakor_desktop.domain.enums import MeetingStatus


def test_checkin_command_outcomes_and_exit_codes(db, db_path, cli) -> None:
    rakor = build(db)
    anom = rakor.invited[0]
    payload = rakor.payloads[anom]

    def on_the_day(*args: str):  # the door station on the meeting's morning
        return cli(*args, env={"RAKOR_NOW": EARLY.isoformat()})

    r = on_the_day(
        "--db", str(db_path), "checkin", str(rakor.meeting_id), payload, "--station", "cli"
    )
    assert r.returncode == 0, r.stderr
    out = r.stdout.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("HADIR: Dr. H. Anom Widiyantoro")

    r = on_the_day("--db", str(db_path), "checkin", str(rakor.meeting_id), rakor.nips[anom])
    assert r.returncode == 0 and r.stdout.startswith("SUDAH HADIR")

    r = on_the_day("--db", str(db_path), "checkin", str(rakor.meeting_id), rakor.other_payload)
    assert r.returncode == 2 and "rapat lain" in r.stdout.lower()

    r = on_the_day("--db", str(db_path), "checkin", str(rakor.meeting_id), "199001012015031001")
    assert r.returncode == 2 and r.stdout.startswith("TIDAK DITEMUKAN")

    forged = payload[:-1] + ("1" if payload[-1] == "0" else "0")  # always a different MAC
    r = on_the_day("--db", str(db_path), "checkin", str(rakor.meeting_id), forged, "--json")
    assert r.returncode == 2
    assert json.loads(r.stdout)["state"] == "invalid"

    r = on_the_day("--db", str(db_path), "checkin", "999", payload)
    assert r.returncode == 2

    rows = attendance_rows(db, rakor.meeting_id)
    assert len(rows) == 1 and rows[0]["station"] == "cli"


def test_checkin_command_on_a_final_meeting_exits_1(db, db_path, cli) -> None:
    rakor = build(db, status=MeetingStatus.FINALIZED)
    r = cli(
        "--db", str(db_path), "checkin", str(rakor.meeting_id), rakor.payloads[rakor.invited[0]]
    )
    assert r.returncode == 1 and "final" in r.stdout.lower()
    assert attendance_rows(db, rakor.meeting_id) == []


def test_checkin_on_another_day_needs_any_day(db, db_path, cli) -> None:
    """Issue 15 item 8 / 17 item 11: 11 days early is refused unless it is confirmed."""
    rakor = build(db)
    code = rakor.payloads[rakor.invited[0]]
    early = (EARLY.replace(day=14)).isoformat()  # eleven days before 25 August
    r = cli("--db", str(db_path), "checkin", str(rakor.meeting_id), code, env={"RAKOR_NOW": early})
    assert r.returncode == 1 and r.stdout.startswith("BUKAN HARI INI"), r.stdout
    assert "Senin, 25 Agustus 2025" in r.stdout
    assert attendance_rows(db, rakor.meeting_id) == []
    r = cli(
        "--db", str(db_path), "checkin", str(rakor.meeting_id), code, "--any-day",
        env={"RAKOR_NOW": early},
    )  # fmt: skip
    assert r.returncode == 0 and r.stdout.startswith("HADIR"), r.stdout
