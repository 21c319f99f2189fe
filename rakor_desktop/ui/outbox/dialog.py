"""Kotak keluar: every message with its delivery state, sending in a worker, resend by hand.

The list is a model over ``list_outbox``; "Kirim sekarang" runs ``send_due`` in a
worker with progress (a slow or dead server never freezes the window), "Kirim ulang"
puts the selected messages back in the queue under their own Message-ID. The server
is set in "Server surel…" (the password goes to the keyring, never the database).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.messages import render
from rakor_desktop.services.outbox.queue import FAILED, QUEUED, SENDING, SENT, OutboxRow
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.models import Column, RowTableModel
from rakor_desktop.ui.widgets import fit_to_screen, label, style_table
from rakor_desktop.ui.workers import Worker

CONTEXT = "Outbox"
HEADERS = (
    QT_TRANSLATE_NOOP("Outbox", "Kepada"),
    QT_TRANSLATE_NOOP("Outbox", "OPD"),
    QT_TRANSLATE_NOOP("Outbox", "Perihal"),
    QT_TRANSLATE_NOOP("Outbox", "Status"),
    QT_TRANSLATE_NOOP("Outbox", "Percobaan"),
    QT_TRANSLATE_NOOP("Outbox", "Keterangan"),
)
STATUS = {
    QUEUED: (QT_TRANSLATE_NOOP("Outbox", "Antre"), "#4B5563", "#F3F4F6"),
    SENDING: (QT_TRANSLATE_NOOP("Outbox", "Sedang dikirim"), "#92400E", "#FEF3C7"),
    SENT: (QT_TRANSLATE_NOOP("Outbox", "Terkirim"), "#1E7B34", "#E7F5EA"),
    FAILED: (QT_TRANSLATE_NOOP("Outbox", "Gagal"), "#B42318", "#FDECEA"),
}


def _status(row: OutboxRow) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS.get(row.status, (row.status, "", ""))[0])


COLUMNS = (
    Column(HEADERS[0], lambda r: r.to, CONTEXT),
    Column(HEADERS[1], lambda r: r.opd, CONTEXT),
    Column(HEADERS[2], lambda r: r.subject, CONTEXT),
    Column(HEADERS[3], _status, CONTEXT, foreground=lambda r: STATUS.get(r.status, ("", None))[1],
           background=lambda r: STATUS.get(r.status, ("", None, None))[2]),
    Column(HEADERS[4], lambda r: str(r.attempts), CONTEXT,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column(HEADERS[5], lambda r: render(r.last_error), CONTEXT),
)  # fmt: skip


class MailSettingsDialog(QDialog):
    """Host, port, security, sender, user and password (to the keyring)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        from rakor_desktop.services.outbox import settings as mail

        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Server surel (SMTP)"))
        with ctx.db.session() as s:
            current = mail.load(s)
        form = QFormLayout(self)
        self.host = QLineEdit(current.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.tls = QComboBox()
        for key in mail.TLS_MODES:
            self.tls.addItem(key, key)
        self.tls.setCurrentIndex(max(self.tls.findData(current.tls), 0))
        self.sender_edit = QLineEdit(current.sender)
        self.user = QLineEdit(current.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kosongkan bila tidak diubah"))
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Keamanan"), self.tls)
        form.addRow(self.tr("Alamat pengirim"), self.sender_edit)
        form.addRow(self.tr("Nama pengguna"), self.user)
        form.addRow(self.tr("Kata sandi"), self.password)
        self.error = label("", "error", wrap=True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> bool:
        from rakor_desktop.services.outbox import settings as mail

        try:
            with self.ctx.db.session(write=True) as s:
                saved = mail.save(s, self.host.text(), self.port.value(), self.user.text(),
                                  self.tls.currentData(), self.sender_edit.text())  # fmt: skip
        except mail.MailSettingsError as exc:
            self.error.setText(render(exc.args[0]))
            return False
        if self.password.text() and not mail.remember_password(saved, self.password.text()):
            self.error.setText(
                self.tr("Tidak ada keyring di sistem ini: kata sandi tidak dapat disimpan.")
            )
            return False
        self.accept()
        return True


class OutboxDialog(QDialog):
    sent = Signal(object)  # SendRun

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Kotak keluar surel"))
        lay = QVBoxLayout(self)
        self.summary = label("", "muted", wrap=True)
        lay.addWidget(self.summary)
        self.model = RowTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for col, width in enumerate((220, 220, 300, 110, 80, 260)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # The reason is what the secretary acts on: wrapped whole, never cut.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        lay.addWidget(self.table, 1)
        self.message = label("", "muted", wrap=True)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.settings_button = QPushButton(self.tr("Server surel…"))
        self.settings_button.clicked.connect(self.edit_settings)
        row.addWidget(self.settings_button)
        self.resend_button = QPushButton(self.tr("Kirim ulang yang dipilih"))
        self.resend_button.clicked.connect(self.resend_selected)
        row.addWidget(self.resend_button)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        row.addWidget(self.progress)
        row.addStretch(1)
        self.send_button = QPushButton(self.tr("Kirim sekarang"))
        self.send_button.setProperty("variant", "primary")
        self.send_button.clicked.connect(self.send_now)
        row.addWidget(self.send_button)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        lay.addLayout(row)
        fit_to_screen(self, 1180, 560)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped reasons take the height the new width needs, no more."""
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def refresh(self) -> None:
        from rakor_desktop.services.outbox.queue import list_outbox

        with self.ctx.db.session() as s:
            rows = list_outbox(s)
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        counts = {k: sum(1 for r in rows if r.status == k) for k in STATUS}
        self.summary.setText(
            self.tr("%1 antre · %2 terkirim · %3 gagal")
            .replace("%1", str(counts[QUEUED] + counts[SENDING]))
            .replace("%2", str(counts[SENT]))
            .replace("%3", str(counts[FAILED]))
        )

    def edit_settings(self) -> MailSettingsDialog:
        dialog = MailSettingsDialog(self.ctx, self)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def resend_selected(self) -> None:
        from rakor_desktop.services.outbox.queue import resend

        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        with self.ctx.db.session(write=True) as s:
            for r in rows:
                resend(s, self.model.rows[r].id, now=self.ctx.clock())
        self.refresh()

    def send_now(self) -> Worker:
        from rakor_desktop.services.outbox import settings as mail
        from rakor_desktop.services.outbox.send import send_due

        db, clock = self.ctx.db, self.ctx.clock
        with db.session() as s:
            settings = mail.load(s)

        def work(job):
            # The keyring may be a D-Bus round trip (or a locked wallet): not on the GUI thread.
            secret = mail.password(settings)
            return send_due(db, settings, secret, clock=clock, progress=job.progress,
                            cancelled=lambda: job.cancelled)  # fmt: skip

        worker = Worker(work)
        self.worker = worker
        self.send_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        worker.progress.connect(self._progress)
        worker.finished.connect(self._sent)
        worker.failed.connect(self.message.setText)
        worker.done.connect(self._idle)
        self.ctx.run(worker)
        return worker

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.progress.hide()
        self.send_button.setEnabled(True)
        self.refresh()

    def _sent(self, run) -> None:
        text = (
            self.tr("%1 terkirim, %2 gagal.")
            .replace("%1", str(run.sent))
            .replace("%2", str(run.failed))
        )
        if run.stopped:
            text += " " + render(run.stopped)
        self.message.setText(text)
        self.sent.emit(run)
