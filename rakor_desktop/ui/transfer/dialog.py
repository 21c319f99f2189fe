"""Pengaturan > Server basis data: connect a station to the office's PostgreSQL server.

One small dialog does the whole move from a laptop to the office server:

1. type where the server is (address, port, database, user) and the password;
2. "Uji sambungan" connects once and says what it found, in one sentence;
3. "Salin basis data ini ke server" copies the open SQLite database into the server
   by uuid (a worker with progress and a cancel button; all or nothing);
4. "Simpan" remembers the connection (never the password in plain settings: the
   password goes to the platform keyring when there is one, else it is asked for at
   start-up) and, when ticked, opens the server at the next start.

A station already running on the server gets "Salin server ke berkas arsip…"
instead, for the yearly archive file. Every database call goes through
``db.connection_settings`` and ``services.server_copy``; no SQL here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.db import open_database
from rakor_desktop.db.connection_settings import (
    DEFAULT_PORT,
    ConnectionCheck,
    PasswordStore,
    SavedServer,
    ServerConnection,
    check_connection,
    load_saved,
    save,
)
from rakor_desktop.services.transfer.server_copy import CopyReport, copy_database
from rakor_desktop.ui import theme
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.widgets import label
from rakor_desktop.ui.workers import Job, Worker

log = logging.getLogger(__name__)


def _copy(job: Job, current, url: str | None, archive: Path | None) -> CopyReport:
    """Worker body: the open database into the server (``url``) or into ``archive``.

    The other side is opened here and closed again; the copy is one transaction on it.
    """
    other = open_database(url if archive is None else archive)  # type: ignore[arg-type]
    try:
        return copy_database(current, other, progress=job.progress, check=job.check)
    finally:
        other.dispose()


class ServerDialog(QDialog):
    """The connection form with test, copy and save; results shown in the status line."""

    FIELDS = ("host", "port", "database", "user")

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        store: PasswordStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store or PasswordStore()
        self.worker: Worker | None = None
        self.last_check: ConnectionCheck | None = None
        self.last_report: CopyReport | None = None
        self.setWindowTitle(self.tr("Server basis data"))
        self.setMinimumWidth(520)
        root = QVBoxLayout(self)
        root.setSpacing(10)
        root.addWidget(
            label(
                self.tr(
                    "Beberapa meja registrasi di jaringan kantor memakai satu server PostgreSQL. "
                    "Isi alamat server dari pengelola jaringan, uji sambungannya, lalu salin basis data "
                    "laptop ini ke server."
                ),
                "muted",
                wrap=True,
            )
        )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.host = QLineEdit()
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText("192.168.1.10")
        self.port = QSpinBox()
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(120)
        self.database = QLineEdit("rakor")
        self.database.setObjectName("server_database")
        self.user = QLineEdit("rakor")
        self.user.setObjectName("server_user")
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors: dict[str, QLabel] = {}
        for name, caption, widget in (
            ("host", self.tr("Alamat server"), self.host),
            ("port", self.tr("Port"), self.port),
            ("database", self.tr("Nama basis data"), self.database),
            ("user", self.tr("Nama pengguna"), self.user),
            ("password", self.tr("Kata sandi"), self.password),
        ):
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(widget)
            if name != "password":
                error = label("", "field-error", wrap=True)
                error.hide()
                self.errors[name] = error
                cell.addWidget(error)
            form.addRow(caption, cell)
        root.addLayout(form)

        self.remember = QCheckBox(self.tr("Simpan kata sandi di brankas kata sandi sistem"))
        self.remember.setObjectName("server_remember")
        if self.store.available:
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("Brankas kata sandi sistem tidak tersedia di komputer ini.")
            )
        root.addWidget(self.remember)
        self.keyring_note = label(
            ""
            if self.store.available
            else self.tr(
                "Komputer ini tidak punya brankas kata sandi: kata sandi tidak disimpan dan "
                "ditanyakan setiap kali aplikasi dibuka."
            ),
            "faint",
            wrap=True,
        )
        self.keyring_note.setVisible(not self.store.available)
        root.addWidget(self.keyring_note)
        self.use_on_start = QCheckBox(self.tr("Buka server ini setiap kali aplikasi dibuka"))
        self.use_on_start.setObjectName("server_use_on_start")
        root.addWidget(self.use_on_start)

        self.status = label("", "muted", wrap=True)
        self.status.setObjectName("server_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("server_progress")
        self.progress.hide()
        root.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Uji sambungan"))
        self.test_button.setObjectName("server_test")
        self.test_button.clicked.connect(self.test_connection)
        buttons.addWidget(self.test_button)
        on_server = not ctx.db.is_sqlite
        self.copy_button = QPushButton(
            self.tr("Salin server ke berkas arsip…")
            if on_server
            else self.tr("Salin basis data ini ke server")
        )
        self.copy_button.setObjectName("server_copy")
        self.copy_button.clicked.connect(self.copy_to_archive if on_server else self.copy_to_server)
        buttons.addWidget(self.copy_button)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setObjectName("server_cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("server_save")
        self.save_button.setProperty("variant", "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        root.addLayout(buttons)
        self.load()

    # -- form ---------------------------------------------------------------------------
    def load(self) -> None:
        saved = load_saved()
        if saved is None:
            return
        c = saved.connection
        self.host.setText(c.host)
        self.port.setValue(c.port)
        self.database.setText(c.database)
        self.user.setText(c.user)
        self.use_on_start.setChecked(saved.use_on_start)
        stored = self.store.get(c)
        if stored:
            self.password.setText(stored)

    def connection(self) -> ServerConnection:
        return ServerConnection(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _validated(self) -> ServerConnection | None:
        conn = self.connection()
        problems = conn.problems()
        for name, error in self.errors.items():
            reason = problems.get(name, "")
            error.setText(reason)
            error.setVisible(bool(reason))
        if problems:
            self._set_status(self.tr("Periksa isian yang ditandai merah."), "error")
            return None
        return conn

    def url(self) -> str | None:
        conn = self._validated()
        return conn.url(self.password.text()) if conn is not None else None

    def _set_status(self, text: str, kind: str = "muted") -> None:
        self.status.setText(text)
        color = {"error": theme.DANGER, "success": theme.SUCCESS}.get(kind, theme.TEXT_MUTED)
        self.status.setStyleSheet(f"color: {color};")
        self.status.setProperty("kind", kind)

    # -- actions ------------------------------------------------------------------------
    def test_connection(self) -> ConnectionCheck | None:
        url = self.url()
        if url is None:
            return None
        self._set_status(self.tr("Menghubungi server…"))
        result = check_connection(url)  # a few seconds at most (connect_timeout)
        self.last_check = result
        self._set_status(result.message, "success" if result.ok else "error")
        return result

    def save(self) -> bool:
        conn = self._validated()
        if conn is None:
            return False
        path = save(SavedServer(conn, self.use_on_start.isChecked()))
        log.info("server connection saved to %s", path)
        kept = False
        if self.remember.isChecked() and self.password.text():
            kept = self.store.set(conn, self.password.text())
        elif not self.remember.isChecked():
            self.store.delete(conn)
        parts = [self.tr("Sambungan server tersimpan.")]
        if self.password.text():
            parts.append(self.tr("Kata sandi disimpan di brankas kata sandi sistem.") if kept
                         else self.tr("Kata sandi tidak disimpan; akan ditanyakan saat aplikasi dibuka."))  # fmt: skip
        if self.use_on_start.isChecked():
            parts.append(self.tr("Server dipakai setelah aplikasi dibuka ulang."))
        self._set_status(" ".join(parts), "success")
        return True

    def copy_to_server(self) -> None:
        url = self.url()
        if url is not None:
            self._start_copy(url, None)

    def copy_to_archive(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan arsip basis data"), str(Path.home() / "arsip-rakor.sqlite"),
            self.tr("Basis data Rakor (*.sqlite)"),
        )  # fmt: skip
        if path:
            self.copy_server_to(Path(path))

    def copy_server_to(self, archive: Path) -> None:
        """Copy the open server database into ``archive`` (a new or existing .sqlite)."""
        self._start_copy(None, archive)

    def _start_copy(self, url: str | None, archive: Path | None) -> None:
        self.last_report = None
        worker = Worker(_copy, self.ctx.db, url, archive)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._copied)
        worker.failed.connect(lambda msg: self._set_status(msg, "error"))
        worker.cancelled.connect(
            lambda: self._set_status(self.tr("Penyalinan dibatalkan; tidak ada yang diubah."))
        )
        worker.done.connect(self._copy_done)
        self.worker = worker
        for b in (self.copy_button, self.test_button, self.save_button):
            b.setEnabled(False)
        self.cancel_button.show()
        self.progress.setValue(0)
        self.progress.show()
        self._set_status(self.tr("Menyalin… jangan matikan komputer."))
        self.ctx.run(worker)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _copied(self, report: CopyReport) -> None:
        self.last_report = report
        text = self.tr("Selesai: {0} baris dibaca, {1} baru, {2} sudah ada.").format(
            report.total_read(), report.total_inserted(),
            report.total_read() - report.total_inserted(),
        )  # fmt: skip
        if report.all_rejected or report.repaired:
            text += " " + self.tr("{0} ditolak, {1} diperbaiki; rinciannya di berkas log.").format(
                len(report.all_rejected), len(report.repaired)
            )
        for line in report.summary_lines():
            log.info("%s", line)
        self._set_status(text, "success")

    def _copy_done(self) -> None:
        for b in (self.copy_button, self.test_button, self.save_button):
            b.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()
        self.worker = None

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
