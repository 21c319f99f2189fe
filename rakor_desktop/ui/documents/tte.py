"""TTE from the window: "Kirim ke TTE…" and "Lampirkan PDF bertanda tangan…" (issue 19).

The rules are ``services/signing/tte.py``'s (the CLI's ``tte export|attach``); here
a file is chosen and the answer said. Both are in the "Cetak" menu of a meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext

Chooser = Callable[..., tuple[str, str]]
Notify = Callable[[bool, str], None]


def _notify(parent: QWidget | None) -> Notify:
    def show(ok: bool, text: str) -> None:
        title = QCoreApplication.translate("DocumentTte", "Notulen untuk TTE")
        (QMessageBox.information if ok else QMessageBox.warning)(parent, title, text)

    return show


def send_to_tte(
    ctx: AppContext,
    meeting_id: int,
    parent: QWidget | None,
    *,
    choose: Chooser | None = None,
    notify: Notify | None = None,
) -> Path | None:
    """Save the frozen final exactly as it is, for the certified signer."""
    from rakor_desktop.documents.layout import write_output
    from rakor_desktop.services.signing import tte
    from rakor_desktop.services.signing.identity import SigningError

    say = notify or _notify(parent)
    try:
        with ctx.db.session() as s:
            data, number = tte.final_for_tte(s, meeting_id)
    except SigningError as exc:
        say(False, str(exc))
        return None
    path, _ = (choose or QFileDialog.getSaveFileName)(
        parent, QCoreApplication.translate("DocumentTte", "Simpan notulen final untuk TTE"), f"notulen-final-revisi-{number}.pdf",
        QCoreApplication.translate("DocumentTte", "Dokumen PDF (*.pdf)"),
    )  # fmt: skip
    if not path:
        return None
    try:
        write_output(data, Path(path))
    except OSError as exc:
        say(
            False,
            QCoreApplication.translate("DocumentTte", "Berkas tidak dapat ditulis: %1").replace(
                "%1", exc.strerror or str(exc)
            ),
        )
        return None
    say(True, QCoreApplication.translate("DocumentTte", "Notulen final revisi %1 tersimpan. Kirim berkas ini apa adanya untuk "
                  "ditandatangani (BSrE/SRIKANDI), lalu lampirkan hasilnya.").replace("%1", str(number)))  # fmt: skip
    return Path(path)


def attach_from_tte(
    ctx: AppContext,
    meeting_id: int,
    parent: QWidget | None,
    *,
    choose: Chooser | None = None,
    notify: Notify | None = None,
) -> bool:
    """Take the signed file back when it is valid and signs exactly our final."""
    from rakor_desktop.services.signing import tte
    from rakor_desktop.services.signing.identity import SigningError
    from rakor_desktop.services.signing.pdf import read_limited

    say = notify or _notify(parent)
    path, _ = (choose or QFileDialog.getOpenFileName)(
        parent,
        QCoreApplication.translate("DocumentTte", "Pilih PDF bertanda tangan TTE"),
        "",
        QCoreApplication.translate("DocumentTte", "Dokumen PDF (*.pdf)"),
    )
    if not path:
        return False
    try:
        data = read_limited(Path(path))
        with ctx.db.session(write=True) as s:
            copy = tte.attach(s, meeting_id, data, now=ctx.now())
    except (SigningError, OSError) as exc:
        say(False, str(exc))
        return False
    say(True, QCoreApplication.translate("DocumentTte", "Salinan resmi bertanda tangan %1 untuk revisi %2 dilampirkan.")
        .replace("%1", copy.signer or "?").replace("%2", str(copy.revision)))  # fmt: skip
    return True
