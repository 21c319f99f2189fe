"""The monev matrix as a workbook, for the Bappeda analyst who charts it further.

Numbers stay numbers (capaian as a fraction formatted as percent), so the analyst can
sort and compute; the flags sheet lists every value that needs verification.
"""

from __future__ import annotations

from pathlib import Path

from rakor_desktop.services.monev.report_data import MonevDocument
from rakor_desktop.services.office.xlsx import (
    NUMBER2_FORMAT,
    PERCENT1_FORMAT,
    info_sheet,
    new_workbook,
    save,
    write_sheet,
)

HEADERS = (
    "Kode", "Indikator", "Satuan", "Polaritas", "Jenis", "OPD Penanggung Jawab", "Tahun",
    "Target", "Target (batas atas)", "Realisasi", "Periode", "Capaian", "Kategori", "Tren",
    "Proyeksi Akhir Tahun", "Sesuai Jalur", "Perlu Verifikasi",
)  # fmt: skip


def write_monev_xlsx(doc: MonevDocument, path: str | Path) -> Path:
    from openpyxl.styles import Font, PatternFill

    wb = new_workbook()
    rows = []
    for r in doc.report.rows:
        ind = r.indicator
        rows.append(
            [
                ind.code,
                ind.name,
                ind.unit,
                ind.polarity.value,
                ind.level.value.upper(),
                ind.lead_org,
                r.year,
                r.target.value if r.target else None,
                r.target.high if r.target and r.target.high is not None else None,
                r.realization,
                r.latest.period if r.latest else None,
                r.result.pct / 100 if r.result.pct is not None else None,
                r.category.value if r.category else (r.result.reason or None),
                r.trend,
                round(r.projected, 4) if r.projected is not None else None,
                None if r.on_track is None else ("ya" if r.on_track else "tidak"),
                "; ".join(f.reason for f in r.flags) or None,
            ]
        )
    ws = write_sheet(
        wb,
        "Matriks Monev",
        HEADERS,
        rows,
        widths=(10, 40, 9, 9, 8, 22, 7, 10, 10, 11, 10, 10, 14, 8, 12, 10, 50),
        formats={
            7: NUMBER2_FORMAT,
            8: NUMBER2_FORMAT,
            9: NUMBER2_FORMAT,
            11: PERCENT1_FORMAT,
            14: NUMBER2_FORMAT,
        },
        wrap=(1, 16),
    )
    for i, r in enumerate(doc.report.rows, start=2):
        if r.colour:
            cell = ws.cell(row=i, column=13)
            cell.fill = PatternFill("solid", start_color=r.colour.lstrip("#"))
            cell.font = Font(color="FFFFFF", bold=True)
    write_sheet(
        wb,
        "Perlu Verifikasi",
        ("Kode", "Indikator", "Masalah", "Alasan"),
        [[r.indicator.code, r.indicator.name, f.title, f.reason] for r, f in doc.report.flagged()],
        widths=(10, 40, 22, 80),
        wrap=(1, 3),
    )
    info_sheet(
        wb,
        "Keterangan",
        [
            ("Judul", doc.matrix.title),
            ("Cakupan", doc.matrix.scope),
            (
                "Rumus capaian",
                "lihat docs/MONEV.md: tinggi lebih baik R/T; rendah lebih baik (2T-R)/T; rentang 100 di dalam rentang",
            ),
        ],
    )
    return save(wb, path)
