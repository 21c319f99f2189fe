"""Turning user-typed strings into safe Paragraph markup, and Indonesian dates.

Everything a secretary types (names, notes, place names) passes through here
before it reaches ReportLab. Paragraph text is an XML-ish mini language, so an
OPD called ``<b>PT & Sons</b>`` would otherwise turn bold or crash the parser;
an emoji or Arabic text would come out as a black ``.notdef`` box because Liberation
Sans cannot draw it. Dates follow Tata Naskah Dinas practice: ``Senin, 25 Agustus
2025`` and ``pukul 09.00 WIB`` (a dot, never a colon).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache

from babel import Locale
from babel.dates import format_date as _babel_format_date

from rakor_desktop.documents.fonts import register_fonts

PLACEHOLDER = "\u25a1"  # WHITE SQUARE: drawn by Liberation Sans, visibly "something was here"

#: Indonesia has no daylight saving time, so fixed offsets are exact and do not
#: depend on the tzdata package (which Windows installs lack).
ZONES: dict[str, timezone] = {
    "WIB": timezone(timedelta(hours=7), "WIB"),
    "WITA": timezone(timedelta(hours=8), "WITA"),
    "WIT": timezone(timedelta(hours=9), "WIT"),
}

_PLAIN_ASCII = re.compile(r"[\x20-\x7e\n]*")
_BULLET = re.compile(r"^\s*[-*\u2022]\s+")
_NIP_DIGITS = re.compile(r"\d{18}")
_INVISIBLE_CATEGORIES = frozenset({"Mn", "Me", "Cf"})

_NUMBER_WORDS = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


@cache
def _locale() -> Locale:
    return Locale.parse("id")


def clean(text: object) -> str:
    """Return ``text`` with only characters the embedded font can draw.

    A run of undrawable characters (an emoji with its variation selector, a word in
    Arabic script) becomes a single placeholder so the reader sees that something
    was there without a row of boxes. Control characters are dropped; tabs become
    spaces; line breaks are kept as ``\\n``.
    """
    if text is None:
        return ""
    s = str(text)
    if _PLAIN_ASCII.fullmatch(s):
        return s
    s = unicodedata.normalize("NFC", s).replace("\r\n", "\n").replace("\r", "\n")
    s = s.replace("\t", " ")
    covered = register_fonts()
    out: list[str] = []
    in_run = False
    for ch in s:
        code = ord(ch)
        if ch == "\n":
            out.append(ch)
            in_run = False
        elif code < 0x20 or 0x7F <= code < 0xA0:
            continue
        elif (in_run or code not in covered) and unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
            # Joiners, selectors, bidi marks and unsupported accents carry no glyph
            # of their own: they belong to the run (or character) before them.
            continue
        elif code in covered:
            out.append(ch)
            in_run = False
        elif not in_run:
            out.append(PLACEHOLDER)
            in_run = True
    return "".join(out)


def escape(text: str) -> str:
    """Escape the three characters the Paragraph parser treats as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: object) -> str:
    """Clean and escape a user string for a Paragraph, keeping its line breaks.

    Long words are not touched here: styles keep ReportLab's ``splitLongWords``
    on, which breaks a 120-character token at the column edge without inserting
    spaces into the text a reader copies out of the PDF.
    """
    return escape(clean(text)).replace("\n", "<br/>")


_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def rich(text: object) -> str:
    """:func:`markup` plus the notes editor's one formatting: ``**tebal**`` is bold.

    The secretary sees bold in the editor, so the printed Notulen shows bold too, never
    the asterisks. Only a balanced pair within one line counts; a lone ``**`` stays text.
    """
    return _BOLD.sub(r"<b>\1</b>", markup(text))


def truncate(text: object, limit: int) -> str:
    """Shorten a cleaned string to ``limit`` characters, ending with an ellipsis.

    Used where a layout cannot grow (a table row that must not split across pages,
    a QR card), so that an absurd input degrades into a visible cut, not a crash.
    """
    s = clean(text)
    if len(s) <= limit:
        return s
    return s[: max(limit - 1, 0)].rstrip() + "\u2026"


