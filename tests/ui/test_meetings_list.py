"""Meetings list: paging, filters, sorting, and the New / Duplicate / Next-of-series actions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from meeting_data import Clock, build_regency, make_ctx, wib
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import select

from rakor_desktop.domain.models import Invitation, Meeting, MeetingSeries
from rakor_desktop.services.attendance import invitees
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.ui.meetings.list_model import COL, PAGE_SIZE
from rakor_desktop.ui.meetings.page import MeetingsPage
from rakor_desktop.ui.meetings.workspace import MeetingWorkspace

NOW = wib(date(2025, 8, 20), 10)


@pytest.fixture
def filled(db):
    with db.session(write=True) as s:
        r = build_regency(s)
        ser = MeetingSeries(
            name="Rakor Penyelenggaraan Pemerintahan Daerah", place="Sasana Bhakti Praja"
        )
        eko = MeetingSeries(name="Rakor Bidang Ekobang")
        s.add_all([ser, eko])
        s.flush()
        start = date(2021, 1, 4)
        for i in range(450):
            day = start + timedelta(days=3 * i)
            s.add(
                Meeting(
                    title=f"Rakor {i:03d}",
                    starts_at=wib(day),
                    ends_at=wib(day, 12),
                    place="Ruang Rapat Lantai I" if i % 2 else "Sasana Bhakti Praja",
                    series_id=(ser.id if i % 3 == 0 else eko.id if i % 3 == 1 else None),
                    status="closed" if i < 400 else "draft",
                )
            )
        s.flush()
        last = s.exec(
            select(Meeting).where(Meeting.series_id == ser.id).order_by(Meeting.starts_at.desc())
        ).first()
        invitees.add_opd_heads(s, last.id, [r.org_id("Dinas Kesehatan")])
    return db


@pytest.fixture
def page(qtbot, filled, tmp_path):
    widget = MeetingsPage(make_ctx(filled, tmp_path, Clock(NOW)))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_pages_in_as_it_scrolls(page) -> None:
    model = page.list.model
    assert model.total == 450
    assert model.rowCount() == PAGE_SIZE
    assert page.list.header.subtitle.text() == "450 rapat"
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    # Scrolling to the end makes the view ask for the next page, until all are there.
    for _ in range(10):
        page.list.table.scrollToBottom()
    assert model.rowCount() == 450 and not model.canFetchMore()
    # Newest first by default; the header shows the date and time in WIB.
    first = model.index(0, COL["title"]).data()
    assert first == "Rakor 449"
    assert model.index(0, COL["time"]).data() == "09.00–12.00"


def test_filters_and_sort(page, qtbot) -> None:
    lv = page.list
    lv.search.setText("ekobang")
    qtbot.waitUntil(lambda: lv.model.total == 150)
    lv.search.clear()
    qtbot.waitUntil(lambda: lv.model.total == 450)
    lv.status.setCurrentIndex(lv.status.findData("draft"))
    assert lv.model.total == 50
    lv.status.setCurrentIndex(0)
    lv.series.setCurrentIndex(lv.series.findText("Rakor Penyelenggaraan Pemerintahan Daerah"))
    assert lv.model.total == 150
    lv.series.setCurrentIndex(0)
    lv.use_dates.setChecked(True)
    lv.date_from.setDate(lv.date_from.date().fromString("2021-01-01", "yyyy-MM-dd"))
    lv.date_to.setDate(lv.date_to.date().fromString("2021-01-31", "yyyy-MM-dd"))
    assert lv.model.total == 10  # 4, 7, ..., 31 January
    lv.use_dates.setChecked(False)
    lv.table.sortByColumn(COL["title"], Qt.SortOrder.AscendingOrder)
    assert lv.model.index(0, COL["title"]).data() == "Rakor 000"
    lv.table.sortByColumn(COL["attendance"], Qt.SortOrder.DescendingOrder)
    assert lv.model.rowCount() == PAGE_SIZE


def test_new_meeting_dialog_validates(page, qtbot, filled) -> None:
    dialog = page.list.new_meeting()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "Judul rapat wajib diisi" in dialog.message.text()
    dialog.title.setText("Rakor Bidang Kesra")
    assert ok.isEnabled()
    dialog.end.setTime(dialog.start.time().addSecs(-3600))
    assert not ok.isEnabled()
    assert "harus sesudah jam mulai" in dialog.message.text()
    dialog.end.setTime(dialog.start.time().addSecs(2 * 3600))
    dialog.day.setDate(dialog.day.date().addDays(-30))  # in the past: warned, allowed
    assert ok.isEnabled()
    assert "sudah lewat" in dialog.message.text()
    dialog.series.setEditText("Rakor Bidang Kesra Bulanan")  # a new series, created on save
    dialog.place.setText("Aula Kecamatan Taman")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert isinstance(page.workspace, MeetingWorkspace)
    assert page.stack.currentWidget() is page.workspace
    with filled.session() as s:
        m = s.get(Meeting, page.workspace.meeting_id)
        assert m.title == "Rakor Bidang Kesra" and m.place == "Aula Kecamatan Taman"
        assert meeting_editor.find_series(s, "Rakor Bidang Kesra Bulanan").id == m.series_id
    assert page.workspace.title.text() == "Rakor Bidang Kesra"


def test_duplicate_and_next_of_series(page, filled) -> None:
    lv = page.list
    lv.series.setCurrentIndex(lv.series.findText("Rakor Penyelenggaraan Pemerintahan Daerah"))
    lv.table.selectRow(0)
    src = lv.selected_id()
    new_id = lv.next_of_series()
    assert new_id is not None and page.workspace.meeting_id == new_id
    with filled.session() as s:
        src_m, new_m = s.get(Meeting, src), s.get(Meeting, new_id)
        assert new_m.series_id == src_m.series_id and new_m.starts_at > src_m.starts_at
        assert len(s.exec(select(Invitation).where(Invitation.meeting_id == new_id)).all()) == 1
    page.show_list()
    assert lv.selected_id() == new_id
    dup = lv.duplicate_selected()
    with filled.session() as s:
        assert s.get(Meeting, dup).starts_at == s.get(Meeting, new_id).starts_at + timedelta(days=7)


def test_keyboard_open_and_back(page, qtbot) -> None:
    page.window().activateWindow()
    page.list.table.setFocus()
    page.list.table.selectRow(2)
    expected = page.list.selected_id()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.workspace is not None and page.workspace.meeting_id == expected
    page.workspace.back()
    assert page.stack.currentWidget() is page.list
    assert page.list.selected_id() == expected


def test_next_of_series_needs_a_series(page) -> None:
    lv = page.list
    lv.search.setText("Rakor 002")  # a meeting without series
    lv.apply_filters()
    lv.table.selectRow(0)
    assert lv.next_of_series() is None
    assert "Pilih rapat yang termasuk seri" in lv.header.subtitle.text()
