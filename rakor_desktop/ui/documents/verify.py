"""Verifikasi PDF: is this file the finalized Notulen kept in this database?

An OPD or an inspector brings a PDF ("is this the real notulen?"). The dialog reads
the verification code printed in its footer, finds the frozen revision and checks the
signature or re-renders it for comparison (``services/minutes/verify.verify_any``),
in a worker because re-rendering a long Notulen takes a moment. Another office's
signed Notulen is checked against the certificate that office shared ("Sertifikat
pengirim…"), without its database. The answer is one
sentence in green or red that names the meeting and the revision, or says what
was changed. A file can be chosen or dropped onto the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.ui import theme
from rakor_desktop.ui.icons import pixmap
from rakor_desktop.ui.widgets import ElidedLabel
from rakor_desktop.ui.workers import Job, Worker

if TYPE_CHECKING:
    from rakor_desktop.ui.context import AppContext


def _verify(job: Job, db: Any, path: str, certs: list[str]) -> Any:
    from rakor_desktop.services.minutes.verify import verify_any
    from rakor_desktop.services.signing.pdf import load_certificates

    job.progress(0, 0)
    trusted = [c for cert in certs for c in load_certificates(Path(cert).read_bytes())]
    with db.session() as s:
        return verify_any(s, Path(path), trusted)


class VerifyDialog(QDialog):
    """Choose (or drop) a PDF; see whether it matches a finalized revision."""

    verified = Signal(object)  # VerifyResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: Any = None
        self.worker: Worker | None = None
        self.setObjectName("VerifyDialog")
        self.setAcceptDrops(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        self.intro = QLabel("")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.path_label = ElidedLabel("")
        self.path_label.setProperty("role", "muted")
        self.choose_button = QPushButton("")
        self.choose_button.setProperty("variant", "primary")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.path_label, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        # Another office's signed Notulen: checked against the certificate it shared.
        cert_row = QHBoxLayout()
        self.cert_label = ElidedLabel("")
        self.cert_label.setProperty("role", "muted")
        self.cert_button = QPushButton("")
        self.cert_button.setObjectName("choose-certificate")
        self.cert_button.clicked.connect(self.choose_certificate)
        cert_row.addWidget(self.cert_label, 1)
        cert_row.addWidget(self.cert_button)
        layout.addLayout(cert_row)
        self.certificates: list[str] = []
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        answer = QHBoxLayout()
        answer.setSpacing(10)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setObjectName("VerifyMessage")
        answer.addWidget(self.icon)
        answer.addWidget(self.message, 1)
        layout.addLayout(answer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verifikasi PDF notulen"))
        self.intro.setText(
            self.tr(
                "Periksa apakah sebuah berkas PDF sama dengan notulen final yang tersimpan di "
                "basis data ini. Kode verifikasi (RKR-…) tercetak di kaki setiap halaman "
                "notulen final. Pilih berkas atau seret ke jendela ini."
            )
        )
        self.choose_button.setText(self.tr("Pilih berkas PDF…"))
        self.cert_button.setText(self.tr("Sertifikat pengirim…"))
        if not self.certificates:
            self.cert_label.setText(
                self.tr("Notulen kantor lain: pilih sertifikat (.pem) yang dibagikannya.")
            )
        if not self.path_label.text():
            self.path_label.setText(self.tr("Belum ada berkas dipilih."))

    def choose_file(self) -> None:
        start = ""
        settings = self.ctx.settings
        if settings is not None:
            start = str(settings.value("files/last_dir") or "")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih PDF notulen"), start, self.tr("Dokumen PDF (*.pdf)")
        )
        if path:
            self.verify_file(path)

    def choose_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih sertifikat kantor pengirim"),
            "",
            self.tr("Sertifikat (*.pem *.crt *.cer)"),
        )
        if path:
            self.use_certificate(path)

    def use_certificate(self, path: str | Path) -> None:
        self.certificates.append(str(path))
        self.cert_label.setText(", ".join(Path(p).name for p in self.certificates))
        self.cert_label.setToolTip("\n".join(self.certificates))
        if self.path_label.text() and Path(self.path_label.text()).is_file():
            self.verify_file(self.path_label.text())

    def verify_file(self, path: str | Path) -> Worker:
        """Check ``path`` in a worker; the verdict arrives through :attr:`verified`."""
        self.outcome = None
        self.path_label.setText(str(path))
        self.message.setText(self.tr("Memeriksa…"))
        self.message.setStyleSheet("")
        self.icon.clear()
        self.progress.show()
        self.choose_button.setEnabled(False)
        worker = Worker(_verify, self.ctx.db, str(path), list(self.certificates))
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.ctx.run(worker)
        return worker

    def _finished(self, result: Any) -> None:
        self.outcome = result
        self._show(result.ok, result.message)
        self.verified.emit(result)

    def _failed(self, message: str) -> None:
        self._show(False, self.tr("Pemeriksaan gagal: %1").replace("%1", message))

    def _show(self, ok: bool, text: str) -> None:
        self.progress.hide()
        self.choose_button.setEnabled(True)
        color = theme.SUCCESS if ok else theme.DANGER
        self.icon.setPixmap(pixmap("shield-check" if ok else "alert", 28, color))
        self.message.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.message.setText(text)

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".pdf"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.verify_file(urls[0].toLocalFile())
