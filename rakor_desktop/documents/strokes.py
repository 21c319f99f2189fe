"""The signature cell of the Daftar Hadir.

Paper attendance lists stagger the signature column (odd numbers sign on the
left half, even numbers on the right) so that neighbouring signatures do not
collide. A signature captured at the door is a list of pen strokes normalised to
the pad; it is drawn as vector lines, stretched over the same half-cell a pen
would use, so the printed list looks like the paper one and stays sharp.
"""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.platypus import Flowable

from rakor_desktop.documents.data import Strokes
from rakor_desktop.documents.fonts import FAMILY, ITALIC

INK = colors.HexColor("#1A2A6C")
DOTS = colors.HexColor("#444444")


def _clamp(value: float) -> float | None:
    if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value):
        return None
    return min(max(float(value), 0.0), 1.0)


class SignatureCell(Flowable):
    """Draws ``N. ......`` on the row's half and, when captured, the strokes over it."""

    def __init__(
        self,
        number: int,
        width: float,
        height: float,
        *,
        strokes: Strokes | None = None,
        note: str | None = None,
    ) -> None:
        super().__init__()
        self.number = number
        self.width = width
        self.height = height
        self.strokes = strokes
        #: Written instead of the dotted line for someone absent ("Izin", "Sakit").
        self.note = note

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        half = self.width / 2
        x0 = 0.0 if self.number % 2 else half
        label = f"{self.number}."
        canv.saveState()
        canv.setFont(FAMILY, 8)
        canv.setFillColor(DOTS)
        baseline = 3.0
        label_w = canv.stringWidth(label, FAMILY, 8) + 3
        if self.note:
            self._draw_note(label, baseline)
        else:
            canv.drawString(x0 + 1, baseline, label)
            dots_w = max(half - label_w - 3, 0)
            canv.setDash(0.6, 1.6)
            canv.setLineWidth(0.6)
            canv.setStrokeColor(DOTS)
            canv.line(x0 + label_w, baseline, x0 + label_w + dots_w, baseline)
        canv.restoreState()
        if self.strokes:
            self._draw_strokes(x0 + label_w, 1.5, half - label_w - 2, self.height - 2.5)

    def _draw_note(self, label: str, baseline: float) -> None:
        """``17. Sakit`` where the signature would be.

        Nobody signs an absent person's cell, so the note may use the whole cell
        width: it starts at the left for odd numbers and ends at the right for even
        ones, keeping the staggered look, and shrinks rather than overflow.
        """
        canv = self.canv
        text = f"{label} {self.note}"
        size = 8.0
        room = self.width - 2
        while size > 4 and canv.stringWidth(text, ITALIC, size) > room:
            size -= 0.5
        canv.setFont(ITALIC, size)
        if self.number % 2:
            canv.drawString(1, baseline, text)
        else:
            canv.drawRightString(self.width - 1, baseline, text)

    def _draw_strokes(self, x: float, y: float, w: float, h: float) -> None:
        if w <= 0 or h <= 0 or not self.strokes:
            return
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setFillColor(INK)
        canv.setLineWidth(0.7)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        path = canv.beginPath()
        drew = False
        for stroke in self.strokes:
            points: list[tuple[float, float]] = []
            for point in stroke:
                try:
                    px, py = _clamp(point[0]), _clamp(point[1])
                except (TypeError, IndexError):
                    continue
                if px is None or py is None:
                    continue
                # Pad coordinates grow downwards; PDF's grow upwards.
                points.append((x + px * w, y + (1.0 - py) * h))
            if len(points) == 1:
                canv.circle(points[0][0], points[0][1], 0.45, stroke=0, fill=1)
            elif points:
                path.moveTo(*points[0])
                for px, py in points[1:]:
                    path.lineTo(px, py)
                drew = True
        if drew:
            canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()
