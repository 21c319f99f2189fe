"""Double-clicking a .rakor file: the window shows what the bundle would change, and
only "Impor" writes it."""

from __future__ import annotations

from pathlib import Path

from bundle_data import build_meeting, same_office
from meeting_data import make_ctx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.domain.models import Meeting
from rakor_desktop.services.transfer.bundle import export_bundle
from rakor_desktop.ui.transfer.bundle_dialog import BundleImportDialog


def test_the_bundle_is_previewed_then_imported_on_request(qtbot, tmp_path: Path) -> None:
    source = open_database(tmp_path / "laptop-a.sqlite")
    target = open_database(tmp_path / "laptop-b.sqlite")
    same_office(source, target)
    try:
        with source.session(write=True) as s:
            meeting = build_meeting(s, title="Rakor Oktober")
            mid = meeting.id
        bundle = tmp_path / "rakor-oktober.rakor"
        with source.session() as s:
            export_bundle(s, bundle, meeting_ids=[mid])
        dialog = BundleImportDialog(make_ctx(target, tmp_path), bundle)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.report.toPlainText().strip()  # the dry run's summary
        assert dialog.import_button.isEnabled() and not dialog.imported
        with target.session() as s:
            assert s.exec(select(Meeting)).all() == []  # the preview wrote nothing
        dialog.import_button.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.import_button)
        qtbot.keyClick(QApplication.focusWidget(), " ")  # a person presses the button
        assert dialog.imported
        with target.session() as s:
            assert [m.title for m in s.exec(select(Meeting))] == ["Rakor Oktober"]
    finally:
        source.dispose()
        target.dispose()


def test_a_file_that_is_not_a_bundle_says_so_and_offers_no_import(qtbot, tmp_path) -> None:
    target = open_database(tmp_path / "b.sqlite")
    try:
        fake = tmp_path / "foto.rakor"
        fake.write_bytes(b"\x89PNG not a zip")
        dialog = BundleImportDialog(make_ctx(target, tmp_path), fake)
        qtbot.addWidget(dialog)
        assert dialog.status.text().startswith("Bundel tidak dapat diimpor:")
        assert not dialog.import_button.isEnabled()
    finally:
        target.dispose()


def test_another_offices_bundle_needs_a_second_yes(qtbot, tmp_path: Path) -> None:
    """Issue 17: a bundle this office did not seal is imported only after a question
    that points at the summary of what it changes; "No" writes nothing."""
    from PySide6.QtWidgets import QMessageBox

    source = open_database(tmp_path / "kantor-lain.sqlite")
    target = open_database(tmp_path / "laptop-b.sqlite")
    answers: list[str] = []

    def ask(_parent, title, text, *args, **kwargs):
        answers.append(text)
        return (
            QMessageBox.StandardButton.No if len(answers) == 1 else QMessageBox.StandardButton.Yes
        )

    try:
        with source.session(write=True) as s:
            mid = build_meeting(s, title="Rakor Kantor Lain").id
        bundle = tmp_path / "asing.rakor"
        with source.session() as s:
            export_bundle(s, bundle, meeting_ids=[mid])
        dialog = BundleImportDialog(make_ctx(target, tmp_path), bundle, ask=ask)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
        assert "tidak bersegel kantor ini" in dialog.status.text()
        assert "kantor lain" in dialog.report.toPlainText()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert answers and "asing.rakor" in answers[0] and not dialog.imported
        with target.session() as s:
            assert s.exec(select(Meeting)).all() == []
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imported)
        with target.session() as s:
            assert [m.title for m in s.exec(select(Meeting))] == ["Rakor Kantor Lain"]
    finally:
        source.dispose()
        target.dispose()