@dataclass(frozen=True, slots=True)
class TextBlock:
    """One paragraph or bullet of a plain-text note."""

    text: str
    bullet: bool


def blocks(text: object) -> list[TextBlock]:
    """Split a typed note into paragraphs and ``- `` bullets.

    Notes are typed live in a plain editor where Enter means "new paragraph"; a line
    starting with ``-``, ``*`` or ``•`` is a bullet. Each block becomes its own
    Paragraph so that a 5,000-character note can flow over several pages.
    """
    result: list[TextBlock] = []
    for line in clean(text).split("\n"):
        if not line.strip():
            continue
        match = _BULLET.match(line)
        if match:
            result.append(TextBlock(line[match.end() :].strip(), bullet=True))
        else:
            result.append(TextBlock(line.strip(), bullet=False))
    return result


def to_zone(moment: datetime, zone: str) -> datetime:
    """Express a stored moment in the office's zone; naive values are taken as UTC.

    Times are stored in UTC (architecture rule), and SQLite hands them back naive.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone_info(zone))


def zone_info(zone: str) -> timezone:
    try:
        return ZONES[zone]
    except KeyError:
        raise ValueError(f"zona waktu tidak dikenal: {zone!r} (pilih WIB, WITA atau WIT)") from None


def _as_date(value: date | datetime, zone: str | None) -> date:
    if isinstance(value, datetime):
        return to_zone(value, zone).date() if zone else value.date()
    return value


def format_long_date(value: date | datetime, zone: str | None = None) -> str:
    """``Senin, 25 Agustus 2025``; a datetime is first moved into ``zone``."""
    return _babel_format_date(_as_date(value, zone), "EEEE, d MMMM y", locale=_locale())


def format_date(value: date | datetime, zone: str | None = None) -> str:
    """``25 Agustus 2025``."""
    return _babel_format_date(_as_date(value, zone), "d MMMM y", locale=_locale())


def format_short_date(value: date | datetime, zone: str | None = None) -> str:
    """``5 Sep 2025``, for narrow table columns."""
    return _babel_format_date(_as_date(value, zone), "d MMM y", locale=_locale())


def format_clock(moment: datetime, zone: str) -> str:
    """``09.00`` in the office zone (Indonesian style uses a dot)."""
    local = to_zone(moment, zone)
    return f"{local.hour:02d}.{local.minute:02d}"


def format_time(moment: datetime, zone: str) -> str:
    """``pukul 09.00 WIB``."""
    return f"pukul {format_clock(moment, zone)} {zone}"


def format_time_range(start: datetime, end: datetime | None, zone: str) -> str:
    """``pukul 09.00 - 12.00 WIB``, or ``pukul 09.00 WIB - selesai`` with no planned end."""
    if end is None:
        return f"pukul {format_clock(start, zone)} {zone} - selesai"
    return f"pukul {format_clock(start, zone)} - {format_clock(end, zone)} {zone}"


def format_nip(nip: str | None) -> str:
    """``19680411 199303 1 009`` for an 18-digit NIP; anything else as typed.

    Guests and PPPK staff have other numbers (or none); they are printed as given
    rather than rejected, because a printed list must never lose a row.
    """
    if not nip:
        return ""
    digits = re.sub(r"[\s.\-_/]+", "", nip)
    if _NIP_DIGITS.fullmatch(digits):
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return nip.strip()


def spell_count(n: int) -> str:
    """``1 (satu)`` as letters write quantities; large numbers stay as digits."""
    if 0 <= n < len(_NUMBER_WORDS):
        return f"{n} ({_NUMBER_WORDS[n]})"
    return str(n)


def format_percent(value: float | None) -> str:
    """``87,5`` (comma decimal, as Indonesian reports print it); ``-`` when unknown."""
    if value is None:
        return "-"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def join_nonempty(parts: Iterable[str | None], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)
