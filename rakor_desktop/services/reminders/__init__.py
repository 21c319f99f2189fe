"""Reminder digests: per OPD, the follow-ups due soon or overdue, as a PDF in a folder
and a message in the outbox, on the day of the week the office chose (issue 21)."""
