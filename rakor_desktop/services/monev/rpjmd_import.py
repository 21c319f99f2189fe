"""Import the RPJMD indicator matrix as a Bappeda keeps it.

The matrix comes as an .xlsx (Excel or LibreOffice) or a .csv: title rows ("MATRIKS
INDIKATOR KINERJA UTAMA ... 2025-2029") above a header that is often two rows with merged
cells ("Target Kinerja" over "2025 | 2026 | ... | 2029"), sometimes a row of column numbers
("(1) (2) (3)"), group rows ("MISI 1: ..."), then one indicator per row. Numbers are written
the Indonesian way ("12,34", "1.250", "Rp 1.234.567").

Like ``people import``: every row gets a verdict (baru / diperbarui / tidak berubah /
ditolak with the reason), ``dry_run`` writes nothing, and the rows are written in one
transaction. A refused row is never written in part (an indicator without its targets).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from rakor_desktop.domain.models import Organization
from rakor_desktop.domain.monev import (
    Frequency,
    Level,
    NumberError,
    Polarity,
    Target,
    parse_number,
    parse_polarity,
    parse_target,
)
from rakor_desktop.domain.names import fold
from rakor_desktop.messages import M
from rakor_desktop.services.directory.people import match_organization
from rakor_desktop.services.directory.tabular import Cell, TableReadError, cell_text, read_raw_rows
from rakor_desktop.services.monev.catalogue import (
    CatalogueError,
    IndicatorSpec,
    check_spec,
    list_indicators,
    save_indicators,
)
from rakor_desktop.services.monev.values import link_uncatalogued


class MatrixError(ValueError):
    """The file is not an indicator matrix we can read; nothing was written."""


class RowVerdict(StrEnum):
    NEW = "baru"
    UPDATED = "diperbarui"
    UNCHANGED = "tidak berubah"
    REFUSED = "ditolak"
    SKIPPED = "dilewati"


@dataclass
class MatrixRow:
    row: int  # spreadsheet row number, as Excel shows it
    code: str
    name: str
    verdict: RowVerdict
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    spec: IndicatorSpec | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "code": self.code,
            "name": self.name,
            "verdict": self.verdict.value,
            "reasons": list(self.reasons),
            "warnings": list(self.warnings),
        }


@dataclass
class MatrixImport:
    source: str
    years: list[int]
    rows: list[MatrixRow]
    dry_run: bool
    linked: int = 0  # uncatalogued report values linked to the new catalogue

    def count(self, verdict: RowVerdict) -> int:
        return sum(1 for r in self.rows if r.verdict is verdict)

    @property
    def valid(self) -> int:
        return sum(
            1
            for r in self.rows
            if r.verdict in (RowVerdict.NEW, RowVerdict.UPDATED, RowVerdict.UNCHANGED)
        )

    def summary(self) -> str:
        return M(
            "{source}: {new} baru, {updated} diperbarui, {same} tidak berubah, {refused} ditolak"
            " (target {first}-{last}){dry}.",
            source=self.source,
            new=self.count(RowVerdict.NEW),
            updated=self.count(RowVerdict.UPDATED),
            same=self.count(RowVerdict.UNCHANGED),
            refused=self.count(RowVerdict.REFUSED),
            first=self.years[0] if self.years else "-",
            last=self.years[-1] if self.years else "-",
            dry=" — uji coba, tidak ada yang disimpan" if self.dry_run else "",
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "years": self.years,
            "dry_run": self.dry_run,
            "new": self.count(RowVerdict.NEW),
            "updated": self.count(RowVerdict.UPDATED),
            "unchanged": self.count(RowVerdict.UNCHANGED),
            "refused": self.count(RowVerdict.REFUSED),
            "linked_values": self.linked,
            "rows": [r.as_json() for r in self.rows if r.verdict is not RowVerdict.SKIPPED],
        }


# Header words, compared folded. Longer phrases first so "opd pendukung" beats "opd".
_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "contributors",
        ("opd pendukung", "perangkat daerah pendukung", "pd pendukung", "kontributor"),
    ),
    (
        "lead",
        (
            "opd penanggung jawab",
            "perangkat daerah penanggung jawab",
            "pd penanggung jawab",
            "penanggung jawab",
            "opd pengampu",
            "perangkat daerah",
            "opd",
        ),
    ),
    ("code", ("kode indikator", "kode")),
    ("name", ("indikator kinerja", "nama indikator", "indikator", "uraian")),
    ("unit", ("satuan",)),
    ("polarity", ("polaritas", "sifat indikator", "sifat", "arah")),
    ("level", ("jenis indikator", "tingkat", "jenis", "level")),
    ("frequency", ("frekuensi", "periode pelaporan")),
    ("source", ("sumber data", "sumber")),
    ("valid_min", ("batas bawah", "nilai minimum", "minimum sah")),
    ("valid_max", ("batas atas", "nilai maksimum", "maksimum sah")),
    ("baseline", ("kondisi awal", "baseline", "capaian awal")),
)
_YEAR = re.compile(r"\b(20\d{2})\b")
_LEVELS = {
    "iku": Level.IKU,
    "ikd": Level.IKD,
    "program": Level.PROGRAM,
    "ikp": Level.PROGRAM,
    "indikator program": Level.PROGRAM,
    "iku daerah": Level.IKU,
}
_FREQ = {
    "bulanan": Frequency.MONTHLY,
    "monthly": Frequency.MONTHLY,
    "triwulan": Frequency.QUARTERLY,
    "triwulanan": Frequency.QUARTERLY,
    "quarterly": Frequency.QUARTERLY,
    "tahunan": Frequency.YEARLY,
    "yearly": Frequency.YEARLY,
    "semester": Frequency.QUARTERLY,
}
MAX_MATRIX_ROWS = 20_000


@dataclass
class _Layout:
    header_rows: tuple[int, ...]
    columns: dict[str, int]
    targets: dict[int, int]  # year -> column
    baseline_year: int | None
    period: str


def _labels(rows: list[list[Cell]], top: int, two: bool) -> list[str]:
    """Column labels; in a two-row header the merged top cell is carried over the
    columns under it (a merged cell's value lives only in its first column)."""
    upper = rows[top]
    lower = rows[top + 1] if two else []
    width = max(len(upper), len(lower))
    out, carry = [], ""
    for i in range(width):
        u = cell_text(upper[i] if i < len(upper) else None).strip()
        b = cell_text(lower[i] if i < len(lower) else None).strip() if two else ""
        if u:
            carry = u
        elif b and carry:
            u = carry
        out.append(" ".join(f"{u} {b}".split()))
    return out


def _match(label: str) -> str | None:
    key = fold(label)
    if not key:
        return None
    for name, words in _COLUMNS:
        for word in words:
            if key == word or key.startswith(word + " ") or f" {word} " in f" {key} ":
                return name
    return None


def _locate(raw: list[tuple[int, list[Cell]]]) -> _Layout:
    rows = [r for _n, r in raw]
    numbers = [n for n, _r in raw]
    best: tuple[int, int, bool] | None = None  # score, index, two-row
    for i in range(min(len(rows), 20)):
        for two in (False, True):
            if two and i + 1 >= len(rows):
                continue
            labels = _labels(rows, i, two)
            found = {_match(lbl) for lbl in labels} - {None}
            years = sum(1 for lbl in labels if "target" in fold(lbl) and _YEAR.search(lbl))
            if "name" not in found:
                continue
            score = len(found) * 2 + years
            if best is None or score > best[0]:
                best = (score, i, two)
    if best is None:
        raise MatrixError(
            M(
                "Tidak menemukan baris judul kolom (Indikator, Satuan, Kondisi Awal, Target ...) "
                "di 20 baris pertama; apakah ini matriks indikator RPJMD?"
            )
        )
    _score, top, two = best
    labels = _labels(rows, top, two)
    columns: dict[str, int] = {}
    targets: dict[int, int] = {}
    baseline_year = None
    for i, label in enumerate(labels):
        key = fold(label)
        year = _YEAR.search(label)
        if year and ("target" in key or key == year.group(1)):
            targets.setdefault(int(year.group(1)), i)
            continue
        name = _match(label)
        if name == "baseline" and year:
            baseline_year = int(year.group(1))
        if name is not None and name not in columns:
            columns[name] = i
    if not targets:
        raise MatrixError(
            M('Tidak ada kolom target per tahun ("Target 2025", atau tahun di bawah "Target").')
        )
    if "code" not in columns:
        raise MatrixError(M('Kolom "Kode" indikator tidak ditemukan.'))
    target_years = sorted(targets)
    period = f"{target_years[0]}-{target_years[-1]}"
    title = " ".join(cell_text(c) for r in rows[:top] for c in r if c is not None)
    m = re.search(r"(20\d{2})\s*[-–]\s*(20\d{2})", title)
    if m:
        period = f"{m.group(1)}-{m.group(2)}"
    header_rows = (numbers[top], numbers[top + 1]) if two else (numbers[top],)
    return _Layout(header_rows, columns, targets, baseline_year, period)


def _is_numbering_row(cells: list[Cell]) -> bool:
    """A row of column numbers under the header: "1 2 3 ..." or "(1) (2) (3)"."""
    texts = [cell_text(c).strip() for c in cells if cell_text(c).strip()]
    return len(texts) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?", t) for t in texts)


class _Orgs:
    """The directory read once, matched like ``find_organization`` for every row."""

    def __init__(self, session: Session) -> None:
        self.orgs = list(session.exec(select(Organization)))

    def find(self, text: str) -> Organization | None:
        return match_organization(self.orgs, text)


def _number(cell: Cell, label: str, reasons: list[str]) -> float | None:
    try:
        return parse_number(cell, label=label)
    except NumberError as exc:
        reasons.append(str(exc))
        return None


def _judge(
    n: int,
    cells: list[Cell],
    layout: _Layout,
    orgs: _Orgs,
    seen: dict[str, int],
) -> MatrixRow:
    col = layout.columns

    def get(name: str) -> Cell:
        i = col.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    code = cell_text(get("code")).strip()
    name = " ".join(cell_text(get("name")).split())
    row = MatrixRow(n, code, name, RowVerdict.NEW)
    has_numbers = any(
        cell_text(cells[i]).strip() for i in layout.targets.values() if i < len(cells)
    )
    if not name and not code:
        row.verdict = RowVerdict.SKIPPED
        return row
    if not code and not has_numbers:
        row.verdict = RowVerdict.SKIPPED  # a group row: "MISI 1 ...", "Tujuan ..."
        row.reasons.append(M("baris judul kelompok"))
        return row
    reasons = row.reasons
    if not code:
        reasons.append(M("Kode indikator kosong."))
    elif code in seen:
        reasons.append(M("Kode {code} ganda: sudah ada di baris {row}.", code=code, row=seen[code]))
    if not name:
        reasons.append(M("Nama indikator kosong."))
    polarity_text = cell_text(get("polarity")).strip()
    polarity = parse_polarity(polarity_text)
    if polarity is None:
        if polarity_text:
            reasons.append(
                M(
                    'Polaritas "{value}" tidak dikenal; tulis "semakin tinggi semakin baik", '
                    '"semakin rendah semakin baik" atau "rentang".',
                    value=polarity_text,
                )
            )
        else:
            reasons.append(
                M("Polaritas kosong: wajib dinyatakan (positif/negatif/rentang), tidak ditebak.")
            )
    level_text = fold(cell_text(get("level")))
    level = _LEVELS.get(level_text, Level.IKU) if level_text else Level.IKU
    if level_text and level_text not in _LEVELS:
        reasons.append(
            M('Jenis indikator "{value}" tidak dikenal (IKU, IKD, Program).', value=level_text)
        )
    freq_text = fold(cell_text(get("frequency")))
    frequency = _FREQ.get(freq_text, Frequency.YEARLY) if freq_text else Frequency.YEARLY
    lead_id = None
    lead_text = cell_text(get("lead")).strip()
    if lead_text:
        lead = orgs.find(lead_text)
        if lead is None:
            reasons.append(M('OPD "{name}" tidak dikenal di direktori.', name=lead_text))
        else:
            lead_id = lead.id
    contributor_ids: list[int] = []
    for part in re.split(r"[;,\n]+", cell_text(get("contributors"))):
        part = part.strip()
        if not part:
            continue
        found = orgs.find(part)
        if found is None:
            reasons.append(M('OPD pendukung "{name}" tidak dikenal di direktori.', name=part))
        elif found.id is not None:
            contributor_ids.append(found.id)
    baseline = _number(get("baseline"), M("Kondisi awal"), reasons)
    valid_min = _number(get("valid_min"), M("Batas bawah"), reasons)
    valid_max = _number(get("valid_max"), M("Batas atas"), reasons)
    targets: dict[int, Target] = {}
    for year, i in sorted(layout.targets.items()):
        cell = cells[i] if i < len(cells) else None
        label = M("Target {year}", year=year)
        if cell is None or not cell_text(cell).strip():
            reasons.append(M("Target {year} kosong.", year=year))
            continue
        try:
            t = parse_target(cell, polarity or Polarity.HIGHER, label=label)
        except NumberError as exc:
            reasons.append(str(exc))
            continue
        if t is not None:
            targets[year] = t
            if t.value == 0 and (t.high is None or t.high == 0):
                row.warnings.append(
                    M("Target {year} = 0: capaian tahun itu tidak dapat dihitung.", year=year)
                )
    if reasons or polarity is None:
        row.verdict = RowVerdict.REFUSED
        if code and code not in seen:
            seen[code] = n
        return row
    seen[code] = n
    spec = IndicatorSpec(
        code=code,
        name=name,
        polarity=polarity,
        unit=cell_text(get("unit")).strip(),
        level=level,
        frequency=frequency,
        lead_org_id=lead_id,
        contributor_ids=tuple(contributor_ids),
        source=cell_text(get("source")).strip(),
        valid_min=valid_min,
        valid_max=valid_max,
        rpjmd_period=layout.period,
        baseline=baseline,
        baseline_year=layout.baseline_year,
        targets=targets,
    )
    try:
        check_spec(spec)
    except CatalogueError as exc:
        reasons.append(str(exc))
        row.verdict = RowVerdict.REFUSED
        return row
    row.spec = spec
    return row


def _same(spec: IndicatorSpec, existing: Any) -> bool:
    return (
        existing.name == spec.name
        and existing.unit == spec.unit
        and existing.polarity is spec.polarity
        and existing.level is spec.level
        and existing.frequency is spec.frequency
        and existing.lead_org_id == spec.lead_org_id
        and set(existing.contributor_ids) == set(spec.contributor_ids) - {spec.lead_org_id}
        and existing.source == spec.source
        and existing.valid_min == spec.valid_min
        and existing.valid_max == spec.valid_max
        and existing.baseline == spec.baseline
        and {y: t for y, t in existing.targets.items() if y in spec.targets} == spec.targets
    )


def import_matrix(
    session: Session,
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> MatrixImport:
    """Read, judge every row, and (unless ``dry_run``) write the valid ones.

    The caller's session is one transaction: commit it to keep the result.
    """
    path = Path(path)
    try:
        source, raw = read_raw_rows(path)
    except TableReadError as exc:
        raise MatrixError(str(exc)) from exc
    source = path.name
    if len(raw) > MAX_MATRIX_ROWS:
        raise MatrixError(
            M("Berkas {name} berisi lebih dari {n} baris.", name=source, n=MAX_MATRIX_ROWS)
        )
    layout = _locate(raw)
    orgs = _Orgs(session)
    existing = {i.code: i for i in list_indicators(session)}
    seen: dict[str, int] = {}
    rows: list[MatrixRow] = []
    body = [(n, r) for n, r in raw if n > layout.header_rows[-1]]
    for k, (n, cells) in enumerate(body):
        if _is_numbering_row(cells):
            continue
        row = _judge(n, list(cells), layout, orgs, seen)
        if row.spec is not None and row.code in existing:
            row.verdict = (
                RowVerdict.UNCHANGED if _same(row.spec, existing[row.code]) else RowVerdict.UPDATED
            )
        rows.append(row)
        if progress is not None and k % 50 == 0:
            progress(k, len(body))
    result = MatrixImport(source, sorted(layout.targets), rows, dry_run)
    if dry_run:
        return result
    save_indicators(
        session,
        [
            row.spec
            for row in rows
            if row.spec is not None and row.verdict in (RowVerdict.NEW, RowVerdict.UPDATED)
        ],
        replace_targets=False,
    )
    result.linked = link_uncatalogued(session)
    return result
