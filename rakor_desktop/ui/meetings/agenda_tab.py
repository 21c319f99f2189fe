"""Agenda: ordered items with presenter and planned minutes; drag to reorder.

The model writes through the agenda service on every edit and move (the order is
data, not a view setting), and shows planned against actual times once the meeting
has run. Deleting an item that holds notes or decisions asks first, and stays
recoverable ("Pulihkan") until the meeting is closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from rakor_desktop.services.meetings import agenda
from rakor_desktop.services.meetings.agenda import AgendaRow
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.meetings import shortcuts
from rakor_desktop.ui.meetings.common import (
    EDIT_ON_TYPE,
    MeetingTableModel,
    call,
    now_of,
    setup_table,
    tab_layout,
    tr_const,
    user_message,
)
from rakor_desktop.ui.meetings.pickers import Choice, ChoicePicker
from rakor_desktop.ui.roles import ROW_ROLE
from rakor_desktop.ui.widgets import label, pill, set_pill

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

COLUMNS = (
    QT_TRANSLATE_NOOP("Meetings", "No"),
    QT_TRANSLATE_NOOP("Meetings", "Butir agenda"),
    QT_TRANSLATE_NOOP("Meetings", "Penyaji"),
    QT_TRANSLATE_NOOP("Meetings", "Menit"),
    QT_TRANSLATE_NOOP("Meetings", "Mulai"),
    QT_TRANSLATE_NOOP("Meetings", "Selesai"),
)
C_NO, C_TITLE, C_PRESENTER, C_MINUTES, C_START, C_END = range(6)


def presenter_code(row: AgendaRow) -> int | None:
    """Persons are positive ids, OPDs negative: one picker serves both."""
    if row.presenter_id is not None:
        return row.presenter_id
    if row.presenter_org_id is not None:
        return -row.presenter_org_id
    return None


class AgendaModel(MeetingTableModel):
    rows: list[AgendaRow]

    def __init__(self, ctx: AppContext, meeting_id: int, zone: str, parent: Any = None) -> None:
        super().__init__(ctx, meeting_id, COLUMNS, parent)
        self.zone = zone

    def refresh(self) -> None:
        rows = call(self.ctx, agenda.list_items, self.meeting_id)
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    # -- shape ---------------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if self.locked:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (C_TITLE, C_PRESENTER, C_MINUTES):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == C_NO:
                return index.row() + 1
            if c == C_TITLE:
                return r.title
            if c == C_PRESENTER:
                return presenter_code(r) if role == Qt.ItemDataRole.EditRole else r.presenter
            if c == C_MINUTES:
                return r.planned_minutes
            if c == C_START:
                return fmt.clock(r.actual_start, self.zone) if r.actual_start else ""
            if c == C_END:
                return fmt.clock(r.actual_end, self.zone) if r.actual_end else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if c == C_TITLE and r.is_carry_over:
                return QColor(theme.ACCENT)
            if c in (C_START, C_END):
                return QColor(theme.TEXT_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and c == C_TITLE and r.is_carry_over:
            return self.tr("Tindak lanjut yang masih terbuka dari rapat sebelumnya dalam seri ini.")
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (C_NO, C_MINUTES):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self.rows[index.row()]
        c = index.column()
        if c == C_TITLE:
            changes: dict[str, Any] = {"title": value}
        elif c == C_MINUTES:
            changes = {"planned_minutes": value}
        elif c == C_PRESENTER:
            code = value if isinstance(value, int) else None
            changes = {
                "presenter_id": code if code is not None and code > 0 else None,
                "presenter_org_id": -code if code is not None and code < 0 else None,
            }
        else:
            return False
        try:
            call(self.ctx, agenda.update_item, r.id, write=True, **changes)
        except Exception as exc:
            self.error.emit(user_message(exc))
            return False
        self.refresh()
        self.edited.emit()
        return True

    def moveRows(
        self,
        source_parent: QModelIndex | QPersistentModelIndex,
        source_row: int,
        count: int,
        destination_parent: QModelIndex | QPersistentModelIndex,
        destination_child: int,
    ) -> bool:
        """Move ``count`` rows to before ``destination_child`` and persist the order."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self.rows):
            return False
        dest = max(0, min(destination_child, len(self.rows)))
        if source_row <= dest <= source_row + count:
            return False  # no-op move (Qt forbids it)
        moving = self.rows[source_row : source_row + count]
        rest = self.rows[:source_row] + self.rows[source_row + count :]
        insert_at = dest if dest < source_row else dest - count
        new_order = rest[:insert_at] + moving + rest[insert_at:]
        try:
            call(self.ctx, agenda.reorder, self.meeting_id, [r.id for r in new_order], write=True)
        except Exception as exc:
            self.error.emit(user_message(exc))
            return False
        self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(), dest)
        self.rows = new_order
        self.endMoveRows()
        self.refresh()  # positions and numbering
        self.edited.emit()
        return True


