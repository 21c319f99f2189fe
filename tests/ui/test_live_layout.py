"""The live entry row at the laptops' sizes: nothing below its size hint (issue 15 item 4).

At 1280x800 and 1366x768 Ctrl+Shift+A opened an entry row a few pixels high and the
timer buttons' labels were cut. The real main window, the real theme, at each size.
"""

from __future__ import annotations

from datetime import date

import pytest
from meeting_data import Clock, build_regency, make_ctx, wib
from PySide6.QtWidgets import QWidget

from rakor_desktop.services.meetings import agenda
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.ui.main_window import MainWindow

DAY = date(2025, 8, 11)


def _squeezed(widgets: list[QWidget]) -> list[str]:
    return [
        f"{w.objectName() or type(w).__name__} {w.height()} < {w.minimumSizeHint().height()}"
        for w in widgets
        if w.isVisible() and w.height() < w.minimumSizeHint().height()
    ]


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768), (1920, 1080)])
def test_the_directive_entry_row_keeps_its_height(qtbot, db, tmp_path, size, themed) -> None:
    with db.session(write=True) as s:
        build_regency(s)
        m = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(
                title="Rakor Penyelenggaraan Pemerintahan Daerah Agustus",
                starts_at=wib(DAY, 9),
                place="Sasana Bhakti Praja",
            ),
            now=wib(DAY, 8),
        )
        agenda.add_item(s, m.id, "Pembukaan", planned_minutes=10)
        mid = m.id
    win = MainWindow(make_ctx(db, tmp_path, Clock(wib(DAY, 9))), persist=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.show_page("rapat")
    ws = win.current_page().open_meeting(mid)
    ws.show_tab("live")
    live = ws.live
    live.capture_decision("arahan")
    qtbot.wait(30)
    bar = live.capture
    widgets = [bar.text, bar.quick, bar.save, bar.cancel, live.btn_prev, live.btn_start,
               live.btn_stop, live.btn_next, live.editor]  # fmt: skip
    assert _squeezed(widgets) == []
    # The row the notulis types into is on screen, whole.
    view = live.right_scroll.viewport()
    top = bar.mapTo(view, bar.rect().topLeft()).y()
    assert top >= 0 and top + bar.height() <= view.height()
