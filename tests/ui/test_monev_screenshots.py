"""The Monev page of the demo's Rakor Ekobang at 1366x768, 1280x800 and 1920x1080: what
the chair sees, rendered and checked (real pixels, the exact size, no broken layout).

``RAKOR_SCREENSHOTS_DIR=docs/screenshots`` refreshes the images the README shows.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from layout_check import layout_problems
from meeting_data import Clock, make_ctx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from screenshot_files import assert_real, save_png

from rakor_desktop.services.meetings import listing as meeting_service
from rakor_desktop.ui.main_window import MainWindow

SIZES = ((1366, 768), (1280, 800), (1920, 1080))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_monev_of_the_ekobang(qtbot, themed, demo_db, tmp_path, size) -> None:
    with demo_db.session() as s:
        ekobang = next(m for m in meeting_service.list_meetings(s) if "Ekobang" in m.title)
    win = MainWindow(make_ctx(demo_db, tmp_path, Clock(ekobang.starts_at + timedelta(days=3))),
                     persist=False)  # fmt: skip
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Monev
    page = win.current_page()
    qtbot.waitUntil(win.is_current_page_ready, timeout=10000)
    page.meeting_combo.setCurrentIndex(page.meeting_combo.findData(ekobang.id))
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.meeting_id == ekobang.id)
    assert page.summary.cluster == "II"  # the Rakor Ekobang is Asisten II's
    codes = [r.indicator.code for r in page.model.rows]
    assert "IKU-02" in codes  # stunting: Dinkes leads, but Dishanpan (II) contributes
    page.table.setFocus()
    for _ in range(codes.index("IKU-02")):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert page.current_row().indicator.code == "IKU-02"
    assert not page.chart.empty
    assert layout_problems(win) == []
    path = save_png(win, f"monev-{size[0]}x{size[1]}", tmp_path)
    assert_real(path, size)
