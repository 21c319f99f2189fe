"""Pengaturan > Server basis data: enter, test, copy, save; and opening the server at start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checkin_data import build
from meeting_data import make_ctx
from pgserver import create_database
from sqlalchemy.engine import make_url
from sqlmodel import select

from rakor_desktop.db import open_database
from rakor_desktop.db.connection_settings import (
    PasswordStore,
    SavedServer,
    ServerConnection,
    load_saved,
    save,
    settings_file,
)
from rakor_desktop.domain.models import Person
from rakor_desktop.ui.transfer.dialog import ServerDialog
from rakor_desktop.ui.transfer.startup import startup_target

_names = iter(range(1_000_000))


def _dialog(qtbot, ctx, **kw) -> ServerDialog:
    dialog = ServerDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: ServerDialog, url: str) -> None:
    u = make_url(url)
    dialog.host.setText(u.host or "")
    dialog.port.setValue(u.port or 5432)
    dialog.database.setText(u.database or "")
    dialog.user.setText(u.username or "")


def test_settings_page_opens_the_dialog(qtbot, db, tmp_path) -> None:
    from rakor_desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(make_ctx(db, tmp_path))
    qtbot.addWidget(page)
    page.show()
    assert page.server_button.text() == "Server basis data…"
    dialog = page.open_server_dialog()
    assert isinstance(dialog, ServerDialog) and dialog.isVisible()
    assert dialog.copy_button.text() == "Salin basis data ini ke server"
    dialog.close()


def test_invalid_fields_are_marked_and_nothing_is_saved(qtbot, db, tmp_path) -> None:
    dialog = _dialog(qtbot, make_ctx(db, tmp_path))
    dialog.host.setText("server kantor")
    dialog.database.setText("")
    assert dialog.save() is False
    assert dialog.errors["host"].isVisible() and "tidak sah" in dialog.errors["host"].text()
    assert dialog.errors["database"].isVisible()
    assert not dialog.errors["user"].isVisible()
    assert dialog.status.text() == "Periksa isian yang ditandai merah."
    assert load_saved() is None


def test_test_then_copy_this_database_to_the_server(qtbot, db, pg_base_url, tmp_path) -> None:
    build(db)
    url = create_database(pg_base_url, f"dialog{next(_names)}", migrated=False)
    dialog = _dialog(qtbot, make_ctx(db, tmp_path))
    _fill(dialog, url)
    check = dialog.test_connection()
    assert check is not None and check.ok
    assert (
        "Tersambung ke PostgreSQL" in dialog.status.text()
        and "masih kosong" in dialog.status.text()
    )
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    dialog.copy_button.click()  # the test context runs workers synchronously
    report = dialog.last_report
    assert report is not None and report.total_inserted() == report.total_read() > 0
    assert dialog.status.text().startswith(f"Selesai: {report.total_read()} baris dibaca")
    assert steps and dialog.copy_button.isEnabled() and not dialog.progress.isVisible()
    server = open_database(url)
    try:
        with server.session() as s:
            assert len(s.exec(select(Person)).all()) == 6
    finally:
        server.dispose()
    dialog.test_connection()
    assert "berisi 2 rapat" in dialog.status.text()


def test_cancelling_the_copy_changes_nothing(qtbot, db, pg_base_url, tmp_path) -> None:
    build(db)
    url = create_database(pg_base_url, f"dialog{next(_names)}")
    dialog = _dialog(qtbot, make_ctx(db, tmp_path))
    _fill(dialog, url)
    dialog.progress.valueChanged.connect(lambda v: v == 3 and dialog.cancel_button.click())
    dialog.copy_to_server()
    assert dialog.last_report is None
    assert dialog.status.text() == "Penyalinan dibatalkan; tidak ada yang diubah."
    server = open_database(url)
    try:
        with server.session() as s:
            assert s.exec(select(Person)).all() == []
    finally:
        server.dispose()


def test_a_station_on_the_server_archives_it_to_a_file(qtbot, db, pg_base_url, tmp_path) -> None:
    server = open_database(create_database(pg_base_url, f"dialog{next(_names)}"))
    try:
        build(server)
        dialog = _dialog(qtbot, make_ctx(server, tmp_path))
        assert dialog.copy_button.text() == "Salin server ke berkas arsip…"
        archive = tmp_path / "arsip-2025.sqlite"
        dialog.copy_server_to(archive)
        assert dialog.last_report is not None and dialog.last_report.all_rejected == []
        copy = open_database(archive)
        try:
            with copy.session() as s:
                assert len(s.exec(select(Person)).all()) == 6
        finally:
            copy.dispose()
    finally:
        server.dispose()


def test_saved_without_a_keyring_the_password_is_asked_at_start(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    store = PasswordStore()
    assert not store.available  # this machine: no platform keyring
    dialog = _dialog(qtbot, make_ctx(db, tmp_path), store=store)
    assert not dialog.remember.isEnabled() and dialog.keyring_note.isVisible()
    dialog.host.setText("192.168.1.10")
    dialog.password.setText("p@ss w0rd")
    dialog.use_on_start.setChecked(True)
    assert dialog.save() is True
    assert "akan ditanyakan" in dialog.status.text() and "dibuka ulang" in dialog.status.text()
    stored = settings_file().read_text(encoding="utf-8")
    assert "p@ss" not in stored and "w0rd" not in stored
    assert json.loads(stored)["use_on_start"] is True

    asked: list[str] = []

    def ask(conn: ServerConnection) -> str | None:
        asked.append(conn.display)
        return "p@ss w0rd"

    url = startup_target(None, str(tmp_path / "lokal.sqlite"), ask=ask, store=store)
    assert asked == ["rakor@192.168.1.10:5432/rakor"]
    assert make_url(url).password == "p@ss w0rd" and make_url(url).host == "192.168.1.10"
    assert startup_target(None, "lokal.sqlite", ask=lambda c: None, store=store) is None
    assert startup_target("lain.sqlite", "lain.sqlite", ask=ask, store=store) == "lain.sqlite"
    monkeypatch.setenv("RAKOR_DB", "dari-env.sqlite")
    assert startup_target(None, "dari-env.sqlite", ask=ask, store=store) == "dari-env.sqlite"
    assert len(asked) == 1


def test_saved_with_a_keyring_the_station_opens_the_server_without_asking(
    qtbot, db, tmp_path
) -> None:
    from memory_keyring import MemoryKeyring  # skips without the keyring package

    store = PasswordStore(MemoryKeyring())
    dialog = _dialog(qtbot, make_ctx(db, tmp_path), store=store)
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    dialog.host.setText("pg.kantor.local")
    dialog.user.setText("meja1")
    dialog.password.setText("rahasia")
    dialog.use_on_start.setChecked(True)
    assert dialog.save() and "brankas kata sandi sistem" in dialog.status.text()
    conn = ServerConnection("pg.kantor.local", user="meja1")
    assert store.get(conn) == "rahasia"

    def never(_conn: ServerConnection) -> str | None:
        raise AssertionError("asked although the keyring has it")

    url = startup_target(None, "lokal.sqlite", ask=never, store=store)
    assert url == "postgresql+psycopg://meja1:rahasia@pg.kantor.local:5432/rakor"
    again = _dialog(qtbot, make_ctx(db, tmp_path), store=store)  # the form comes back filled
    assert (again.host.text(), again.user.text(), again.password.text()) == (
        "pg.kantor.local",
        "meja1",
        "rahasia",
    )
    assert again.use_on_start.isChecked()


def test_a_saved_connection_not_ticked_for_start_changes_nothing(tmp_path: Path) -> None:
    save(SavedServer(ServerConnection("192.168.1.10"), use_on_start=False))
    assert (
        startup_target(None, "lokal.sqlite", ask=lambda c: pytest.fail("asked")) == "lokal.sqlite"
    )
