"""Fixtures of the GUI walkthrough: a demo database, an X server per screen size.

Screenshots of every step land in ``build/walkthrough/<W>x<H>/`` (or
``RAKOR_WALKTHROUGH_SHOTS``), numbered in the order a person sees them.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from tests.walkthrough.xsession import XSession, shots_dir

REPO = Path(__file__).resolve().parents[2]
SIZES = ((1366, 768), (1280, 800), (1920, 1080))
# The demo is built as if today were this instant, so the walkthrough sees the same
# meetings on any real date (time is an input).
DEMO_NOW = "2026-12-04T08:00:00+07:00"


@dataclass
class Rakor:
    db: Path
    meeting_id: int
    day: str  # YYYY-MM-DD, the meeting day in WIB
    workdir: Path
    shots: Path

    def query(self, sql: str, *args: object) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, args).fetchall()

    def one(self, sql: str, *args: object) -> object:
        rows = self.query(sql, *args)
        return rows[0][0] if rows else None

    def at(self, hhmm: str) -> str:
        return f"{self.day}T{hhmm}:00+07:00"


@pytest.fixture(scope="session")
def walkthrough_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("walk") / "demo.sqlite"
    env = dict(os.environ, RAKOR_NOW=DEMO_NOW)
    env.pop("RAKOR_TODAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "rakor_desktop", "--db", str(path), "demo"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def screen(request: pytest.FixtureRequest) -> Iterator[XSession]:
    width, height = request.param
    x = XSession(width, height)
    try:
        yield x
    finally:
        x.close()


@pytest.fixture
def rakor(walkthrough_template: Path, tmp_path: Path, screen: XSession) -> Rakor:
    from rakor_desktop.db.backup import backup_sqlite

    db = tmp_path / "rakor.sqlite"
    backup_sqlite(walkthrough_template, db)
    with sqlite3.connect(db) as conn:
        meeting_id, starts = conn.execute(
            "SELECT id, starts_at FROM meeting WHERE status = 'scheduled' "
            "AND title LIKE 'Rakor%' ORDER BY starts_at LIMIT 1"
        ).fetchone()
    day = datetime.fromisoformat(str(starts)).date().isoformat()  # stored in UTC: 02:00Z
    root = Path(os.environ.get("RAKOR_WALKTHROUGH_SHOTS", REPO / "build" / "walkthrough"))
    return Rakor(db, int(meeting_id), day, tmp_path, shots_dir(root, (screen.width, screen.height)))
