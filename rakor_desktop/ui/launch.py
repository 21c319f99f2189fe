"""Start the GUI: application object, translators, the database, then a window.

Three modes share the start-up:

- normal: open the database (asking what to do when it cannot be opened) and show
  the :class:`~rakor_desktop.ui.main_window.MainWindow`;
- ``--kiosk [--meeting ID]``: the door check-in window (``ui/attendance``), when present;
- ``--screenshot OUT.png [--page NAME]``: render one page offscreen at 1280x800 and
  exit (documentation and visual checks); never asks questions, never saves settings.

``RAKOR_EXIT_AFTER_PAINT=1`` prints ``RAKOR_PAINTED <epoch seconds>`` at the first
paint of the window with the start page's data on it, then quits: the startup
benchmark measures process start to that line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

PROJECTOR_SIZE = (1920, 1080)  # without a second screen, render as a common projector
SCREENSHOT_SIZE = (1280, 800)
READY_TIMEOUT_S = 15.0
ENV_EXIT_AFTER_PAINT = "RAKOR_EXIT_AFTER_PAINT"
PAINT_MARK = "RAKOR_PAINTED"


# Non-Qt modules the first window needs. They are imported before PySide6: once QtCore
# is loaded, PySide's ``__feature__`` import hook reads the source of every newly
# imported module, a per-module tax paid on the startup path. Missing optional ones
# (the richer dashboard's services) are skipped.
IMPORT_BEFORE_QT = (
    "rakor_desktop.db.engine",
    "rakor_desktop.domain.models",
    "rakor_desktop.services.office.settings",
    "rakor_desktop.services.insight.dashboard",
    "rakor_desktop.services.insight.charts",
    "rakor_desktop.services.insight.trends",
    "getpass",
)


def _import_before_qt() -> None:
    import importlib

    for name in IMPORT_BEFORE_QT:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def launch(args: argparse.Namespace, target: str) -> int:
    # First thing, before any Qt object exists: see ui/qtguard (insurance against
    # PySide6 6.12 draining the None/True/False counts on CPython 3.11).
    from rakor_desktop.ui.qtguard import guard_singletons

    guard_singletons()
    screenshot: Path | None = getattr(args, "screenshot", None)
    page_key: str | None = getattr(args, "page", None)
    projector = bool(getattr(args, "projector", False))
    if projector:
        from rakor_desktop.services.projector.state import SCENES

        scene = getattr(args, "scene", "agenda")
        if scene not in SCENES:
            _err(f"Adegan '{scene}' tidak dikenal. Pilihan: {', '.join(SCENES)}.")
            return 1
        if getattr(args, "meeting", None) is None:
            _err("--projector memerlukan --meeting ID.")
            return 1
        if screenshot is not None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif screenshot is not None:
        from rakor_desktop.ui.pages import PAGE_KEYS

        page_key = page_key or "beranda"
        if page_key not in PAGE_KEYS:
            _err(f"Halaman '{page_key}' tidak dikenal. Pilihan: {', '.join(PAGE_KEYS)}.")
            return 1
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif os.environ.get(ENV_EXIT_AFTER_PAINT):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    global _named_target
    _named_target = bool(getattr(args, "db", None) or os.environ.get("RAKOR_DB"))
    _import_before_qt()
    app = create_application(getattr(args, "lang", None))
    from rakor_desktop.ui import probe

    probe.install(app)  # RAKOR_UI_PROBE: the walkthrough tests' read-only inspector
    if screenshot is None and not os.environ.get(ENV_EXIT_AFTER_PAINT) and not projector:
        # A station set up for the office's PostgreSQL server (Pengaturan) opens it.
        from rakor_desktop.ui.transfer.startup import startup_target

        chosen = startup_target(getattr(args, "db", None), target)
        if chosen is None:
            return 1
        target = chosen
    if projector:
        return _run_projector(app, target, args.meeting, args.scene, screenshot)
    if getattr(args, "kiosk", False):
        return _run_kiosk(app, target, getattr(args, "meeting", None))
    if screenshot is not None:
        return _run_screenshot(app, target, screenshot, page_key or "beranda")
    return _run_main(app, target, page_key, getattr(args, "open", None))


def create_application(lang: str | None = None):
    """The QApplication with name, icon, theme and translators (idempotent for tests)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from rakor_desktop import APP_ID, APP_NAME, __version__
    from rakor_desktop.ui import theme
    from rakor_desktop.ui.context import AppSettings
    from rakor_desktop.ui.i18n import choose_language, install_translators
    from rakor_desktop.ui.icons import app_icon

    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setWindowIcon(app_icon())
    theme.apply_theme(app)  # type: ignore[arg-type]
    settings = AppSettings()
    language = choose_language(lang, settings.value("ui/language"))
    install_translators(app, language)
    app.setProperty("rakor_language", language)
    return app


def build_context(app, db):
    from rakor_desktop.ui.context import AppContext, AppSettings

    ctx = AppContext(
        db=db, settings=AppSettings(), language=str(app.property("rakor_language") or "id")
    )
    ctx.reload_zone()
    return ctx


# Set in launch(): the database was named (--db or RAKOR_DB), so a missing file is a
# typo or an unplugged stick, never a reason to create folders and an empty database.
_named_target = False


def _may_create(target: str, named: str) -> bool:
    """Only the default first-run file, or a new file the person chose in the dialog."""
    return not (_named_target and target == named)


