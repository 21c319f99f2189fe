"""The "Cetak" menu other pages attach to a meeting: documents, and finalizing the Notulen.

The meetings page only needs ``print_button(ctx, selected_meeting_id, parent)``: a
button whose menu opens the preview of each document for the meeting selected at
the moment the menu is used, and finalizes the Notulen (or issues an amended
revision, with its reason) after a confirmation that says what finalizing means.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QPushButton, QWidget

from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.icons import icon

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

#: (kind, blank, label) in menu order.
ENTRIES: tuple[tuple[str, bool, str], ...] = (
    ("minutes", False, QT_TRANSLATE_NOOP("DocumentActions", "Cetak notulen…")),
    ("attendance", False, QT_TRANSLATE_NOOP("DocumentActions", "Cetak daftar hadir…")),
    ("attendance", True, QT_TRANSLATE_NOOP("DocumentActions", "Cetak daftar hadir kosong…")),
    ("invitation", False, QT_TRANSLATE_NOOP("DocumentActions", "Cetak undangan…")),
    ("followups", False, QT_TRANSLATE_NOOP("DocumentActions", "Cetak matriks tindak lanjut…")),
    ("monev", False, QT_TRANSLATE_NOOP("DocumentActions", "Cetak matriks monev capaian kinerja…")),
)


def document_menu(
    ctx: AppContext,
    meeting_id: Callable[[], int | None],
    parent: QWidget,
    after_finalize: Callable[[], None] | None = None,
) -> QMenu:
    """The menu; each entry reads the selected meeting when it is triggered.

    ``after_finalize`` lets the page that hosts the menu reload (status "Final", lock).
    """
    from rakor_desktop.ui.documents.preview import open_document_preview

    menu = QMenu(parent)
    menu.setObjectName("DocumentMenu")
    for kind, blank, text in ENTRIES:
        action = menu.addAction(QCoreApplication.translate("DocumentActions", text))
        # Identified by data, not objectName: named QActions are the shortcut table's.
        action.setData(f"print_{kind}{'_blank' if blank else ''}")

        def trigger(_checked: bool = False, kind: str = kind, blank: bool = blank) -> None:
            mid = meeting_id()
            if mid is not None:
                open_document_preview(ctx, mid, kind, parent, blank=blank)

        action.triggered.connect(trigger)
    menu.addSeparator()
    final = menu.addAction(
        icon("shield-check"), QCoreApplication.translate("DocumentActions", "Finalkan notulen…")
    )
    final.setData("finalize_minutes")

    def finalize_selected(_checked: bool = False) -> None:
        mid = meeting_id()
        if mid is None or finalize_with_confirmation(ctx, mid, parent) is None:
            return
        if after_finalize is not None:
            after_finalize()
        # The minutes leave the room the same hour: the packets start at once (issue 21).
        from rakor_desktop.ui.packets.dialog import open_packets

        open_packets(ctx, mid, parent.window(), start=True)

    final.triggered.connect(finalize_selected)
    # A certified signature (BSrE through SRIKANDI) is made outside the app.
    from rakor_desktop.ui.documents.tte import attach_from_tte, send_to_tte

    for text, data, fn in (
        (QT_TRANSLATE_NOOP("DocumentActions", "Kirim ke TTE…"), "tte_send", send_to_tte),
        (
            QT_TRANSLATE_NOOP("DocumentActions", "Lampirkan PDF bertanda tangan…"),
            "tte_attach",
            attach_from_tte,
        ),
    ):
        action = menu.addAction(QCoreApplication.translate("DocumentActions", text))
        action.setData(data)

        def run(_checked: bool = False, fn: Callable[..., Any] = fn) -> None:
            mid = meeting_id()
            if mid is not None:
                fn(ctx, mid, parent)

        action.triggered.connect(run)
    menu.addSeparator()
    packets = menu.addAction(
        icon("mail"), QCoreApplication.translate("DocumentActions", "Kirim paket ke OPD…")
    )
    packets.setData("send_packets")

    invitations = menu.addAction(
        icon("mail"), QCoreApplication.translate("DocumentActions", "Kirim undangan ke OPD…")
    )
    invitations.setData("send_invitations")

    def send(kind: str) -> None:
        from rakor_desktop.ui.packets.dialog import open_packets

        mid = meeting_id()
        if mid is not None:
            open_packets(ctx, mid, parent.window(), kind=kind)

    packets.triggered.connect(lambda _c=False: send("paket"))
    invitations.triggered.connect(lambda _c=False: send("undangan"))
    return menu


def print_button(
    ctx: AppContext,
    meeting_id: Callable[[], int | None],
    parent: QWidget,
    after_finalize: Callable[[], None] | None = None,
) -> QPushButton:
    """A "Cetak" button carrying :func:`document_menu`, for a page header."""
    button = QPushButton(
        icon("printer"), QCoreApplication.translate("DocumentActions", "Cetak"), parent
    )
    button.setObjectName("PrintDocumentsButton")
    button.setMenu(document_menu(ctx, meeting_id, button, after_finalize))
    button.setToolTip(
        QCoreApplication.translate(
            "DocumentActions",
            "Notulen, daftar hadir, undangan dan matriks tindak lanjut rapat terpilih",
        )
    )
    return button


def finalize_with_confirmation(
    ctx: AppContext,
    meeting_id: int,
    parent: QWidget | None,
    *,
    ask: Callable[..., Any] | None = None,
    reason_input: Callable[..., tuple[str, bool]] | None = None,
    notify: Callable[[bool, str], None] | None = None,
    ask_passphrase: Callable[..., tuple[str, bool]] | None = None,
) -> Any:
    """Finalize (or amend) after asking; returns the FinalizeResult or None.

    With an office signing identity the final is signed right away and kept (the
    passphrase is asked, or taken from the keyring); Batal leaves it unsigned until it
    is saved.

    ``ask``/``reason_input``/``notify`` default to the standard message boxes and are
    parameters so a test can answer them without a modal loop.
    """

    def show(ok: bool, text: str) -> None:
        if notify is not None:
            notify(ok, text)
        elif ok:
            QMessageBox.information(
                parent, QCoreApplication.translate("DocumentActions", "Notulen final"), text
            )
        else:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("DocumentActions", "Notulen belum dapat difinalkan"),
                text,
            )

    from rakor_desktop.domain.enums import MeetingStatus
    from rakor_desktop.services.meetings.close import get_meeting
    from rakor_desktop.services.minutes import finalize

    ask = ask or QMessageBox.question
    reason_input = reason_input or QInputDialog.getText
    with ctx.db.session() as s:
        m = get_meeting(s, meeting_id)
        title, status = m.title, m.status
    reason = ""
    if status == MeetingStatus.FINALIZED:
        reason, ok = reason_input(
            parent,
            QCoreApplication.translate("DocumentActions", "Amandemen notulen"),
            QCoreApplication.translate(
                "DocumentActions",
                "Notulen rapat ini sudah final. Tulis alasan perubahan; revisi baru akan "
                "dicetak dengan riwayat revisinya:",
            ),  # fmt: skip
        )
        if not ok or not reason.strip():
            return None
    else:
        answer = ask(
            parent,
            QCoreApplication.translate("DocumentActions", "Finalkan notulen"),
            QCoreApplication.translate(
                "DocumentActions",
                'Finalkan notulen "%1"? Isi rapat dikunci agar sama dengan yang '
                "ditandatangani, dan PDF notulen mendapat kode verifikasi. Perubahan "
                "sesudahnya hanya lewat amandemen dengan alasan.",
            ).replace("%1", title),  # fmt: skip
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        with ctx.db.session(write=True) as s:
            if reason:
                result = finalize.amend_and_finalize(s, meeting_id, reason)
            else:
                result = finalize.finalize_meeting(s, meeting_id)
    except ValueError as exc:
        show(False, str(exc))
        return None
    events = ctx.events
    if events is not None:
        events.data_changed.emit("meetings")
    from rakor_desktop.ui.documents.signing import sign_at_finalize

    sign_at_finalize(parent, ctx, meeting_id, ask=ask_passphrase)
    show(
        True,
        QCoreApplication.translate(
            "DocumentActions", "Notulen difinalkan sebagai revisi %1. Kode verifikasi: %2"
        )
        .replace("%1", str(result.revision))
        .replace("%2", result.code),
    )
    return result
