"""Live attendance counters and the list of who is still missing.

Embedded twice: on the right of the door station and on the secretary's meeting
page. It reads :func:`rakor_desktop.services.attendance.checkin.attendance_counters` (two
small queries) whenever :meth:`CountersWidget.refresh` is called; the owner
connects a :class:`~rakor_desktop.ui.change_watcher.ChangeWatcher` to it so both
processes show each other's check-ins within a second.

The missing list is also where absentees get a status (Izin, Sakit, Tugas Luar,
Tanpa Keterangan) and where a group arriving together is ticked off at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.db import Database
from rakor_desktop.domain.enums import AbsenceStatus
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.ui import labels
from rakor_desktop.ui.attendance import messages
from rakor_desktop.ui.attendance.style import COUNTERS_STYLE, TONES
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.roles import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex

ABSENCE_BUTTONS = (
    (AbsenceStatus.IZIN, QT_TRANSLATE_NOOP("CountersWidget", "Izin")),
    (AbsenceStatus.SAKIT, QT_TRANSLATE_NOOP("CountersWidget", "Sakit")),
    (AbsenceStatus.TUGAS_LUAR, QT_TRANSLATE_NOOP("CountersWidget", "Tugas Luar")),
    (AbsenceStatus.TANPA_KETERANGAN, QT_TRANSLATE_NOOP("CountersWidget", "Tanpa Ket.")),
)
OPD_HEADERS = (
    QT_TRANSLATE_NOOP("CountersWidget", "OPD / Instansi"),
    QT_TRANSLATE_NOOP("CountersWidget", "Diundang"),
    QT_TRANSLATE_NOOP("CountersWidget", "Hadir"),
    QT_TRANSLATE_NOOP("CountersWidget", "Belum"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CountersWidget", text)


class MissingModel(QAbstractListModel):
    """Invitees not covered yet (neither present nor represented)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[svc.MissingRow] = []

    def set_rows(self, rows: list[svc.MissingRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = " · ".join(x for x in (row.jabatan, row.organization) if x)
            status = f"   [{labels.absence(row.absence_status)}]" if row.absence_status else ""
            return f"{row.name}{status}\n{where}"
        if role == Qt.ItemDataRole.ForegroundRole and row.absence_status:
            return QColor(TONES["warn"][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.nip or ""
        if role == ROW_ROLE:
            return row
        return None


class OpdModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[svc.OpdCount] = []

    def set_rows(self, rows: list[svc.OpdCount]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OPD_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(OPD_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.organization, row.invited, row.present, row.missing)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and row.missing:
            return QColor(TONES["error"][0])
        return None


class _Tile(QFrame):
    def __init__(self, label: str, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CounterTile")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(0)
        self.value = QLabel("0")
        self.value.setObjectName("CounterValue")
        self.value.setStyleSheet(f"color: {TONES.get(tone, TONES['info'])[0]};")
        self.caption = QLabel(label)
        self.caption.setObjectName("CounterLabel")
        lay.addWidget(self.value)
        lay.addWidget(self.caption)

    def set(self, value: int | str) -> None:
        self.value.setText(str(value))


class CountersWidget(QWidget):
    """Invited / present / delegates / walk-ins / late, per OPD, and the missing list.

    ``refresh()`` re-reads the database; ``refreshed`` carries the counters to the
    owner (the kiosk uses them to mark search results "sudah hadir").
    ``changed`` is emitted after this widget wrote (group check-in, absence).
    ``notice`` carries a short message and a tone for the owner to show inline.
    """

    refreshed = Signal(object)
    changed = Signal()
    notice = Signal(str, str)

    def __init__(
        self,
        db: Database,
        meeting_id: int | None,
        parent: QWidget | None = None,
        *,
        station: str | None = None,
        clock: Callable[[], datetime] | None = None,
        show_actions: bool = True,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.station = station or svc.default_station()
        self.clock = clock or utcnow
        self.any_day = False  # the door confirmed a meeting that is not today's
        self.counters: svc.AttendanceCounters | None = None
        self.setStyleSheet(COUNTERS_STYLE)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(10)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.tile_invited = _Tile(self.tr("Undangan"), "info")
        self.tile_present = _Tile(self.tr("Undangan hadir"), "ok")
        self.tile_missing = _Tile(self.tr("Belum hadir"), "error")
        self.tile_delegates = _Tile(self.tr("Diwakili"), "warn")
        self.tile_walk_ins = _Tile(self.tr("Tamu"), "warn")
        self.tile_late = _Tile(self.tr("Terlambat"), "warn")
        tiles = (self.tile_invited, self.tile_present, self.tile_missing,
                 self.tile_delegates, self.tile_walk_ins, self.tile_late)  # fmt: skip
        for i, tile in enumerate(tiles):
            grid.addWidget(tile, i // 3, i % 3)
        root.addLayout(grid)
        self.coverage = QProgressBar()
        self.coverage.setObjectName("CoverageBar")
        self.coverage.setTextVisible(False)
        root.addWidget(self.coverage)
        self.summary = QLabel()
        self.summary.setObjectName("CounterLabel")
        root.addWidget(self.summary)

        self.tabs = QTabWidget()
        root.addWidget(self.tabs, 1)

        missing_page = QWidget()
        mlay = QVBoxLayout(missing_page)
        mlay.setContentsMargins(0, 6, 0, 0)
        self.missing_model = MissingModel(self)
        self.missing_view = QListView()
        self.missing_view.setObjectName("MissingList")
        self.missing_view.setModel(self.missing_model)
        self.missing_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.missing_view.setAlternatingRowColors(True)
        self.missing_view.setUniformItemSizes(True)
        mlay.addWidget(self.missing_view, 1)
        self.action_bar = QWidget()
        agrid = QGridLayout(self.action_bar)
        agrid.setContentsMargins(0, 0, 0, 0)
        agrid.setSpacing(6)
        self.mark_present_button = QPushButton(self.tr("Tandai hadir"))
        self.mark_present_button.setObjectName("GroupButton")
        self.mark_present_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mark_present_button.clicked.connect(self.mark_selected_present)
        agrid.addWidget(self.mark_present_button, 0, 0, 1, 3)
        self.absence_buttons: dict[AbsenceStatus, QPushButton] = {}
        for i, (status, label) in enumerate(ABSENCE_BUTTONS):
            btn = QPushButton(_tr(label))
            btn.setObjectName("AbsenceButton")
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            btn.clicked.connect(lambda _=False, s=status: self.set_selected_absence(s))
            agrid.addWidget(btn, 1 + i // 3, i % 3)
            self.absence_buttons[status] = btn
        self.clear_status_button = QPushButton(self.tr("Hapus status"))
        self.clear_status_button.setObjectName("AbsenceButton")
        self.clear_status_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_status_button.clicked.connect(lambda: self.set_selected_absence(None))
        agrid.addWidget(self.clear_status_button, 2, 1, 1, 2)
        mlay.addWidget(self.action_bar)
        self.action_bar.setVisible(show_actions)
        self.missing_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tabs.addTab(missing_page, self.tr("Belum hadir"))

        self.opd_model = OpdModel(self)
        self.opd_view = QTableView()
        self.opd_view.setObjectName("OpdTable")
        self.opd_view.setModel(self.opd_model)
        self.opd_view.verticalHeader().setVisible(False)
        self.opd_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.opd_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.opd_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.opd_view, self.tr("Per OPD"))
        self._update_buttons()
        if meeting_id is not None:
            self.refresh()

    # -- data -------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the counters (called on ChangeWatcher.changed and after own writes)."""
        if self.meeting_id is None:
            return
        with self.db.session() as s:
            counters = svc.attendance_counters(s, self.meeting_id)
        self.set_counters(counters)

    def set_counters(self, c: svc.AttendanceCounters) -> None:
        self.counters = c
        self.tile_invited.set(c.invited)
        self.tile_present.set(c.invitees_present)
        self.tile_missing.set(c.missing)
        self.tile_delegates.set(c.delegates)
        self.tile_walk_ins.set(c.walk_ins)
        self.tile_late.set(c.late)
        self.coverage.setRange(0, max(c.invited, 1))
        self.coverage.setValue(c.invitees_present)
        pct = round(100 * c.invitees_present / c.invited) if c.invited else 0
        self.summary.setText(
            self.tr("{pct}% undangan hadir · {people} orang di ruangan · {left} pulang").format(
                pct=pct, people=c.present - c.left, left=c.left
            )
        )
        selected = set(self.selected_invitation_ids())
        self.missing_model.set_rows(c.missing_list)
        self._restore_selection(selected)
        self.tabs.setTabText(0, self.tr("Belum hadir ({n})").format(n=c.missing))
        self.opd_model.set_rows(c.per_opd)
        self._update_buttons()
        self.refreshed.emit(c)

    def _restore_selection(self, invitation_ids: set[int]) -> None:
        if not invitation_ids:
            return
        sm = self.missing_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for i, row in enumerate(self.missing_model.rows):
            if row.invitation_id in invitation_ids:
                sm.setCurrentIndex(self.missing_model.index(i), flags)

    def selected_rows(self) -> list[svc.MissingRow]:
        idxs = sorted(self.missing_view.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [
            self.missing_model.rows[i.row()] for i in idxs if i.row() < len(self.missing_model.rows)
        ]

    def selected_invitation_ids(self) -> list[int]:
        return [r.invitation_id for r in self.selected_rows()]

    def select_people(self, person_ids: set[int]) -> None:
        """Select rows by person (the kiosk and tests pick a group this way)."""
        sm = self.missing_view.selectionModel()
        sm.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for i, row in enumerate(self.missing_model.rows):
            if row.person_id in person_ids:
                sm.setCurrentIndex(self.missing_model.index(i), flags)

    def _update_buttons(self, *_: Any) -> None:
        n = len(self.missing_view.selectionModel().selectedIndexes())
        self.mark_present_button.setEnabled(n > 0)
        self.mark_present_button.setText(
            self.tr("Tandai hadir ({n} dipilih)").format(n=n) if n else self.tr("Tandai hadir")
        )
        for btn in (*self.absence_buttons.values(), self.clear_status_button):
            btn.setEnabled(n > 0)

    # -- actions ----------------------------------------------------------------

    def mark_selected_present(self) -> list[svc.CheckInResult]:
        rows = self.selected_rows()
        if not rows or self.meeting_id is None:
            return []
        meeting_id = self.meeting_id

        def unit() -> list[svc.CheckInResult]:
            with self.db.session(write=True) as s:
                return svc.mark_present_many(
                    s,
                    meeting_id,
                    [r.person_id for r in rows],
                    now=self.clock(),
                    station=self.station,
                    any_day=self.any_day,
                )

        try:
            results = svc.retry_locked(unit)
        except Exception as exc:
            self.notice.emit(self.tr("Gagal menyimpan: {e}").format(e=exc), "error")
            return []
        done = [r for r in results if r.confirmed]
        refused = [r for r in results if not r.confirmed]
        if refused and not done:
            self.notice.emit(messages.translate(refused[0].message), "error")
        else:
            self.notice.emit(self.tr("{n} orang ditandai hadir").format(n=len(done)), "ok")
        self.missing_view.selectionModel().clearSelection()
        self.refresh()
        self.changed.emit()
        return results

    def set_selected_absence(self, status: AbsenceStatus | None) -> int:
        ids = self.selected_invitation_ids()
        if not ids:
            return 0

        def unit() -> None:
            with self.db.session(write=True) as s:
                for inv_id in ids:
                    svc.set_absence(s, inv_id, status)

        try:
            svc.retry_locked(unit)
        except svc.CheckInRefused as exc:
            self.notice.emit(messages.translate(exc.args[0] if exc.args else str(exc)), "error")
            return 0
        except Exception as exc:
            self.notice.emit(self.tr("Gagal menyimpan: {e}").format(e=exc), "error")
            return 0
        label = dict(ABSENCE_BUTTONS).get(status, "") if status else ""
        text = (
            self.tr("{n} undangan: {status}").format(n=len(ids), status=_tr(label))
            if status
            else self.tr("Status {n} undangan dihapus").format(n=len(ids))
        )
        self.notice.emit(text, "info")
        self.refresh()
        self.changed.emit()
        return len(ids)
