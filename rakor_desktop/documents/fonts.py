"""Liberation Sans registration.

Documents ship their own metric-compatible Arial substitute so that a Notulen
printed at the door station and one printed on the secretary's laptop break lines
at the same words. The set of characters the font can draw is exposed so that
text cleaning can replace the rest before ReportLab emits black boxes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rakor_desktop.config import resource_path

FAMILY = "LiberationSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    FAMILY: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}


def fonts_dir() -> Path:
    """Where the TTF files live: the installed resources (checkout, wheel or PyInstaller)."""
    return resource_path("fonts")


@cache
def register_fonts() -> frozenset[int]:
    """Register the family once per process and return the code points all faces draw.

    The intersection over the four faces is used because a character that exists
    in the regular face but not in the bold one would still come out as a box in a
    bold table header.
    """
    directory = fonts_dir()
    covered: frozenset[int] | None = None
    for name, filename in _FILES.items():
        path = directory / filename
        if not path.is_file():
            raise FileNotFoundError(
                f"Font {filename} tidak ditemukan di {directory}; instalasi tidak lengkap."
            )
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        face_chars = frozenset(font.face.charToGlyph)
        covered = face_chars if covered is None else covered & face_chars
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    assert covered is not None
    return covered
