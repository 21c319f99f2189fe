"""The import wizard driven like a user: file, mapping, coloured preview, apply, cancel, report."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_backup_support import content_hash, row_count
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.directory.wizard import (
    PAGE_APPLY,
    PAGE_FILE,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    ImportWizard,
)
from rakor_desktop.ui.workers import ImmediateExecutor

NIP = "196804111993031009"


@pytest.fixture
def ctx(db, tmp_path: Path) -> AppContext:
    return AppContext(db=db, settings=AppSettings(tmp_path / "s.ini"), executor=ImmediateExecutor())


@pytest.fixture
def wizard(qtbot, ctx) -> ImportWizard:
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def staff_xlsx(path: Path, extra_rows: int = 0) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DAFTAR PEGAWAI SETDA KABUPATEN PEMALANG"])
    ws.append(["No", "Nama", "NIP", "Jabatan", "Unit Kerja", "Kontak Kantor"])
    ws.append([1, "Drs. Mohammad Arifin, M.Si.", NIP, "Kepala Dinas", "Disdikbud", "0284-321"])
    ws.append([2, "Siti Rahayu", "12345", "Staf", "Disdikbud", None])
    ws.append([3, '=HYPERLINK("http://x")', None, "<b>Staf</b>", "Disdikbud", None])
    ws.append([4, None, None, "Staf", "Disdikbud", None])
    ws["B5"].data_type = "s"  # text that looks like a formula, not a formula
    for i in range(extra_rows):
        ws.append([5 + i, f"Pegawai {i}", None, "Staf", "Disdikbud", None])
    wb.save(path)
    return path


def test_full_flow_maps_previews_applies_and_saves_a_report(
    qtbot, wizard, ctx, db, tmp_path: Path
) -> None:
    wizard.load_file(staff_xlsx(tmp_path / "pegawai.xlsx"))
    wizard.create_opd.setChecked(True)
    assert wizard.stack.currentIndex() == PAGE_MAPPING
    assert wizard.mapping()["name"] == 1 and wizard.mapping()["nip"] == 2
    assert wizard.mapping()["phone"] is None  # "Kontak Kantor" is not guessed as No. HP...
    wizard.set_mapping("phone", 5)  # ...so the user picks it in the combo box
    assert wizard.combos["phone"].currentText() == "Kontak Kantor"
    assert wizard.sample_view.model().rowCount() == 4

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == PAGE_PREVIEW
    model = wizard.preview_model
    assert model.rowCount() == 4
    assert [model.index(r, 1).data() for r in range(4)] == [
        "Baru",
        "NIP tidak valid",
        "Baru",
        "Nama kosong",
    ]
    assert "18 digit" in model.index(1, 2).data()
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor("#FFC7CE")
    assert "Baru: 2" in wizard.summary.text() and "OPD baru: 1" in wizard.summary.text()
    wizard.only_problems.setChecked(True)
    assert model.rowCount() == 2
    assert row_count(db.path, "person") == 0  # preview wrote nothing

    with qtbot.waitSignal(ctx.events.data_changed, timeout=2000) as changed:
        qtbot.mouseClick(wizard.apply_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["people"]
    assert wizard.stack.currentIndex() == PAGE_APPLY
    assert "Tersimpan: 2 baru" in wizard.status.text()
    assert row_count(db.path, "person") == 2 and row_count(db.path, "organization") == 1

    report = tmp_path / "laporan"
    wizard.save_report_to(report)
    saved = tmp_path / "laporan.xlsx"
    rows = list(load_workbook(saved).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Baris", "Hasil") and len(rows) == 5
    assert "Laporan tersimpan" in wizard.status.text()


def test_cancel_during_apply_leaves_the_directory_untouched(
    qtbot, wizard, db, tmp_path: Path
) -> None:
    wizard.load_file(staff_xlsx(tmp_path / "besar.xlsx", extra_rows=3000))
    wizard.create_opd.setChecked(True)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    before = content_hash(db.path)

    def press_cancel(value: int) -> None:
        if (
            wizard.stack.currentIndex() == PAGE_APPLY
            and value >= 1000
            and wizard.cancel_button.isEnabled()
        ):
            qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)

    wizard.progress.valueChanged.connect(press_cancel)
    qtbot.mouseClick(wizard.apply_button, Qt.MouseButton.LeftButton)
    assert "dibatalkan" in wizard.status.text()
    assert content_hash(db.path) == before
    assert wizard.outcome is None
    wizard.progress.valueChanged.disconnect(press_cancel)

    wizard.go_back()  # the apply page has no way back; the import can be retried
    wizard.apply()
    assert row_count(db.path, "person") == 3002


def test_unknown_opd_hint_and_going_back_to_allow_it(qtbot, wizard, db, tmp_path: Path) -> None:
    wizard.load_file(staff_xlsx(tmp_path / "p.xlsx"))
    wizard.go_next()
    assert "OPD belum terdaftar: 2" in wizard.summary.text()  # the NIP check comes first for row 4
    assert "centang" in wizard.summary.text()
    assert not wizard.apply_button.isEnabled()  # nothing acceptable to write yet
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == PAGE_MAPPING
    wizard.create_opd.setChecked(True)
    wizard.go_next()
    assert "Baru: 2" in wizard.summary.text() and wizard.apply_button.isEnabled()


def test_problems_stay_on_the_step_with_a_message(qtbot, wizard, tmp_path: Path) -> None:
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == PAGE_FILE and wizard.message.text()
    wizard.load_file(tmp_path / "tidak-ada.xlsx")
    assert wizard.stack.currentIndex() == PAGE_FILE
    assert "tidak ditemukan" in wizard.message.text()
    noname = tmp_path / "tanpa-nama.csv"
    noname.write_text("Kolom A;Kolom B\nx;y\n", encoding="utf-8")
    wizard.load_file(noname)
    assert wizard.stack.currentIndex() == PAGE_MAPPING
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == PAGE_MAPPING and "Nama" in wizard.message.text()


def test_works_on_a_bare_database_with_real_threads(qtbot, db, tmp_path: Path) -> None:
    w = ImportWizard(db)
    qtbot.addWidget(w)
    w.load_file(staff_xlsx(tmp_path / "p.xlsx"))
    qtbot.waitUntil(
        lambda: w.stack.currentIndex() == PAGE_MAPPING and w.worker is None, timeout=30_000
    )
    w.create_opd.setChecked(True)
    w.go_next()
    qtbot.waitUntil(
        lambda: w.stack.currentIndex() == PAGE_PREVIEW and w.worker is None, timeout=30_000
    )
    assert w.apply_button.isEnabled()
    w.apply()
    qtbot.waitUntil(lambda: w.outcome is not None, timeout=30_000)
    assert w.outcome.created == 2
    qtbot.waitUntil(lambda: w.worker is None, timeout=30_000)
    assert w.close_button.text() == "Tutup"
