"""Notes per agenda item with autosave semantics (idempotent, last write wins)."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_data import wib
from sqlmodel import select

from rakor_desktop.domain.models import Meeting, Note
from rakor_desktop.services.meetings import agenda, notes
from rakor_desktop.services.meetings.close import MeetingLocked


@pytest.fixture
def db(any_db):
    """Every test here runs on SQLite and on a real PostgreSQL server (issue 9)."""
    return any_db


DAY = date(2025, 8, 25)


def _meeting(s) -> Meeting:
    m = Meeting(title="Rakor", starts_at=wib(DAY))
    s.add(m)
    s.flush()
    return m


def test_save_is_upsert_and_idempotent(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        it = agenda.add_item(s, m.id, "Evaluasi")
        mid, iid = m.id, it.id
    with db.session() as s:
        assert notes.save_note(s, mid, iid, "").changed is False  # nothing to store yet
        first = notes.save_note(s, mid, iid, "- Dinkes: **stunting** turun\r\n- PAD naik")
        assert first.changed
    with db.session() as s:
        again = notes.save_note(s, mid, iid, "- Dinkes: **stunting** turun\n- PAD naik")
        assert not again.changed and again.note_id == first.note_id
        notes.save_note(s, mid, iid, "teks baru")
        notes.save_note(s, mid, None, "catatan umum")
    with db.session() as s:
        assert len(s.exec(select(Note)).all()) == 2
        assert notes.notes_for_meeting(s, mid) == {iid: "teks baru", None: "catatan umum"}


def test_large_text_round_trips(db) -> None:
    body = ("Paragraf dengan huruf é dan angka 45,5%.\n" * 26000)[: 1024 * 1024]
    with db.session() as s:
        m = _meeting(s)
        it = agenda.add_item(s, m.id, "Evaluasi")
        notes.save_note(s, m.id, it.id, body + "\x00")
        ids = (m.id, it.id)
    with db.session() as s:
        assert notes.get_note(s, *ids) == body


def test_item_of_another_meeting_refused(db) -> None:
    with db.session() as s:
        m1, m2 = _meeting(s), _meeting(s)
        it = agenda.add_item(s, m1.id, "Evaluasi")
        with pytest.raises(notes.NoteError):
            notes.save_note(s, m2.id, it.id, "x")


def test_finalized_notes_refused(db) -> None:
    with db.session() as s:
        m = _meeting(s)
        it = agenda.add_item(s, m.id, "Evaluasi")
        notes.save_note(s, m.id, it.id, "asli")
        m.status = "finalized"
        s.add(m)
        with pytest.raises(MeetingLocked, match="difinalkan"):
            notes.save_note(s, m.id, it.id, "diubah")
        assert notes.get_note(s, m.id, it.id) == "asli"
