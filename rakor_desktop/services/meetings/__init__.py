"""Meetings: listing, editing, agenda, notes, decisions, closing, presence."""
