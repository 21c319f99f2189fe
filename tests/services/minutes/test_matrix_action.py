"""A directive typed in the meeting prints a Tindak Lanjut, never a blank cell (issue 15)."""

from __future__ import annotations

from datetime import date

from meeting_data import build_regency, wib

from rakor_desktop.services.meetings import decisions
from rakor_desktop.services.meetings import editor as meeting_editor
from rakor_desktop.services.minutes.assemble import prepare_document

DAY = date(2025, 8, 11)


def test_new_directives_say_nothing_was_reported_yet(db) -> None:
    with db.session(write=True) as s:
        build_regency(s)
        m = meeting_editor.create_meeting(
            s,
            meeting_editor.MeetingInput(title="Rakor", starts_at=wib(DAY, 9), place="X"),
            now=wib(DAY, 8),
        )
        decisions.add_decision(s, m.id, "arahan", "Percepat penyaluran bansos")
        mid = m.id
    with db.session() as s:
        doc = prepare_document(s, mid, "followups", now=wib(DAY, 12))
    (row,) = doc.meeting.followups
    assert row.problem == "Percepat penyaluran bansos"
    assert row.action == "Belum dilaporkan OPD."
