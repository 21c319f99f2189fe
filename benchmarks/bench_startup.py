"""Startup time: process start -> main window painted with the home page's data.

Measured as whole processes, interleaved in one run so machine noise hits both alike:

- ``startup_ms``: ``python -m rakor_desktop --db DEMO`` with ``RAKOR_EXIT_AFTER_PAINT=1``;
  the app prints ``RAKOR_PAINTED <epoch>`` at the first paint of the window once the
  home page shows its data (next meeting, follow-up counts, recent meetings), then quits;
- ``bare_window_ms``: a tiny PySide6 script painting an empty QMainWindow, the floor
  any Qt app pays (interpreter + Qt libraries + a first frame);
- ``startup_ratio``: startup / bare (target under 6).

Both run offscreen (``QT_QPA_PLATFORM=offscreen``) with isolated config/data dirs.
Prints one JSON object per line. Usage::

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--db existing.sqlite]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import p95

REPO = Path(__file__).resolve().parents[1]
MARK = "RAKOR_PAINTED"

BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Rakor Desktop"))
window.resize(1280, 800)
class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("{MARK}", f"{{time.monotonic():.6f}}", flush=True)
            window.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def _env(home: Path) -> dict[str, str]:
    """Isolated user dirs; bytecode cached in the temp dir as an installed app has it.

    With ``PYTHONDONTWRITEBYTECODE`` set (as in some dev shells) every new module would
    be compiled from source on each start, which no user ever sees.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RAKOR_EXIT_AFTER_PAINT="1",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("RAKOR_DB", None)
    return env


def make_demo(path: Path, env: dict[str, str]) -> str:
    """The demo database through the real CLI; a small hand-made one if demo is missing."""
    cmd = [sys.executable, "-m", "rakor_desktop", "--db", str(path), "demo"]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
    if result.returncode == 0:
        return "demo"
    path.unlink(missing_ok=True)
    script = """
import sys
from datetime import UTC, datetime, timedelta
from rakor_desktop.domain import clock
from rakor_desktop.db import open_database
from rakor_desktop.domain.models import Meeting, Organization
from rakor_desktop.services.directory.people import create_person
db = open_database(sys.argv[1])
with db.session(write=True) as s:
    orgs = [Organization(name=f"Dinas {i}") for i in range(40)]
    s.add_all(orgs); s.flush()
    for i in range(400):
        create_person(s, f"Pegawai {i}", organization_id=orgs[i % 40].id)
    now = clock.utcnow()
    for m in range(12):
        s.add(Meeting(title=f"Rakor {m}", starts_at=now - timedelta(days=30 * m - 7)))
db.dispose()
"""
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, env=env, cwd=REPO)
    return "init+rows"


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith(MARK):
            return (float(line.split()[1]) - start) * 1000.0
    raise RuntimeError(f"no paint mark (rc={result.returncode}): {result.stderr[-2000:]}")


def summary(name: str, values: list[float], **extra: object) -> dict:
    return {
        "name": name,
        "value": round(statistics.median(values), 1),
        "unit": "ms",
        "p95": round(p95(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
        "runs": len(values),
        **extra,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--db", type=Path, default=None, help="use this database instead of a new demo"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rakor-bench-") as tmp:
        home = Path(tmp)
        env = _env(home)
        if args.db:
            db, source = args.db, "given"
        else:
            db = home / "demo.sqlite"
            source = make_demo(db, env)
        app_cmd = [sys.executable, "-m", "rakor_desktop", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        run_once(app_cmd, env)  # warm the OS file cache for both; not counted
        run_once(bare_cmd, env)
        app_ms: list[float] = []
        bare_ms: list[float] = []
        for _ in range(args.runs):
            app_ms.append(run_once(app_cmd, env))
            bare_ms.append(run_once(bare_cmd, env))
    app = summary("startup_ms", app_ms, database=source, platform="offscreen", bytecode="cached")
    bare = summary("bare_window_ms", bare_ms, platform="offscreen", bytecode="cached")
    ratio = app["value"] / bare["value"]
    for row in (
        app,
        bare,
        {"name": "startup_ratio", "value": round(ratio, 2), "unit": "x", "target": 6},
    ):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
