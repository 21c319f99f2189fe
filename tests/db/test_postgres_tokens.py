"""Change tokens on a server shared by stations whose clocks disagree.

On one laptop every process reads the same clock; on an office LAN each station
stamps ``updated_at`` with its own. An edit stamped earlier than the newest row must
still be noticed: by the change probe (live panels) and by the kiosk's directory
token (its in-memory name index).
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from rakor_desktop.domain.models import Person
from rakor_desktop.domain.types import utcnow
from rakor_desktop.services.directory.people import create_person
from rakor_desktop.services.directory.search import directory_token, load_index
from rakor_desktop.services.office.changes import ChangeProbe


def _people(db) -> list[int]:
    with db.session(write=True) as s:
        a = create_person(s, "Ir. Sri Wahyuni, M.T.", jabatan="Kepala Dinas PUPR")
        b = create_person(s, "Drs. Bambang Sutrisno", jabatan="Camat Petarukan")
        b.updated_at = utcnow() + timedelta(minutes=5)  # a station whose clock runs ahead
        s.add(b)
        return [a.id, b.id]


def test_an_edit_from_a_station_whose_clock_runs_behind_is_noticed(any_db) -> None:
    first, _second = _people(any_db)
    probe = ChangeProbe(any_db)
    with any_db.session() as s:
        before = directory_token(s)
        index = load_index(s)
    assert [e.name for e in index.search("sri", limit=5)] == ["Ir. Sri Wahyuni, M.T."]
    try:
        with any_db.session(write=True) as s:  # renamed at a station two minutes behind
            person = s.get(Person, first)
            person.full_name = "Ir. Sri Wahyuningsih, M.T."
            person.updated_at = utcnow() - timedelta(minutes=2)
            s.add(person)
        assert probe.changed() is True
        with any_db.session() as s:
            after = directory_token(s)
            newest = s.exec(select(Person.updated_at).order_by(Person.updated_at.desc())).first()
        assert newest > utcnow()  # max(updated_at) did not move
        if any_db.is_sqlite:
            # One file, one machine, one clock: SQLite's stations never disagree like this.
            return
        assert after != before  # the kiosk reloads its index
        with any_db.session() as s:
            reloaded = load_index(s)
        assert [e.name for e in reloaded.search("wahyuningsih", limit=5)] == [
            "Ir. Sri Wahyuningsih, M.T."
        ]
    finally:
        probe.close()
