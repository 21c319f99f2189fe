"""A directive recorded in the secretary's window, until the projector shows it (issue 20).

``projector_update_ms``: in one process, as in the room: the directive is written through
the decisions service (its own transaction), the window emits the application's change
signal, and the clock stops when the projector's Keputusan scene carries the new text,
painted. Target under 100 ms. Baseline in the same run: the service write alone
(``ratio_to_write``). The meeting is the demo's next Rakor with its agenda running.

    .venv/bin/python benchmarks/bench_projector.py [--runs 25]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import line

from rakor_desktop.db import open_database
from rakor_desktop.demo.builder import populate_demo
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.meetings import listing
from rakor_desktop.services.meetings.agenda import start_live
from rakor_desktop.services.meetings.decisions import add_directive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from rakor_desktop.ui.context import AppContext, AppSettings
    from rakor_desktop.ui.projector.window import ProjectorWindow
    from rakor_desktop.ui.workers import ImmediateExecutor

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite", create=True)
        with db.session(write=True) as s:
            populate_demo(s)
        with db.session() as s:
            upcoming = next(
                m for m in listing.list_meetings(s) if m.status == MeetingStatus.SCHEDULED
            )
        when = upcoming.starts_at + timedelta(minutes=10)
        with db.session(write=True) as s:
            item = start_live(s, upcoming.id, now=upcoming.starts_at)
        ctx = AppContext(
            db=db, settings=AppSettings(Path(tmp) / "s.ini"), executor=ImmediateExecutor(),
            clock=lambda: when,
        )  # fmt: skip
        ctx.reload_zone()
        window = ProjectorWindow(ctx, upcoming.id, "keputusan")
        window.resize(1920, 1080)
        window.show()
        window.refresh()
        body = window.scenes["keputusan"].body

        def write(n: int) -> None:
            with db.session(write=True) as s:
                add_directive(s, upcoming.id, f"Arahan nomor {n} untuk seluruh OPD",
                              agenda_item_id=item.id)  # fmt: skip

        def record_and_show(n: int) -> float:
            start = time.perf_counter()
            write(n)
            ctx.events.data_changed.emit("decisions")
            text = f"Arahan nomor {n} untuk"
            while text not in body.text():
                app.processEvents()
            body.repaint()  # painted, not only set
            return time.perf_counter() - start

        record_and_show(0)  # warm: imports, fonts
        update = [record_and_show(n) * 1000 for n in range(1, args.runs + 1)]
        writes = []
        for n in range(args.runs):
            start = time.perf_counter()
            write(1000 + n)
            writes.append((time.perf_counter() - start) * 1000)
        window.close()
        db.dispose()
    base = statistics.median(writes)
    print(line("projector_update_ms", update, "ms", digits=1, target_ms=100,
               ratio_to_write=round(statistics.median(update) / base, 2),
               write_ms=round(base, 1)))  # fmt: skip


if __name__ == "__main__":
    main()
