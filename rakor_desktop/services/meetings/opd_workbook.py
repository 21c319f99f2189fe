"""The OPD report template that OPDs fill in, and its import back into the meeting.

Import policy: **valid rows are written, invalid rows are skipped** and listed in the
per-row report. Each row is one OPD's own report: a typo in one OPD's figures must not
keep forty others out of the meeting, and re-importing the corrected file only updates
(one report per meeting x OPD), so nothing is doubled. A file that is not our template,
or is for another meeting, is refused whole.
"""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from rakor_desktop.domain.models import Invitation, Meeting, OpdReport, Organization
from rakor_desktop.domain.names import fold
from rakor_desktop.messages import M
from rakor_desktop.services.insight.trends import (
    indicator_number,
    parse_indicators,
)
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import office_zone
from rakor_desktop.services.office.tables import unneutralize
from rakor_desktop.services.office.xlsx import (
    DATE_FORMAT,
    NUMBER2_FORMAT,
    ExcelError,
    info_sheet,
    local,
    new_workbook,
    save,
    write_sheet,
)

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_IMPORT_ROWS = 2000
MAX_TEXT = 4000
INDICATOR_SLOTS = 3
TEMPLATE_SHEET = "Laporan OPD"
INFO_SHEET = "Petunjuk"
MEETING_CODE_LABEL = "Kode rapat"


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
                col(Invitation.meeting_id) == meeting_id,
                col(Invitation.organization_id).is_not(None),
            )
        ).all()
    )
    reported = set(
        session.exec(
            select(OpdReport.organization_id).where(OpdReport.meeting_id == meeting_id)
        ).all()
    )
    ids = invited | reported
    stmt = select(Organization).order_by(Organization.name)
    if ids:
        stmt = stmt.where(col(Organization.id).in_(list(ids)))
    else:
        stmt = stmt.where(Organization.active == True)  # noqa: E712
    return list(session.exec(stmt))


