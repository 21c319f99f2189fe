"""Every page, workspace tab, dialog and door-station state, at the offices' three sizes,
judged by ``layout_check``: nothing squeezed below its size hint, no clipped column title,
no table whose identifying column reads the same on different rows (issue 15, items 4 and 7).

The rules themselves are tested too (``test_the_check_sees_*``): the layouts issue 15
reported, rebuilt in miniature, must be flagged, so a green run means something.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from layout_check import layout_problems
from meeting_data import Clock, make_ctx
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QTableView, QWidget

from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.services.meetings import listing as meeting_service
from rakor_desktop.ui.main_window import MainWindow
from rakor_desktop.ui.pages import PAGE_KEYS

SIZES = [(1366, 768), (1280, 800), (1920, 1080)]


def _settle(qtbot, rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def _check(where: str, widget: QWidget, found: dict[str, list[str]]) -> None:
    problems = layout_problems(widget)
    if problems:
        found[where] = problems


def _meetings(demo_db) -> dict[str, int]:
    with demo_db.session() as s:
        rows = meeting_service.list_meetings(s, newest_first=True)
    pick: dict[str, int] = {}
    for status in (MeetingStatus.SCHEDULED, MeetingStatus.CLOSED, MeetingStatus.FINALIZED):
        pick[status.value] = next(m.id for m in rows if m.status == status)
    return pick


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_tab_and_dialog_fits(qtbot, themed, demo_db, tmp_path, size) -> None:
    meetings = _meetings(demo_db)
    with demo_db.session() as s:
        upcoming = meeting_service.get_summary(s, meetings["scheduled"]).starts_at
    clock = Clock(upcoming - timedelta(minutes=10))
    win = MainWindow(make_ctx(demo_db, tmp_path, clock), persist=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    found: dict[str, list[str]] = {}
    for key in PAGE_KEYS:
        win.show_page(key)
        qtbot.waitUntil(win.is_current_page_ready, timeout=10000)
        _settle(qtbot)
        _check(f"page {key}", win, found)

    page = win.show_page("rapat")
    for status, mid in meetings.items():
        ws = page.open_meeting(mid)
        for tab in ws.TAB_KEYS:
            ws.show_tab(tab)
            _settle(qtbot)
            _check(f"meeting {status} / {tab}", win, found)
            # Looking at a finalized meeting is not an attempt to change it.
            assert not ws.save_status.text().startswith("Tidak tersimpan"), (
                f"{status}/{tab}: {ws.save_status.text()}"
            )
        if status == "scheduled":
            ws.show_tab("live")
            ws.live.capture_decision("arahan")  # item 4: the directive entry row
            _settle(qtbot)
            _check("meeting scheduled / live + arahan entry", win, found)
            ws.live.capture.close_bar()
            ws.show_tab("invitees")
            dialog = ws.invitees.pick_opds()
            _settle(qtbot)
            _check("dialog Undang OPD", dialog, found)
            dialog.reject()
        page.show_list()

    dialog = page.list.new_meeting()
    _settle(qtbot)
    _check("dialog Rapat baru", dialog, found)
    dialog.reject()
    shortcuts = win.shortcuts_dialog()
    shortcuts.show()
    _settle(qtbot)
    _check("dialog Pintasan keyboard", shortcuts, found)
    shortcuts.close()
    assert found == {}, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_door_state_fits(qtbot, themed, demo_db, size) -> None:
    from kiosk_keys import focused, open_focused_kiosk

    meetings = _meetings(demo_db)
    with demo_db.session() as s:
        starts = meeting_service.get_summary(s, meetings["scheduled"]).starts_at
    w = open_focused_kiosk(
        qtbot, demo_db, meetings["scheduled"], lambda: starts - timedelta(minutes=20), size
    )
    found: dict[str, list[str]] = {}
    _settle(qtbot)
    _check("kiosk idle", w, found)
    qtbot.keyClicks(focused(), "kecamatan")
    _settle(qtbot, 8)
    _check("kiosk search", w, found)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    _settle(qtbot)
    _check("kiosk result", w, found)
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    _settle(qtbot)
    _check("kiosk walk-in form", w, found)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_F3)
    _settle(qtbot)
    _check("kiosk delegate", w, found)
    assert found == {}, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())


# --------------------------------------------------------------- the rules themselves
class _Titles(QAbstractTableModel):
    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.titles = titles

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.titles)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[index.row()] if index.column() == 0 else "09.00"
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("Judul", "Realisasi anggaran %")[section]
        return None


def test_the_check_sees_item_7_rows_that_read_the_same(qtbot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(_Titles([f"Rakor Penyelenggaraan Pemerintahan Daerah Bulan {m} 2026"
                           for m in ("Oktober", "November", "Desember")]))  # fmt: skip
    view.setColumnWidth(0, 170)
    view.setColumnWidth(1, 60)
    view.resize(400, 200)
    view.show()
    _settle(qtbot)
    problems = layout_problems(view)
    assert any(p.startswith("unreadable key column") for p in problems), problems
    assert any("clipped header: 'Realisasi anggaran %'" in p for p in problems), problems
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the month shows: readable
    view.setWordWrap(False)  # (a wrapping cell elides its last line's end regardless)
    view.setColumnWidth(0, 260)
    view.setColumnWidth(1, 200)
    _settle(qtbot)
    assert layout_problems(view) == []


def test_the_check_sees_item_4_a_crushed_entry_row(qtbot) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    line = QHBoxLayout(row)
    field, save = QLineEdit(), QPushButton("Simpan (Enter)")
    line.addWidget(field)
    line.addWidget(save)
    row.show()
    field.setFixedHeight(6)  # "a row a few pixels high"
    save.setFixedWidth(40)
    _settle(qtbot)
    problems = layout_problems(row)
    assert len([p for p in problems if p.startswith("squeezed")]) == 2, problems
