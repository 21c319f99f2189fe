"""Search-as-you-type over the directory, in memory.

At the door every keystroke must answer within a frame (16 ms) over a directory
of up to ~10,000 people, so the kiosk loads the directory once per meeting into
a :class:`DirectoryIndex` and searches plain Python strings; the database is
only asked again when :func:`directory_token` says the directory changed.

Matching ignores case, diacritics, punctuation and titles: each typed word must
start a word of the person's name ("anom" and "widi" find
"Dr. H. Anom Widiyantoro, S.H., M.H."), or of their jabatan or OPD ("camat
petarukan"); failing that, a word may appear inside a name ("yanto"). Digits
match the start of a NIP. Invitees of the meeting come first.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session

from rakor_desktop.domain.models import Invitation, Organization, Person
from rakor_desktop.domain.names import fold, name_key
from rakor_desktop.domain.nip import clean

_P = Person.__table__
_O = Organization.__table__
_I = Invitation.__table__


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    person_id: int
    name: str
    nip: str | None
    jabatan: str
    organization: str
    invited: bool


@dataclass(slots=True)
class _Hay:
    entry: DirectoryEntry
    name: str  # " anom widiyantoro " (titles stripped), for the best matches
    full: str  # " dr h anom widiyantoro s h m h " for title-typed queries
    other: str  # " kepala dinas ... dinas pendidikan "
    rank: tuple[int, str]


def _words(text: str) -> str:
    return f" {text} " if text else " "


class DirectoryIndex:
    """The people of the directory, folded for matching; immutable once built."""

    def __init__(self, entries: Iterable[DirectoryEntry], token: tuple = ()) -> None:
        self.token = token
        self._items: list[_Hay] = []
        self._by_id: dict[int, DirectoryEntry] = {}
        for e in entries:
            key = name_key(e.name)
            self._items.append(
                _Hay(
                    entry=e,
                    name=_words(key),
                    full=_words(fold(e.name)),
                    other=_words(fold(f"{e.jabatan} {e.organization}")),
                    rank=(0 if e.invited else 1, key),
                )
            )
            self._by_id[e.person_id] = e
        self._items.sort(key=lambda h: h.rank)
        self._last_query: tuple[str, ...] = ()
        self._last_hits: list[_Hay] | None = None

    def __len__(self) -> int:
        return len(self._items)

    def get(self, person_id: int) -> DirectoryEntry | None:
        return self._by_id.get(person_id)

    def search(
        self, text: str, *, limit: int = 8, only: set[int] | None = None
    ) -> list[DirectoryEntry]:
        """Best matches first: invitees, then name-word prefixes, then the rest."""
        text = (text or "")[:120]
        digits = clean(text)
        if digits and digits.isdigit():
            if len(digits) < 3:
                return []
            pool = (h for h in self._items if h.entry.nip and h.entry.nip.startswith(digits))
            return [h.entry for h in pool if only is None or h.entry.person_id in only][:limit]
        words = tuple(fold(text).split())
        if not words:
            return []
        pool_items = self._candidates(words)
        needles = [" " + w for w in words]
        scored: list[tuple[int, int, int, _Hay]] = []
        for i, h in enumerate(pool_items):
            if only is not None and h.entry.person_id not in only:
                continue
            if all(n in h.name for n in needles):
                tier = 0 if h.name.startswith(needles[0]) else 1
            elif all(n in h.full or n in h.other for n in needles):
                tier = 2 if all(n in h.full for n in needles) else 3
            elif all(w in h.name for w in words):
                tier = 4
            else:
                continue
            scored.append((h.rank[0], tier, i, h))
        self._last_query = words
        self._last_hits = [s[3] for s in scored] if only is None else None
        return [s[3].entry for s in heapq.nsmallest(limit, scored)]

    def _candidates(self, words: tuple[str, ...]) -> list[_Hay]:
        """Typing extends the previous query: search only its hits (they are a superset)."""
        prev, hits = self._last_query, self._last_hits
        if hits is not None and prev and len(words) >= len(prev):
            same_prefix = all(words[i] == prev[i] for i in range(len(prev) - 1))
            if same_prefix and words[len(prev) - 1].startswith(prev[-1]):
                return hits
        return self._items


def directory_token(session: Session, meeting_id: int | None = None) -> tuple:
    """Cheap fingerprint of the directory (and the meeting's invitee list)."""
    conn = session.connection()
    people = conn.execute(select(func.count(), func.max(_P.c.updated_at), func.max(_P.c.id))).one()
    orgs = conn.execute(select(func.count(), func.max(_O.c.updated_at))).one()
    invited: tuple = ()
    if meeting_id is not None:
        invited = tuple(
            conn.execute(
                select(func.count(), func.max(_I.c.id)).where(_I.c.meeting_id == meeting_id)
            ).one()
        )
    return (tuple(people), tuple(orgs), invited)


def load_index(session: Session, meeting_id: int | None = None) -> DirectoryIndex:
    """All active people with their OPD, flagged when invited to ``meeting_id``."""
    token = directory_token(session, meeting_id)
    conn = session.connection()
    invited: set[int] = set()
    if meeting_id is not None:
        invited = set(conn.scalars(select(_I.c.person_id).where(_I.c.meeting_id == meeting_id)))
    rows = conn.execute(
        select(_P.c.id, _P.c.full_name, _P.c.nip, _P.c.jabatan, func.coalesce(_O.c.name, ""))
        .join(_O, _O.c.id == _P.c.organization_id, isouter=True)
        .where(_P.c.active.is_(True))
    )
    entries = (
        DirectoryEntry(pid, name or "", nip, jabatan or "", org, pid in invited)
        for pid, name, nip, jabatan, org in rows
    )
    return DirectoryIndex(entries, token)
