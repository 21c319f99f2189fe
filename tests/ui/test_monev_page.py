"""The Monev page as the chair and the Bappeda analyst use it: keys to the focused table,
filters, the band colours on screen, the matrix import preview, PDF and Excel."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from followup_data import meeting
from monev_data import ROWS, add_orgs, write_matrix
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from rakor_desktop.domain.clock import clock_at
from rakor_desktop.domain.monev import CATEGORY_COLOURS, Category
from rakor_desktop.services.monev.rpjmd_import import import_matrix
from rakor_desktop.services.monev.values import record_value
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.monev.model import COL_CATEGORY
from rakor_desktop.ui.monev.page import MonevPage
from rakor_desktop.ui.workers import ImmediateExecutor

NOW = datetime(2026, 5, 21, 3, 0, tzinfo=UTC)  # 10.00 WIB


@pytest.fixture
def data(db, tmp_path):
    with db.session(write=True) as s:
        orgs = add_orgs(s)
        import_matrix(s, write_matrix(tmp_path / "iku.xlsx"))
        mid = meeting(s, date(2026, 5, 20), title="Rakor Ekobang Mei").id
        ids = {k: o.id for k, o in orgs.items()}
    with clock_at(date(2026, 5, 15)), db.session(write=True) as s:
        record_value(s, mid, ids["Bappeda"], "IKU-01", "9,3", period="2026", source="BPS")
        record_value(s, mid, ids["Dinkes"], "IKU-02", "25", period="2026-Q1", source="SSGI")
        record_value(s, mid, ids["Bappeda"], "IKU-03", "5,1", period="2026", source="BPS")
        record_value(s, mid, ids["Diskopukm"], "IKU-05", "400", period="2026-Q1")  # no source
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
def page(qtbot, ctx, data, themed) -> MonevPage:
    p = MonevPage(ctx)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.refresh()
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)
    return p


def codes(p: MonevPage) -> list[str]:
    return [r.indicator.code for r in p.model.rows]


def test_rows_summary_and_keyboard(qtbot, page) -> None:
    assert page.year.value() == 2026
    assert codes(page) == ["IKU-01", "IKU-02", "IKU-03", "IKU-04", "IKU-05"]
    assert page.summary is not None and page.is_data_ready()
    assert page.pills["flags"].text() == "1 perlu verifikasi"
    # stunting 25 against 17: (34 - 25) / 17 = 52,9 -> rendah
    assert page.pills["rendah"].text() == "rendah 1" and page.pills["rendah"].isVisible()
    page.setFocus()
    focused = QApplication.focusWidget()
    assert focused is page.table
    assert "IKU-01" in page.chart_card.title_label.text()
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    assert page.current_row().indicator.code == "IKU-02"
    assert page.chart_card.title_label.text() == "Riwayat IKU-02 terhadap target"
    assert "Dinkes" in page.info.text() and not page.chart.empty
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert page.current_row().indicator.code == "IKU-05"
    assert "Tanpa sumber data" in page.info.text()


def test_band_colour_is_on_screen(qtbot, page) -> None:
    row = codes(page).index("IKU-02")
    rect = page.table.visualRect(page.model.index(row, COL_CATEGORY))
    image = page.table.viewport().grab(rect).toImage()
    colours = {image.pixelColor(x, rect.height() // 2).name() for x in range(image.width())}
    assert QColor(CATEGORY_COLOURS[Category.RENDAH]).name() in colours


def test_filters(qtbot, page) -> None:
    page.cluster_combo.setCurrentIndex(page.cluster_combo.findData("I"))
    assert codes(page) == ["IKU-01", "IKU-02"]
    page.cluster_combo.setCurrentIndex(0)
    page.flagged_check.setChecked(True)
    assert codes(page) == ["IKU-05"]
    page.flagged_check.setChecked(False)
    page.level_combo.setCurrentIndex(page.level_combo.findData("ikd"))
    assert codes(page) == ["IKU-04"]
    page.level_combo.setCurrentIndex(0)
    page.year.setValue(2027)
    assert page.model.rows[0].realization is None  # nothing reported for 2027 yet


def test_import_preview_then_save(qtbot, page, tmp_path) -> None:
    changed = [list(r) for r in ROWS]
    changed[0][7] = ("9,40", "9,00", "8,70", "8,30", "7,90")
    changed.append(("IKU-09", "Tanpa Polaritas", "%", "", "IKU", "Tahunan", "1",
                    ("1", "1", "1", "1", "1"), "Bappeda", "", "BPS", "", ""))  # fmt: skip
    path = write_matrix(tmp_path / "baru.xlsx", [tuple(r) for r in changed])
    seen = []
    page.import_matrix(path, confirm=lambda result: seen.append(result) or True)
    assert seen and seen[0].dry_run and seen[0].count(seen[0].rows[0].verdict) >= 1
    assert "1 diperbarui" in page.message.text() and "1 ditolak" in page.message.text()
    assert page.model.rows[0].target.value == 9.0  # IKU-01's 2026 target, re-read


def test_import_cancelled_or_unreadable_writes_nothing(qtbot, page, tmp_path) -> None:
    path = write_matrix(tmp_path / "lagi.xlsx")
    page.import_matrix(path, confirm=lambda result: False)
    assert page.message.text() == "Impor dibatalkan; tidak ada yang disimpan."
    junk = tmp_path / "bukan.xlsx"
    junk.write_bytes(b"PK\x03\x04 rusak")
    page.import_matrix(junk, confirm=lambda result: True)
    assert page.message.property("role") == "error"
    assert "Traceback" not in page.message.text() and page.message.text()


def test_pdf_and_excel_from_the_page(qtbot, page, tmp_path) -> None:
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    page.write_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and "m.pdf" in page.message.text()
    page.write_xlsx(xlsx)
    assert xlsx.stat().st_size > 0 and "m.xlsx" in page.message.text()


def test_meeting_scope_and_a_directive_from_a_row(qtbot, page, db) -> None:
    from rakor_desktop.services.followups.query import FollowUpFilter, list_followups

    assert not page.directive_button.isEnabled()  # no meeting chosen: nowhere to record it
    index = page.meeting_combo.findText("Rakor Ekobang Mei", Qt.MatchFlag.MatchContains)
    assert index > 0
    page.meeting_combo.setCurrentIndex(index)
    assert page.directive_button.isEnabled() and not page.year.isEnabled()
    page.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # IKU-02, stunting
    assert page.current_row().indicator.code == "IKU-02"
    assert page.raise_directive("Turunkan stunting di 10 desa lokus")
    assert "IKU-02" in page.message.text()
    with db.session() as s:
        rows = list_followups(s, FollowUpFilter(meeting_id=page.meeting_combo.currentData()))
    assert [(r.problem, r.indicator, r.organization_short) for r in rows] == [
        ("Turunkan stunting di 10 desa lokus", "IKU-02", "Dinkes")
    ]


def test_catalogue_editor_refuses_then_saves(qtbot, page, db) -> None:
    from rakor_desktop.services.monev.catalogue import list_indicators

    seen: list[str] = []

    def person(dialog) -> bool:
        """First a careless entry, then the corrected one, then stop."""
        if not seen:
            dialog.code.setText("IKU-07")
            dialog.name.setText("Angka Harapan Hidup")
            dialog.unit.setText("tahun")
            dialog.period.setText("2025-2029")
            for year, edit in dialog.target_edits.items():
                edit.setText(str(year - 1954) if year != 2027 else "tujuh")
            seen.append("typed")
            return True
        if len(seen) == 1:
            seen.append(dialog.problems.text())
            dialog.polarity.setCurrentIndex(dialog.polarity.findData("higher"))
            dialog.target_edits[2027].setText("73,5")
            dialog.lead.setCurrentIndex(dialog.lead.findText("Dinkes"))
            return True
        return False

    assert page.edit_indicator(None, answer=person)
    assert "Polaritas wajib dipilih" in seen[1] and '"tujuh" bukan angka' in seen[1]
    with db.session() as s:
        aha = list_indicators(s, codes=["IKU-07"])[0]
    assert aha.polarity.value == "higher" and aha.lead_org == "Dinkes"
    assert aha.targets[2027].value == 73.5 and aha.targets[2026].value == 72.0
    assert "IKU-07" in codes(page)

    def retarget(dialog) -> bool:
        if dialog.code.isReadOnly() and dialog.target_edits[2026].text() == "9,1":
            dialog.target_edits[2026].setText("9")
            return not seen.append("edit")
        return False

    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.edit_indicator(page.current_row(), answer=retarget)
    with db.session() as s:
        assert list_indicators(s, codes=["IKU-01"])[0].targets[2026].value == 9.0


def test_cetak_menu_prints_the_meetings_matrix(qtbot, page, db) -> None:
    """The notulis prints the Matriks Monev from the meeting's Cetak menu."""
    from PySide6.QtWidgets import QWidget

    from rakor_desktop.ui.documents.actions import document_menu
    from rakor_desktop.ui.documents.preview import DocumentPreviewDialog

    mid = page.meeting_combo.itemData(
        page.meeting_combo.findText("Mei", Qt.MatchFlag.MatchContains)
    )
    host = QWidget()
    qtbot.addWidget(host)
    menu = document_menu(page.ctx, lambda: mid, host)
    next(a for a in menu.actions() if a.data() == "print_monev").trigger()
    dialog = host.findChildren(DocumentPreviewDialog)[0]
    qtbot.waitUntil(lambda: dialog.preview.page_count() >= 1, timeout=10000)
    assert dialog.kind_label() == "Matriks monev"
    out = dialog.preview.save_to(page.ctx.settings.path.parent / "monev.pdf")
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "MATRIKS MONEV CAPAIAN KINERJA" in text and "Rakor Ekobang Mei" in text
    dialog.close()
