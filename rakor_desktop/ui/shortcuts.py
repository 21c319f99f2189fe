"""Every keyboard shortcut of the app, from the tables that bind them, in one help dialog.

Three declarative tables exist, each next to the widgets that bind it:

- the main window's: the page registry (``Ctrl+1``..``Ctrl+6``, :data:`ui.pages.PAGES`)
  and :data:`MAIN_SHORTCUTS` below (the window binds its actions through
  :func:`main_sequence`);
- the meeting workspace's: ``ui/meetings/shortcuts.py`` (``SHORTCUTS``/``rows()``);
- the door station's key bar: ``ui/attendance/window.py`` (``KEYS``).

:func:`shortcut_groups` reads all three, so Bantuan > "Pintasan keyboard" can never
list a key that does not work or miss one that does. Nothing here is typed twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop.ui import theme
from rakor_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rakor_desktop.ui.roles import GROUP_ROLE
from rakor_desktop.ui.widgets import fit_to_screen, label, style_table

CONTEXT = "Shortcuts"


@dataclass(frozen=True, slots=True)
class MainShortcut:
    """A window-wide key of the main window (the page keys come from the page registry)."""

    action: str  # stable id: main_window binds by it
    keys: str | QKeySequence.StandardKey  # portable text or the platform's standard key
    label: str  # Indonesian source text in context "Shortcuts"
    where: str = QT_TRANSLATE_NOOP("Shortcuts", "Semua halaman")

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)


MAIN_SHORTCUTS: tuple[MainShortcut, ...] = (
    MainShortcut(
        "file.open",
        QKeySequence.StandardKey.Open,
        QT_TRANSLATE_NOOP("Shortcuts", "Buka basis data lain"),
    ),
    MainShortcut(
        "page.search",
        QKeySequence.StandardKey.Find,
        QT_TRANSLATE_NOOP("Shortcuts", "Cari (di halaman Peserta & OPD)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Peserta & OPD"),
    ),
    MainShortcut(
        "page.refresh",
        QKeySequence.StandardKey.Refresh,
        QT_TRANSLATE_NOOP("Shortcuts", "Muat ulang halaman"),
    ),
    MainShortcut(
        "help.shortcuts",
        QKeySequence.StandardKey.HelpContents,
        QT_TRANSLATE_NOOP("Shortcuts", "Daftar pintasan keyboard"),
    ),
    MainShortcut("file.quit", "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Keluar")),
    # The Monev page binds these itself (ui/monev/page.py), only while it is shown.
    MainShortcut(
        "monev.directive",
        "Ctrl+D",
        QT_TRANSLATE_NOOP("Shortcuts", "Jadikan indikator terpilih arahan pimpinan"),
        QT_TRANSLATE_NOOP("Shortcuts", "Monev"),
    ),
    MainShortcut(
        "monev.import",
        "Ctrl+I",
        QT_TRANSLATE_NOOP("Shortcuts", "Impor matriks indikator RPJMD"),
        QT_TRANSLATE_NOOP("Shortcuts", "Monev"),
    ),
    MainShortcut(
        "monev.print",
        "Ctrl+P",
        QT_TRANSLATE_NOOP("Shortcuts", "Cetak Matriks Monev (PDF)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Monev"),
    ),
    MainShortcut(
        "monev.export",
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Shortcuts", "Ekspor Matriks Monev (Excel)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Monev"),
    ),
    # The Tindak Lanjut page binds these itself (ui/followups/page.py).
    MainShortcut(
        "followups.return_form",
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("Shortcuts", "Buat formulir progres untuk OPD terpilih"),
        QT_TRANSLATE_NOOP("Shortcuts", "Tindak Lanjut"),
    ),
    MainShortcut(
        "followups.return_import",
        "Ctrl+I",
        QT_TRANSLATE_NOOP("Shortcuts", "Impor formulir progres yang dikembalikan OPD"),
        QT_TRANSLATE_NOOP("Shortcuts", "Tindak Lanjut"),
    ),
    MainShortcut(
        "followups.reminders",
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Shortcuts", "Pengingat tindak lanjut per OPD (jadwal dan kirim)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Tindak Lanjut"),
    ),
    # Peserta & OPD binds this itself (ui/pages/people.py).
    MainShortcut(
        "directory.edit_organization",
        "F2",
        QT_TRANSLATE_NOOP("Shortcuts", "Ubah OPD terpilih (nama, singkatan, surel kantor)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Peserta & OPD"),
    ),
    # The packets window binds these (ui/packets/dialog.py).
    MainShortcut(
        "packets.build",
        "Ctrl+B",
        QT_TRANSLATE_NOOP("Shortcuts", "Buat paket OPD (dan antrekan surelnya)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Paket untuk OPD"),
    ),
    MainShortcut(
        "packets.share",
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("Shortcuts", "Bagikan: buka folder OPD dan salin pesannya"),
        QT_TRANSLATE_NOOP("Shortcuts", "Paket untuk OPD"),
    ),
)

_MAIN_BY_ACTION = {s.action: s for s in MAIN_SHORTCUTS}


def main_sequence(action: str) -> QKeySequence:
    """The key the main window binds for ``action`` (KeyError for an unknown id)."""
    return _MAIN_BY_ACTION[action].sequence()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _native(keys: str | QKeySequence | QKeySequence.StandardKey) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


@dataclass(frozen=True, slots=True)
class ShortcutGroup:
    key: str  # "main", "meeting", "kiosk"
    title: str  # translated
    rows: tuple[tuple[str, str, str], ...]  # (keys, what it does, where), translated


def shortcut_groups() -> list[ShortcutGroup]:
    """The three tables, translated, in the order the help dialog shows them."""
    from rakor_desktop.ui.attendance.window import CTX as KIOSK_CONTEXT
    from rakor_desktop.ui.attendance.window import KEYS as KIOSK_KEYS
    from rakor_desktop.ui.attendance.window import OCCASIONAL_KEYS
    from rakor_desktop.ui.meetings import shortcuts as meeting_shortcuts
    from rakor_desktop.ui.pages import PAGES

    everywhere = QCoreApplication.translate("Shortcuts", "Semua halaman")
    main = [
        (
            _native(p.shortcut),
            QCoreApplication.translate("Shortcuts", "Buka halaman %1").replace(
                "%1", p.translated_title()
            ),
            everywhere,
        )
        for p in PAGES
    ]
    main += [
        (
            _native(s.keys),
            QCoreApplication.translate(CONTEXT, s.label),
            QCoreApplication.translate(CONTEXT, s.where),
        )
        for s in MAIN_SHORTCUTS
    ]
    door = QCoreApplication.translate("Shortcuts", "Kolom pindai")
    # The key bar's words are lower-case hints ("tamu"); a table row starts with a capital.
    kiosk = [
        (_native(keys), _capital(QCoreApplication.translate(KIOSK_CONTEXT, text)), door)
        for keys, text in (*KIOSK_KEYS, *OCCASIONAL_KEYS)
    ]
    return [
        ShortcutGroup(
            "main", QCoreApplication.translate("Shortcuts", "Jendela utama"), tuple(main)
        ),
        ShortcutGroup(
            "meeting",
            QCoreApplication.translate("Shortcuts", "Rapat (ruang kerja sekretaris)"),
            tuple(meeting_shortcuts.rows()),
        ),
        ShortcutGroup(
            "kiosk",
            QCoreApplication.translate("Shortcuts", "Meja registrasi (kiosk)"),
            tuple(kiosk),
        ),
    ]


class ShortcutsDialog(QDialog):
    """Bantuan > Pintasan keyboard: one table, a heading row per group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pintasan keyboard"))
        fit_to_screen(self, 640, 640)
        self.setMinimumSize(520, 480)
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 16)
        col.setSpacing(12)
        col.addWidget(label(self.tr("Pintasan keyboard"), "section"))
        self.groups = shortcut_groups()
        count = sum(len(g.rows) + 1 for g in self.groups)
        self.table = QTableWidget(count, 3)
        self.table.setObjectName("shortcut-table")
        self.table.setHorizontalHeaderLabels([self.tr("Tombol"), self.tr("Fungsi"), self.tr("Di")])
        row = 0
        for group in self.groups:
            heading = QTableWidgetItem(group.title)
            heading.setData(GROUP_ROLE, group.key)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setForeground(QBrush(QColor(theme.ACCENT)))
            heading.setBackground(QBrush(QColor(theme.ACCENT_SOFT)))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 3)
            row += 1
            for keys, text, where in group.rows:
                key_item = QTableWidgetItem(keys)
                font = key_item.font()
                font.setBold(True)
                key_item.setFont(font)
                self.table.setItem(row, 0, key_item)
                self.table.setItem(row, 1, QTableWidgetItem(text))
                where_item = QTableWidgetItem(where)
                where_item.setForeground(QBrush(QColor(theme.TEXT_MUTED)))
                self.table.setItem(row, 2, where_item)
                row += 1
        style_table(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(2, 170)
        col.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def group_titles(self) -> list[str]:
        """The heading rows as shown (tests; the order of the dialog)."""
        return [
            item.text()
            for r in range(self.table.rowCount())
            if (item := self.table.item(r, 0)) is not None and item.data(GROUP_ROLE)
        ]

    def _text_at(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def rows_of(self, group_key: str) -> list[tuple[str, str, str]]:
        """The rows under one heading, as shown."""
        out: list[tuple[str, str, str]] = []
        current = None
        for r in range(self.table.rowCount()):
            first = self.table.item(r, 0)
            if first is not None and first.data(GROUP_ROLE):
                current = first.data(GROUP_ROLE)
                continue
            if current == group_key:
                a, b, c = (self._text_at(r, column) for column in range(3))
                out.append((a, b, c))
        return out
