"""OPD trend tables as a workbook, for the Bappeda staff who chart them further."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from rakor_desktop.services.insight.trends import (
    LABELS,
    Direction,
    TrendRow,
    attention_ranking,
    opd_trends,
    trend_rows,
)
from rakor_desktop.services.office.settings import office_zone
from rakor_desktop.services.office.xlsx import (
    BAD_FONT,
    DATE_FORMAT,
    DELTA_FORMAT,
    GOOD_FONT,
    PERCENT1_FORMAT,
    PERCENT_FORMAT,
    info_sheet,
    local,
    new_workbook,
    save,
    write_sheet,
)

# ------------------------------------------------------------------ trends

_TREND_HEADERS = (
    "OPD", "Rapat Terakhir", "Tanggal", "Realisasi Anggaran", "Perubahan (poin)", "Arah",
    "Realisasi Fisik", "Perubahan (poin)", "Arah", "Jumlah Laporan", "Indikator Terakhir",
)  # fmt: skip


def _arrow_text(d: Direction | None) -> str | None:
    from rakor_desktop.services.insight.trends import ARROWS

    return f"{ARROWS[d]} {LABELS[d]}" if d is not None else None


def _pct_fraction(value: float | None) -> float | None:
    return None if value is None else value / 100


def write_trends_xlsx(
    rows: Sequence[TrendRow],
    trends,
    path: str | Path,
    *,
    zone: str,
    exported_at: datetime,
    attention=None,
) -> Path:
    from openpyxl.styles import Font

    wb = new_workbook()
    table = []
    for r in rows:
        indicators = "; ".join(
            f"{name}: {text} {change.arrow}".strip() for name, text, change in r.indicators
        )
        table.append(
            [
                r.organization,
                r.meeting.title if r.meeting else None,
                r.meeting.day if r.meeting else None,
                _pct_fraction(r.budget.value),
                r.budget.delta,
                _arrow_text(r.budget.direction),
                _pct_fraction(r.physical.value),
                r.physical.delta,
                _arrow_text(r.physical.direction),
                r.reports,
                indicators or None,
            ]
        )
    ws = write_sheet(
        wb,
        "Tren OPD",
        _TREND_HEADERS,
        table,
        widths=(38, 28, 12, 12, 11, 11, 12, 11, 11, 10, 60),
        formats={
            2: DATE_FORMAT,
            3: PERCENT1_FORMAT,
            4: DELTA_FORMAT,
            6: PERCENT1_FORMAT,
            7: DELTA_FORMAT,
        },
        wrap=(0, 1, 10),
        freeze="B2",
    )
    good, bad = Font(color=GOOD_FONT, bold=True), Font(color=BAD_FONT, bold=True)
    for i, r in enumerate(rows, start=2):
        for col, change in ((6, r.budget), (9, r.physical)):
            if change.good is True:
                ws.cell(row=i, column=col).font = good
            elif change.good is False:
                ws.cell(row=i, column=col).font = bad

    # one matrix per measure: OPD x meeting, the trend read left to right
    meetings: dict[int, Any] = {}
    for t in trends:
        for p in t.points:
            meetings[p.meeting.id] = p.meeting
    ordered = sorted(meetings.values(), key=lambda m: (m.starts_at, m.id))
    for title, attr in (("Anggaran per Rapat", "budget_pct"), ("Fisik per Rapat", "physical_pct")):
        headers = ["OPD", *[f"{m.title} ({m.day:%d/%m/%Y})" for m in ordered]]
        matrix = []
        for t in trends:
            values = {p.meeting.id: getattr(p, attr) for p in t.points}
            matrix.append([t.organization, *[_pct_fraction(values.get(m.id)) for m in ordered]])
        write_sheet(
            wb,
            title,
            headers,
            matrix,
            widths=(38, *[14] * len(ordered)),
            formats={i + 1: PERCENT1_FORMAT for i in range(len(ordered))},
            wrap=(0,),
            freeze="B2",
        )
    long_rows = []
    for t in trends:
        for p in t.points:
            for name, text in p.indicators.items():
                long_rows.append(
                    [t.organization, name, p.meeting.title, p.meeting.day, text, p.indicator(name)]
                )
    write_sheet(
        wb,
        "Indikator",
        ("OPD", "Indikator", "Rapat", "Tanggal", "Nilai (tertulis)", "Nilai (angka)"),
        long_rows,
        widths=(38, 36, 28, 12, 18, 14),
        formats={3: DATE_FORMAT, 5: "#,##0.##"},
        wrap=(0, 1),
    )
    if attention is not None:
        att_rows = [
            [
                a.organization,
                "; ".join(a.reasons),
                _pct_fraction(a.budget_pct),
                a.overdue,
                a.attendance_rate,
            ]
            for a in attention.combined
        ]
        write_sheet(
            wb,
            "Perlu Perhatian",
            ("OPD", "Alasan", "Realisasi Anggaran", "Tindak Lanjut Terlambat", "Kehadiran"),
            att_rows,
            widths=(38, 60, 12, 12, 11),
            formats={2: PERCENT1_FORMAT, 4: PERCENT_FORMAT},
            wrap=(0, 1),
        )
    info_sheet(
        wb,
        "Keterangan",
        [
            ("Judul", "Tren Kinerja OPD"),
            ("Diekspor", local(exported_at, zone)),
            ("Zona waktu", zone),
            ("Arah", "▲ naik, ▼ turun, ▬ tetap (perubahan tidak lebih dari 0,5 poin)"),
            ("Perubahan", "selisih dengan laporan OPD pada rapat sebelumnya, dalam poin persen"),
        ],
    )
    return save(wb, path)


def export_trends(
    session: Session,
    path: str | Path,
    *,
    now: datetime,
    series_id: int | None = None,
    last_n: int | None = 12,
) -> int:
    """Export the OPD trend tables; returns the number of OPDs."""
    zone = office_zone(session)
    trends = opd_trends(session, series_id=series_id, last_n=last_n, until=now, zone=zone)
    rows = trend_rows(trends)
    attention = attention_ranking(session, now, series_id=series_id)
    write_trends_xlsx(rows, trends, path, zone=zone, exported_at=now, attention=attention)
    return len(rows)
