"""The main window: pages, navigation, status bar, About, remembered geometry, --screenshot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from shell_data import NOW, populate

from rakor_desktop import __version__
from rakor_desktop.db import migrate
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.main_window import MainWindow
from rakor_desktop.ui.pages import PAGE_KEYS, PAGES, PageSpec, resolve_factory
from rakor_desktop.ui.workers import ImmediateExecutor


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "config" / "rakor-desktop.ini")


@pytest.fixture
def data(db):
    return populate(db)


@pytest.fixture
def ctx(db, data, settings) -> AppContext:
    context = AppContext(db=db, settings=settings, executor=ImmediateExecutor(), clock=lambda: NOW)
    context.reload_zone()
    return context


def open_window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_page(window.initial_page())
    window.show()
    qtbot.waitExposed(window)
    return window


def test_opens_on_the_home_page_with_the_database_figures(qtbot, ctx, data) -> None:
    window = open_window(qtbot, ctx)
    assert window.current_page_key() == "beranda"
    home = window.current_page()
    assert window.is_current_page_ready()
    summary = home.summary
    assert summary.followups.open == data.open_followups
    assert summary.followups.overdue == data.overdue_followups
    assert home.tile_open.value.text() == str(data.open_followups)
    assert home.tile_overdue.value.text() == str(data.overdue_followups)
    assert home.tile_people.value.text() == str(data.people)
    assert home.next_title.text() == "Rakor Bulan Agustus 2025"
    # Office zone WIB: 02.00 UTC is 09.00 WIB, Indonesian style with a dot.
    assert "09.00 WIB" in home.next_date.text()
    assert "4 undangan" in home.next_invited.text()
    recent_text = " ".join(lbl.text() for lbl in home.recent_card.findChildren(QLabel))
    assert "Rakor Bulan Juli 2025" in recent_text and "75%" in recent_text  # 3 of 4 came


def test_other_pages_are_built_only_when_first_shown(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    assert window.page("beranda") is not None
    for key in PAGE_KEYS[1:]:
        assert window.page(key) is None
    window.show_page("peserta")
    assert window.page("peserta") is not None
    assert window.page("rapat") is None


def test_navigation_by_click_switches_pages(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    for row, spec in enumerate(PAGES):
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == spec.key
        assert window.stack.currentWidget().objectName() == f"page_{spec.key}"
        assert window.is_current_page_ready()


def test_ctrl_number_shortcuts_switch_pages(qtbot, ctx) -> None:
    window = open_window(qtbot, ctx)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, spec in zip(
        (6, 3, 5, 2, 4, 1),
        ("pengaturan", "peserta", "monev", "rapat", "tindak-lanjut", "beranda"),
        strict=True,
    ):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_page_key() == spec
        assert window.nav.currentRow() == PAGE_KEYS.index(spec)


def test_status_bar_shows_database_path_and_schema(qtbot, ctx, db_path) -> None:
    window = open_window(qtbot, ctx)
    assert window.db_label.text() == str(db_path.resolve())
    assert migrate.head_revision() in window.schema_label.text()
    assert "WIB" in window.zone_label.text()
    assert db_path.name in window.windowTitle()


def test_about_dialog_shows_version_path_and_schema(qtbot, ctx, db_path) -> None:
    window = open_window(qtbot, ctx)
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert __version__ in text
    assert str(db_path.resolve()) in text
    assert migrate.head_revision() in text
    assert "Qt " in text and "PySide" in text
    assert "GPL-3.0-or-later" in text


def test_geometry_and_page_are_restored_after_reopen(qtbot, ctx) -> None:
    # The offscreen screen is 800x800; a remembered size must fit a screen to be restored.
    first = open_window(qtbot, ctx)
    first.resize(791, 687)
    first.show_page("peserta")
    qtbot.waitUntil(lambda: first.size() == QSize(791, 687))
    first.close()

    second = open_window(qtbot, ctx)
    assert second.current_page_key() == "peserta"
    assert second.size() == QSize(791, 687)


def test_screenshot_mode_never_saves_settings(qtbot, ctx) -> None:
    window = MainWindow(ctx, persist=False)
    qtbot.addWidget(window)
    window.show_page("pengaturan")
    window.close()
    assert ctx.settings.value("window/page") == "beranda"  # the default, untouched


def test_registry_imports_the_page_and_a_broken_one_is_an_error() -> None:
    """No silent fallback: a page that cannot be imported fails loudly (the window then
    shows the error in the page's place instead of a lesser page)."""
    spec = PageSpec("y", "Y", "home", "Ctrl+9", "rakor_desktop.ui.pages.people:PeoplePage")
    assert resolve_factory(spec).__name__ == "PeoplePage"
    broken = PageSpec("x", "X", "home", "Ctrl+9", "rakor_desktop.ui.does_not_exist.page:Page")
    with pytest.raises(ModuleNotFoundError):
        resolve_factory(broken)


def test_opening_another_database_rebuilds_the_pages(qtbot, ctx, tmp_path) -> None:
    window = open_window(qtbot, ctx)
    window.show_page("peserta")
    other = tmp_path / "lain.sqlite"
    assert window.switch_database(str(other))
    assert window.db_label.text() == str(other.resolve())
    assert window.current_page_key() == "peserta"
    assert window.current_page().matching == 0  # the new, empty directory
    assert window.page("beranda") is None  # rebuilt lazily against the new database


def test_opening_a_bad_file_keeps_the_current_database(qtbot, ctx, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, ctx)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "surat.sqlite"
    bad.write_text("bukan basis data", encoding="utf-8")
    assert not window.switch_database(str(bad))
    assert shown and "bukan basis data Rakor Desktop" in shown[0]
    assert window.ctx.db is ctx.db
    assert bad.read_text(encoding="utf-8") == "bukan basis data"


@pytest.mark.parametrize("page", PAGE_KEYS)
def test_screenshot_writes_a_png_for_each_page(cli, db, data, tmp_path, page) -> None:
    out = tmp_path / f"main-{page}.png"
    result = cli("--db", str(db.path), "--screenshot", str(out), "--page", page)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_of_an_unknown_page_exits_1(cli, db, tmp_path) -> None:
    out = tmp_path / "x.png"
    result = cli("--db", str(db.path), "--screenshot", str(out), "--page", "laporan")
    assert result.returncode == 1
    assert "tidak dikenal" in result.stderr and "beranda" in result.stderr
    assert not out.exists()


def test_screenshot_to_an_unwritable_place_exits_1(cli, db, tmp_path) -> None:
    out = tmp_path / "tidak-ada" / "folder" / "x.png"
    result = cli("--db", str(db.path), "--screenshot", str(out))
    assert result.returncode == 1
    assert "tidak dapat ditulis" in result.stderr


def test_quitting_during_a_running_meeting_asks_first(qtbot, ctx, db) -> None:
    """Issue 15 item 8: Keluar while a meeting is "Berlangsung" gave no warning."""
    from PySide6.QtWidgets import QMessageBox
    from sqlmodel import select

    from rakor_desktop.domain.enums import MeetingStatus
    from rakor_desktop.domain.models import Meeting

    window = open_window(qtbot, ctx)
    asked: list[str] = []
    window.ask_quit = lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No
    window.quit_action.trigger()  # nothing running: no question, the window goes
    assert asked == [] and not window.isVisible()

    with db.session(write=True) as s:
        m = s.exec(select(Meeting)).first()
        m.status = MeetingStatus.IN_PROGRESS.value
        s.add(m)
        title = m.title
    window = open_window(qtbot, ctx)
    window.ask_quit = lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No
    window.quit_action.trigger()
    assert window.isVisible() and title in asked[0] and "berlangsung" in asked[0]
    window.ask_quit = lambda *_a: QMessageBox.StandardButton.Yes
    window.quit_action.trigger()
    assert not window.isVisible()
