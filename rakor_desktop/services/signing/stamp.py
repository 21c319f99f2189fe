"""The visible mark of the office's signature: a small stamp in the bottom margin of the
last page, where it cannot cover any text (issue 19).

It is drawn as an image (Liberation Sans, the documents' own font, rendered by Pillow):
a signature appearance that used a PDF font would need that font embedded for the
PDF/A archive copies, and an image needs none. The box sits between the footer line
and the bottom of the text area, computed from the office's bottom margin; when the
margin is too small for it, the signature stays invisible rather than covering text.
"""

from __future__ import annotations

from datetime import datetime

from PIL import Image, ImageDraw, ImageFont

from rakor_desktop.config import resource_path

FOOTER_TOP_PT = 44.0  # the footer's text ends below this line (page number, code)
HEIGHT_PT = 24.0
WIDTH_PT = 300.0
LEFT_PT = 85.0  # the left margin of the text area (3 cm)
SCALE = 4  # image pixels per point: sharp when printed


def stamp_box(margin_bottom_cm: float) -> tuple[int, int, int, int] | None:
    """(x1, y1, x2, y2) in points from the page's bottom-left, or None when it won't fit."""
    text_bottom = margin_bottom_cm / 2.54 * 72
    top = text_bottom - 2
    bottom = top - HEIGHT_PT
    if bottom < FOOTER_TOP_PT:
        return None
    return (int(LEFT_PT), int(bottom), int(LEFT_PT + WIDTH_PT), int(top))


def stamp_image(signer: str, when: datetime, box: tuple[int, int, int, int]) -> Image.Image:
    width = (box[2] - box[0]) * SCALE
    height = (box[3] - box[1]) * SCALE
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    regular = str(resource_path("fonts", "LiberationSans-Regular.ttf"))
    bold = str(resource_path("fonts", "LiberationSans-Bold.ttf"))
    blue = (30, 64, 120)
    draw.rectangle((0, 0, width - 1, height - 1), outline=blue, width=SCALE)
    small = ImageFont.truetype(regular, 7 * SCALE)
    draw.text(
        (4 * SCALE, 3 * SCALE), "Ditandatangani secara elektronik oleh", font=small, fill=blue
    )
    name = ImageFont.truetype(bold, 8 * SCALE)
    line = f"{signer} · {when:%d-%m-%Y %H.%M} UTC"
    draw.text((4 * SCALE, 13 * SCALE), line[:60], font=name, fill=blue)
    return image