def _previous_indicator_names(session: Session, meeting: Meeting) -> dict[int, list[str]]:
    """Indicator names each OPD reported last time: prefilled so values line up."""
    stmt = (
        select(OpdReport.organization_id, OpdReport.indicators, Meeting.starts_at)
        .join(Meeting, col(Meeting.id) == col(OpdReport.meeting_id))
        .where(Meeting.starts_at < meeting.starts_at)
        .order_by(col(Meeting.starts_at))
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
        raise ExcelError(M("Rapat {meeting_id} tidak ditemukan.", meeting_id=meeting_id))
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
            plain = (
                value is not None and number is not None and _fmt_number(number) == value.strip()
            )
            cells += [name or None, number if plain else value]
        cells += [rep.obstacles or None if rep else None, rep.innovation or None if rep else None]
        rows.append(cells)

    wb = new_workbook()
    extra = 50  # room for OPDs the list missed; validation covers them too
    ws = write_sheet(
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
    day = local(meeting.starts_at, zone)
    info_sheet(
        wb,
        INFO_SHEET,
        [
            ("Laporan OPD untuk", meeting.title),
            ("Tanggal rapat", day.date() if day else None),
            ("Tempat", meeting.place or "-"),
            (MEETING_CODE_LABEL, meeting.uuid),
            ("", ""),
            (
                "Cara mengisi",
                'Isi satu baris per OPD pada lembar "Laporan OPD"; jangan ubah judul kolom.',
            ),
            (
                "Realisasi",
                "Anggaran dan fisik dalam persen 0 sampai 100, tanpa tanda %, misalnya 45,5.",
            ),
            (
                "Indikator",
                "Tulis nama indikator dan nilainya (angka). Nama sudah diisi dari laporan lalu.",
            ),
            ("Kendala, Inovasi", "Teks bebas."),
            ("Baris kosong", "OPD yang belum melapor boleh dibiarkan kosong."),
        ],
    )
    info = wb[INFO_SHEET]
    info["B1"].font = Font(bold=True)
    info["B2"].number_format = DATE_FORMAT
    wb.active = 0
    save(wb, path)
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
                {
                    "row": e.row,
                    "organization": e.organization,
                    "column": e.column,
                    "message": e.message,
                }
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
            return None, f'{label} "{str(value).strip()[:40]}" bukan angka (contoh: 45,5).'
    if math.isnan(number) or math.isinf(number):
        return None, f"{label} bukan angka."
    if not 0 <= number <= 100:
        return None, f"{label} {_fmt_number(number)} di luar 0 sampai 100."
    return round(number, 2), None


def _open_workbook(path: Path):
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        raise ExcelError(M("Berkas {name} tidak ditemukan.", name=path.name))
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ExcelError(
            M("Berkas {name} terlalu besar untuk laporan OPD (maks. 10 MB).", name=path.name)
        )
    try:
        return load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExcelError(
            M(
                "Berkas {name} bukan buku kerja Excel (.xlsx) yang dapat dibaca. Simpan ulang sebagai .xlsx lalu coba lagi.",
                name=path.name,
            )
        ) from exc


def _meeting_code(wb) -> str | None:
    if INFO_SHEET not in wb.sheetnames:
        return None
    for row in wb[INFO_SHEET].iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        if row and str(row[0] or "").strip() == MEETING_CODE_LABEL:
            return str(row[1] or "").strip() or None
    return None


def _find_header(ws) -> tuple[int, dict[str, int]]:
    for r, row in enumerate(ws.iter_rows(min_row=1, max_row=10, values_only=True), start=1):
        mapping: dict[str, int] = {}
        for c, value in enumerate(row):
            f = _header_field(value)
            if f and f not in mapping:
                mapping[f] = c
        if "org" in mapping:
            return r, mapping
    raise ExcelError(
        M(
            "Kolom OPD tidak ditemukan. Gunakan templat laporan OPD dari Rakor Desktop tanpa mengubah judul kolom."
        )
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
        raise ExcelError(M("Rapat {meeting_id} tidak ditemukan.", meeting_id=meeting_id))
    ensure_editable(session, meeting)
    wb = _open_workbook(path)
    report = ImportReport(meeting_id=meeting_id, file_name=path.name, dry_run=dry_run)
    code = _meeting_code(wb)
    if code is not None and code != meeting.uuid:
        raise ExcelError(
            M(
                'Berkas {name} adalah templat untuk rapat lain (kode {value}…), bukan "{title}". Unduh templat rapat ini lalu salin isinya.',
                name=path.name,
                value=code[:8],
                title=meeting.title,
            )
        )
    if code is None:
        report.warnings.append("Kode rapat tidak ada di berkas; pastikan isinya untuk rapat ini.")
    ws = wb[TEMPLATE_SHEET] if TEMPLATE_SHEET in wb.sheetnames else wb.worksheets[0]
    header_row, cols = _find_header(ws)
    missing = [
        label
        for key, label in (
            ("budget", "Realisasi Anggaran (%)"),
            ("physical", "Realisasi Fisik (%)"),
        )
        if key not in cols
    ]
    if missing:
        raise ExcelError(
            M(
                "Kolom {items} tidak ditemukan; gunakan templat laporan OPD.",
                items=", ".join(missing),
            )
        )
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
        session.exec(
            select(OpdReport.organization_id).where(OpdReport.meeting_id == meeting_id)
        ).all()
    )
    seen: dict[int, int] = {}
    budget_label, physical_label = "Realisasi Anggaran (%)", "Realisasi Fisik (%)"
    to_write: list[tuple[int, str, dict[str, Any]]] = []

    if ws.max_row > header_row + 10 * MAX_IMPORT_ROWS:
        raise ExcelError(
            M(
                "Lembar {title} terlalu panjang ({max_row} baris); periksa berkasnya.",
                title=ws.title,
                max_row=ws.max_row,
            )
        )
    for r_idx, row in enumerate(ws.iter_rows(min_row=header_row + 1), start=header_row + 1):
        if report.rows_read >= MAX_IMPORT_ROWS:
            raise ExcelError(
                M(
                    "Berkas berisi lebih dari {MAX_IMPORT_ROWS} baris; periksa lembarnya.",
                    MAX_IMPORT_ROWS=MAX_IMPORT_ROWS,
                )
            )

        def cell(key: str, row=row) -> tuple[Any, str]:
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

        def err(column: str, message: str, r=r_idx, name=org_name, errs=errors) -> None:
            errs.append(RowError(r, name, column, message))

        org = by_key.get(fold(org_name)) if org_name else None
        if not org_name:
            err("OPD", "Nama OPD kosong.")
        elif org is None:
            err("OPD", f'OPD "{org_name[:60]}" tidak dikenal; tulis sesuai daftar OPD.')
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
                err(label, f'Nilai "{raw}" bukan angka.')
                continue
            if isinstance(raw, int | float):
                if math.isnan(float(raw)) or math.isinf(float(raw)):
                    err(label, "Nilai bukan angka.")
                    continue
                indicators[name] = _fmt_number(float(raw))
            else:
                text = _text(raw)
                if indicator_number(text) is None:
                    err(label, f'Nilai "{text[:40]}" bukan angka.')
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
