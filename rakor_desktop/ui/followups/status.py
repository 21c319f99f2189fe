"""Status names and colours, one place for the table, the side panel and the chips.

Colours follow what a chair reads at a glance: red for late, green for done, blue for
in progress, grey for not started, faint and struck through for cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rakor_desktop.ui import theme

CONTEXT = "FollowUpStatus"

LABELS = {
    "belum": QT_TRANSLATE_NOOP("FollowUpStatus", "Belum"),
    "dalam_proses": QT_TRANSLATE_NOOP("FollowUpStatus", "Dalam Proses"),
    "terlambat": QT_TRANSLATE_NOOP("FollowUpStatus", "Terlambat"),
    "selesai": QT_TRANSLATE_NOOP("FollowUpStatus", "Selesai"),
    "dibatalkan": QT_TRANSLATE_NOOP("FollowUpStatus", "Dibatalkan"),
}
#: (foreground, background) per effective status.
COLORS = {
    "belum": (theme.TEXT_MUTED, "#eef1f5"),
    "dalam_proses": (theme.ACCENT, theme.ACCENT_SOFT),
    "terlambat": (theme.DANGER, theme.DANGER_SOFT),
    "selesai": (theme.SUCCESS, theme.SUCCESS_SOFT),
    "dibatalkan": (theme.TEXT_FAINT, "#f1f3f6"),
}
TONES = {
    "belum": "muted",
    "dalam_proses": "accent",
    "terlambat": "danger",
    "selesai": "success",
    "dibatalkan": "muted",
}
ORDER = ("belum", "dalam_proses", "terlambat", "selesai", "dibatalkan")
#: Statuses a person can choose (Terlambat is derived from the due date).
SETTABLE = ("belum", "dalam_proses", "selesai", "dibatalkan")


def label(status: str) -> str:
    return QCoreApplication.translate(CONTEXT, LABELS.get(status, status))
