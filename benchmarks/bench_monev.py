"""Monev: the Monev page's data and the RPJMD matrix import (issue 18).

- ``monev_ms``: ``evaluate()`` for 200 indicators x 40 OPDs x 60 monthly periods
  (480,000 realisations in SQLite), all 200 rows (target, latest, trend, projection, six
  validity flags); target under 150 ms. Baseline in the same run: the one indexed SQL
  query that reads the same lead-OPD series, raw, without any evaluation
  (``ratio_to_query``: what the evaluation costs on top of reading).
  ``monev_page_ms`` is one page of 25 rows: what the table fetches on the GUI thread.
- ``rpjmd_import_s``: a 500-row matrix (.xlsx, merged two-row header) judged and written
  to a fresh catalogue; target under 1 s. Baseline: reading the sheet's raw rows.

    .venv/bin/python benchmarks/bench_monev.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import line

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from sqlalchemy import text

from rakor_desktop.db import open_database
from rakor_desktop.domain.clock import set_clock
from rakor_desktop.domain.models import Organization
from rakor_desktop.domain.types import new_uuid
from rakor_desktop.services.directory.tabular import read_raw_rows
from rakor_desktop.services.monev.evaluation import evaluate
from rakor_desktop.services.monev.rpjmd_import import import_matrix

N_IND, N_ORG, YEARS = 200, 40, (2022, 2023, 2024, 2025, 2026)
NOW = datetime(2027, 1, 15, 3, tzinfo=UTC)


def _times(fn, runs: int) -> list[float]:
    fn()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _fill(db) -> None:
    rng = random.Random(18)
    stamp = "2026-01-01 00:00:00"
    with db.session(write=True) as s:
        orgs = [
            Organization(name=f"Dinas {i:02d}", short_name=f"D{i:02d}", asisten="II")
            for i in range(N_ORG)
        ]
        s.add_all(orgs)
        s.flush()
        org_ids = [o.id for o in orgs]
        uuids = {o.id: o.uuid for o in orgs}
        conn = s.connection()
        ind_rows, target_rows = [], []
        for i in range(N_IND):
            lead = org_ids[i % N_ORG]
            contributors = [uuids[org_ids[(i + k) % N_ORG]] for k in (1, 2)]
            ind_rows.append({
                "id": i + 1, "uuid": new_uuid(), "at": stamp, "code": f"IKU-{i + 1:03d}",
                "name": f"Indikator {i + 1}", "key": f"indikator {i + 1}", "unit": "%",
                "pol": ("higher", "lower", "range")[i % 3], "lead": lead,
                "contrib": json.dumps(contributors),
            })  # fmt: skip
            for year in YEARS:
                target_rows.append({"uuid": new_uuid(), "at": stamp, "ind": i + 1, "year": year,
                                    "t": 50.0, "h": 55.0 if i % 3 == 2 else None})  # fmt: skip
        conn.execute(text(
            "INSERT INTO indicator (id, uuid, created_at, updated_at, code, name, name_key, level,"
            " unit, polarity, frequency, lead_org_id, contributors, source, rpjmd_period, active)"
            " VALUES (:id, :uuid, :at, :at, :code, :name, :key, 'iku', :unit, :pol, 'monthly',"
            " :lead, :contrib, 'BPS', '2025-2029', 1)"), ind_rows)  # fmt: skip
        conn.execute(text(
            "INSERT INTO indicator_target (uuid, created_at, updated_at, indicator_id, year, target,"
            " target_high) VALUES (:uuid, :at, :at, :ind, :year, :t, :h)"), target_rows)  # fmt: skip
        values = []
        for i in range(N_IND):
            for org in org_ids:
                base = rng.uniform(30, 70)
                for year in YEARS:
                    for month in range(1, 13):
                        values.append({
                            "uuid": new_uuid(), "at": f"{year}-{month:02d}-10 03:00:00",
                            "ind": i + 1, "org": org, "v": round(base + rng.uniform(-2, 2), 2),
                            "y": year, "p": f"{year}-{month:02d}",
                        })  # fmt: skip
            if len(values) >= 48_000:
                _insert(conn, values)
                values = []
        _insert(conn, values)


def _insert(conn, values) -> None:
    if values:
        conn.execute(text(
            "INSERT INTO indicator_value (uuid, created_at, updated_at, indicator_id,"
            " organization_id, label, raw_text, value, year, period, source, note, origin,"
            " reported_at) VALUES (:uuid, :at, :at, :ind, :org, '', '', :v, :y, :p, 'BPS', '',"
            " 'report', :at)"), values)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    set_clock(lambda: NOW)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "monev.sqlite", create=True)
        start = time.perf_counter()
        _fill(db)
        print(
            f"bench: filled 480,000 realisations in {time.perf_counter() - start:.1f} s",
            file=sys.stderr,
        )

        def page_data():
            with db.session() as s:
                report = evaluate(s, year=2026)
            assert len(report.rows) == N_IND
            return report

        def first_page():
            with db.session() as s:
                assert len(evaluate(s, year=2026, limit=25).rows) == 25

        def query_only():
            with db.session() as s:
                s.connection().execute(text(
                    "SELECT v.indicator_id, v.value, v.period, v.reported_at FROM indicator i"
                    " JOIN indicator_value v ON v.indicator_id = i.id AND v.organization_id ="
                    " i.lead_org_id WHERE v.year <= 2026 AND i.id IN ("
                    + ",".join(str(i) for i in range(1, N_IND + 1))
                    + ")"
                )).fetchall()  # fmt: skip

        flagged = sum(1 for r in page_data().rows if r.flags)
        t_page = _times(page_data, args.runs)
        t_first = _times(first_page, args.runs)
        t_query = _times(query_only, args.runs)
        ms = [t * 1000 for t in t_page]
        base = statistics.median(t_query)
        print(line("monev_ms", ms, "ms", digits=1, target_ms=150, indicators=N_IND, opds=N_ORG,
                   periods=60, realisations=N_IND * N_ORG * 60, flagged_rows=flagged,
                   ratio_to_query=round(statistics.median(t_page) / base, 2),
                   query_ms=round(base * 1000, 1)))  # fmt: skip
        print(
            line(
                "monev_page_ms", [t * 1000 for t in t_first], "ms", digits=1, rows=25, target_ms=50
            )
        )
        db.dispose()

        from monev_data import ORGS, write_matrix

        rows = []
        leads = [short for _n, short, _a in ORGS]
        for i in range(500):
            rows.append((f"IK-{i + 1:03d}", f"Indikator Kinerja {i + 1}", "%", ("positif", "negatif")[i % 2],
                         "IKU", "Tahunan", "12,5", ("13", "13,5", "14", "14,5", "15"), leads[i % len(leads)],
                         "", "BPS", "0", "100"))  # fmt: skip
        matrix = write_matrix(Path(tmp) / "rpjmd-500.xlsx", rows)

        def one_import():
            path = Path(tmp) / f"cat-{time.perf_counter_ns()}.sqlite"
            target = open_database(path, create=True)
            with target.session(write=True) as s:
                for name, short, asisten in ORGS:
                    s.add(Organization(name=name, short_name=short, asisten=asisten))
                s.flush()
                start = time.perf_counter()
                result = import_matrix(s, matrix)
            elapsed = time.perf_counter() - start
            target.dispose()
            assert result.valid == 500, result.summary()
            return elapsed

        one_import()
        t_import = [one_import() for _ in range(max(3, args.runs // 2))]
        t_read = _times(lambda: read_raw_rows(matrix), args.runs)
        print(line("rpjmd_import_s", t_import, target_s=1.0, rows=500,
                   ratio_to_read=round(statistics.median(t_import) / statistics.median(t_read), 2),
                   read_s=round(statistics.median(t_read), 4)))  # fmt: skip


if __name__ == "__main__":
    main()