class PresenterDelegate(QStyledItemDelegate):
    """Edits the presenter with a picker over OPDs and persons."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices: list[Choice] = []

    def createEditor(
        self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = ChoicePicker(self.tr("OPD atau nama penyaji"), parent)
        editor.set_choices(self.choices)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, ChoicePicker)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, ChoicePicker)
        editor._commit()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AgendaTable(QTableView):
    """Internal drag-and-drop that becomes one ``moveRows`` on the model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)

    def dropEvent(self, event: QDropEvent) -> None:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows:
            rows = [self.currentIndex().row()] if self.currentIndex().isValid() else []
        target = self.indexAt(event.position().toPoint())
        pos = self.dropIndicatorPosition()
        if not target.isValid() or pos == QAbstractItemView.DropIndicatorPosition.OnViewport:
            dest = self.model().rowCount()
        elif pos == QAbstractItemView.DropIndicatorPosition.BelowItem:
            dest = target.row() + 1
        else:
            dest = target.row()
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the model already moved the rows
        event.accept()
        if rows:
            self.move_row(rows[0], dest)

    def move_row(self, row: int, dest: int) -> bool:
        moved = self.model().moveRows(QModelIndex(), row, 1, QModelIndex(), dest)
        if moved:
            new_row = dest if dest < row else dest - 1
            self.selectRow(new_row)
        return moved


class AgendaTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, zone: str, model: AgendaModel) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.zone = zone
        self.model = model
        self.model.headers = [tr_const(h) for h in COLUMNS]
        self.confirm: QMessageBox | None = None
        self._build()
        self.model.error.connect(self._error)
        self.model.edited.connect(self._edited)

    def _build(self) -> None:
        layout = tab_layout(self)
        bar = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("Tambah butir"))
        self.btn_add.setProperty("variant", "primary")
        self.btn_up = QPushButton(self.tr("Naik"))
        self.btn_down = QPushButton(self.tr("Turun"))
        self.btn_delete = QPushButton(self.tr("Hapus"))
        self.btn_delete.setProperty("variant", "danger")
        self.btn_restore = QPushButton(self.tr("Pulihkan"))
        self.restore_menu = QMenu(self)
        self.btn_restore.setMenu(self.restore_menu)
        self.restore_menu.aboutToShow.connect(self._fill_restore)
        for b in (self.btn_add, self.btn_up, self.btn_down, self.btn_delete, self.btn_restore):
            bar.addWidget(b)
        bar.addStretch(1)
        self.budget = pill("", "muted")
        self.budget.setObjectName("agenda-budget")
        bar.addWidget(self.budget)
        layout.addLayout(bar)

        self.table = AgendaTable()
        hh = setup_table(
            self.table,
            "agenda-table",
            self.model,
            edit=EDIT_ON_TYPE,
            row_height=34,
            stretch=(C_TITLE,),
            widths=((C_NO, 46), (C_PRESENTER, 260), (C_MINUTES, 70), (C_START, 100), (C_END, 100)),
        )
        hh.setHighlightSections(False)
        self.presenter_delegate = PresenterDelegate(self.table)
        self.table.setItemDelegateForColumn(C_PRESENTER, self.presenter_delegate)
        layout.addWidget(self.table, 1)
        self.message = label(
            self.tr(
                "Seret baris untuk mengubah urutan. Klik dua kali untuk mengubah judul, penyaji atau menit."
            ),
            "muted",
            wrap=True,
        )
        self.message.setObjectName("agenda-message")
        layout.addWidget(self.message)

        self.btn_add.clicked.connect(self.add_item)
        self.btn_up.clicked.connect(lambda: self.move_selected(-1))
        self.btn_down.clicked.connect(lambda: self.move_selected(+1))
        self.btn_delete.clicked.connect(self.delete_selected)
        for action_id, step in (("agenda.up", -1), ("agenda.down", +1)):
            act = QAction(self)
            act.setObjectName(action_id)
            act.setShortcut(shortcuts.sequence(action_id))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False, s=step: self.move_selected(s))
            self.addAction(act)

    def set_choices(self, people: list[Choice], orgs: list[Choice]) -> None:
        self.presenter_delegate.choices = [Choice(-c.id, f"OPD: {c.text}") for c in orgs] + people

    def refresh(self) -> None:
        self.model.refresh()
        self._show_budget()

    def _show_budget(self) -> None:
        b = call(self.ctx, agenda.time_budget, self.meeting_id)
        if b.slot_minutes is None:
            text, tone = self.tr("Total rencana {0} menit").format(b.planned_minutes), "muted"
        elif b.over_by:
            text = self.tr("Total {0} menit melebihi waktu rapat {1} menit (+{2})").format(
                b.planned_minutes, b.slot_minutes, b.over_by
            )
            tone = "danger"
        else:
            text = self.tr("Total {0} dari {1} menit").format(b.planned_minutes, b.slot_minutes)
            tone = "success"
        set_pill(self.budget, text, tone)

    def _edited(self) -> None:
        self._show_budget()
        self.changed.emit()

    def _error(self, text: str) -> None:
        self.message.setText(text)
        theme.set_props(self.message, role="error")

    def selected_row(self) -> int:
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else -1

    # -- actions -------------------------------------------------------------------------
    def add_item(self) -> None:
        row = self.selected_row()
        pos = row + 1 if row >= 0 else None
        try:
            call(
                self.ctx,
                agenda.add_item,
                self.meeting_id,
                self.tr("Butir agenda baru"),
                position=pos,
                write=True,
            )
        except Exception as exc:
            self._error(user_message(exc))
            return
        self.refresh()
        new_row = pos if pos is not None else self.model.rowCount() - 1
        title = self.model.index(new_row, C_TITLE)
        self.table.selectRow(new_row)
        # The title cell must be current, not only edited: Tab moves on from the current
        # cell, and from column 0 it came back to the title (issue 15 item 6).
        self.table.setCurrentIndex(title)
        self.table.edit(title)
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        dest = row + 2 if step > 0 else row - 1
        if 0 <= dest <= self.model.rowCount():
            self.table.move_row(row, dest)

    def delete_selected(self) -> QMessageBox | None:
        row = self.selected_row()
        if row < 0:
            return None
        item = self.model.rows[row]
        content = call(self.ctx, agenda.item_content, item.id)
        if content.empty:
            self._delete(item.id)
            return None
        box = QMessageBox(self)
        box.setObjectName("confirm-delete")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Hapus butir agenda"))
        box.setText(
            self.tr('Butir "{0}" berisi catatan ({1} karakter) dan {2} keputusan/arahan.').format(
                item.title, content.note_chars, content.decisions
            )
        )
        box.setInformativeText(
            self.tr(
                "Tetap hapus? Butir ini dapat dipulihkan (tombol Pulihkan) sampai rapat ditutup."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Hapus"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Batal"))

        def done(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._delete(item.id)

        box.finished.connect(done)
        self.confirm = box
        box.open()
        return box

    def _delete(self, item_id: int) -> None:
        try:
            call(self.ctx, agenda.delete_item, item_id, now=now_of(self.ctx), write=True)
        except Exception as exc:
            self._error(user_message(exc))
            return
        self.refresh()
        self.message.setText(
            self.tr('Butir dihapus. Pulihkan lewat tombol "Pulihkan" sampai rapat ditutup.')
        )
        theme.set_props(self.message, role="muted")
        self.changed.emit()

    def _fill_restore(self) -> None:
        self.restore_menu.clear()
        rows = call(self.ctx, agenda.deleted_items, self.meeting_id)
        if not rows:
            self.restore_menu.addAction(self.tr("Tidak ada butir yang dihapus")).setEnabled(False)
        for r in rows:
            act = self.restore_menu.addAction(r.title)
            act.triggered.connect(lambda _=False, iid=r.id: self.restore(iid))

    def restore(self, item_id: int) -> None:
        try:
            call(self.ctx, agenda.restore_item, item_id, write=True)
        except Exception as exc:
            self._error(user_message(exc))
            return
        self.refresh()
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self.model.locked = locked
        for b in (self.btn_add, self.btn_up, self.btn_down, self.btn_delete, self.btn_restore):
            b.setEnabled(not locked)
