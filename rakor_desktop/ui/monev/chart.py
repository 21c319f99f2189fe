"""An indicator's history against its target line (QtCharts).

The realisations are the solid line; the year's target is a dashed step line (two for a
range indicator), so whether the OPD is above or below the RPJMD yardstick is read at a
glance. Points flagged "perlu verifikasi" are not hidden: the chair must see them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from rakor_desktop.domain.monev import Target
from rakor_desktop.services.monev.evaluation import HistoryPoint
from rakor_desktop.ui import theme
from rakor_desktop.ui.insight.charts import (
    ChartView,
    _attach,
    _category_axis,
    _hide_scatter_legend,
    _line,
    _value_axis,
)

CONTEXT = "MonevChart"
MAX_POINTS = 36  # three years of months: more is unreadable on a laptop


def _target_line(name: str, values: Sequence[float | None]) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    pen = QPen(QColor(theme.DANGER))
    pen.setWidthF(1.8)
    pen.setStyle(Qt.PenStyle.DashLine)
    line.setPen(pen)
    for i, v in enumerate(values):
        if v is not None:
            line.append(float(i), float(v))
    return line


def _bounds(values: Sequence[float]) -> tuple[float, float]:
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    low = lo - pad
    if lo >= 0 and low < 0:
        low = 0.0
    return low, hi + pad


def fill_indicator_history(
    view: ChartView, points: Sequence[HistoryPoint], targets: dict[int, Target], unit: str
) -> None:
    """Realisations (solid) and the target per year (dashed) over the periods reported."""
    chart = view.reset()
    points = list(points)[-MAX_POINTS:]
    view.empty = not points
    if not points:
        return
    x = _category_axis([p.period for p in points])
    lows = [targets[p.year].low if p.year in targets else None for p in points]
    highs = [
        targets[p.year].high if p.year in targets and targets[p.year].high is not None else None
        for p in points
    ]
    every = [p.value for p in points] + [v for v in lows + highs if v is not None]
    lo, hi = _bounds(every)
    y = _value_axis(lo, hi, "%.0f" if hi - lo >= 50 else "%.1f", title=unit)
    y.applyNiceNumbers()
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    line, dots = _line(
        QCoreApplication.translate("MonevChart", "Realisasi"),
        [p.value for p in points],
        theme.ACCENT,
    )
    _attach(chart, line, x, y)
    _attach(chart, dots, x, y)
    if any(v is not None for v in lows):
        name = QCoreApplication.translate("MonevChart", "Target")
        if any(v is not None for v in highs):
            name = QCoreApplication.translate("MonevChart", "Batas bawah target")
        _attach(chart, _target_line(name, lows), x, y)
    if any(v is not None for v in highs):
        _attach(
            chart,
            _target_line(QCoreApplication.translate("MonevChart", "Batas atas target"), highs),
            x,
            y,
        )
    _hide_scatter_legend(chart)
    chart.legend().setVisible(True)
    view.fit_labels()
