"""Monev arithmetic: Indonesian numbers, capaian per polarity, the evaluation scale, projection.

Pure functions, no database: the Monev page, the CLI, the matriks PDF and the tests all
compute an indicator's standing here, once.

Capaian (achievement against the year's target), as Bappeda evaluators compute it:

- **higher is better** (IPM, pertumbuhan ekonomi): ``realisasi / target x 100``.
- **lower is better** (kemiskinan, stunting, TPT): ``(2 x target - realisasi) / target x 100``,
  i.e. ``(target - (realisasi - target)) / target``: being 10 % above the target costs 10
  points, being below it earns them. Never below 0.
- **range** (inflasi 2,5 +/- 1 %): inside ``[low, high]`` is 100; below, ``realisasi / low x
  100``; above, ``(2 x high - realisasi) / high x 100``; never below 0.
- A target (or a range bound that is used) of **zero** leaves capaian undefined: we say so
  instead of dividing.

The category follows the RKPD/Renja evaluation scale of Permendagri 86/2017: sangat tinggi
>= 91, tinggi 76-90, sedang 66-75, rendah 51-65, sangat rendah <= 50 (a value between two
bands, e.g. 90,5, falls in the lower band's upper neighbour: >= 76 is tinggi).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

from rakor_desktop.messages import M


class Polarity(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"
    RANGE = "range"


class Level(StrEnum):
    IKU = "iku"  # Indikator Kinerja Utama daerah
    IKD = "ikd"  # Indikator Kinerja Daerah (the data the region is judged by)
    PROGRAM = "program"  # an OPD programme's performance indicator


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Category(StrEnum):
    SANGAT_TINGGI = "sangat tinggi"
    TINGGI = "tinggi"
    SEDANG = "sedang"
    RENDAH = "rendah"
    SANGAT_RENDAH = "sangat rendah"


POLARITY_LABELS = {
    Polarity.HIGHER: "Semakin tinggi semakin baik",
    Polarity.LOWER: "Semakin rendah semakin baik",
    Polarity.RANGE: "Dalam rentang target",
}
LEVEL_LABELS = {Level.IKU: "IKU", Level.IKD: "IKD", Level.PROGRAM: "Program OPD"}
FREQUENCY_LABELS = {
    Frequency.MONTHLY: "Bulanan",
    Frequency.QUARTERLY: "Triwulanan",
    Frequency.YEARLY: "Tahunan",
}
#: Colours of the evaluation bands (green to red), used by the page and the PDF alike.
CATEGORY_COLOURS = {
    Category.SANGAT_TINGGI: "#1b7f3b",
    Category.TINGGI: "#6aa84f",
    Category.SEDANG: "#e0a800",
    Category.RENDAH: "#e06c00",
    Category.SANGAT_RENDAH: "#c0392b",
}
ON_TRACK_THRESHOLD = 91.0  # projected capaian in the "sangat tinggi" band counts as on track


class NumberError(ValueError):
    """A cell that is not a number, or one whose reading is ambiguous; the message says which."""


_WORDS = {
    "higher": Polarity.HIGHER,
    "lower": Polarity.LOWER,
    "range": Polarity.RANGE,
    "positif": Polarity.HIGHER,
    "negatif": Polarity.LOWER,
    "naik": Polarity.HIGHER,
    "turun": Polarity.LOWER,
    "maksimal": Polarity.HIGHER,
    "maksimum": Polarity.HIGHER,
    "minimal": Polarity.LOWER,
    "minimum": Polarity.LOWER,
    "semakin tinggi semakin baik": Polarity.HIGHER,
    "makin tinggi makin baik": Polarity.HIGHER,
    "semakin rendah semakin baik": Polarity.LOWER,
    "makin rendah makin baik": Polarity.LOWER,
    "rentang": Polarity.RANGE,
    "stabil": Polarity.RANGE,
    "dalam rentang": Polarity.RANGE,
    "+": Polarity.HIGHER,
    "-": Polarity.LOWER,
    "↑": Polarity.HIGHER,
    "↓": Polarity.LOWER,
}


def parse_polarity(text: object) -> Polarity | None:
    """A declared polarity in the words a matrix uses; None when absent or unknown."""
    key = " ".join(str(text or "").casefold().replace("(", " ").replace(")", " ").split())
    if not key:
        return None
    if key in _WORDS:
        return _WORDS[key]
    for word, polarity in _WORDS.items():
        if len(word) > 3 and word in key:
            return polarity
    return None


_PLAIN = re.compile(r"[-+]?\d+")
_THOUSANDS_DOT = re.compile(r"[-+]?\d{1,3}(\.\d{3})+")
_THOUSANDS_COMMA = re.compile(r"[-+]?\d{1,3}(,\d{3})+")
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")
_DECIMAL_DOT = re.compile(r"[-+]?\d+\.\d+")
_ID_FULL = re.compile(r"[-+]?\d{1,3}(\.\d{3})+,\d+")
_EN_FULL = re.compile(r"[-+]?\d{1,3}(,\d{3})+\.\d+")
_STRIP = re.compile(r"^(rp\.?|idr)\s*|\s*(%|persen|orang|jiwa|unit|poin|indeks)$", re.IGNORECASE)


def parse_number(value: object, *, label: str = "Nilai") -> float | None:
    """A number written the Indonesian way; None for an empty cell.

    ``"12,34"`` -> 12.34, ``"1.250"`` -> 1250, ``"Rp 1.234.567"`` -> 1234567, ``"12.5"`` ->
    12.5 (a single dot not followed by three digits can only be a decimal point). A cell that
    reads two ways, ``"1,250"`` (1,25 or 1250?), is refused as ambiguous rather than guessed;
    text is refused. Spreadsheet numbers (int/float cells) are taken as they are.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise NumberError(M('{label} "{value}" bukan angka.', label=label, value=value))
    if isinstance(value, int | float):
        number = float(value)
        if math.isnan(number) or math.isinf(number):
            raise NumberError(M('{label} "{value}" bukan angka.', label=label, value=value))
        return number
    text = " ".join(str(value).replace("\u00a0", " ").split())
    if not text or text in ("-", "–", "—"):
        return None
    core = text
    for _ in range(2):
        core = _STRIP.sub("", core).strip()
    core = core.replace(" ", "")
    if _PLAIN.fullmatch(core):
        return float(core)
    if _ID_FULL.fullmatch(core):
        return float(core.replace(".", "").replace(",", "."))
    if _THOUSANDS_DOT.fullmatch(core):
        return float(core.replace(".", ""))
    if _THOUSANDS_COMMA.fullmatch(core) and core.count(",") == 1:
        raise NumberError(
            M(
                '{label} "{value}" dapat dibaca dua cara ({a} atau {b}); tulis "{a}" atau "{b}".',
                label=label,
                value=text,
                a=core.replace(",", "."),
                b=core.replace(",", ""),
            )
        )
    if _DECIMAL_COMMA.fullmatch(core):
        return float(core.replace(",", "."))
    if _DECIMAL_DOT.fullmatch(core):
        return float(core)
    if _EN_FULL.fullmatch(core) or _THOUSANDS_COMMA.fullmatch(core):
        raise NumberError(
            M(
                '{label} "{value}" memakai tanda baca Inggris; tulis cara Indonesia '
                "(contoh: 1.250,5).",
                label=label,
                value=text,
            )
        )
    raise NumberError(M('{label} "{value}" bukan angka.', label=label, value=text))


