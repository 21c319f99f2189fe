"""Sign the largest Notulen and verify it: one JSON line per figure (issue 19).

Targets: ``sign_pdf_s`` and ``verify_signed_s`` each under 0.5 s for the big sample
meeting (200 attendees with signatures, 20 agenda items, 50 follow-ups, 40 OPD
reports). The baseline measured in the same run is the render itself
(``ratio_to_render``): signing should cost a fraction of making the PDF.

    .venv/bin/python benchmarks/bench_signing.py [--runs 9]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import line

from rakor_desktop.documents.fixtures import sample_meeting, sample_office
from rakor_desktop.documents.minutes import render_minutes
from rakor_desktop.services.signing.identity import create_identity
from rakor_desktop.services.signing.pdf import check_signature, sign_pdf

NOW = datetime(2026, 12, 4, 2, tzinfo=UTC)


def _times(fn, runs: int) -> list[float]:
    fn()  # warm: imports and caches
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    meeting = sample_meeting(
        attendees=200, agenda_items=20, followups=50, opd_reports=40, signatures=True
    )
    office = sample_office()
    pdf = render_minutes(meeting, office)
    with tempfile.TemporaryDirectory() as tmp:
        identity = create_identity(
            Path(tmp) / "office.p12", "benchmark-123", office="BENCH", unit="BENCH", now=NOW
        )
    render = _times(lambda: render_minutes(meeting, office), args.runs)
    signed = sign_pdf(pdf, identity, reason="bench", location="bench", now=NOW)
    sign = _times(
        lambda: sign_pdf(pdf, identity, reason="bench", location="bench", now=NOW), args.runs
    )
    check = _times(lambda: check_signature(signed, [identity.certificate], now=NOW), args.runs)
    base = sorted(render)[len(render) // 2]
    print(line("sign_pdf_s", sign, ratio_to_render=round(sorted(sign)[len(sign) // 2] / base, 3),
               bytes=len(pdf), target_s=0.5))  # fmt: skip
    print(line("verify_signed_s", check, ratio_to_render=round(sorted(check)[len(check) // 2] / base, 3),
               bytes=len(signed), target_s=0.5))  # fmt: skip


if __name__ == "__main__":
    main()
