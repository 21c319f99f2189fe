"""Name normalisation for search and matching.

Indonesian names are written with academic and religious titles around them
(``Dr. H. Anom Widiyantoro, S.H., M.H.``). Door staff type "anom"; importers must
match "ANOM WIDIYANTORO" to the same person. Both need a key without titles,
diacritics, case or punctuation.
"""

from __future__ import annotations

import re
import unicodedata

# Prefix titles (before the name) and suffix degrees (after a comma). Lower-case, no dots.
_PREFIX_TITLES = {
    "dr",
    "drs",
    "dra",
    "ir",
    "h",
    "hj",
    "prof",
    "kh",
    "rm",
    "r",
    "raden",
    "ns",
    "apt",
    "drg",
    "dt",
    "tgh",
    "ustadz",
    "hc",
}
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")


SEARCH_MAX_CHARS = 200


def bounded_search(text: str | None) -> str:
    """What a search box's text may contribute to a query: its first 200 characters.

    Why: no name, NIP, jabatan or title is longer, and an unbounded paste (100,000
    characters) would otherwise become a LIKE pattern SQLite refuses as too complex.
    """
    return (text or "").strip()[:SEARCH_MAX_CHARS]


def fold(text: str) -> str:
    """Lower-case, strip diacritics and punctuation, collapse spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", _PUNCT.sub(" ", no_marks.casefold())).strip()


def strip_titles(full_name: str) -> str:
    """The bare name: ``Dr. H. Anom Widiyantoro, S.H., M.H.`` -> ``Anom Widiyantoro``."""
    name = (full_name or "").strip()
    main, _, _degrees = name.partition(",")  # degrees follow the first comma
    words = main.split()
    while len(words) > 1 and fold(words[0]).replace(" ", "") in _PREFIX_TITLES:
        words.pop(0)
    return " ".join(words).strip()


def name_key(full_name: str) -> str:
    """Key for matching two spellings of one person's name (titles ignored)."""
    return fold(strip_titles(full_name))


def search_key(*parts: str | None) -> str:
    """Text indexed for search-as-you-type: folded full name plus other fields."""
    return " ".join(fold(p) for p in parts if p)
