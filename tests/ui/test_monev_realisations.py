"""Realisations typed in the Laporan OPD tab while the Kepala OPD speaks (monev)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from followup_data import invite, meeting, person
from monev_data import add_orgs, write_matrix
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rakor_desktop.domain.clock import clock_at
from rakor_desktop.services.meetings.opd_reports import upsert_report
from rakor_desktop.services.monev.evaluation import evaluate
from rakor_desktop.services.monev.rpjmd_import import import_matrix
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.meetings.reports_tab import ReportsTab
from rakor_desktop.ui.monev.realisations import C_SOURCE, C_VALUE
from rakor_desktop.ui.workers import ImmediateExecutor

NOW = datetime(2026, 5, 20, 3, 0, tzinfo=UTC)


@pytest.fixture
def setup(db, tmp_path: Path, qtbot, themed):
    with db.session(write=True) as s:
        orgs = add_orgs(s)
        import_matrix(s, write_matrix(tmp_path / "iku.xlsx"))
        m = meeting(s, date(2026, 5, 20), title="Rakor Mei")
        for short in ("Dinkes", "Bappeda"):
            invite(s, m, person(s, f"Kepala {short}", orgs[short]), came=True)
        mid = m.id
    with clock_at(date(2026, 5, 20)), db.session(write=True) as s:
        upsert_report(s, mid, orgs["Dinkes"].id, indicators="Cakupan Imunisasi: 88%")
    ctx = AppContext(
        db=db,
        settings=AppSettings(tmp_path / "c.ini"),
        executor=ImmediateExecutor(),
        clock=lambda: NOW,
    )
    ctx.reload_zone()
    tab = ReportsTab(ctx, mid)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.show()
    qtbot.waitExposed(tab)
    return tab, mid, db


def test_typed_values_reach_the_monev(qtbot, setup) -> None:
    tab, mid, db = setup
    dinkes_row = [r.organization for r in tab.model.rows].index("Dinas Kesehatan")
    tab.table.setCurrentIndex(tab.model.index(dinkes_row, 0))
    dialog = tab.open_realisations(show=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # Dinkes leads stunting (quarterly: May is Q2) and contributes to nothing else.
    codes = [dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())]
    assert codes == ["IKU-02"]
    assert dialog.model.item(0, 3).text() == "2026-Q2"
    assert "Cakupan Imunisasi: 88%" in dialog.loose.text()  # free text kept, shown as such
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, C_VALUE))
    assert QApplication.focusWidget() is dialog.table
    for ch in "1,250":  # each key to whatever has focus: the table, then its editor
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on the next turn of the event loop (queued)
    assert dialog.model.item(0, C_VALUE).text() == "1,250"
    assert dialog.message.text() == ""  # Enter finished the cell, it did not save
    assert not dialog.save()  # ambiguous: refused, painted, nothing written
    assert "dua cara" in dialog.model.item(0, C_VALUE).toolTip()
    dialog.model.item(0, C_VALUE).setText("17,6")
    dialog.model.item(0, C_SOURCE).setText("e-PPGBM")
    with clock_at(date(2026, 5, 20)):
        assert dialog.save()
    assert dialog.message.text() == "1 realisasi tersimpan."
    with db.session() as s:
        row = {r.indicator.code: r for r in evaluate(s, meeting_id=mid).rows}["IKU-02"]
    assert (
        row.realization == 17.6
        and row.latest.period == "2026-Q2"
        and row.latest.source == "e-PPGBM"
    )


def test_locked_meeting_disables_the_button(setup) -> None:
    tab, _mid, _db = setup
    tab.set_locked(True)
    assert not tab.values_button.isEnabled()
