"""Excel workbooks (openpyxl): the follow-up matrix, OPD trend tables, and the OPD
report template that OPDs fill in and the secretary imports back.

Workbooks use only what Excel and LibreOffice Calc both read: one header row in bold,
frozen, an autofilter, column widths, real dates and percent number formats, simple
fills, and decimal data validation. Text that a spreadsheet would run as a formula
(``= + - @``...) is written with a leading apostrophe (``people_export.neutralize``).

Import policy for OPD reports: **valid rows are written, invalid rows are skipped**
and listed in the per-row report. Each row is one OPD's own report: a typo in one
OPD's figures must not keep forty others out of the meeting, and re-importing the
corrected file only updates (one report per meeting x OPD), so nothing is doubled.
A file that is not our template, or is for another meeting, is refused whole.
"""

from __future__ import annotations

import math
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from rakor_desktop.domain.enums import FollowUpStatus
from rakor_desktop.domain.models import Invitation, Meeting, OpdReport, Organization
from rakor_desktop.domain.names import fold
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.services.directory.export import neutralize, unneutralize
from rakor_desktop.services.followups.query import FollowUpFilter, FollowUpRow, list_followups
from rakor_desktop.services.insight.trends import (
    LABELS,
    Direction,
    TrendRow,
    attention_ranking,
    indicator_number,
    opd_trends,
    parse_indicators,
    trend_rows,
)
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import office_zone

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

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_IMPORT_ROWS = 2000
MAX_TEXT = 4000
INDICATOR_SLOTS = 3
TEMPLATE_SHEET = "Laporan OPD"
INFO_SHEET = "Petunjuk"
MEETING_CODE_LABEL = "Kode rapat"


class ExcelError(ValueError):
    """A workbook could not be written or read; the message is for the user."""


# ------------------------------------------------------------------ writing helpers


def _cell_value(value: Any) -> Any:
    if isinstance(value, str):
        return neutralize(_XML_ILLEGAL.sub("", value))
    return value


def _new_workbook():  # noqa: ANN202
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    return wb


def _write_sheet(
    wb,  # noqa: ANN001
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    widths: Sequence[float],
    formats: dict[int, str] | None = None,
    wrap: Sequence[int] = (),
    freeze: str = "A2",
):  # noqa: ANN202
    """A sheet with a bold, frozen, filterable header row; formats by column index."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title[:31])
    ws.append([_cell_value(h) for h in headers])
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
        ws.append([_cell_value(v) for v in row])
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


def _save(wb, path: str | Path) -> Path:  # noqa: ANN001
    """Write under a temporary name, then rename: never a half-written file."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExcelError(f"Nama berkas harus berakhiran .xlsx (tertulis {path.name}).")
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        from rakor_desktop.db.recovery import describe_write_error

        raise ExcelError(describe_write_error(exc, path.name)) from exc
    return path


def _local(dt: datetime | None, zone: str) -> datetime | None:
    """Excel has no time zones: write the office wall-clock time, without tzinfo."""
    local = to_office(dt, zone)
    return None if local is None else local.replace(tzinfo=None, microsecond=0)


