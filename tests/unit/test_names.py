from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rakor_desktop.domain.names import fold, name_key, search_key, strip_titles


def test_titles_are_stripped_from_both_sides() -> None:
    assert strip_titles("Dr. H. Anom Widiyantoro, S.H., M.H.") == "Anom Widiyantoro"
    assert strip_titles("Hj. Siti Nur'aini, S.Sos., M.Si.") == "Siti Nur'aini"
    assert strip_titles("Ir. Drs. Bambang") == "Bambang"
    assert strip_titles("Nurkholes") == "Nurkholes"


def test_a_title_alone_is_kept_as_the_name() -> None:
    assert strip_titles("H.") == "H."


def test_name_key_matches_spellings_of_one_person() -> None:
    a = name_key("Dr. H. Anom Widiyantoro, S.H., M.H.")
    assert a == name_key("ANOM WIDIYANTORO") == name_key("anom  widiyantoro")
    assert name_key("Séno Aji") == name_key("Seno Aji")


def test_search_key_finds_fragments() -> None:
    key = search_key("Dr. H. Anom Widiyantoro, S.H., M.H.", "Bupati")
    assert "anom" in key and "bupati" in key
    assert fold("Nur’aini") == "nur aini"


@given(st.text(max_size=80))
def test_folding_never_crashes_and_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert once == once.strip()
