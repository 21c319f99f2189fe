"""Time the PDF renderers on a large Rakor and print one JSON line per figure.

The Notulen must be printable minutes after the meeting closes, on an office
laptop; the target is under one second for a big meeting (200 attendees with
captured signatures, 20 agenda items, 50 follow-ups, 40 OPD reports).

    .venv/bin/python benchmarks/bench_documents.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from _common import p95

from rakor_desktop.documents.attendance import render_attendance
from rakor_desktop.documents.fixtures import sample_meeting, sample_office
from rakor_desktop.documents.followups import render_followups
from rakor_desktop.documents.invitation import render_invitation
from rakor_desktop.documents.minutes import render_minutes


def _measure(name: str, render: Callable[[], bytes], runs: int) -> dict[str, object]:
    start = time.perf_counter()
    pdf = render()  # first run pays for imports, font registration and caches
    cold = time.perf_counter() - start
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        render()
        timings.append(time.perf_counter() - start)
    return {
        "name": name,
        "value": round(statistics.median(timings), 4),
        "unit": "s",
        "p95": round(p95(timings), 4),
        "cold": round(cold, 4),
        "runs": runs,
        "bytes": len(pdf),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    meeting = sample_meeting(
        attendees=200, agenda_items=20, followups=50, opd_reports=40, signatures=True
    )
    office = sample_office()
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("minutes_pdf_s", lambda: render_minutes(meeting, office)),
        ("attendance_pdf_s", lambda: render_attendance(meeting, office)),
        ("attendance_blank_pdf_s", lambda: render_attendance(meeting, office, blank=True)),
        ("invitation_pdf_s", lambda: render_invitation(meeting, office)),
        ("followups_pdf_s", lambda: render_followups(meeting, office)),
    ]
    for name, render in cases:
        print(json.dumps(_measure(name, render, args.runs)), flush=True)


if __name__ == "__main__":
    main()
