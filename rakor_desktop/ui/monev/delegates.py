"""The evaluation band as a coloured pill in the Monev table.

A delegate because the app stylesheet paints item backgrounds itself (BackgroundRole is
ignored), and the band's colour must survive the row being selected.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from rakor_desktop.ui.followups.delegates import _background
from rakor_desktop.ui.roles import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex


class CategoryDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        _background(painter, option, index)
        row = index.data(ROW_ROLE)
        if row is None or row.category is None or not row.colour:
            return
        text = row.category.value
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        rect = QRectF(option.rect).adjusted(4, 0, -4, 0)
        width = min(painter.fontMetrics().horizontalAdvance(text) + 18, rect.width())
        height = painter.fontMetrics().height() + 8
        pill = QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(row.colour))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white"))
        elided = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, int(width - 10)
        )
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), elided)
        painter.restore()
