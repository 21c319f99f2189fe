"""An RPJMD indicator matrix as a Bappeda keeps it, and a small Ekobang cluster.

The workbook has what real ones have: title rows, a merged two-row header ("Target
Kinerja" over the years), a row of column numbers, a group row ("MISI 2 ..."), and
numbers written the Indonesian way as text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from rakor_desktop.domain.models import Organization

YEARS = (2025, 2026, 2027, 2028, 2029)
HEADER_TOP = (
    "No", "Kode", "Indikator Kinerja", "Satuan", "Polaritas", "Jenis", "Frekuensi",
    "Kondisi Awal (2024)", "Target Kinerja", None, None, None, None,
    "OPD Penanggung Jawab", "OPD Pendukung", "Sumber Data", "Batas Bawah", "Batas Atas",
)  # fmt: skip
# (code, name, unit, polarity, level, freq, baseline, targets, lead, contributors, source, lo, hi)
ROWS = [
    ("IKU-01", "Angka Kemiskinan", "%", "Semakin rendah semakin baik", "IKU", "Tahunan",
     "9,82", ("9,50", "9,10", "8,70", "8,30", "7,90"), "Bappeda", "Dinsos", "BPS", "0", "100"),
    ("IKU-02", "Prevalensi Stunting", "%", "negatif", "IKU", "Triwulanan",
     "21,4", ("19", "17", "15", "13", "11"), "Dinkes", "DP3AKB; Dinsos", "SSGI", "0", "60"),
    ("IKU-03", "Pertumbuhan Ekonomi", "%", "positif", "IKU", "Tahunan",
     "4,85", ("5", "5,2", "5,4", "5,6", "5,8"), "Bappeda", "", "BPS", "-10", "20"),
    ("IKU-04", "Inflasi", "%", "rentang", "IKD", "Bulanan",
     "2,9", ("2,5 - 3,5", "2,5 - 3,5", "1,5 - 3,5", "1,5 - 3,5", "1,5 - 3,5"), "Disdagperin", "", "BPS", "-5", "20"),
    ("IKU-05", "Jumlah UMKM Naik Kelas", "unit", "positif", "Program", "Triwulanan",
     "1.250", ("1.400", "1.550", "1.700", "1.850", "2.000"), "Diskopukm", "", "Data OPD", "0", ""),
]  # fmt: skip

ORGS = (
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda", "II"),
    ("Dinas Kesehatan", "Dinkes", "I"),
    ("Dinas Sosial", "Dinsos", "I"),
    ("Dinas Pemberdayaan Perempuan, Perlindungan Anak dan KB", "DP3AKB", "I"),
    ("Dinas Perdagangan dan Perindustrian", "Disdagperin", "II"),
    ("Dinas Koperasi dan UKM", "Diskopukm", "II"),
)


def add_orgs(s: Session) -> dict[str, Organization]:
    out = {}
    for name, short, asisten in ORGS:
        o = Organization(name=name, short_name=short, asisten=asisten)
        s.add(o)
        s.flush()
        out[short] = o
    return out


def matrix_rows(rows=ROWS) -> list[list[object]]:
    """The sheet as a list of rows (None = empty cell), as Bappeda lays it out."""
    out: list[list[object]] = [
        ["MATRIKS INDIKATOR KINERJA UTAMA (IKU) RPJMD"],
        ["KABUPATEN GUNUNG MAS TAHUN 2025-2029"],
        [],
        list(HEADER_TOP),
        [None] * 8 + [str(y) for y in YEARS] + [None] * 5,
        [f"({i})" for i in range(1, 19)],
        [None, None, "MISI 2: Mewujudkan perekonomian daerah yang tangguh"],
    ]
    for n, (
        code,
        name,
        unit,
        pol,
        level,
        freq,
        base,
        targets,
        lead,
        contrib,
        src,
        lo,
        hi,
    ) in enumerate(rows, start=1):
        out.append(
            [n, code, name, unit, pol, level, freq, base, *targets, lead, contrib, src, lo, hi]
        )
    return out


def write_matrix(path: Path, rows=ROWS) -> Path:
    """An .xlsx with merged header cells, written by openpyxl."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "IKU"
    for row in matrix_rows(rows):
        ws.append(row)
    ws.merge_cells("A1:R1")
    ws.merge_cells("A2:R2")
    ws.merge_cells("I4:M4")
    for col in "ABCDEFGHNOPQR":
        ws.merge_cells(f"{col}4:{col}5")
    wb.save(path)
    return path


def write_csv(path: Path, rows=ROWS) -> Path:
    import csv

    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        for row in matrix_rows(rows):
            w.writerow(["" if c is None else c for c in row])
    return path


MEETING_DAY = date(2026, 5, 20)
