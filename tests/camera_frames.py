"""Synthetic camera frames and photos of printed invitation cards (issue 20).

What a webcam at the door sees is a card held at arm's length: rotated, tilted,
slightly out of focus, noisy, badly lit, JPEG-compressed by the camera. These
frames are made from the real card sheet (``render_invitation`` -> ``pdftoppm``),
so the decoder is measured on what the office prints, not on a perfect QR image.
Shared by ``tests/services/scanning`` and ``benchmarks/bench_camera.py``.
"""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image, ImageChops, ImageEnhance, ImageFilter

from rakor_desktop.documents.data import InviteeData
from rakor_desktop.documents.fixtures import sample_meeting, sample_office
from rakor_desktop.documents.invitation import render_invitation
from rakor_desktop.services.attendance.invitations import new_token, qr_payload
from rakor_desktop.services.scanning.decoder import decode_picture_image

SECRET = "f" * 64
MEETING_UUID = "3f2a91c0-7b11-4c6e-9a0d-1e2f3a4b5c6d"


def card_sheet_pdf(
    count: int = 8,
    *,
    seed: int = 7,
    payloads: list[str] | None = None,
    names: list[str] | None = None,
) -> tuple[bytes, list[str]]:
    """The Undangan of the sample meeting with ``count`` invitees and real short payloads
    (or the ``payloads`` given: the cards of a test database's meeting)."""
    random.seed(seed)
    meeting = sample_meeting()
    people = [inv.person for inv in meeting.invitees]
    if payloads is None:
        payloads = [qr_payload(SECRET, MEETING_UUID, new_token()) for _ in range(count)]
    invitees = [InviteeData(people[i % len(people)], p) for i, p in enumerate(payloads)]
    if names is not None:
        invitees = [
            replace(inv, person=replace(inv.person, name=n))
            for inv, n in zip(invitees, names, strict=False)
        ]
    return render_invitation(replace(meeting, invitees=invitees), sample_office()), payloads


def render_pages(
    pdf: bytes, dpi: int, *, first: int = 1, last: int | None = None
) -> list[Image.Image]:
    """Pages rendered by poppler, in gray, as a printer and a scanner would see them."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.pdf"
        src.write_bytes(pdf)
        cmd = ["pdftoppm", "-r", str(dpi), "-gray", "-f", str(first)]
        if last is not None:
            cmd += ["-l", str(last)]
        subprocess.run([*cmd, str(src), str(Path(tmp) / "p")], check=True)
        return [Image.open(p).copy() for p in sorted(Path(tmp).glob("p-*.pgm"))]


def card_images(pdf: bytes, payloads: list[str], dpi: int = 200) -> dict[str, Image.Image]:
    """Each payload's card cut from the sheet: the code with its name and header.

    The clean render is read once to find each code; the crop around it reaches the
    card's text column, so a frame shows a whole card, not a bare code.
    """
    cards: dict[str, Image.Image] = {}
    for page in render_pages(pdf, dpi):
        for found in decode_picture_image(page):
            if found.text not in payloads:
                continue
            xs = [x for x, _ in found.corners]
            ys = [y for _, y in found.corners]
            side = max(xs) - min(xs)
            box = (
                max(min(xs) - round(0.25 * side), 0),
                max(min(ys) - round(0.45 * side), 0),
                min(max(xs) + round(1.6 * side), page.width),
                min(max(ys) + round(0.35 * side), page.height),
            )
            cards[found.text] = page.crop(box)
    return cards


@dataclass(frozen=True, slots=True)
class Conditions:
    """How bad the picture is. ``card`` is the card's width as a share of the frame's."""

    rotate: float = 0.0  # degrees
    perspective: float = 0.0  # share of the frame width one side is pulled in
    blur: float = 0.0  # Gaussian radius, pixels
    noise: float = 0.0  # Gaussian sigma, grey levels
    contrast: float = 1.0  # 1 = as printed, 0.35 = a dim room
    jpeg: int | None = None  # quality
    card: float = 0.55


CONDITIONS: dict[str, Conditions] = {
    "bersih": Conditions(),
    "rotasi 20°": Conditions(rotate=20),
    "perspektif": Conditions(perspective=0.12),
    "blur 1,5 px": Conditions(blur=1.5),
    "derau σ12": Conditions(noise=12),
    "kontras 35%": Conditions(contrast=0.35),
    "JPEG 40": Conditions(jpeg=40),
    "semuanya": Conditions(rotate=20, perspective=0.08, blur=1.0, noise=8, contrast=0.5, jpeg=40),
    # Beyond the list, to know where the limit is: the card twice as far away.
    "jauh (kartu 30%)": Conditions(card=0.3),
    "semuanya, jauh": Conditions(
        rotate=20, perspective=0.08, blur=1.0, noise=8, contrast=0.5, jpeg=40, card=0.3
    ),
}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination for the 8 perspective coefficients (no numpy here)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective_coeffs(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> list[float]:
    """PIL's PERSPECTIVE data: maps each output point of ``dst`` to ``src``."""
    a: list[list[float]] = []
    b: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return _solve(a, b)


def camera_frame(
    card: Image.Image, size: tuple[int, int], c: Conditions, *, seed: int = 0
) -> Image.Image:
    """A grayscale frame of ``size`` showing ``card`` held up under conditions ``c``."""
    rng = random.Random(seed)
    w, h = size
    background = Image.new("L", size, 96)
    width = round(w * c.card)
    scaled = card.convert("L").resize(
        (width, round(card.height * width / card.width)), Image.Resampling.LANCZOS
    )
    if scaled.height > 0.9 * h:
        f = 0.9 * h / scaled.height
        scaled = scaled.resize(
            (round(scaled.width * f), round(scaled.height * f)), Image.Resampling.LANCZOS
        )
    angle = c.rotate * (1 if rng.random() < 0.5 else -1)
    mask = Image.new("L", scaled.size, 255).rotate(
        angle, expand=True, resample=Image.Resampling.BICUBIC
    )
    turned = scaled.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=96)
    x = (w - turned.width) // 2 + rng.randint(-w // 20, w // 20)
    y = (h - turned.height) // 2 + rng.randint(-h // 20, h // 20)
    frame = background.copy()
    frame.paste(turned, (x, y), mask)
    if c.perspective:
        d = c.perspective * w
        src = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
        dst = [(d, d * 0.4), (w - d * 0.2, 0.0), (w, h), (d * 0.6, h - d * 0.5)]
        frame = frame.transform(
            size,
            Image.Transform.PERSPECTIVE,
            _perspective_coeffs(dst, src),
            Image.Resampling.BICUBIC,
            fillcolor=96,
        )
    if c.contrast != 1.0:
        frame = ImageEnhance.Contrast(frame).enhance(c.contrast)
    if c.blur:
        frame = frame.filter(ImageFilter.GaussianBlur(c.blur))
    if c.noise:
        noise = Image.effect_noise(size, c.noise)
        frame = ImageChops.add(frame, noise, 1.0, -128)
    if c.jpeg is not None:
        buf = io.BytesIO()
        frame.save(buf, "JPEG", quality=c.jpeg)
        buf.seek(0)
        frame = Image.open(buf).convert("L")
    return frame


def printed_page_photo(page: Image.Image, *, blur: float, jpeg: int) -> bytes:
    """A page as a poor scan or photo: blurred, then JPEG at ``jpeg`` quality."""
    buf = io.BytesIO()
    page.filter(ImageFilter.GaussianBlur(blur)).save(buf, "JPEG", quality=jpeg)
    return buf.getvalue()
