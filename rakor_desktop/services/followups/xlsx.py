"""The follow-up matrix as a workbook: what the chair's staff filter and forward."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from rakor_desktop.services.followups.query import FollowUpFilter, FollowUpRow, list_followups
from rakor_desktop.services.office.settings import office_zone
from rakor_desktop.services.office.xlsx import (
    DATE_FORMAT,
    PERCENT_FORMAT,
    STATUS_FILLS,
    info_sheet,
    local,
    new_workbook,
    save,
    write_sheet,
)

# ------------------------------------------------------------------ follow-ups

FOLLOWUP_HEADERS = (
    "No", "Rapat", "Tanggal Rapat", "Permasalahan/Arahan", "Tindak Lanjut",
    "Penanggung Jawab (OPD)", "PIC", "Batas Waktu", "Status", "Progres", "Dibawa (kali)",
    "Keterangan", "Selesai Pada",
)  # fmt: skip
_FU_WIDTHS = (6, 30, 13, 48, 48, 30, 24, 13, 14, 10, 10, 30, 13)


def followup_rows_for_sheet(rows: Sequence[FollowUpRow], zone: str) -> list[list[Any]]:
    out = []
    for n, r in enumerate(rows, start=1):
        completed = local(r.completed_at, zone)
        meeting_day = local(r.meeting_starts_at, zone)
        out.append(
            [
                n,
                r.meeting_title,
                meeting_day.date() if meeting_day else None,
                r.problem,
                r.action,
                r.organization or None,
                r.pic or None,
                r.due_date,
                r.status_label,
                r.percent / 100,
                r.carried,
                r.remark or None,
                completed.date() if completed else None,
            ]
        )
    return out


def write_followups_xlsx(
    rows: Sequence[FollowUpRow],
    path: str | Path,
    *,
    zone: str,
    exported_at: datetime,
    description: str = "",
) -> Path:
    """The follow-up matrix: one row per follow-up, status coloured, dates as dates."""
    from openpyxl.styles import PatternFill

    wb = new_workbook()
    ws = write_sheet(
        wb,
        "Tindak Lanjut",
        FOLLOWUP_HEADERS,
        followup_rows_for_sheet(rows, zone),
        widths=_FU_WIDTHS,
        formats={2: DATE_FORMAT, 7: DATE_FORMAT, 9: PERCENT_FORMAT, 12: DATE_FORMAT},
        wrap=(1, 3, 4, 5, 11),
    )
    fills = {k: PatternFill("solid", start_color=v) for k, v in STATUS_FILLS.items()}
    for i, r in enumerate(rows, start=2):
        ws.cell(row=i, column=9).fill = fills[r.status]
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    info_sheet(
        wb,
        "Keterangan",
        [
            ("Judul", "Matriks Tindak Lanjut"),
            ("Diekspor", local(exported_at, zone)),
            ("Zona waktu", zone),
            ("Filter", description or "Semua tindak lanjut"),
            ("Jumlah", len(rows)),
            ("Catatan", "Status Terlambat: belum selesai dan batas waktu sudah lewat."),
        ],
    )
    return save(wb, path)


def export_followups(
    session: Session,
    path: str | Path,
    flt: FollowUpFilter | None = None,
    *,
    now: datetime,
    sort: str = "due_date",
    descending: bool = False,
    description: str = "",
) -> int:
    """Export the follow-ups matching ``flt`` (all pages, table order); returns the count."""
    zone = office_zone(session)
    rows = list_followups(session, flt, now=now, sort=sort, descending=descending, zone=zone)
    write_followups_xlsx(rows, path, zone=zone, exported_at=now, description=description)
    return len(rows)
