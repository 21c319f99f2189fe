"""``followups return-form OPD -o F.xlsx`` and ``followups import FILE... [--dry-run]``.

The OPD's return workbook out, and the filled ones back in (issue 21). Import prints
one line per row (diperbarui / tidak berubah / ditolak, with the reason) and applies
every accepted row of every file in one transaction. Exit codes: 0 when every row
read was accepted (updated or unchanged); 1 when a row or a whole file was refused
(the accepted ones are still recorded, unless ``--dry-run``); 2 when the OPD named
does not exist.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rakor_desktop.cli.common import err, out_json
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    q = sub.add_parser("return-form", help="formulir progres tindak lanjut (.xlsx) untuk satu OPD")
    q.add_argument("opd", help="nama atau singkatan OPD")
    q.add_argument("-o", "--out", type=Path, required=True, help="berkas .xlsx yang ditulis")
    q.set_defaults(handler=_return_form)
    q = sub.add_parser("import", help="impor formulir progres yang sudah diisi OPD")
    q.add_argument("files", nargs="+", type=Path, metavar="FILE")
    q.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_import)


def _return_form(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.directory.people import find_organization
    from rakor_desktop.services.office.xlsx import ExcelError
    from rakor_desktop.services.returns.form import write_return_form

    try:
        with db.session() as s:
            org = find_organization(s, args.opd)
            if org is None or org.id is None:
                err(f'OPD "{args.opd}" tidak ditemukan.')
                return 2
            issued = write_return_form(s, org.id, args.out)
    except (ExcelError, OSError) as exc:
        err(exc.args[0] if exc.args else exc)
        return 1
    print(
        f"Formulir progres {issued.organization}: {issued.rows} tindak lanjut terbuka, ditulis ke {issued.path}"
    )
    return 0


def _import(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.config import data_dir
    from rakor_desktop.services.returns.review import Outcome, apply_returns, review_files

    try:
        with db.session(write=True) as s:
            reviews = review_files(s, list(args.files))
            applied = None
            if not args.dry_run:
                applied = apply_returns(s, reviews, data_dir=data_dir())
    except Exception as exc:  # a database error: nothing was recorded
        err(f"Impor gagal, tidak ada yang disimpan: {exc}")
        return 1
    refused = any(r.error for r in reviews) or any(
        row.outcome == Outcome.REFUSED for r in reviews for row in r.rows
    )
    if args.json:
        out_json({
            "dry_run": args.dry_run,
            "files": [r.as_json() for r in reviews],
            "updated": sum(r.count(Outcome.UPDATED) for r in reviews),
            "evidence_files": applied.evidence_files if applied else 0,
        })  # fmt: skip
        return 1 if refused else 0
    for r in reviews:
        if r.error:
            err(f"{r.path.name}: {r.error}")
            continue
        print(f"{r.path.name} ({r.organization}):")
        for row in r.rows:
            what = f" {row.action[:60]}" if row.action else ""
            reason = f": {row.reason}" if row.reason else ""
            print(f"  baris {row.sheet_row}: {row.outcome.value.upper()}{what}{reason}")
            for notice in row.notices:
                print(f"    {notice}")
    verb = "akan diperbarui" if args.dry_run else "diperbarui"
    updated = sum(r.count(Outcome.UPDATED) for r in reviews)
    unchanged = sum(r.count(Outcome.UNCHANGED) for r in reviews)
    rows_refused = sum(r.count(Outcome.REFUSED) for r in reviews)
    files_refused = sum(1 for r in reviews if r.error)
    print(
        f"Ringkasan: {updated} tindak lanjut {verb}, {unchanged} tidak berubah, "
        f"{rows_refused} baris ditolak"
        + (f", {files_refused} berkas ditolak" if files_refused else "")
        + (
            f"; {applied.evidence_files} berkas bukti disimpan"
            if applied and applied.evidence_files
            else ""
        )
        + "."
    )
    return 1 if refused else 0
