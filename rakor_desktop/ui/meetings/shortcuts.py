"""Keyboard shortcuts of the meeting workspace, declared once.

Keys the main window binds for the whole window (Ctrl+1..5 pages, F5 reload, Ctrl+O,
Ctrl+Q, F1) are not reused here: two shortcuts on one key are ambiguous to Qt and
neither fires.

The widgets bind their actions from this table (:func:`sequence`), and the shell's
Help > Pintasan dialog (``ui/shortcuts.py``) lists it through :func:`rows`, so the
dialog can never disagree with the keys that actually work.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "MeetingShortcuts"


@dataclass(frozen=True, slots=True)
class Shortcut:
    action: str  # stable id used by the widgets
    keys: str  # portable QKeySequence text
    label: str  # Indonesian source text (translated on display)
    where: str  # Indonesian source text: the part of the window it works in


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "meeting.new",
        "Ctrl+N",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat baru"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Daftar rapat"),
    ),
    Shortcut(
        "meeting.duplicate",
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Duplikat rapat terpilih"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Daftar rapat"),
    ),
    Shortcut(
        "meeting.next_of_series",
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat berikutnya dari seri"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Daftar rapat"),
    ),
    Shortcut(
        "meeting.open",
        "Return",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Buka rapat terpilih"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Daftar rapat"),
    ),
    Shortcut(
        "search",
        "Ctrl+F",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Cari"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Daftar rapat, undangan"),
    ),
    Shortcut(
        "workspace.back",
        "Alt+Home",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Kembali ke daftar rapat"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat"),
    ),
    Shortcut(
        "workspace.next_tab",
        "Ctrl+PgDown",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Tab berikutnya (Rincian … Penutupan)"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat"),
    ),
    Shortcut(
        "workspace.previous_tab",
        "Ctrl+PgUp",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Tab sebelumnya"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat"),
    ),
    Shortcut(
        "workspace.save",
        "Ctrl+S",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Simpan sekarang (otomatis tiap jeda ketik)"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat"),
    ),
    Shortcut(
        "live.start",
        "F6",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Mulai / lanjutkan timer butir agenda"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jalannya rapat"),
    ),
    Shortcut(
        "live.stop",
        "Shift+F6",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jeda timer"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jalannya rapat"),
    ),
    Shortcut(
        "projector.toggle",
        "F8",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Buka / tutup tampilan proyektor"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat"),
    ),
    Shortcut(
        "projector.next_scene",
        "F9",
        QT_TRANSLATE_NOOP(
            "MeetingShortcuts",
            "Adegan proyektor berikutnya (agenda, keputusan, kehadiran, monev, tindak lanjut, kosong)",
        ),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat"),
    ),
    Shortcut(
        "projector.previous_scene",
        "Shift+F9",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Adegan proyektor sebelumnya"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Rapat"),
    ),
    Shortcut(
        "live.next",
        "Alt+Right",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Butir agenda berikutnya"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jalannya rapat"),
    ),
    Shortcut(
        "live.previous",
        "Alt+Left",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Butir agenda sebelumnya"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jalannya rapat"),
    ),
    Shortcut(
        "note.new",
        "Ctrl+E",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Catatan baru (poin di akhir catatan)"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jalannya rapat"),
    ),
    Shortcut(
        "decision.keputusan",
        "Ctrl+D",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Catat keputusan"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jalannya rapat"),
    ),
    Shortcut(
        "decision.kesimpulan",
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Catat kesimpulan"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jalannya rapat"),
    ),
    Shortcut(
        "decision.arahan",
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Catat arahan pimpinan (jadi tindak lanjut)"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Jalannya rapat"),
    ),
    Shortcut(
        "note.bold",
        "Ctrl+B",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Tebal (**teks**)"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Catatan"),
    ),
    Shortcut(
        "note.undo",
        "Ctrl+Z",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Urungkan"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Catatan"),
    ),
    Shortcut(
        "note.redo",
        "Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Ulangi"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Catatan"),
    ),
    Shortcut(
        "agenda.up",
        "Ctrl+Up",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Pindahkan butir agenda ke atas"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Agenda"),
    ),
    Shortcut(
        "agenda.down",
        "Ctrl+Down",
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Pindahkan butir agenda ke bawah"),
        QT_TRANSLATE_NOOP("MeetingShortcuts", "Agenda"),
    ),
)

_BY_ACTION = {s.action: s for s in SHORTCUTS}
assert len(_BY_ACTION) == len(SHORTCUTS), "duplicate shortcut action ids"


def sequence(action: str) -> QKeySequence:
    return QKeySequence(_BY_ACTION[action].keys)


def native_text(action: str) -> str:
    """The key as the user's platform writes it (Ctrl+D, ⌘D)."""
    return sequence(action).toString(QKeySequence.SequenceFormat.NativeText)


def rows() -> list[tuple[str, str, str]]:
    """(keys, what it does, where) translated, for a help dialog."""
    return [
        (
            QKeySequence(s.keys).toString(QKeySequence.SequenceFormat.NativeText),
            QCoreApplication.translate(CONTEXT, s.label),
            QCoreApplication.translate(CONTEXT, s.where),
        )
        for s in SHORTCUTS
    ]
