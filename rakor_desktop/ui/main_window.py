"""The main window: a navigation sidebar, the pages, menus and a status bar.

Pages come from the registry in :mod:`rakor_desktop.ui.pages` and are built the first
time they are shown (each behind a placeholder in the stack), so opening the app
costs the home page only. The window remembers its geometry and the last page.

It also keeps the SQLite file safe (``services.backups``): a backup when the window
closes (after every page has stored its edits; skipped when nothing was written since
the last one, abandoned rather than holding the exit up for long, logged if it
fails), one every ``interval_min`` minutes while a meeting is in progress (checked
once a minute, taken in a worker), and Berkas > Cadangan to choose the folder, back
up now and restore. A restore closes every page and the engine, lets the service
put the backup in place (it saves the current file first), and reopens the database
through :meth:`MainWindow.switch_database`, the same path as Berkas > Buka.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop import APP_NAME
from rakor_desktop.db import Database, DatabaseOpenError, open_database
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.icons import app_icon, icon, pixmap
from rakor_desktop.ui.pages import PAGE_KEYS, PAGES, PageSpec, page_spec, resolve_factory
from rakor_desktop.ui.roles import KEY_ROLE
from rakor_desktop.ui.shortcuts import main_sequence
from rakor_desktop.ui.transfer.backups_mixin import BackupsMixin
from rakor_desktop.ui.widgets import EmptyState, fit_to_screen, focus_first
from rakor_desktop.ui.workers import Worker

log = logging.getLogger(__name__)

SIDEBAR_WIDTH = 216
DEFAULT_SIZE = QSize(1280, 800)
BACKUP_CHECK_MS = 60_000  # is a meeting running, is a periodic backup due?


class MainWindow(BackupsMixin, QMainWindow):
    page_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        persist: bool = True,
        auto_backup: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.persist = persist  # False for --screenshot: leave the user's settings alone
        self._quit_confirmed = False
        # Quitting while a meeting runs asks first; tests answer through this attribute.
        self.ask_quit: Callable[..., QMessageBox.StandardButton] = QMessageBox.question
        # Automatic backups follow persist unless told otherwise: none for --screenshot.
        self.auto_backup = persist if auto_backup is None else auto_backup
        self.backup_worker: Worker | None = None
        self.restore_worker: Worker | None = None
        self._restore_target: Path | None = None
        self.last_backup: Path | None = None
        self.last_message = ""
        self._pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.setWindowIcon(app_icon())
        self.setMinimumSize(780, 560)  # still usable on a 1024x600 netbook
        self._build_sidebar_and_stack()
        self._build_menus()
        self._build_status_bar()
        self._update_titles()
        ctx.events.office_changed.connect(self._on_office_changed)
        ctx.events.data_changed.connect(self._on_data_changed)
        fit_to_screen(self, DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
        if persist:
            self._restore_geometry()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.periodic_backup)
        if self.auto_backup:
            self.backup_timer.start()
        # Mail goes out and reminders are made while the window is open (issue 21).
        from rakor_desktop.ui.outbox.pump import OutboxPump
        from rakor_desktop.ui.packets.dialog import FOLDER_KEY, default_root

        folder = ctx.settings.value(FOLDER_KEY) if ctx.settings is not None else ""
        self.outbox_pump = OutboxPump(ctx, Path(folder) if folder else default_root(), self)
        self.outbox_pump.report.connect(lambda text: self._status(text, 15000))
        if self.auto_backup:
            self.outbox_pump.start()

    # -- construction ----------------------------------------------------------------
    def _build_sidebar_and_stack(self) -> None:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        sidebar = QFrame()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        col = QVBoxLayout(sidebar)
        col.setContentsMargins(14, 20, 14, 16)
        col.setSpacing(6)
        brand = QHBoxLayout()
        brand.setSpacing(11)
        brand.setContentsMargins(6, 0, 0, 0)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(38, 38))
        brand.addWidget(logo, 0, Qt.AlignmentFlag.AlignVCenter)
        names = QVBoxLayout()
        names.setSpacing(1)
        brand_name = QLabel(APP_NAME)
        brand_name.setObjectName("BrandName")
        names.addWidget(brand_name)
        self.office_label = QLabel("")
        self.office_label.setObjectName("BrandOffice")
        self.office_label.setWordWrap(True)
        names.addWidget(self.office_label)
        brand.addLayout(names, 1)
        col.addLayout(brand)
        col.addSpacing(22)
        section = QLabel(self.tr("MENU UTAMA"))
        section.setObjectName("SidebarSection")
        section.setContentsMargins(8, 0, 0, 4)
        col.addWidget(section)

        self.nav = QListWidget()
        self.nav.setObjectName("Nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon, theme.SIDEBAR_TEXT, selected="#ffffff"), "")
            item.setData(KEY_ROLE, spec.key)
            item.setSizeHint(QSize(SIDEBAR_WIDTH - 28, 44))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        col.addWidget(self.nav, 1)

        self.sidebar_footer = QLabel("")
        self.sidebar_footer.setObjectName("SidebarFooter")
        self.sidebar_footer.setWordWrap(True)
        self.sidebar_footer.setContentsMargins(8, 0, 4, 0)
        col.addWidget(self.sidebar_footer)
        row.addWidget(sidebar)

        self.stack = QStackedWidget()
        self.stack.setObjectName("Pages")
        for spec in PAGES:
            placeholder = QWidget()
            self._placeholders[spec.key] = placeholder
            self.stack.addWidget(placeholder)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.page_actions: dict[str, QAction] = {}
        for spec in PAGES:
            action = QAction(self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, k=spec.key: self.enter_page(k))
            self.addAction(action)
            self.page_actions[spec.key] = action
        refresh = QAction(self)
        refresh.setShortcut(main_sequence("page.refresh"))
        refresh.triggered.connect(self.refresh_current)
        self.addAction(refresh)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = QAction(icon("database"), "", self)
        self.open_action.setShortcut(main_sequence("file.open"))
        self.open_action.triggered.connect(self.open_database_dialog)
        self.file_menu.addAction(self.open_action)
        self.import_action = QAction(icon("people"), "", self)
        self.import_action.triggered.connect(self.show_import_wizard)
        self.file_menu.addAction(self.import_action)
        self.backup_action = QAction(icon("save"), "", self)
        self.backup_action.triggered.connect(self.show_backups)
        self.file_menu.addAction(self.backup_action)
        self.outbox_action = QAction(icon("mail"), "", self)
        self.outbox_action.triggered.connect(self.show_outbox)
        self.file_menu.addAction(self.outbox_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(main_sequence("file.quit"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.request_quit)
        self.file_menu.addAction(self.quit_action)

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = QAction(icon("keyboard"), "", self)
        self.shortcuts_action.setShortcut(main_sequence("help.shortcuts"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.verify_action = QAction(icon("shield-check"), "", self)
        self.verify_action.triggered.connect(self.show_verify_pdf)
        self.help_menu.addAction(self.verify_action)
        self.log_action = QAction(icon("folder"), "", self)
        self.log_action.triggered.connect(self.open_log_folder)
        self.help_menu.addAction(self.log_action)
        self.about_action = QAction(icon("info"), "", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        db_icon = QLabel()
        db_icon.setPixmap(pixmap("database", 14, theme.TEXT_FAINT))
        status.addWidget(db_icon)
        self.db_label = QLabel("")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.db_label, 1)
        self.zone_label = QLabel("")
        status.addPermanentWidget(self.zone_label)
        self.schema_label = QLabel("")
        status.addPermanentWidget(self.schema_label)

    def _update_titles(self) -> None:
        """All visible text, so a language switch or a new database relabels in one place."""
        self.file_menu.setTitle(self.tr("&Berkas"))
        self.open_action.setText(self.tr("&Buka basis data…"))
        self.import_action.setText(self.tr("&Impor peserta dari Excel/CSV…"))
        self.backup_action.setText(self.tr("&Cadangan…"))
        self.outbox_action.setText(self.tr("&Kotak keluar surel…"))
        self.backup_action.setEnabled(self.ctx.db.path is not None)
        self.quit_action.setText(self.tr("&Keluar"))
        self.help_menu.setTitle(self.tr("Ban&tuan"))
        self.shortcuts_action.setText(self.tr("&Pintasan keyboard"))
        self.verify_action.setText(self.tr("&Verifikasi PDF notulen…"))
        self.log_action.setText(self.tr("Buka &folder log"))
        self.about_action.setText(self.tr("&Tentang Rakor Desktop"))
        for row, spec in enumerate(PAGES):
            item = self.nav.item(row)
            item.setText(spec.translated_title())
            item.setToolTip(f"{spec.translated_title()}  ({spec.shortcut})")
        db = self.ctx.db
        name = db.path.name if db.path is not None else db.display_name
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.db_label.setText(db.display_name)
        self.db_label.setToolTip(db.display_name)
        self.schema_label.setText(self.tr("Skema %1").replace("%1", self.schema_revision or "-"))
        self.zone_label.setText(self.tr("Zona %1").replace("%1", self.ctx.zone))
        self._load_office_name()

    @property
    def schema_revision(self) -> str | None:
        if not hasattr(self, "_schema_revision"):
            self._schema_revision = self.ctx.db.schema_revision()
        return self._schema_revision

    def _load_office_name(self) -> None:
        from rakor_desktop.services.office.settings import get_office

        with self.ctx.db.session() as s:
            office = get_office(s)
            unit, regency = office.unit_name, office.regency_name
        text = "\n".join(p.title() for p in (unit, regency.replace("PEMERINTAH ", "")) if p)
        self.office_label.setText(text)
        db = self.ctx.db
        self.sidebar_footer.setText(db.path.name if db.path is not None else db.display_name)
        self.sidebar_footer.setToolTip(db.display_name)

    # -- pages -----------------------------------------------------------------------
    def current_page_key(self) -> str:
        row = self.nav.currentRow()
        return PAGES[row].key if 0 <= row < len(PAGES) else PAGES[0].key

    def page(self, key: str) -> QWidget | None:
        """The page widget if it has been built (None before its first showing)."""
        return self._pages.get(key)

    def current_page(self) -> QWidget | None:
        return self._pages.get(self.current_page_key())

    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.show_page(PAGES[row].key)

    def enter_page(self, key: str) -> QWidget:
        """Ctrl+1..6: show the page and put the keyboard in it (not in the sidebar)."""
        page = self.show_page(key)
        focus_first(page)
        return page

    def show_page(self, key: str) -> QWidget:
        spec = page_spec(key)  # KeyError for an unknown page: a programming error
        page = self._pages.get(key)
        if page is None:
            page = self._build_page(spec)
            self._refresh(key, page)
        elif key in self._stale:
            self._refresh(key, page)
        row = PAGE_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
            self.page_changed.emit(key)
        if self.persist:
            self.ctx.settings.set_value("window/page", key)
        return page

    def _build_page(self, spec: PageSpec) -> QWidget:
        try:
            cls = resolve_factory(spec)
            page = cls(self.ctx)
        except Exception as exc:
            log.exception("page %s could not be built", spec.key)
            page = EmptyState(
                "alert",
                self.tr("Halaman %1 tidak dapat dibuka: %2")
                .replace("%1", spec.translated_title())
                .replace("%2", str(exc)),
            )
        page.setObjectName(f"page_{spec.key}")
        placeholder = self._placeholders.pop(spec.key, None)
        index = self.stack.indexOf(placeholder) if placeholder is not None else self.stack.count()
        self.stack.insertWidget(index, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._pages[spec.key] = page
        return page

    def _refresh(self, key: str, page: QWidget) -> None:
        self._stale.discard(key)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            try:
                refresh()
            except DatabaseOpenError as exc:
                QMessageBox.warning(self, APP_NAME, exc.message)
            except Exception:
                log.exception("page %s failed to load its data", key)
                self.statusBar().showMessage(
                    self.tr("Data halaman tidak dapat dimuat; rincian ada di berkas log."), 8000
                )

    def refresh_current(self) -> None:
        key = self.current_page_key()
        page = self._pages.get(key)
        if page is not None:
            self._refresh(key, page)

    def is_current_page_ready(self) -> bool:
        page = self.current_page()
        if page is None:
            return False
        ready = getattr(page, "is_data_ready", None)
        return bool(ready()) if callable(ready) else True

    def _mark_others_stale(self) -> None:
        current = self.current_page_key()
        self._stale.update(k for k in self._pages if k != current)

    def _on_office_changed(self) -> None:
        self._update_titles()
        self._mark_others_stale()

    def _on_data_changed(self, _what: str) -> None:
        self._mark_others_stale()

    # -- database --------------------------------------------------------------------
    def open_database_dialog(self) -> None:
        start = self.ctx.settings.value("files/last_dir") or (
            str(self.ctx.db.path.parent) if self.ctx.db.path else str(Path.home())
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Buka basis data Rakor"),
            start,
            self.tr("Basis data Rakor (*.sqlite *.sqlite3 *.db);;Semua berkas (*)"),
        )
        if path:
            self.switch_database(path)

    def switch_database(self, target: str) -> bool:
        """Open another database in this window; on failure keep the current one."""
        try:
            new_db = open_database(target)
        except DatabaseOpenError as exc:
            log.warning("cannot open %s: %s %s", target, exc.message, exc.detail)
            QMessageBox.warning(self, self.tr("Basis data tidak dapat dibuka"), exc.message)
            return False
        old: Database = self.ctx.db
        self.ctx.db = new_db
        self.ctx.reload_zone()
        if new_db.path is not None and self.persist:
            self.ctx.settings.set_value("files/last_dir", str(new_db.path.parent))
        if hasattr(self, "_schema_revision"):
            del self._schema_revision
        key = self.current_page_key()
        self._drop_pages()
        self._update_titles()
        self.show_page(key)
        old.dispose()
        self.ctx.events.database_changed.emit()
        return True

    def _close_pages(self) -> None:
        """Let every built page store its edits and let go (timers, watchers, meeting leases).

        ``close()`` runs the pages' own close handlers (the meeting workspace flushes
        its autosaves and releases its lease there) before the database goes away.
        """
        for key, page in list(self._pages.items()):
            flush = getattr(page, "flush", None)
            try:
                if callable(flush):
                    flush()
                page.close()
            except Exception:
                log.exception("page %s failed to close", key)

    def _drop_pages(self) -> None:
        """Close every page and put placeholders back (another database, a restore)."""
        self._close_pages()
        for page_key, page in list(self._pages.items()):
            placeholder = QWidget()
            index = self.stack.indexOf(page)
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(page)
            page.deleteLater()
            self._placeholders[page_key] = placeholder
        self._pages.clear()
        self._stale.clear()

    def _inform(self, title: str, text: str, kind: QMessageBox.Icon) -> QMessageBox:
        """A non-modal message box (the window stays usable; tests read last_message)."""
        self.last_message = text
        self._status(text, 15000)
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _status(self, text: str, msecs: int = 8000) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, msecs)

    # -- dialogs ---------------------------------------------------------------------
    def about_dialog(self) -> QDialog:
        from rakor_desktop.ui.about import AboutDialog

        return AboutDialog(self.ctx.db.display_name, self.schema_revision, self)

    def show_about(self) -> None:
        self.about_dialog().exec()

    def show_verify_pdf(self) -> QWidget:
        """Is this PDF the finalized Notulen? (documents issue; non-modal)."""
        from rakor_desktop.ui.documents.verify import VerifyDialog

        dialog = VerifyDialog(self.ctx, self)
        dialog.open()
        return dialog

    def shortcuts_dialog(self) -> QDialog:
        """Bantuan > Pintasan keyboard: the window's, the meeting workspace's and the kiosk's."""
        from rakor_desktop.ui.shortcuts import ShortcutsDialog

        return ShortcutsDialog(self)

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog().exec()

    def show_import_wizard(self) -> QWidget:
        """Berkas > Impor peserta (the wizard announces the new people itself)."""
        from rakor_desktop.ui.directory.wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_log_folder(self) -> bool:
        """Bantuan > Buka folder log: the rotating log a support call asks for."""
        from rakor_desktop.config import log_dir

        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._inform(
                self.tr("Folder log"),
                self.tr("Folder log %1 tidak dapat dibuat: %2")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or str(exc)),
                QMessageBox.Icon.Warning,
            )
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            self._status(self.tr("Folder log: %1").replace("%1", str(folder)), 15000)
        return opened

    # -- persistence -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.ctx.settings.value("window/state")
        if state:
            self.restoreState(QByteArray(state))

    def initial_page(self) -> str:
        key = self.ctx.settings.value("window/page") if self.persist else "beranda"
        return key if key in PAGE_KEYS else PAGES[0].key

    def save_settings(self) -> None:
        if not self.persist:
            return
        self.ctx.settings.set_value("window/geometry", bytes(self.saveGeometry().data()))
        self.ctx.settings.set_value("window/state", bytes(self.saveState().data()))
        self.ctx.settings.set_value("window/page", self.current_page_key())
        self.ctx.settings.sync()

    def running_meeting_title(self) -> str | None:
        """The meeting in progress, if any: quitting then deserves a question."""
        from rakor_desktop.services.meetings.listing import running_meeting_title

        try:
            with self.ctx.db.session() as s:
                return running_meeting_title(s)
        except Exception:  # a database gone away must not keep the window open
            return None

    def may_quit(self) -> bool:
        """Ask before leaving a meeting that is still running (issue 15 item 8)."""
        title = self.running_meeting_title()
        if title is None:
            return True
        answer = self.ask_quit(
            self,
            self.tr("Rapat sedang berlangsung"),
            self.tr(
                'Rapat "%1" masih berlangsung. Keluar dari Rakor Desktop? Catatan sudah '
                "tersimpan; rapat tetap berstatus Berlangsung sampai ditutup."
            ).replace("%1", title),
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_outbox(self) -> QWidget:
        """The e-mail outbox (issue 21): what waits for the mail server, what went."""
        from rakor_desktop.ui.outbox.dialog import OutboxDialog

        dialog = OutboxDialog(self.ctx, self)
        self.outbox_pump.changed.connect(dialog.refresh)
        self.outbox_dialog = dialog
        dialog.open()
        return dialog

    def request_quit(self) -> None:
        """Berkas > Keluar (Ctrl+Q)."""
        if self.may_quit():
            self._quit_confirmed = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window manager's close button asks like Berkas > Keluar; a close() from
        # code (switching databases, tests) does not.
        if event.spontaneous() and not self._quit_confirmed and not self.may_quit():
            event.ignore()
            return
        self.save_settings()
        self.backup_timer.stop()
        self._close_pages()  # notes typed a moment ago are stored before the backup
        wait = getattr(self.ctx.executor, "wait", None)
        if callable(wait):
            wait(30000)
        self.hide()  # the window goes at once; the backup takes a moment more
        self.backup_on_close()
        super().closeEvent(event)
