"""Every page, every meeting tab and the door station at 1366x768, the most common
laptop in these offices, rendered from the demo data (issue 15).

Always rendered to a temporary folder and checked (real pixels, the exact size, under
200 KB); ``RAKOR_SCREENSHOTS_DIR=docs/screenshots`` refreshes the committed images
that the README shows.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from meeting_data import Clock, make_ctx
from PySide6.QtWidgets import QWidget
from screenshot_files import assert_real, save_png

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.meetings import listing as meeting_service
from rakor_desktop.ui.main_window import MainWindow
from rakor_desktop.ui.pages import PAGE_KEYS

SIZE = (1366, 768)


def _save(widget: QWidget, name: str, out: Path) -> Path:
    return save_png(widget, name, out)


def _assert_real(path: Path) -> None:
    assert_real(path, SIZE)


def test_every_page_at_1366x768(qtbot, themed, demo_db, tmp_path) -> None:
    with demo_db.session() as s:
        rows = meeting_service.list_meetings(s, newest_first=True)
    closed = next(m for m in rows if m.status == MeetingStatus.CLOSED)
    win = MainWindow(make_ctx(demo_db, tmp_path, Clock(closed.starts_at + timedelta(days=2))),
                     persist=False)  # fmt: skip
    qtbot.addWidget(win)
    win.resize(*SIZE)
    win.show()
    qtbot.waitExposed(win)
    shots = []
    for key in PAGE_KEYS:
        win.show_page(key)
        qtbot.waitUntil(win.is_current_page_ready, timeout=10000)
        shots.append(_save(win, f"page-{key}-1366x768", tmp_path))
    page = win.show_page("rapat")
    ws = page.open_meeting(closed.id)
    for tab in ws.TAB_KEYS:
        ws.show_tab(tab)
        shots.append(_save(win, f"meeting-{tab}-1366x768", tmp_path))
    for path in shots:
        _assert_real(path)
    assert len(shots) == len(PAGE_KEYS) + len(ws.TAB_KEYS)


def test_the_door_at_1366x768(qtbot, themed, demo_db, tmp_path) -> None:
    from kiosk_keys import focused, open_focused_kiosk
    from PySide6.QtCore import Qt

    with demo_db.session() as s:
        rows = meeting_service.list_meetings(s, newest_first=True)
    upcoming = next(m for m in rows if m.status == MeetingStatus.SCHEDULED)
    w = open_focused_kiosk(qtbot, demo_db, upcoming.id, lambda: upcoming.starts_at, SIZE)
    qtbot.keyClicks(focused(), "kecamatan")
    qtbot.wait(400)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    _assert_real(_save(w, "kiosk-1366x768", tmp_path))
