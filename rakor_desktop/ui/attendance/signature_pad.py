"""A signature pad: the attendee signs with a mouse, a pen tablet or a finger.

Strokes are kept in widget coordinates while drawing and handed out normalised to
0..1 over the pad (x right, y down), which is what
:func:`rakor_desktop.domain.signature_strokes.encode_signature` stores and the daftar
hadir renders. Touch input arrives as Qt's synthesised mouse events; tablet
input is read directly for its sub-pixel positions.

The pad never takes keyboard focus: the scan field keeps it, so the next
person's QR can be scanned while the previous signature is still on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1a2a6c")
GUIDE = QColor("#9aa6b8")
PAPER = QColor("#ffffff")


class SignaturePad(QWidget):
    """Collects strokes; ``strokes()`` returns them normalised to 0..1."""

    strokesChanged = Signal(int)  # number of strokes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Bidang tanda tangan"))
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self.hint = self.tr("Tanda tangan di sini")

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    # -- data ------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def stroke_count(self) -> int:
        return len([s for s in self._strokes if s])

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.strokesChanged.emit(0)

    def strokes(self) -> list[list[tuple[float, float]]]:
        w = max(self.width() - 1, 1)
        h = max(self.height() - 1, 1)
        out = []
        for stroke in self._strokes:
            if stroke:
                out.append(
                    [(min(max(p.x() / w, 0.0), 1.0), min(max(p.y() / h, 0.0), 1.0)) for p in stroke]
                )
        return out

    # -- input -----------------------------------------------------------------

    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self._strokes.append([QPointF(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if not self._drawing or not self._strokes:
            return
        last = self._strokes[-1][-1]
        if (pos - last).manhattanLength() >= 0.75:
            self._strokes[-1].append(QPointF(pos))
            self.update()

    def _end(self, pos: QPointF) -> None:
        if self._drawing:
            self._extend(pos)
            self._drawing = False
            self.strokesChanged.emit(self.stroke_count())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesised mouse event on top

    # -- drawing ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.fillRect(self.rect(), PAPER)
        p.setPen(QPen(QColor("#cbd3df"), 1.5))
        p.drawRoundedRect(rect, 10, 10)
        base = self.height() * 0.75
        p.setPen(QPen(GUIDE, 1.2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(24, base), QPointF(self.width() - 24, base))
        font = p.font()
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
        p.setFont(font)
        p.setPen(GUIDE)
        p.drawText(QPointF(24, base - 10), "×")
        if self.is_empty():
            p.drawText(
                QRectF(0, base + 6, self.width(), self.height() - base - 6),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.hint,
            )
        pen = QPen(INK, 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        for stroke in self._strokes:
            if len(stroke) == 1:
                p.drawPoint(stroke[0])
                continue
            path = QPainterPath(stroke[0])
            for pt in stroke[1:]:
                path.lineTo(pt)
            p.drawPath(path)
        p.end()
