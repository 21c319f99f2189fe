"""The dashboard charts, built from the service aggregates with one shared look.

QtCharts lives only in this package, which the page registry imports on demand, so
the CLI and the other pages never load it. Charts are static (no animation): they
paint in one pass offscreen, which keeps the dashboard quick and makes screenshots
and tests deterministic. Every chart can be saved as PNG with its title drawn in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QFrame, QWidget

from rakor_desktop.services.insight.charts import (
    MeetingAttendance,
    MeetingBudget,
    MeetingCount,
    MeetingRef,
    OpdAttendance,
    OpdCompletion,
)
from rakor_desktop.services.insight.trends import OpdTrend
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DashboardCharts"
TOP_OPDS = 10
GRID = "#e9edf3"
ORANGE = "#d9822b"


def _font(size: float, bold: bool = False) -> QFont:
    f = QFont(QGuiApplication.font())
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


_MONTHS = (
    QT_TRANSLATE_NOOP("DashboardCharts", "Jan"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Feb"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Mar"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Apr"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Mei"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Jun"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Jul"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Agu"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Sep"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Okt"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Nov"),
    QT_TRANSLATE_NOOP("DashboardCharts", "Des"),
)


def meeting_labels(refs: Sequence[MeetingRef]) -> list[str]:
    """Short x-axis labels: ``Jan 26``, then ``Feb``, ``Mar``... (year again when it
    changes); a month with two meetings shows days (``12 Okt``, ``26 Okt``)."""
    per_month: dict[tuple[int, int], int] = {}
    for r in refs:
        per_month[(r.day.year, r.day.month)] = per_month.get((r.day.year, r.day.month), 0) + 1
    out, last_year = [], None
    for r in refs:
        month = QCoreApplication.translate(CONTEXT, _MONTHS[r.day.month - 1])
        text = f"{r.day.day} {month}" if per_month[(r.day.year, r.day.month)] > 1 else month
        if r.day.year != last_year:
            text += f" {r.day:%y}"
            last_year = r.day.year
        out.append(text)
    return out


def unique_labels(labels: Sequence[str]) -> list[str]:
    """Category axes drop repeated names: two meetings in one month become ``Okt 26 (2)``."""
    seen: dict[str, int] = {}
    out = []
    for text in labels:
        seen[text] = seen.get(text, 0) + 1
        out.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
    return out


def _elide(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


class ChartView(QChartView):
    """A chart view with the app look and a title used only when saved as PNG."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 16, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(_font(8.5))
        chart.legend().setLabelColor(QColor(theme.TEXT_MUTED))
        chart.setTitleFont(_font(11, bold=True))
        chart.setTitleBrush(QBrush(QColor(theme.TEXT)))
        super().__init__(chart, parent)
        self.key = key
        self.title = title
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(270)
        # No per-widget stylesheet: each one costs a style pass on every show.
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.transparent))
        self.viewport().setAutoFillBackground(False)
        self.empty = False
        # Axes arrive with each fill and the plot area changes with every resize.
        chart.plotAreaChanged.connect(lambda _area: self.fit_labels())

    def fit_labels(self) -> None:
        """Slant the month labels when they no longer fit side by side.

        Flat labels that overlap are dropped by Qt, the first month first: a small
        chart showed eleven bars and ten months, the earliest unnamed.
        """
        chart = self.chart()
        width = chart.plotArea().width() or self.width() * 0.85
        metrics = QFontMetrics(_font(8.5))
        for axis in chart.axes(Qt.Orientation.Horizontal):
            if not isinstance(axis, QBarCategoryAxis) or axis.count() == 0:
                continue
            widest = max(metrics.horizontalAdvance(text) for text in axis.categories())
            crowded = widest + 8 > width / axis.count()
            axis.setLabelsAngle(-90 if crowded else 0)

    def reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def save_png(self, path: str | Path, scale: float = 2.0) -> bool:
        """The chart as PNG on white, with its title (the card title is not in the grab).

        Rendered at ``scale`` times the screen size so it stays sharp in a printed
        report or a slide.
        """
        chart = self.chart()
        chart.setTitle(self.title)
        chart.setBackgroundVisible(True)
        chart.setBackgroundBrush(QBrush(QColor("white")))
        chart.setBackgroundRoundness(0)
        chart.layout().activate()  # lay the title out now, not at the next event loop pass
        try:
            size = self.size()
            image = QImage(
                int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
            )
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            # QGraphicsView.render draws the scene as vectors into the whole image
            QChartView.render(self, painter, QRectF(image.rect()), self.viewport().rect())
            painter.end()
            # PySide takes the format as str here although its stub says bytes.
            return image.save(str(path), "PNG")  # type: ignore[call-overload]
        finally:
            chart.setTitle("")
            chart.setBackgroundVisible(False)
            chart.layout().activate()


