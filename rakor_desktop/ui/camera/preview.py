"""The small live picture at the door, with a frame drawn around each code read.

Door staff aim the card by looking at it: the green frame says "seen", before the
big answer appears. When there is no picture the same place says why, in a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from rakor_desktop.services.scanning.decoder import Found

OURS = QColor("#1f9d55")
OTHER = QColor("#9aa5b1")


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.frame_size = QSize()
        self.codes: tuple[Found, ...] = ()
        self.message = ""
        self.is_ours = lambda text: text.upper().startswith("RKR")
        # Small on purpose: the counters and the missing list below matter more, and a
        # 768-pixel-high door laptop has no height to spare. The picture letterboxes.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.setMinimumHeight(80)
        self.setMaximumHeight(150)

    def sizeHint(self) -> QSize:
        # 150 pixels high leaves the answer panel its full height at 1366x768.
        return QSize(267, 150)

    def show_frame(self, image: QImage, frame_size: QSize, codes: tuple[Found, ...]) -> None:
        self.image, self.frame_size, self.codes, self.message = image, frame_size, codes, ""
        self.update()

    def show_message(self, text: str) -> None:
        self.image, self.codes, self.message = QImage(), (), text
        self.setToolTip(text)
        self.update()

    def _target(self) -> QRectF:
        """The picture's rectangle, letterboxed inside the widget."""
        if self.image.isNull():
            return QRectF(self.rect())
        size = QSize(self.image.size()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("#1c2430"))
        if self.image.isNull():
            p.setPen(QColor("#e6ebf1"))
            p.drawText(
                QRectF(self.rect()).adjusted(12, 8, -12, -8),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.message,
            )
            return
        target = self._target()
        p.drawImage(target, self.image)
        if self.frame_size.isEmpty():
            return
        sx = target.width() / self.frame_size.width()
        sy = target.height() / self.frame_size.height()
        for code in self.codes:
            colour = OURS if self.is_ours(code.text) else OTHER
            p.setPen(QPen(colour, 3))
            p.drawPolygon(
                QPolygonF(
                    [QPointF(target.x() + x * sx, target.y() + y * sy) for x, y in code.corners]
                )
            )
