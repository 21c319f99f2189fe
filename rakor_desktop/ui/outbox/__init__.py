"""The outbox in the window: what waits, what went, what failed and why (issue 21)."""
