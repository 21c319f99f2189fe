"""Time ``populate_demo`` into a fresh, migrated SQLite file; print one JSON line per figure.

The demo must fill a database in a few seconds: the session-wide test fixture, the
``demo`` command and every screenshot run depend on it. Each run uses a new file
(the demo refuses a database that already holds meetings), so migrations are timed
separately from the fill.

    .venv/bin/python benchmarks/bench_demo.py [--runs 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import line

from rakor_desktop.db import open_database
from rakor_desktop.demo.builder import populate_demo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    opened: list[float] = []
    filled: list[float] = []
    stats: dict[str, int] = {}
    size = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            path = Path(tmp) / f"demo-{i}.sqlite"
            start = time.perf_counter()
            database = open_database(path)
            opened.append(time.perf_counter() - start)
            start = time.perf_counter()
            with database.session(write=True) as s:
                stats = populate_demo(s)
            filled.append(time.perf_counter() - start)
            database.dispose()
            size = path.stat().st_size
    rows = sum(stats.values())  # every stat counts stored rows
    print(line("demo_open_migrate_s", opened))
    print(line("demo_populate_s", filled, rows=rows, people=stats["orang"], bytes=size))


if __name__ == "__main__":
    main()
