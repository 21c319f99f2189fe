"""How the door station is laid out: the answer, search, form, signature and chooser pages.

A mixin of :class:`~rakor_desktop.ui.attendance.window.KioskWindow`. Texts use the
window's translation context explicitly: PySide looks ``self.tr`` up under the
instance's class name, not the mixin's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.ui.attendance import style
from rakor_desktop.ui.attendance.base import KioskBase
from rakor_desktop.ui.attendance.counters import CountersWidget
from rakor_desktop.ui.attendance.signature_pad import SignaturePad
from rakor_desktop.ui.attendance.widgets import KEYS, FormEdit, ResultPanel, ScanEdit, _tr
from rakor_desktop.ui.camera.kiosk import CameraPanel


class KioskLayoutMixin(KioskBase):
    def _build(self) -> None:
        root = QWidget()
        root.setObjectName("KioskRoot")
        root.setStyleSheet(style.stylesheet())
        self.setCentralWidget(root)
        outer = QVBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QFrame()
        header.setObjectName("KioskHeader")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(28, 14, 28, 14)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.overline = QLabel(QCoreApplication.translate("KioskWindow", "REGISTRASI KEHADIRAN"))
        self.overline.setObjectName("KioskOverline")
        self.title_label = QLabel()
        self.title_label.setObjectName("KioskTitle")
        self.title_label.setWordWrap(True)
        self.when_label = QLabel()
        self.when_label.setObjectName("KioskWhen")
        for w in (self.overline, self.title_label, self.when_label):
            titles.addWidget(w)
        hl.addLayout(titles, 1)
        right = QVBoxLayout()
        right.setSpacing(0)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("KioskClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.station_label = QLabel(self.station)
        self.station_label.setObjectName("KioskStation")
        self.station_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.clock_label)
        right.addWidget(self.station_label)
        hl.addLayout(right)
        outer.addWidget(header)

        body = QHBoxLayout()
        body.setContentsMargins(24, 20, 24, 16)
        body.setSpacing(22)
        left = QVBoxLayout()
        left.setSpacing(12)
        self.scan_edit = ScanEdit()
        self.scan_edit.setObjectName("ScanEdit")
        self.scan_edit.setMaxLength(svc.MAX_INPUT + 1)
        self.scan_edit.setPlaceholderText(
            QCoreApplication.translate("KioskWindow", "Pindai QR · ketik NIP · ketik nama")
        )
        self.scan_edit.setClearButtonEnabled(False)
        self.scan_edit.setAccessibleName(
            QCoreApplication.translate("KioskWindow", "Kode, NIP, atau nama")
        )
        self.scan_edit.textEdited.connect(self._on_text_edited)
        self.scan_edit.returnPressed.connect(self._on_return)
        self.scan_edit.navigate.connect(self._navigate)
        self.scan_edit.escaped.connect(self._on_escape)
        self.scan_edit.undoRequested.connect(self.undo_last)
        self.scan_edit.command.connect(self._on_command)
        left.addWidget(self.scan_edit)
        self.scan_hint = QLabel()
        self.scan_hint.setObjectName("ScanHint")
        left.addWidget(self.scan_hint)

        self.stage = QStackedWidget()
        self.result_panel = ResultPanel()
        self.stage.addWidget(self.result_panel)
        self.stage.addWidget(self._build_search_page())
        self.stage.addWidget(self._build_form_page())
        self.stage.addWidget(self._build_signature_page())
        self.stage.addWidget(self._build_chooser_page())
        left.addWidget(self.stage, 1)
        # F5: the camera's small live picture under the answer (hidden while off).
        self.camera_panel = CameraPanel()
        left.addWidget(self.camera_panel)
        body.addLayout(left, 66)

        self.counters = CountersWidget(self.db, None, station=self.station, clock=self.clock)
        self.counters.refreshed.connect(self._on_counters)
        self.counters.changed.connect(self.schedule_refresh)
        self.counters.notice.connect(self._on_counters_notice)
        self.counters.setMinimumWidth(410)
        self.counters.setMaximumWidth(560)
        body.addWidget(self.counters, 34)
        outer.addLayout(body, 1)

        keybar = QFrame()
        keybar.setObjectName("KeyBar")
        kl = QHBoxLayout(keybar)
        kl.setContentsMargins(24, 8, 24, 8)
        kl.setSpacing(8)
        for key, text in KEYS:
            cap = QLabel(key)
            cap.setObjectName("KeyCap")
            hint = QLabel(_tr(text))
            hint.setObjectName("KeyHint")
            kl.addWidget(cap)
            kl.addWidget(hint)
            kl.addSpacing(10)
        kl.addStretch(1)
        outer.addWidget(keybar)

        # The same keys when focus is elsewhere (a click on the missing list).
        for seq, slot in (
            (QKeySequence(Qt.Key.Key_F11), self.toggle_fullscreen),
            (QKeySequence(Qt.Key.Key_F2), lambda: self._on_command("walk_in")),
            (QKeySequence(Qt.Key.Key_F3), lambda: self._on_command("delegate")),
            (QKeySequence(Qt.Key.Key_F4), lambda: self._on_command("departure")),
            (QKeySequence(Qt.Key.Key_F5), lambda: self._on_command("camera")),
            (QKeySequence(Qt.Key.Key_F8), lambda: self._on_command("other_day")),
            (QKeySequence.StandardKey.Undo, self.undo_last),
        ):
            QShortcut(seq, self).activated.connect(slot)

    def _panel(self) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setObjectName("StagePanel")
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(10)
        return frame, lay

    def _build_search_page(self) -> QWidget:
        frame, lay = self._panel()
        self.search_title = QLabel()
        self.search_title.setObjectName("StageTitle")
        self.search_help = QLabel()
        self.search_help.setObjectName("StageHelp")
        self.search_help.setWordWrap(True)
        self.search_list = QListWidget()
        self.search_list.setObjectName("SearchList")
        self.search_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.search_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.search_list.setUniformItemSizes(True)
        self.search_list.itemClicked.connect(self._on_item_clicked)
        self.search_list.itemDoubleClicked.connect(lambda _i: self._on_return())
        lay.addWidget(self.search_title)
        lay.addWidget(self.search_help)
        lay.addWidget(self.search_list, 1)
        return frame

    def _build_form_page(self) -> QWidget:
        frame, lay = self._panel()
        self.form_title = QLabel()
        self.form_title.setObjectName("StageTitle")
        self.form_help = QLabel()
        self.form_help.setObjectName("StageHelp")
        self.form_help.setWordWrap(True)
        lay.addWidget(self.form_title)
        lay.addWidget(self.form_help)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        self.form_name = FormEdit()
        self.form_jabatan = FormEdit()
        self.form_org = FormEdit()
        for i, (label, edit) in enumerate(
            (
                (QCoreApplication.translate("KioskWindow", "Nama (dengan gelar)"), self.form_name),
                (QCoreApplication.translate("KioskWindow", "Jabatan"), self.form_jabatan),
                (QCoreApplication.translate("KioskWindow", "Instansi / OPD"), self.form_org),
            )
        ):
            lab = QLabel(label)
            lab.setObjectName("FormLabel")
            grid.addWidget(lab, i, 0)
            grid.addWidget(edit, i, 1)
            edit.setMaxLength(200)
            edit.returnPressed.connect(self.save_form)
            edit.escaped.connect(self.cancel_form)
        lay.addLayout(grid)
        self.form_error = QLabel()
        self.form_error.setStyleSheet(f"color: {style.TONES['error'][0]}; font-size: 13pt;")
        lay.addWidget(self.form_error)
        buttons = QHBoxLayout()
        self.form_save = QPushButton(QCoreApplication.translate("KioskWindow", "Simpan (Enter)"))
        self.form_save.setProperty("kiosk", "primary")
        self.form_save.clicked.connect(self.save_form)
        self.form_cancel = QPushButton(QCoreApplication.translate("KioskWindow", "Batal (Esc)"))
        self.form_cancel.setProperty("kiosk", "true")
        self.form_cancel.clicked.connect(self.cancel_form)
        buttons.addWidget(self.form_save)
        buttons.addWidget(self.form_cancel)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addStretch(1)
        return frame

    def _build_signature_page(self) -> QWidget:
        frame, lay = self._panel()
        self.sig_status = QLabel()
        self.sig_status.setObjectName("SignatureStatus")
        self.sig_status.setWordWrap(True)
        self.sig_title = QLabel()
        self.sig_title.setObjectName("StageTitle")
        self.sig_title.setWordWrap(True)
        self.sig_help = QLabel(
            QCoreApplication.translate(
                "KioskWindow",
                "Silakan tanda tangan dengan pena, jari, atau tetikus. "
                "Enter menyimpan, Esc melewati.",
            )  # fmt: skip
        )
        self.sig_help.setObjectName("StageHelp")
        self.sig_help.setWordWrap(True)
        self.pad = SignaturePad()
        lay.addWidget(self.sig_status)
        lay.addWidget(self.sig_title)
        lay.addWidget(self.sig_help)
        lay.addWidget(self.pad, 1)
        buttons = QHBoxLayout()
        self.sig_save = QPushButton(QCoreApplication.translate("KioskWindow", "Simpan (Enter)"))
        self.sig_save.setProperty("kiosk", "primary")
        self.sig_clear = QPushButton(QCoreApplication.translate("KioskWindow", "Ulangi"))
        self.sig_clear.setProperty("kiosk", "true")
        self.sig_skip = QPushButton(QCoreApplication.translate("KioskWindow", "Lewati (Esc)"))
        self.sig_skip.setProperty("kiosk", "true")
        for b in (self.sig_save, self.sig_clear, self.sig_skip):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.sig_save.clicked.connect(self.save_signature)
        self.sig_clear.clicked.connect(self.pad.clear)
        self.sig_skip.clicked.connect(self.skip_signature)
        lay.addLayout(buttons)
        return frame

    def _build_chooser_page(self) -> QWidget:
        frame, lay = self._panel()
        t = QLabel(QCoreApplication.translate("KioskWindow", "Pilih rapat"))
        t.setObjectName("StageTitle")
        self.chooser_help = QLabel(
            QCoreApplication.translate("KioskWindow", "Pilih dengan ↑/↓ lalu Enter.")
        )
        self.chooser_help.setObjectName("StageHelp")
        self.chooser_help.setWordWrap(True)
        self.chooser = QListWidget()
        self.chooser.setObjectName("SearchList")
        self.chooser.itemActivated.connect(self._on_meeting_chosen)
        lay.addWidget(t)
        lay.addWidget(self.chooser_help)
        lay.addWidget(self.chooser, 1)
        return frame
