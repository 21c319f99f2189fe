"""Quick entry for directives: "Dinas Kesehatan 30/9" -> (organization, due date).

The notulis types while the chair talks; picking an OPD from a list and a date from
a calendar is too slow. One line naming the OPD and a deadline, in the forms people
write on paper ("30/9", "30-09-2025", "30 Sept", "2 minggu"), is enough. Pure: the
caller passes the organizations and "today" (office zone), so this is testable
without a database and the same everywhere.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta

from rakor_desktop.domain.names import fold

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# 30/9, 30/09/2025, 30-9-25 (not "09.00": a dot is a time in Indonesian writing)
_NUMERIC = re.compile(
    r"(?<![\d/-])(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{2}|\d{4}))?(?![\d/-])"
)
# 30 September, 30 Sept 2025
_NAMED = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+({_MONTH_ALT})\.?(?:\s+(\d{{4}}))?(?![\w])", re.IGNORECASE
)
# 7 hari, 2 minggu, 1 bulan
_RELATIVE = re.compile(r"(?<!\d)(\d{1,3})\s*(hari|minggu|pekan|bulan)(?!\w)", re.IGNORECASE)
# Glue words people put between the OPD and the date; dropped from the remainder.
_GLUE = {
    "oleh",
    "pj",
    "pic",
    "batas",
    "waktu",
    "paling",
    "lambat",
    "sd",
    "s",
    "d",
    "tgl",
    "tanggal",
    "deadline",
}


@dataclass(frozen=True, slots=True)
class OrgCandidate:
    id: int
    name: str
    short_name: str = ""


@dataclass(frozen=True, slots=True)
class QuickEntry:
    organization: OrgCandidate | None
    due_date: date | None
    rest: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _year(two_or_four: str | None) -> int | None:
    if not two_or_four:
        return None
    y = int(two_or_four)
    return 2000 + y if y < 100 else y


def _build(day: int, month: int, year: int | None, today: date) -> tuple[date | None, str | None]:
    """A date; without a year the next occurrence on or after today (deadlines lie ahead)."""
    if not 1 <= month <= 12:
        return None, f"Bulan {month} tidak ada."
    years = [year] if year is not None else [today.year, today.year + 1]
    for y in years:
        if day < 1 or day > monthrange(y, month)[1]:
            if year is not None or y == today.year + 1:
                return None, f"Tanggal {day}/{month} tidak ada."
            continue
        d = date(y, month, day)
        if year is not None or d >= today:
            return d, None
    return None, f"Tanggal {day}/{month} tidak ada."


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def parse_due_date(text: str, today: date) -> tuple[date | None, str, str | None]:
    """(due date, text without the date, problem). The last date written wins."""
    best: tuple[int, int, date | None, str | None] | None = None  # (start, end, date, problem)
    for m in _NUMERIC.finditer(text):
        d, problem = _build(int(m.group(1)), int(m.group(2)), _year(m.group(3)), today)
        best = _later(best, (m.start(), m.end(), d, problem))
    for m in _NAMED.finditer(text):
        month = MONTHS[m.group(2).lower()]
        d, problem = _build(int(m.group(1)), month, _year(m.group(3)), today)
        best = _later(best, (m.start(), m.end(), d, problem))
    for m in _RELATIVE.finditer(text):
        n, unit = int(m.group(1)), m.group(2).lower()
        if unit == "hari":
            d = today + timedelta(days=n)
        elif unit in ("minggu", "pekan"):
            d = today + timedelta(weeks=n)
        else:
            d = _add_months(today, n)
        best = _later(best, (m.start(), m.end(), d, None))
    if best is None:
        return None, text, None
    start, end, d, problem = best
    return d, (text[:start] + " " + text[end:]), problem


def _later(a, b):
    return b if a is None or b[0] >= a[0] else a


_WORD = re.compile(r"\S+")


def _tokens(text: str) -> list[tuple[str, str]]:
    """(original word, folded word) pairs; words that fold to nothing are dropped."""
    out = []
    for w in _WORD.findall(text):
        f = fold(w)
        if f:
            out.append((w, f))
    return out


def match_organization(text: str, orgs: list[OrgCandidate]) -> tuple[OrgCandidate | None, str]:
    """The organization named in ``text`` and the text without it.

    Full names and short names ("Dinkes") are found as whole-word sequences; the
    longest wins so "Dinas Kesehatan Hewan" beats "Dinas Kesehatan". Failing that, a
    fragment ("kesehatan") that occurs in exactly one name, or starts exactly one short
    name ("satpol"), is accepted.
    """
    toks = _tokens(text)
    folded = [f for _, f in toks]
    best: tuple[int, int, int, OrgCandidate] | None = None  # (length, start, end, org)
    for org in orgs:
        for label in (org.name, org.short_name):
            key = fold(label).split()
            if not key:
                continue
            n = len(key)
            for i in range(len(folded) - n + 1):
                if folded[i : i + n] == key and (best is None or n > best[0]):
                    best = (n, i, i + n, org)
    if best is not None:
        _, i, j, org = best
        rest = " ".join(w for w, _ in toks[:i] + toks[j:])
        return org, rest
    words = [f for f in folded if f not in _GLUE]
    if words:
        fragment = " ".join(words)
        # ... or the first words of a short name: "Satpol" for "Satpol PP" (issue 15).
        hits = [
            o
            for o in orgs
            if fragment in fold(o.name) or fold(o.short_name).split()[: len(words)] == words
        ]
        if len(hits) == 1:
            return hits[0], ""
    return None, " ".join(w for w, _ in toks)


def parse_quick_entry(text: str, orgs: list[OrgCandidate], today: date) -> QuickEntry:
    """Parse one quick-entry line; problems are Indonesian sentences for the user."""
    due, without_date, problem = parse_due_date(text or "", today)
    org, rest = match_organization(without_date, orgs)
    problems = [problem] if problem else []
    rest_words = [w for w, f in _tokens(rest) if f not in _GLUE]
    rest = " ".join(rest_words).strip(" -,;:")
    if org is None and rest:
        problems.append(f'OPD "{rest}" tidak dikenal; pilih dari daftar.')
        rest = ""
    return QuickEntry(organization=org, due_date=due, rest=rest, problems=problems)
