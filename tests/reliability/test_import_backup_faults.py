"""Faults during import and backup: SIGKILL mid-write, a full disk, a file-size limit.

Each scenario runs the real code in a subprocess and stops it at a known point
(the child announces "MID" from its progress callback and waits there), so the kill
lands inside the open transaction or the half-written backup every time, not by luck.
Afterwards the database passes ``rakor-desktop check`` and holds none or all of the
import; the last good backup is intact; nothing already committed is lost.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from import_backup_support import content_hash, row_count, small_disk  # noqa: F401

from rakor_desktop.db import open_database
from rakor_desktop.db.recovery import latest_backup
from rakor_desktop.db.sqlite_checks import quick_check
from rakor_desktop.domain.models import Person
from rakor_desktop.services.directory.importer import PeopleImportError, import_people
from rakor_desktop.services.directory.tabular import read_table
from rakor_desktop.services.transfer.backups import create_backup, list_backups

REPO = Path(__file__).resolve().parents[2]
N_ROWS = 6000


def big_csv(path: Path, rows: int = N_ROWS, prefix: str = "Pegawai") -> Path:
    lines = ["Nama;NIP;Jabatan;Unit Kerja;No. HP"]
    lines += [
        f"{prefix} {i};;Staf Pelaksana Bidang {i % 17};Dinas {i % 30};0812{i:07d}"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_child(code: str, env: dict | None = None, **popen) -> subprocess.Popen:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=full_env,
        **popen,
    )


def wait_for_mid_and_kill(child: subprocess.Popen) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "MID":
            break
    else:  # the child ended without reaching the kill point
        raise AssertionError(
            f"child never reached MID: {child.stderr.read() if child.stderr else ''}"
        )
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL


def check_cli(db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rakor_desktop", "--db", str(db), "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.slow
def test_sigkill_during_import_leaves_none_of_it(db, db_path: Path, tmp_path: Path) -> None:
    import_people(db, read_table(big_csv(tmp_path / "awal.csv", 50, "Awal")), create_opd=True)
    db.dispose()
    before = row_count(db_path, "person")
    source = big_csv(tmp_path / "besar.csv")
    child = start_child(f"""
        import sys, time
        from rakor_desktop.db import open_database
        from rakor_desktop.services.directory.importer import import_people
        from rakor_desktop.services.directory.tabular import read_table
        db = open_database({str(db_path)!r})
        table = read_table({str(source)!r})
        def progress(done, total):
            if total and 0 < done < total:
                print("MID", flush=True)
                time.sleep(120)  # held inside the open write transaction until killed
        import_people(db, table, create_opd=True, progress=progress)
        print("DONE", flush=True)
    """)
    wait_for_mid_and_kill(child)
    result = check_cli(db_path)
    assert result.returncode == 0, result.stderr
    assert row_count(db_path, "person") == before  # none of the killed import
    # The same import afterwards goes through whole.
    again = open_database(db_path)
    try:
        done = import_people(again, read_table(source), create_opd=True)
    finally:
        again.dispose()
    assert row_count(db_path, "person") == before + done.created == before + N_ROWS


@pytest.mark.slow
def test_sigkill_during_backup_keeps_the_last_good_backup(
    db, db_path: Path, tmp_path: Path
) -> None:
    with db.session(write=True) as s:  # ~10 MB so the backup takes several steps
        s.add_all(
            Person(full_name=f"P{i}", name_key=f"p{i}", jabatan="j" * 180) for i in range(30_000)
        )
    folder = tmp_path / "cadangan"
    good = create_backup(db_path, folder=folder, keep=5)
    good_bytes = good.read_bytes()
    with db.session(write=True) as s:
        s.add(Person(full_name="Sesudah cadangan", name_key="sesudah cadangan"))
    db.dispose()
    child = start_child(f"""
        import time
        from pathlib import Path
        from rakor_desktop.services.transfer.backups import create_backup
        def progress(done, total):
            if 0 < done < total:
                print("MID", flush=True)
                time.sleep(120)
        create_backup(Path({str(db_path)!r}), folder=Path({str(folder)!r}), keep=5, progress=progress,
                      reason="manual")
        print("DONE", flush=True)
    """)
    wait_for_mid_and_kill(child)
    assert good.read_bytes() == good_bytes and quick_check(good, full=True) == []
    listed = list_backups(db_path, folder)
    assert [b.path for b in listed if b.path.parent == folder] == [good]  # no half backup listed
    assert list(folder.glob("*.part"))  # the half-written copy never got the real name
    assert latest_backup(db_path, [folder]) == good
    result = check_cli(db_path)
    assert result.returncode == 0, result.stderr
    assert row_count(db_path, "person") == 30_001
    # The next backup succeeds; once the killed one's ".part" is old, rotation removes it.
    for part in folder.glob("*.part"):
        os.utime(part, (0, 0))
    fresh = create_backup(db_path, folder=folder, keep=5)
    assert quick_check(fresh, full=True) == [] and row_count(fresh, "person") == 30_001
    assert not list(folder.glob("*.part"))


def test_full_disk_during_import_keeps_what_was_committed(tmp_path: Path, small_disk: Path) -> None:  # noqa: F811
    path = small_disk / "rakor.sqlite"
    db = open_database(path)
    try:
        first = import_people(
            db, read_table(big_csv(tmp_path / "kecil.csv", 100, "Awal")), create_opd=True
        )
        assert first.created == 100
        before = content_hash(path)
        with pytest.raises(PeopleImportError, match="Disk penuh"):
            import_people(db, read_table(big_csv(tmp_path / "besar.csv", 20_000)), create_opd=True)
        assert content_hash(path) == before
        assert row_count(path, "person") == 100
    finally:
        db.dispose()
    assert check_cli(path).returncode == 0


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_file_size_limit_during_cli_import_and_backup(
    cli, db, db_path: Path, tmp_path: Path
) -> None:
    """Where no tmpfs can be mounted: RLIMIT_FSIZE in the child makes writes fail the same way."""
    import_people(db, read_table(big_csv(tmp_path / "awal.csv", 100, "Awal")), create_opd=True)
    db.dispose()
    before = content_hash(db_path)
    limit = db_path.stat().st_size + 256 * 1024
    env = dict(os.environ)
    run = {
        "capture_output": True,
        "text": True,
        "cwd": REPO,
        "timeout": 120,
        "env": env,
        "preexec_fn": _limit_file_size(limit),
    }
    big = big_csv(tmp_path / "besar.csv", 20_000)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rakor_desktop",
            "--db",
            str(db_path),
            "people",
            "import",
            str(big),
            "--create-opd",
        ],
        **run,
    )
    assert result.returncode == 1
    assert "Disk penuh" in result.stderr
    assert content_hash(db_path) == before
    assert check_cli(db_path).returncode == 0

    folder = tmp_path / "cadangan"
    good = create_backup(db_path, folder=folder)
    with sqlite3.connect(db_path) as con:  # grow the database past the child's limit
        con.executemany(
            "INSERT INTO person (uuid, created_at, updated_at, full_name, name_key, jabatan,"
            " pangkat, phone, is_head, active) VALUES (?, '2025-01-01', '2025-01-01', ?, ?,"
            " ?, '', '', 0, 1)",
            [(f"u{i}", f"Q{i}", f"q{i}", "x" * 190) for i in range(5000)],
        )
    con.close()
    limit = 512 * 1024
    run["preexec_fn"] = _limit_file_size(limit)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rakor_desktop",
            "--db",
            str(db_path),
            "backups",
            "create",
            "--folder",
            str(folder),
        ],
        **run,
    )
    assert result.returncode == 1
    assert "Disk penuh" in result.stderr
    assert quick_check(good, full=True) == [] and latest_backup(db_path, [folder]) == good
    assert row_count(db_path, "person") == 5100
