"""Sheet of cut-out invitation cards, one QR code per invitee.

Each card repeats the meeting and the invitee's name, jabatan and OPD next to the
code, and prints the payload in small type under it so that door staff can type
it when a camera fails. Dashed cut lines and corner crop marks guide the
scissors; the grid fills the page frame, one flowable per sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from rakor_desktop.documents.fonts import BOLD, FAMILY, ITALIC
from rakor_desktop.documents.qr import draw_qr
from rakor_desktop.documents.text import clean, escape, truncate

CUT = colors.HexColor("#9A9A9A")
COLUMNS = 2
ROWS = 4
CARDS_PER_SHEET = COLUMNS * ROWS
PAD = 0.35 * cm

_HEAD = ParagraphStyle("card_head", fontName=BOLD, fontSize=7, leading=8.4, textColor=colors.black)
_TITLE = ParagraphStyle("card_title", fontName=BOLD, fontSize=8, leading=9.6)
_META = ParagraphStyle("card_meta", fontName=FAMILY, fontSize=7.5, leading=9)
_NAME = ParagraphStyle("card_name", fontName=BOLD, fontSize=9.5, leading=11.4)
_INFO = ParagraphStyle("card_info", fontName=FAMILY, fontSize=8, leading=9.6)
_HINT = ParagraphStyle(
    "card_hint", fontName=ITALIC, fontSize=6.5, leading=7.8, textColor=colors.HexColor("#555555")
)


@dataclass(frozen=True, slots=True)
class CardData:
    number: int
    name: str
    jabatan: str
    organization: str
    payload: str


@dataclass(frozen=True, slots=True)
class CardMeeting:
    """What every card on the sheet says about the meeting."""

    issuer: str
    title: str
    when: str
    place: str


def _fitted(text: str, style: ParagraphStyle, width: float, max_height: float) -> Paragraph:
    """A paragraph shortened with an ellipsis until it fits its box.

    Cards cannot grow, so an absurdly long name is cut visibly instead of
    spilling over the neighbouring card.
    """
    s = clean(text)
    limit = len(s)
    while True:
        p = Paragraph(escape(truncate(s, limit)), style)
        _, h = p.wrap(width, max_height)
        if h <= max_height + 0.01 or limit <= 1:
            return p
        limit = max(1, int(limit * 0.8))


class QrCardSheet(Flowable):
    """One page of up to eight cards laid out on a 2 x 4 grid filling the frame."""

    def __init__(self, meeting: CardMeeting, cards: Sequence[CardData]) -> None:
        super().__init__()
        if len(cards) > CARDS_PER_SHEET:
            raise ValueError(f"paling banyak {CARDS_PER_SHEET} kartu per halaman")
        self.meeting = meeting
        self.cards = list(cards)
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight - 1
        return self.width, self.height

    def draw(self) -> None:
        card_w = self.width / COLUMNS
        card_h = self.height / ROWS
        self._draw_cut_lines(card_w, card_h)
        for index, card in enumerate(self.cards):
            row, col = divmod(index, COLUMNS)
            x = col * card_w
            y = self.height - (row + 1) * card_h
            self._draw_card(card, x, y, card_w, card_h)

    def _draw_cut_lines(self, card_w: float, card_h: float) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(CUT)
        canv.setLineWidth(0.4)
        canv.setDash(3, 2)
        for col in range(COLUMNS + 1):
            canv.line(col * card_w, 0, col * card_w, self.height)
        for row in range(ROWS + 1):
            canv.line(0, row * card_h, self.width, row * card_h)
        canv.setDash()
        mark = 0.35 * cm
        for col in range(COLUMNS + 1):  # crop marks just outside the grid
            x = col * card_w
            canv.line(x, self.height + 0.1 * cm, x, self.height + 0.1 * cm + mark)
            canv.line(x, -0.1 * cm, x, -0.1 * cm - mark)
        for row in range(ROWS + 1):
            y = row * card_h
            canv.line(-0.1 * cm, y, -0.1 * cm - mark, y)
            canv.line(self.width + 0.1 * cm, y, self.width + 0.1 * cm + mark, y)
        canv.restoreState()

    def _draw_card(self, card: CardData, x: float, y: float, w: float, h: float) -> None:
        canv = self.canv
        inner_w = w - 2 * PAD
        top = y + h - PAD
        head = [
            _fitted(self.meeting.issuer, _HEAD, inner_w, _HEAD.leading),
            _fitted(self.meeting.title, _TITLE, inner_w, 2 * _TITLE.leading),
            _fitted(
                f"{self.meeting.when} \u00b7 {self.meeting.place}",
                _META,
                inner_w,
                2 * _META.leading,
            ),
        ]
        for p in head:
            top -= p.height
            p.drawOn(canv, x + PAD, top)
        top -= 0.12 * cm
        canv.saveState()
        canv.setStrokeColor(CUT)
        canv.setLineWidth(0.5)
        canv.line(x + PAD, top, x + w - PAD, top)
        canv.restoreState()
        top -= 0.1 * cm
        # Room for the payload under the code: one line for the short form (25
        # characters), two for the first form. Every point saved goes to the code,
        # whose modules are what a blurred webcam frame or a 72 dpi photo must resolve.
        caption_h = (0.3 if len(card.payload) <= 30 else 0.5) * cm
        qr_size = min(top - (y + PAD) - caption_h, inner_w * 0.5)
        qr_x = x + PAD - 0.1 * cm
        qr_y = top - qr_size
        draw_qr(canv, card.payload, qr_x, qr_y, qr_size)
        canv.saveState()
        size, lines = _caption_lines(canv, card.payload, qr_size)
        canv.setFont(FAMILY, size)
        for i, line in enumerate(lines):
            canv.drawCentredString(qr_x + qr_size / 2, qr_y - 6 - i * (size + 1), line)
        canv.restoreState()
        text_x = qr_x + qr_size + 0.15 * cm
        text_w = x + w - PAD - text_x
        space = top - (y + PAD)
        body = [
            _fitted(f"No. {card.number}", _INFO, text_w, _INFO.leading),
            _fitted(card.name, _NAME, text_w, 3 * _NAME.leading),
            _fitted(card.jabatan, _INFO, text_w, 3 * _INFO.leading),
            _fitted(card.organization, _INFO, text_w, 2 * _INFO.leading),
        ]
        hint = _fitted(
            "Tunjukkan kode QR ini kepada petugas registrasi.", _HINT, text_w, 2 * _HINT.leading
        )
        cursor = top - 0.15 * cm
        for p in body:
            if cursor - p.height < y + PAD + hint.height or space <= 0:
                break
            cursor -= p.height + 1.5
            p.drawOn(canv, text_x, cursor)
        hint.drawOn(canv, text_x, y + PAD)


def _caption_lines(canv: Canvas, payload: str, width: float) -> tuple[float, list[str]]:
    """The whole payload under the code, never cut: staff type it when a code won't scan.

    One line when it fits, else split at the dot nearest the middle (two lines), and
    a smaller size as the last resort.
    """
    for size in (5.5, 5.0, 4.5):
        if canv.stringWidth(payload, FAMILY, size) <= width:
            return size, [payload]
        dots = [i for i, c in enumerate(payload) if c == "."]
        if dots:
            cut = min(dots, key=lambda i: abs(i - len(payload) / 2)) + 1
            lines = [payload[:cut], payload[cut:]]
            if all(canv.stringWidth(line, FAMILY, size) <= width for line in lines):
                return size, lines
    half = (len(payload) + 1) // 2
    return 4.5, [payload[:half], payload[half:]]
