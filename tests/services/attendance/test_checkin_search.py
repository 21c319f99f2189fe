"""Kiosk name search, the signature codec, and cross-connection change detection."""

from __future__ import annotations

import sqlite3

from checkin_data import EARLY, build
from hypothesis import given, settings
from hypothesis import strategies as st

from rakor_desktop.domain.models import Person
from rakor_desktop.services.attendance import checkin as svc
from rakor_desktop.services.directory.people import create_person, rename_person
from rakor_desktop.services.directory.search import (
    DirectoryEntry,
    DirectoryIndex,
    directory_token,
    load_index,
)
from rakor_desktop.services.office.changes import ChangeProbe

ANOM = "Dr. H. Anom Widiyantoro, S.H., M.H."


def names(hits):
    return [h.name for h in hits]


def test_folded_prefixes_titles_and_diacritics(db) -> None:
    rakor = build(db)
    with db.session(write=True) as s:
        create_person(s, "Séno Adi Nugroho, S.T.", jabatan="Kepala Seksi")
        create_person(s, "Anomsari Dewi", jabatan="Staf")
    with db.session() as s:
        index = load_index(s, rakor.meeting_id)
    assert names(index.search("anom"))[0] == ANOM  # invited, and a whole name word first
    assert "Anomsari Dewi" in names(index.search("anom"))
    assert names(index.search("ANOM widi")) == [ANOM]
    assert names(index.search("dr anom")) == [ANOM]  # a typed title still matches
    assert names(index.search("seno")) == ["Séno Adi Nugroho, S.T."]
    assert names(index.search("yanto")) == [ANOM]  # inside a word, as a last resort
    assert names(index.search("camat petarukan")) == ["Drs. Bambang Sutrisno"]
    assert names(index.search("1970 0101")) == ["Ir. Sri Wahyuni, M.T."]  # NIP prefix
    assert index.search("19") == []  # too short to mean anything
    assert index.search("zzz") == []
    invited_flags = [h.invited for h in index.search("dinas")]
    assert invited_flags == sorted(invited_flags, reverse=True)  # invitees first


def test_only_restricts_to_given_people(db) -> None:
    rakor = build(db)
    with db.session() as s:
        index = load_index(s, rakor.meeting_id)
    only = {rakor.invited[1]}
    assert names(index.search("i", only=only)) == ["Ir. Sri Wahyuni, M.T."]
    assert index.search("anom", only=only) == []


def _entries(words: list[str]) -> list[DirectoryEntry]:
    return [
        DirectoryEntry(
            i + 1, f"{w} {words[(i + 1) % len(words)]}", None, "staf", "Dinas", i % 3 == 0
        )
        for i, w in enumerate(words)
    ]


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdeéo", min_size=1, max_size=6), min_size=1, max_size=30),
    query=st.text(alphabet="abcdeéo ", min_size=1, max_size=8),
    limit=st.sampled_from([1, 2, 8, 1000]),
)
def test_typing_letter_by_letter_finds_the_same_as_a_fresh_search(words, query, limit) -> None:
    """The narrowing cache (search only the previous hits) never loses a match, even
    when a short list skipped the inside-word fallback on the way."""
    typed = DirectoryIndex(_entries(words))
    for i in range(1, len(query) + 1):
        typed.search(query[:i], limit=limit)
    fresh = DirectoryIndex(_entries(words))
    assert typed.search(query, limit=1000) == fresh.search(query, limit=1000)


def test_directory_token_moves_on_rename_and_new_invitee(db) -> None:
    rakor = build(db)
    with db.session() as s:
        before = directory_token(s, rakor.meeting_id)
    with db.session(write=True) as s:
        p = s.get(Person, rakor.staff[0])
        rename_person(s, p, "Agus Prasetyo Nugroho, S.STP.")
        s.add(p)
    with db.session() as s:
        after = directory_token(s, rakor.meeting_id)
        index = load_index(s, rakor.meeting_id)
    assert after != before
    assert names(index.search("nugroho")) == ["Agus Prasetyo Nugroho, S.STP."]


@settings(max_examples=80, deadline=None)
@given(
    strokes=st.lists(
        st.lists(
            st.tuples(st.floats(0, 1, allow_nan=False), st.floats(0, 1, allow_nan=False)),
            min_size=1,
            max_size=60,
        ),
        min_size=1,
        max_size=8,
    )
)
def test_signature_round_trip_within_quantisation(strokes) -> None:
    text = svc.encode_signature(strokes)
    back = svc.decode_signature(text)
    assert len(back) == len(strokes)
    for original, decoded in zip(strokes, back, strict=True):
        # Consecutive points that quantise to the same cell are merged.
        assert 1 <= len(decoded) <= len(original)
        for x, y in decoded:
            assert any(abs(x - ox) <= 0.0005 and abs(y - oy) <= 0.0005 for ox, oy in original)


def test_signature_of_nothing_is_none_and_out_of_range_is_clamped() -> None:
    assert svc.encode_signature([]) is None
    assert svc.encode_signature([[]]) is None
    assert svc.decode_signature(None) == []
    back = svc.decode_signature(svc.encode_signature([[(-0.5, 2.0), (float("nan"), 0.5)]]))
    assert back == [[(0.0, 1.0), (0.0, 0.5)]]


def test_change_probe_sees_commits_of_other_connections_only_once(db) -> None:
    rakor = build(db)
    probe = ChangeProbe(db)
    try:
        assert probe.changed() is False
        with db.session(write=True) as s:  # this process, another connection (the pool's)
            svc.check_in(s, rakor.meeting_id, rakor.payloads[rakor.invited[0]], now=EARLY)
        assert probe.changed() is True
        assert probe.changed() is False
        raw = sqlite3.connect(db.path)  # like another process would
        raw.execute("UPDATE meeting SET place='Pendopo' WHERE id=?", (rakor.meeting_id,))
        raw.commit()
        raw.close()
        assert probe.changed() is True
        with db.session() as s:  # reads change nothing
            svc.attendance_counters(s, rakor.meeting_id)
        assert probe.changed() is False
    finally:
        probe.close()


def test_change_probe_on_postgres(any_db) -> None:
    rakor = build(any_db)
    probe = ChangeProbe(any_db)
    try:
        assert probe.changed() is False
        with any_db.session(write=True) as s:
            svc.check_in(s, rakor.meeting_id, rakor.payloads[rakor.invited[0]], now=EARLY)
        assert probe.changed() is True
        assert probe.changed() is False
        with any_db.session(write=True) as s:
            svc.undo_last(s, rakor.meeting_id, "")
        assert probe.changed() is True
    finally:
        probe.close()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_fast_fold_matches_the_domain_fold(text) -> None:
    from rakor_desktop.domain.names import fold
    from rakor_desktop.services.directory.search import _fold

    assert _fold(text) == fold(text)
