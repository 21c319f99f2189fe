"""The return workbook an OPD fills in: its open follow-ups, ready for progress.

Columns A-F say what the follow-up is (locked: the sheet is protected without a
password, which stops accidents, not people); G-K are the OPD's to fill; L carries
each row's signature (``signing.row_signature``), which is what stops people. The
"Petunjuk" sheet names the OPD, the form and when it was issued, signed too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from rakor_desktop.domain.clock import given_or_now
from rakor_desktop.domain.enums import FOLLOWUP_LABELS, FollowUpStatus
from rakor_desktop.domain.models import Organization
from rakor_desktop.domain.timefmt import to_office
from rakor_desktop.messages import M
from rakor_desktop.services.followups.query import (
    OPEN_STATUSES,
    FollowUpFilter,
    list_followups,
)
from rakor_desktop.services.office.settings import get_office, office_zone
from rakor_desktop.services.office.xlsx import (
    DATE_FORMAT,
    ExcelError,
    info_sheet,
    new_workbook,
    save,
    write_sheet,
)
from rakor_desktop.services.returns import signing

SHEET = "Tindak Lanjut"
INFO_SHEET = "Petunjuk"
HEADERS = (
    "ID", "Rapat", "Tindak lanjut", "Batas waktu", "Status sekarang", "Progres sekarang (%)",
    "Progres baru (%)", "Status baru", "Tanggal laporan", "Catatan", "Berkas bukti", "Tanda",
)  # fmt: skip
FILL_COLUMNS = range(7, 12)  # G..K, 1-based
#: Statuses an OPD may report (Terlambat is computed; cancelling is the chair's call).
REPORTABLE = (FollowUpStatus.BELUM, FollowUpStatus.DALAM_PROSES, FollowUpStatus.SELESAI)
INFO_LABELS = {
    "format": "Format",
    "opd": "OPD",
    "org_uuid": "Kode OPD",
    "form_id": "Kode formulir",
    "issued": "Dibuat",
    "signature": "Tanda formulir",
}


@dataclass(frozen=True, slots=True)
class IssuedForm:
    form_id: str
    organization: str
    rows: int
    path: Path


def write_return_form(
    session: Session, organization_id: int, path: str | Path, *, now: datetime | None = None
) -> IssuedForm:
    """Write the OPD's return workbook to ``path`` (complete or not at all)."""
    from openpyxl.styles import Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    now = given_or_now(now)
    org = session.get(Organization, organization_id)
    if org is None:
        raise ExcelError(M("OPD tidak ditemukan."))
    zone = office_zone(session)
    secret = get_office(session).qr_secret
    rows = [
        r
        for r in list_followups(
            session, FollowUpFilter(organization_ids=(organization_id,)), now=now, zone=zone
        )
        if r.stored_status in OPEN_STATUSES
    ]
    form_id = str(uuid.uuid4())
    issued = now.isoformat(timespec="seconds")
    cells = []
    for r in rows:
        started = to_office(r.meeting_starts_at, zone)
        cells.append([
            r.uuid,
            f"{r.meeting_title} ({started:%d/%m/%Y})",
            r.action or r.problem,
            r.due_date,
            FOLLOWUP_LABELS[FollowUpStatus(r.status)],
            r.percent,
            None, None, None, None, None,
            signing.row_signature(secret, form_id, org.uuid, r.uuid),
        ])  # fmt: skip
    wb = new_workbook()
    ws = write_sheet(
        wb,
        SHEET,
        HEADERS,
        cells,
        widths=(12, 34, 50, 12, 14, 12, 12, 15, 14, 40, 28, 10),
        formats={3: DATE_FORMAT, 8: DATE_FORMAT},
        wrap=(1, 2, 9),
        freeze="G2",
    )
    last = len(cells) + 1
    fill = PatternFill("solid", start_color="FFFDE7")
    for sheet_row in range(2, last + 1):
        for c in FILL_COLUMNS:
            cell = ws.cell(row=sheet_row, column=c)
            cell.protection = Protection(locked=False)
            cell.fill = fill
    pct = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
        showErrorMessage=True, errorTitle="Persentase tidak valid",
        error="Isi angka 0 sampai 100, misalnya 75.",
    )  # fmt: skip
    pct.add(f"G2:G{max(last, 2)}")
    labels = ",".join(FOLLOWUP_LABELS[s] for s in REPORTABLE)
    status = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True)
    status.add(f"H2:H{max(last, 2)}")
    ws.add_data_validation(pct)
    ws.add_data_validation(status)
    ws.column_dimensions["L"].hidden = True
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths may still be changed
    ws.protection.autoFilter = False
    ws.protection.sort = False
    info_sheet(
        wb,
        INFO_SHEET,
        [
            (INFO_LABELS["format"], signing.FORMAT),
            (INFO_LABELS["opd"], org.name),
            (INFO_LABELS["org_uuid"], org.uuid),
            (INFO_LABELS["form_id"], form_id),
            (INFO_LABELS["issued"], issued),
            (INFO_LABELS["signature"], signing.form_signature(secret, form_id, org.uuid, issued)),
            ("", ""),
            ("Cara mengisi", 'Isi kolom kuning pada lembar "Tindak Lanjut"; kolom lain dikunci.'),
            ("Progres baru (%)", "Angka 0 sampai 100, misalnya 75 (boleh 75%)."),
            ("Status baru", "Belum, Dalam Proses, atau Selesai (Selesai berarti 100%)."),
            ("Tanggal laporan", "Tanggal keadaan ini (DD/MM/YYYY); kosong berarti hari impor."),
            (
                "Berkas bukti",
                "Nama berkas, dipisah titik koma; kirim berkasnya bersama buku kerja ini.",
            ),
            ("Jangan", "menambah baris, mengubah kolom ID/Tanda, atau menyalin baris OPD lain."),
        ],
    )
    wb[INFO_SHEET]["B2"].font = Font(bold=True)
    wb[INFO_SHEET].protection.sheet = True
    wb.active = 0
    out = save(wb, path)
    return IssuedForm(form_id=form_id, organization=org.name, rows=len(cells), path=out)
