"""The secretary's meeting workspace: list, editor, invitees, agenda, live mode, notes,
decisions, OPD reports and closing. ``page.MeetingsPage`` is the entry point."""
