"""Time the Beranda with charts on a big database and print one JSON line per figure.

Data: 40 OPDs, 60 monthly meetings (five years of Rakor), 50 invitations and ~45
check-ins per meeting, 5,000 follow-ups in every status, 40 OPD reports per meeting,
built with bulk inserts in a temporary folder. Figures:

- ``dashboard_ms``: from creating the DashboardPage to its charts painted offscreen
  (queries, widgets, five charts, trend table, one full grab). Target under 300 ms.
- ``dashboard_queries_ms``: the service calls alone (one session).
- ``followups_page_ms``: the Tindak Lanjut page from creation to its first page painted.

The first run of each (imports, font and style caches) is reported as ``cold``. Each
line also gives ``cpu_median``: the process CPU time, which says more than wall time
when other work shares the machine (``load`` is the 1-minute load average then).

    .venv/bin/python benchmarks/bench_dashboard.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import p95
from sqlalchemy import insert

from rakor_desktop.db import Database, open_database
from rakor_desktop.domain.models import (
    AgendaItem,
    Attendance,
    FollowUp,
    Invitation,
    Meeting,
    MeetingSeries,
    OpdReport,
    Organization,
    Person,
)
from rakor_desktop.domain.timefmt import office_datetime
from rakor_desktop.domain.types import new_uuid

ORGS = 40
MEETINGS = 60
FOLLOWUPS = 5000
INVITED_PER_MEETING = 50
NOW = datetime(2026, 1, 20, 3, 0, tzinfo=UTC)


def _line(name: str, values: list[float], cold: float, cpu: list[float], **extra: object) -> str:
    return json.dumps(
        {
            "name": name,
            "value": round(statistics.median(values), 1),
            "unit": "ms",
            "median": round(statistics.median(values), 1),
            "p95": round(p95(values), 1),
            "cold": round(cold, 1),
            "cpu_median": round(statistics.median(cpu), 1),
            "load": round(os.getloadavg()[0], 2),
            "runs": len(values),
            **extra,
        }
    )


def _utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


def build(db: Database, seed: int = 7) -> dict[str, int]:
    """Bulk-insert the big data set (Core inserts: seconds, not minutes)."""
    rng = random.Random(seed)
    stamp = _utc(NOW)

    def base() -> dict:
        return {"uuid": new_uuid(), "created_at": stamp, "updated_at": stamp}

    with db.engine.begin() as conn:
        conn.execute(
            insert(Organization),
            [
                {
                    **base(),
                    "name": f"Dinas Contoh {i:02d}",
                    "short_name": f"D{i:02d}",
                    "kind": "dinas",
                    "active": True,
                }
                for i in range(1, ORGS + 1)
            ],
        )
        conn.execute(
            insert(MeetingSeries),
            [{**base(), "name": "Rakor Bulanan", "place": "", "agenda_template": "[]"}],
        )
        people = []
        for o in range(1, ORGS + 1):
            for k in range(2):
                people.append(
                    {
                        **base(),
                        "full_name": f"Pegawai {o}-{k}",
                        "name_key": f"pegawai {o} {k}",
                        "jabatan": "Kepala" if k == 0 else "Sekretaris",
                        "pangkat": "",
                        "organization_id": o,
                        "phone": "",
                        "is_head": k == 0,
                        "active": True,
                    }
                )
        conn.execute(insert(Person), people)
        first = date(2021, 1, 25)
        meetings = []
        for i in range(MEETINGS):
            day = first + timedelta(days=30 * i + 1)
            start = office_datetime(day, dtime(9, 0), "WIB")
            meetings.append(
                {
                    **base(),
                    "title": f"Rakor Bulan {i + 1}",
                    "series_id": 1,
                    "starts_at": _utc(start),
                    "ends_at": None,
                    "place": "Pendopo",
                    "chair_prefix": "",
                    "letter_number": "",
                    "letter_nature": "Penting",
                    "status": "closed" if i < MEETINGS - 1 else "scheduled",
                    "signatures_required": False,
                    "opening_remarks": "",
                    "attachments": "[]",
                }
            )
        conn.execute(insert(Meeting), meetings)
        invitations, attendance, reports, agenda = [], [], [], []
        inv_id = 0
        for m in range(1, MEETINGS + 1):
            start = meetings[m - 1]["starts_at"]
            for o in range(1, INVITED_PER_MEETING // 2 + 1):  # two people per OPD
                for k in range(2):
                    pid = (o - 1) * 2 + k + 1
                    inv_id += 1
                    invitations.append(
                        {
                            **base(),
                            "meeting_id": m,
                            "person_id": pid,
                            "organization_id": o,
                            "token": new_uuid().replace("-", "")[:16],
                            "absence_note": "",
                        }
                    )
                    if m < MEETINGS and rng.random() < 0.9:
                        attendance.append(
                            {
                                **base(),
                                "meeting_id": m,
                                "person_id": pid,
                                "invitation_id": inv_id,
                                "checked_in_at": start,
                                "is_walk_in": False,
                                "is_late": False,
                                "station": "",
                            }
                        )
            for o in range(1, ORGS + 1):
                progress = min(100.0, (m % 12) * 8 + rng.uniform(0, 10))
                reports.append(
                    {
                        **base(),
                        "meeting_id": m,
                        "organization_id": o,
                        "budget_pct": round(progress, 1),
                        "physical_pct": round(progress * 0.9, 1),
                        "indicators": json.dumps({"Capaian IKU (%)": f"{rng.uniform(60, 95):.1f}"}),
                        "obstacles": "",
                        "innovation": "",
                    }
                )
            agenda.append(
                {
                    **base(),
                    "meeting_id": m,
                    "position": 0,
                    "title": "Pembukaan",
                    "planned_minutes": 10,
                    "is_carry_over": False,
                }
            )
        conn.execute(insert(Invitation), invitations)
        conn.execute(insert(Attendance), attendance)
        conn.execute(insert(OpdReport), reports)
        conn.execute(insert(AgendaItem), agenda)
        followups = []
        statuses = ["belum", "dalam_proses", "selesai", "selesai", "dibatalkan"]
        for i in range(FOLLOWUPS):
            m = rng.randint(1, MEETINGS - 1)
            start = meetings[m - 1]["starts_at"]
            status = rng.choice(statuses)
            followups.append(
                {
                    **base(),
                    "meeting_id": m,
                    "series_id": 1,
                    "organization_id": rng.randint(1, ORGS),
                    "problem": f"Permasalahan {i}",
                    "action": f"Tindak lanjut nomor {i}",
                    "due_date": (start + timedelta(days=rng.randint(10, 90))).date(),
                    "status": status,
                    "percent": 100 if status == "selesai" else rng.randint(0, 90),
                    "remark": "",
                    "completed_at": start + timedelta(days=rng.randint(5, 120))
                    if status == "selesai"
                    else None,
                }
            )
        conn.execute(insert(FollowUp), followups)
    return {
        "organizations": ORGS,
        "meetings": MEETINGS,
        "followups": FOLLOWUPS,
        "invitations": len(invitations),
        "attendance": len(attendance),
        "opd_reports": len(reports),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from rakor_desktop.ui.launch import create_application

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        app = create_application("id")
        db = open_database(Path(tmp) / "big.sqlite")
        start = time.perf_counter()
        counts = build(db)
        build_s = time.perf_counter() - start
        print(
            json.dumps(
                {
                    "name": "dashboard_data_build_s",
                    "value": round(build_s, 2),
                    "unit": "s",
                    **counts,
                }
            ),
            flush=True,
        )

        from rakor_desktop.ui.context import AppContext, AppSettings
        from rakor_desktop.ui.workers import ImmediateExecutor

        ctx = AppContext(
            db=db,
            settings=AppSettings(Path(tmp) / "s.ini"),
            executor=ImmediateExecutor(),
            clock=lambda: NOW,
        )
        ctx.reload_zone()

        def dashboard() -> float:
            t0 = time.perf_counter()
            from rakor_desktop.ui.insight.page import DashboardPage

            page = DashboardPage(ctx)
            page.resize(1280, 2300)
            page.refresh()
            page.show()
            image = page.grab()  # paints every chart offscreen
            elapsed = (time.perf_counter() - t0) * 1000
            assert not image.isNull() and page.is_data_ready()
            page.close()
            page.deleteLater()
            QApplication.processEvents()
            return elapsed

        def queries() -> float:
            from rakor_desktop.services.insight.charts import chart_data
            from rakor_desktop.services.insight.dashboard import dashboard_summary
            from rakor_desktop.services.insight.trends import (
                attention_ranking,
                opd_trends,
                trend_rows,
            )

            t0 = time.perf_counter()
            with db.session() as s:
                dashboard_summary(s, NOW)
                data = chart_data(s, NOW, last_n=12)
                rows = trend_rows(opd_trends(s, last_n=12, until=NOW))
                attention_ranking(s, NOW, limit=5, rows=rows, attendance=data.attendance_by_opd)
            return (time.perf_counter() - t0) * 1000

        def followups_page() -> float:
            t0 = time.perf_counter()
            from rakor_desktop.ui.followups.page import FollowUpsPage

            page = FollowUpsPage(ctx)
            page.resize(1400, 860)
            page.refresh()
            page.show()
            image = page.grab()
            elapsed = (time.perf_counter() - t0) * 1000
            assert not image.isNull() and 0 < page.total < FOLLOWUPS  # the open ones
            page.close()
            page.deleteLater()
            QApplication.processEvents()
            return elapsed

        for name, fn in (
            ("dashboard_ms", dashboard),
            ("dashboard_queries_ms", queries),
            ("followups_page_ms", followups_page),
        ):
            cold = fn()
            values, cpu = [], []
            for _ in range(args.runs):
                c0 = time.process_time()
                values.append(fn())
                cpu.append((time.process_time() - c0) * 1000)
            print(
                _line(
                    name,
                    values,
                    cold,
                    cpu,
                    target=300 if name == "dashboard_ms" else None,
                    followups=FOLLOWUPS,
                    meetings=MEETINGS,
                ),
                flush=True,
            )
        db.dispose()
        del app
    sys.stdout.flush()


if __name__ == "__main__":
    main()
