"""One row per returned row (and per refused file), with its verdict and reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from rakor_desktop.messages import render
from rakor_desktop.services.returns.review import FileReview, Outcome
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.models import Column, RowTableModel

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


def _outcome(line: Line) -> str:
    return QCoreApplication.translate(CONTEXT, OUTCOME_LABELS[line.outcome])


COLUMNS = (
    Column(HEADERS[0], lambda x: f"{x.file} · {x.organization}" if x.organization else x.file, CONTEXT),
    Column(HEADERS[1], lambda x: "" if x.row is None else str(x.row), CONTEXT,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column(HEADERS[2], lambda x: x.action, CONTEXT),
    Column(HEADERS[3], _outcome, CONTEXT, foreground=lambda x: COLOURS[x.outcome][0],
           background=lambda x: COLOURS[x.outcome][1]),
    Column(HEADERS[4], lambda x: x.reason, CONTEXT),
)  # fmt: skip


def review_model(parent=None) -> RowTableModel:
    """The verdicts as a table: one row per returned row (and per refused file)."""
    return RowTableModel(COLUMNS, parent)
