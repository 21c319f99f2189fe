"""QR codes drawn as vector rectangles.

The door station scans the invitee's code to check them in within a second, so
the code must print crisply at any printer resolution: it is drawn as filled
rectangles (one per horizontal run of dark modules) rather than embedded as a
bitmap that a cheap printer would blur. Always a full-size QR (never Micro QR,
which common scanners do not read).
"""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white border the QR specification requires


@lru_cache(maxsize=512)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Dark/light modules of ``payload`` without the quiet zone (row 0 is the top)."""
    code = segno.make_qr(payload, error="m")
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def dark_runs(matrix: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int]]:
    """``(row, first column, length)`` of each horizontal run of dark modules."""
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(matrix):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


def draw_qr(canv: Canvas, payload: str, x: float, y: float, size: float) -> float:
    """Draw the code in the square ``size`` at (x, y) bottom-left, quiet zone included.

    Returns the module size, which callers use to place the caption under the code.
    """
    matrix = qr_matrix(payload)
    n = len(matrix)
    module = size / (n + 2 * QUIET_ZONE)
    origin_x = x + QUIET_ZONE * module
    top = y + size - QUIET_ZONE * module
    canv.saveState()
    canv.setFillColorRGB(0, 0, 0)
    path = canv.beginPath()
    for r, c, length in dark_runs(matrix):
        path.rect(origin_x + c * module, top - (r + 1) * module, length * module, module)
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()
    return module
