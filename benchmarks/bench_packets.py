"""Packets for every OPD of a Rakor (issue 21): ``packets_s``, ``invitations_s``.

The demo's latest Rakor with its invited OPDs and kecamatan, grown to 60 organizations
with follow-ups each (the issue's "60-OPD meeting"): all Notulen copies, every OPD's
Matriks Tindak Lanjut PDF and return workbook, the messages and the manifest. Target
under 10 s. Baseline in the same run: rendering the Notulen once
(``ratio_to_one_notulen``), the one document every packet carries. ``invitations_s``
does the same for the next Rakor's undangan (letter, that OPD's cards, .ics per invited
OPD) against one whole undangan render.

    .venv/bin/python benchmarks/bench_packets.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import line
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.demo.builder import populate_demo
from rakor_desktop.domain.models import FollowUp, Meeting, Organization
from rakor_desktop.services.minutes.assemble import prepare_document
from rakor_desktop.services.packets.build import build_packets, packet_organizations
from rakor_desktop.services.packets.invitations import build_invitations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        with db.session(write=True) as s:
            populate_demo(s)
        with db.session(write=True) as s:
            meeting = s.exec(
                select(Meeting).where(Meeting.status == "closed").order_by(Meeting.starts_at.desc())
            ).first()  # type: ignore[attr-defined]
            assert meeting is not None and meeting.id is not None
            mid = meeting.id
            missing = 60 - len(packet_organizations(s, mid))
            for n in range(1, missing + 1):  # more kecamatan, as a larger regency has
                o = Organization(
                    name=f"Kecamatan Tambahan {n}", short_name=f"Kec. T{n}", kind="kecamatan"
                )
                s.add(o)
                s.flush()
                s.add(
                    FollowUp(
                        meeting_id=mid,
                        organization_id=o.id,
                        problem="Data",
                        action="Laporan kecamatan",
                    )
                )
        times, base = [], []
        for run in range(args.runs):
            with db.session() as s:
                start = time.perf_counter()
                doc = prepare_document(s, mid, "minutes")
                doc.render()
                base.append(time.perf_counter() - start)
                start = time.perf_counter()
                result = build_packets(s, mid, Path(tmp) / f"paket-{run}")
                times.append(time.perf_counter() - start)
        with db.session() as s:
            upcoming = s.exec(select(Meeting).where(Meeting.status == "scheduled")).first()
            assert upcoming is not None and upcoming.id is not None
            inv_times, inv_base = [], []
            for run in range(args.runs):
                start = time.perf_counter()
                prepare_document(s, upcoming.id, "invitation").render()
                inv_base.append(time.perf_counter() - start)
                start = time.perf_counter()
                invited = build_invitations(s, upcoming.id, Path(tmp) / f"undangan-{run}")
                inv_times.append(time.perf_counter() - start)
        db.dispose()
    print(line("packets_s", times, "s", digits=2, target_s=10, opd=len(result.packets),
               ratio_to_one_notulen=round(statistics.median(times) / statistics.median(base), 1)))  # fmt: skip
    print(line("invitations_s", inv_times, "s", digits=2, target_s=10, opd=len(invited.packets),
               ratio_to_one_undangan=round(statistics.median(inv_times) / statistics.median(inv_base), 1)))  # fmt: skip
    return None


if __name__ == "__main__":
    sys.exit(main())
