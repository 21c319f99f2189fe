"""From a camera frame to the luminance buffer the decoder reads."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from rakor_desktop.services.scanning.decoder import Found, decode_luminance


@dataclass(frozen=True, slots=True)
class DecodedFrame:
    """What one frame gave: its codes (in frame pixels), the frame's size, and a small
    copy for the preview (made on the worker thread, so the GUI only paints it)."""

    codes: tuple[Found, ...]
    size: QSize
    preview: QImage
    decode_ms: float


def decode_image(image: QImage) -> list[Found]:
    """Codes in a frame already converted to a QImage (any pixel format)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits = gray.constBits()
    return decode_luminance(bits, gray.width(), gray.height(), gray.bytesPerLine())


def preview_of(image: QImage, width: int) -> QImage:
    """A copy ``width`` pixels wide for the live preview (the frame itself is 1 MB+)."""
    if image.width() <= width:
        return image.copy()
    return image.scaledToWidth(width, Qt.TransformationMode.FastTransformation)