def _value_axis(
    lo: float, hi: float, fmt: str = "%d", ticks: int = 6, title: str = ""
) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(lo, hi)
    axis.setLabelFormat(fmt)
    axis.setTickCount(ticks)
    axis.setLabelsFont(_font(8.5))
    axis.setLabelsColor(QColor(theme.TEXT_MUTED))
    axis.setGridLineColor(QColor(GRID))
    axis.setLinePenColor(QColor(theme.BORDER_STRONG))
    if title:
        axis.setTitleText(title)
        axis.setTitleFont(_font(8.5))
        axis.setTitleBrush(QBrush(QColor(theme.TEXT_MUTED)))
    return axis


def _category_axis(labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(unique_labels(labels))
    axis.setTruncateLabels(False)
    axis.setLabelsFont(_font(8.5))
    axis.setLabelsColor(QColor(theme.TEXT_MUTED))
    axis.setGridLineVisible(False)
    axis.setLinePenColor(QColor(theme.BORDER_STRONG))
    return axis


def _nice_max(value: float, minimum: int = 5) -> int:
    """A round axis maximum above ``value``: 5, 10, 20, 25, 50, 100, 200..."""
    top = max(float(value), minimum)
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top <= step:
            return step
    return int(top * 1.1)


def _bar_set(name: str, values: Sequence[float], color: str) -> QBarSet:
    s = QBarSet(name)
    s.append([float(v) for v in values])
    s.setColor(QColor(color))
    s.setBorderColor(QColor(color))
    s.setLabelColor(QColor(theme.TEXT))
    return s


def _line(name: str, values: Sequence[float | None], color: str, width: float = 2.5):
    """A line and its points; gaps (None) simply skip a point."""
    line = QLineSeries()
    line.setName(name)
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    line.setPen(pen)
    dots = QScatterSeries()
    dots.setMarkerSize(7)
    dots.setColor(QColor(color))
    dots.setBorderColor(QColor("white"))
    for i, v in enumerate(values):
        if v is not None:
            line.append(float(i), float(v))
            dots.append(float(i), float(v))
    return line, dots


def _attach(chart: QChart, series, x_axis, y_axis) -> None:
    chart.addSeries(series)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)


def _hide_scatter_legend(chart: QChart) -> None:
    for marker in chart.legend().markers():
        if isinstance(marker.series(), QScatterSeries):
            marker.setVisible(False)


# ------------------------------------------------------------------ charts


def fill_overdue_trend(view: ChartView, rows: Sequence[MeetingCount]) -> None:
    chart = view.reset()
    view.empty = not rows
    if not rows:
        return
    x = _category_axis(meeting_labels([r.meeting for r in rows]))
    y = _value_axis(
        0,
        _nice_max(max(r.value for r in rows)),
        title=QCoreApplication.translate("DashboardCharts", "tindak lanjut"),
    )
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    line, dots = _line(
        QCoreApplication.translate("DashboardCharts", "Terlambat saat rapat dimulai"),
        [r.value for r in rows],
        theme.DANGER,
    )
    _attach(chart, line, x, y)
    _attach(chart, dots, x, y)
    _hide_scatter_legend(chart)
    chart.legend().setVisible(False)


def fill_attendance_by_meeting(view: ChartView, rows: Sequence[MeetingAttendance]) -> None:
    chart = view.reset()
    rows = [r for r in rows if r.invited > 0]
    view.empty = not rows
    if not rows:
        return
    x = _category_axis(meeting_labels([r.meeting for r in rows]))
    y = _value_axis(
        0, 100, "%d%%", title=QCoreApplication.translate("DashboardCharts", "hadir dari undangan")
    )
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series = QBarSeries()
    series.setBarWidth(0.6)
    series.append(
        _bar_set(
            QCoreApplication.translate("DashboardCharts", "Kehadiran"),
            [round((r.rate or 0) * 100, 1) for r in rows],
            theme.ACCENT,
        )
    )
    _attach(chart, series, x, y)
    chart.legend().setVisible(False)


