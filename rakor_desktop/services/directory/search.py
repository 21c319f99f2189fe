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

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, literal_column, select
from sqlmodel import Session

from rakor_desktop.db.sql import table_of
from rakor_desktop.domain.models import Invitation, Organization, Person
from rakor_desktop.domain.names import fold, name_key
from rakor_desktop.domain.nip import clean

_P = table_of(Person)
_O = table_of(Organization)
_I = table_of(Invitation)


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
    all: str  # the three joined: one C-level ``in`` decides most rows
    invited: int  # 0 for invitees (they sort first)


def _words(text: str) -> str:
    return f" {text} " if text else " "


_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    """:func:`~rakor_desktop.domain.names.fold` without its per-character Python loop
    for plain ASCII (most names): loading 10,000 people is then a third faster."""
    if text.isascii():
        return _SPACES.sub(" ", _PUNCT.sub(" ", text.lower())).strip()
    return fold(text)


class DirectoryIndex:
    """The people of the directory, folded for matching; immutable once built.

    A search first keeps the rows whose joined text contains every typed word as a
    word start (one ``in`` per row and word, in C), then ranks only those. Typing
    usually extends the previous query, and then only the previous hits are searched.
    """

    def __init__(
        self,
        entries: Iterable[DirectoryEntry],
        token: tuple = (),
        *,
        keys: dict[int, str] | None = None,
    ) -> None:
        self.token = token
        self._items: list[_Hay] = []
        self._by_id: dict[int, DirectoryEntry] = {}
        folded_other: dict[str, str] = {}
        for e in entries:
            key = (keys or {}).get(e.person_id) or name_key(e.name)
            other_text = f"{e.jabatan} {e.organization}"
            other = folded_other.get(other_text)
            if other is None:
                other = folded_other[other_text] = _words(_fold(other_text))
            name, full = _words(key), _words(_fold(e.name))
            self._items.append(
                _Hay(e, name, full, other, f"{name}|{full}|{other}", 0 if e.invited else 1)
            )
            self._by_id[e.person_id] = e
        self._items.sort(key=lambda h: (h.invited, h.name))
        self._last: tuple[tuple[str, ...], list[_Hay], list[_Hay]] | None = None

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
        prefix_pool, inner_pool = self._pools(words)
        if only is not None:
            prefix_pool = [h for h in prefix_pool if h.entry.person_id in only]
            inner_pool = [h for h in inner_pool if h.entry.person_id in only]
        needles = [" " + w for w in words]
        hits = prefix_pool
        for n in needles:  # word starts anywhere (name, titles, jabatan, OPD)
            hits = [h for h in hits if n in h.all]
        inner = inner_pool
        extra: list[_Hay] = []
        if len(hits) < limit:  # last resort: inside a word of the name ("yanto")
            for w in words:
                inner = [h for h in inner if w in h.name]
            seen = {id(h) for h in hits}
            extra = [h for h in inner if id(h) not in seen]
        if only is None:
            self._last = (words, hits, inner)
        out: list[_Hay] = []
        for group in (0, 1):  # invitees first
            out += self._ranked([h for h in hits if h.invited == group], needles, limit)
            out += [h for h in extra if h.invited == group]
            if len(out) >= limit:
                break
        return [h.entry for h in out[:limit]]

    @staticmethod
    def _ranked(hits: list[_Hay], needles: list[str], limit: int) -> list[_Hay]:
        """Name-word matches (the first word first), then titles, then jabatan/OPD.

        Chained list comprehensions, stopping once ``limit`` are found: a broad
        query ("sri") matches thousands of rows, and ranking them one by one in
        Python is what made a keystroke slow.
        """
        in_name = hits
        for n in needles:
            in_name = [h for h in in_name if n in h.name]
        first = needles[0]
        out = [h for h in in_name if h.name.startswith(first)]
        if len(out) >= limit:
            return out[:limit]
        out += [h for h in in_name if not h.name.startswith(first)]
        if len(out) >= limit or len(in_name) == len(hits):
            return out[:limit]
        named = {id(h) for h in in_name}
        rest = [h for h in hits if id(h) not in named]
        in_full = rest
        for n in needles:
            in_full = [h for h in in_full if n in h.full]
        titled = {id(h) for h in in_full}
        out += in_full
        out += [h for h in rest if id(h) not in titled]
        return out[:limit]

    def _pools(self, words: tuple[str, ...]) -> tuple[list[_Hay], list[_Hay]]:
        """Rows worth testing for word-start and for inside-word matches.

        Typing usually extends the previous query; then its word-start hits, and the
        rows that could still match inside a name, are supersets of the new answers.
        """
        if self._last is not None:
            prev, prefix_hits, inner = self._last
            if prev and len(words) >= len(prev):
                same = all(words[i] == prev[i] for i in range(len(prev) - 1))
                if same and words[len(prev) - 1].startswith(prev[-1]):
                    return prefix_hits, inner
        return self._items, self._items


def directory_token(session: Session, meeting_id: int | None = None) -> tuple:
    """Cheap fingerprint of the directory (and the meeting's invitee list)."""
    conn = session.connection()
    people_cols = [func.count(), func.max(_P.c.updated_at), func.max(_P.c.id)]
    org_cols = [func.count(), func.max(_O.c.updated_at)]
    if conn.dialect.name == "postgresql":
        # Stations on a LAN have their own clocks: an edit stamped a minute earlier than
        # the newest row leaves max(updated_at) where it was. The row version (xmin, the
        # writing transaction) moves with every insert and update, whoever's clock.
        people_cols.append(func.max(literal_column("person.xmin::text::bigint")))
        org_cols.append(func.max(literal_column("organization.xmin::text::bigint")))
    people = conn.execute(select(*people_cols).select_from(_P)).one()
    orgs = conn.execute(select(*org_cols).select_from(_O)).one()
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
        select(
            _P.c.id,
            _P.c.full_name,
            _P.c.nip,
            _P.c.jabatan,
            func.coalesce(_O.c.name, ""),
            _P.c.name_key,
        )
        .join(_O, _O.c.id == _P.c.organization_id, isouter=True)
        .where(_P.c.active.is_(True))
    ).all()
    keys = {r[0]: r[5] for r in rows}  # stored, indexed key: no re-folding of 10,000 names
    entries = (
        DirectoryEntry(pid, name or "", nip, jabatan or "", org, pid in invited)
        for pid, name, nip, jabatan, org, _ in rows
    )
    return DirectoryIndex(entries, token, keys=keys)
