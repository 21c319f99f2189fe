"""Small helpers shared by the meeting pages: unit-of-work calls, zone, clock, messages,
and the table model and table look the workspace tabs share.

Pages receive an AppContext (``ctx.db``, ``ctx.zone``, ``ctx.now()``); these helpers
also accept any object with a ``.db`` so the page can be embedded before the shell's
context grows. Every service call is one short session: no widget holds a Session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from rakor_desktop.messages import render

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")


def call(
    ctx: AppContext, fn: Callable[..., T], *args: Any, write: bool = False, **kwargs: Any
) -> T:
    """Run ``fn(session, *args, **kwargs)`` in its own unit of work."""
    with ctx.db.session(write=write) as s:
        return fn(s, *args, **kwargs)


def tr_const(text: str) -> str:
    """Translate a string declared with ``QT_TRANSLATE_NOOP("Meetings", ...)`` in a table."""
    return QCoreApplication.translate("Meetings", text)


def zone_of(ctx: AppContext) -> str:
    if ctx.zone:
        return ctx.zone
    from rakor_desktop.services.office.settings import office_zone

    return call(ctx, office_zone)


def now_of(ctx: AppContext) -> datetime:
    return ctx.now()


def notify_changed(ctx: AppContext, what: str = "meetings") -> None:
    """Tell other pages (dashboard, follow-ups) that data changed, when the shell listens."""
    ctx.events.data_changed.emit(what)


def make_timer(parent: Any, interval_ms: int, *, single_shot: bool = False) -> Any:
    """A QTimer configured through setters.

    Not ``QTimer(parent, singleShot=True, interval=...)``: in PySide6 6.12 property
    keyword arguments in a constructor drop a reference to ``None`` each time, and a
    long session ends in "Fatal Python error: none_dealloc" at exit.
    """
    from PySide6.QtCore import QTimer

    timer = QTimer(parent)
    timer.setSingleShot(single_shot)
    timer.setInterval(interval_ms)
    return timer


def localize(*widgets: Any) -> None:
    """Date/time editors speak the interface language (Senin, Agustus), not the system's."""
    from PySide6.QtWidgets import QTimeEdit

    from rakor_desktop.ui import formatting as fmt

    for w in widgets:
        w.setLocale(fmt.locale())
        if isinstance(w, QTimeEdit):
            w.setMinimumWidth(84)


def user_message(exc: BaseException) -> str:
    """The Indonesian sentence to show; unexpected errors are logged with the detail."""
    if isinstance(exc, ValueError):
        return render(exc)
    log.exception("unexpected error in meeting workspace", exc_info=exc)
    return QCoreApplication.translate(
        "Meetings", "Terjadi kesalahan: {0}. Rincian tersimpan di berkas log."
    ).format(type(exc).__name__)


# -- tabs ------------------------------------------------------------------------------
TAB_MARGINS = (4, 12, 4, 4)
#: Cells edit on double click, F2 or simply typing (grids filled in while people speak).
EDIT_ON_TYPE = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def tab_layout(tab: QWidget) -> QVBoxLayout:
    """The column layout of a workspace tab, with the margins every tab uses."""
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(*TAB_MARGINS)
    return layout


HEADER_PADDING = 28  # the theme's section padding and room for the sort arrow


def header_width(table: QTableView, column: int) -> int:
    """The width a column's title needs: a chosen width never cuts its own title
    ("ealisasi anggaran" clipped on both sides in Laporan OPD at 1366 px)."""
    text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    font = table.horizontalHeader().font()
    font.setBold(True)  # the theme draws titles in semibold
    return QFontMetrics(font).horizontalAdvance(text) + HEADER_PADDING if text else 0


def setup_table(
    table: QTableView,
    name: str,
    model: QAbstractItemModel,
    *,
    rows: bool = True,
    mode: QAbstractItemView.SelectionMode | None = QAbstractItemView.SelectionMode.SingleSelection,
    edit: QAbstractItemView.EditTrigger | None = None,
    grid: bool = False,
    row_height: int | None = None,
    widths: Iterable[tuple[int, int]] = (),
    stretch: Iterable[int] = (),
) -> QHeaderView:
    """Name, model and the look of a workspace table; returns its horizontal header.

    Rows are selected whole (``rows=False``: single cells), without row numbers or grid,
    in alternating colours. ``mode``/``edit`` None keep Qt's default; ``widths`` are
    (column, pixels); ``stretch`` columns take the remaining width.
    """
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(
        QAbstractItemView.SelectionBehavior.SelectRows
        if rows
        else QAbstractItemView.SelectionBehavior.SelectItems
    )
    if mode is not None:
        table.setSelectionMode(mode)
    if edit is not None:
        table.setEditTriggers(edit)
    table.verticalHeader().setVisible(False)
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    table.setShowGrid(grid)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for col, width in widths:
        table.setColumnWidth(col, max(width, header_width(table, col)))
    for col in stretch:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    return header


_Index = QModelIndex | QPersistentModelIndex


class TabTableModel(QAbstractTableModel):
    """Rows and column headers: the shape every workspace tab's table shares.

    Subclasses fill ``rows`` and answer ``data`` (and ``flags``/``setData`` when
    editable); the tab swaps ``headers`` for the translated texts.
    """

    def __init__(
        self, columns: Sequence[str], parent: Any = None, tips: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.headers = list(columns)
        self.header_tips = list(tips)  # the full title of a column whose header is short

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section < len(self.header_tips)
        ):
            return self.header_tips[section] or None
        return None


class MeetingTableModel(TabTableModel):
    """A tab's table over one meeting that writes through the services.

    ``error`` carries the message of an edit the service refused; ``edited`` follows
    a stored change; ``locked`` (a closed meeting) makes the cells read-only.
    """

    error = Signal(str)
    edited = Signal()

    def __init__(
        self, ctx: AppContext, meeting_id: int, columns: Sequence[str], parent: Any = None
    ) -> None:
        super().__init__(columns, parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.locked = False
