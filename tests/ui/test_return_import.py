"""The return workbooks in the window (issue 21): Ctrl+I on the Tindak Lanjut page, files
dropped on the dialog, every row's verdict read before anything is applied, one click
to apply. Keys go to the focused widget; the drop is a real QDropEvent with file URLs."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from followup_data import followup, meeting, org
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from screenshot_files import save_png

from rakor_desktop.domain.models import FollowUp
from rakor_desktop.services.returns.form import SHEET, write_return_form
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.followups.page import FollowUpsPage
from rakor_desktop.ui.workers import ImmediateExecutor

ISSUED = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)


@pytest.fixture
def world(db, tmp_path):
    with db.session(write=True) as s:
        dinkes, dpu = org(s, "Dinas Kesehatan", "Dinkes"), org(s, "Dinas Pekerjaan Umum", "DPU")
        m = meeting(
            s, date(2026, 11, 30), title="Rakor Penyelenggaraan Pemerintahan Daerah November 2026"
        )
        ids = [
            followup(s, m, dinkes, a, due=date(2026, 12, 31)).id
            for a in ("Percepatan penurunan stunting di 12 desa lokus", "Revitalisasi posyandu",
                      "Akreditasi puskesmas Comal dan Ulujami", "Sosialisasi imunisasi kejar")
        ]  # fmt: skip
        pu = followup(s, m, dpu, "Perbaikan jalan Randudongkal").id
        dinkes_id, dpu_id = dinkes.id, dpu.id
    back = tmp_path / "kembali"
    back.mkdir()
    forms = {}
    for oid, name in ((dinkes_id, "dinkes"), (dpu_id, "dpu")):
        with db.session() as s:
            forms[name] = write_return_form(s, oid, tmp_path / f"{name}.xlsx", now=ISSUED).path
    wb = load_workbook(forms["dinkes"])
    ws = wb[SHEET]
    ws["G2"], ws["J2"], ws["K2"] = 60, "Intervensi gizi berjalan di 9 dari 12 desa", "foto-desa.jpg"
    ws["H3"] = "Selesai"
    ws["G4"] = "delapan puluh"
    ws.append(["", "", "Baris tambahan", None, "", 0, 50])
    wb.save(back / "dinkes.xlsx")
    (back / "foto-desa.jpg").write_bytes(b"\xff\xd8 desa lokus")
    wb = load_workbook(forms["dpu"])
    wb["Petunjuk"]["B6"] = "0" * 24  # its signature edited
    wb.save(back / "dpu.xlsx")
    (back / "catatan.xlsm").write_bytes(b"PK")
    ctx = AppContext(db=db, settings=AppSettings(tmp_path / "rakor.ini"), executor=ImmediateExecutor(),
                     clock=lambda: NOW)  # fmt: skip
    ctx.reload_zone()
    return ctx, ids, pu, back


def _drop(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    widget.dropEvent(event)


@pytest.mark.parametrize("size", [(1366, 768)], ids=["1366x768"])
def test_ctrl_i_drop_read_the_verdicts_then_apply(qtbot, db, world, tmp_path, size) -> None:
    ctx, ids, pu, back = world
    page = FollowUpsPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.refresh()
    page.show()
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=3000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = page.return_dialog
    assert dialog.isVisible()
    _drop(dialog, [back / "dinkes.xlsx", back / "dpu.xlsx", back / "catatan.xlsm"])
    lines = dialog.model.rows
    verdicts = [(line.file, line.row, line.outcome.value) for line in lines]
    assert ("dinkes.xlsx", 2, "diperbarui") in verdicts and (
        "dinkes.xlsx",
        3,
        "diperbarui",
    ) in verdicts
    assert ("dinkes.xlsx", 4, "ditolak") in verdicts and (
        "dinkes.xlsx",
        5,
        "tidak berubah",
    ) in verdicts
    assert ("dinkes.xlsx", 6, "ditolak") in verdicts  # the added row
    assert ("dpu.xlsx", None, "ditolak") in verdicts and (
        "catatan.xlsm",
        None,
        "ditolak",
    ) in verdicts
    assert "2 diperbarui" in dialog.summary.text() and "2 berkas ditolak" in dialog.summary.text()
    with db.session() as s:  # reading the verdicts wrote nothing
        assert s.get(FollowUp, ids[0]).percent == 0
    dialog.resize(1180, 560)
    save_png(dialog, "tindak-lanjut-impor-formulir", tmp_path)
    assert dialog.apply_button.isEnabled()
    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "2 tindak lanjut diperbarui dan tersimpan" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()  # applied: nothing more to do
    with db.session() as s:
        assert s.get(FollowUp, ids[0]).percent == 60
        assert (s.get(FollowUp, ids[1]).status, s.get(FollowUp, ids[1]).percent) == ("selesai", 100)
        assert s.get(FollowUp, pu).percent == 0
    stored = list((Path(os.environ["XDG_DATA_HOME"]) / "rakor-desktop" / "bukti").rglob("*.jpg"))
    assert [p.read_bytes() for p in stored] == [b"\xff\xd8 desa lokus"]
    # The page followed: the stunting row now shows 60 %.
    assert any(r.percent == 60 for r in page.model.rows)
    # The evidence is listed on the follow-up by its name, and opens from the stored copy.
    page._show_detail(ids[0])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old history
    evidence = [
        lbl for lbl in page.detail.findChildren(QLabel) if lbl.text().startswith("Bukti: <a")
    ]
    assert len(evidence) == 1 and evidence[0].openExternalLinks()
    assert ">foto-desa.jpg</a>" in evidence[0].text()
    href = evidence[0].text().split('href="', 1)[1].split('"', 1)[0]
    assert QUrl(href).toLocalFile() == str(stored[0])
