"""Follow-ups of directives: queries, carry-over, progress."""
