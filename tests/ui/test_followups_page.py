"""The Tindak Lanjut page driven like a secretary would: filters, paging, sorting,
bulk status change, progress history and the Excel export (real widgets, real SQLite)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from followup_data import followup, meeting, org, series
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor
from sqlmodel import select

from rakor_desktop.domain.models import AuditEvent, FollowUp, FollowUpUpdate
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.followups.model import COL_DUE, COL_STATUS, ROW_ROLE
from rakor_desktop.ui.followups.page import FollowUpsPage
from rakor_desktop.ui.workers import ImmediateExecutor

NOW = datetime(2025, 10, 15, 3, 0, tzinfo=UTC)  # 10.00 WIB


@pytest.fixture
def data(db):
    with db.session(write=True) as s:
        pu = org(s, "Dinas Pekerjaan Umum", "DPU")
        dinkes = org(s, "Dinas Kesehatan", "Dinkes")
        monthly = series(s, "Rakor Penyelenggaraan Pemerintahan")
        ekobang = series(s, "Rakor Ekobang")
        m1 = meeting(s, date(2025, 8, 25), monthly)
        m2 = meeting(s, date(2025, 9, 22), monthly)
        e1 = meeting(s, date(2025, 9, 10), ekobang)
        ids = {
            "jalan": followup(s, m1, pu, "Perbaikan jalan desa", due=date(2025, 9, 30)).id,
            "stunting": followup(s, m1, dinkes, "Turunkan stunting", due=date(2025, 12, 31)).id,
            "drainase": followup(
                s, m2, pu, "Drainase pasar", due=date(2025, 9, 1), status="selesai", percent=100
            ).id,
            "posyandu": followup(
                s, m2, dinkes, "Posyandu keliling", status="dalam_proses", percent=20
            ).id,
            "irigasi": followup(
                s,
                e1,
                pu,
                "Irigasi teknis",
                due=date(2025, 10, 14),
                status="dalam_proses",
                percent=10,
            ).id,
            "pad": followup(
                s, e1, None, "Laporan PAD", due=date(2025, 11, 30), status="dibatalkan"
            ).id,
        }
        ids["pu"], ids["dinkes"], ids["ekobang"] = pu.id, dinkes.id, ekobang.id
    return ids


@pytest.fixture
def ctx(db, tmp_path: Path) -> AppContext:
    context = AppContext(
        db=db,
        settings=AppSettings(tmp_path / "config" / "rakor.ini"),
        executor=ImmediateExecutor(),
        clock=lambda: NOW,
    )
    context.reload_zone()
    return context


@pytest.fixture
def page(qtbot, ctx, data) -> FollowUpsPage:
    p = FollowUpsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1400, 860)
    p.refresh()
    p.show()
    qtbot.waitExposed(p)
    return p


def actions(p: FollowUpsPage) -> list[str]:
    return [r.action for r in p.model.rows]


def select_rows(p: FollowUpsPage, rows: list[int]) -> None:
    selection = QItemSelection()
    for r in rows:
        selection.select(p.model.index(r, 0), p.model.index(r, p.model.columnCount() - 1))
    p.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_lists_everything_sorted_by_due_date_with_status_chips(page) -> None:
    assert page.is_data_ready()
    # open ones by default, sorted by due date, undated last
    assert page.status_combo.currentText() == "Masih terbuka"
    assert actions(page) == [
        "Perbaikan jalan desa",
        "Irigasi teknis",
        "Turunkan stunting",
        "Posyandu keliling",
    ]
    page.status_combo.setCurrentIndex(page.status_combo.findText("Semua status"))
    assert actions(page) == [
        "Drainase pasar",
        "Perbaikan jalan desa",
        "Irigasi teknis",
        "Laporan PAD",
        "Turunkan stunting",
        "Posyandu keliling",
    ]
    assert page.count_label.text() == "6 tindak lanjut"
    assert page.chips["terlambat"].text() == "Terlambat 2"
    assert page.chips["selesai"].text() == "Selesai 1"
    late = page.model.index(1, COL_STATUS)
    assert late.data() == "Terlambat"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(theme.DANGER)
    assert page.model.index(0, COL_DUE).data() == "1 Sep 2025"


def test_filters_by_opd_status_series_due_range_and_text(qtbot, page, data) -> None:
    page.status_combo.setCurrentIndex(page.status_combo.findText("Semua status"))
    page.org_combo.setCurrentIndex(page.org_combo.findData(data["pu"]))
    assert actions(page) == ["Drainase pasar", "Perbaikan jalan desa", "Irigasi teknis"]
    page.status_combo.setCurrentIndex(page.status_combo.findText("Terlambat"))
    assert actions(page) == ["Perbaikan jalan desa", "Irigasi teknis"]
    page.series_combo.setCurrentIndex(page.series_combo.findData(data["ekobang"]))
    assert actions(page) == ["Irigasi teknis"]
    # the chips count the other filters, not the status one
    assert (
        page.chips["selesai"].text() == "Selesai 0"
        and page.chips["terlambat"].text() == "Terlambat 1"
    )
    page.reset_filters()
    assert len(actions(page)) == 4  # back to the open ones
    page.status_combo.setCurrentIndex(0)

    page.due_check.setChecked(True)
    page.due_from.setDate(date(2025, 10, 1))
    page.due_to.setDate(date(2025, 12, 31))
    assert actions(page) == ["Irigasi teknis", "Laporan PAD", "Turunkan stunting"]
    page.reset_filters()
    page.status_combo.setCurrentIndex(0)

    page.search.setText("POSYANDU")  # debounced: applied after a short pause
    qtbot.waitUntil(lambda: actions(page) == ["Posyandu keliling"], timeout=3000)
    page.status_combo.setCurrentIndex(page.status_combo.findText("Masih terbuka"))
    page.search.clear()
    page.apply_filters()
    assert sorted(actions(page)) == [
        "Irigasi teknis",
        "Perbaikan jalan desa",
        "Posyandu keliling",
        "Turunkan stunting",
    ]


def test_header_click_sorts_in_sql(qtbot, page) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_STATUS) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    statuses = [r.status for r in page.model.rows]
    assert statuses == sorted(statuses) or statuses == sorted(statuses, reverse=True)
    page.table.sortByColumn(COL_DUE, Qt.SortOrder.DescendingOrder)
    dues = [r.due_date for r in page.model.rows if r.due_date]
    assert dues == sorted(dues, reverse=True)
    assert page.model.rows[-1].due_date is None  # undated items last either way


def test_pages_load_as_the_table_scrolls(qtbot, db, ctx) -> None:
    with db.session(write=True) as s:
        o = org(s, "Dinas Pertanian", "Distan")
        m = meeting(s, date(2025, 9, 22), series(s))
        for i in range(450):
            followup(s, m, o, f"Tindak lanjut {i:03d}", due=date(2025, 11, 1))
    p = FollowUpsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.refresh()
    p.show()
    qtbot.waitExposed(p)
    assert p.count_label.text() == "450 tindak lanjut"
    assert len(p.model.rows) < 450  # one page at first paint, not all rows
    p.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(p.model.rows) > 200, timeout=3000)
    p.model.fetch_all()
    assert len({r.id for r in p.model.rows}) == 450
    assert p.select_followup(p.model.rows[-1].id)


def test_bulk_status_change_needs_a_reason_to_cancel(qtbot, page, db, data) -> None:
    select_rows(page, [0, 1])  # the two late ones, first among the open ones
    assert page.selected_ids() == [data["jalan"], data["irigasi"]]
    assert page.selected_label.text() == "2 dipilih"
    page.bulk_status.setCurrentIndex(page.bulk_status.findData("dibatalkan"))
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    assert page.bulk_error.isVisible() and "alasan" in page.bulk_error.text()
    with db.session() as s:
        assert s.get(FollowUp, data["jalan"]).status == "belum"

    page.bulk_reason.setText("Dialihkan ke APBD Perubahan")
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    assert not page.bulk_error.isVisible()
    assert page.message.text() == "2 tindak lanjut diubah menjadi Dibatalkan."
    with db.session() as s:
        assert {s.get(FollowUp, i).status for i in (data["jalan"], data["irigasi"])} == {
            "dibatalkan"
        }
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "followup.status")).all()
        assert len(events) == 2
        assert json.loads(events[0].detail)["reason"] == "Dialihkan ke APBD Perubahan"
    assert page.chips["dibatalkan"].text() == "Dibatalkan 3"


def test_side_panel_history_and_add_progress(qtbot, page, db, data) -> None:
    assert page.select_followup(data["posyandu"])
    detail = page.detail
    assert detail.action_label.text() == "Posyandu keliling"
    assert "Dinas Kesehatan" in detail.meta_label.text()
    assert detail.history_empty.isVisible()

    detail.note_edit.setPlainText("Jadwal keliling 12 desa disusun")
    detail.percent_spin.setValue(50)
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Progres tersimpan."
    (entry,) = detail.history_texts()
    assert "Jadwal keliling 12 desa disusun" in entry
    assert entry.startswith("15 Okt 2025 · Dalam Proses · 50%")
    assert detail.note_edit.toPlainText() == ""
    row = page.model.rows[page.model.row_of(data["posyandu"])]
    assert (row.percent, row.status) == (50, "dalam_proses")
    assert page.current_id() == data["posyandu"]  # still the current row after reload

    # a refused save keeps what was typed and says why
    detail.note_edit.setPlainText("Selesai sebagian")
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("selesai"))
    detail.percent_spin.setValue(80)
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.error_label.isVisible()
    assert detail.error_label.text() == "Status Selesai berarti progres 100%."
    assert detail.note_edit.toPlainText() == "Selesai sebagian"

    detail.percent_spin.setValue(100)
    detail.evidence_edit.setText("/dokumen/bukti-posyandu.pdf")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    newest, older = detail.history_texts()
    assert newest.startswith("15 Okt 2025 · Selesai · 100%")
    assert "Bukti: /dokumen/bukti-posyandu.pdf" in newest and "Jadwal keliling" in older
    with db.session() as s:
        fu = s.get(FollowUp, data["posyandu"])
        assert (fu.status, fu.percent) == ("selesai", 100)
        assert len(s.exec(select(FollowUpUpdate)).all()) == 2
    assert detail.status_pill.text() == "Selesai"


def test_export_runs_in_a_worker_and_writes_the_filtered_rows(
    qtbot, page, ctx, data, tmp_path
) -> None:
    page.org_combo.setCurrentIndex(page.org_combo.findData(data["dinkes"]))
    out = tmp_path / "tl-dinkes.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=5000) as blocker:
        worker = page.export_to(out)
    assert worker in ctx.executor.started
    assert blocker.args == ["2 tindak lanjut diekspor ke tl-dinkes.xlsx"]
    assert page.export_button.isEnabled() and not page.progress.isVisible()
    ws = openpyxl.load_workbook(out)["Tindak Lanjut"]
    assert [ws.cell(row=r, column=5).value for r in (2, 3)] == [
        "Turunkan stunting",
        "Posyandu keliling",
    ]
    info = {
        r[0]: r[1] for r in openpyxl.load_workbook(out)["Keterangan"].iter_rows(values_only=True)
    }
    assert info["Filter"].startswith("Dinas Kesehatan")


def test_export_failure_is_shown_not_raised(qtbot, page, tmp_path) -> None:
    with qtbot.waitSignal(page.export_finished, timeout=5000) as blocker:
        page.export_to(tmp_path / "tidak-ada" / "x.xlsx")
    assert "Gagal menulis" in blocker.args[0] or "tidak" in blocker.args[0].lower()
    assert page.message.property("role") == "error"


def test_demo_database_renders(qtbot, demo_db, tmp_path) -> None:
    context = AppContext(
        db=demo_db, settings=AppSettings(tmp_path / "c.ini"), executor=ImmediateExecutor()
    )
    context.reload_zone()
    p = FollowUpsPage(context)
    qtbot.addWidget(p)
    p.resize(1400, 860)
    p.refresh()
    p.show()
    qtbot.waitExposed(p)
    assert p.total > 0 and p.model.rowCount() > 0
    p.status_combo.setCurrentIndex(0)  # Semua status
    statuses = {p.model.index(r, 0).data(ROW_ROLE).status for r in range(p.model.rowCount())}
    assert {"selesai", "terlambat"} <= statuses
    image = p.grab().toImage()
    assert image.width() == 1400 and not image.isNull()
