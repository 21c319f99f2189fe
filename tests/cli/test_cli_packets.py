"""``packets MEETING [--dir DIR]`` and ``ics MEETING -o F.ics`` (issue 21)."""

from __future__ import annotations

from pathlib import Path


def test_packets_and_ics(cli, demo_db_path: Path, tmp_path: Path) -> None:
    r = cli(
        "--db", str(demo_db_path), "packets", "11", "--dir", str(tmp_path / "paket"), "--no-mail"
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert (
        lines[-1].startswith("Ringkasan: ") and "paket OPD" in lines[-1]
    )  # --no-mail: no outbox line
    folders = [p for p in (tmp_path / "paket").iterdir() if p.is_dir()]
    assert len(folders) == len(lines) - 1 >= 40
    queued = cli("--db", str(demo_db_path), "packets", "11", "--dir", str(tmp_path / "lagi"))
    assert queued.stdout.splitlines()[-1].startswith(
        f"Kotak keluar: {len(folders)} pesan diantrekan"
    )
    assert (tmp_path / "paket" / "paket.json").is_file()
    r = cli("--db", str(demo_db_path), "ics", "12", "-o", str(tmp_path / "rakor.ics"))
    assert r.returncode == 0 and (tmp_path / "rakor.ics").read_bytes().startswith(
        b"BEGIN:VCALENDAR\r\n"
    )


def test_unknown_meeting_and_unwritable_folder(cli, demo_db_path: Path, tmp_path: Path) -> None:
    r = cli("--db", str(demo_db_path), "packets", "999")
    assert r.returncode == 2 and "Rapat 999 tidak ditemukan." in r.stderr
    r = cli("--db", str(demo_db_path), "undangan", "11", "--dir", str(tmp_path / "u"))
    assert r.returncode == 2 and "sudah berlangsung" in r.stderr and not (tmp_path / "u").exists()
    r = cli("--db", str(demo_db_path), "ics", "999", "-o", str(tmp_path / "x.ics"))
    assert r.returncode == 2 and not (tmp_path / "x.ics").exists()
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    r = cli("--db", str(demo_db_path), "packets", "11", "--dir", str(blocker / "paket"))
    assert r.returncode == 1 and "tidak dapat ditulis" in r.stderr and "Traceback" not in r.stderr
