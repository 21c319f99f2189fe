"""The one table writer: rows to ``.xlsx`` (streamed, for 10,000-person directories and
import reports) or ``.csv``, injection-safe; the styled workbooks of ``office/xlsx.py``
use its :func:`neutralize` too.

A name typed as ``=HYPERLINK("http://...")`` or ``@SUM(...)`` is just text in our
database, but a spreadsheet opening the export would run it as a formula (CSV/formula
injection). Every text cell that starts with ``= + - @``, a tab or a carriage return
is therefore written with a leading apostrophe, the spreadsheet convention for "this
is text"; in ``.xlsx`` it is also stored as a string cell, never a formula. Importers
strip that apostrophe again (:func:`unneutralize`), so export -> import is lossless.

CSV is written as UTF-8 with a BOM and semicolons: Excel with Indonesian regional
settings (comma as decimal mark) opens that correctly by double-click.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rakor_desktop.fileio import atomic_path
from rakor_desktop.messages import M

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"
# Characters XML 1.0 cannot carry; openpyxl refuses them, so they are dropped on export.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportError(ValueError):
    """The file could not be written; the message is for the user."""


def neutralize(value: Any) -> Any:
    """Prefix an apostrophe to text a spreadsheet would treat as a formula."""
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


def unneutralize(text: str) -> str:
    """Undo :func:`neutralize` (used by the importer for round trips)."""
    if len(text) >= 2 and text[0] == "'" and text[1:].startswith(DANGEROUS_PREFIXES):
        return text[1:]
    return text


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        return neutralize(_XML_ILLEGAL.sub("", value))
    return value


def write_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "Data",
    text_columns: Sequence[int] = (),
    fills: Sequence[str | None] | None = None,
) -> Path:
    """Write a header and rows to ``.xlsx`` or ``.csv`` (chosen by suffix), safely.

    The file is written under a temporary name and renamed, so a full disk or a crash
    never leaves a truncated export under the name the user chose. ``fills`` gives an
    optional background colour (``"FFC7CE"``) per row, used by import reports.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError(
            M(
                "Format {value} tidak didukung; pilih .xlsx atau .csv.",
                value=suffix or "(tanpa akhiran)",
            )
        )
    try:
        with atomic_path(path, sync=False) as tmp:
            if suffix == ".csv":
                _write_csv(tmp, headers, rows)
            else:
                _write_xlsx(tmp, headers, rows, sheet_title, text_columns, fills)
    except OSError as exc:
        from rakor_desktop.db.recovery import describe_write_error

        raise ExportError(describe_write_error(exc, path.name)) from exc
    return path


def _write_csv(tmp: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralize(h) for h in headers])
        for row in rows:
            writer.writerow(["" if v is None else neutralize(v) for v in row])
        fh.flush()
        os.fsync(fh.fileno())


def _write_xlsx(
    tmp: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    sheet_title: str,
    text_columns: Sequence[int],
    fills: Sequence[str | None] | None,
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31])
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=_xlsx_value(h))
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)
    fill_cache: dict[str, PatternFill] = {}
    text_cols = set(text_columns)
    for r, row in enumerate(rows):
        colour = fills[r] if fills is not None and r < len(fills) else None
        fill = None
        if colour:
            fill = fill_cache.setdefault(colour, PatternFill("solid", start_color=colour))
        cells = []
        for i, v in enumerate(row):
            value = _xlsx_value(v)
            c = WriteOnlyCell(ws, value=value)
            if isinstance(value, str):
                c.data_type = "s"  # never a formula, whatever the text looks like
            if i in text_cols:
                c.number_format = "@"
            if fill is not None:
                c.fill = fill
            cells.append(c)
        ws.append(cells)
    wb.save(tmp)
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
