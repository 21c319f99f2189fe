"""Pengaturan: the kop form saves through the service, validates, and survives a reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit

from rakor_desktop.db import open_database
from rakor_desktop.services.office.settings import get_office
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.pages.settings import FIELDS, SettingsPage, validate
from rakor_desktop.ui.workers import ImmediateExecutor


@pytest.fixture
def ctx(db, tmp_path: Path) -> AppContext:
    context = AppContext(
        db=db, settings=AppSettings(tmp_path / "settings.ini"), executor=ImmediateExecutor()
    )
    context.reload_zone()
    return context


@pytest.fixture
def page(qtbot, ctx) -> SettingsPage:
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.resize(1100, 760)
    widget.show()
    return widget


def line(page: SettingsPage, name: str) -> QLineEdit:
    edit = page.findChild(QLineEdit, f"field_{name}")
    assert edit is not None
    return edit


def combo(page: SettingsPage, name: str) -> QComboBox:
    box = page.findChild(QComboBox, f"field_{name}")
    assert box is not None
    return box


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_every_declared_field_has_a_widget(page) -> None:
    for spec in FIELDS:
        assert page.findChild(
            (QComboBox if spec.kind == "choice" else QLineEdit), f"field_{spec.name}"
        )


def test_edit_save_and_reopen_keeps_the_kop(qtbot, page, ctx, db_path, tmp_path) -> None:
    logo = tmp_path / "logo-pemalang.png"
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("#0b6e4f"))
    assert image.save(str(logo))

    type_into(qtbot, line(page, "regency_name"), "PEMERINTAH KABUPATEN GUNUNG MAS")
    type_into(qtbot, line(page, "unit_name"), "SEKRETARIAT DAERAH")
    type_into(qtbot, line(page, "address_line"), "Jl. Pangeran Diponegoro No. 1 Kuala Kurun 74511")
    type_into(qtbot, line(page, "city"), "Kuala Kurun")
    type_into(qtbot, line(page, "logo_path"), str(logo))
    combo(page, "time_zone").setCurrentIndex(combo(page, "time_zone").findData("WIB"))
    combo(page, "time_zone").setCurrentIndex(combo(page, "time_zone").findData("WITA"))
    combo(page, "paper").setCurrentIndex(combo(page, "paper").findData("F4"))
    assert page.is_dirty()
    with qtbot.waitSignal(ctx.events.office_changed, timeout=2000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Pengaturan tersimpan."
    assert not page.is_dirty()
    assert ctx.zone == "WITA"  # pages show times in the new zone at once

    reopened = open_database(db_path)
    try:
        with reopened.session() as s:
            office = get_office(s)
            assert office.regency_name == "PEMERINTAH KABUPATEN GUNUNG MAS"
            assert office.address_line == "Jl. Pangeran Diponegoro No. 1 Kuala Kurun 74511"
            assert office.city == "Kuala Kurun"
            assert office.logo_path == str(logo)
            assert office.time_zone == "WITA"
            assert office.paper == "F4"
        second = SettingsPage(AppContext(db=reopened, settings=ctx.settings))
        qtbot.addWidget(second)
        second.refresh()
        assert line(second, "city").text() == "Kuala Kurun"
        assert combo(second, "paper").currentData() == "F4"
    finally:
        reopened.dispose()


def test_empty_required_field_shows_a_message_and_saves_nothing(qtbot, page, ctx) -> None:
    with ctx.db.session() as s:
        before = get_office(s).regency_name
    type_into(qtbot, line(page, "regency_name"), "")
    type_into(qtbot, line(page, "city"), "Pemalang")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Periksa isian yang ditandai merah."
    error = page.binders["regency_name"].error
    assert error.isVisible() and error.text() == "Wajib diisi."
    assert line(page, "regency_name").property("invalid") == "true"
    assert line(page, "city").text() == "Pemalang"  # what was typed stays
    with ctx.db.session() as s:
        office = get_office(s)
        assert office.regency_name == before
        assert office.city == ""


def test_missing_or_wrong_logo_is_refused(qtbot, page, tmp_path) -> None:
    type_into(qtbot, line(page, "logo_path"), str(tmp_path / "tidak-ada.png"))
    assert not page.save()
    assert page.binders["logo_path"].error.text() == "Berkas logo tidak ditemukan."
    doc = tmp_path / "logo.docx"
    doc.write_bytes(b"PK")
    type_into(qtbot, line(page, "logo_path"), str(doc))
    assert not page.save()
    assert page.binders["logo_path"].error.text() == "Logo harus berupa gambar PNG atau JPG."


def test_validate_is_a_plain_function() -> None:
    ok = {
        "regency_name": "PEMERINTAH KABUPATEN PEMALANG",
        "unit_name": "SETDA",
        "address_line": "",
        "city": "",
        "logo_path": "",
        "time_zone": "WIB",
        "paper": "A4",
    }
    assert validate(ok) == {}
    assert set(validate({**ok, "unit_name": " ", "address_line": "x" * 401})) == {
        "unit_name",
        "address_line",
    }


def test_revert_restores_the_stored_values(qtbot, page) -> None:
    original = line(page, "unit_name").text()
    type_into(qtbot, line(page, "unit_name"), "BAGIAN UMUM")
    assert page.revert_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert line(page, "unit_name").text() == original
    assert not page.revert_button.isEnabled()


def test_preview_follows_the_form(qtbot, page) -> None:
    type_into(qtbot, line(page, "unit_name"), "Dinas Kominfo")
    assert page.preview.values["unit_name"] == "Dinas Kominfo"


def test_language_choice_is_remembered(qtbot, page, ctx) -> None:
    box = combo(page, "language")
    box.setCurrentIndex(box.findData("en"))
    assert ctx.settings.value("ui/language") == "en"
    assert AppSettings(ctx.settings.path).value("ui/language") == "en"