def fill_budget_trend(view: ChartView, rows: Sequence[MeetingBudget]) -> None:
    chart = view.reset()
    rows = [r for r in rows if r.reports > 0]
    view.empty = not rows
    if not rows:
        return
    x = _category_axis(meeting_labels([r.meeting for r in rows]))
    y = _value_axis(
        0, 100, "%d%%", title=QCoreApplication.translate("DashboardCharts", "rata-rata OPD")
    )
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for name, values, color in (
        (
            QCoreApplication.translate("DashboardCharts", "Realisasi anggaran"),
            [r.budget_avg for r in rows],
            theme.ACCENT,
        ),
        (
            QCoreApplication.translate("DashboardCharts", "Realisasi fisik"),
            [r.physical_avg for r in rows],
            ORANGE,
        ),
    ):
        line, dots = _line(name, values, color)
        _attach(chart, line, x, y)
        _attach(chart, dots, x, y)
    _hide_scatter_legend(chart)
    chart.legend().setVisible(True)


def fill_completion_by_opd(view: ChartView, rows: Sequence[OpdCompletion]) -> None:
    """The OPDs with the lowest completion, as 100 % bars: done / running / late."""
    chart = view.reset()
    rows = [r for r in rows if r.active > 0][:TOP_OPDS]
    view.empty = not rows
    if not rows:
        return
    rows = list(reversed(rows))  # horizontal bars are drawn bottom-up: worst on top
    y = _category_axis([_elide(r.label) for r in rows])
    x = _value_axis(0, 100, "%d%%", ticks=5)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series = QHorizontalPercentBarSeries()
    series.setBarWidth(0.65)
    for name, values, color in (
        (
            QCoreApplication.translate("DashboardCharts", "Selesai"),
            [r.done for r in rows],
            theme.SUCCESS,
        ),
        (
            QCoreApplication.translate("DashboardCharts", "Berjalan"),
            [r.in_progress for r in rows],
            "#8fb3e8",
        ),
        (
            QCoreApplication.translate("DashboardCharts", "Terlambat"),
            [r.overdue for r in rows],
            theme.DANGER,
        ),
    ):
        series.append(_bar_set(name, values, color))
    _attach(chart, series, x, y)
    chart.legend().setVisible(True)


def fill_attendance_by_opd(view: ChartView, rows: Sequence[OpdAttendance]) -> None:
    chart = view.reset()
    rows = [r for r in rows if r.invited > 0][:TOP_OPDS]
    view.empty = not rows
    if not rows:
        return
    rows = list(reversed(rows))
    y = _category_axis([_elide(r.label) for r in rows])
    x = _value_axis(0, 100, "%d%%", ticks=5)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series = QHorizontalBarSeries()
    series.setBarWidth(0.6)
    values = [round((r.rate or 0) * 100, 1) for r in rows]
    series.append(
        _bar_set(QCoreApplication.translate("DashboardCharts", "Kehadiran"), values, theme.WARNING)
    )
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
    for s in series.barSets():
        s.setLabelColor(QColor("white"))
        s.setLabelFont(_font(8, bold=True))
    _attach(chart, series, x, y)
    chart.legend().setVisible(False)


def fill_opd_trend(view: ChartView, trend: OpdTrend | None) -> None:
    """One OPD's realisasi anggaran and fisik at each meeting it reported to."""
    chart = view.reset()
    points = trend.points if trend is not None else []
    view.empty = not points
    if not points:
        return
    x = _category_axis(meeting_labels([p.meeting for p in points]))
    y = _value_axis(0, 100, "%d%%")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for name, values, color in (
        (
            QCoreApplication.translate("DashboardCharts", "Realisasi anggaran"),
            [p.budget_pct for p in points],
            theme.ACCENT,
        ),
        (
            QCoreApplication.translate("DashboardCharts", "Realisasi fisik"),
            [p.physical_pct for p in points],
            ORANGE,
        ),
    ):
        line, dots = _line(name, values, color)
        _attach(chart, line, x, y)
        _attach(chart, dots, x, y)
    _hide_scatter_legend(chart)
    chart.legend().setVisible(True)
