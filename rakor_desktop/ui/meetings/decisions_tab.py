"""Keputusan & arahan: every decision of the meeting, and each directive's follow-up.

Captured fast during the meeting (live tab); corrected here afterwards: the text
inline, the follow-up's OPD, PIC, deadline and action in a small dialog.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain import clock
from rakor_desktop.domain.enums import DecisionKind
from rakor_desktop.services.meetings import decisions
from rakor_desktop.services.meetings.decisions import DecisionRow
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.meetings.common import (
    MeetingTableModel,
    call,
    localize,
    setup_table,
    tab_layout,
    tr_const,
    user_message,
)
from rakor_desktop.ui.meetings.pickers import Choice, ChoicePicker
from rakor_desktop.ui.widgets import label

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

COLUMNS = (
    QT_TRANSLATE_NOOP("Meetings", "Jenis"),
    QT_TRANSLATE_NOOP("Meetings", "Isi"),
    QT_TRANSLATE_NOOP("Meetings", "Butir agenda"),
    QT_TRANSLATE_NOOP("Meetings", "OPD penanggung jawab"),
    QT_TRANSLATE_NOOP("Meetings", "PIC"),
    QT_TRANSLATE_NOOP("Meetings", "Batas waktu"),
)
C_KIND, C_TEXT, C_ITEM, C_ORG, C_PIC, C_DUE = range(6)
KIND_TEXT = {
    "keputusan": QT_TRANSLATE_NOOP("Meetings", "Keputusan"),
    "kesimpulan": QT_TRANSLATE_NOOP("Meetings", "Kesimpulan"),
    "arahan": QT_TRANSLATE_NOOP("Meetings", "Arahan"),
}


class DecisionsModel(MeetingTableModel):
    rows: list[DecisionRow]

    def __init__(self, ctx: AppContext, meeting_id: int, parent: Any = None) -> None:
        super().__init__(ctx, meeting_id, COLUMNS, parent)

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = call(self.ctx, decisions.list_decisions, self.meeting_id)
        self.endResetModel()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == C_TEXT and not self.locked:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        c = index.column()
        fu = d.followup
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == C_KIND:
                return tr_const(KIND_TEXT.get(d.kind, d.kind))
            if c == C_TEXT:
                return d.text
            if c == C_ITEM:
                return d.agenda_title
            if fu is None:
                return ""
            if c == C_ORG:
                return fu.organization or "—"
            if c == C_PIC:
                return fu.pic
            if c == C_DUE:
                return fmt.medium_date(fu.due_date) if fu.due_date else "—"
        if role == Qt.ItemDataRole.ForegroundRole:
            if c == C_KIND and d.kind == DecisionKind.ARAHAN:
                return QColor(theme.WARNING)
            if (
                fu is not None
                and c in (C_ORG, C_DUE)
                and (fu.organization_id is None if c == C_ORG else fu.due_date is None)
            ):
                return QColor(theme.DANGER)
        if role == Qt.ItemDataRole.ToolTipRole and c == C_TEXT:
            return d.text
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or index.column() != C_TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        d = self.rows[index.row()]
        try:
            call(self.ctx, decisions.update_decision, d.id, text=str(value), write=True)
        except Exception as exc:
            self.error.emit(user_message(exc))
            return False
        self.refresh()
        self.edited.emit()
        return True


class FollowUpDialog(QDialog):
    """OPD, PIC, deadline and action of one directive's follow-up."""

    def __init__(
        self,
        row: DecisionRow,
        orgs: list[tuple[int, str]],
        people: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert row.followup is not None
        fu = row.followup
        self.setObjectName("followup-dialog")
        self.setWindowTitle(self.tr("Tindak lanjut arahan"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.addRow(label(row.text, wrap=True))
        self.org = QComboBox()
        self.org.addItem(self.tr("(belum dipilih)"), None)
        for oid, name in orgs:
            self.org.addItem(name, oid)
        self.org.setCurrentIndex(max(0, self.org.findData(fu.organization_id)))
        self.pic = ChoicePicker(self.tr("Bawaan: kepala OPD"))
        self.pic.set_choices(people)
        self.pic.set_value(fu.pic_id)
        self.no_due = QCheckBox(self.tr("tanpa batas waktu"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dddd, d MMMM yyyy")
        localize(self.due)
        if fu.due_date:
            self.due.setDate(QDate(fu.due_date.year, fu.due_date.month, fu.due_date.day))
        else:
            soon = clock.today() + timedelta(days=14)
            self.due.setDate(QDate(soon.year, soon.month, soon.day))
            self.no_due.setChecked(True)
        self.due.setDisabled(self.no_due.isChecked())
        self.no_due.toggled.connect(self.due.setDisabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.no_due)
        self.action = QLineEdit(fu.action)
        self.action.setPlaceholderText(self.tr("Tindak lanjut yang diharapkan"))
        form.addRow(self.tr("OPD"), self.org)
        form.addRow(self.tr("PIC"), self.pic)
        form.addRow(self.tr("Batas waktu"), due_row)
        form.addRow(self.tr("Tindak lanjut"), self.action)
        self._org_before = fu.organization_id
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        q = self.due.date()
        due = None if self.no_due.isChecked() else date(q.year(), q.month(), q.day())
        out: dict[str, Any] = {
            "organization_id": self.org.currentData(),
            "due_date": due,
            "action": self.action.text(),
        }
        self.pic._commit()
        if self.org.currentData() == self._org_before or self.pic.isModified():
            out["pic_id"] = self.pic.value()
        return out


class DecisionsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.model = DecisionsModel(ctx, meeting_id, self)
        self.model.headers = [tr_const(h) for h in COLUMNS]
        self.people: list[Choice] = []
        self.orgs: list[tuple[int, str]] = []
        self.dialog: FollowUpDialog | None = None
        layout = tab_layout(self)
        bar = QHBoxLayout()
        self.btn_followup = QPushButton(self.tr("Ubah tindak lanjut…"))
        self.btn_delete = QPushButton(self.tr("Hapus"))
        self.btn_delete.setProperty("variant", "danger")
        bar.addWidget(
            label(
                self.tr(
                    "Keputusan dicatat di Jalannya Rapat (Ctrl+D, Ctrl+Shift+K, Ctrl+Shift+A); perbaiki di sini."
                ),
                "muted",
            ),
            1,
        )
        bar.addWidget(self.btn_followup)
        bar.addWidget(self.btn_delete)
        layout.addLayout(bar)
        self.table = QTableView()
        setup_table(
            self.table,
            "decisions-table",
            self.model,
            stretch=(C_TEXT,),
            widths=((C_KIND, 100), (C_ITEM, 200), (C_ORG, 220), (C_PIC, 180), (C_DUE, 110)),
        )
        self.table.setWordWrap(True)
        # The decision's text is what a row is about: shown whole, rows as tall as it.
        self.table.setProperty("key_column", C_TEXT)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.message = label("", "muted", wrap=True)
        layout.addWidget(self.message)
        self.btn_followup.clicked.connect(self.edit_followup)
        self.btn_delete.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self._double_clicked)
        self.model.error.connect(self._error)
        self.model.edited.connect(self.changed)

    def set_choices(self, people: list[Choice], orgs: list[tuple[int, str]]) -> None:
        self.people = people
        self.orgs = orgs

    def refresh(self) -> None:
        self.model.refresh()

    def _error(self, text: str) -> None:
        self.message.setText(text)
        theme.set_props(self.message, role="error")

    def _current(self) -> DecisionRow | None:
        idx = self.table.currentIndex()
        return self.model.rows[idx.row()] if idx.isValid() else None

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (C_ORG, C_PIC, C_DUE):
            self.edit_followup()

    def edit_followup(self) -> FollowUpDialog | None:
        row = self._current()
        if row is None or row.followup is None:
            self._error(self.tr("Pilih sebuah arahan (hanya arahan yang punya tindak lanjut)."))
            return None
        self.dialog = FollowUpDialog(row, self.orgs, self.people, self)
        fu_id = row.followup.id

        def save() -> None:
            assert self.dialog is not None
            try:
                call(
                    self.ctx, decisions.update_followup, fu_id, write=True, **self.dialog.changes()
                )
            except Exception as exc:
                self._error(user_message(exc))
                return
            self.refresh()
            self.changed.emit()

        self.dialog.accepted.connect(save)
        self.dialog.open()
        return self.dialog

    def delete_selected(self) -> None:
        row = self._current()
        if row is None:
            return
        try:
            call(self.ctx, decisions.delete_decision, row.id, write=True)
        except Exception as exc:
            self._error(user_message(exc))
            return
        self.refresh()
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self.model.locked = locked
        self.btn_followup.setEnabled(not locked)
        self.btn_delete.setEnabled(not locked)
