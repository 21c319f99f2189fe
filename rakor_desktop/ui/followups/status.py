"""Status names and colours, one place for the table, the side panel and the chips.

Colours follow what a chair reads at a glance: red for late, green for done, blue for
in progress, grey for not started, faint and struck through for cancelled.
"""

from __future__ import annotations

from rakor_desktop.ui import labels, theme

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
    """The status name in the interface language: the one table in ``ui/labels.py``."""
    return labels.followup_status(status)
