"""Tindak Lanjut: every follow-up across meetings, with the chair's questions answered.

Filters (OPD, status incl. the derived Terlambat, series, due range, text) go into
one :class:`~rakor_desktop.services.followups.query.FollowUpFilter`; the table pages
through SQL-sorted results. Selecting rows enables the bulk status change (one
reason for all, required when cancelling or reopening); the side panel shows the
history of the current follow-up and records progress. The Excel export runs in a
worker so a big matrix never freezes the window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain.followup_rules import needs_reason
from rakor_desktop.services.followups import progress as fu_progress
from rakor_desktop.services.followups import query as fus
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.followups import status as st
from rakor_desktop.ui.followups.delegates import ProgressDelegate, StatusDelegate
from rakor_desktop.ui.followups.detail import FollowUpDetail, ProgressRequest
from rakor_desktop.ui.followups.inputs import date_edit
from rakor_desktop.ui.followups.model import (
    COL_CARRIED,
    COL_MEETING,
    COL_PERCENT,
    COL_STATUS,
    COLUMNS,
    FollowUpTableModel,
)
from rakor_desktop.ui.widgets import PageHeader, label, page_body, pill, set_pill, style_table
from rakor_desktop.ui.workers import Worker

SEARCH_DELAY_MS = 250
DEFAULT_STATUS_INDEX = 1  # "Masih terbuka"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class FollowUpsPage(QWidget):
    """The page registered as ``rakor_desktop.ui.followups.page:FollowUpsPage``."""

    data_loaded = Signal()
    export_finished = Signal(str)  # the message shown to the user

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._options_loaded = False
        self.export_worker: Worker | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._build()

    # -- context helpers -------------------------------------------------------------
    def _now(self):
        return self.ctx.now()

    @property
    def zone(self) -> str:
        return self.ctx.zone

    def _today(self) -> date:
        return fus.office_today(self._now(), self.zone)

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        layout = page_body(self)
        self.header = PageHeader(
            self.tr("Tindak Lanjut"),
            self.tr("Arahan pimpinan lintas rapat: penanggung jawab, batas waktu dan progres"),
        )
        self.export_button = QPushButton(self.tr("Ekspor Excel"))
        self.export_button.clicked.connect(self._choose_export_path)
        self.header.add_action(self.export_button)
        # The OPDs' progress coming back (issue 21): a form out, filled forms in.
        self.form_button = QPushButton(self.tr("Formulir OPD…"))
        self.form_button.setToolTip(
            self.tr("Formulir progres (.xlsx) untuk OPD terpilih di filter")
        )
        self.form_button.clicked.connect(self.choose_return_form_path)
        self.header.add_action(self.form_button)
        self.import_button = QPushButton(self.tr("Impor formulir OPD…"))
        self.import_button.clicked.connect(self.open_return_import)
        self.header.add_action(self.import_button)
        self.reminders_button = QPushButton(self.tr("Pengingat…"))
        self.reminders_button.setToolTip(
            self.tr("Pengingat per OPD untuk tindak lanjut terlambat atau segera jatuh tempo")
        )
        self.reminders_button.clicked.connect(self.open_reminders)
        self.header.add_action(self.reminders_button)
        layout.addWidget(self.header)
        from rakor_desktop.ui.shortcuts import main_sequence

        for action, slot in (
            ("followups.return_form", self.choose_return_form_path),
            ("followups.return_import", self.open_return_import),
            ("followups.reminders", self.open_reminders),
        ):
            sc = QShortcut(main_sequence(action), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("SearchBox")
        self.search.setPlaceholderText(self.tr("Cari arahan, tindak lanjut, OPD, PIC…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        filters.addWidget(self.search, 3)
        self.org_combo = QComboBox()
        self.org_combo.setMinimumWidth(180)
        filters.addWidget(self.org_combo, 2)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Semua status"), ())
        self.status_combo.addItem(self.tr("Masih terbuka"), ("belum", "dalam_proses", "terlambat"))
        for key in st.ORDER:
            self.status_combo.addItem(st.label(key), (key,))
        # Open ones first: what the chair asks about before the next Rakor.
        self.status_combo.setCurrentIndex(DEFAULT_STATUS_INDEX)
        filters.addWidget(self.status_combo, 1)
        self.series_combo = QComboBox()
        self.series_combo.setMinimumWidth(160)
        filters.addWidget(self.series_combo, 2)
        for combo in (self.org_combo, self.status_combo, self.series_combo):
            # Long OPD and series names must not widen the row past a 1280 px screen:
            # the combo shows what fits, the list shows everything.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.reset_button = QPushButton(self.tr("Atur ulang"))
        self.reset_button.setProperty("variant", "link")
        self.reset_button.clicked.connect(self.reset_filters)
        filters.addWidget(self.reset_button)
        layout.addLayout(filters)
        for combo in (self.org_combo, self.status_combo, self.series_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

        chips = QHBoxLayout()
        chips.setSpacing(6)
        self.count_label = label("", "muted")
        chips.addWidget(self.count_label)
        chips.addSpacing(8)
        self.chips: dict[str, QLabel] = {}
        for key in st.ORDER:
            chip = pill("", st.TONES[key])
            self.chips[key] = chip
            chips.addWidget(chip)
        chips.addStretch(1)
        self.due_check = QCheckBox(self.tr("Batas waktu"))
        chips.addWidget(self.due_check)
        self.due_from = date_edit()
        self.due_to = date_edit()
        for edit in (self.due_from, self.due_to):
            edit.setEnabled(False)
        chips.addWidget(self.due_from)
        chips.addWidget(label(self.tr("s.d."), "muted"))
        chips.addWidget(self.due_to)
        layout.addLayout(chips)
        self.due_check.toggled.connect(self._due_toggled)
        self.due_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.due_to.dateChanged.connect(lambda _d: self.apply_filters())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.setSpacing(8)
        self.model = FollowUpTableModel(parent=self, zone=self.zone)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        hh = self.table.horizontalHeader()
        for i, col in enumerate(COLUMNS):
            self.table.setColumnWidth(i, col.width)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The directive is what a row is about: two lines of it, not "Penanga…".
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.table.fontMetrics().lineSpacing() + 14
        )
        self.table.viewport().installEventFilter(self)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_PERCENT, ProgressDelegate(self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        left_col.addWidget(self.table, 1)

        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        self.message = label("", "muted")
        status_row.addWidget(self.message, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(120)
        self.progress.hide()
        status_row.addWidget(self.progress)
        left_col.addLayout(status_row)

        bulk = QHBoxLayout()
        bulk.setSpacing(8)
        self.selected_label = label(self.tr("Belum ada yang dipilih"), "muted")
        bulk.addWidget(self.selected_label)
        bulk.addStretch(1)
        bulk.addWidget(label(self.tr("Ubah status terpilih ke"), "muted"))
        self.bulk_status = QComboBox()
        for key in st.SETTABLE:
            self.bulk_status.addItem(st.label(key), key)
        self.bulk_status.setCurrentIndex(st.SETTABLE.index("selesai"))
        bulk.addWidget(self.bulk_status)
        self.bulk_reason = QLineEdit()
        self.bulk_reason.setPlaceholderText(self.tr("Alasan (wajib untuk batal/buka kembali)"))
        self.bulk_reason.setMinimumWidth(240)
        bulk.addWidget(self.bulk_reason, 1)
        self.bulk_button = QPushButton(self.tr("Terapkan"))
        self.bulk_button.setProperty("variant", "primary")
        self.bulk_button.clicked.connect(self.apply_bulk_status)
        bulk.addWidget(self.bulk_button)
        left_col.addLayout(bulk)
        self.bulk_error = label("", "error", wrap=True)
        self.bulk_error.hide()
        left_col.addWidget(self.bulk_error)
        splitter.addWidget(left)

        self.detail = FollowUpDetail()
        self.detail.progress_requested.connect(self.add_progress)
        # The panel scrolls rather than squeezing its form on a short screen.
        side = QScrollArea()
        side.setObjectName("PageScroll")
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(self.detail)
        side.setMinimumWidth(320)
        self.side = side
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 340])
        layout.addWidget(splitter, 1)
        self._selection_changed()

    # -- data ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload filter choices, counts and the first page (keeps filters and selection)."""
        self.model.zone = self.detail.zone = self.zone
        with self.ctx.db.session() as s:
            options = fus.filter_options(s)
        self._fill_options(options)
        today = self._today()
        if not self.due_check.isChecked():
            for edit, d in ((self.due_from, today.replace(day=1)), (self.due_to, today)):
                edit.blockSignals(True)
                edit.setDate(_qdate(d))
                edit.blockSignals(False)
        self.apply_filters()

    def is_data_ready(self) -> bool:
        return self._loaded

    def _fill_options(self, options: fus.FilterOptions) -> None:
        for combo, everything, choices in (
            (self.org_combo, self.tr("Semua OPD"), options.organizations),
            (self.series_combo, self.tr("Semua seri rapat"), options.series),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for c in choices:
                combo.addItem(f"{c.name} ({fmt.number(c.count)})", c.id)
            index = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._options_loaded = True

    def current_filter(self) -> fus.FollowUpFilter:
        org = self.org_combo.currentData()
        series = self.series_combo.currentData()
        due_on = self.due_check.isChecked()
        return fus.FollowUpFilter(
            organization_ids=(org,) if org is not None else (),
            statuses=tuple(self.status_combo.currentData() or ()),
            series_id=series,
            due_from=_pydate(self.due_from.date()) if due_on else None,
            due_to=_pydate(self.due_to.date()) if due_on else None,
            text=self.search.text(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        keep = self.current_id()
        db, zone, now = self.ctx.db, self.zone, self._now()

        def load(offset: int, limit: int, sort: str, desc: bool) -> list[fus.FollowUpRow]:
            with db.session() as s:
                return fus.list_followups(
                    s,
                    flt,
                    now=now,
                    offset=offset,
                    limit=limit,
                    sort=sort,
                    descending=desc,
                    zone=zone,
                )

        with db.session() as s:
            total = fus.count_followups(s, flt, now=now, zone=zone)
            counts = fus.status_counts(s, flt, now=now, zone=zone)
        self.total = total
        self.model.set_loader(load)
        self.count_label.setText(FollowUpsPage.tr("%n tindak lanjut", "", total))  # type: ignore[arg-type]
        for key, chip in self.chips.items():
            set_pill(chip, f"{st.label(key)} {fmt.number(counts.get(key, 0))}", st.TONES[key])
        if keep is not None:
            self.select_followup(keep)
        if self.current_id() is None:
            self._current_changed()
        self._selection_changed()
        self._loaded = True
        self.data_loaded.emit()

    # Below this table width the carried-over count and the source meeting (both in the
    # detail panel) make way for the directive's own text.
    NARROW_TABLE = 820

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            narrow = self.table.viewport().width() < self.NARROW_TABLE
            for column in (COL_CARRIED, COL_MEETING):
                if self.table.isColumnHidden(column) != narrow:
                    self.table.setColumnHidden(column, narrow)
        return super().eventFilter(watched, event)

    def reset_filters(self) -> None:
        """Back to the defaults: every OPD and series, open follow-ups, no due range."""
        for w in (
            self.org_combo,
            self.status_combo,
            self.series_combo,
            self.due_check,
            self.search,
        ):
            w.blockSignals(True)
        self.org_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(DEFAULT_STATUS_INDEX)
        self.series_combo.setCurrentIndex(0)
        self.due_check.setChecked(False)
        self.due_from.setEnabled(False)
        self.due_to.setEnabled(False)
        self.search.clear()
        for w in (
            self.org_combo,
            self.status_combo,
            self.series_combo,
            self.due_check,
            self.search,
        ):
            w.blockSignals(False)
        self.apply_filters()

    def _due_toggled(self, on: bool) -> None:
        self.due_from.setEnabled(on)
        self.due_to.setEnabled(on)
        self.apply_filters()

    # -- selection -----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r.id for r in (self.model.row_at(i) for i in rows) if r is not None]

    def current_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row is not None else None

    def select_followup(self, followup_id: int) -> bool:
        """Make a follow-up current (fetching pages until it is loaded)."""
        row = self.model.row_of(followup_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(followup_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        n = len(self.selected_ids())
        self.selected_label.setText(
            FollowUpsPage.tr("%n dipilih", "", n) if n else self.tr("Belum ada yang dipilih")  # type: ignore[arg-type]
        )
        self.bulk_button.setEnabled(n > 0)

    def _current_changed(self) -> None:
        self._show_detail(self.current_id())

    def _show_detail(self, fid: int | None) -> None:
        if fid is None:
            self.detail.show_followup(None, [], self._today())
            return
        with self.ctx.db.session() as s:
            row = fus.get_followup(s, fid, now=self._now())
            updates = fu_progress.history(s, fid)
        self.detail.show_followup(row, updates, self._today())

    # -- changes -------------------------------------------------------------------
    def _changed(self) -> None:
        events = self.ctx.events
        if events is not None:
            events.data_changed.emit("followups")

    def apply_bulk_status(self) -> bool:
        ids = self.selected_ids()
        target = self.bulk_status.currentData()
        reason = self.bulk_reason.text().strip()
        self.bulk_error.hide()
        if not ids:
            return False
        current = {r.id: r.stored_status for r in self.model.rows if r.id in ids}
        if not reason and any(needs_reason(s, target) for s in current.values()):
            self._show_bulk_error(
                self.tr(
                    "Tuliskan alasan: membatalkan atau membuka kembali tindak lanjut perlu alasan."
                )
            )
            self.bulk_reason.setFocus()
            return False
        try:
            with self.ctx.db.session(write=True) as s:
                result = fu_progress.change_status(s, ids, target, reason=reason, now=self._now())
        except ValueError as exc:
            self._show_bulk_error(str(exc))
            return False
        self.bulk_reason.clear()
        self.message.setText(
            self.tr("%1 tindak lanjut diubah menjadi %2.")
            .replace("%1", fmt.number(result.changed))
            .replace("%2", st.label(target))
        )
        self._changed()
        self.apply_filters()
        return True

    def _show_bulk_error(self, text: str) -> None:
        self.bulk_error.setText(text)
        self.bulk_error.show()

    def add_progress(self, req: ProgressRequest) -> bool:
        fid = self.current_id()
        if fid is None:
            return False
        try:
            with self.ctx.db.session(write=True) as s:
                fu_progress.add_progress(
                    s,
                    fid,
                    note=req.note,
                    percent=req.percent,
                    status=req.status,
                    day=req.day,
                    evidence_path=req.evidence,
                    now=self._now(),
                )
        except ValueError as exc:
            self.detail.show_error(str(exc))
            return False
        self.detail.saved()
        self.message.setText(self.tr("Progres tersimpan."))
        self._changed()
        self.apply_filters()
        # Still shown when the new status takes it out of the filtered list.
        self._show_detail(fid)
        return True

    # -- export --------------------------------------------------------------------
    def choose_return_form_path(self) -> None:
        """Save the return workbook of the OPD chosen in the filter (asks for one if none)."""
        org_id = self.org_combo.currentData()
        if org_id is None:
            self.message.setText(self.tr("Pilih OPD di filter dulu, lalu buat formulirnya."))
            self.org_combo.setFocus()
            return
        settings = self.ctx.settings
        start = settings.value("files/last_dir") if settings is not None else ""
        slug = "-".join(self.org_combo.currentText().lower().split())[:40]
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan formulir progres OPD"),
            str(
                Path(start or Path.home()) / f"formulir-progres-{slug}-{self._today():%Y%m%d}.xlsx"
            ),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if settings is not None:
            settings.set_value("files/last_dir", str(Path(path).parent))
        self.write_return_form(int(org_id), Path(path))

    def write_return_form(self, org_id: int, path: Path) -> Worker:
        from rakor_desktop.services.returns.form import write_return_form

        db, now = self.ctx.db, self._now()

        def work(job):
            job.progress(0, 0)
            with db.session() as s:
                return write_return_form(s, org_id, path, now=now)

        worker = Worker(work)
        self.form_worker = worker
        self.progress.show()
        worker.finished.connect(
            lambda issued: self._export_done(
                self.tr("Formulir progres %1 (%2 tindak lanjut terbuka) disimpan ke %3")
                .replace("%1", issued.organization)
                .replace("%2", fmt.number(issued.rows))
                .replace("%3", path.name)
            )
        )
        worker.failed.connect(lambda msg: self._export_done(msg, failed=True))
        self.ctx.run(worker)
        return worker

    def open_reminders(self):
        from rakor_desktop.ui.packets.dialog import open_packets

        dialog = open_packets(self.ctx, None, self.window(), kind="pengingat")
        self.reminders_dialog = dialog
        return dialog

    def open_return_import(self):
        from rakor_desktop.ui.returns.dialog import ReturnImportDialog

        dialog = ReturnImportDialog(self.ctx, self)
        dialog.applied.connect(lambda _n: self.refresh())
        self.return_dialog = dialog
        dialog.open()
        return dialog

    def _choose_export_path(self) -> None:
        settings = self.ctx.settings
        start = settings.value("files/last_dir") if settings is not None else ""
        name = f"tindak-lanjut-{self._today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor tindak lanjut ke Excel"),
            str(Path(start or Path.home()) / name),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if settings is not None:
            settings.set_value("files/last_dir", str(Path(path).parent))
        self.export_to(Path(path))

    def export_to(self, path: Path) -> Worker:
        """Export the filtered follow-ups (all pages) to ``path`` in a worker."""
        from rakor_desktop.services.followups.xlsx import export_followups

        flt = self.current_filter()
        db, now = self.ctx.db, self._now()
        sort, desc = self.model.sort_key, self.model.descending
        description = self._filter_description()

        def work(job) -> int:
            job.progress(0, 0)
            with db.session() as s:
                n = export_followups(
                    s, path, flt, now=now, sort=sort, descending=desc, description=description
                )
            job.check()
            return n

        worker = Worker(work)
        self.export_worker = worker
        self.export_button.setEnabled(False)
        self.progress.show()
        self.message.setText(self.tr("Mengekspor…"))
        worker.finished.connect(
            lambda n: self._export_done(
                self.tr("%1 tindak lanjut diekspor ke %2")
                .replace("%1", fmt.number(n))
                .replace("%2", path.name)
            )
        )
        worker.failed.connect(lambda msg: self._export_done(msg, failed=True))
        worker.cancelled.connect(lambda: self._export_done(self.tr("Ekspor dibatalkan.")))
        self.ctx.run(worker)
        return worker

    def _export_done(self, message: str, *, failed: bool = False) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.message.setText(message)
        self.message.setProperty("role", "error" if failed else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.export_finished.emit(message)

    def _filter_description(self) -> str:
        parts = []
        if self.org_combo.currentData() is not None:
            parts.append(self.org_combo.currentText())
        if self.status_combo.currentIndex() > 0:
            parts.append(self.status_combo.currentText())
        if self.series_combo.currentData() is not None:
            parts.append(self.series_combo.currentText())
        if self.due_check.isChecked():
            parts.append(
                self.tr("batas waktu %1 s.d. %2")
                .replace("%1", self.due_from.date().toString("dd/MM/yyyy"))
                .replace("%2", self.due_to.date().toString("dd/MM/yyyy"))
            )
        if self.search.text().strip():
            parts.append(f'"{self.search.text().strip()}"')
        return "; ".join(parts)
