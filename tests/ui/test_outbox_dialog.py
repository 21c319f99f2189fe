"""The outbox in the window (issue 21): File > Kotak keluar surel, sending in a worker
against a real SMTP server on 127.0.0.1, a refused address shown with its reason, a
resend by hand, and the server settings with the password kept out of the database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from outbox_server import Mailbox, SmtpServer
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from screenshot_files import save_png
from sqlmodel import select

from rakor_desktop.domain.models import Office, Organization
from rakor_desktop.services.outbox.queue import queue_message
from rakor_desktop.ui.context import AppContext, AppSettings
from rakor_desktop.ui.outbox.dialog import MailSettingsDialog, OutboxDialog
from rakor_desktop.ui.workers import ImmediateExecutor

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)
OPDS = [("Dinas Kesehatan", "dinkes"), ("Dinas Pendidikan dan Kebudayaan", "disdikbud"),
        ("Sekretariat DPRD", "setwan"), ("Kecamatan Comal", "kecamatan.comal"),
        ("Badan Perencanaan Pembangunan Daerah", "bappeda")]  # fmt: skip


def _ctx(db, tmp_path: Path) -> AppContext:
    ctx = AppContext(db=db, settings=AppSettings(tmp_path / "rakor.ini"), executor=ImmediateExecutor(),
                     clock=lambda: NOW)  # fmt: skip
    ctx.reload_zone()
    return ctx


def test_send_refusal_resend_and_settings(qtbot, db, tmp_path, monkeypatch) -> None:
    box = Mailbox(refuse=("setwan",))
    server = SmtpServer(box).start()
    try:
        attachment = tmp_path / "Notulen - Rakor Desember 2026.pdf"
        attachment.write_bytes(b"%PDF-1.7 notulen")
        with db.session(write=True) as s:
            for name, slug in OPDS:
                o = Organization(name=name, email=f"{slug}@pemalangkab.go.id")
                s.add(o)
                s.flush()
                queue_message(s, to=o.email, subject="Notulen dan Tindak Lanjut: Rakor Penyelenggaraan Pemerintahan Daerah Desember 2026",
                              body="Yth.", attachments=[attachment], organization_id=o.id, now=NOW)  # fmt: skip
        ctx = _ctx(db, tmp_path)
        stored: dict[str, str] = {}
        monkeypatch.setattr("rakor_desktop.services.outbox.settings.remember_password",
                            lambda settings, pw, backend=None: stored.setdefault(settings.account, pw) == pw)  # fmt: skip
        settings = MailSettingsDialog(ctx)
        qtbot.addWidget(settings)
        settings.host.setText("127.0.0.1")
        settings.port.setValue(server.port)
        settings.tls.setCurrentIndex(settings.tls.findData("none"))
        settings.sender_edit.setText("bukan alamat")
        assert not settings.save() and "tidak valid" in settings.error.text()
        settings.sender_edit.setText("rakor@pemalangkab.go.id")
        settings.user.setText("")
        settings.password.setText("rahasia-tidak-dipakai")
        assert settings.save()
        with db.session() as s:
            assert "rahasia" not in s.exec(select(Office)).one().extra  # never in the database
        dialog = OutboxDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "5 antre" in dialog.summary.text()
        QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert "4 terkirim, 1 gagal." in dialog.message.text()
        assert "4 terkirim · 1 gagal" in dialog.summary.text().replace("0 antre · ", "")
        failed = next(i for i, r in enumerate(dialog.model.rows) if r.status == "gagal")
        reason = dialog.model.index(failed, 5).data()
        assert "setwan@pemalangkab.go.id" in reason and "550" in reason
        assert len(box.unique) == 4
        dialog.resize(1180, 420)
        save_png(dialog, "kotak-keluar", tmp_path)
        # The address fixed at the server's end; resent by hand, same Message-ID.
        box.refuse = ()
        dialog.table.selectRow(failed)
        QTest.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rows[failed].status == "antre"
        QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rows[failed].status == "terkirim" and len(box.unique) == 5
    finally:
        server.stop()


def test_pengaturan_opens_the_mail_server_settings(qtbot, db, tmp_path) -> None:
    from rakor_desktop.services.outbox import settings as mail
    from rakor_desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(_ctx(db, tmp_path))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.mail_button.text() == "Server surel (SMTP)…"
    QTest.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(MailSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.host.setText("smtp.pemalangkab.go.id")
    dialog.tls.setCurrentIndex(dialog.tls.findData("ssl"))
    dialog.port.setValue(465)
    dialog.sender_edit.setText("rakor@pemalangkab.go.id")
    assert dialog.save()
    with db.session() as s:
        saved = mail.load(s)
    assert (saved.host, saved.port, saved.tls) == ("smtp.pemalangkab.go.id", 465, "ssl")
