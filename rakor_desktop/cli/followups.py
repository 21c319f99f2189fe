"""``followups``, ``export ...`` and ``import opd-reports`` commands.

Exit codes: 0 success; 1 failure explained on stderr (including an import in which
some rows were rejected: the valid rows are written, the rejected ones listed);
2 when the meeting, OPD or series named does not exist.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rakor_desktop.cli.common import err, out_json
from rakor_desktop.db import Database

if TYPE_CHECKING:
    from sqlmodel import Session

STATUSES = ("belum", "dalam_proses", "selesai", "terlambat", "dibatalkan")


class _NotFound(Exception):
    pass


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"tanggal harus YYYY-MM-DD, bukan {text!r}") from exc


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--status",
        nargs="+",
        action="extend",
        choices=STATUSES,
        default=[],
        help="status (Terlambat = belum selesai dan lewat batas waktu)",
    )
    p.add_argument("--opd", action="append", default=[], help="nama atau singkatan OPD")
    p.add_argument("--series", help="nama atau id seri rapat")
    p.add_argument("--meeting", type=int, help="hanya dari rapat ini")
    p.add_argument("--due-from", type=_day, help="batas waktu mulai (YYYY-MM-DD)")
    p.add_argument("--due-to", type=_day, help="batas waktu sampai (YYYY-MM-DD)")
    p.add_argument("--text", default="", help="cari di permasalahan, tindak lanjut, OPD, PIC")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("followups", help="daftar tindak lanjut lintas rapat")
    _add_filters(p)
    p.add_argument(
        "--carried-to",
        type=int,
        metavar="MEETING",
        help="tindak lanjut yang dibawa ke rapat ini (dengan jumlah kali dibawa)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    # `followups return-form` and `followups import`: the OPDs' progress coming back.
    from rakor_desktop.cli import returns

    returns.register(
        p.add_subparsers(dest="followups_cmd", required=False, metavar="{return-form,import}")
    )

    p = sub.add_parser("export", help="ekspor ke Excel (.xlsx)")
    esub = p.add_subparsers(dest="export_cmd", required=True)
    q = esub.add_parser("followups", help="matriks tindak lanjut")
    q.add_argument("out", type=Path)
    _add_filters(q)
    q.set_defaults(handler=_export_followups)
    q = esub.add_parser("trends", help="tabel tren kinerja OPD")
    q.add_argument("out", type=Path)
    q.add_argument("--series", help="nama atau id seri rapat")
    q.set_defaults(handler=_export_trends)
    q = esub.add_parser("monev", help="matriks monev capaian kinerja")
    q.add_argument("out", type=Path)
    q.add_argument("--meeting", type=int, help="posisi per tanggal rapat ini (dan klasternya)")
    q.add_argument("--cluster", help="klaster Asisten: I, II atau III")
    q.add_argument("--year", type=int)
    q.set_defaults(handler=_export_monev)
    q = esub.add_parser("opd-template", help="templat laporan OPD untuk diisi")
    q.add_argument("meeting", type=int)
    q.add_argument("out", type=Path)
    q.set_defaults(handler=_export_template)

    p = sub.add_parser("import", help="impor dari Excel (.xlsx)")
    isub = p.add_subparsers(dest="import_cmd", required=True)
    q = isub.add_parser("opd-reports", help="laporan OPD dari templat yang sudah diisi")
    q.add_argument("meeting", type=int)
    q.add_argument("file", type=Path)
    q.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_import_reports)


def _series_id(session, text: str | None) -> int | None:
    if not text:
        return None
    from sqlmodel import select

    from rakor_desktop.domain.models import MeetingSeries
    from rakor_desktop.domain.names import fold

    for s in session.exec(select(MeetingSeries)):
        if str(s.id) == text.strip() or fold(s.name) == fold(text):
            return s.id
    raise _NotFound(f'Seri rapat "{text}" tidak ditemukan.')


def _filter(session, args: argparse.Namespace):
    from rakor_desktop.services.directory.people import find_organization
    from rakor_desktop.services.followups.query import FollowUpFilter

    org_ids: list[int] = []
    for name in args.opd:
        org = find_organization(session, name)
        if org is None:
            raise _NotFound(f'OPD "{name}" tidak ditemukan.')
        assert org.id is not None  # a stored organization
        org_ids.append(org.id)
    return FollowUpFilter(
        organization_ids=tuple(org_ids),
        statuses=tuple(dict.fromkeys(args.status)),
        series_id=_series_id(session, args.series),
        meeting_id=args.meeting,
        due_from=args.due_from,
        due_to=args.due_to,
        text=args.text,
    )


def _describe(args: argparse.Namespace) -> str:
    parts = []
    if args.status:
        parts.append("status " + ", ".join(args.status))
    if args.opd:
        parts.append("OPD " + ", ".join(args.opd))
    if args.series:
        parts.append(f"seri {args.series}")
    if args.meeting:
        parts.append(f"rapat {args.meeting}")
    if args.due_from or args.due_to:
        parts.append(f"batas waktu {args.due_from or '...'} s.d. {args.due_to or '...'}")
    if args.text:
        parts.append(f'teks "{args.text}"')
    return "; ".join(parts)


def _list(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.types import utcnow
    from rakor_desktop.services.followups import carry_over as fu_carry
    from rakor_desktop.services.followups import query as fus
    from rakor_desktop.services.office.settings import office_zone

    now = utcnow()
    try:
        with db.session() as s:
            zone = office_zone(s)
            if args.carried_to is not None:
                rows = fu_carry.carry_over_for_meeting(s, args.carried_to)
                flt = _filter(s, args)
                keep = {r.id for r in fus.list_followups(s, flt, now=now)}
                rows = [r for r in rows if r.id in keep]
            else:
                rows = fus.list_followups(s, _filter(s, args), now=now)
    except (_NotFound, fus.FollowUpError) as exc:
        err(exc)
        return 2
    if args.json:
        out_json([r.as_json(zone) for r in rows])
        return 0
    if not rows:
        print("Tidak ada tindak lanjut yang cocok.")
        return 0
    print(f"{'ID':>5}  {'Batas':<10}  {'Status':<12}  {'%':>3}  {'OPD':<28}  Tindak lanjut")
    for r in rows:
        due = r.due_date.strftime("%d/%m/%Y") if r.due_date else "-"
        carried = f" [dibawa {r.carried}x]" if r.carried else ""
        print(
            f"{r.id:>5}  {due:<10}  {r.status_label:<12}  {r.percent:>3}  "
            f"{(r.organization or '-')[:28]:<28}  {r.action}{carried}"
        )
    print(f"{len(rows)} tindak lanjut.")
    return 0


def _export(db: Database, write: Callable[[Session], int], done: Callable[[int], str]) -> int:
    """One Excel export in a read session: exit 2 when a meeting, OPD or series named does
    not exist, 1 when the export is refused (``ExcelError``); else print ``done(rows)``."""
    from rakor_desktop.services.office.xlsx import ExcelError

    try:
        with db.session() as s:
            n = write(s)
    except _NotFound as exc:
        err(exc)
        return 2
    except ExcelError as exc:
        err(exc)
        return 1
    print(done(n))
    return 0


def _meeting_exists(session: Session, meeting_id: int) -> None:
    from rakor_desktop.domain.models import Meeting

    if session.get(Meeting, meeting_id) is None:
        raise _NotFound(f"Rapat {meeting_id} tidak ditemukan.")


def _export_followups(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.types import utcnow
    from rakor_desktop.services.followups.xlsx import export_followups

    return _export(
        db,
        lambda s: export_followups(
            s, args.out, _filter(s, args), now=utcnow(), description=_describe(args)
        ),
        lambda n: f"{n} tindak lanjut diekspor ke {args.out}",
    )


def _export_trends(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.types import utcnow
    from rakor_desktop.services.insight.xlsx import export_trends

    return _export(
        db,
        lambda s: export_trends(s, args.out, now=utcnow(), series_id=_series_id(s, args.series)),
        lambda n: f"Tren {n} OPD diekspor ke {args.out}",
    )


def _export_template(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.opd_workbook import write_opd_template

    def write(s: Session) -> int:
        _meeting_exists(s, args.meeting)
        return write_opd_template(s, args.meeting, args.out)

    return _export(db, write, lambda n: f"Templat laporan {n} OPD ditulis ke {args.out}")


def _import_reports(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.opd_workbook import import_opd_reports

    try:
        with db.session(write=True) as s:
            _meeting_exists(s, args.meeting)
            report = import_opd_reports(s, args.meeting, args.file, dry_run=args.dry_run)
    except _NotFound as exc:
        err(exc)
        return 2
    except ValueError as exc:  # ExcelError, MeetingLocked: the whole file refused
        err(exc)
        return 1
    if args.json:
        out_json(report.as_json())
    else:
        print(report.summary())
        for w in report.warnings:
            print(f"Peringatan: {w}")
    if not report.ok:
        for e in report.errors:
            err(e)
        return 1
    return 0


def _export_monev(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.cli.monev import export_monev

    return export_monev(args, db)
