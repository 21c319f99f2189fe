"""Peserta & OPD: the directory of people, filtered by OPD and by typed text.

The table pages through the directory (``fetchMore`` asks the service for the next
200 rows when the view scrolls near the end), so 10,000 people open as fast as 100.
Typing is debounced: the query runs once the user pauses, not on every key.
Matching ignores titles and diacritics ("anom" finds "Dr. H. Anom Widiyantoro,
S.H., M.H.") and accepts NIP prefixes with or without spaces.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain.nip import format_nip
from rakor_desktop.services.directory.listing import (
    NO_ORGANIZATION,
    DirectoryRow,
    count_people,
    organizations_with_counts,
    search_people,
)
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.icons import icon
from rakor_desktop.ui.models import Column, PagedTableModel
from rakor_desktop.ui.roles import COUNT_ROLE, ORG_ROLE
from rakor_desktop.ui.shortcuts import main_sequence
from rakor_desktop.ui.widgets import Card, PageHeader, label, page_body, style_table

SEARCH_DELAY_MS = 250
BATCH = 200
ALL_ORGS = None

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Nama"), lambda p: p.name, bold=True),
    Column(QT_TRANSLATE_NOOP("Columns", "NIP"), lambda p: format_nip(p.nip) if p.nip else "–"),
    Column(QT_TRANSLATE_NOOP("Columns", "Jabatan"), lambda p: p.jabatan),
    Column(QT_TRANSLATE_NOOP("Columns", "Pangkat/Gol."), lambda p: p.pangkat),
    Column(
        QT_TRANSLATE_NOOP("Columns", "OPD/Unit Kerja"),
        lambda p: p.organization_label,
        tooltip=lambda p: p.organization,
    ),
]


class CountDelegate(QStyledItemDelegate):
    """An OPD row: the name (wrapping to a second line if long) and its head count."""

    PAD_X = 8
    PAD_Y = 7
    COUNT_WIDTH = 30

    def _text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(self.PAD_X, self.PAD_Y, -(self.PAD_X + self.COUNT_WIDTH), -self.PAD_Y)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = option.widget
        viewport = view.viewport() if isinstance(view, QAbstractScrollArea) else None
        width = viewport.width() if viewport is not None else 220
        text_width = max(width - 8 - 2 * self.PAD_X - self.COUNT_WIDTH, 40)  # as in paint()
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, text_width, 10000), int(Qt.TextFlag.TextWordWrap), str(index.data() or "")
        )
        return QSize(width, bounds.height() + 2 * self.PAD_Y)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 1, -4, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.ACCENT_SOFT if selected else "#f3f6fa"))
            painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor(theme.ACCENT if selected else theme.TEXT))
        painter.drawText(
            self._text_rect(rect),
            int(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            ),
            str(index.data() or ""),
        )
        count = index.data(COUNT_ROLE)
        if count is not None:
            painter.setPen(QColor(theme.ACCENT if selected else theme.TEXT_FAINT))
            painter.drawText(
                rect.adjusted(0, 0, -self.PAD_X, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                fmt.number(int(count)),
            )
        painter.restore()


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._organization_id: int | None = ALL_ORGS
        layout = page_body(self)
        self.header = PageHeader(
            self.tr("Peserta & OPD"),
            self.tr("Direktori pegawai dan perangkat daerah yang diundang"),
        )
        layout.addWidget(self.header)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(18)
        layout.addWidget(self.splitter, 1)

        left = Card(margins=(8, 14, 8, 8))
        left.body.setSpacing(6)
        opd_title = label(self.tr("Perangkat Daerah"), "section")
        opd_title.setContentsMargins(10, 0, 0, 4)
        left.body.addWidget(opd_title)
        self.org_list = QListWidget()
        self.org_list.setObjectName("OpdList")
        self.org_list.setItemDelegate(CountDelegate(self.org_list))
        self.org_list.setStyleSheet("QListWidget { border: none; }")
        self.org_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A fixed viewport width keeps the wrapped row heights right when the list grows.
        self.org_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.org_list.setWordWrap(True)  # long OPD names take two lines rather than "…"
        self.org_list.setUniformItemSizes(False)
        self.org_list.setMouseTracking(True)
        self.org_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.org_list.currentItemChanged.connect(self._org_changed)
        self.org_list.itemActivated.connect(lambda _item: self.edit_organization())
        left.body.addWidget(self.org_list, 1)
        self.edit_org_button = QPushButton(icon("building"), self.tr("Ubah OPD…  (F2)"))
        self.edit_org_button.setToolTip(self.tr("Nama, singkatan dan surel kantor OPD terpilih"))
        self.edit_org_button.clicked.connect(self.edit_organization)
        left.body.addWidget(self.edit_org_button)
        left.setMinimumWidth(200)
        self.splitter.addWidget(left)

        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.setSpacing(12)
        bar = QHBoxLayout()
        bar.setSpacing(12)
        self.search = QLineEdit()
        self.search.setObjectName("SearchBox")
        self.search.setPlaceholderText(self.tr("Cari nama, NIP, jabatan atau OPD…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icon("search", theme.TEXT_FAINT), QLineEdit.ActionPosition.LeadingPosition
        )
        bar.addWidget(self.search, 1)
        self.count_label = label("", "muted")
        bar.addWidget(self.count_label)
        rcol.addLayout(bar)

        self.model = PagedTableModel(COLUMNS, self._fetch, BATCH, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # Jabatan takes the rest
        for col, width in ((0, 195), (1, 172), (3, 140), (4, 105)):
            self.table.setColumnWidth(col, width)
        rcol.addWidget(self.table, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([235, 900])

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        QShortcut(main_sequence("directory.edit_organization"), self, self.edit_organization)
        self.org_dialog: QDialog | None = None

    # -- data ------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> Sequence[DirectoryRow]:
        with self.ctx.db.session() as s:
            return search_people(
                s,
                self.search_text(),
                organization_id=self._organization_id,
                limit=limit,
                offset=offset,
            )

    def search_text(self) -> str | None:
        return self.search.text().strip() or None

    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            orgs = organizations_with_counts(s)
            total = count_people(s)
            unassigned = count_people(s, organization_id=NO_ORGANIZATION)
        current = self._organization_id
        self.org_list.blockSignals(True)
        self.org_list.clear()
        self._add_org_item(self.tr("Semua OPD"), ALL_ORGS, total)
        for org in orgs:
            item = self._add_org_item(org.name, org.id, org.people)
            item.setToolTip(
                f"{org.name}\n"
                + (
                    self.tr("Surel: %1").replace("%1", org.email)
                    if org.email
                    else self.tr("Belum ada surel kantor (F2 untuk mengisi)")
                )
            )
        if unassigned:
            self._add_org_item(self.tr("Tanpa OPD"), NO_ORGANIZATION, unassigned)
        self.org_list.blockSignals(False)
        self._select_org(current)
        self.apply_filter()
        self._loaded = True

    def _add_org_item(self, name: str, org_id: int | None, count: int) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(ORG_ROLE, org_id)
        item.setData(COUNT_ROLE, count)
        self.org_list.addItem(item)
        return item

    def _select_org(self, org_id: int | None) -> None:
        for row in range(self.org_list.count()):
            if self.org_list.item(row).data(ORG_ROLE) == org_id:
                self.org_list.blockSignals(True)
                self.org_list.setCurrentRow(row)
                self.org_list.blockSignals(False)
                return
        self._organization_id = ALL_ORGS
        self.org_list.blockSignals(True)
        self.org_list.setCurrentRow(0)
        self.org_list.blockSignals(False)

    def _org_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self._organization_id = current.data(ORG_ROLE) if current is not None else ALL_ORGS
        self.apply_filter()

    def select_organization(self, org_id: int | None) -> None:
        """Show one OPD's people (also used by tests and other pages)."""
        self._select_org(org_id)
        self._organization_id = org_id
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        # One OPD selected: its column would repeat one name on every row; give the room
        # to Jabatan instead.
        one_org = self._organization_id not in (ALL_ORGS, NO_ORGANIZATION)
        self.table.setColumnHidden(4, one_org)
        with self.ctx.db.session() as s:
            matching = count_people(s, self.search_text(), organization_id=self._organization_id)
        self.model.reload()
        self.table.scrollToTop()
        self.count_label.setText(self.tr("%1 orang").replace("%1", fmt.number(matching)))
        self.matching = matching

    def is_data_ready(self) -> bool:
        return self._loaded

    def edit_organization(self) -> QDialog | None:
        """The selected OPD's editor; "Semua OPD" and "Tanpa OPD" are not OPDs."""
        from rakor_desktop.ui.directory.organization_dialog import OrganizationDialog

        org_id = self._organization_id
        if org_id in (ALL_ORGS, NO_ORGANIZATION):
            self.edit_org_button.setToolTip(self.tr("Pilih satu OPD di daftar lebih dulu"))
            return None
        dialog = OrganizationDialog(self.ctx, int(org_id), self)
        dialog.accepted.connect(self.refresh)
        self.org_dialog = dialog
        dialog.open()
        return dialog

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
