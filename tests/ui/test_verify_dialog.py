"""Periksa PDF for another office's signed Notulen: the app installed, the sender's
database absent, only the certificate it shared (issue 19)."""

from __future__ import annotations

from datetime import UTC, datetime

from document_db import build_meeting
from meeting_data import make_ctx

from rakor_desktop.db import open_database
from rakor_desktop.services.minutes import finalize as fin
from rakor_desktop.services.minutes.assemble import prepare_document
from rakor_desktop.services.signing.identity import create_identity
from rakor_desktop.services.signing.pdf import sign_pdf
from rakor_desktop.ui.documents.verify import VerifyDialog

NOW = datetime(2025, 8, 25, 9, tzinfo=UTC)


def test_another_offices_signed_notulen_with_its_certificate(qtbot, db, tmp_path) -> None:
    sender = open_database(tmp_path / "kabupaten-lain.sqlite")
    try:
        with sender.session(write=True) as s:
            built = build_meeting(s)
        with sender.session(write=True) as s:
            fin.finalize_meeting(s, built.meeting_id, now=NOW)
        with sender.session() as s:
            pdf = prepare_document(s, built.meeting_id, "minutes").render()
    finally:
        sender.dispose()
    office = create_identity(tmp_path / "lain.p12", "rahasia-lain-123",
                             office="KABUPATEN LAIN", unit="SETDA LAIN", now=NOW)  # fmt: skip
    signed = tmp_path / "notulen-kabupaten-lain.pdf"
    signed.write_bytes(sign_pdf(pdf, office, reason="final", location="Lain", now=NOW))
    cert = tmp_path / "lain.pem"
    cert.write_bytes(office.certificate_pem())

    dialog = VerifyDialog(make_ctx(db, tmp_path))  # this office's database: not the sender's
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.verified) as first:
        dialog.verify_file(signed)
    assert not first.args[0].ok and "tidak terdaftar" in dialog.message.text()
    with qtbot.waitSignal(dialog.verified) as second:
        dialog.use_certificate(cert)
    assert second.args[0].ok, dialog.message.text()
    assert "SETDA LAIN" in dialog.message.text() and dialog.cert_label.text() == "lain.pem"


def test_saving_the_final_from_the_window_signs_it(qtbot, db, tmp_path) -> None:
    """Simpan sebagai PDF of a final Notulen asks the passphrase and writes it signed;
    Batal writes nothing; the signed copy verifies (issue 19)."""
    import pytest
    from meeting_data import Clock, wib

    from rakor_desktop.services.minutes.verify import verify_pdf
    from rakor_desktop.services.signing.identity import identity_path
    from rakor_desktop.ui.documents.preview import DocumentPreviewDialog, SaveCancelled

    with db.session(write=True) as s:
        built = build_meeting(s)
    with db.session(write=True) as s:
        fin.finalize_meeting(s, built.meeting_id, now=NOW)
    from document_db import DAY

    # Made that morning, before the meeting (the window's clock reads 13.00 WIB).
    create_identity(identity_path(), "rahasia-kantor-123", office="KAB", unit="SETDA",
                    now=wib(DAY, 7))  # fmt: skip

    ctx = make_ctx(db, tmp_path, Clock(wib(DAY, 13)))
    dialog = DocumentPreviewDialog(ctx, built.meeting_id, "minutes")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.generate()
    dialog.ask_passphrase = lambda *a, **k: ("", False)  # Batal
    with pytest.raises(SaveCancelled):
        dialog.preview.save_to(tmp_path / "batal.pdf")
    assert not (tmp_path / "batal.pdf").exists()
    warnings: list[str] = []
    dialog.warn = lambda _parent, _title, text: warnings.append(text)
    dialog.ask_passphrase = lambda *a, **k: ("salah-sekali-123", True)
    with pytest.raises(SaveCancelled):
        dialog.preview.save_to(tmp_path / "salah.pdf")
    assert warnings and "salah" in warnings[0] and not (tmp_path / "salah.pdf").exists()
    dialog.ask_passphrase = lambda *a, **k: ("rahasia-kantor-123", True)
    saved = dialog.preview.save_to(tmp_path / "notulen-final.pdf")
    with db.session() as s:
        verdict = verify_pdf(s, saved, now=NOW)
    assert verdict.ok and verdict.signed and verdict.signer == "SETDA", verdict.message


def test_finalizing_in_the_window_signs_and_keeps_the_final(qtbot, db, tmp_path) -> None:
    """The window's Finalkan signs right away (passphrase asked once); the kept signed
    file is what the preview then shows and saves (issue 19: PAdES on finalize)."""
    from document_db import DAY
    from meeting_data import Clock, wib
    from PySide6.QtWidgets import QMessageBox

    from rakor_desktop.services.minutes.verify import verify_pdf
    from rakor_desktop.services.signing.identity import identity_path
    from rakor_desktop.ui.documents.actions import finalize_with_confirmation
    from rakor_desktop.ui.documents.preview import DocumentPreviewDialog

    with db.session(write=True) as s:
        built = build_meeting(s)
    create_identity(identity_path(), "rahasia-kantor-123", office="KAB", unit="SETDA",
                    now=wib(DAY, 7))  # fmt: skip
    ctx = make_ctx(db, tmp_path, Clock(wib(DAY, 13)))
    asked: list[str] = []

    def passphrase(*_a, **_k):
        asked.append("kata sandi")
        return "rahasia-kantor-123", True

    result = finalize_with_confirmation(
        ctx, built.meeting_id, None, ask=lambda *a: QMessageBox.StandardButton.Yes,
        notify=lambda ok, text: None, ask_passphrase=passphrase,
    )  # fmt: skip
    assert result is not None and asked == ["kata sandi"]
    dialog = DocumentPreviewDialog(ctx, built.meeting_id, "minutes")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.generate()
    dialog.ask_passphrase = lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked again"))
    saved = dialog.preview.save_to(tmp_path / "final.pdf")
    with db.session() as s:
        verdict = verify_pdf(s, saved, now=wib(DAY, 14))
    assert verdict.ok and verdict.signed, verdict.message
