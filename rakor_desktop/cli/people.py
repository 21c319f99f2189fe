"""``people ...`` commands: list, import from a spreadsheet, export.

``people import FILE [--dry-run] [--create-opd] [--report R.xlsx]`` prints the per-row
verdict summary (and the rows with problems); exit 0 when applied or dry-run, 1 when the
file cannot be read or the import could not be written (nothing written then).
``people export OUT.xlsx|OUT.csv`` writes the directory, formula-injection-safe.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rakor_desktop.cli.common import out_json
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("people", help="direktori peserta")
    psub = p.add_subparsers(dest="people_cmd", required=True)
    q = psub.add_parser("list", help="daftar orang")
    q.add_argument("--json", action="store_true")
    q.add_argument("--search", default=None)
    q.set_defaults(handler=_list)

    q = psub.add_parser("import", help="impor direktori dari .xlsx/.csv")
    q.add_argument("file", type=Path)
    q.add_argument("--dry-run", action="store_true", help="hanya pratinjau, tidak menyimpan")
    q.add_argument("--create-opd", action="store_true", help="buat OPD yang belum terdaftar")
    q.add_argument(
        "--report", type=Path, default=None, help="simpan laporan per baris (.xlsx/.csv)"
    )
    q.add_argument("--show", type=int, default=50, help="jumlah baris bermasalah yang ditampilkan")
    q.set_defaults(handler=_import)

    q = psub.add_parser("export", help="ekspor direktori ke .xlsx/.csv")
    q.add_argument("out", type=Path)
    q.set_defaults(handler=_export)


def _list(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.directory.people import list_people

    with db.session() as s:
        rows = list_people(s, args.search)
    if args.json:
        out_json([r.as_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.id:>5}  {r.nip or '-':<18}  {r.name}  ({r.organization})")
    return 0


def _import(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.cli.common import err
    from rakor_desktop.services.directory.importer import (
        PeopleImportError,
        import_people,
        save_report,
    )
    from rakor_desktop.services.directory.tabular import FIELD_LABELS, TableReadError, read_table
    from rakor_desktop.services.office.tables import ExportError

    try:
        table = read_table(args.file)
    except TableReadError as exc:
        err(exc)
        return 1
    mapped = ", ".join(
        f"{FIELD_LABELS[f]}={table.headers[i]}" for f, i in table.guessed.items() if i is not None
    )
    print(
        f"Berkas {table.source}: {len(table)} baris data (judul kolom di baris {table.header_row})."
    )
    print(f"Kolom: {mapped or '(tidak ada yang dikenali)'}")
    try:
        result = import_people(db, table, create_opd=args.create_opd, dry_run=args.dry_run)
    except PeopleImportError as exc:
        err(exc)
        return 1
    plan = result.preview
    for line in plan.summary_lines():
        print(line)
    problems = plan.errors
    for r in problems[: max(args.show, 0)]:
        print(f"  baris {r.row_number}: {r.label}: {r.reason}")
    if len(problems) > args.show:
        print(f"  ... dan {len(problems) - args.show} baris bermasalah lainnya (lihat --report)")
    if args.dry_run:
        print("Uji coba: tidak ada yang disimpan.")
    else:
        print(
            f"Tersimpan: {result.created} baru, {result.updated} diperbarui, "
            f"{result.organizations_created} OPD baru; {result.rejected} baris dilewati."
            + (
                f" Surel OPD diisi/diubah: {result.organization_emails}."
                if result.organization_emails
                else ""
            )
        )
    if args.report:
        try:
            save_report(plan, args.report)
        except ExportError as exc:
            err(exc)
            return 1
        print(f"Laporan tersimpan: {args.report}")
    return 0


def _export(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.cli.common import err
    from rakor_desktop.services.directory.export import export_people
    from rakor_desktop.services.office.tables import ExportError

    try:
        with db.session() as s:
            n = export_people(s, args.out)
    except ExportError as exc:
        err(exc)
        return 1
    print(f"{n} orang diekspor ke {args.out}")
    return 0
