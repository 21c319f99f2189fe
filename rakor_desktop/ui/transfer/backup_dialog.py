"""Berkas > Cadangan: where backups go, how many stay, "Cadangkan sekarang", restore.

The settings live in ``Office.extra`` (``services.backups.get_settings``), so every
window on this database (a second laptop, the door station) agrees on the folder. The
list shows every backup the service can find, newest first: the chosen folder, the
default one in the user data dir, folders used before (a USB stick) and the
pre-upgrade copies next to the file.

"Pulihkan…" only asks and then hands the chosen file to the main window
(:attr:`BackupDialog.restore_requested`): restoring means closing every page and the
engine first, which only the window that owns them can do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.transfer import backups
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.icons import icon
from rakor_desktop.ui.roles import PATH_ROLE
from rakor_desktop.ui.widgets import Card, fit_to_screen, label, style_table
from rakor_desktop.ui.workers import Job, Worker

CTX = "BackupDialog"

REASONS = {
    backups.REASON_AUTO: QT_TRANSLATE_NOOP("BackupDialog", "Otomatis (rapat berlangsung)"),
    backups.REASON_CLOSE: QT_TRANSLATE_NOOP("BackupDialog", "Saat aplikasi ditutup"),
    backups.REASON_MANUAL: QT_TRANSLATE_NOOP("BackupDialog", "Manual"),
    backups.REASON_BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupDialog", "Sebelum pemulihan"),
    "sebelum-upgrade": QT_TRANSLATE_NOOP("BackupDialog", "Sebelum pembaruan skema"),
    "rusak": QT_TRANSLATE_NOOP("BackupDialog", "Berkas rusak (disimpan)"),
}


#: ``confirm(title, question) -> bool``: the restore question (tests answer it directly).
Confirm = Callable[[str, str], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size, 1) // 1024 or 1} KB"


def _create_now(job: Job, db_path: Path, settings: backups.BackupSettings) -> Path:
    return backups.create_backup(
        db_path,
        folder=settings.folder,
        keep=settings.keep,
        reason=backups.REASON_MANUAL,
        progress=job.progress,
    )


class BackupDialog(QDialog):
    """The Cadangan section: folder, keep-N, interval, backup now, list, restore."""

    restore_requested = Signal(object)  # Path of the backup to restore
    backed_up = Signal(object)  # Path of a backup just taken

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db_path: Path | None = ctx.db.path
        self.worker: Worker | None = None
        self.confirm: Confirm = self._ask
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Cadangan basis data"))
        fit_to_screen(self, 860, 640)
        col = QVBoxLayout(self)
        col.setContentsMargins(22, 18, 22, 14)
        col.setSpacing(14)

        settings_card = Card(self.tr("Pengaturan cadangan"))
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        self.default_radio = QRadioButton(self.tr("Folder data pengguna (bawaan)"))
        self.custom_radio = QRadioButton(self.tr("Folder lain, mis. flashdisk:"))
        group = QButtonGroup(self)
        group.addButton(self.default_radio)
        group.addButton(self.custom_radio)
        self.default_path = label("", "faint", wrap=True)
        self.default_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        default_box = QVBoxLayout()
        default_box.setSpacing(2)
        default_box.addWidget(self.default_radio)
        default_box.addWidget(self.default_path)
        custom_row = QHBoxLayout()
        custom_row.setSpacing(8)
        custom_row.addWidget(self.custom_radio)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backup_folder")
        self.folder_edit.setPlaceholderText(self.tr("Pilih folder…"))
        custom_row.addWidget(self.folder_edit, 1)
        self.browse_button = QPushButton(icon("folder"), self.tr("Pilih…"))
        self.browse_button.clicked.connect(self._browse)
        custom_row.addWidget(self.browse_button)
        folder_box = QVBoxLayout()
        folder_box.setSpacing(6)
        folder_box.addLayout(default_box)
        folder_box.addLayout(custom_row)
        form.addRow(self._caption(self.tr("Lokasi")), folder_box)
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("backup_keep")
        self.keep_spin.setRange(1, 200)
        self.keep_spin.setSuffix(self.tr(" cadangan terbaru"))
        self.keep_spin.setMinimumWidth(200)
        form.addRow(self._caption(self.tr("Simpan")), self._left(self.keep_spin))
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("backup_interval")
        self.interval_spin.setRange(1, 240)
        self.interval_spin.setSuffix(self.tr(" menit"))
        self.interval_spin.setMinimumWidth(200)
        interval_row = QHBoxLayout()
        interval_row.setSpacing(12)
        interval_row.addWidget(self.interval_spin)
        interval_row.addWidget(
            label(
                self.tr("selama rapat berlangsung; juga setiap kali aplikasi ditutup"),
                "faint",
                wrap=True,
            ),
            1,
        )
        form.addRow(self._caption(self.tr("Otomatis tiap")), interval_row)
        settings_card.body.addLayout(form)
        save_row = QHBoxLayout()
        self.settings_status = label("", "muted", wrap=True)
        save_row.addWidget(self.settings_status, 1)
        self.save_button = QPushButton(icon("save"), self.tr("Simpan pengaturan"))
        self.save_button.setObjectName("save_backup_settings")
        self.save_button.clicked.connect(self.save_settings)
        save_row.addWidget(self.save_button)
        settings_card.body.addLayout(save_row)
        col.addWidget(settings_card)

        list_card = Card(self.tr("Cadangan tersedia"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backup_list")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Folder")]
        )
        style_table(self.table)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the folder's end matters
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 210)
        self.table.setColumnWidth(2, 80)
        self.table.setMinimumHeight(200)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.request_restore())
        list_card.body.addWidget(self.table, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        list_card.body.addWidget(self.progress)
        actions = QHBoxLayout()
        self.status = label("", "muted", wrap=True)
        actions.addWidget(self.status, 1)
        self.open_folder_button = QPushButton(icon("folder"), self.tr("Buka folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        actions.addWidget(self.open_folder_button)
        self.restore_button = QPushButton(icon("undo"), self.tr("Pulihkan…"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.setProperty("variant", "danger")
        self.restore_button.clicked.connect(self.request_restore)
        actions.addWidget(self.restore_button)
        self.backup_button = QPushButton(icon("save", "#ffffff"), self.tr("Cadangkan sekarang"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.setProperty("variant", "primary")
        self.backup_button.clicked.connect(self.backup_now)
        actions.addWidget(self.backup_button)
        list_card.body.addLayout(actions)
        col.addWidget(list_card, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

        self.custom_radio.toggled.connect(self._folder_mode_changed)
        self.load()

    @staticmethod
    def _caption(text: str) -> QWidget:
        caption = label(text)
        caption.setProperty("role", "field-label")
        return caption

    @staticmethod
    def _left(widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- settings -------------------------------------------------------------------------
    def load(self) -> None:
        if self.db_path is None:
            self._server_mode()
            return
        with self.ctx.db.session() as s:
            settings = backups.get_settings(s)
        self.stored = settings
        self.default_path.setText(str(backups.backup_folder(self.db_path)))
        self.custom_radio.setChecked(settings.folder is not None)
        self.default_radio.setChecked(settings.folder is None)
        self.folder_edit.setText(str(settings.folder) if settings.folder else "")
        self.keep_spin.setValue(settings.keep)
        self.interval_spin.setValue(settings.interval_min)
        self._folder_mode_changed(settings.folder is not None)
        self.refresh_list()

    def _server_mode(self) -> None:
        """PostgreSQL: the server is backed up by whoever runs it, not by this laptop."""
        for widget in (
            self.default_radio,
            self.custom_radio,
            self.folder_edit,
            self.browse_button,
            self.keep_spin,
            self.interval_spin,
            self.save_button,
            self.backup_button,
            self.restore_button,
            self.open_folder_button,
            self.table,
        ):
            widget.setEnabled(False)
        self.status.setText(
            self.tr(
                "Basis data ini ada di server PostgreSQL. Cadangan otomatis hanya untuk berkas "
                "SQLite; server dicadangkan oleh pengelolanya (pg_dump)."
            )
        )

    def current_settings(self) -> backups.BackupSettings:
        folder_text = self.folder_edit.text().strip()
        folder = (
            Path(folder_text).expanduser()
            if self.custom_radio.isChecked() and folder_text
            else None
        )
        return backups.BackupSettings(
            folder=folder, keep=self.keep_spin.value(), interval_min=self.interval_spin.value()
        )

    def save_settings(self) -> bool:
        if self.custom_radio.isChecked() and not self.folder_edit.text().strip():
            self._say(self.settings_status, self.tr("Pilih dulu folder cadangannya."), "error")
            return False
        settings = self.current_settings()
        try:
            with self.ctx.db.session(write=True) as s:
                backups.save_settings(s, settings)
        except ValueError as exc:
            self._say(self.settings_status, str(exc), "error")
            return False
        self.stored = settings
        self._say(self.settings_status, self.tr("Pengaturan cadangan tersimpan."), "success")
        self.refresh_list()
        return True

    def _folder_mode_changed(self, custom: bool) -> None:
        self.folder_edit.setEnabled(custom)
        self.browse_button.setEnabled(custom)

    def _browse(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan"), start)
        if chosen:
            self.folder_edit.setText(chosen)
            self.custom_radio.setChecked(True)

    # -- list -----------------------------------------------------------------------------
    def refresh_list(self) -> None:
        if self.db_path is None:
            return
        found = backups.list_backups(self.db_path, self.current_settings().folder)
        self.table.setRowCount(len(found))
        for r, b in enumerate(found):
            when = QTableWidgetItem(f"{fmt.medium_date(b.created.date())} {b.created:%H.%M.%S}")
            when.setData(PATH_ROLE, str(b.path))
            when.setToolTip(str(b.path))
            self.table.setItem(r, 0, when)
            reason = REASONS.get(b.reason)
            self.table.setItem(r, 1, QTableWidgetItem(_tr(reason) if reason else b.reason or "—"))
            self.table.setItem(r, 2, QTableWidgetItem(size_text(b.size)))
            folder = QTableWidgetItem(str(b.path.parent))
            folder.setToolTip(str(b.path.parent))
            self.table.setItem(r, 3, folder)
        if not found:
            self.status.setText(self.tr("Belum ada cadangan. Tekan “Cadangkan sekarang”."))
        elif not self.status.text() or self.status.property("kind") == "muted":
            self._say(
                self.status,
                BackupDialog.tr("%n cadangan, terbaru di atas.", "", len(found)),  # type: ignore[arg-type]
                "muted",
            )
        self._selection_changed()

    def backup_paths(self) -> list[Path]:
        """The listed files, top to bottom (newest first)."""
        return [p for r in range(self.table.rowCount()) if (p := self._path_at(r)) is not None]

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self._path_at(rows[0].row())

    def _path_at(self, row: int) -> Path | None:
        item = self.table.item(row, 0)
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def _selection_changed(self) -> None:
        busy = self.worker is not None
        self.restore_button.setEnabled(
            self.db_path is not None and not busy and self.selected_backup() is not None
        )

    # -- actions --------------------------------------------------------------------------
    def backup_now(self) -> Worker | None:
        if self.db_path is None or self.worker is not None:
            return None
        worker = Worker(_create_now, self.db_path, self.current_settings())
        worker.progress.connect(self._progress)
        worker.finished.connect(self._backed_up)
        worker.failed.connect(self._backup_failed)
        worker.done.connect(self._idle)
        self.worker = worker
        self.backup_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(self.status, self.tr("Mencadangkan…"), "muted")
        return self.ctx.run(worker)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _backed_up(self, path: Path) -> None:
        self._say(
            self.status, self.tr("Cadangan tersimpan: %1").replace("%1", Path(path).name), "success"
        )
        self.refresh_list()
        self.backed_up.emit(Path(path))

    def _backup_failed(self, message: str) -> None:
        self._say(self.status, message, "error")

    def _idle(self) -> None:
        self.worker = None
        self.progress.hide()
        self.backup_button.setEnabled(self.db_path is not None)
        self._selection_changed()

    def request_restore(self) -> bool:
        """Ask, then hand the backup to the main window (which closes pages and reopens)."""
        backup = self.selected_backup()
        if backup is None or self.db_path is None or self.worker is not None:
            return False
        question = (
            self.tr(
                "Pulihkan basis data dari cadangan %1?\n\n"
                "Isi %2 saat ini diganti dengan isi cadangan itu. Sebelumnya berkas saat ini "
                "dicadangkan dulu (jenis “Sebelum pemulihan”), jadi pemulihan dapat dibatalkan "
                "dengan memulihkan cadangan tersebut. Semua halaman ditutup lalu dibuka lagi."
            )
            .replace("%1", backup.name)
            .replace("%2", self.db_path.name)
        )
        if not self.confirm(self.tr("Pulihkan cadangan"), question):
            return False
        self.restore_requested.emit(backup)
        return True

    def _ask(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=self)
        yes = box.addButton(self.tr("Pulihkan"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def open_folder(self) -> bool:
        if self.db_path is None:
            return False
        folder = backups.backup_folder(self.db_path, self.current_settings().folder)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            self._say(
                self.status,
                self.tr("Folder %1 tidak dapat dibuat: %2")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or str(exc)),
                "error",
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _say(self, target: QLabel, text: str, kind: str) -> None:
        target.setText(text)
        target.setProperty("kind", kind)
        color = {"error": theme.DANGER, "success": theme.SUCCESS}.get(kind, theme.TEXT_MUTED)
        target.setStyleSheet(f"color: {color};")
