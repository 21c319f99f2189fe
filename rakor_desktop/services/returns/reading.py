"""Reading a returned workbook, before anything is asked of the database.

What comes back has been through Excel, LibreOffice Calc or WPS: percents typed as
"75%" or stored as 0.75 in a percent cell, dates as text, formulas where a number was
expected, rows deleted or added, the file saved as .xlsm. This module turns a file
into plain rows and says, in Indonesian, what it cannot use; ``review`` judges them.
"""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rakor_desktop.domain.enums import FOLLOWUP_LABELS, FollowUpStatus
from rakor_desktop.domain.names import fold
from rakor_desktop.messages import M
from rakor_desktop.services.office.tables import unneutralize
from rakor_desktop.services.office.xlsx import ExcelError
from rakor_desktop.services.returns.form import INFO_LABELS, INFO_SHEET, REPORTABLE, SHEET

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 2000
MAX_NOTE = 4000
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlsb", ".xls")
_KEYS = {
    "id": "ID", "signature": "Tanda", "percent": "Progres baru (%)", "status": "Status baru",
    "day": "Tanggal laporan", "note": "Catatan", "evidence": "Berkas bukti",
}  # fmt: skip
_STATUS_BY_LABEL = {fold(FOLLOWUP_LABELS[s]): s for s in REPORTABLE} | {
    fold(s.value.replace("_", " ")): s for s in REPORTABLE
}


@dataclass(frozen=True, slots=True)
class Cell:
    """A fill cell: its value (the cached one for a formula), and what to say about it."""

    value: Any = None
    number_format: str = "General"
    formula: bool = False


@dataclass(frozen=True, slots=True)
class RawRow:
    sheet_row: int
    followup_uuid: str
    signature: str
    cells: dict[str, Cell]

    def blank(self) -> bool:
        return all(is_blank(c.value) for c in self.cells.values())


@dataclass
class ReturnFile:
    path: Path
    form_format: str
    opd: str
    org_uuid: str
    form_id: str
    issued: str
    form_signature: str
    rows: list[RawRow] = field(default_factory=list)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _refuse_macros(path: Path) -> None:
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise ExcelError(
            M(
                "Berkas {name} berformat {suffix} (bisa berisi makro) dan tidak dibuka. Simpan ulang sebagai .xlsx biasa lalu impor lagi.",
                name=path.name,
                suffix=path.suffix.lower(),
            )
        )
    try:
        with zipfile.ZipFile(path) as z:
            if any(n.lower().endswith("vbaproject.bin") for n in z.namelist()):
                raise ExcelError(
                    M(
                        "Berkas {name} berisi makro dan tidak dibuka. Simpan ulang sebagai .xlsx tanpa makro lalu impor lagi.",
                        name=path.name,
                    )
                )
    except zipfile.BadZipFile:
        pass  # said below, when openpyxl cannot read it either


