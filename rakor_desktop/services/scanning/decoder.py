"""QR codes in a grayscale frame or a picture file, read with zxing-cpp.

Camera frames arrive as 8-bit luminance buffers (the UI converts, this module sees no
Qt); pictures are opened with Pillow, which already ships with ReportLab. A frame is
read in one pass tuned for speed (the next frame comes 33 ms later anyway); a photo
is read in several passes, because a phone picture of a stack of cards or a scanned
sheet is read once and every card on it matters more than the time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from rakor_desktop.messages import M

log = logging.getLogger(__name__)


def _qr() -> zxingcpp.BarcodeFormats:
    """QR only. Made per call: a module-level zxing object outlives the interpreter's
    teardown and nanobind then prints a leak report on stderr at every exit."""
    return zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


#: Longest side a photo is read at first; a 12-megapixel phone picture is scaled down
#: (zxing also tries smaller scales itself) and read again at full size only if needed.
PHOTO_FIRST_SIDE = 2400
#: Pictures bigger than this are refused instead of exhausting the laptop's memory.
MAX_PIXELS = 80_000_000


@dataclass(frozen=True, slots=True)
class Found:
    """One code: its text and its corners (top-left, top-right, bottom-right,
    bottom-left) in the coordinates of the picture that was read."""

    text: str
    corners: tuple[tuple[int, int], ...]


class PictureError(Exception):
    """A picture that cannot be read; ``args[0]`` is an Indonesian :class:`M`."""


def _found(results: list[zxingcpp.Barcode], scale: float = 1.0) -> list[Found]:
    out = []
    for r in results:
        if not r.valid or not r.text:
            continue
        p = r.position
        corners = tuple(
            (round(pt.x / scale), round(pt.y / scale))
            for pt in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        )
        out.append(Found(r.text, corners))
    return out


def decode_luminance(
    data: bytes | bytearray | memoryview, width: int, height: int, stride: int = 0
) -> list[Found]:
    """Codes in one camera frame: ``data`` is ``height`` rows of 8-bit luminance.

    The fast settings: QR only, no 90-degree retries (a QR finder pattern has no
    orientation), no inverted pass (cards are printed dark on light).
    """
    stride = stride or width
    if width <= 0 or height <= 0 or len(data) < stride * (height - 1) + width:
        return []
    view = memoryview(data).cast("B", (height, stride))
    image = zxingcpp.ImageView(view, width, height, zxingcpp.ImageFormat.Lum, stride)
    return _found(
        zxingcpp.read_barcodes(
            image,
            formats=_qr(),
            try_rotate=False,
            try_invert=False,
        )
    )


def _read(image: Image.Image, scale: float, binarizer: zxingcpp.Binarizer) -> list[Found]:
    return _found(zxingcpp.read_barcodes(image, formats=_qr(), binarizer=binarizer), scale)


def decode_picture_image(image: Image.Image) -> list[Found]:
    """Every code in a photo or a scan, each text once, in reading order.

    Passes, merged: the picture as it is (downscaled if huge); twice the size with a
    light sharpening for low-resolution scans (72-96 dpi, where a module is 3 pixels
    and blur merges them); the global-histogram binarizer for unevenly lit photos.
    """
    gray = ImageOps.exif_transpose(image).convert("L")
    local, histogram = zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram
    passes: list[tuple[Image.Image, float, zxingcpp.Binarizer]] = []
    side = max(gray.size)
    first = gray
    scale = 1.0
    if side > PHOTO_FIRST_SIDE:
        scale = PHOTO_FIRST_SIDE / side
        first = gray.resize(
            (round(gray.width * scale), round(gray.height * scale)), Image.Resampling.LANCZOS
        )
    passes.append((first, scale, local))
    if side <= 1600:
        big = gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.BICUBIC)
        passes.append((big.filter(ImageFilter.UnsharpMask(2, 120, 2)), 2.0, local))
    if scale != 1.0:
        passes.append((gray, 1.0, local))
    passes.append((first, scale, histogram))
    seen: dict[str, Found] = {}
    for picture, factor, binarizer in passes:
        for f in _read(picture, factor, binarizer):
            seen.setdefault(f.text, f)
    return sorted(seen.values(), key=lambda f: (f.corners[0][1] // 40, f.corners[0][0]))


def decode_picture(path: Path) -> list[Found]:
    """Every code in the picture file ``path``; :class:`PictureError` when unreadable."""
    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PIXELS:
                raise PictureError(
                    M(
                        "Gambar terlalu besar ({width} x {height} piksel).",
                        width=image.width,
                        height=image.height,
                    )
                )
            image.load()
            return decode_picture_image(image)
    except PictureError:
        raise
    except FileNotFoundError:
        raise PictureError(M("Berkas tidak ditemukan.")) from None
    except IsADirectoryError:
        raise PictureError(M("Ini folder, bukan gambar.")) from None
    except PermissionError:
        raise PictureError(M("Berkas tidak boleh dibaca (izin ditolak).")) from None
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise PictureError(M("Bukan gambar yang dikenali (JPEG, PNG, TIFF, BMP).")) from None
    except (OSError, ValueError, SyntaxError) as exc:
        log.info("picture %s unreadable: %s", path, exc)
        raise PictureError(M("Gambar rusak atau terpotong.")) from None
