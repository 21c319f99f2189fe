"""Kop surat: the letterhead at the top of the first page.

Two forms exist in Tata Naskah Dinas practice. The office kop has the regency
emblem at the left, ``PEMERINTAH KABUPATEN ...`` in capitals, the unit name in
bold, a small address line and a thick rule over a thin one. Letters signed by
the Bupati himself use the head-of-region kop: the emblem centred above
``BUPATI PEMALANG``, with no unit and no address. A missing or unreadable logo
file must never stop a letter from printing, so the kop then simply goes
without it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from rakor_desktop.documents.data import OfficeData
from rakor_desktop.documents.fonts import BOLD, FAMILY, register_fonts
from rakor_desktop.documents.text import clean, markup

log = logging.getLogger(__name__)

LOGO_HEIGHT = 2.5 * cm
BUPATI_LOGO_HEIGHT = 2.3 * cm
THICK_RULE = 2.5
THIN_RULE = 0.8
RULE_GAP = 1.6


def _load_logo(path: Path | None) -> ImageReader | None:
    if path is None:
        return None
    try:
        if not Path(path).is_file():
            log.warning("Logo kop surat tidak ditemukan: %s", path)
            return None
        reader = ImageReader(str(path))
        reader.getSize()  # forces decoding: a corrupt file fails here, not mid-build
        return reader
    except Exception:
        log.warning("Logo kop surat tidak dapat dibaca: %s", path, exc_info=True)
        return None


def head_title(office: OfficeData) -> str:
    """``BUPATI PEMALANG`` from ``PEMERINTAH KABUPATEN PEMALANG`` (or WALI KOTA for a city)."""
    if office.head_title:
        return office.head_title
    name = " ".join(clean(office.regency_name).upper().split())
    for prefix, head in (("PEMERINTAH KABUPATEN ", "BUPATI "), ("PEMERINTAH KOTA ", "WALI KOTA ")):
        if name.startswith(prefix):
            return head + name[len(prefix) :]
    return name


class Letterhead(Flowable):
    """The kop as a flowable, so it takes its real height in the first frame."""

    def __init__(self, office: OfficeData) -> None:
        super().__init__()
        register_fonts()
        self.office = office
        self.logo = _load_logo(office.logo_path)
        self._width = 0.0
        self._height = 0.0
        self._lines: list[Paragraph] = []
        self._text_x = 0.0
        self._text_width = 0.0
        self.spaceAfter = 0.5 * cm

    def _logo_size(self, height: float) -> tuple[float, float]:
        assert self.logo is not None
        iw, ih = self.logo.getSize()
        if not iw or not ih:
            return 0.0, 0.0
        return height * iw / ih, height

    def _paragraphs(self) -> list[Paragraph]:
        office = self.office
        if office.bupati_variant:
            style = ParagraphStyle(
                "kop_head", fontName=BOLD, fontSize=16, leading=20, alignment=TA_CENTER
            )
            return [Paragraph(markup(head_title(office)), style)]
        regency = ParagraphStyle(
            "kop_regency", fontName=FAMILY, fontSize=14, leading=17, alignment=TA_CENTER
        )
        unit = ParagraphStyle(
            "kop_unit",
            fontName=BOLD,
            fontSize=17,
            leading=21,
            alignment=TA_CENTER,
            splitLongWords=1,
        )
        address = ParagraphStyle(
            "kop_address",
            fontName=FAMILY,
            fontSize=8.5,
            leading=10.5,
            alignment=TA_CENTER,
            spaceBefore=1,
        )
        lines = [Paragraph(markup(office.regency_name.upper()), regency)]
        if office.unit_name.strip():
            lines.append(Paragraph(markup(office.unit_name.upper()), unit))
        if office.address_line.strip():
            lines.append(Paragraph(markup(office.address_line), address))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        self._lines = self._paragraphs()
        if self.office.bupati_variant:
            logo_h = BUPATI_LOGO_HEIGHT if self.logo else 0.0
            self._text_x, self._text_width = 0.0, availWidth
            text_h = sum(p.wrap(availWidth, availHeight)[1] for p in self._lines)
            self._height = logo_h + (0.25 * cm if logo_h else 0) + text_h + 0.2 * cm
            return availWidth, self._height
        logo_w = self._logo_size(LOGO_HEIGHT)[0] if self.logo else 0.0
        # Centre the text on the page, clear of the logo on both sides, as printed kops do.
        gutter = min(logo_w + 0.3 * cm, availWidth * 0.3) if logo_w else 0.0
        self._text_x, self._text_width = gutter, availWidth - 2 * gutter
        text_h = sum(p.wrap(self._text_width, availHeight)[1] for p in self._lines)
        body_h = max(text_h, LOGO_HEIGHT if self.logo else 0.0)
        self._height = body_h + 0.2 * cm + THICK_RULE + RULE_GAP + THIN_RULE
        return availWidth, self._height

    def draw(self) -> None:
        canv = self.canv
        top = self._height
        if self.office.bupati_variant:
            y = top
            if self.logo:
                w, h = self._logo_size(BUPATI_LOGO_HEIGHT)
                y -= h
                canv.drawImage(self.logo, (self._width - w) / 2, y, w, h, mask="auto")
                y -= 0.25 * cm
            for p in self._lines:
                y -= p.height
                p.drawOn(canv, 0, y)
            return
        rules_h = THICK_RULE + RULE_GAP + THIN_RULE
        body_h = top - 0.2 * cm - rules_h
        if self.logo:
            w, h = self._logo_size(LOGO_HEIGHT)
            canv.drawImage(self.logo, 0, top - h, w, h, mask="auto")
        text_h = sum(p.height for p in self._lines)
        y = top - (body_h - text_h) / 2
        for p in self._lines:
            y -= p.height
            p.drawOn(canv, self._text_x, y)
        canv.saveState()
        canv.setLineWidth(THICK_RULE)
        y_thick = rules_h - THICK_RULE / 2
        canv.line(0, y_thick, self._width, y_thick)
        canv.setLineWidth(THIN_RULE)
        canv.line(0, THIN_RULE / 2, self._width, THIN_RULE / 2)
        canv.restoreState()
