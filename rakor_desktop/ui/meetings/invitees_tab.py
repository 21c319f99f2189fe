"""Undangan: who is invited, and who has arrived (live from the check-in station).

Adding works the way invitations are actually drawn up: whole OPDs (their heads),
every camat at once, a saved group ("OPD di bawah Asisten II"), or one person.
Attendance comes from the door station through the shared database; the table
refreshes when another process commits (ChangeWatcher) and keeps the selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.domain.enums import AbsenceStatus, OrgKind
from rakor_desktop.domain.nip import format_nip
from rakor_desktop.services.attendance import invitees
from rakor_desktop.services.directory.people import list_organizations
from rakor_desktop.services.meetings.listing import InviteeRow, list_invitees
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import labels, theme
from rakor_desktop.ui.attendance.counters import CountersWidget
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.meetings import shortcuts
from rakor_desktop.ui.meetings.common import (
    TabTableModel,
    call,
    now_of,
    setup_table,
    tab_layout,
    tr_const,
    user_message,
)
from rakor_desktop.ui.meetings.pickers import Choice, ChoicePicker
from rakor_desktop.ui.widgets import fit_to_screen, label

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

COLUMNS = (
    QT_TRANSLATE_NOOP("Meetings", "Nama"),
    QT_TRANSLATE_NOOP("Meetings", "NIP"),
    QT_TRANSLATE_NOOP("Meetings", "Jabatan"),
    QT_TRANSLATE_NOOP("Meetings", "Instansi"),
    QT_TRANSLATE_NOOP("Meetings", "Kehadiran"),
)


class InviteesModel(TabTableModel):
    rows: list[InviteeRow]

    def __init__(self, zone: str, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self.zone = zone

    def set_rows(self, rows: list[InviteeRow]) -> None:
        """Same people: update cells in place (selection survives); else reset."""
        if [r.person_id for r in rows] == [r.person_id for r in self.rows]:
            changed = [i for i, (a, b) in enumerate(zip(self.rows, rows, strict=True)) if a != b]
            self.rows = rows
            for i in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def status_text(self, r: InviteeRow) -> str:
        if r.attended:
            return self.tr("Hadir {0}").format(fmt.clock(r.checked_in_at, self.zone))
        if r.absence_status:
            return labels.absence(r.absence_status)
        return self.tr("Belum hadir")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name,
                format_nip(r.nip) if r.nip else "",
                r.jabatan,
                r.organization_short or r.organization,
                self.status_text(r),
            )[c]
        if role == Qt.ItemDataRole.ToolTipRole and c in (0, 2, 3):
            whole = "\n".join(
                x for x in (r.name, format_nip(r.nip) if r.nip else "", r.jabatan) if x
            )
            return (whole, "", r.jabatan, r.organization)[c]
        if role == Qt.ItemDataRole.ForegroundRole and c == 4:
            if r.attended:
                return QColor(theme.SUCCESS)
            return QColor(theme.WARNING if r.absence_status else theme.TEXT_FAINT)
        if role == Qt.ItemDataRole.UserRole:
            return r.person_id
        return None


class OrgPickerDialog(QDialog):
    """Tick OPDs; their heads are invited. Optionally save the ticks as a group."""

    def __init__(self, orgs: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("org-picker")
        self.setWindowTitle(self.tr("Undang OPD (kepalanya)"))
        fit_to_screen(self, 460, 560)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Saring nama OPD…"))
        self.list = QListWidget()
        for oid, name in orgs:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, oid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.group_name = QLineEdit()
        self.group_name.setPlaceholderText(
            self.tr("Simpan juga sebagai kelompok (opsional), mis. OPD di bawah Asisten II")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Undang"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.group_name)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        key = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in item.text().casefold())

    def check(self, names: list[str]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_ids(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class InviteesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, zone: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.zone = zone
        self.model = InviteesModel(zone, self)
        self.model.headers = [tr_const(h) for h in COLUMNS]
        self.dialog: OrgPickerDialog | None = None
        self._build()

    # Below this width the NIP column (also on the name's tooltip) makes way for the
    # jabatan: at 1280 px the jabatan column was 36 px wide.
    NARROW_TABLE = 700

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            narrow = self.table.viewport().width() < self.NARROW_TABLE
            if self.table.isColumnHidden(1) != narrow:
                self.table.setColumnHidden(1, narrow)
        return super().eventFilter(watched, event)

    def _build(self) -> None:
        layout = tab_layout(self)
        bar = QHBoxLayout()
        self.btn_opd = QPushButton(self.tr("Undang OPD…"))
        self.btn_camat = QPushButton(self.tr("Semua camat"))
        self.btn_group = QPushButton(self.tr("Kelompok"))
        self.group_menu = QMenu(self)
        self.btn_group.setMenu(self.group_menu)
        self.person = ChoicePicker(self.tr("Undang satu orang: ketik nama atau NIP"))
        self.person.setObjectName("invite-person")
        self.btn_person = QPushButton(self.tr("Undang"))
        for w in (self.btn_opd, self.btn_camat, self.btn_group):
            bar.addWidget(w)
        bar.addWidget(self.person, 1)
        bar.addWidget(self.btn_person)
        layout.addLayout(bar)

        self.summary = label("", "muted")
        self.summary.setObjectName("attendance-summary")
        layout.addWidget(self.summary)
        self.table = QTableView()
        hh = setup_table(
            self.table,
            "invitees-table",
            self.model,
            mode=QAbstractItemView.SelectionMode.ExtendedSelection,
            edit=QAbstractItemView.EditTrigger.NoEditTriggers,
            widths=((0, 210), (1, 172), (3, 110), (4, 122)),
            stretch=(2,),
        )
        # One line a person, cut with "…" and whole on hover: a wrapped cell showed
        # "Kepala …" for every jabatan.
        self.table.setWordWrap(False)
        self.table.viewport().installEventFilter(self)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        self.counters = self._counters()
        split.addWidget(self.counters)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 340])
        layout.addWidget(split, 1)

        foot = QHBoxLayout()
        self.absence = QComboBox()
        self.absence.addItem(self.tr("Status tidak hadir…"), None)
        for st in (
            AbsenceStatus.IZIN,
            AbsenceStatus.SAKIT,
            AbsenceStatus.TUGAS_LUAR,
            AbsenceStatus.TANPA_KETERANGAN,
        ):
            self.absence.addItem(labels.absence(st), st.value)
        self.absence.addItem(self.tr("(kosongkan status)"), "")
        self.btn_absence = QPushButton(self.tr("Terapkan ke terpilih"))
        self.btn_remove = QPushButton(self.tr("Hapus undangan"))
        self.btn_remove.setProperty("variant", "danger")
        self.message = label("", "muted", wrap=True)
        self.message.setObjectName("invite-message")
        foot.addWidget(self.absence)
        foot.addWidget(self.btn_absence)
        foot.addWidget(self.message, 1)
        foot.addWidget(self.btn_remove)
        layout.addLayout(foot)

        self.btn_opd.clicked.connect(self.pick_opds)
        self.btn_camat.clicked.connect(self.invite_all_camat)
        self.btn_person.clicked.connect(self.invite_person)
        # Return after picking a name invites (the first Return picks from the list).
        self.person.returnPressed.connect(self.invite_person)
        self.btn_remove.clicked.connect(self.remove_selected)
        self.btn_absence.clicked.connect(self.apply_absence)
        self.group_menu.aboutToShow.connect(self._fill_groups)
        find = QAction(self)
        find.setObjectName("search")
        find.setShortcut(shortcuts.sequence("search"))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_person)
        self.addAction(find)

    def _focus_person(self) -> None:
        self.person.setFocus()
        self.person.selectAll()

    def _counters(self) -> CountersWidget:
        """The door station's live counters (delegates, walk-ins, late, who is missing)."""
        # Read-only here: statuses are set with the controls under the table.
        widget = CountersWidget(
            self.ctx.db, self.meeting_id, clock=lambda: now_of(self.ctx), show_actions=False
        )
        widget.setObjectName("attendance-counters")
        widget.changed.connect(self._counters_changed)
        return widget

    def _counters_changed(self) -> None:
        # A status or a group check-in made in the counters panel.
        self.refresh()
        self.changed.emit()

    # -- data ----------------------------------------------------------------------------
    def set_people(self, choices: list[Choice]) -> None:
        self.person.set_choices(choices)

    def refresh(self) -> None:
        rows = call(self.ctx, list_invitees, self.meeting_id)
        self.model.set_rows(rows)
        self.counters.refresh()
        came = sum(1 for r in rows if r.attended)
        excused = sum(1 for r in rows if not r.attended and r.absence_status)
        # "Belum hadir" counts like the door's card: everyone not (yet) there, with
        # those who sent word shown inside it (issue 15 item 10: 18 here, 19 there).
        self.summary.setText(
            self.tr("{0} diundang · {1} hadir · {2} belum hadir, {3} di antaranya berhalangan")
            .format(len(rows), came, len(rows) - came, excused)
        )  # fmt: skip

    def _after(self, result: invitees.AddResult | None = None, text: str | None = None) -> None:
        self.refresh()
        self.changed.emit()
        msg = text if text is not None else (result.message() if result else "")
        self.message.setText(msg)
        theme.set_props(
            self.message, role="muted" if not (result and result.orgs_without_head) else "error"
        )

    def _run(self, fn: Any, *args: Any) -> Any:
        try:
            return call(self.ctx, fn, self.meeting_id, *args, write=True)
        except Exception as exc:
            self.message.setText(user_message(exc))
            theme.set_props(self.message, role="error")
            return None

    # -- actions -------------------------------------------------------------------------
    def pick_opds(self) -> OrgPickerDialog:
        orgs = [
            (o.id, o.name)
            for o in call(self.ctx, list_organizations)
            if o.kind != OrgKind.KECAMATAN.value and o.id is not None
        ]
        self.dialog = OrgPickerDialog(orgs, self)
        self.dialog.accepted.connect(self._opds_picked)
        self.dialog.open()
        return self.dialog

    def _opds_picked(self) -> None:
        assert self.dialog is not None
        ids = self.dialog.checked_ids()
        name = self.dialog.group_name.text().strip()
        if name and ids:
            try:
                call(self.ctx, invitees.save_group, name, ids, write=True)
            except Exception as exc:
                self.message.setText(user_message(exc))
        result = self._run(invitees.add_opd_heads, ids)
        if result is not None:
            self._after(result)

    def invite_all_camat(self) -> None:
        result = self._run(invitees.add_all_camat)
        if result is not None:
            self._after(result)

    def _fill_groups(self) -> None:
        self.group_menu.clear()
        groups = call(self.ctx, invitees.list_groups)
        if not groups:
            act = self.group_menu.addAction(
                self.tr('Belum ada kelompok; simpan dari "Undang OPD…"')
            )
            act.setEnabled(False)
        for g in groups:
            act = self.group_menu.addAction(g.name)
            act.triggered.connect(lambda _=False, gid=g.id: self.invite_group(gid))

    def invite_group(self, group_id: int) -> None:
        result = self._run(invitees.add_group, group_id)
        if result is not None:
            self._after(result)

    def invite_person(self) -> None:
        self.person._commit()
        pid = self.person.value()
        if pid is None:
            self.message.setText(self.tr("Pilih orang dari daftar dulu."))
            return
        result = self._run(invitees.add_persons, [pid])
        if result is not None:
            self.person.set_value(None)
            self._after(result)

    def selected_person_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].person_id for r in rows]

    def remove_selected(self) -> None:
        removed, problem = 0, None
        for pid in self.selected_person_ids():
            try:
                call(self.ctx, invitees.remove_invitee, self.meeting_id, pid, write=True)
                removed += 1
            except Exception as exc:
                problem = user_message(exc)
                break
        if removed:
            self._after(text=self.tr("{0} undangan dihapus.").format(removed))
        if problem:
            self.message.setText(problem)
            theme.set_props(self.message, role="error")

    def apply_absence(self) -> None:
        status = self.absence.currentData()
        if status is None:
            self.message.setText(self.tr("Pilih status dulu (izin, sakit, …)."))
            return
        count = 0
        for pid in self.selected_person_ids():
            row = next(r for r in self.model.rows if r.person_id == pid)
            if row.attended:
                continue
            try:
                call(
                    self.ctx, invitees.set_absence, self.meeting_id, pid, status or None, write=True
                )
                count += 1
            except Exception as exc:
                self.message.setText(user_message(exc))
                theme.set_props(self.message, role="error")
                return
        self._after(text=self.tr("Status diisi untuk {0} orang.").format(count))

    def set_locked(self, locked: bool) -> None:
        for w in (
            self.btn_opd,
            self.btn_camat,
            self.btn_group,
            self.person,
            self.btn_person,
            self.btn_remove,
            self.btn_absence,
            self.absence,
        ):
            w.setEnabled(not locked)
