"""Painting of the status pill and the progress bar in the follow-up table.

Drawn by delegates because the app stylesheet paints item backgrounds itself
(BackgroundRole is ignored) and the selection colour would otherwise hide the red
of a late item: the pill keeps its colours when the row is selected.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rakor_desktop.ui import theme
from rakor_desktop.ui.followups import status as st
from rakor_desktop.ui.followups.model import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex


def _background(painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
    opt = QStyleOptionViewItem(option)
    opt.text = ""
    style = opt.widget.style() if opt.widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


class StatusDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        _background(painter, option, index)
        row = index.data(ROW_ROLE)
        if row is None:
            return
        fg, bg = st.COLORS[row.status]
        text = st.label(row.status)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(text) + 20
        height = painter.fontMetrics().height() + 8
        rect = QRectF(option.rect)
        pill = QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()


class ProgressDelegate(QStyledItemDelegate):
    """``40%`` with a thin bar under it, green when done, red when late."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        _background(painter, option, index)
        row = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(8, 6, -8, -6)
        text_rect = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - 6)
        painter.setPen(QColor(theme.TEXT_FAINT if row.status == "dibatalkan" else theme.TEXT))
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{row.percent}%",
        )
        track = QRectF(rect.left(), rect.bottom() - 4, rect.width(), 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.BORDER))
        painter.drawRoundedRect(track, 2, 2)
        if row.percent > 0:
            fill = QRectF(track.left(), track.top(), track.width() * row.percent / 100, 4)
            painter.setBrush(QColor(st.COLORS[row.status][0]))
            painter.drawRoundedRect(fill, 2, 2)
        painter.restore()