def _info_sheet(wb, title: str, lines: Sequence[tuple[str, Any]]) -> None:  # noqa: ANN001
    from openpyxl.styles import Font

    ws = wb.create_sheet(title[:31])
    for label, value in lines:
        ws.append([_cell_value(label), _cell_value(value)])
        if isinstance(value, datetime):
            ws.cell(row=ws.max_row, column=2).number_format = "DD/MM/YYYY HH:MM"
    for row in ws.iter_rows(min_col=1, max_col=1):
        for cell in row:
            cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90


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
        completed = _local(r.completed_at, zone)
        meeting_day = _local(r.meeting_starts_at, zone)
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

    wb = _new_workbook()
    ws = _write_sheet(
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
    _info_sheet(
        wb,
        "Keterangan",
        [
            ("Judul", "Matriks Tindak Lanjut"),
            ("Diekspor", _local(exported_at, zone)),
            ("Zona waktu", zone),
            ("Filter", description or "Semua tindak lanjut"),
            ("Jumlah", len(rows)),
            ("Catatan", "Status Terlambat: belum selesai dan batas waktu sudah lewat."),
        ],
    )
    return _save(wb, path)


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


# ------------------------------------------------------------------ trends

_TREND_HEADERS = (
    "OPD", "Rapat Terakhir", "Tanggal", "Realisasi Anggaran", "Perubahan (poin)", "Arah",
    "Realisasi Fisik", "Perubahan (poin)", "Arah", "Jumlah Laporan", "Indikator Terakhir",
)  # fmt: skip


def _arrow_text(d: Direction | None) -> str | None:
    from rakor_desktop.services.insight.trends import ARROWS

    return f"{ARROWS[d]} {LABELS[d]}" if d is not None else None


def _pct_fraction(value: float | None) -> float | None:
    return None if value is None else value / 100


def write_trends_xlsx(
    rows: Sequence[TrendRow],
    trends,  # noqa: ANN001 - list[OpdTrend]
    path: str | Path,
    *,
    zone: str,
    exported_at: datetime,
    attention=None,  # noqa: ANN001 - Attention | None
) -> Path:
    from openpyxl.styles import Font

    wb = _new_workbook()
    table = []
    for r in rows:
        indicators = "; ".join(
            f"{name}: {text} {change.arrow}".strip() for name, text, change in r.indicators
        )
        table.append(
            [
                r.organization,
                r.meeting.title if r.meeting else None,
                r.meeting.day if r.meeting else None,
                _pct_fraction(r.budget.value),
                r.budget.delta,
                _arrow_text(r.budget.direction),
                _pct_fraction(r.physical.value),
                r.physical.delta,
                _arrow_text(r.physical.direction),
                r.reports,
                indicators or None,
            ]
        )
    ws = _write_sheet(
        wb,
        "Tren OPD",
        _TREND_HEADERS,
        table,
        widths=(38, 28, 12, 12, 11, 11, 12, 11, 11, 10, 60),
        formats={2: DATE_FORMAT, 3: PERCENT1_FORMAT, 4: DELTA_FORMAT, 6: PERCENT1_FORMAT,
                 7: DELTA_FORMAT},
        wrap=(0, 1, 10),
        freeze="B2",
    )
    good, bad = Font(color=GOOD_FONT, bold=True), Font(color=BAD_FONT, bold=True)
    for i, r in enumerate(rows, start=2):
        for col, change in ((6, r.budget), (9, r.physical)):
            if change.good is True:
                ws.cell(row=i, column=col).font = good
            elif change.good is False:
                ws.cell(row=i, column=col).font = bad

    # one matrix per measure: OPD x meeting, the trend read left to right
    meetings: dict[int, Any] = {}
    for t in trends:
        for p in t.points:
            meetings[p.meeting.id] = p.meeting
    ordered = sorted(meetings.values(), key=lambda m: (m.starts_at, m.id))
    for title, attr in (("Anggaran per Rapat", "budget_pct"), ("Fisik per Rapat", "physical_pct")):
        headers = ["OPD", *[f"{m.title} ({m.day:%d/%m/%Y})" for m in ordered]]
        matrix = []
        for t in trends:
            values = {p.meeting.id: getattr(p, attr) for p in t.points}
            matrix.append([t.organization, *[_pct_fraction(values.get(m.id)) for m in ordered]])
        _write_sheet(
            wb, title, headers, matrix,
            widths=(38, *[14] * len(ordered)),
            formats={i + 1: PERCENT1_FORMAT for i in range(len(ordered))},
            wrap=(0,),
            freeze="B2",
        )
    long_rows = []
    for t in trends:
        for p in t.points:
            for name, text in p.indicators.items():
                long_rows.append(
                    [t.organization, name, p.meeting.title, p.meeting.day, text, p.indicator(name)]
                )
    _write_sheet(
        wb, "Indikator",
        ("OPD", "Indikator", "Rapat", "Tanggal", "Nilai (tertulis)", "Nilai (angka)"),
        long_rows,
        widths=(38, 36, 28, 12, 18, 14),
        formats={3: DATE_FORMAT, 5: "#,##0.##"},
        wrap=(0, 1),
    )
    if attention is not None:
        att_rows = [
            [
                a.organization,
                "; ".join(a.reasons),
                _pct_fraction(a.budget_pct),
                a.overdue,
                a.attendance_rate,
            ]
            for a in attention.combined
        ]
        _write_sheet(
            wb, "Perlu Perhatian",
            ("OPD", "Alasan", "Realisasi Anggaran", "Tindak Lanjut Terlambat", "Kehadiran"),
            att_rows,
            widths=(38, 60, 12, 12, 11),
            formats={2: PERCENT1_FORMAT, 4: PERCENT_FORMAT},
            wrap=(0, 1),
        )
    _info_sheet(
        wb,
        "Keterangan",
        [
            ("Judul", "Tren Kinerja OPD"),
            ("Diekspor", _local(exported_at, zone)),
            ("Zona waktu", zone),
            ("Arah", "▲ naik, ▼ turun, ▬ tetap (perubahan tidak lebih dari 0,5 poin)"),
            ("Perubahan", "selisih dengan laporan OPD pada rapat sebelumnya, dalam poin persen"),
        ],
    )
    return _save(wb, path)


def export_trends(
    session: Session,
    path: str | Path,
    *,
    now: datetime,
    series_id: int | None = None,
    last_n: int | None = 12,
) -> int:
    """Export the OPD trend tables; returns the number of OPDs."""
    zone = office_zone(session)
    trends = opd_trends(session, series_id=series_id, last_n=last_n, until=now, zone=zone)
    rows = trend_rows(trends)
    attention = attention_ranking(session, now, series_id=series_id)
    write_trends_xlsx(rows, trends, path, zone=zone, exported_at=now, attention=attention)
    return len(rows)


# ------------------------------------------------------------------ OPD report template

TEMPLATE_HEADERS = (
    "No", "OPD", "Realisasi Anggaran (%)", "Realisasi Fisik (%)",
    *[h for i in range(1, INDICATOR_SLOTS + 1) for h in (f"Indikator {i}", f"Nilai Indikator {i}")],
    "Kendala", "Inovasi",
)  # fmt: skip
_COL_BUDGET, _COL_PHYSICAL = 2, 3
_COL_OBSTACLES = 4 + 2 * INDICATOR_SLOTS
_COL_INNOVATION = _COL_OBSTACLES + 1


def _template_orgs(session: Session, meeting_id: int) -> list[Organization]:
    """The OPDs expected to report: invited ones (or any already reported), else all active."""
    invited = set(
        session.exec(
            select(Invitation.organization_id).where(
                Invitation.meeting_id == meeting_id, Invitation.organization_id.is_not(None)
            )
        ).all()
    )
    reported = set(
        session.exec(select(OpdReport.organization_id).where(OpdReport.meeting_id == meeting_id)).all()
    )
    ids = invited | reported
    stmt = select(Organization).order_by(Organization.name)
    if ids:
        stmt = stmt.where(Organization.id.in_(list(ids)))
    else:
        stmt = stmt.where(Organization.active == True)  # noqa: E712
    return list(session.exec(stmt))


def _previous_indicator_names(session: Session, meeting: Meeting) -> dict[int, list[str]]:
    """Indicator names each OPD reported last time: prefilled so values line up."""
    stmt = (
        select(OpdReport.organization_id, OpdReport.indicators, Meeting.starts_at)
        .join(Meeting, Meeting.id == OpdReport.meeting_id)
        .where(Meeting.starts_at < meeting.starts_at)
        .order_by(Meeting.starts_at)
    )
    if meeting.series_id is not None:
        stmt = stmt.where(Meeting.series_id == meeting.series_id)
    names: dict[int, list[str]] = {}
    for oid, raw, _ in session.exec(stmt).all():
        found = list(parse_indicators(raw))
        if found:
            names[int(oid)] = found  # later meetings overwrite earlier ones
    return names


def _fmt_number(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def write_opd_template(session: Session, meeting_id: int, path: str | Path) -> int:
    """The workbook OPDs fill in: one row per OPD, percent cells validated 0-100.

    Existing reports of the meeting are prefilled (so a second round only corrects);
    indicator names come from each OPD's previous report. Returns the OPD count.
    """
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ExcelError(f"Rapat {meeting_id} tidak ditemukan.")
    zone = office_zone(session)
    orgs = _template_orgs(session, meeting_id)
    current = {
        r.organization_id: r
        for r in session.exec(select(OpdReport).where(OpdReport.meeting_id == meeting_id))
    }
    previous_names = _previous_indicator_names(session, meeting)
    rows = []
    for n, o in enumerate(orgs, start=1):
        rep = current.get(o.id or 0)
        pairs: list[tuple[str, str | None]] = []
        if rep is not None and parse_indicators(rep.indicators):
            pairs = [(k, v or None) for k, v in parse_indicators(rep.indicators).items()]
        else:
            pairs = [(k, None) for k in previous_names.get(o.id or 0, [])]
        pairs = (pairs + [("", None)] * INDICATOR_SLOTS)[:INDICATOR_SLOTS]
        cells: list[Any] = [
            n,
            o.name,
            rep.budget_pct if rep else None,
            rep.physical_pct if rep else None,
        ]
        for name, value in pairs:
            number = indicator_number(value) if value else None
            plain = value is not None and number is not None and _fmt_number(number) == value.strip()
            cells += [name or None, number if plain else value]
        cells += [rep.obstacles or None if rep else None, rep.innovation or None if rep else None]
        rows.append(cells)

    wb = _new_workbook()
    extra = 50  # room for OPDs the list missed; validation covers them too
    ws = _write_sheet(
        wb,
        TEMPLATE_SHEET,
        TEMPLATE_HEADERS,
        rows,
        widths=(5, 40, 13, 13, *([26, 12] * INDICATOR_SLOTS), 40, 40),
        formats={_COL_BUDGET: NUMBER2_FORMAT, _COL_PHYSICAL: NUMBER2_FORMAT},
        wrap=(1, _COL_OBSTACLES, _COL_INNOVATION),
        freeze="C2",
    )
    last = len(rows) + 1 + extra
    pct = DataValidation(
        type="decimal",
        operator="between",
        formula1="0",
        formula2="100",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Persentase tidak valid",
        error="Isi angka persen antara 0 dan 100, misalnya 45,5.",
        promptTitle="Persentase",
        prompt="Angka 0 sampai 100 (tanpa tanda %).",
        showInputMessage=True,
    )
    pct.add(f"C2:D{last}")
    ws.add_data_validation(pct)
    input_fill = PatternFill("solid", start_color="FFFDE7")
    for r in range(2, len(rows) + 2):
        for c in range(3, len(TEMPLATE_HEADERS) + 1):
            ws.cell(row=r, column=c).fill = input_fill
    day = _local(meeting.starts_at, zone)
    _info_sheet(
        wb,
        INFO_SHEET,
        [
            ("Laporan OPD untuk", meeting.title),
            ("Tanggal rapat", day.date() if day else None),
            ("Tempat", meeting.place or "-"),
            (MEETING_CODE_LABEL, meeting.uuid),
            ("", ""),
            ("Cara mengisi", "Isi satu baris per OPD pada lembar \"Laporan OPD\"; jangan ubah judul kolom."),
            ("Realisasi", "Anggaran dan fisik dalam persen 0 sampai 100, tanpa tanda %, misalnya 45,5."),
            ("Indikator", "Tulis nama indikator dan nilainya (angka). Nama sudah diisi dari laporan lalu."),
            ("Kendala, Inovasi", "Teks bebas."),
            ("Baris kosong", "OPD yang belum melapor boleh dibiarkan kosong."),
        ],
    )
    info = wb[INFO_SHEET]
    info["B1"].font = Font(bold=True)
    info["B2"].number_format = DATE_FORMAT
    wb.active = 0
    _save(wb, path)
    return len(rows)


# ------------------------------------------------------------------ OPD report import


@dataclass(frozen=True, slots=True)
class RowError:
    row: int  # spreadsheet row number, as the user sees it
    organization: str
    column: str
    message: str

    def __str__(self) -> str:
        who = f" ({self.organization})" if self.organization else ""
        col = f" kolom {self.column}:" if self.column else ""
        return f"Baris {self.row}{who}:{col} {self.message}"


@dataclass
class ImportReport:
    """What an import did, row by row: the secretary sends the errors back to the OPDs."""

    meeting_id: int
    file_name: str
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    empty: int = 0
    errors: list[RowError] = field(default_factory=list)
    imported: list[str] = field(default_factory=list)  # OPD names written
    dry_run: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def written(self) -> int:
        return self.created + self.updated

    @property
    def error_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    def summary(self) -> str:
        verb = "akan ditulis" if self.dry_run else "ditulis"
        parts = [
            f"{self.written} laporan OPD {verb} ({self.created} baru, {self.updated} diperbarui)",
            f"{len(self.error_rows)} baris ditolak",
            f"{self.empty} baris kosong dilewati",
        ]
        return ", ".join(parts) + "."

    def as_text(self) -> str:
        lines = [self.summary(), *self.warnings, *(str(e) for e in self.errors)]
        return "\n".join(lines)

    def as_json(self) -> dict:
        return {
            "meeting_id": self.meeting_id,
            "file": self.file_name,
            "rows_read": self.rows_read,
            "created": self.created,
            "updated": self.updated,
            "empty": self.empty,
            "dry_run": self.dry_run,
            "imported": self.imported,
            "warnings": self.warnings,
            "errors": [
                {"row": e.row, "organization": e.organization, "column": e.column, "message": e.message}
                for e in self.errors
            ],
        }


_HEADER_KEYS = {
    "opd": "org", "nama opd": "org", "perangkat daerah": "org", "unit kerja": "org",
    "realisasi anggaran": "budget", "anggaran": "budget", "realisasi keuangan": "budget",
    "realisasi fisik": "physical", "fisik": "physical",
    "kendala": "obstacles", "permasalahan": "obstacles", "inovasi": "innovation",
    "no": "no",
}  # fmt: skip


def _header_field(text: Any) -> str | None:
    key = fold(str(text or "")).replace("%", "").strip()
    key = re.sub(r"\s+", " ", key)
    if key in _HEADER_KEYS:
        return _HEADER_KEYS[key]
    m = re.fullmatch(r"(nilai )?indikator (\d+)", key)
    if m:
        return f"{'ind_value' if m.group(1) else 'ind_name'}:{m.group(2)}"
    return None


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if _is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unneutralize(str(value).strip())[:MAX_TEXT]


def _percent(value: Any, number_format: str, label: str) -> tuple[float | None, str | None]:
    """(value 0-100, error). Forgiving with "45,5" and "45%", strict with words."""
    if _is_blank(value):
        return None, f"{label} wajib diisi."
    if isinstance(value, bool):
        return None, f"{label} berisi {value!r}, bukan angka."
    if isinstance(value, int | float):
        number = float(value)
        if "%" in (number_format or ""):
            number *= 100  # typed as 45% in a percent-formatted cell
    elif isinstance(value, datetime | date):
        return None, f"{label} berisi tanggal, bukan angka persen."
    else:
        text = str(value).strip().rstrip("%").strip().replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None, f"{label} \"{str(value).strip()[:40]}\" bukan angka (contoh: 45,5)."
    if math.isnan(number) or math.isinf(number):
        return None, f"{label} bukan angka."
    if not 0 <= number <= 100:
        return None, f"{label} {_fmt_number(number)} di luar 0 sampai 100."
    return round(number, 2), None


def _open_workbook(path: Path):  # noqa: ANN202
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        raise ExcelError(f"Berkas {path.name} tidak ditemukan.")
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ExcelError(f"Berkas {path.name} terlalu besar untuk laporan OPD (maks. 10 MB).")
    try:
        return load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExcelError(
            f"Berkas {path.name} bukan buku kerja Excel (.xlsx) yang dapat dibaca. "
            "Simpan ulang sebagai .xlsx lalu coba lagi."
        ) from exc


def _meeting_code(wb) -> str | None:  # noqa: ANN001
    if INFO_SHEET not in wb.sheetnames:
        return None
    for row in wb[INFO_SHEET].iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        if row and str(row[0] or "").strip() == MEETING_CODE_LABEL:
            return str(row[1] or "").strip() or None
    return None


def _find_header(ws) -> tuple[int, dict[str, int]]:  # noqa: ANN001
    for r, row in enumerate(ws.iter_rows(min_row=1, max_row=10, values_only=True), start=1):
        mapping: dict[str, int] = {}
        for c, value in enumerate(row):
            f = _header_field(value)
            if f and f not in mapping:
                mapping[f] = c
        if "org" in mapping:
            return r, mapping
    raise ExcelError(
        "Kolom OPD tidak ditemukan. Gunakan templat laporan OPD dari Rakor Desktop "
        "tanpa mengubah judul kolom."
    )


def import_opd_reports(
    session: Session,
    meeting_id: int,
    path: str | Path,
    *,
    dry_run: bool = False,
    actor: str | None = None,
) -> ImportReport:
    """Validate every row of a filled template and write the valid ones (see module doc).

    Row checks: OPD known (name or short name, case and punctuation ignored) and not
    repeated; realisasi anggaran and fisik present, numeric, 0-100; indicator values
    numeric and named. Rows with an OPD and nothing else are "not reported yet".
    """
    from rakor_desktop.services.meetings.close import ensure_editable
    from rakor_desktop.services.meetings.opd_reports import upsert_report

    path = Path(path)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ExcelError(f"Rapat {meeting_id} tidak ditemukan.")
    ensure_editable(session, meeting)
    wb = _open_workbook(path)
    report = ImportReport(meeting_id=meeting_id, file_name=path.name, dry_run=dry_run)
    code = _meeting_code(wb)
    if code is not None and code != meeting.uuid:
        raise ExcelError(
            f"Berkas {path.name} adalah templat untuk rapat lain (kode {code[:8]}…), "
            f"bukan \"{meeting.title}\". Unduh templat rapat ini lalu salin isinya."
        )
    if code is None:
        report.warnings.append("Kode rapat tidak ada di berkas; pastikan isinya untuk rapat ini.")
    ws = wb[TEMPLATE_SHEET] if TEMPLATE_SHEET in wb.sheetnames else wb.worksheets[0]
    header_row, cols = _find_header(ws)
    missing = [label for key, label in (("budget", "Realisasi Anggaran (%)"),
                                        ("physical", "Realisasi Fisik (%)")) if key not in cols]
    if missing:
        raise ExcelError(f"Kolom {', '.join(missing)} tidak ditemukan; gunakan templat laporan OPD.")
    slots = sorted(
        {int(k.split(":")[1]) for k in cols if k.startswith(("ind_name:", "ind_value:"))}
    )

    orgs = list(session.exec(select(Organization)))
    by_key: dict[str, Organization] = {}
    for o in orgs:
        for key in (fold(o.name), fold(o.short_name)):
            if key:
                by_key.setdefault(key, o)
    existing = set(
        session.exec(select(OpdReport.organization_id).where(OpdReport.meeting_id == meeting_id)).all()
    )
    seen: dict[int, int] = {}
    budget_label, physical_label = "Realisasi Anggaran (%)", "Realisasi Fisik (%)"
    to_write: list[tuple[int, str, dict[str, Any]]] = []

    if ws.max_row > header_row + 10 * MAX_IMPORT_ROWS:
        raise ExcelError(f"Lembar {ws.title} terlalu panjang ({ws.max_row} baris); periksa berkasnya.")
    for r_idx, row in enumerate(ws.iter_rows(min_row=header_row + 1), start=header_row + 1):
        if report.rows_read >= MAX_IMPORT_ROWS:
            raise ExcelError(f"Berkas berisi lebih dari {MAX_IMPORT_ROWS} baris; periksa lembarnya.")

        def cell(key: str, row=row) -> tuple[Any, str]:  # noqa: ANN001
            c = cols.get(key)
            if c is None or c >= len(row):
                return None, ""
            return row[c].value, row[c].number_format or ""

        data_keys = [k for k in cols if k not in ("org", "no")]
        values = {k: cell(k) for k in data_keys}
        org_value = cell("org")[0]
        if _is_blank(org_value) and all(_is_blank(v) for v, _ in values.values()):
            continue  # a blank line
        report.rows_read += 1
        org_name = _text(org_value)
        errors: list[RowError] = []

        def err(column: str, message: str, r=r_idx, name=org_name, errs=errors) -> None:  # noqa: ANN001
            errs.append(RowError(r, name, column, message))

        org = by_key.get(fold(org_name)) if org_name else None
        if not org_name:
            err("OPD", "Nama OPD kosong.")
        elif org is None:
            err("OPD", f"OPD \"{org_name[:60]}\" tidak dikenal; tulis sesuai daftar OPD.")
        elif (org.id or 0) in seen:
            err("OPD", f"OPD ini sudah ada di baris {seen[org.id or 0]}.")
        if org is not None and (org.id or 0) not in seen:
            seen[org.id or 0] = r_idx
        # Indicator names come prefilled from the last report: they are not a report.
        reported = [v for k, (v, _) in values.items() if not k.startswith("ind_name:")]
        if all(_is_blank(v) for v in reported):
            if not errors:
                report.empty += 1
            else:
                report.errors.extend(errors)
            continue

        budget, e = _percent(*values.get("budget", (None, "")), budget_label)
        if e:
            err(budget_label, e)
        physical, e = _percent(*values.get("physical", (None, "")), physical_label)
        if e:
            err(physical_label, e)
        indicators: dict[str, str] = {}
        for slot in slots:
            name = _text(values.get(f"ind_name:{slot}", (None, ""))[0])
            raw, _fmt = values.get(f"ind_value:{slot}", (None, ""))
            if _is_blank(raw):
                continue  # a name without a value: not measured this month
            label = f"Nilai Indikator {slot}"
            if not name:
                err(f"Indikator {slot}", "Nama indikator kosong padahal nilainya diisi.")
                continue
            if isinstance(raw, bool | datetime | date):
                err(label, f"Nilai \"{raw}\" bukan angka.")
                continue
            if isinstance(raw, int | float):
                if math.isnan(float(raw)) or math.isinf(float(raw)):
                    err(label, "Nilai bukan angka.")
                    continue
                indicators[name] = _fmt_number(float(raw))
            else:
                text = _text(raw)
                if indicator_number(text) is None:
                    err(label, f"Nilai \"{text[:40]}\" bukan angka.")
                    continue
                indicators[name] = text[:200]
        if errors:
            report.errors.extend(errors)
            continue
        assert org is not None
        to_write.append(
            (
                org.id or 0,
                org.name,
                {
                    "budget_pct": budget,
                    "physical_pct": physical,
                    "indicators": indicators,
                    "obstacles": _text(values.get("obstacles", (None, ""))[0]),
                    "innovation": _text(values.get("innovation", (None, ""))[0]),
                },
            )
        )

    for oid, name, fields in to_write:
        if oid in existing:
            report.updated += 1
        else:
            report.created += 1
        report.imported.append(name)
        if not dry_run:
            upsert_report(session, meeting_id, oid, **fields)
    if not dry_run and to_write:
        audit.record(
            session,
            "opd_report.import",
            entity="meeting",
            entity_uuid=meeting.uuid,
            actor=actor,
            file=path.name,
            created=report.created,
            updated=report.updated,
            rejected_rows=report.error_rows,
        )
    return report
