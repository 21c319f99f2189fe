"""The door station's small parts: the scan field, the answer panel, modes, key bar texts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.ui import formatting as fmt
from rakor_desktop.ui.attendance import style
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP

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
    svc.State.OTHER_DAY: QT_TRANSLATE_NOOP("KioskWindow", "BUKAN HARI INI"),
    svc.State.EMPTY: QT_TRANSLATE_NOOP("KioskWindow", "SILAKAN PINDAI UNDANGAN"),
}
LATE_HEADLINE = QT_TRANSLATE_NOOP("KioskWindow", "HADIR · TERLAMBAT")
KEYS = (
    ("Enter", QT_TRANSLATE_NOOP("KioskWindow", "konfirmasi")),
    ("F2", QT_TRANSLATE_NOOP("KioskWindow", "tamu")),
    ("F3", QT_TRANSLATE_NOOP("KioskWindow", "diwakili")),
    ("F4", QT_TRANSLATE_NOOP("KioskWindow", "pulang")),
    ("F5", QT_TRANSLATE_NOOP("KioskWindow", "kamera")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("KioskWindow", "batalkan")),
    ("Esc", QT_TRANSLATE_NOOP("KioskWindow", "kembali")),
    ("F11", QT_TRANSLATE_NOOP("KioskWindow", "layar penuh")),
)


# Keys for rare moments: in Bantuan > Pintasan and on the screen that needs them, not in
# the key bar (which must fit a 1280 px door laptop).
OCCASIONAL_KEYS = (("F8", QT_TRANSLATE_NOOP("KioskWindow", "buka di hari lain")),)


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
        Qt.Key.Key_F5: "camera",
        Qt.Key.Key_F8: "other_day",
        Qt.Key.Key_F11: "fullscreen",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
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
