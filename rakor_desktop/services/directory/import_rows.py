"""What a staff-list import decides per row, and how a spreadsheet cell is cleaned."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from rakor_desktop.services.directory.tabular import FIELDS, Cell, cell_text
from rakor_desktop.services.office.tables import unneutralize

# Whole numbers beyond this are not exact in a float cell (a NIP typed as a number).
_FLOAT_EXACT_LIMIT = 2**53


class Verdict(StrEnum):
    NEW = "baru"
    UPDATE = "perbarui"
    UNCHANGED = "sama"
    DUPLICATE_NIP = "nip_ganda"
    DUPLICATE_ROW = "baris_ganda"
    INVALID_NIP = "nip_tidak_valid"
    UNKNOWN_OPD = "opd_tidak_dikenal"
    EMPTY_NAME = "nama_kosong"
    INVALID_VALUE = "isian_tidak_valid"


VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.NEW: "Baru",
    Verdict.UPDATE: "Perbarui",
    Verdict.UNCHANGED: "Tidak berubah",
    Verdict.DUPLICATE_NIP: "NIP ganda dalam berkas",
    Verdict.DUPLICATE_ROW: "Baris ganda dalam berkas",
    Verdict.INVALID_NIP: "NIP tidak valid",
    Verdict.UNKNOWN_OPD: "OPD belum terdaftar",
    Verdict.EMPTY_NAME: "Nama kosong",
    Verdict.INVALID_VALUE: "Isian tidak valid",
}
OK_VERDICTS = frozenset({Verdict.NEW, Verdict.UPDATE, Verdict.UNCHANGED})
# Row colours for the preview and the xlsx report (green new, blue update, grey same, red error).
VERDICT_COLOURS: dict[Verdict, str] = {
    Verdict.NEW: "C6EFCE",
    Verdict.UPDATE: "DDEBF7",
    Verdict.UNCHANGED: "EDEDED",
}
ERROR_COLOUR = "FFC7CE"
NEW_OPD_COLOUR = "FFEB9C"


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was written."""


class PeopleImportError(ValueError):
    """An import could not be written (message in Indonesian); nothing was written."""


@dataclass
class RowResult:
    row_number: int  # as the spreadsheet shows it
    verdict: Verdict
    values: dict[str, str]
    reason: str = ""
    person_id: int | None = None
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    new_organization: str | None = None  # OPD that will be created for this row
    nip: str | None = None  # the 18 digits, once validated
    key: str = ""  # name_key of the name, computed once

    @property
    def ok(self) -> bool:
        return self.verdict in OK_VERDICTS

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self.verdict]

    @property
    def colour(self) -> str:
        if not self.ok:
            return ERROR_COLOUR
        if self.new_organization:
            return NEW_OPD_COLOUR
        return VERDICT_COLOURS[self.verdict]


@dataclass
class ImportPreview:
    rows: list[RowResult]
    mapping: dict[str, int | None]
    create_opd: bool
    new_organizations: list[str]
    source: str = ""
    skipped_empty: int = 0
    # folded OPD name -> (OPD as written, address) for addresses that differ from the stored
    organization_emails: dict[str, tuple[str, str]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        c = Counter(r.verdict for r in self.rows)
        return {v.value: c.get(v, 0) for v in Verdict}

    @property
    def errors(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]

    def summary_lines(self) -> list[str]:
        c = Counter(r.verdict for r in self.rows)
        lines = [f"{VERDICT_LABELS[v]}: {c[v]}" for v in Verdict if c.get(v)]
        if self.new_organizations:
            lines.append(f"OPD baru dibuat: {len(self.new_organizations)}")
        if self.organization_emails:
            lines.append(f"Surel OPD diisi/diubah: {len(self.organization_emails)}")
        if self.skipped_empty:
            lines.append(f"Baris kosong dilewati: {self.skipped_empty}")
        return lines


@dataclass
class ImportResult:
    preview: ImportPreview
    created: int
    updated: int
    unchanged: int
    rejected: int
    organizations_created: int
    applied: bool
    organization_emails: int = 0  # OPDs whose office e-mail address was set or changed


# -- cell cleaning -----------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _clean_text(value: Cell) -> str:
    """One-line text: control characters dropped, whitespace collapsed, apostrophe guard undone."""
    text = value if isinstance(value, str) else cell_text(value)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    text = " ".join(text.split())
    return unneutralize(text)


def _clean_phone(value: Cell) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = cell_text(value)
        # Excel drops the leading zero of 0812...: put it back for Indonesian mobiles.
        return "0" + text if text.startswith("8") and 9 <= len(text) <= 13 else text
    return _clean_text(value)


def _nip_cell(value: Cell) -> tuple[str, str | None]:
    """(text, problem): a NIP Excel stored as a float has already lost its last digits."""
    if (
        isinstance(value, float)
        and not isinstance(value, bool)
        and abs(value) >= _FLOAT_EXACT_LIMIT
    ):
        return cell_text(value), (
            "NIP tersimpan sebagai angka di Excel sehingga digit terakhir hilang; "
            "format kolom NIP sebagai Teks lalu ketik ulang"
        )
    return _clean_text(value), None


def extract_values(
    row: list[Cell], mapping: Mapping[str, int | None]
) -> tuple[dict[str, str], str | None]:
    values: dict[str, str] = {}
    nip_problem = None
    for fld in FIELDS:
        idx = mapping.get(fld)
        raw = row[idx] if idx is not None and 0 <= idx < len(row) else None
        if fld == "nip":
            values[fld], nip_problem = _nip_cell(raw)
        elif fld == "phone":
            values[fld] = _clean_phone(raw)
        elif fld == "org_email":
            values[fld] = _clean_text(raw).replace(" ", "").lower()
        else:
            values[fld] = _clean_text(raw)
    return values, nip_problem
