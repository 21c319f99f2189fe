"""Beranda with charts: real QtCharts rendered offscreen over a known data set."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from followup_data import followup, invite, meeting, org, person, report, series
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QLineSeries,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from rakor_desktop.domain.models import AgendaItem, Meeting
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.insight.charts import meeting_labels
from rakor_desktop.ui.insight.page import DashboardPage
from rakor_desktop.ui.insight.trend_table import COL_BUDGET_D, COL_IND, COL_OPD, COL_PHYS_D
from rakor_desktop.ui.workers import ImmediateExecutor

NOW = datetime(2025, 11, 1, 3, 0, tzinfo=UTC)  # Sabtu, 1 November 2025, 10.00 WIB
REPO = Path(__file__).resolve().parents[2]
FG = Qt.ItemDataRole.ForegroundRole


@pytest.fixture
def data(db):
    """Three monthly meetings, two OPDs with reports and follow-ups, one upcoming meeting."""
    with db.session(write=True) as s:
        ser = series(s, "Rakor Bulanan")
        dinkes = org(s, "Dinas Kesehatan", "Dinkes")
        pu = org(s, "Dinas Pekerjaan Umum", "DPU")
        m1 = meeting(s, date(2025, 8, 25), ser, "Rakor Agustus 2025")
        m2 = meeting(s, date(2025, 9, 22), ser, "Rakor September 2025")
        m3 = meeting(s, date(2025, 10, 27), ser, "Rakor Oktober 2025")
        heads = {o.short_name: person(s, f"Kepala {o.name}", o) for o in (dinkes, pu)}
        for m in (m1, m2, m3):
            invite(s, m, heads["Dinkes"], came=True)
            invite(s, m, heads["DPU"], came=m is not m2)
        for m, (b1, p1, b2, p2) in zip(
            (m1, m2, m3), ((30, 28, 20, 25), (45, 40, 26, 30), (60, 52, 25, 30.3)), strict=True
        ):
            report(s, m, dinkes, b1, p1, {"Prevalensi stunting (%)": f"{14 - m.id}"})
            report(s, m, pu, b2, p2)
        followup(s, m1, pu, "Perbaikan jalan", due=date(2025, 9, 15))
        followup(
            s,
            m1,
            dinkes,
            "Posyandu",
            due=date(2025, 9, 15),
            status="selesai",
            percent=100,
            completed_at=datetime(2025, 9, 1, 3, 0, tzinfo=UTC),
        )
        followup(s, m2, pu, "Drainase", due=date(2025, 10, 10), status="dalam_proses", percent=30)
        followup(s, m3, dinkes, "Imunisasi", due=date(2025, 12, 1))
        nxt = Meeting(
            title="Rakor November 2025",
            series_id=ser.id,
            place="Sasana Bhakti Praja",
            starts_at=datetime(2025, 11, 24, 2, 0, tzinfo=UTC),
        )
        s.add(nxt)
        s.flush()
        s.add(AgendaItem(meeting_id=nxt.id, title="Pembukaan"))
        invite(s, nxt, heads["Dinkes"], came=False)
    return db


@pytest.fixture
def ctx(db, data, tmp_path: Path) -> AppContext:
    context = AppContext(
        db=db,
        settings=AppSettings(tmp_path / "c.ini"),
        executor=ImmediateExecutor(),
        clock=lambda: NOW,
    )
    context.reload_zone()
    return context


@pytest.fixture
def page(qtbot, ctx) -> DashboardPage:
    p = DashboardPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 2300)
    p.refresh()
    p.show()
    qtbot.waitExposed(p)
    return p


def _series(page: DashboardPage, key: str, kind: type) -> list:
    return [s for s in page.views[key].chart().series() if isinstance(s, kind)]


def _points(line: QLineSeries) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in line.points()]


def test_charts_show_the_aggregates(page) -> None:
    assert page.is_data_ready()
    (overdue,) = _series(page, "terlambat", QLineSeries)
    # at Sept 22 one item (jalan) is late; at Oct 27 jalan and drainase are
    assert _points(overdue) == [(0, 0), (1, 1), (2, 2)]
    axis = page.views["terlambat"].chart().axes()[0]
    assert isinstance(axis, QBarCategoryAxis)
    assert axis.categories() == ["Agu 25", "Sep", "Okt"]

    (attendance,) = _series(page, "kehadiran", QBarSeries)
    assert [attendance.barSets()[0].at(i) for i in range(3)] == [100.0, 50.0, 100.0]

    budget, physical = _series(page, "anggaran", QLineSeries)
    assert [y for _, y in _points(budget)] == [25.0, 35.5, 42.5]
    assert budget.name() == "Realisasi anggaran" and physical.name() == "Realisasi fisik"

    (completion,) = _series(page, "penyelesaian", QHorizontalPercentBarSeries)
    names = [s.label() for s in completion.barSets()]
    assert names == ["Selesai", "Berjalan", "Terlambat"]
    done, running, late = completion.barSets()
    # bars bottom-up: Dinkes (50% done) below DPU (0% done, worst on top)
    assert [done.at(0), running.at(0), late.at(0)] == [1, 1, 0]
    assert [done.at(1), running.at(1), late.at(1)] == [0, 0, 2]

    (per_opd,) = _series(page, "kehadiran-opd", QHorizontalBarSeries)
    assert [per_opd.barSets()[0].at(i) for i in range(2)] == [100.0, pytest.approx(66.7)]


def test_next_meeting_readiness_and_attention(page) -> None:
    assert page.next_title.text() == "Rakor November 2025"
    texts = [p.text() for p in page._readiness_pills]
    assert texts == ["✓ 1 undangan", "✗ 0/1 terkirim", "✓ 1 butir agenda", "3 tindak lanjut dibawa"]
    assert page._readiness_pills[1].property("tone") == "danger"
    attention = " ".join(lbl.text() for lbl in page.attention_card.findChildren(QLabel))
    assert "Dinas Pekerjaan Umum" in attention
    assert "2 tindak lanjut terlambat" in attention
    assert "Kehadiran 66,7% (2/3)" in attention


def test_trend_table_arrows_and_colours(page) -> None:
    model = page.trend_model
    rows = {model.index(r, COL_OPD).data(): r for r in range(model.rowCount())}
    dinkes, pu = rows["Dinas Kesehatan"], rows["Dinas Pekerjaan Umum"]
    assert model.index(dinkes, COL_BUDGET_D).data() == "▲ +15,0"
    assert model.index(dinkes, COL_BUDGET_D).data(FG).color() == QColor(theme.SUCCESS)
    assert model.index(pu, COL_BUDGET_D).data() == "▼ −1,0"
    assert model.index(pu, COL_BUDGET_D).data(FG).color() == QColor(theme.DANGER)
    assert model.index(pu, COL_PHYS_D).data() == "▬ +0,3"
    assert model.index(pu, COL_PHYS_D).data(FG).color() == QColor(theme.TEXT_FAINT)
    # stunting falling 12 -> 11 is good news: green down arrow
    assert model.index(dinkes, COL_IND).data() == "Prevalensi stunting (%): 11  ▼"
    assert model.index(dinkes, COL_IND).data(FG).color() == QColor(theme.SUCCESS)
    assert model.index(dinkes, COL_IND).data(Qt.ItemDataRole.ToolTipRole) == (
        "Turun dari 12 pada laporan sebelumnya"
    )


def test_selected_opd_trend_chart_follows_the_table(page) -> None:
    # sorted by realisasi anggaran, lowest first: DPU (25%) is selected at start
    assert page.opd_title.text() == "Tren realisasi: Dinas Pekerjaan Umum"
    budget, physical = _series(page, "opd", QLineSeries)
    assert [y for _, y in _points(budget)] == [20.0, 26.0, 25.0]
    assert [y for _, y in _points(physical)] == [25.0, 30.0, 30.3]
    page.trend_table.selectRow(1)
    assert page.opd_title.text() == "Tren realisasi: Dinas Kesehatan"
    budget, _ = _series(page, "opd", QLineSeries)
    assert [y for _, y in _points(budget)] == [30.0, 45.0, 60.0]
    assert page.views["opd"].title == "Tren realisasi Dinas Kesehatan"


def test_charts_export_as_png(page, tmp_path) -> None:
    paths = page.export_all_pngs(tmp_path)
    assert sorted(p.name for p in paths) == [
        "grafik-anggaran.png",
        "grafik-kehadiran-opd.png",
        "grafik-kehadiran.png",
        "grafik-opd.png",
        "grafik-penyelesaian.png",
        "grafik-terlambat.png",
    ]
    for p in paths:
        image = QImage(str(p))
        assert not image.isNull() and image.width() > 300 and image.height() >= 270
        # saved on white, with something drawn (not a blank image)
        assert image.pixelColor(2, 2) == QColor("white")
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 5)
            for y in range(0, image.height(), 5)
        }
        assert len(colours) > 5
    # rendered at twice the on-screen size, the title drawn for the PNG only
    view = page.views["terlambat"]
    assert QImage(str(tmp_path / "grafik-terlambat.png")).width() == 2 * view.width()
    assert page.views["terlambat"].chart().title() == ""


def test_trend_tables_export_to_excel_in_a_worker(qtbot, page, ctx, tmp_path) -> None:
    import openpyxl

    out = tmp_path / "tren.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=5000) as blocker:
        worker = page.export_trends_to(out)
    assert worker in ctx.executor.started
    assert blocker.args == ["Tren 2 OPD diekspor ke tren.xlsx"]
    assert page.export_trends_button.isEnabled()
    rows = list(openpyxl.load_workbook(out)["Tren OPD"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["Dinas Kesehatan", "Dinas Pekerjaan Umum"]


def test_empty_database_shows_empty_states(qtbot, db, tmp_path) -> None:
    context = AppContext(
        db=db,
        settings=AppSettings(tmp_path / "c.ini"),
        executor=ImmediateExecutor(),
        clock=lambda: NOW,
    )
    p = DashboardPage(context)
    qtbot.addWidget(p)
    p.resize(1280, 1800)
    p.refresh()
    p.show()
    qtbot.waitExposed(p)
    assert p.is_data_ready()
    for card in p.cards.values():
        assert card.empty.isVisible() and not card.view.isVisible()
    assert p.trend_empty.isVisible()
    assert not any(pill.isVisible() for pill in p._readiness_pills)


def test_meeting_labels_are_short_and_unique() -> None:
    from rakor_desktop.services.insight.charts import MeetingRef

    def ref(i: int, d: date) -> MeetingRef:
        return MeetingRef(i, "", datetime(d.year, d.month, d.day, tzinfo=UTC), d)

    refs = [
        ref(1, date(2025, 11, 24)),
        ref(2, date(2025, 12, 1)),
        ref(3, date(2025, 12, 22)),
        ref(4, date(2026, 1, 26)),
    ]
    assert meeting_labels(refs) == ["Nov 25", "1 Des", "22 Des", "Jan 26"]


def test_demo_database_dashboard_renders(qtbot, demo_db, tmp_path) -> None:
    context = AppContext(
        db=demo_db, settings=AppSettings(tmp_path / "c.ini"), executor=ImmediateExecutor()
    )
    context.reload_zone()
    p = DashboardPage(context)
    qtbot.addWidget(p)
    p.resize(1280, 2300)
    p.refresh()
    p.show()
    qtbot.waitExposed(p)
    assert p.is_data_ready()
    assert sum(not v.empty for v in p.views.values()) >= 4
    assert p.trend_model.rowCount() > 10
    assert not p.grab().isNull()


def test_qtcharts_is_not_loaded_by_the_shell_or_the_followups_page() -> None:
    """Startup pays for QtCharts only when the dashboard itself is imported."""
    code = (
        "import sys\n"
        "import rakor_desktop.ui.main_window, rakor_desktop.ui.pages\n"
        "import rakor_desktop.ui.followups.page, rakor_desktop.services.insight.charts\n"
        "import rakor_desktop.cli.followups, rakor_desktop.services.insight.xlsx\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_progressive_start_paints_the_summary_first_then_fills_the_charts(qtbot, ctx) -> None:
    """The interactive window shows the summary at once; charts follow the first paint."""
    ctx.progressive = True
    p = DashboardPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 2300)
    p.refresh()
    assert p.summary is not None and p.chart_data is None
    assert p.is_data_ready()  # the first screen is the summary
    assert not hasattr(p, "views")  # no chart built before the first paint
    with qtbot.waitSignal(p.charts_loaded, timeout=5000):
        p.show()
    assert p.chart_data is not None and p.is_data_ready()
    (overdue,) = _series(p, "terlambat", QLineSeries)
    assert _points(overdue) == [(0, 0), (1, 1), (2, 2)]


def test_a_small_chart_keeps_every_month_label(qtbot) -> None:
    """Issue 15 item 10: squeezed flat labels made Qt drop the first month; when they no
    longer fit side by side they stand upright instead, and lie flat again when wide."""
    from PySide6.QtCharts import QBarCategoryAxis

    from rakor_desktop.services.insight.charts import MeetingAttendance, MeetingRef
    from rakor_desktop.ui.insight import charts as ch

    rows = []
    for i, (month, day) in enumerate([(2, 23), (3, 30), (4, 27), (5, 25), (6, 29), (7, 27),
                                      (8, 31), (9, 28), (10, 19), (10, 26), (11, 30)]):  # fmt: skip
        when = datetime(2026, month, day, 2, tzinfo=UTC)
        ref = MeetingRef(i + 1, f"Rakor {month}", when, when.date())
        rows.append(MeetingAttendance(ref, 59, 50 + i % 5, 0))
    view = ch.ChartView("kehadiran", "Kehadiran")
    qtbot.addWidget(view)
    view.resize(300, 280)
    view.show()
    ch.fill_attendance_by_meeting(view, rows)
    qtbot.wait(20)
    (axis,) = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.count() == 11 and axis.categories()[0] == "Feb 26"
    assert axis.labelsAngle() == -90
    view.resize(1000, 280)
    qtbot.wait(20)
    assert axis.labelsAngle() == 0
