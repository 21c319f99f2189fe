"""One row per returned row (and per refused file), with its verdict and reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from rakor_desktop.messages import render
from rakor_desktop.services.returns.review import FileReview, Outcome
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ReturnImport"
HEADERS = (
    QT_TRANSLATE_NOOP("ReturnImport", "Berkas"),
    QT_TRANSLATE_NOOP("ReturnImport", "Baris"),
    QT_TRANSLATE_NOOP("ReturnImport", "Tindak lanjut"),
    QT_TRANSLATE_NOOP("ReturnImport", "Hasil"),
    QT_TRANSLATE_NOOP("ReturnImport", "Alasan"),
)
OUTCOME_LABELS = {
    Outcome.UPDATED: QT_TRANSLATE_NOOP("ReturnImport", "Diperbarui"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("ReturnImport", "Tidak berubah"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("ReturnImport", "Ditolak"),
}
COLOURS = {
    Outcome.UPDATED: ("#1E7B34", "#E7F5EA"),
    Outcome.UNCHANGED: ("#4B5563", "#F3F4F6"),
    Outcome.REFUSED: ("#B42318", "#FDECEA"),
}


@dataclass(frozen=True, slots=True)
class Line:
    file: str
    organization: str
    row: int | None
    action: str
    outcome: Outcome
    reason: str


def lines_of(reviews: list[FileReview]) -> list[Line]:
    lines: list[Line] = []
    for review in reviews:
        if review.error:
            lines.append(
                Line(review.path.name, "", None, "", Outcome.REFUSED, render(review.error))
            )
            continue
        for r in review.rows:
            # Rendered here, in the interface language: the services' M keep their codes.
            reason = " ".join(render(x) for x in (r.reason, *r.notices) if x)
            lines.append(
                Line(
                    review.path.name, review.organization, r.sheet_row, r.action, r.outcome, reason
                )
            )
    return lines


class ReviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []

    def set_reviews(self, reviews: list[FileReview]) -> None:
        self.beginResetModel()
        self.lines = lines_of(reviews)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return f"{line.file} · {line.organization}" if line.organization else line.file
            if col == 1:
                return "" if line.row is None else str(line.row)
            if col == 2:
                return line.action
            if col == 3:
                return QCoreApplication.translate(CONTEXT, OUTCOME_LABELS[line.outcome])
            return line.reason
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QBrush(QColor(COLOURS[line.outcome][0]))
        if role == Qt.ItemDataRole.BackgroundRole and col == 3:
            return QBrush(QColor(COLOURS[line.outcome][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
