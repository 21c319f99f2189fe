"""``reminders schedule`` and ``reminders run`` (issue 21)."""

from __future__ import annotations

from pathlib import Path


def test_schedule_then_run_once(cli, demo_db_path: Path, tmp_path: Path) -> None:
    db = ("--db", str(demo_db_path))
    r = cli(*db, "reminders", "schedule", "--day", "senin", "--days", "14")
    assert r.returncode == 0 and "setiap Senin, jangkauan 14 hari" in r.stdout, r.stderr
    r = cli(*db, "reminders", "run", "--dir", str(tmp_path / "p"), "--no-mail")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[-1].startswith("Ringkasan: ") and "pengingat OPD" in lines[-1]
    folders = [p for p in (tmp_path / "p").iterdir() if p.is_dir()]
    assert len(folders) == len(lines) - 1 >= 1
    assert all(any(f.glob("Pengingat Tindak Lanjut - *.pdf")) for f in folders)
    r = cli(*db, "reminders", "schedule", "--day", "sometimes")
    assert r.returncode == 2 and "invalid choice" in r.stderr and "Traceback" not in r.stderr
