"""Beranda with charts: what the chair reads before the next Rakor.

It extends the shell's home page (next meeting, counts, recent meetings) with the
next meeting's readiness, five charts (follow-up completion by OPD, overdue trend,
attendance per meeting and per OPD, budget absorption trend), the OPDs needing
attention and the OPD trend table with arrows. All numbers come from a handful of
GROUP BY queries in one short session (``services.dashboard_charts``,
``services.trends``); charts are static and paint in one pass.

In the interactive window (``ctx.progressive``) the charts, QtCharts itself and their
queries wait until the summary has been painted once: the window is usable at once
and the charts fill in a moment later. Tests and screenshots build everything at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.insight.charts import ChartData, Readiness, chart_data
from rakor_desktop.services.insight.trends import (
    Attention,
    AttentionRow,
    TrendRow,
    attention_ranking,
    opd_trends,
    trend_rows,
)
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.insight.trend_table import ROW_ROLE, SORT_ROLE, WIDTHS, TrendTableModel
from rakor_desktop.ui.pages.home import HomePage
from rakor_desktop.ui.widgets import (
    Card,
    EmptyState,
    clear_layout,
    divider,
    label,
    pill,
    style_table,
)
from rakor_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from rakor_desktop.ui.insight import charts as ch

TREND_MEETINGS = 12


class ChartCard(Card):
    """A card holding one chart, its title and a "Simpan PNG" link."""

    def __init__(self, view: ch.ChartView, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, margins=(18, 14, 18, 12))
        head = QHBoxLayout()
        self.title_label = label(view.title, "section")
        head.addWidget(self.title_label, 1)
        self.save_button = QPushButton(self.tr("Simpan PNG"))
        self.save_button.setProperty("variant", "link")
        self.save_button.setToolTip(self.tr("Simpan grafik ini sebagai gambar PNG"))
        head.addWidget(self.save_button)
        self.body.addLayout(head)
        self.view = view
        self.body.addWidget(view, 1)
        self.empty = EmptyState("info", empty_text)
        self.body.addWidget(self.empty, 1)
        self.empty.hide()

    def update_empty(self) -> None:
        self.view.setVisible(not self.view.empty)
        self.empty.setVisible(self.view.empty)


def _short_pct(value: float) -> str:
    """``47,2%`` / ``47.2%``; ``20%`` when whole (as the service's reasons read)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")  # Python's rounding, as the service's
    return text.replace(".", fmt.locale().decimalPoint()) + "%"


class DashboardPage(HomePage):
    """Registered as ``rakor_desktop.ui.insight.page:DashboardPage`` (key ``beranda``)."""

    charts_loaded = Signal()
    export_finished = Signal(str)  # the message for the user (success or failure)
    # Filled by refresh(); class defaults because HomePage.__init__ builds the layout.
    chart_data: ChartData | None = None
    attention: Attention | None = None
    opd_series: dict = {}  # organization id -> OpdTrend; replaced (never mutated) by refresh
    _notify_export = False

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        super()._build()
        self._charts_built = False
        self._charts_pending = False
        page_layout = self._page_layout()
        self._charts_host = QWidget()
        host_layout = self._charts_host_layout = QVBoxLayout(self._charts_host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self._charts_host)
        if self.ctx.progressive:
            self._loading = label(self.tr("Memuat grafik…"), "muted")
            host_layout.addWidget(self._loading)
            # The scroll area's content paints whenever the page is on screen (the
            # page and the viewport are covered by it, so Qt skips their paints).
            self._paint_probe = self._page_content()
            self._paint_probe.installEventFilter(self)
        else:
            self._build_charts()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        probe = getattr(self, "_paint_probe", None)
        if obj is probe and event.type() == QEvent.Type.Paint and not self._charts_built:
            probe.removeEventFilter(self)
            QTimer.singleShot(0, self.ensure_charts)
        return False

    def ensure_charts(self) -> None:
        """Build the chart section now (after the first paint, or when asked)."""
        if self._charts_built:
            return
        loading: QLabel | None = getattr(self, "_loading", None)
        if loading is not None:
            loading.deleteLater()
            del self._loading
        self._build_charts()
        if self._charts_pending:
            self._charts_pending = False
            self._refresh_charts()

    def _build_charts(self) -> None:
        from rakor_desktop.ui.insight import charts as ch

        self._charts_built = True
        layout = self._charts_host_layout
        self.export_trends_button = QPushButton(self.tr("Ekspor tren OPD (Excel)"))
        self.export_trends_button.clicked.connect(self._choose_trends_file)
        self.header.add_action(self.export_trends_button)
        self.export_charts_button = QPushButton(self.tr("Simpan semua grafik (PNG)"))
        self.export_charts_button.clicked.connect(self._choose_chart_folder)
        self.header.add_action(self.export_charts_button)

        layout.addWidget(label(self.tr("KINERJA DAN TINDAK LANJUT"), "overline"))
        grid = QGridLayout()
        grid.setSpacing(18)
        self.views = {
            "terlambat": ch.ChartView("terlambat", self.tr("Tindak lanjut terlambat saat rapat")),
            "kehadiran": ch.ChartView("kehadiran", self.tr("Tingkat kehadiran per rapat")),
            "anggaran": ch.ChartView(
                "anggaran", self.tr("Realisasi anggaran dan fisik (rata-rata OPD)")
            ),
            "penyelesaian": ch.ChartView(
                "penyelesaian", self.tr("Penyelesaian tindak lanjut per OPD (10 terendah)")
            ),
            "kehadiran-opd": ch.ChartView(
                "kehadiran-opd", self.tr("Kehadiran per OPD (10 terendah)")
            ),
        }
        empty = {
            "terlambat": self.tr("Belum ada rapat yang sudah berlangsung."),
            "kehadiran": self.tr("Belum ada undangan pada rapat yang sudah berlangsung."),
            "anggaran": self.tr("Belum ada laporan realisasi OPD."),
            "penyelesaian": self.tr("Belum ada tindak lanjut."),
            "kehadiran-opd": self.tr("Belum ada undangan untuk OPD."),
        }
        self.cards: dict[str, ChartCard] = {}
        for key, view in self.views.items():
            card = ChartCard(view, empty[key])
            card.save_button.clicked.connect(lambda _c=False, k=key: self._choose_chart_file(k))
            self.cards[key] = card
        grid.addWidget(self.cards["terlambat"], 0, 0)
        grid.addWidget(self.cards["kehadiran"], 0, 1)
        grid.addWidget(self.cards["anggaran"], 1, 0)
        grid.addWidget(self.cards["penyelesaian"], 1, 1)
        grid.addWidget(self.cards["kehadiran-opd"], 2, 0)
        self.attention_card = Card(self.tr("OPD perlu perhatian"))
        self.attention_rows = QVBoxLayout()
        self.attention_rows.setSpacing(0)
        self.attention_card.body.addLayout(self.attention_rows)
        self.attention_card.body.addStretch(1)
        grid.addWidget(self.attention_card, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for row in range(3):
            grid.setRowMinimumHeight(row, 330)
        layout.addLayout(grid)

        self.trend_card = Card(self.tr("Tren kinerja OPD"))
        self.trend_hint = label(
            self.tr(
                "Laporan terakhir tiap OPD dibanding laporan sebelumnya: ▲ naik, ▼ turun, "
                "▬ tetap (selisih tidak lebih dari 0,5 poin). Hijau berarti membaik."
            ),
            "muted",
            wrap=True,
        )
        self.trend_card.body.addWidget(self.trend_hint)
        self.trend_model = TrendTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.trend_model)
        proxy.setSortRole(SORT_ROLE)
        self.trend_proxy = proxy
        self.trend_table = QTableView()
        self.trend_table.setModel(proxy)
        style_table(self.trend_table)
        self.trend_table.setSortingEnabled(True)
        # "Kecamatan Pemalang" and "Kecamatan Pulosari" differ at the end.
        self.trend_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.trend_table.setWordWrap(False)  # wrapping would elide the end regardless
        self.trend_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        for i, w in enumerate(WIDTHS):
            self.trend_table.setColumnWidth(i, w)
        self.trend_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.trend_table.setMinimumHeight(420)
        self.trend_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_selected_opd()
        )
        self.trend_card.body.addWidget(self.trend_table)
        # Below the table, the selected OPD's realisasi at every meeting.
        side = QVBoxLayout()
        side.setContentsMargins(0, 8, 0, 0)
        side.setSpacing(4)
        self.opd_title = label("", "section", wrap=True)
        side.addWidget(self.opd_title)
        side.addWidget(label(self.tr("Pilih OPD pada tabel untuk melihat trennya."), "faint"))
        self.views["opd"] = ch.ChartView("opd", self.tr("Tren realisasi OPD"))
        self.views["opd"].setMinimumHeight(300)
        side.addWidget(self.views["opd"], 1)
        self.opd_chart_box = QWidget()
        self.opd_chart_box.setLayout(side)
        self.trend_card.body.addWidget(self.opd_chart_box)
        self.trend_empty = EmptyState("info", self.tr("Belum ada laporan OPD untuk dibandingkan."))
        self.trend_card.body.addWidget(self.trend_empty)
        self.trend_empty.hide()
        layout.addWidget(self.trend_card)

    def _scroll_area(self) -> QScrollArea:
        area = self.findChild(QScrollArea, "PageScroll")
        assert area is not None
        return area

    def _page_content(self) -> QWidget:
        content = self._scroll_area().widget()
        assert content is not None
        return content

    def _page_layout(self) -> QVBoxLayout:
        layout = self._page_content().layout()
        assert isinstance(layout, QVBoxLayout)
        return layout

    def _build_next_card(self) -> QWidget:
        """The shell's next-meeting card plus a row of readiness checks."""
        card = super()._build_next_card()
        self.trends: list[TrendRow] = []
        self._readiness_pills: list[QLabel] = []
        row = QHBoxLayout()
        row.setSpacing(6)
        self.readiness_row = row
        for _ in range(4):
            p = pill("", "muted")
            self._readiness_pills.append(p)
            row.addWidget(p)
        row.addStretch(1)
        body = None
        outer = card.layout()
        if outer is not None:
            for i in range(outer.count()):
                item = outer.itemAt(i)
                if item is not None and item.layout() is not None:
                    body = item.layout()
        if isinstance(body, QVBoxLayout):
            body.insertLayout(max(body.count() - 1, 0), row)
        elif isinstance(outer, QBoxLayout):
            outer.addLayout(row)
        return card

    # -- data ----------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        if self._charts_built:
            self._refresh_charts()
        else:
            self._charts_pending = True

    def _refresh_charts(self) -> None:
        now = self.ctx.now()
        with self.ctx.db.session() as s:
            data = chart_data(s, now, last_n=TREND_MEETINGS)
            series = opd_trends(s, last_n=TREND_MEETINGS, until=now, zone=data.zone)
            trends = trend_rows(series)
            attention = attention_ranking(
                s, now, limit=5, rows=trends, attendance=data.attendance_by_opd
            )
        self.opd_series = {t.organization_id: t for t in series}
        self.show_charts(data, trends, attention)

    def is_data_ready(self) -> bool:
        if not self._charts_built:  # progressive start: the summary is the first screen
            return super().is_data_ready()
        return super().is_data_ready() and self.chart_data is not None

    def show_charts(self, data: ChartData, trends: list[TrendRow], attention: Attention) -> None:
        from rakor_desktop.ui.insight import charts as ch

        self.chart_data = data
        self.trends = trends
        self.attention = attention
        self._show_readiness(data.readiness)
        ch.fill_overdue_trend(self.views["terlambat"], data.overdue_trend)
        ch.fill_attendance_by_meeting(self.views["kehadiran"], data.attendance)
        ch.fill_budget_trend(self.views["anggaran"], data.budget)
        ch.fill_completion_by_opd(self.views["penyelesaian"], data.completion)
        ch.fill_attendance_by_opd(self.views["kehadiran-opd"], data.attendance_by_opd)
        for card in self.cards.values():
            card.update_empty()
        self.trend_model.zone = data.zone
        self.trend_model.set_rows(trends)
        self.trend_table.setVisible(bool(trends))
        self.opd_chart_box.setVisible(bool(trends))
        self.trend_empty.setVisible(not trends)
        if trends:
            self.trend_table.selectRow(0)  # the lowest absorption, as sorted
        self._show_selected_opd()
        self._fill_attention(attention)
        self.charts_loaded.emit()

    def _show_selected_opd(self) -> None:
        """The chart beside the table follows the selected OPD."""
        from rakor_desktop.ui.insight import charts as ch

        index = self.trend_table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        trend = self.opd_series.get(row.organization_id) if row is not None else None
        ch.fill_opd_trend(self.views["opd"], trend)
        name = trend.organization if trend is not None else ""
        self.opd_title.setText(self.tr("Tren realisasi: %1").replace("%1", name) if name else "")
        self.views["opd"].title = self.tr("Tren realisasi %1").replace("%1", name)

    def _show_readiness(self, r: Readiness | None) -> None:
        for p in self._readiness_pills:
            p.setVisible(r is not None)
        if r is None:
            return
        items = [
            (DashboardPage.tr("%n undangan", "", r.invitations), r.invitations > 0),  # type: ignore[arg-type]
            (
                self.tr("%1/%2 terkirim")
                .replace("%1", fmt.number(r.invitations_sent))
                .replace("%2", fmt.number(r.invitations)),
                r.invitations > 0 and r.invitations_sent >= r.invitations,
            ),
            (DashboardPage.tr("%n butir agenda", "", r.agenda_items), r.agenda_items > 0),  # type: ignore[arg-type]
            (DashboardPage.tr("%n tindak lanjut dibawa", "", r.carried_followups), None),  # type: ignore[arg-type]
        ]
        for p, (text, ok) in zip(self._readiness_pills, items, strict=True):
            mark = "✓ " if ok else "✗ " if ok is False else ""
            tone = "success" if ok else "danger" if ok is False else "accent"
            p.setText(mark + text)
            p.setProperty("tone", tone)
            p.style().unpolish(p)
            p.style().polish(p)

    def _fill_attention(self, attention: Attention) -> None:
        clear_layout(self.attention_rows)
        rows = attention.combined[:6]
        if not rows:
            self.attention_rows.addWidget(
                EmptyState("check", self.tr("Tidak ada OPD yang perlu perhatian khusus."))
            )
            return
        for i, a in enumerate(rows):
            if i:
                self.attention_rows.addWidget(divider())
            w = QWidget()
            col = QVBoxLayout(w)
            col.setContentsMargins(0, 6, 0, 6)
            col.setSpacing(2)
            col.addWidget(label(a.organization, "strong", wrap=True))
            col.addWidget(label(" · ".join(attention_reasons(a, attention)), "muted", wrap=True))
            self.attention_rows.addWidget(w)

    # -- PNG export ----------------------------------------------------------------
    def export_chart_png(self, key: str, path: str | Path) -> Path:
        view = self.views[key]
        path = Path(path)
        if not view.save_png(path):
            raise OSError(f"gambar tidak dapat ditulis: {path}")
        return path

    def export_all_pngs(self, folder: str | Path) -> list[Path]:
        folder = Path(folder)
        return [self.export_chart_png(k, folder / f"grafik-{k}.png") for k in self.views]

    def _choose_chart_file(self, key: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan grafik"),
            str(Path.home() / f"grafik-{key}.png"),
            self.tr("Gambar PNG (*.png)"),
        )
        if path:
            self._report_export(lambda: [self.export_chart_png(key, path)])

    def _choose_chart_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder untuk grafik"))
        if folder:
            self._report_export(lambda: self.export_all_pngs(folder))

    # -- Excel export of the trend tables -------------------------------------------
    def export_trends_to(self, path: str | Path) -> Worker:
        """Write the OPD trend workbook in a worker (``services.insight.xlsx.export_trends``)."""
        from rakor_desktop.services.insight.xlsx import export_trends

        path = Path(path)
        db, now = self.ctx.db, self.ctx.now()

        def work(job) -> int:
            job.progress(0, 0)
            with db.session() as s:
                return export_trends(s, path, now=now, last_n=TREND_MEETINGS)

        worker = Worker(work)
        self.export_trends_button.setEnabled(False)
        worker.finished.connect(
            lambda n: self._trends_exported(
                self.tr("Tren %1 OPD diekspor ke %2")
                .replace("%1", fmt.number(n))
                .replace("%2", path.name)
            )
        )
        worker.failed.connect(self._trends_exported)
        worker.cancelled.connect(lambda: self._trends_exported(self.tr("Ekspor dibatalkan.")))
        self.ctx.run(worker)
        return worker

    def _trends_exported(self, message: str) -> None:
        self.export_trends_button.setEnabled(True)
        self.export_trends_button.setToolTip(message)
        if self._notify_export:  # started from the button: tell the user where it went
            from PySide6.QtWidgets import QMessageBox

            self._notify_export = False
            QMessageBox.information(self, self.tr("Ekspor tren OPD"), message)
        self.export_finished.emit(message)

    def _choose_trends_file(self) -> None:
        name = f"tren-opd-{self.ctx.now():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor tren OPD ke Excel"),
            str(Path.home() / name),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self._notify_export = True
        self.export_trends_to(path)

    def _report_export(self, action) -> None:
        from PySide6.QtWidgets import QMessageBox

        try:
            paths = action()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Simpan grafik"), str(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Simpan grafik"),
            DashboardPage.tr("%n grafik tersimpan di %1", "", len(paths)).replace(  # type: ignore[arg-type]
                "%1", str(paths[0].parent)
            ),
        )


def attention_reasons(row: AttentionRow, attention: Attention) -> list[str]:
    """Why an OPD is flagged, in the interface language.

    The service's ``row.reasons`` are Indonesian sentences (the Excel export keeps
    them); these are rebuilt from the same three rankings, in the same order.
    """
    oid = row.organization_id
    out = []
    if row.budget_pct is not None and any(
        r.organization_id == oid for r in attention.lowest_absorption
    ):
        out.append(
            QCoreApplication.translate("DashboardPage", "Realisasi anggaran rendah (%1)").replace(
                "%1", _short_pct(row.budget_pct)
            )
        )
    out += [
        DashboardPage.tr("%n tindak lanjut terlambat", "", n)  # type: ignore[arg-type]  # plural: X.tr()
        for org, _name, _short, n in attention.most_overdue
        if org == oid
    ]
    out += [
        QCoreApplication.translate("DashboardPage", "Kehadiran %1 (%2/%3)")
        .replace("%1", _short_pct((a.rate or 0) * 100))
        .replace("%2", str(a.attended))
        .replace("%3", str(a.invited))
        for a in attention.worst_attendance
        if a.organization_id == oid
    ]
    return out or list(row.reasons)
