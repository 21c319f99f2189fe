"""Signing the final Notulen when it leaves the window (Simpan sebagai PDF).

The frozen final is shown as rendered; the copy written to disk carries the office's
PAdES signature when the office has a signing identity: the passphrase is asked then
(never stored), signing takes a few tens of milliseconds. A TTE copy attached from a
certified signer is written as it is. Without an identity the final is written
unsigned, as before (``verify`` checks it byte for byte).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext


def sign_for_output(
    parent: QWidget | None,
    ctx: AppContext,
    pdf: bytes,
    *,
    title: str,
    ask: Callable[..., tuple[str, bool]] | None = None,
    warn: Callable[..., object] | None = None,
) -> bytes | None:
    """The bytes to write: signed when possible; None when the person cancelled."""
    from rakor_desktop.services.signing.identity import SigningError, identity_path, load_identity
    from rakor_desktop.services.signing.pdf import has_signature, sign_pdf

    if has_signature(pdf) or not identity_path().exists():
        return pdf
    from rakor_desktop.services.signing.identity import remembered_passphrase

    kept = remembered_passphrase()  # kept in the platform keyring: nothing to ask
    ask = ask or QInputDialog.getText
    secret, ok = (
        (kept, True)
        if kept is not None
        else ask(
            parent,
            QCoreApplication.translate("DocumentSigning", "Tanda tangan elektronik"),
            QCoreApplication.translate(
                "DocumentSigning",
                "Kata sandi tanda tangan kantor (notulen final ditandatangani saat disimpan):",
            ),
            QLineEdit.EchoMode.Password,
        )
    )
    if not ok:
        return None
    try:
        from rakor_desktop.services.minutes.letterhead import office_data

        with ctx.db.session() as s:
            margin = office_data(s).margin_bottom_cm
        identity = load_identity(identity_path(), secret)
        return sign_pdf(pdf, identity, reason=f"Notulen final rapat {title}"[:200], location="",
                        now=ctx.now(), stamp_margin_cm=margin)  # fmt: skip
    except SigningError as exc:
        (warn or QMessageBox.warning)(
            parent,
            QCoreApplication.translate("DocumentSigning", "Tidak dapat ditandatangani"),
            str(exc),
        )
        return None


def sign_at_finalize(
    parent: QWidget | None,
    ctx: AppContext,
    meeting_id: int,
    *,
    ask: Callable[..., tuple[str, bool]] | None = None,
) -> bool:
    """Sign the new final once and keep it (every later copy is that file), as the CLI's
    ``finalize`` does. Nothing happens without an office identity."""
    from rakor_desktop.services.minutes.assemble import prepare_document
    from rakor_desktop.services.signing.identity import identity_path
    from rakor_desktop.services.signing.tte import keep_office_signed

    if not identity_path().exists():
        return False
    with ctx.db.session() as s:
        doc = prepare_document(s, meeting_id, "minutes")
    signed = sign_for_output(parent, ctx, doc.render(), title=doc.meeting.title, ask=ask)
    if signed is None:
        return False
    with ctx.db.session(write=True) as s:
        keep_office_signed(s, meeting_id, signed)
    return True
