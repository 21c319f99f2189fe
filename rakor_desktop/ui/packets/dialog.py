"""Paket untuk OPD: one folder per OPD, built in a worker, shared or mailed from here.

Opened from Cetak > "Kirim paket ke OPD…" and right after the Notulen is finalized,
so the minutes leave the room the same hour. Building runs off the GUI thread with
progress and cancel (60 OPDs take about a second, a slow USB stick much longer);
the OPDs with an office address are queued in the outbox in the same transaction.
"Bagikan" is for offices that forward through chat: it opens the OPD's folder and
copies a short message naming the meeting and the files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
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
from rakor_desktop.ui.context import AppContext
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.models import Column, RowTableModel
from rakor_desktop.ui.outbox.dialog import CONTEXT as OUTBOX_CONTEXT
from rakor_desktop.ui.outbox.dialog import STATUS
from rakor_desktop.ui.shortcuts import main_sequence
from rakor_desktop.ui.widgets import fit_to_screen, label, style_table
from rakor_desktop.ui.workers import Worker

CONTEXT = "Packets"
FOLDER_KEY = "packets/folder"
HEADERS = (
    QT_TRANSLATE_NOOP("Packets", "OPD"),
    QT_TRANSLATE_NOOP("Packets", "Surel kantor"),
    QT_TRANSLATE_NOOP("Packets", "Tindak lanjut"),
    QT_TRANSLATE_NOOP("Packets", "Paket"),
    QT_TRANSLATE_NOOP("Packets", "Surel"),
)
# The outbox window's status names and colours, one table for both windows.
MAIL = STATUS
NO_ADDRESS = QT_TRANSLATE_NOOP("Packets", "belum ada (Peserta & OPD, F2)")
DAY_LABELS = (
    QT_TRANSLATE_NOOP("Packets", "Senin"),
    QT_TRANSLATE_NOOP("Packets", "Selasa"),
    QT_TRANSLATE_NOOP("Packets", "Rabu"),
    QT_TRANSLATE_NOOP("Packets", "Kamis"),
    QT_TRANSLATE_NOOP("Packets", "Jumat"),
    QT_TRANSLATE_NOOP("Packets", "Sabtu"),
    QT_TRANSLATE_NOOP("Packets", "Minggu"),
    QT_TRANSLATE_NOOP("Packets", "(mati)"),
)


@dataclass(frozen=True, slots=True)
class PacketRow:
    organization_id: int
    organization: str
    email: str
    followups: int
    files: int  # 0: not built in this folder yet
    mail: str  # outbox status of its latest packet message, "" if none
    message: str  # the chat text of the built packet, "" if none


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _status(mail: str) -> str:
    return QCoreApplication.translate(OUTBOX_CONTEXT, MAIL[mail][0]) if mail in MAIL else "—"


def _files(r: PacketRow) -> str:
    return _t("%1 berkas").replace("%1", str(r.files)) if r.files else _t("belum dibuat")


COLUMNS = (
    Column(HEADERS[0], lambda r: r.organization, CONTEXT, tooltip=lambda r: r.organization),
    Column(HEADERS[1], lambda r: r.email or _t(NO_ADDRESS), CONTEXT,
           foreground=lambda r: None if r.email else "#B42318"),
    Column(HEADERS[2], lambda r: str(r.followups), CONTEXT,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column(HEADERS[3], _files, CONTEXT),
    Column(HEADERS[4], lambda r: _status(r.mail), CONTEXT,
           foreground=lambda r: MAIL[r.mail][1] if r.mail in MAIL else None,
           background=lambda r: MAIL[r.mail][2] if r.mail in MAIL else None),
)  # fmt: skip


def default_root() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "Rakor Desktop" / "Paket OPD"


@dataclass(frozen=True, slots=True)
class Kind:
    """What the dialog builds: the minutes' packets after the meeting, the undangan
    before it, or the weekly reminder digests. Same folders, outbox and "Bagikan".

    Every callable takes the session first and the meeting id (None for reminders).
    """

    key: str  # the outbox kind
    title: str
    intro: str
    targets: Callable[..., list]  # (session, meeting_id, now) -> [PacketTarget]
    build: Callable[..., object]  # (session, meeting_id, folder, now=, progress=, cancelled=)
    queue: Callable[..., object]  # (session, run, now) -> Queued
    mail_status: Callable[..., dict[int, str]]  # (session, meeting_id, now)
    folder: Callable[..., Path]  # (session, meeting_id, now, root) -> default folder


TITLES = {
    "paket": (
        QT_TRANSLATE_NOOP("Packets", "Paket untuk OPD: %1"),
        QT_TRANSLATE_NOOP(
            "Packets",
            "Satu folder per OPD: notulen, matriks tindak lanjut OPD itu dan formulir "
            "progresnya. Salin ke flashdisk atau folder bersama, kirim lewat surel, "
            "atau bagikan lewat pesan.",
        ),
    ),
    "undangan": (
        QT_TRANSLATE_NOOP("Packets", "Undangan untuk OPD: %1"),
        QT_TRANSLATE_NOOP(
            "Packets",
            "Satu folder per OPD yang diundang: surat undangan, kartu QR presensi OPD itu "
            "saja, dan berkas kalender (.ics). Kirim lewat surel atau bagikan lewat pesan.",
        ),
    ),
    "pengingat": (
        QT_TRANSLATE_NOOP("Packets", "Pengingat tindak lanjut"),
        QT_TRANSLATE_NOOP(
            "Packets",
            "Satu folder per OPD yang punya tindak lanjut terlambat atau segera jatuh tempo: "
            "surat pengingat (PDF) dan formulir progresnya. Dibuat otomatis pada hari yang "
            "dipilih di bawah, atau sekarang dengan Buat pengingat.",
        ),
    ),
}


def _meeting_kind(key: str) -> Kind:
    from rakor_desktop.services.outbox.queue import (
        packet_mail_status,
        queue_invitations,
        queue_packets,
    )
    from rakor_desktop.services.packets.build import (
        build_packets,
        meeting_folder_name,
        packet_targets,
    )
    from rakor_desktop.services.packets.invitations import build_invitations, invitation_targets

    sub = {"paket": "Paket", "undangan": "Undangan"}[key]
    build, queue, targets = {
        "paket": (build_packets, queue_packets, packet_targets),
        "undangan": (build_invitations, queue_invitations, invitation_targets),
    }[key]
    return Kind(
        key,
        *TITLES[key],
        targets=lambda s, mid, now: targets(s, mid),
        build=build,
        queue=lambda s, run, now: queue(s, run, now=now),
        mail_status=lambda s, mid, now: packet_mail_status(s, mid, key),
        folder=lambda s, mid, now, root: root / meeting_folder_name(s, mid) / sub,
    )


def _reminder_kind(within_days: Callable[[], int]) -> Kind:
    from rakor_desktop.services.followups.query import office_today
    from rakor_desktop.services.office.settings import office_zone
    from rakor_desktop.services.packets.build import PacketTarget
    from rakor_desktop.services.reminders import schedule
    from rakor_desktop.services.reminders.digest import (
        build_digests,
        collect,
        queue_digests,
        reminder_mail_status,
    )

    def targets(s, _mid, now) -> list:
        return [PacketTarget(d.organization_id, d.organization, d.email, len(d.items))
                for d in collect(s, now=now, within_days=within_days())]  # fmt: skip

    def build(s, _mid, folder, **kw):
        return build_digests(s, folder, within_days=within_days(), **kw)

    def queue(s, run, now):
        queued = queue_digests(s, run, now=now)
        schedule.record_run(s, now=now)
        return queued

    def folder(s, _mid, now, root) -> Path:
        return root / "Pengingat" / f"{office_today(now, office_zone(s)):%Y-%m-%d}"

    return Kind("pengingat", *TITLES["pengingat"], targets=targets, build=build, queue=queue,
                mail_status=lambda s, _mid, now: reminder_mail_status(s, now=now),
                folder=folder)  # fmt: skip


class PacketsDialog(QDialog):
    built = Signal(object)  # PacketRun

    def __init__(
        self, ctx: AppContext, meeting_id: int | None, parent: QWidget | None = None,
        kind: str = "paket",
    ) -> None:  # fmt: skip
        from rakor_desktop.services.meetings.close import get_meeting

        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.days: QSpinBox | None = None
        self.kind = (
            _reminder_kind(lambda: self.days.value() if self.days is not None else 7)
            if kind == "pengingat"
            else _meeting_kind(kind)
        )
        self.worker: Worker | None = None
        # Replaced by tests: opening a file manager is the desktop's business.
        self.open_folder: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(p))
        )
        root = ctx.settings.value(FOLDER_KEY) if ctx.settings is not None else None
        with ctx.db.session() as s:
            title = get_meeting(s, meeting_id).title if meeting_id is not None else ""
            folder = self.kind.folder(s, meeting_id, ctx.clock(), Path(str(root or default_root())))
        self.setWindowTitle(_t(self.kind.title).replace("%1", title))
        lay = QVBoxLayout(self)
        lay.addWidget(label(_t(self.kind.intro), "muted", wrap=True))
        if self.kind.key == "pengingat":
            lay.addLayout(self._schedule_row())
        where = QHBoxLayout()
        self.folder = QLineEdit(str(folder))
        self.folder.setToolTip(self.tr("Folder tujuan paket rapat ini"))
        where.addWidget(label(self.tr("Folder"), "muted"))
        where.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        where.addWidget(browse)
        lay.addLayout(where)

        self.model = RowTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.doubleClicked.connect(lambda _i: self.share_selected())
        self.table.setColumnHidden(2, self.kind.key == "undangan")  # no follow-ups in those
        lay.addWidget(self.table, 1)
        self.message = label("", "muted", wrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.message)

        row = QHBoxLayout()
        self.mail_check = QCheckBox(self.tr("Antrekan surel untuk OPD yang punya alamat"))
        self.mail_check.setChecked(True)
        row.addWidget(self.mail_check)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.share_button = QPushButton(self.tr("Bagikan"))
        self.share_button.setToolTip(
            self.tr("Buka folder OPD terpilih dan salin pesan singkatnya (%1)").replace(
                "%1",
                main_sequence("packets.share").toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.share_button.clicked.connect(self.share_selected)
        row.addWidget(self.share_button)
        self.outbox_button = QPushButton(self.tr("Kotak keluar…"))
        self.outbox_button.clicked.connect(self.show_outbox)
        row.addWidget(self.outbox_button)
        self.build_button = QPushButton(
            self.tr("Buat pengingat") if self.kind.key == "pengingat" else self.tr("Buat paket")
        )
        self.build_button.setProperty("variant", "primary")
        self.build_button.setToolTip(
            main_sequence("packets.build").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.build_button.clicked.connect(self.build)
        row.addWidget(self.build_button)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        lay.addLayout(row)
        QShortcut(main_sequence("packets.build"), self, self.build)
        QShortcut(main_sequence("packets.share"), self, self.share_selected)
        fit_to_screen(self, 1000, 560)
        self.refresh()

    # -- data ---------------------------------------------------------------------------
    def target(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def refresh(self) -> None:
        from rakor_desktop.services.packets.build import existing_packet

        folder, now = self.target(), self.ctx.clock()
        with self.ctx.db.session() as s:
            targets = self.kind.targets(s, self.meeting_id, now)
            mail = self.kind.mail_status(s, self.meeting_id, now)
        rows = []
        for t in targets:
            text, files = existing_packet(folder, t.organization) or ("", 0)
            rows.append(PacketRow(t.organization_id, t.organization, t.email, t.followups,
                                  files, mail.get(t.organization_id, ""), text))  # fmt: skip
        current = self.table.currentIndex().row()
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(min(max(current, 0), len(rows) - 1))
        if not rows:
            self.message.setText(
                self.tr("Tidak ada tindak lanjut yang terlambat atau segera jatuh tempo.")
                if self.kind.key == "pengingat"
                else self.tr("Rapat ini belum punya OPD yang diundang atau diberi tindak lanjut.")
            )

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder paket"), str(self.target()))
        if chosen:
            self.folder.setText(chosen)
            self.refresh()

    def _schedule_row(self) -> QHBoxLayout:
        """The weekly day and the range, saved for every station (office preferences)."""
        from rakor_desktop.services.reminders import schedule

        with self.ctx.db.session() as s:
            current = schedule.load(s)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Kirim otomatis setiap"), "muted"))
        self.day = QComboBox()
        for key, text in zip((*schedule.DAYS, schedule.OFF), DAY_LABELS, strict=True):
            self.day.addItem(_t(text), key)
        self.day.setCurrentIndex(max(self.day.findData(current.day), 0))
        row.addWidget(self.day)
        row.addWidget(label(self.tr("untuk tindak lanjut yang terlambat atau jatuh tempo dalam"),
                            "muted"))  # fmt: skip
        self.days = QSpinBox()
        self.days.setRange(0, 60)
        self.days.setValue(current.within_days)
        self.days.setSuffix(self.tr(" hari"))
        self.days.valueChanged.connect(lambda _v: self.refresh())
        row.addWidget(self.days)
        self.save_schedule_button = QPushButton(self.tr("Simpan jadwal"))
        self.save_schedule_button.clicked.connect(self.save_schedule)
        row.addWidget(self.save_schedule_button)
        row.addStretch(1)
        return row

    def save_schedule(self) -> bool:
        from rakor_desktop.services.reminders import schedule

        assert self.days is not None
        try:
            with self.ctx.db.session(write=True) as s:
                saved = schedule.save(s, self.day.currentData(), self.days.value())
        except ValueError as exc:
            self.message.setText(render(str(exc.args[0])))
            return False
        self.message.setText(
            self.tr("Jadwal disimpan: setiap %1.").replace("%1", self.day.currentText())
            if saved.enabled
            else self.tr("Pengingat otomatis dimatikan.")
        )
        return True

    # -- building -----------------------------------------------------------------------
    def build(self) -> Worker | None:
        if self.worker is not None:
            return None
        build_run, queue_run = self.kind.build, self.kind.queue
        db, clock, meeting_id = self.ctx.db, self.ctx.clock, self.meeting_id
        folder, mail = self.target(), self.mail_check.isChecked()

        def work(job):
            with db.session(write=True) as s:
                run = build_run(s, meeting_id, folder, now=clock(), progress=job.progress,
                                cancelled=lambda: job.cancelled)  # fmt: skip
                job.check()  # cancelled: the transaction rolls back, nothing is queued
                queued = queue_run(s, run, clock()) if mail else None
            return run, queued

        worker = Worker(work)
        self.worker = worker
        self.build_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.clicked.connect(worker.cancel)
        self.message.setText(self.tr("Membuat paket…"))
        worker.progress.connect(self._progress)
        worker.finished.connect(self._built)
        worker.failed.connect(self.message.setText)
        worker.cancelled.connect(lambda: self.message.setText(self.tr("Dibatalkan.")))
        worker.done.connect(self._idle)
        self.ctx.run(worker)
        return worker

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.worker = None
        self.progress.hide()
        self.cancel_button.hide()
        self.build_button.setEnabled(True)
        self.refresh()

    def _built(self, result) -> None:
        run, queued = result
        if self.ctx.settings is not None:
            self.ctx.settings.set_value(FOLDER_KEY, str(run.folder.parent.parent))
        text = (
            self.tr("%1 folder OPD di %2.")
            .replace("%1", str(len(run.packets)))
            .replace("%2", str(run.folder))
        )
        if queued is not None:
            text += " " + self.tr("%1 surel diantrekan").replace("%1", str(queued.queued))
            if queued.already:
                text += self.tr("; %1 OPD sudah dikirimi sebelumnya").replace(
                    "%1", str(len(queued.already))
                )
            if queued.without_address:
                text += self.tr("; %1 OPD belum punya alamat surel").replace(
                    "%1", str(len(queued.without_address))
                )
            text += "."
        self.message.setText(text)
        if self.ctx.events is not None:
            self.ctx.events.data_changed.emit("outbox")
        self.built.emit(run)

    # -- sharing ------------------------------------------------------------------------
    def share_selected(self) -> str | None:
        """Open the selected OPD's folder and put its message on the clipboard."""
        from rakor_desktop.services.packets.build import packet_folder

        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: PacketRow = self.model.rows[index.row()]
        if not row.message:
            self.message.setText(
                self.tr("Paket %1 belum dibuat di folder ini; tekan Buat paket dulu.").replace(
                    "%1", row.organization
                )
            )
            return None
        QGuiApplication.clipboard().setText(row.message)
        self.open_folder(packet_folder(self.target(), row.organization))
        self.message.setText(
            self.tr(
                "Folder %1 dibuka; pesannya sudah disalin, tinggal tempel di aplikasi pesan."
            ).replace("%1", row.organization)
        )
        return row.message

    def show_outbox(self) -> QWidget:
        from rakor_desktop.ui.outbox.dialog import OutboxDialog

        dialog = OutboxDialog(self.ctx, self)
        dialog.sent.connect(lambda _run: self.refresh())
        dialog.open()
        self.outbox_dialog = dialog
        return dialog


def open_packets(
    ctx: AppContext,
    meeting_id: int | None,
    parent: QWidget | None,
    *,
    start: bool = False,
    kind: str = "paket",
) -> PacketsDialog:
    dialog = PacketsDialog(ctx, meeting_id, parent, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    if start:
        dialog.build()
    return dialog