@dataclass(frozen=True)
class Target:
    """A year's target: a number, or a range ``[value, high]`` for range indicators."""

    value: float
    high: float | None = None

    @property
    def low(self) -> float:
        return self.value

    def text(self) -> str:
        if self.high is None or self.high == self.value:
            return format_number(self.value)
        return f"{format_number(self.value)}–{format_number(self.high)}"


_RANGE = re.compile(r"^(.+?)\s*(?:-|–|—|s\.?d\.?|s/d|sampai)\s*(.+)$", re.IGNORECASE)
_PLUS_MINUS = re.compile(r"^(.+?)\s*(?:±|\+/-|\+-)\s*(.+)$")


def parse_target(value: object, polarity: Polarity, *, label: str = "Target") -> Target | None:
    """A target cell: a number, or for range indicators ``"2,5 - 3,5"`` or ``"3 ± 1"``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if polarity is Polarity.RANGE and isinstance(value, str):
        text = value.strip().rstrip("%").strip()
        pm = _PLUS_MINUS.match(text)
        if pm:
            mid = parse_number(pm.group(1), label=label)
            spread = parse_number(pm.group(2), label=label)
            if mid is not None and spread is not None:
                return Target(mid - abs(spread), mid + abs(spread))
        rng = _RANGE.match(text)
        if rng and not text.startswith("-"):
            low = parse_number(rng.group(1), label=label)
            high = parse_number(rng.group(2), label=label)
            if low is not None and high is not None:
                if high < low:
                    low, high = high, low
                return Target(low, high)
    number = parse_number(value, label=label)
    if number is None:
        return None
    return Target(number, number if polarity is Polarity.RANGE else None)


def format_number(value: float | None, decimals: int = 2) -> str:
    """Indonesian notation: 1250.5 -> ``1.250,5``; None -> ``""``."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\u0001").replace(".", ",").replace("\u0001", ".")


@dataclass(frozen=True)
class Capaian:
    """Achievement in percent, or why there is none."""

    pct: float | None
    reason: str = ""

    @property
    def category(self) -> Category | None:
        return category(self.pct)


