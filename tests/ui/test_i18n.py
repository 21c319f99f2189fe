"""English comes from the committed rakor_en.qm; Indonesian is the source language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.i18n import choose_language, install_translators, locale_for, qm_path, ts_path

# Contexts of the application shell; every message in them must have its English.
SHELL_CONTEXTS = {
    "AboutDialog",
    "Columns",
    "DatabaseErrorDialog",
    "Format",
    "HomePage",
    "KopPreview",
    "Launch",
    "MainWindow",
    "MeetingForm",
    "Pages",
    "PeoplePage",
    "SettingsPage",
    "Shortcuts",
    "Worker",
}


@pytest.fixture
def english(qapp) -> Iterator[list[QTranslator]]:
    installed = install_translators(qapp, "en")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "id")


def test_the_compiled_catalogue_is_committed_and_loads() -> None:
    assert qm_path("en").is_file()
    translator = QTranslator()
    assert translator.load(str(qm_path("en")))
    assert translator.translate("Pages", "Rapat") == "Meetings"
    assert translator.translate("Pages", "Peserta & OPD") == "People & Agencies"


def test_installed_translator_translates_the_navigation(english) -> None:
    assert english, "no translator installed"
    assert QCoreApplication.translate("Pages", "Rapat") == "Meetings"
    assert QCoreApplication.translate("Pages", "Beranda") == "Home"
    assert QCoreApplication.translate("MainWindow", "&Berkas") == "&File"
    assert QCoreApplication.translate("HomePage", "%n undangan", "", 1) == "1 invitee"
    assert QCoreApplication.translate("HomePage", "%n undangan", "", 48) == "48 invitees"


def test_main_window_in_english(qtbot, english, db, tmp_path) -> None:
    from rakor_desktop.ui.context import AppContext, AppSettings
    from rakor_desktop.ui.main_window import MainWindow

    ctx = AppContext(db=db, settings=AppSettings(tmp_path / "s.ini"), language="en")
    window = MainWindow(ctx, persist=False)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Home", "Meetings", "People & Agencies", "Follow-ups", "Monev", "Settings"]
    assert window.file_menu.title() == "&File"


def test_without_a_translator_the_source_indonesian_shows() -> None:
    assert QCoreApplication.translate("Pages", "Rapat") == "Rapat"


def test_every_shell_string_has_english() -> None:
    root = ET.parse(ts_path("en")).getroot()
    missing = []
    for context in root.findall("context"):
        name = context.findtext("name")
        if name not in SHELL_CONTEXTS:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            empty = not (translation.text or "").strip() and not list(translation)
            if translation.get("type") == "unfinished" or empty:
                missing.append((name, message.findtext("source")))
    assert missing == []


def test_language_choice_precedence() -> None:
    assert choose_language("en", "id") == "en"
    assert choose_language(None, "en") == "en"
    assert choose_language(None, None) == "id"
    assert choose_language("EN_us", None) == "en"
    assert choose_language("fr", None) == "id"  # unknown: the source language


def test_dates_follow_the_interface_language() -> None:
    day = date(2025, 8, 25)
    fmt.set_locale(locale_for("id"))
    assert fmt.long_date(day) == "Senin, 25 Agustus 2025"
    fmt.set_locale(locale_for("en"))
    try:
        assert fmt.long_date(day) == "Monday, 25 August 2025"
        assert fmt.number(1234) == "1,234"
    finally:
        fmt.set_locale(locale_for("id"))
    assert fmt.number(1234) == "1.234"


def test_qts_own_buttons_speak_indonesian(qapp) -> None:
    """A confirmation in the Indonesian window said "Yes"/"No": Qt ships no qtbase_id.qm,
    so the app carries its own for the standard buttons and the file dialog."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from rakor_desktop.ui.i18n import install_translators

    installed = install_translators(qapp, "id")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "Tutup rapat", "Tutup rapat ini?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)  # fmt: skip
        assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ya"
        assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Tidak"
        bar = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert bar.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
