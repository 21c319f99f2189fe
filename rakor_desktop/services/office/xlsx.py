"""The one Excel writer (openpyxl) every workbook of the app goes through.

Workbooks use only what Excel and LibreOffice Calc both read: one header row in bold,
frozen, an autofilter, column widths, real dates and percent number formats, simple
fills. Text that a spreadsheet would run as a formula (``= + - @``...) is written with a
leading apostrophe (``office.tables.neutralize``), and files appear only complete
(written under a temporary name, then renamed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.fileio import atomic_path
from rakor_desktop.messages import M
from rakor_desktop.services.office.tables import neutralize

DATE_FORMAT = "DD/MM/YYYY"
PERCENT_FORMAT = "0%"
PERCENT1_FORMAT = "0.0%"
NUMBER2_FORMAT = "0.00"
DELTA_FORMAT = "+0.0;-0.0;0.0"
HEADER_FILL = "D9E2F3"
STATUS_FILLS = {
    FollowUpStatus.BELUM.value: "EDEDED",
    FollowUpStatus.DALAM_PROSES.value: "FFF2CC",
    FollowUpStatus.TERLAMBAT.value: "F8CBAD",
    FollowUpStatus.SELESAI.value: "C6EFCE",
    FollowUpStatus.DIBATALKAN.value: "D9D9D9",
}
GOOD_FONT = "1E7B34"
BAD_FONT = "B42318"
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExcelError(ValueError):
    """A workbook could not be written or read; the message is for the user."""


# ------------------------------------------------------------------ writing helpers


def cell_value(value: Any) -> Any:
    if isinstance(value, str):
        return neutralize(_XML_ILLEGAL.sub("", value))
    return value


def new_workbook():
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    return wb


def write_sheet(
    wb,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    widths: Sequence[float],
    formats: dict[int, str] | None = None,
    wrap: Sequence[int] = (),
    freeze: str = "A2",
):
    """A sheet with a bold, frozen, filterable header row; formats by column index."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title[:31])
    ws.append([cell_value(h) for h in headers])
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", start_color=HEADER_FILL)
    header_align = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for cell in ws[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = header_align
    formats = formats or {}
    wrap_set = set(wrap)
    top_wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for row in rows:
        ws.append([cell_value(v) for v in row])
        r = ws.max_row
        for i in range(len(headers)):
            cell = ws.cell(row=r, column=i + 1)
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
            if i in formats:
                cell.number_format = formats[i]
            cell.alignment = top_wrap if i in wrap_set else top
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.freeze_panes = freeze
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    ws.print_title_rows = "1:1"
    return ws


def save(wb, path: str | Path) -> Path:
    """Write under a temporary name, then rename: never a half-written file."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExcelError(M("Nama berkas harus berakhiran .xlsx (tertulis {name}).", name=path.name))
    try:
        with atomic_path(path) as tmp:
            wb.save(tmp)
    except OSError as exc:
        from rakor_desktop.db.recovery import describe_write_error

        raise ExcelError(describe_write_error(exc, path.name)) from exc
    return path


def local(dt: datetime | None, zone: str) -> datetime | None:
    """Excel has no time zones: write the office wall-clock time, without tzinfo."""
    local = to_office(dt, zone)
    return None if local is None else local.replace(tzinfo=None, microsecond=0)


def info_sheet(wb, title: str, lines: Sequence[tuple[str, Any]]) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet(title[:31])
    for label, value in lines:
        ws.append([cell_value(label), cell_value(value)])
        if isinstance(value, datetime):
            ws.cell(row=ws.max_row, column=2).number_format = "DD/MM/YYYY HH:MM"
    for row in ws.iter_rows(min_col=1, max_col=1):
        for cell in row:
            cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
