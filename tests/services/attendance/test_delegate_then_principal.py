"""A delegate, then the official in person: one invitation, counted once (issue 15 item 9).

Before, the official's own scan gave a plain "HADIR - TERLAMBAT" with no word of the
delegate, and the daftar hadir counted both against one invitation (61 people from 59
invitations). Now the door says who stood in, the delegate stays in the list as a
companion ("pendamping"), and the summary counts the invitation once.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from checkin_data import EARLY, attendance_rows, build
from pypdf import PdfReader

from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.attendance.checkin import State
from rakor_desktop.services.attendance.results import Tone
from rakor_desktop.services.minutes.assemble import prepare_document


@pytest.fixture
def db(any_db):
    return any_db


def run(db, fn):
    with db.session(write=True) as s:
        return fn(s)


def test_the_door_says_who_stood_in_and_the_list_counts_the_invitation_once(db) -> None:
    rakor = build(db)
    anom, agus = rakor.invited[0], rakor.staff[0]
    delegate = run(db, lambda s: svc.check_in_delegate(s, rakor.meeting_id, anom, agus, now=EARLY))
    assert delegate.state is State.DELEGATE

    own = run(
        db, lambda s: svc.check_in(s, rakor.meeting_id, rakor.nips[anom], now=EARLY, station="x")
    )
    assert own.state is State.NEW
    assert own.represented_by_name == delegate.name
    assert own.tone is Tone.WARN  # amber: the door officer must notice
    assert len(attendance_rows(db, rakor.meeting_id)) == 2  # both were in the room

    with db.session() as s:
        doc = prepare_document(s, rakor.meeting_id, "attendance", now=EARLY)
        pdf = doc.render()
    rows = {a.person.name: a for a in doc.meeting.attendees}
    assert rows[delegate.name].companion and not rows[own.name].companion
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(BytesIO(pdf)).pages
    )
    assert "pendamping; semula mewakili" in text
    assert "Pendamping 1 orang" in text
    assert "Diwakili 0 orang" in text or "Diwakili" not in text


def test_the_invitees_tab_and_the_door_card_count_alike(db) -> None:
    """Issue 15 item 10: the Undangan tab said "18 belum hadir" while its card said 19."""
    from rakor_desktop.services.meetings.listing import list_invitees

    rakor = build(db)
    anom, agus, sri = rakor.invited[0], rakor.staff[0], rakor.invited[1]
    run(db, lambda s: svc.check_in_delegate(s, rakor.meeting_id, anom, agus, now=EARLY))
    run(db, lambda s: svc.check_in(s, rakor.meeting_id, rakor.nips[sri], now=EARLY))
    with db.session() as s:
        rows = list_invitees(s, rakor.meeting_id)
        counters = svc.attendance_counters(s, rakor.meeting_id)
    came = {r.person_id for r in rows if r.attended}
    assert came == {anom, sri}  # represented counts as come, like at the door
    assert len(rows) - len(came) == counters.missing
