"""The secretary's meeting workspace: list, editor, invitees, agenda, live mode, notes,
decisions, OPD reports and closing. ``page.MeetingsPage`` is the entry point."""

from rakor_desktop.ui.qtguard import guard_singletons

# Before any widget exists: see ui/qtguard (PySide6 6.12 + CPython 3.11 drain the counts
# of None/True/False through void calls and Signal.emit()).
guard_singletons()