def _open_interactive(target: str):
    from rakor_desktop.db import open_database
    from rakor_desktop.ui.db_dialogs import dialog_asker, open_with_recovery

    return open_with_recovery(
        target,
        dialog_asker(),
        lambda t: open_database(t, create=_may_create(t, target)),
        lambda t: open_database(t, create=True),
    )


def _run_main(app, target: str, page_key: str | None, bundle: Path | None = None) -> int:
    from rakor_desktop.ui.main_window import MainWindow
    from rakor_desktop.ui.pages import PAGE_KEYS

    exit_after_paint = bool(os.environ.get(ENV_EXIT_AFTER_PAINT))
    if exit_after_paint:
        from rakor_desktop.db import DatabaseOpenError, open_database

        try:
            db = open_database(target, create=_may_create(target, target))
        except DatabaseOpenError as exc:
            _err(exc.message)
            return 1
    else:
        db = _open_interactive(target)
        if db is None:
            return 1
    ctx = build_context(app, db)
    ctx.progressive = True
    window = MainWindow(ctx, persist=not exit_after_paint)
    start = page_key if page_key in PAGE_KEYS else window.initial_page()
    window.show_page(start)
    if exit_after_paint:
        _quit_after_first_paint(app, window)
    window.show()
    if bundle is not None:  # a .rakor file double-clicked in the file manager
        from PySide6.QtCore import QTimer

        from rakor_desktop.ui.transfer.bundle_dialog import BundleImportDialog

        dialog = BundleImportDialog(ctx, bundle, window)
        QTimer.singleShot(0, dialog.open)
    try:
        return app.exec()
    finally:
        ctx.db.dispose()


def _quit_after_first_paint(app, window) -> None:
    """Print the time of the first paint with data on screen, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.is_current_page_ready():
                print(f"{PAINT_MARK} {time.monotonic():.6f}", flush=True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = PaintWatcher(window)
    window.installEventFilter(watcher)


def _wait_until_ready(app, window) -> bool:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        app.processEvents()
        if window.is_current_page_ready():
            return True
        time.sleep(0.01)
    return False


def _run_screenshot(app, target: str, out: Path, page_key: str) -> int:
    from rakor_desktop.db import DatabaseOpenError, open_database
    from rakor_desktop.ui.main_window import MainWindow

    try:
        db = open_database(target, create=_may_create(target, target))
    except DatabaseOpenError as exc:
        _err(exc.message)
        return 1
    ctx = build_context(app, db)
    try:
        window = MainWindow(ctx, persist=False)
        window.resize(*SCREENSHOT_SIZE)
        window.show_page(page_key)
        window.show()
        if not _wait_until_ready(app, window):
            _err(
                f"Halaman '{page_key}' tidak selesai memuat data dalam {READY_TIMEOUT_S:.0f} detik."
            )
            return 1
        for _ in range(5):  # let layouts settle (deferred deletes, size hints)
            app.processEvents()
        image = window.grab()
        out = out.expanduser()
        if not image.save(str(out), "PNG"):
            _err(f"Gambar tidak dapat ditulis ke {out}. Periksa folder dan izin tulisnya.")
            return 1
        print(f"Tangkapan layar tersimpan: {out} ({image.width()}x{image.height()})")
        window.close()
        return 0
    finally:
        db.dispose()


def _run_kiosk(app, target: str, meeting_id: int | None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    try:
        from rakor_desktop.ui.attendance.window import KioskWindow
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("rakor_desktop.ui.attendance"):
            raise
        message = QCoreApplication.translate(
            "Launch", "Meja registrasi (kiosk) belum tersedia di versi ini."
        )
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            _err(message)
        else:
            QMessageBox.information(None, "Rakor Desktop", message)
        return 1
    db = _open_interactive(target)
    if db is None:
        return 1
    from rakor_desktop.ui.context import AppSettings

    window = KioskWindow(db, meeting_id, settings=AppSettings())
    window.show()
    try:
        return app.exec()
    finally:
        db.dispose()


def _run_projector(app, target: str, meeting_id: int, scene: str, screenshot: Path | None) -> int:
    """The projector on its own (a second station by the projector), or rendered to PNG:
    ``--projector --meeting ID [--scene NAME] --screenshot OUT.png`` exits 0."""
    from rakor_desktop.db import DatabaseOpenError, open_database
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.ui.projector.window import ProjectorWindow, projector_screen

    try:
        db = open_database(target, create=False)
    except DatabaseOpenError as exc:
        _err(exc.message)
        return 1
    ctx = build_context(app, db)
    try:
        window = ProjectorWindow(ctx, meeting_id, scene)
        try:
            window.refresh()
        except MeetingNotFound as exc:
            _err(str(exc))
            return 2
        if screenshot is None:
            window.place()
            return app.exec()
        screen = projector_screen()
        size = screen.geometry().size() if screen is not None else None
        window.place()
        if size is None:
            window.resize(*PROJECTOR_SIZE)
        for _ in range(5):
            app.processEvents()
        window.refresh()
        for _ in range(3):
            app.processEvents()
        image = window.grab()
        out = screenshot.expanduser()
        if not image.save(str(out), "PNG"):
            _err(f"Gambar tidak dapat ditulis ke {out}. Periksa folder dan izin tulisnya.")
            return 1
        where = screen.name() if screen is not None else "jendela"
        print(f"Proyektor ({scene}) di {where}: {out} ({image.width()}x{image.height()})")
        window.close()
        return 0
    finally:
        db.dispose()
