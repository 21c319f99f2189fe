"""OPD report grid: upsert, 0-100 validation, Indonesian decimals, trend."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_data import build_regency, wib

from rakor_desktop.domain.models import Meeting, MeetingSeries
from rakor_desktop.services.attendance import invitees
from rakor_desktop.services.meetings import opd_reports
from rakor_desktop.services.meetings.opd_reports import InvalidReport, parse_pct


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("45,5", 45.5),
        ("45.5 %", 45.5),
        (" 100 ", 100.0),
        ("0", 0.0),
        ("", None),
        (None, None),
        (12, 12.0),
    ],
)
def test_parse_pct(text, value) -> None:
    assert parse_pct(text) == value


@pytest.mark.parametrize("text", ["101", "-1", "empat puluh", "1.234,5", "nan"])
def test_parse_pct_refuses(text: str) -> None:
    with pytest.raises(InvalidReport):
        parse_pct(text, "Realisasi anggaran")


def test_indicators_text_round_trip() -> None:
    data = opd_reports.parse_indicators("Stunting: 12,3%; Kemiskinan = 9,1\nIPM")
    assert data == {"Stunting": "12,3%", "Kemiskinan": "9,1", "IPM": ""}
    assert opd_reports.format_indicators(data) == "Stunting: 12,3%; Kemiskinan: 9,1; IPM"
    assert opd_reports.format_pct(45.5) == "45,5" and opd_reports.format_pct(60.0) == "60"


def test_grid_rows_upsert_and_trend(db) -> None:
    with db.session() as s:
        r = build_regency(s)
        ser = MeetingSeries(name="Rakor")
        s.add(ser)
        s.flush()
        jul = Meeting(title="Juli", starts_at=wib(date(2025, 7, 28)), series_id=ser.id)
        aug = Meeting(title="Agustus", starts_at=wib(date(2025, 8, 25)), series_id=ser.id)
        s.add_all([jul, aug])
        s.flush()
        dinkes, bappeda = (
            r.org_id("Dinas Kesehatan"),
            r.org_id("Badan Perencanaan Pembangunan Daerah"),
        )
        opd_reports.upsert_report(s, jul.id, dinkes, budget_pct="40", physical_pct="35,5")
        invitees.add_opd_heads(s, aug.id, [dinkes, bappeda])
        grid = opd_reports.report_grid(s, aug.id)
        assert [g.organization for g in grid] == [
            "Badan Perencanaan Pembangunan Daerah",
            "Dinas Kesehatan",
        ]
        assert grid[1].budget_pct is None and grid[1].prev_budget_pct == 40.0
        opd_reports.upsert_report(
            s,
            aug.id,
            dinkes,
            budget_pct="45,5",
            indicators="Stunting: 12,3",
            obstacles=" lelang gagal ",
        )
        opd_reports.upsert_report(s, aug.id, dinkes, physical_pct=30)
        row = opd_reports.report_grid(s, aug.id)[1]
        assert (row.budget_pct, row.physical_pct, row.obstacles) == (45.5, 30.0, "lelang gagal")
        assert row.indicators == {"Stunting": "12,3"}
        assert row.budget_trend == 5.5 and row.physical_trend == -5.5
        with pytest.raises(InvalidReport, match="antara 0 dan 100"):
            opd_reports.upsert_report(
                s, aug.id, dinkes, budget_pct="150", obstacles="tidak tersimpan"
            )
        again = opd_reports.report_grid(s, aug.id)[1]
        assert again.budget_pct == 45.5 and again.obstacles == "lelang gagal"
