"""Bantuan > "Tentang Rakor Desktop" (the shortcut list is ``ui/shortcuts.py``).

The About dialog carries what a support call needs: app version, which database file
is open and its schema revision, and the Qt/PySide/Python versions.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rakor_desktop import APP_NAME, __version__
from rakor_desktop.ui.icons import app_icon
from rakor_desktop.ui.widgets import divider, label

LICENSE = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    def __init__(
        self, database_path: str, schema_revision: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang %1").replace("%1", APP_NAME))
        self.setMinimumWidth(520)
        col = QVBoxLayout(self)
        col.setContentsMargins(28, 24, 28, 20)
        col.setSpacing(14)

        head = QHBoxLayout()
        head.setSpacing(16)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(label(APP_NAME, "page-title"))
        self.version_label = label(self.tr("Versi %1").replace("%1", __version__), "muted")
        title_box.addWidget(self.version_label)
        title_box.addWidget(
            label(
                self.tr(
                    "Rapat koordinasi pemerintah daerah: undangan, daftar hadir, notulen "
                    "dan tindak lanjut, sepenuhnya luring."
                ),
                "muted",
                wrap=True,
            )
        )
        head.addLayout(title_box, 1)
        col.addLayout(head)
        col.addWidget(divider())

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.facts = {
            "database": (self.tr("Basis data"), database_path),
            "schema": (self.tr("Versi skema"), schema_revision or self.tr("(belum ada)")),
            "qt": (self.tr("Qt / PySide"), f"Qt {qVersion()} · PySide {pyside_version}"),
            "python": (self.tr("Python"), f"{platform.python_version()} · {platform.system()}"),
            "license": (self.tr("Lisensi"), LICENSE),
        }
        self.value_labels: dict[str, QLabel] = {}
        for row, (key, (name, value)) in enumerate(self.facts.items()):
            grid.addWidget(label(name, "muted"), row, 0, Qt.AlignmentFlag.AlignTop)
            value_label = label(value, wrap=True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.value_labels[key] = value_label
            grid.addWidget(value_label, row, 1)
        grid.setColumnStretch(1, 1)
        col.addLayout(grid)
        col.addWidget(divider())
        credits = label(
            self.tr(
                "Dibangun dengan Qt for Python (PySide6), SQLModel/SQLAlchemy, Alembic dan "
                "ReportLab. Huruf Liberation Sans (SIL Open Font License)."
            ),
            "faint",
            wrap=True,
        )
        col.addWidget(credits)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def text(self) -> str:
        """Everything shown, as plain text (tests; "copy to clipboard" for support)."""
        lines = [APP_NAME, self.version_label.text()]
        lines += [f"{name}: {value}" for name, value in self.facts.values()]
        return "\n".join(lines)
