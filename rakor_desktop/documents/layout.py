"""Page set-up shared by every document: paper, margins, styles, footer, output.

One builder owns the page templates so that all documents agree on where the
footer ("Halaman 2 dari 5" and the verification code) sits and on the exact
paper size (A4 210 x 297 mm, F4 215 x 330 mm). Output is built with ReportLab's
``invariant`` mode: the same data gives the same bytes, which lets a finalized
Notulen be hashed and later re-rendered for comparison.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from rakor_desktop.documents.data import OfficeData
from rakor_desktop.documents.fonts import BOLD, FAMILY, ITALIC, register_fonts
from rakor_desktop.documents.text import clean
from rakor_desktop.fileio import atomic_write

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm),
    "F4": (215 * mm, 330 * mm),
}
#: Distance of the kop surat from the top edge on a first page; later pages use
#: the office's top margin.
KOP_TOP = 1.0 * cm
#: Indent of text under a numbered section heading ("1. Kata Pembukaan").
INDENT = 0.7 * cm
MUTED = colors.HexColor("#555555")

Output = Path | str | BinaryIO | None

#: ReportLab keeps module-level state (font registry, paragraph caches) that is not
#: documented as thread-safe, and the GUI renders from worker threads; one build at
#: a time costs nothing when, as usual, only one document is being made.
_BUILD_LOCK = threading.Lock()


def page_size(office: OfficeData, *, landscape: bool = False) -> tuple[float, float]:
    width, height = PAPER_SIZES[office.paper]
    return (height, width) if landscape else (width, height)


@dataclass(frozen=True, slots=True)
class Styles:
    """Paragraph styles of one document, scaled from its body size."""

    body: ParagraphStyle
    tight: ParagraphStyle
    indented: ParagraphStyle
    item: ParagraphStyle
    justify: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_small: ParagraphStyle
    cell_header: ParagraphStyle
    small: ParagraphStyle


@cache
def styles(size: float = 12.0, cell_size: float = 10.0) -> Styles:
    """Build the style set; cached because every render would otherwise rebuild it."""
    register_fonts()
    lead = size * 1.3
    base = ParagraphStyle(
        "body",
        fontName=FAMILY,
        fontSize=size,
        leading=lead,
        spaceAfter=size * 0.35,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    cell = ParagraphStyle(
        "cell", parent=base, fontSize=cell_size, leading=cell_size * 1.2, spaceAfter=0
    )
    return Styles(
        body=base,
        tight=ParagraphStyle("tight", parent=base, spaceAfter=0),
        indented=ParagraphStyle("indented", parent=base, alignment=TA_JUSTIFY, leftIndent=INDENT),
        item=ParagraphStyle(
            "item",
            parent=base,
            fontName=BOLD,
            leftIndent=2 * INDENT,
            bulletIndent=INDENT,
            bulletFontName=BOLD,
            bulletFontSize=size,
            spaceBefore=size * 0.3,
            spaceAfter=size * 0.15,
            keepWithNext=1,
        ),
        justify=ParagraphStyle("justify", parent=base, alignment=TA_JUSTIFY),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=0),
        center=ParagraphStyle("center", parent=base, alignment=TA_CENTER, spaceAfter=0),
        title=ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=size + 2,
            leading=(size + 2) * 1.25,
            alignment=TA_CENTER,
            spaceAfter=size * 0.2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=base, alignment=TA_CENTER, spaceAfter=size * 0.8
        ),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
            keepWithNext=1,
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=base,
            alignment=TA_JUSTIFY,
            leftIndent=INDENT + 0.5 * cm,
            bulletIndent=INDENT,
            bulletFontName=FAMILY,
            bulletFontSize=size,
            spaceAfter=size * 0.2,
        ),
        numbered=ParagraphStyle(
            "numbered",
            parent=base,
            alignment=TA_JUSTIFY,
            leftIndent=2 * INDENT,
            bulletIndent=INDENT,
            bulletFontName=FAMILY,
            bulletFontSize=size,
            spaceAfter=size * 0.2,
        ),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_small=ParagraphStyle(
            "cell_small",
            parent=cell,
            fontName=ITALIC,
            fontSize=cell_size - 1.5,
            leading=(cell_size - 1.5) * 1.2,
            textColor=MUTED,
        ),
        cell_header=ParagraphStyle("cell_header", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        small=ParagraphStyle(
            "small",
            parent=base,
            fontSize=size - 3,
            leading=(size - 3) * 1.25,
            alignment=TA_LEFT,
        ),
    )


@dataclass(frozen=True, slots=True)
class Footer:
    """Verification code at the left, ``Halaman X dari Y`` at the right."""

    left: float
    right: float
    y: float
    verification_code: str | None

    def draw(self, canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        canv.setFont(FAMILY, 8)
        canv.setFillColor(MUTED)
        canv.drawRightString(self.right, self.y, f"Halaman {page} dari {total}")
        if self.verification_code:
            code = clean(self.verification_code)[:80]
            canv.drawString(self.left, self.y, f"Kode verifikasi: {code}")
        canv.restoreState()


def numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas that holds pages back until the total page count is known.

    ReportLab writes pages as it goes; to print "dari Y" on page 1 each page's
    state is kept and the footer is drawn on all of them at save time, which
    avoids a second layout pass.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


@dataclass(frozen=True, slots=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float

    @classmethod
    def of(cls, office: OfficeData) -> Margins:
        return cls(
            office.margin_top_cm * cm,
            office.margin_bottom_cm * cm,
            office.margin_left_cm * cm,
            office.margin_right_cm * cm,
        )


def build_pdf(
    story: Sequence[Flowable],
    office: OfficeData,
    *,
    title: str,
    verification_code: str | None = None,
    landscape: bool = False,
    kop_first_page: bool = False,
    page_header: Flowable | None = None,
    extra_templates: Sequence[PageTemplate] = (),
) -> bytes:
    """Lay out ``story`` on the office's paper and return the PDF bytes.

    ``kop_first_page`` lets the first page start higher (the kop surat flowable
    sits near the top edge); ``page_header`` is a flowable drawn at the top of
    every page, with the frames shortened to make room for it (the Daftar Hadir
    repeats the meeting this way).
    """
    register_fonts()
    width, height = page_size(office, landscape=landscape)
    m = Margins.of(office)
    frame_width = width - m.left - m.right
    header_height = 0.0
    if page_header is not None:
        _, header_height = page_header.wrap(frame_width, height)
        header_height += 0.3 * cm

    def frame(top: float, ident: str) -> Frame:
        return Frame(
            m.left,
            m.bottom,
            frame_width,
            height - top - m.bottom - header_height,
            id=ident,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        if page_header is not None:
            top = KOP_TOP if (kop_first_page and doc.page == 1) else m.top
            page_header.drawOn(canv, m.left, height - top - header_height + 0.3 * cm)

    first_top = min(KOP_TOP, m.top) if kop_first_page else m.top
    templates = [
        PageTemplate(
            "first",
            [frame(first_top, "first")],
            onPage=on_page,
            autoNextPageTemplate="later",
            pagesize=(width, height),
        ),
        PageTemplate("later", [frame(m.top, "later")], onPage=on_page, pagesize=(width, height)),
        *extra_templates,
    ]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=m.left,
        rightMargin=m.right,
        topMargin=m.top,
        bottomMargin=m.bottom,
        title=clean(title),
        author=clean(office.unit_name),
        subject=clean(office.regency_name),
        creator="Rakor Desktop",
        invariant=1,
        initialFontName=FAMILY,  # else every PDF references Helvetica, which it never uses
        pageTemplates=templates,
    )
    footer = Footer(m.left, width - m.right, min(1.2 * cm, m.bottom * 0.45), verification_code)
    with _BUILD_LOCK:
        doc.build(list(story), canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def write_output(pdf: bytes, out: Output) -> bytes:
    """Write to a path atomically (a half-written PDF must never replace a good one)
    or to an open binary stream; return the bytes either way."""
    if out is None:
        return pdf
    if isinstance(out, str | Path):
        target = Path(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, pdf, tag=f"{os.getpid()}")
    else:
        out.write(pdf)
    return pdf


def sheet_template(office: OfficeData, ident: str = "sheet") -> PageTemplate:
    """Narrow-margin page for cut-out sheets: cards, not text, so no binding margin."""
    width, height = page_size(office)
    side, top, bottom = (
        1.5 * cm,
        1.5 * cm,
        min(2.0 * cm, max(office.margin_bottom_cm * cm, 1.6 * cm)),
    )
    frame = Frame(
        side,
        bottom,
        width - 2 * side,
        height - top - bottom,
        id=ident,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return PageTemplate(ident, [frame], pagesize=(width, height))
