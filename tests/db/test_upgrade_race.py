"""Two stations opening a pre-upgrade file at the same moment (issue 17 item 2).

Before, the second station got "database is locked" on ALTER TABLE, restored its
pre-upgrade copy over the file while the first was still migrating, and the first
then failed with "database disk image is malformed" (8 of 14 runs). Now one migrates
under the upgrade lock, the other waits and opens the migrated file: 50 runs of 50.
"""

from __future__ import annotations

import multiprocessing as mp
import shutil
import sqlite3
from pathlib import Path

from test_migrations import _make_revision_0001

from rakor_desktop.db import migrate, open_database
from rakor_desktop.db.sqlite_checks import quick_check

RUNS = 50


def _station(path: str, barrier, results) -> None:
    barrier.wait()
    try:
        db = open_database(path)
        try:
            with db.engine.connect() as conn:
                people = conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
            results.put(("ok", db.upgraded_from, people))
        finally:
            db.dispose()
    except Exception as exc:  # reported to the parent, which fails the test with it
        results.put(("error", type(exc).__name__, str(exc)))


def test_two_stations_open_an_old_file_at_once_fifty_times(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite"
    _make_revision_0001(template)
    ctx = mp.get_context("fork")
    outcomes = []
    for run in range(RUNS):
        path = tmp_path / f"run{run}" / "rakor.sqlite"
        path.parent.mkdir()
        shutil.copy(template, path)
        barrier = ctx.Barrier(2)
        results = ctx.Queue()
        stations = [
            ctx.Process(target=_station, args=(str(path), barrier, results)) for _ in range(2)
        ]
        for p in stations:
            p.start()
        got = [results.get(timeout=120) for _ in stations]
        for p in stations:
            p.join(timeout=60)
        assert all(r[0] == "ok" for r in got), (run, got)
        # Exactly one station upgraded; the other found the work done.
        assert sorted(str(r[1]) for r in got) == ["0001", "None"], (run, got)
        assert [r[2] for r in got] == [1, 1], (run, got)
        assert quick_check(path, full=True) == []
        con = sqlite3.connect(path)
        try:
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            con.close()
        assert rev == migrate.head_revision()
        assert len(list(path.parent.glob("*.sebelum-upgrade-*"))) == 1
        outcomes.append(run)
    assert len(outcomes) == RUNS
