"""The three table shapes official documents use.

Ruled data tables repeat their header row on every page; unruled ``Label : value``
blocks carry the letter and minutes fields. Cells are Paragraphs built from
escaped markup, so column widths are fixed and long text wraps instead of
widening the table past the margin.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from rakor_desktop.documents.fonts import FAMILY
from rakor_desktop.documents.text import escape

GRID = colors.black
HEADER_FILL = colors.HexColor("#E6E6E6")


def label_rows(
    rows: Sequence[tuple[str, str]],
    style: ParagraphStyle,
    label_style: ParagraphStyle | None = None,
) -> list[list[Paragraph]]:
    """Rows of ``Label : value`` for the field blocks of letters and minutes.

    Labels are fixed document text, values are user markup (already escaped).
    """
    label_style = label_style or style
    return [
        [Paragraph(escape(label), label_style), Paragraph(":", style), Paragraph(value, style)]
        for label, value in rows
    ]


def grid_table(
    rows: list[list[object]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    split_rows: bool = True,
    padding: float = 3.0,
    align: str = "CENTER",
) -> Flowable:
    """A ruled table whose header repeats on every page.

    ``split_rows`` allows a single very tall row (a pasted essay in one cell) to
    continue on the next page instead of aborting the whole document; the Daftar
    Hadir passes False because its rows must never split.
    """
    table = Table(
        rows,
        colWidths=list(widths),
        repeatRows=header_rows,
        splitInRow=int(2 * cm) if split_rows else 0,
        hAlign=align,
    )
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # for plain-string cells
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    table.setStyle(TableStyle(commands))
    return table


def field_table(rows: list[list[Paragraph]], width: float, label_width: float) -> Flowable:
    """Unruled ``Label : value`` block (Hari/Tanggal, Waktu, Tempat ...)."""
    colon = 0.4 * cm
    table = Table(rows, colWidths=[label_width, colon, width - label_width - colon], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table