def capaian(realization: float | None, target: Target | None, polarity: Polarity) -> Capaian:
    """Capaian per the formulas in this module's docstring."""
    if target is None:
        return Capaian(None, M("Belum ada target tahun ini."))
    if realization is None:
        return Capaian(None, M("Belum ada realisasi."))
    if polarity is Polarity.RANGE:
        low, high = target.low, target.high if target.high is not None else target.low
        if low <= realization <= high:
            return Capaian(100.0)
        bound = low if realization < low else high
        if bound == 0:
            return Capaian(None, M("Target 0: capaian tidak dapat dihitung (pembagian dengan 0)."))
        pct = (
            realization / low * 100 if realization < low else (2 * high - realization) / high * 100
        )
        return Capaian(round(max(pct, 0.0), 2))
    if target.value == 0:
        return Capaian(None, M("Target 0: capaian tidak dapat dihitung (pembagian dengan 0)."))
    if polarity is Polarity.HIGHER:
        pct = realization / target.value * 100
    else:
        pct = (2 * target.value - realization) / target.value * 100
    return Capaian(round(max(pct, 0.0), 2))


def category(pct: float | None) -> Category | None:
    """The Permendagri 86/2017 evaluation band of a capaian."""
    if pct is None:
        return None
    if pct >= 91:
        return Category.SANGAT_TINGGI
    if pct >= 76:
        return Category.TINGGI
    if pct >= 66:
        return Category.SEDANG
    if pct > 50:
        return Category.RENDAH
    return Category.SANGAT_RENDAH


_NUMBER = re.compile(r"[-+]?\d[\d.,]*")


def indicator_number(value: object) -> float | None:
    """The number in an indicator value: ``"12,3%"`` -> 12.3, ``"1.250 UMKM"`` -> 1250.

    Indonesian style first: a comma is the decimal mark, a dot followed by groups of
    three digits separates thousands; ``"12.5"`` (one dot, not three digits) is 12.5.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    m = _NUMBER.search(str(value))
    if not m:
        return None
    text = m.group(0).rstrip(".,")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".") if text.count(",") == 1 else text.replace(",", "")
    elif re.fullmatch(r"[-+]?\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None


# --- periods --------------------------------------------------------------------------

_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])|[Tt][Ww]([1-4])))?$")


class PeriodError(ValueError):
    pass


def parse_period(text: str) -> tuple[int, int]:
    """``"2026-03"`` -> (2026, 3); ``"2026-Q2"``/``"2026-TW2"`` -> (2026, 6); ``"2026"`` ->
    (2026, 12). The second number is the month the period ends in, which is what the
    projection and the deadline need."""
    m = _PERIOD.match(text.strip())
    if not m:
        raise PeriodError(
            M(
                'Periode "{text}" tidak dikenal; tulis 2026-03 (bulan), 2026-Q1 (triwulan) '
                "atau 2026 (tahun).",
                text=text,
            )
        )
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise PeriodError(M('Bulan pada periode "{text}" harus 01-12.', text=text))
        return year, month
    quarter = m.group(3) or m.group(4)
    if quarter:
        return year, int(quarter) * 3
    return year, 12


def normalize_period(text: str) -> str:
    """The canonical spelling stored in the database."""
    year, month = parse_period(text)
    t = text.strip().upper()
    if "Q" in t or "TW" in t:
        return f"{year}-Q{month // 3}"
    if "-" in t:
        return f"{year}-{month:02d}"
    return f"{year}"


def period_for(year: int, month: int, frequency: Frequency) -> str:
    """The period a value reported in ``year``/``month`` belongs to, at the indicator's pace."""
    if frequency is Frequency.MONTHLY:
        return f"{year}-{month:02d}"
    if frequency is Frequency.QUARTERLY:
        return f"{year}-Q{(month - 1) // 3 + 1}"
    return f"{year}"


def period_granularity(period: str) -> Frequency:
    t = period.upper()
    if "Q" in t:
        return Frequency.QUARTERLY
    return Frequency.MONTHLY if "-" in t else Frequency.YEARLY


# --- projection -----------------------------------------------------------------------


def project_year_end(points: list[tuple[int, float]]) -> float | None:
    """The value expected in month 12 from ``(month, value)`` points of one year.

    A least-squares line through the year's points, read at December. One point (or all in
    the same month) projects flat. A level indicator (poverty rate, IPM) moves slowly, so
    a straight line over the months reported is what an analyst would draw by hand.
    """
    if not points:
        return None
    xs = [float(m) for m, _ in points]
    ys = [v for _, v in points]
    n = len(points)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    if n == 1 or sxx == 0:
        return ys[-1] if n == 1 else mean_y
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sxx
    return mean_y + slope * (12 - mean_x)


def on_track(projected: float | None, target: Target | None, polarity: Polarity) -> bool | None:
    """Whether the projected December value lands in the "sangat tinggi" band."""
    if projected is None or target is None:
        return None
    pct = capaian(projected, target, polarity).pct
    if pct is None:
        return None
    return pct >= ON_TRACK_THRESHOLD
