"""Peserta & OPD over 10,000 people: paged loading, debounced search, OPD filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.db.backup import backup_sqlite
from rakor_desktop.domain.models import Organization, Person
from rakor_desktop.domain.names import name_key
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.pages.people import BATCH, ORG_ROLE, PeoplePage
from rakor_desktop.ui.workers import ImmediateExecutor

TOTAL = 10_000
ORGS = 20


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once per module (10,000 inserts take seconds); each test gets a copy."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    db = open_database(path)
    with db.session(write=True) as s:
        orgs = [
            Organization(name=f"Dinas Nomor {i:02d}", short_name=f"D{i:02d}") for i in range(ORGS)
        ]
        s.add_all(orgs)
        s.flush()
        people = []
        for i in range(TOTAL - 1):
            name = f"Pegawai Contoh {i:05d}, S.E."
            people.append(
                Person(
                    full_name=name,
                    name_key=name_key(name),
                    jabatan="Staf Pelaksana",
                    organization_id=orgs[i % ORGS].id,
                )
            )
        s.add_all(people)
        s.flush()
        create_person(
            s,
            "Dr. H. Anom Widiyantoro, S.H., M.H.",
            nip="196804111993031009",
            jabatan="Bupati",
            organization_id=orgs[3].id,
            is_head=True,
        )
    db.dispose()
    return path


@pytest.fixture
def big_db(big_template: Path, tmp_path: Path):
    path = tmp_path / "big.sqlite"
    backup_sqlite(big_template, path)
    db = open_database(path)
    yield db
    db.dispose()


@pytest.fixture
def page(qtbot, big_db, tmp_path: Path) -> PeoplePage:
    ctx = AppContext(
        db=big_db, settings=AppSettings(tmp_path / "s.ini"), executor=ImmediateExecutor()
    )
    widget = PeoplePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def test_first_paint_loads_one_batch_and_counts_everyone(page) -> None:
    assert page.is_data_ready()
    assert page.model.rowCount() == BATCH
    assert page.model.canFetchMore()
    assert page.count_label.text() == "10.000 orang"
    # "Semua OPD", then each OPD with its head count.
    assert page.org_list.count() == ORGS + 1
    assert page.org_list.item(0).text() == "Semua OPD"


def test_scrolling_to_the_end_fetches_the_next_batch(qtbot, page) -> None:
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2 * BATCH)
    assert page.model.rowCount() % BATCH == 0
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == TOTAL


def test_search_ignores_titles_case_and_diacritics(qtbot, page) -> None:
    for typed in ("anom", "ANOM widiyantoro", "Anöm"):
        page.search.clear()
        if typed.isascii():
            qtbot.keyClicks(page.search, typed)
        else:  # QTest cannot type non-ASCII keys; an input method inserts the text
            page.search.insert(typed)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        row = page.model.row_at(0)
        assert row.name == "Dr. H. Anom Widiyantoro, S.H., M.H."
        assert page.count_label.text() == "1 orang"
    nip_index = page.model.index(0, 1)
    assert page.model.data(nip_index) == "19680411 199303 1 009"


def test_search_by_nip_prefix_with_spaces(qtbot, page) -> None:
    qtbot.keyClicks(page.search, "19680411 1993")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter searches at once
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).nip == "196804111993031009"


def test_choosing_an_opd_filters_the_table(qtbot, page) -> None:
    item = page.org_list.item(4)  # the fourth OPD (index 3): holds the Bupati
    rect = page.org_list.visualItemRect(item)
    qtbot.mouseClick(page.org_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert item.data(ORG_ROLE) is not None
    assert page.count_label.text() == f"{TOTAL // ORGS + 1} orang"  # 500 staff and the Bupati
    assert page.table.isColumnHidden(4)  # one OPD: its column would only repeat itself
    assert page.model.rowCount() == BATCH
    assert page.model.row_at(0).name.startswith("Dr. H. Anom")  # heads first
    page.select_organization(None)
    assert page.count_label.text() == "10.000 orang"
    assert not page.table.isColumnHidden(4)


def test_f2_edits_the_selected_opd_and_its_office_address(qtbot, page, big_db) -> None:
    """Keys go where a person's go: the focused widget. A bad address is refused in place."""
    from PySide6.QtWidgets import QApplication

    def keys(text: str = "", key: Qt.Key | None = None, mod=Qt.KeyboardModifier.NoModifier):
        target = QApplication.focusWidget()
        assert target is not None
        if text:
            qtbot.keyClicks(target, text)
        if key is not None:
            qtbot.keyClick(target, key, mod)

    page.activateWindow()
    page.org_list.setFocus()
    qtbot.waitUntil(lambda: page.org_list.hasFocus())
    keys(key=Qt.Key.Key_F2)  # "Semua OPD" is not an OPD: nothing opens
    assert page.org_dialog is None
    for _ in range(4):
        keys(key=Qt.Key.Key_Down)  # Dinas Nomor 03
    assert page.org_list.currentItem().text() == "Dinas Nomor 03"
    keys(key=Qt.Key.Key_F2)
    dialog = page.org_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.email)
    keys("dinas03 @ pemalang")
    keys(key=Qt.Key.Key_Return)
    assert dialog.isVisible() and "bukan alamat yang sah" in dialog.error.text()
    keys(key=Qt.Key.Key_A, mod=Qt.KeyboardModifier.ControlModifier)
    keys("Dinas03@PemalangKab.go.id")
    keys(key=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with big_db.session() as s:
        org = s.exec(select(Organization).where(Organization.name == "Dinas Nomor 03")).one()
    assert org.email == "dinas03@pemalangkab.go.id"
    item = page.org_list.currentItem()
    assert item.text() == "Dinas Nomor 03" and "dinas03@pemalangkab.go.id" in item.toolTip()
