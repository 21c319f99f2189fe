"""The door station: scan, see a big green/amber/red answer, next person.

One input takes everything a USB barcode scanner or a person types: the QR
payload of an invitation (the scanner "types" it and presses Enter), an 18-digit
NIP with or without spaces, or a name fragment, which opens a search list
(arrow keys + Enter pick; Enter alone confirms a unique match). Nothing in the
scan path opens a dialog: walk-ins (F2), delegates (F3), departures (F4), undo
(Ctrl+Z) and the signature pad are inline panels that leave the scan field
focused, so a queue keeps moving even when one case needs typing.

A check-in is shown as confirmed only after its transaction committed. The
window keeps no Session: each scan is one ``db.session(write=True)`` unit of
work. Counters, the missing list and the search index follow other processes'
changes through a :class:`~rakor_desktop.ui.change_watcher.ChangeWatcher`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.db import Database
from rakor_desktop.domain.nip import NIP_LENGTH, clean
from rakor_desktop.domain.timefmt import hhmm, to_office
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.directory import search
from rakor_desktop.services.directory.people import list_organizations
from rakor_desktop.services.office.settings import get_office
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.attendance import messages, style
from rakor_desktop.ui.attendance.counters import CountersWidget
from rakor_desktop.ui.attendance.signature_pad import SignaturePad
from rakor_desktop.ui.change_watcher import ChangeWatcher

log = logging.getLogger(__name__)

CLEAR_AFTER_MS = 3000
SHORT_QUERY_DELAY_MS = 180
SEARCH_LIMIT = 8
CTX = "KioskWindow"

HEADLINES = {
    svc.State.NEW: QT_TRANSLATE_NOOP("KioskWindow", "HADIR"),
    svc.State.ALREADY: QT_TRANSLATE_NOOP("KioskWindow", "SUDAH HADIR"),
    svc.State.DELEGATE: QT_TRANSLATE_NOOP("KioskWindow", "HADIR SEBAGAI WAKIL"),
    svc.State.WALK_IN: QT_TRANSLATE_NOOP("KioskWindow", "TAMU TIDAK DIUNDANG"),
    svc.State.NOT_FOUND: QT_TRANSLATE_NOOP("KioskWindow", "TIDAK DITEMUKAN"),
    svc.State.WRONG_MEETING: QT_TRANSLATE_NOOP("KioskWindow", "UNDANGAN UNTUK RAPAT LAIN"),
    svc.State.INVALID: QT_TRANSLATE_NOOP("KioskWindow", "KODE TIDAK SAH"),
    svc.State.MEETING_CLOSED: QT_TRANSLATE_NOOP("KioskWindow", "RAPAT SUDAH DITUTUP"),
    svc.State.MEETING_FINALIZED: QT_TRANSLATE_NOOP("KioskWindow", "RAPAT SUDAH FINAL"),
    svc.State.EMPTY: QT_TRANSLATE_NOOP("KioskWindow", "SILAKAN PINDAI UNDANGAN"),
}
LATE_HEADLINE = QT_TRANSLATE_NOOP("KioskWindow", "HADIR · TERLAMBAT")
KEYS = (
    ("Enter", QT_TRANSLATE_NOOP("KioskWindow", "konfirmasi")),
    ("F2", QT_TRANSLATE_NOOP("KioskWindow", "tamu")),
    ("F3", QT_TRANSLATE_NOOP("KioskWindow", "diwakili")),
    ("F4", QT_TRANSLATE_NOOP("KioskWindow", "pulang")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("KioskWindow", "batalkan")),
    ("Esc", QT_TRANSLATE_NOOP("KioskWindow", "kembali")),
    ("F11", QT_TRANSLATE_NOOP("KioskWindow", "layar penuh")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def long_date(dt: datetime) -> str:
    """``Senin, 25 Agustus 2025`` in the interface language (callers apply the office zone)."""
    return fmt.long_date(dt.date())


class Mode:
    SCAN = "scan"
    DELEGATE_INVITEE = "delegate_invitee"
    DELEGATE_PERSON = "delegate_person"
    CHOOSE = "choose"


class Page:
    RESULT = 0
    SEARCH = 1
    FORM = 2
    SIGNATURE = 3
    CHOOSER = 4


class ScanEdit(QLineEdit):
    """The big input. Station keys are handled here so they work while it has focus.

    Ctrl+Z would otherwise be the line edit's own text undo; at the door it means
    "undo the last check-in".
    """

    navigate = Signal(int)
    escaped = Signal()
    undoRequested = Signal()
    command = Signal(str)

    _COMMANDS = {
        Qt.Key.Key_F2: "walk_in",
        Qt.Key.Key_F3: "delegate",
        Qt.Key.Key_F4: "departure",
        Qt.Key.Key_F11: "fullscreen",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoRequested.emit()
            return
        if key in self._COMMANDS:
            self.command.emit(self._COMMANDS[key])
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5}.get(key, 5)
            self.navigate.emit(step)
            return
        if key == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class FormEdit(QLineEdit):
    """A field of an inline form: Esc cancels the form (there is no dialog to close)."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class ResultPanel(QFrame):
    """The answer, in type large enough to read from two metres."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultPanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 24)
        lay.setSpacing(26)
        self.glyph = QLabel()
        self.glyph.setObjectName("ResultGlyph")
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        col.setSpacing(6)
        self.headline = QLabel()
        self.headline.setObjectName("ResultHeadline")
        self.headline.setWordWrap(True)
        self.name = QLabel()
        self.name.setObjectName("ResultName")
        self.name.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("ResultDetail")
        self.detail.setWordWrap(True)
        self.time = QLabel()
        self.time.setObjectName("ResultTime")
        self.time.setWordWrap(True)
        self.help = QLabel()
        self.help.setObjectName("ResultHelp")
        self.help.setWordWrap(True)
        for w in (self.headline, self.name, self.detail, self.time):
            col.addWidget(w)
        col.addStretch(1)
        col.addWidget(self.help)
        lay.addLayout(col, 1)
        self.tone = ""

    def show_message(
        self,
        tone: str,
        headline: str,
        *,
        name: str = "",
        detail: str = "",
        time: str = "",
        help: str = "",
    ) -> None:
        self.tone = tone
        for w in (self, self.glyph):
            w.setProperty("tone", tone)
            w.style().unpolish(w)
            w.style().polish(w)
        for w in (self.headline, self.name, self.time):
            w.style().unpolish(w)
            w.style().polish(w)
        self.glyph.setText(style.GLYPHS.get(tone, ""))
        self.headline.setText(headline)
        for label, text in ((self.name, name), (self.detail, detail), (self.time, time),
                            (self.help, help)):  # fmt: skip
            label.setText(text)
            label.setVisible(bool(text))


@dataclass
class _Pending:
    """A confirmed check-in waiting for its signature."""

    attendance_id: int
    name: str


class KioskWindow(QMainWindow):
    """Door check-in for one meeting. ``meeting_id=None`` picks today's meeting or asks."""

    checkedIn = Signal(object)  # CheckInResult, after commit

    def __init__(
        self,
        db: Database,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
        *,
        station: str | None = None,
        clock: Callable[[], datetime] | None = None,
        watch: bool = True,
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.station = station or svc.default_station()
        self.clock = clock or utcnow
        self.meeting_id: int | None = None
        self.desk: svc.CheckInDesk | None = None
        self.index = search.DirectoryIndex([])
        self.mode = Mode.SCAN
        self.hits: list[search.DirectoryEntry] = []
        self.picked = False  # the user moved through the list with the arrow keys
        self.delegate_for: search.DirectoryEntry | None = None
        self.last_result: svc.CheckInResult | None = None
        self.last_unknown_text = ""
        self.pending: _Pending | None = None
        self.present: dict[int, svc.AttendeeRow] = {}
        self.missing_ids: set[int] = set()
        self.form_for_delegate = False
        self.zone = "WIB"

        self.setWindowTitle(self.tr("Registrasi Rapat - Rakor Desktop"))
        self.resize(1280, 800)
        self._build()

        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(max(int(clear_after_ms), 0))
        self.clear_timer.timeout.connect(self.clear_result)
        # One or two letters are searched only after a human pause: a scanner types
        # "R", "RK" before "RKR1..." gives the code away, and nobody reads a list
        # of 3,000 people matching "r".
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SHORT_QUERY_DELAY_MS)
        self.search_timer.timeout.connect(self._search_after_pause)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(60)
        self.refresh_timer.timeout.connect(self.refresh)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(10_000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()

        self.watcher: ChangeWatcher | None = ChangeWatcher(db, self, start=watch)
        self.watcher.changed.connect(self.schedule_refresh)

        if meeting_id is None:
            with db.session() as s:
                meeting_id = svc.default_kiosk_meeting(s, self.clock())
        if meeting_id is None:
            self.show_chooser()
        else:
            self.open_meeting(meeting_id)

    # ------------------------------------------------------------------ layout

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
        self.overline = QLabel(self.tr("REGISTRASI KEHADIRAN"))
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
        self.scan_edit.setPlaceholderText(self.tr("Pindai QR · ketik NIP · ketik nama"))
        self.scan_edit.setClearButtonEnabled(False)
        self.scan_edit.setAccessibleName(self.tr("Kode, NIP, atau nama"))
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
                (self.tr("Nama (dengan gelar)"), self.form_name),
                (self.tr("Jabatan"), self.form_jabatan),
                (self.tr("Instansi / OPD"), self.form_org),
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
        self.form_save = QPushButton(self.tr("Simpan (Enter)"))
        self.form_save.setProperty("kiosk", "primary")
        self.form_save.clicked.connect(self.save_form)
        self.form_cancel = QPushButton(self.tr("Batal (Esc)"))
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
            self.tr(
                "Silakan tanda tangan dengan pena, jari, atau tetikus. "
                "Enter menyimpan, Esc melewati."
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
        self.sig_save = QPushButton(self.tr("Simpan (Enter)"))
        self.sig_save.setProperty("kiosk", "primary")
        self.sig_clear = QPushButton(self.tr("Ulangi"))
        self.sig_clear.setProperty("kiosk", "true")
        self.sig_skip = QPushButton(self.tr("Lewati (Esc)"))
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
        t = QLabel(self.tr("Pilih rapat"))
        t.setObjectName("StageTitle")
        self.chooser_help = QLabel(self.tr("Pilih dengan ↑/↓ lalu Enter."))
        self.chooser_help.setObjectName("StageHelp")
        self.chooser_help.setWordWrap(True)
        self.chooser = QListWidget()
        self.chooser.setObjectName("SearchList")
        self.chooser.itemActivated.connect(self._on_meeting_chosen)
        lay.addWidget(t)
        lay.addWidget(self.chooser_help)
        lay.addWidget(self.chooser, 1)
        return frame

    # ------------------------------------------------------------ meeting

    def show_chooser(self) -> None:
        self.mode = Mode.CHOOSE
        with self.db.session() as s:
            self.zone = get_office(s).time_zone
            meetings = svc.kiosk_meetings(s, self.clock())
        self.chooser.clear()
        for m in meetings:
            local = to_office(m.starts_at, self.zone)
            assert local is not None
            item = QListWidgetItem(f"{long_date(local)}  {hhmm(m.starts_at, self.zone)}\n{m.title}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.chooser.addItem(item)
        if meetings:
            self.chooser.setCurrentRow(0)
        else:
            self.chooser_help.setText(
                self.tr("Tidak ada rapat terjadwal. Buat rapat di jendela utama, lalu buka lagi.")
            )
        self.title_label.setText(self.tr("Belum ada rapat dipilih"))
        self.when_label.setText("")
        self.scan_edit.setEnabled(False)
        self.stage.setCurrentIndex(Page.CHOOSER)
        self.chooser.setFocus()

    def _on_meeting_chosen(self, item: QListWidgetItem) -> None:
        self.open_meeting(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_meeting(self, meeting_id: int) -> None:
        with self.db.session() as s:
            try:
                desk = svc.CheckInDesk.load(s, meeting_id)
            except LookupError as exc:
                self.show_chooser()
                self._show(
                    style.Tone.ERROR.value,
                    QCoreApplication.translate("KioskWindow", "RAPAT TIDAK DITEMUKAN"),
                    detail=messages.translate(str(exc)),
                )
                return
            index = search.load_index(s, meeting_id)
        self.meeting_id = meeting_id
        self.desk = desk
        self.index = index
        self.zone = desk.zone
        self.mode = Mode.SCAN
        self.scan_edit.setEnabled(True)
        self._update_header()
        self.counters.set_meeting(meeting_id)
        self.clear_result()
        self.scan_edit.setFocus()

    def _update_header(self) -> None:
        desk = self.desk
        if desk is None:
            return
        local = to_office(desk.starts_at, desk.zone)
        assert local is not None
        when = self.tr("{date} · pukul {time} {zone}").format(
            date=long_date(local), time=hhmm(desk.starts_at, desk.zone), zone=desk.zone
        )
        if desk.place:
            when += f" · {desk.place}"
        self.title_label.setText(desk.title)
        self.when_label.setText(when)
        self._tick()

    def _tick(self) -> None:
        self.clock_label.setText(f"{hhmm(self.clock(), self.zone)} {self.zone}")

    # ------------------------------------------------------------ refresh

    def schedule_refresh(self) -> None:
        """Coalesce bursts of changes (a group check-in, another station) into one re-read."""
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    def refresh(self) -> None:
        """Re-read counters, meeting facts and (only if the directory changed) the index."""
        if self.meeting_id is None:
            return
        try:
            with self.db.session() as s:
                desk = svc.CheckInDesk.load(s, self.meeting_id)
                token = search.directory_token(s, self.meeting_id)
                index = search.load_index(s, self.meeting_id) if token != self.index.token else None
        except Exception as exc:
            log.warning("kiosk refresh failed: %s", exc)
            return
        self.desk = desk
        if index is not None:
            self.index = index
        self._update_header()
        self.counters.refresh()

    def _on_counters(self, counters: svc.AttendanceCounters) -> None:
        self.present = counters.present_by_person
        self.missing_ids = {m.person_id for m in counters.missing_list}

    def _on_counters_notice(self, text: str, tone: str) -> None:
        headline = {
            "ok": QCoreApplication.translate("KioskWindow", "TERCATAT"),
            "info": QCoreApplication.translate("KioskWindow", "STATUS DISIMPAN"),
            "error": QCoreApplication.translate("KioskWindow", "TIDAK DAPAT DISIMPAN"),
        }.get(tone, "")
        self._show(tone, headline, detail=text)
        self.scan_edit.setFocus()

    # ------------------------------------------------------------ typing

    def _on_text_edited(self, text: str) -> None:
        self.picked = False
        self.search_timer.stop()
        if self.mode == Mode.CHOOSE:
            return
        stripped = text.strip()
        if self.mode == Mode.SCAN:
            if not stripped:
                self.stage.setCurrentIndex(Page.RESULT if self.pending is None else Page.SIGNATURE)
                self.scan_hint.setText("")
                return
            if svc.looks_like_code(stripped):
                return  # a scan arriving: do not search per character
        if self.pending is not None and self.mode == Mode.SCAN:
            return  # the next person's code is being typed over the signature page
        if 0 < len(stripped) < 3:
            self.search_timer.start()
            return
        self._search(stripped)

    def _search_after_pause(self) -> None:
        text = self.scan_edit.text().strip()
        if self.mode == Mode.CHOOSE or (self.mode == Mode.SCAN and not text):
            return
        if svc.looks_like_code(text) or (self.pending is not None and self.mode == Mode.SCAN):
            return
        self._search(text)

    def _search(self, text: str) -> None:
        if self.mode == Mode.DELEGATE_INVITEE:
            if text:
                self.hits = self.index.search(text, limit=SEARCH_LIMIT, only=self.missing_ids)
            else:
                self.hits = [e for e in map(self.index.get, self._missing_order()) if e][
                    :SEARCH_LIMIT
                ]
        else:
            self.hits = self.index.search(text, limit=SEARCH_LIMIT)
            if self.mode == Mode.DELEGATE_PERSON and self.delegate_for is not None:
                self.hits = [h for h in self.hits if h.person_id != self.delegate_for.person_id]
        self._fill_list()
        if self.mode == Mode.SCAN:
            self.search_title.setText(self.tr("Cari nama"))
            if not self.hits:
                self.search_help.setText(
                    self.tr("Tidak ada yang cocok. F2: catat sebagai tamu tidak diundang.")
                )
            else:
                self.search_help.setText(
                    self.tr("Enter memilih bila hanya satu yang cocok; ↑/↓ untuk memilih.")
                )
        self.stage.setCurrentIndex(Page.SEARCH)
        self.clear_timer.stop()

    def _missing_order(self) -> list[int]:
        c = self.counters.counters
        return [m.person_id for m in c.missing_list] if c else []

    def _fill_list(self) -> None:
        self.search_list.clear()
        for e in self.hits:
            where = " · ".join(x for x in (e.jabatan, e.organization) if x)
            tags = []
            seen = self.present.get(e.person_id)
            if seen is not None:
                tags.append(
                    self.tr("sudah hadir {t}").format(t=hhmm(seen.checked_in_at, self.zone))
                )
            elif e.invited:
                tags.append(self.tr("diundang"))
            tag = f"   [{', '.join(tags)}]" if tags else ""
            item = QListWidgetItem(f"{e.name}{tag}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, e.person_id)
            self.search_list.addItem(item)

    def _navigate(self, step: int) -> None:
        if self.mode == Mode.CHOOSE:
            row = max(0, min(self.chooser.count() - 1, self.chooser.currentRow() + step))
            self.chooser.setCurrentRow(row)
            return
        if self.stage.currentIndex() != Page.SEARCH or not self.hits:
            return
        current = self.search_list.currentRow() if self.picked else -1
        row = max(0, min(len(self.hits) - 1, current + step if current >= 0 else 0))
        self.search_list.setCurrentRow(row)
        self.picked = True

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.search_list.setCurrentItem(item)
        self.picked = True
        self.scan_edit.setFocus()

    def _picked_entry(self) -> search.DirectoryEntry | None:
        if self.picked and self.stage.currentIndex() == Page.SEARCH:
            row = self.search_list.currentRow()
            if 0 <= row < len(self.hits):
                return self.hits[row]
        return None

    # ------------------------------------------------------------ Enter

    def _on_return(self) -> None:
        if self.mode == Mode.CHOOSE:
            item = self.chooser.currentItem()
            if item is not None:
                self._on_meeting_chosen(item)
            return
        text = self.scan_edit.text()
        if self.pending is not None:
            if not text.strip():
                self.save_signature()
                return
            # The next person scanned while the pad was up: keep what was drawn.
            self._finish_pending(save=not self.pad.is_empty())
        if self.desk is None:
            return
        if self.mode == Mode.DELEGATE_INVITEE:
            self._pick_invitee(text)
            return
        delegate_for = self.delegate_for.person_id if self.mode == Mode.DELEGATE_PERSON else None
        picked = self._picked_entry()
        if picked is not None:
            self._commit(lambda s, d: d.check_in_person(
                s, picked.person_id, now=self.clock(), station=self.station,
                delegate_for=delegate_for))  # fmt: skip
            return
        parsed = svc.parse_code(self.desk.secret, text, allow_person_id=False)
        if parsed.kind == "name":
            self._enter_name(text.strip(), delegate_for)
            return
        digits = clean(text)
        if parsed.kind == "invalid" and digits.isdigit() and len(digits) < NIP_LENGTH:
            hits = self.index.search(digits, limit=2)
            if len(hits) == 1:
                self._commit(lambda s, d: d.check_in_person(
                    s, hits[0].person_id, now=self.clock(), station=self.station,
                    delegate_for=delegate_for))  # fmt: skip
                return
        self._commit(lambda s, d: d.check_in(
            s, text, now=self.clock(), station=self.station, delegate_for=delegate_for,
            allow_person_id=False))  # fmt: skip

    def _enter_name(self, text: str, delegate_for: int | None) -> None:
        hits = self.index.search(text, limit=SEARCH_LIMIT)
        if self.mode == Mode.DELEGATE_PERSON and self.delegate_for is not None:
            hits = [h for h in hits if h.person_id != self.delegate_for.person_id]
        if len(hits) == 1:
            pid = hits[0].person_id
            self._commit(lambda s, d: d.check_in_person(
                s, pid, now=self.clock(), station=self.station, delegate_for=delegate_for))  # fmt: skip
            return
        if not hits:
            if self.mode == Mode.DELEGATE_PERSON:
                self.open_form(delegate=True, name=text)
                return
            self.last_unknown_text = text
            self.scan_edit.clear()
            self._show(
                style.Tone.ERROR.value,
                QCoreApplication.translate("KioskWindow", "TIDAK DITEMUKAN"),
                name=text,
                detail=QCoreApplication.translate(
                    "KioskWindow", "Nama ini tidak ada di direktori."
                ),
                help=QCoreApplication.translate(
                    "KioskWindow", "Tekan F2 untuk mencatatnya sebagai tamu tidak diundang."
                ),
            )
            self._arm_clear()
            return
        self._search(text)
        self.search_help.setText(
            self.tr(
                "{n} orang cocok: pilih dengan ↑/↓ lalu Enter, atau ketik lebih lengkap."
            ).format(n=len(hits) if len(hits) < SEARCH_LIMIT else f"{SEARCH_LIMIT}+")
        )

    def _pick_invitee(self, text: str) -> None:
        entry = self._picked_entry()
        if entry is None:
            hits = (
                self.index.search(text, limit=2, only=self.missing_ids)
                if text.strip()
                else self.hits[:2]
            )
            if len(hits) == 1 or (len(self.hits) == 1 and not text.strip()):
                entry = hits[0]
        if entry is None:
            self.search_help.setText(self.tr("Pilih pejabat yang diwakili dengan ↑/↓ lalu Enter."))
            return
        self.delegate_for = entry
        self.mode = Mode.DELEGATE_PERSON
        self.scan_edit.clear()
        self.hits = []
        self.search_list.clear()
        self.picked = False
        self.search_title.setText(self.tr("Diwakili · langkah 2 dari 2"))
        self.search_help.setText(
            self.tr(
                "Perwakilan untuk {name}: pindai QR atau NIP perwakilan, atau ketik namanya. "
                "Nama baru: ketik lengkap lalu Enter."
            ).format(name=entry.name)  # fmt: skip
        )
        self.stage.setCurrentIndex(Page.SEARCH)

    # ------------------------------------------------------------ commit

    def _write(self, fn: Callable[[Any], Any]) -> Any:
        """One unit of work with lock retries; returns None after showing a failure."""

        def unit() -> Any:
            with self.db.session(write=True) as s:
                return fn(s)

        try:
            return svc.retry_locked(unit)
        except svc.CheckInRefused as exc:
            self._show(
                style.Tone.ERROR.value,
                QCoreApplication.translate("KioskWindow", "DITOLAK"),
                detail=messages.translate(str(exc)),
            )
        except ValueError as exc:
            self._show(
                style.Tone.ERROR.value,
                QCoreApplication.translate("KioskWindow", "PERIKSA ISIAN"),
                detail=str(exc),
            )
        except Exception as exc:
            log.exception("kiosk write failed")
            self._show(
                style.Tone.ERROR.value,
                QCoreApplication.translate("KioskWindow", "GAGAL MENYIMPAN"),
                detail=QCoreApplication.translate(
                    "KioskWindow", "Belum tercatat. Tekan Enter lagi untuk mencoba ulang."
                ),
                help=str(exc)[:200],
            )
        return None

    def _commit(self, fn: Callable[[Any, svc.CheckInDesk], svc.CheckInResult]) -> None:
        desk = self.desk
        assert desk is not None
        result = self._write(lambda s: fn(s, desk))
        if result is None:
            return  # failure shown; the typed text stays for a retry
        self.show_result(result)

    def show_result(self, r: svc.CheckInResult) -> None:
        """Show a committed outcome, clear the input, and prepare for the next person."""
        self.scan_edit.clear()
        self.hits = []
        self.picked = False
        if self.mode in (Mode.DELEGATE_PERSON, Mode.DELEGATE_INVITEE) and r.state not in (
            svc.State.NOT_FOUND, svc.State.INVALID, svc.State.EMPTY,
        ):  # fmt: skip
            self.mode = Mode.SCAN
            self.delegate_for = None
        if self.mode == Mode.SCAN:
            self.scan_hint.setText("")
        self.last_result = r if r.attendance_id else self.last_result
        headline = _tr(HEADLINES.get(r.state, r.state.value.upper()))
        if r.state is svc.State.NEW and r.is_late:
            headline = _tr(LATE_HEADLINE)
        detail = " · ".join(x for x in (r.jabatan, r.organization) if x)
        time_text = ""
        message = messages.translate(r.message)
        if r.confirmed and r.time_text:
            if r.state is svc.State.ALREADY:
                time_text = self.tr("sudah hadir pukul {t} {z}").format(t=r.time_text, z=r.zone)
            else:
                time_text = self.tr("pukul {t} {z}").format(t=r.time_text, z=r.zone)
            if r.is_late and r.state is not svc.State.ALREADY:
                # No-break spaces: "terlambat 12 menit" never splits over two lines.
                late = self.tr("terlambat {m} menit").format(m=r.late_minutes)
                time_text += " · " + late.replace(" ", "\u00a0")
            if r.state is svc.State.DELEGATE:
                message = self.tr("mewakili {name}").format(name=r.delegate_for_name)
            elif r.state is svc.State.WALK_IN:
                message = self.tr("Tidak ada di daftar undangan; dicatat sebagai tamu.")
            elif r.state is svc.State.ALREADY and r.delegate_for_name:
                message = self.tr("sebagai wakil {name}").format(name=r.delegate_for_name)
            else:
                message = ""
        help_text = message
        if r.state is svc.State.ALREADY and r.attendance_id:
            help_text = (message + "  " if message else "") + self.tr("F4: catat pulang")
        if r.state is svc.State.EMPTY:
            self._show_idle()
        else:
            self._show(r.tone.value, headline, name=r.name, detail=detail if r.name else message,
                       time=time_text, help=help_text if r.name else "")  # fmt: skip
        self.checkedIn.emit(r)
        if (
            r.state in (svc.State.NEW, svc.State.DELEGATE, svc.State.WALK_IN)
            and r.attendance_id
            and self.desk is not None
            and self.desk.signatures_required
        ):
            self._ask_signature(r)
        else:
            self._arm_clear()
        if r.confirmed:
            self.schedule_refresh()
        self.scan_edit.setFocus()

    def _show(self, tone: str, headline: str, **texts: str) -> None:
        self.result_panel.show_message(tone, headline, **texts)
        if self.pending is None and self.mode != Mode.CHOOSE:
            self.stage.setCurrentIndex(Page.RESULT)

    def _show_idle(self) -> None:
        self.result_panel.show_message(
            style.Tone.IDLE.value,
            _tr(HEADLINES[svc.State.EMPTY]),
            detail=QCoreApplication.translate(
                "KioskWindow", "Dekatkan QR undangan ke pemindai, atau ketik NIP / nama lalu Enter."
            ),
            help=QCoreApplication.translate(
                "KioskWindow", "Tamu tanpa undangan: F2 · Hadir mewakili pejabat: F3"
            ),
        )
        if self.pending is None and self.mode == Mode.SCAN:
            self.stage.setCurrentIndex(Page.RESULT)

    def _arm_clear(self) -> None:
        if self.clear_timer.interval() > 0:
            self.clear_timer.start()

    def clear_result(self) -> None:
        """Back to the idle screen for the next person (after ~3 s, or on Esc)."""
        self.clear_timer.stop()
        if self.mode == Mode.SCAN and self.pending is None and not self.scan_edit.text():
            self._show_idle()

    # ------------------------------------------------------------ signature

    def _ask_signature(self, r: svc.CheckInResult) -> None:
        assert r.attendance_id is not None
        self.pending = _Pending(r.attendance_id, r.name)
        self.pad.clear()
        # The check-in is already committed: say so above the pad, in its colour.
        status = self.tr("✓ {headline} · pukul {t} {z}").format(
            headline=self.result_panel.headline.text(), t=r.time_text, z=r.zone
        )
        self.sig_status.setText(status)
        self.sig_status.setProperty("tone", r.tone.value)
        self.sig_status.style().unpolish(self.sig_status)
        self.sig_status.style().polish(self.sig_status)
        self.sig_title.setText(self.tr("Tanda tangan: {name}").format(name=r.name))
        self.clear_timer.stop()
        self.stage.setCurrentIndex(Page.SIGNATURE)

    def save_signature(self) -> bool:
        if self.pending is None:
            return False
        if self.pad.is_empty():
            self.sig_help.setText(
                self.tr("Belum ada tanda tangan. Silakan tanda tangan, atau Esc untuk melewati.")
            )
            return False
        return self._finish_pending(save=True)

    def skip_signature(self) -> None:
        self._finish_pending(save=False)

    def _finish_pending(self, *, save: bool) -> bool:
        pending = self.pending
        if pending is None:
            return False
        strokes = self.pad.strokes() if save else []
        self.pending = None
        self.pad.clear()
        self.sig_help.setText(
            self.tr(
                "Silakan tanda tangan dengan pena, jari, atau tetikus. "
                "Enter menyimpan, Esc melewati."
            )  # fmt: skip
        )
        ok = False
        if strokes:
            stored = self._write(lambda s: svc.save_signature(s, pending.attendance_id, strokes))
            ok = stored is not None
            if ok:
                self._show(
                    style.Tone.OK.value,
                    QCoreApplication.translate("KioskWindow", "TANDA TANGAN TERSIMPAN"),
                    name=pending.name,
                )
        else:
            self._show(style.Tone.IDLE.value, QCoreApplication.translate("KioskWindow", "TANPA TANDA TANGAN"), name=pending.name,
                       detail=QCoreApplication.translate("KioskWindow", "Kehadiran tetap tercatat."))  # fmt: skip
        self.stage.setCurrentIndex(Page.RESULT)
        self._arm_clear()
        self.scan_edit.setFocus()
        return ok

    # ------------------------------------------------------------ keys

    def _on_escape(self) -> None:
        if self.pending is not None:
            self.skip_signature()
            return
        if self.mode in (Mode.DELEGATE_INVITEE, Mode.DELEGATE_PERSON):
            self.mode = Mode.SCAN
            self.delegate_for = None
            self.scan_edit.clear()
            self.scan_hint.setText("")
            self._show_idle()
            return
        self.scan_edit.clear()
        self.hits = []
        self.clear_result()

    def _on_command(self, name: str) -> None:
        if self.mode == Mode.CHOOSE or self.desk is None:
            if name == "fullscreen":
                self.toggle_fullscreen()
            return
        if name == "fullscreen":
            self.toggle_fullscreen()
        elif name == "walk_in":
            typed = self.scan_edit.text().strip()
            parsed = svc.parse_code("", typed) if typed else None
            name_text = typed if parsed and parsed.kind == "name" else self.last_unknown_text
            self.open_form(delegate=self.mode == Mode.DELEGATE_PERSON, name=name_text)
        elif name == "delegate":
            self.start_delegate()
        elif name == "departure":
            self.record_departure()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # ------------------------------------------------------------ delegate

    def start_delegate(self) -> None:
        """F3: first the invitee who sends someone, then the person who came."""
        if self.pending is not None:
            self._finish_pending(save=not self.pad.is_empty())
        self.mode = Mode.DELEGATE_INVITEE
        self.delegate_for = None
        self.scan_edit.clear()
        self.picked = False
        self.search_title.setText(self.tr("Diwakili · langkah 1 dari 2"))
        self.search_help.setText(
            self.tr(
                "Siapa yang diwakili? Ketik nama pejabat yang diundang, ↑/↓ lalu Enter. "
                "Esc membatalkan."
            )  # fmt: skip
        )
        self.scan_hint.setText(self.tr("Mode diwakili"))
        self._search("")
        self.search_title.setText(self.tr("Diwakili · langkah 1 dari 2"))
        self.scan_edit.setFocus()

    # ------------------------------------------------------------ walk-in form

    def open_form(self, *, delegate: bool = False, name: str = "") -> None:
        """F2: a guest not on the list (or a new delegate): name, jabatan, OPD, Enter."""
        if self.pending is not None:
            self._finish_pending(save=not self.pad.is_empty())
        self.form_for_delegate = delegate and self.delegate_for is not None
        if self.form_for_delegate:
            assert self.delegate_for is not None
            self.form_title.setText(self.tr("Perwakilan baru"))
            self.form_help.setText(
                self.tr("Hadir mewakili {name}. Instansi kosong = instansi pejabat itu.").format(
                    name=self.delegate_for.name
                )
            )
        else:
            self.form_title.setText(self.tr("Tamu tidak diundang"))
            self.form_help.setText(
                self.tr("Isi nama, jabatan, dan instansi; Enter menyimpan, Esc membatalkan.")
            )
        self.form_name.setText(name)
        self.form_jabatan.clear()
        self.form_org.clear()
        self.form_error.clear()
        with self.db.session() as s:
            orgs = [o.name for o in list_organizations(s)]
        completer = QCompleter(orgs, self.form_org)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.form_org.setCompleter(completer)
        self.scan_edit.clear()
        self.clear_timer.stop()
        self.stage.setCurrentIndex(Page.FORM)
        (self.form_jabatan if name else self.form_name).setFocus()

    def save_form(self) -> None:
        name = self.form_name.text().strip()
        if not name:
            self.form_error.setText(self.tr("Nama wajib diisi."))
            self.form_name.setFocus()
            return
        jabatan = self.form_jabatan.text().strip()
        org = self.form_org.text().strip()
        desk = self.desk
        assert desk is not None
        now = self.clock()
        if self.form_for_delegate and self.delegate_for is not None:
            invitee = self.delegate_for.person_id
            fn = lambda s: svc.check_in_delegate(  # noqa: E731
                s, desk.meeting_id, invitee, svc.NewPerson(name, jabatan, org), now=now,
                station=self.station, desk=desk)  # fmt: skip
        else:
            fn = lambda s: svc.check_in_walk_in(  # noqa: E731
                s, desk.meeting_id, name, jabatan, org, now=now, station=self.station, desk=desk)  # fmt: skip
        result = self._write(fn)
        if result is None:
            self.stage.setCurrentIndex(Page.FORM)
            self.form_error.setText(self.result_panel.detail.text())
            return
        self.last_unknown_text = ""
        self.form_for_delegate = False
        self.mode = Mode.SCAN
        self.delegate_for = None
        self.show_result(result)

    def cancel_form(self) -> None:
        self.form_for_delegate = False
        if self.mode in (Mode.DELEGATE_INVITEE, Mode.DELEGATE_PERSON):
            self.stage.setCurrentIndex(Page.SEARCH)
        else:
            self._show_idle()
        self.scan_edit.setFocus()

    # ------------------------------------------------------------ undo, departure

    def undo_last(self) -> None:
        """Ctrl+Z: the wrong person was picked. Deletes this station's last check-in (audited)."""
        if self.meeting_id is None:
            return
        if self.pending is not None:
            self.pending = None
            self.pad.clear()
        meeting_id = self.meeting_id
        undone = self._write(lambda s: svc.undo_last(s, meeting_id, self.station))
        if undone is None:
            if self.stage.currentIndex() != Page.RESULT or self.result_panel.tone != "error":
                self._show("info", QCoreApplication.translate("KioskWindow", "TIDAK ADA YANG DIBATALKAN"),
                           detail=QCoreApplication.translate("KioskWindow", "Belum ada check-in dari meja ini."))  # fmt: skip
            self._arm_clear()
            self.scan_edit.setFocus()
            return
        if self.last_result and self.last_result.attendance_id == undone.attendance_id:
            self.last_result = None
        self.scan_edit.clear()
        self._show("info", QCoreApplication.translate("KioskWindow", "CHECK-IN DIBATALKAN"), name=undone.name,
                   time=self.tr("pukul {t} {z} dihapus").format(t=undone.time_text, z=self.zone),
                   help=QCoreApplication.translate("KioskWindow", "Tercatat di jejak audit."))  # fmt: skip
        self.stage.setCurrentIndex(Page.RESULT)
        self._arm_clear()
        self.schedule_refresh()
        self.scan_edit.setFocus()

    def record_departure(self) -> None:
        """F4 after a scan: the person shown is leaving (early departures are flagged)."""
        r = self.last_result
        if r is None or r.attendance_id is None:
            self._show("info", QCoreApplication.translate("KioskWindow", "CATAT PULANG"),
                       detail=QCoreApplication.translate("KioskWindow", "Pindai dulu peserta yang pulang, lalu tekan F4."))  # fmt: skip
            self._arm_clear()
            return
        att_id = r.attendance_id
        dep = self._write(lambda s: svc.record_departure(s, att_id, self.clock()))
        if dep is None:
            return
        when = self.tr("pulang pukul {t} {z}").format(t=dep.time_text, z=self.zone)
        if dep.early:
            when += " · " + self.tr("sebelum rapat selesai")
        headline = (
            QCoreApplication.translate("KioskWindow", "SUDAH TERCATAT PULANG")
            if dep.already_recorded
            else QCoreApplication.translate("KioskWindow", "TERCATAT PULANG")
        )
        self._show("info", headline, name=dep.name, time=when)
        self.last_result = None
        self._arm_clear()
        self.schedule_refresh()
        self.scan_edit.setFocus()

    # ------------------------------------------------------------ lifetime

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pending is not None and not self.pad.is_empty():
            self._finish_pending(save=True)
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
        super().closeEvent(event)
