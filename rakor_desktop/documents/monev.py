"""Matriks Monev Capaian Kinerja: each indicator against its RPJMD target, landscape.

The evaluation band's colour fills the Kategori cell (the same colours as the Monev page),
the trend arrow says which way the value went and whether that is good news for the
indicator's declared polarity, and values that need verification are marked in the row
and listed with their reasons after the table, so the chair reads one list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from rakor_desktop.documents.data import OfficeData
from rakor_desktop.documents.layout import (
    Margins,
    Output,
    build_pdf,
    page_size,
    styles,
    write_output,
)
from rakor_desktop.documents.tables import grid_table
from rakor_desktop.documents.text import escape, markup


@dataclass(frozen=True)
class MonevLine:
    code: str
    name: str
    unit: str
    opd: str
    target: str
    realization: str
    period: str
    capaian: str
    category: str
    colour: str | None
    trend: str  # ▲ / ▼ / ▬ / ""
    trend_good: bool | None
    projection: str
    on_track: bool | None
    flags: tuple[str, ...] = ()  # short titles


@dataclass(frozen=True)
class MonevMatrix:
    title: str
    scope: str  # "Rakor Ekobang, 15 Mei 2026 · Klaster Asisten II · Tahun 2026"
    year: int
    lines: tuple[MonevLine, ...]
    flagged: tuple[tuple[str, str, str], ...] = ()  # code, title, reason
    verification_code: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


HEADERS = (
    "No",
    "Kode",
    "Indikator (satuan)",
    "OPD",
    "Target",
    "Realisasi (periode)",
    "Capaian",
    "Kategori",
    "Tren",
    "Proyeksi akhir tahun",
    "Validitas data",
)
_SHARES = (0.8, 1.6, 6.0, 2.2, 1.8, 2.4, 1.6, 2.0, 1.0, 2.4, 3.4)
GOOD, BAD = colors.HexColor("#1b7f3b"), colors.HexColor("#c0392b")


def _trend(line: MonevLine) -> str:
    if not line.trend:
        return "-"
    colour = "#1b7f3b" if line.trend_good else "#c0392b" if line.trend_good is False else "#555555"
    return f'<font color="{colour}">{escape(line.trend)}</font>'


def monev_table(lines: Sequence[MonevLine], width: float, year: int) -> Flowable:
    st = styles(11.0, 8.5)
    total = sum(_SHARES)
    widths = [width * s / total for s in _SHARES]
    headers = list(HEADERS)
    headers[4] = f"Target {year}"
    rows: list[list[object]] = [[Paragraph(escape(h), st.cell_header) for h in headers]]
    fills: list[tuple[object, ...]] = []
    for n, line in enumerate(lines, start=1):
        projection = line.projection or "-"
        if line.on_track is not None:
            projection += " · " + ("sesuai jalur" if line.on_track else "berisiko")
        unit = f" ({line.unit})" if line.unit else ""
        rows.append(
            [
                Paragraph(str(n), st.cell_center),
                Paragraph(markup(line.code), st.cell),
                Paragraph(markup(line.name + unit), st.cell),
                Paragraph(markup(line.opd or "-"), st.cell),
                Paragraph(markup(line.target or "-"), st.cell_center),
                Paragraph(
                    markup(line.realization or "-")
                    + (f"<br/><font size=7>{escape(line.period)}</font>" if line.period else ""),
                    st.cell_center,
                ),
                Paragraph(markup(line.capaian or "-"), st.cell_center),
                Paragraph(
                    f'<font color="white"><b>{markup(line.category)}</b></font>'
                    if line.colour and line.category
                    else markup(line.category or "-"),
                    st.cell_center,
                ),
                Paragraph(_trend(line), st.cell_center),
                Paragraph(markup(projection), st.cell_center),
                Paragraph(
                    markup("perlu verifikasi: " + ", ".join(line.flags)) if line.flags else "-",
                    st.cell,
                ),
            ]
        )
        if line.colour:
            fills.append(("BACKGROUND", (7, n), (7, n), colors.HexColor(line.colour)))
            fills.append(("TEXTCOLOR", (7, n), (7, n), colors.white))
        if line.flags:
            fills.append(("BACKGROUND", (10, n), (10, n), colors.HexColor("#fff3cd")))
    table = grid_table(rows, widths)
    if fills:
        table.setStyle(TableStyle(fills))
    return table


def render_monev_matrix(office: OfficeData, matrix: MonevMatrix, out: Output = None) -> bytes:
    st = styles(12.0, 10.0)
    width = page_size(office, landscape=True)[0]
    m = Margins.of(office)
    frame_width = width - m.left - m.right
    story: list[Flowable] = [
        Paragraph("MATRIKS MONEV CAPAIAN KINERJA", st.title),
        Paragraph(markup(matrix.title), st.center),
        Paragraph(markup(matrix.scope), st.subtitle),
    ]
    if matrix.lines:
        story.append(monev_table(matrix.lines, frame_width, matrix.year))
    else:
        story.append(Paragraph("Belum ada indikator di katalog untuk cakupan ini.", st.body))
    story.append(Spacer(1, 0.3 * cm))
    story.append(
        Paragraph(
            "Kategori capaian (Permendagri 86/2017): sangat tinggi &ge; 91 %, tinggi 76&ndash;90 %, "
            "sedang 66&ndash;75 %, rendah 51&ndash;65 %, sangat rendah &le; 50 %. Tren hijau = membaik "
            "menurut polaritas indikator, merah = memburuk.",
            st.small,
        )
    )
    for note in matrix.notes:
        story.append(Paragraph(markup(note), st.small))
    if matrix.flagged:
        story.append(Spacer(1, 0.3 * cm))
        story.append(Paragraph("Data perlu verifikasi", st.heading))
        for code, title, reason in matrix.flagged:
            story.append(
                Paragraph(
                    f"<b>{escape(code)}</b> &middot; {escape(title)}: {markup(reason)}", st.bullet
                )
            )
    pdf = build_pdf(
        story,
        office,
        title=f"Matriks Monev Capaian Kinerja - {matrix.title}",
        verification_code=matrix.verification_code,
        landscape=True,
    )
    return write_output(pdf, out)