def _load(path: Path):
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.is_file():
        raise ExcelError(M("Berkas {name} tidak ditemukan.", name=path.name))
    if path.stat().st_size > MAX_BYTES:
        raise ExcelError(M("Berkas {name} terlalu besar (maks. 10 MB).", name=path.name))
    _refuse_macros(path)
    try:
        values = load_workbook(path, data_only=True)
        formulas = load_workbook(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExcelError(
            M(
                "Berkas {name} bukan buku kerja Excel (.xlsx) yang dapat dibaca. Simpan ulang sebagai .xlsx lalu coba lagi.",
                name=path.name,
            )
        ) from exc
    return values, formulas


def _info(wb) -> dict[str, str]:
    wanted = {label: key for key, label in INFO_LABELS.items()}
    found: dict[str, str] = {}
    if INFO_SHEET in wb.sheetnames:
        for row in wb[INFO_SHEET].iter_rows(min_row=1, max_row=30, max_col=2, values_only=True):
            label = str(row[0] or "").strip() if row else ""
            if label in wanted:
                found[wanted[label]] = str(row[1] or "").strip()
    return found


def read_return(path: str | Path) -> ReturnFile:
    """The rows of a returned workbook; :class:`ExcelError` when it is not one at all."""
    path = Path(path)
    values, formulas = _load(path)
    info = _info(values)
    if not info.get("form_id") or not info.get("org_uuid") or SHEET not in values.sheetnames:
        raise ExcelError(
            M(
                "Berkas {name} bukan formulir tindak lanjut Rakor Desktop (lembar Petunjuk atau Tindak Lanjut tidak ada). Gunakan formulir yang dikirim bersama notulen.",
                name=path.name,
            )
        )
    ws, wf = values[SHEET], formulas[SHEET]
    header = [str(c.value or "").strip() for c in ws[1]]
    columns = {key: header.index(label) + 1 for key, label in _KEYS.items() if label in header}
    missing = [label for key, label in _KEYS.items() if key not in columns]
    if missing:
        raise ExcelError(
            M(
                "Kolom {items} tidak ada di berkas {name}; kolom formulir tidak boleh dihapus atau diganti namanya.",
                items=", ".join(missing),
                name=path.name,
            )
        )
    if ws.max_row - 1 > MAX_ROWS:
        raise ExcelError(M("Berkas {name} berisi terlalu banyak baris.", name=path.name))
    result = ReturnFile(
        path=path,
        form_format=info.get("format", ""),
        opd=info.get("opd", ""),
        org_uuid=info["org_uuid"],
        form_id=info["form_id"],
        issued=info.get("issued", ""),
        form_signature=info.get("signature", ""),
    )
    for r in range(2, ws.max_row + 1):
        cells: dict[str, Cell] = {}
        for key in ("percent", "status", "day", "note", "evidence"):
            c = ws.cell(row=r, column=columns[key])
            f = wf.cell(row=r, column=columns[key])
            cells[key] = Cell(c.value, c.number_format or "General", f.data_type == "f")
        ident = ws.cell(row=r, column=columns["id"]).value
        sig = ws.cell(row=r, column=columns["signature"]).value
        row = RawRow(r, str(ident or "").strip(), str(sig or "").strip(), cells)
        if not row.followup_uuid and not row.signature and row.blank():
            continue
        result.rows.append(row)
    return result


# ------------------------------------------------------------------ cell values


def percent(cell: Cell) -> tuple[int | None, M | None]:
    """A whole percent 0-100: 75, "75", "75%", "75,0", or 0.75 in a percent cell."""
    value = cell.value
    if is_blank(value):
        return None, None
    if isinstance(value, bool | datetime | date):
        return None, M("Progres baru harus angka 0 sampai 100.")
    if isinstance(value, int | float):
        number = float(value) * (100 if "%" in cell.number_format else 1)
    else:
        text = str(value).strip().rstrip("%").strip().replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None, M(
                'Progres baru "{value}" bukan angka (contoh: 75).', value=str(value).strip()[:30]
            )
    if math.isnan(number) or not 0 <= number <= 100:
        return None, M("Progres baru harus 0 sampai 100.")
    if abs(number - round(number)) > 0.01:
        return None, M("Progres baru berupa bilangan bulat (misalnya 75).")
    return round(number), None


def status(cell: Cell) -> tuple[FollowUpStatus | None, M | None]:
    if is_blank(cell.value):
        return None, None
    found = _STATUS_BY_LABEL.get(fold(str(cell.value)).replace("_", " "))
    if found is None:
        return None, M(
            'Status baru "{value}" tidak dikenal; pilih Belum, Dalam Proses, atau Selesai.',
            value=str(cell.value).strip()[:30],
        )
    return found, None


_DAY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def day(cell: Cell) -> tuple[date | None, M | None]:
    """A date cell, or text "15/11/2026", "15-11-2026", "2026-11-15" (Calc saves text)."""
    value = cell.value
    if is_blank(value):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    text = str(value)
    try:
        if m := _DAY.match(text):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), None
        if m := _ISO.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
    except ValueError:
        pass
    return None, M(
        'Tanggal laporan "{value}" tidak dapat dibaca (contoh: 15/11/2026).',
        value=text.strip()[:30],
    )


def text(cell: Cell) -> str:
    if is_blank(cell.value):
        return ""
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unneutralize(str(value).strip())[:MAX_NOTE]


def evidence_names(cell: Cell) -> list[str]:
    names = [n.strip() for n in re.split(r"[;\n]", text(cell)) if n.strip()]
    return list(dict.fromkeys(names))
