"""``indicators``, ``monev``, ``report set``; ``pdf monev`` and ``export monev`` live with
their families (``cli/documents.py``, ``cli/followups.py``) and call in here.

Contract (scripts and the tests rely on it):

- ``indicators import FILE [--dry-run] [--json]``: the RPJMD matrix; one line per refused
  row on stderr; exit 0 when at least one row is valid (refused rows are not written),
  1 with the per-row reasons when nothing is valid or the file cannot be read.
- ``indicators list --json``: objects with ``code``, ``name``, ``unit``, ``polarity``
  (``higher``/``lower``/``range``), ``level``, ``opd``, ``targets`` (year -> number).
- ``monev [--meeting ID] [--cluster NAME] [--year Y] --json``: one object per indicator
  with ``code``, ``name``, ``year``, ``target``, ``realization``, ``capaian_pct``,
  ``category``, ``trend`` (``naik``/``turun``/``tetap``/null), ``on_track``, ``flags``.
- ``report set MEETING OPD INDICATOR_CODE VALUE [--period P] [--source S] [--note N]``.
Exit 2 when the meeting, OPD or indicator named does not exist.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rakor_desktop.cli.common import err, out_json
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("indicators", help="katalog indikator kinerja (RPJMD)")
    isub = p.add_subparsers(dest="indicators_cmd", required=True)
    q = isub.add_parser("import", help="impor matriks indikator RPJMD (.xlsx/.csv)")
    q.add_argument("file", type=Path)
    q.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_import)
    q = isub.add_parser("list", help="daftar indikator dengan target per tahun")
    q.add_argument("--cluster", help="klaster Asisten: I, II atau III")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_list)

    p = sub.add_parser("monev", help="capaian indikator terhadap target RPJMD")
    p.add_argument("--meeting", type=int, help="posisi per tanggal rapat ini (dan klasternya)")
    p.add_argument("--cluster", help="klaster Asisten: I, II atau III")
    p.add_argument("--year", type=int, help="tahun (bawaan: tahun ini atau tahun rapat)")
    p.add_argument("--opd", help="hanya indikator yang melibatkan OPD ini")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_monev)

    p = sub.add_parser("report", help="laporan OPD dalam rapat")
    rsub = p.add_subparsers(dest="report_cmd", required=True)
    q = rsub.add_parser("set", help="catat realisasi indikator satu OPD")
    q.add_argument("meeting", type=int)
    q.add_argument("opd", help="nama atau singkatan OPD")
    q.add_argument("code", help="kode indikator")
    q.add_argument("value", help='nilai, cara Indonesia: "12,5" atau "1.250"')
    q.add_argument("--period", help="2026-03 (bulan), 2026-Q1 (triwulan) atau 2026 (tahun)")
    q.add_argument("--source", default="", help="sumber data (BPS, SIPD, data OPD ...)")
    q.add_argument("--note", default="", help="catatan")
    q.set_defaults(handler=_report_set)


def _import(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.monev.rpjmd_import import MatrixError, RowVerdict, import_matrix

    try:
        with db.session(write=not args.dry_run) as s:
            result = import_matrix(s, args.file, dry_run=args.dry_run)
    except MatrixError as exc:
        err(exc)
        return 1
    if args.json:
        out_json(result.as_json())
    else:
        print(result.summary())
        if result.linked:
            print(f"{result.linked} nilai laporan OPD tertaut ke katalog.")
    for row in result.rows:
        if row.verdict is RowVerdict.REFUSED:
            err(f"baris {row.row} ({row.code or row.name or '-'}): " + " ".join(row.reasons))
        for w in row.warnings:
            err(f"baris {row.row} ({row.code}): {w}")
    if result.valid == 0:
        err("Tidak ada baris yang sah; tidak ada yang disimpan.")
        return 1
    return 0


def _cluster(text: str | None) -> str | None:
    from rakor_desktop.services.monev.catalogue import parse_cluster

    return parse_cluster(text)


def _list(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.monev import POLARITY_LABELS
    from rakor_desktop.services.monev.catalogue import CatalogueError, list_indicators

    try:
        cluster = _cluster(args.cluster)
    except CatalogueError as exc:
        err(exc)
        return 2
    with db.session() as s:
        items = list_indicators(s, cluster=cluster)
    if args.json:
        out_json([i.as_json() for i in items])
        return 0
    for i in items:
        targets = ", ".join(f"{y}: {t.text()}" for y, t in sorted(i.targets.items()))
        print(
            f"{i.code}\t{i.name} ({i.unit}) — {POLARITY_LABELS[i.polarity]}; {i.lead_org}; {targets}"
        )
    print(f"{len(items)} indikator.")
    return 0


def _monev(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.monev import format_number
    from rakor_desktop.services.directory.people import find_organization
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.monev.catalogue import CatalogueError
    from rakor_desktop.services.monev.evaluation import evaluate

    try:
        cluster = _cluster(args.cluster)
    except CatalogueError as exc:
        err(exc)
        return 2
    with db.session() as s:
        org_id = None
        if args.opd:
            org = find_organization(s, args.opd)
            if org is None:
                err(f'OPD "{args.opd}" tidak ditemukan.')
                return 2
            org_id = org.id
        try:
            report = evaluate(
                s, year=args.year, meeting_id=args.meeting, cluster=cluster, organization_id=org_id
            )
        except MeetingNotFound as exc:
            err(exc)
            return 2
    if args.json:
        out_json([r.as_json() for r in report.rows])
        return 0
    for r in report.rows:
        cap = f"{format_number(r.result.pct)} %" if r.result.pct is not None else r.result.reason
        flags = f"  [perlu verifikasi: {', '.join(f.title for f in r.flags)}]" if r.flags else ""
        print(
            f"{r.indicator.code}\t{r.indicator.name}: {format_number(r.realization) or '-'}"
            f" / {r.target.text() if r.target else '-'} → {cap}"
            f" {r.category.value if r.category else ''} {r.trend or ''}{flags}"
        )
    print(f"{len(report.rows)} indikator, tahun {report.year}.")
    return 0


def _report_set(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.monev import format_number
    from rakor_desktop.services.directory.people import find_organization
    from rakor_desktop.services.meetings.close import MeetingLocked, MeetingNotFound
    from rakor_desktop.services.monev.catalogue import IndicatorNotFound
    from rakor_desktop.services.monev.values import ValueRefused, record_value

    try:
        with db.session(write=True) as s:
            org = find_organization(s, args.opd)
            if org is None or org.id is None:
                err(f'OPD "{args.opd}" tidak ditemukan.')
                return 2
            done = record_value(
                s,
                args.meeting,
                org.id,
                args.code,
                args.value,
                period=args.period,
                source=args.source,
                note=args.note,
            )
    except (MeetingNotFound, IndicatorNotFound) as exc:
        err(exc)
        return 2
    except (ValueRefused, MeetingLocked) as exc:
        err(exc)
        return 1
    was = f" (sebelumnya {format_number(done.replaced)})" if done.replaced is not None else ""
    print(f"{done.code} {done.organization} {done.period}: {format_number(done.value)}{was}")
    return 0


def pdf_monev(args: argparse.Namespace, db: Database) -> int:
    """``pdf monev MEETING -o F.pdf``: the Matriks Monev Capaian Kinerja (landscape)."""
    from rakor_desktop.documents.monev import render_monev_matrix
    from rakor_desktop.fileio import atomic_write
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.monev.report_data import monev_document

    try:
        with db.session() as s:
            data = monev_document(s, meeting_id=args.meeting)
    except MeetingNotFound as exc:
        err(exc)
        return 2
    pdf = render_monev_matrix(data.office, data.matrix)
    try:
        atomic_write(args.output, pdf)
    except OSError as exc:
        err(f"PDF tidak dapat ditulis ke {args.output}: {exc.strerror or exc}")
        return 1
    import io

    from pypdf import PdfReader

    print(f"{args.output}\t{len(PdfReader(io.BytesIO(pdf)).pages)} halaman")
    return 0


def export_monev(args: argparse.Namespace, db: Database) -> int:
    """``export monev F.xlsx [--meeting ID] [--cluster C] [--year Y]``."""
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.monev.catalogue import CatalogueError
    from rakor_desktop.services.monev.report_data import monev_document
    from rakor_desktop.services.monev.xlsx import write_monev_xlsx

    try:
        cluster = _cluster(getattr(args, "cluster", None))
        with db.session() as s:
            data = monev_document(s, meeting_id=args.meeting, cluster=cluster, year=args.year)
    except MeetingNotFound as exc:
        err(exc)
        return 2
    except CatalogueError as exc:
        err(exc)
        return 2
    try:
        write_monev_xlsx(data, args.out)
    except OSError as exc:
        err(f"Berkas tidak dapat ditulis ke {args.out}: {exc.strerror or exc}")
        return 1
    print(f"{args.out}\t{len(data.report.rows)} indikator")
    return 0
