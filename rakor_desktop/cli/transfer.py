"""Offline transfer bundles and rotated backups, headless.

Contract:
- ``bundle export OUT.zip (--meeting ID [ID ...] | --from YYYY-MM-DD --to YYYY-MM-DD)``
  exits 0 and prints the counts; 1 when no meeting matches or the file cannot be written.
- ``bundle import FILE [--dry-run] [--report R.json] [--terima-asing]`` prints the merge
  summary with every conflict; exit 0 when merged (or dry run), 1 when the bundle was
  refused (nothing written then). A bundle not sealed by this office (another office's,
  or an unsealed one) is refused with its summary unless ``--terima-asing``; one sealed
  by this office but edited afterwards is always refused.
- ``backups list [--folder DIR] [--json]``, ``backups create [--folder DIR] [--keep N]``,
  ``backups restore FILE [--folder DIR]``. ``list`` and ``restore`` run *before* the
  database is opened, so they work exactly when it is corrupt and will not open.
  (The one-off ``backup OUT`` in ``cli/core.py`` stays as it is.)
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from rakor_desktop.cli.common import err, out_json
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bundle", help="bundel transfer luring (zip) antar laptop")
    bsub = p.add_subparsers(dest="bundle_cmd", required=True)
    q = bsub.add_parser("export", help="kirim rapat ke berkas .zip")
    q.add_argument("out", type=Path)
    scope = q.add_mutually_exclusive_group(required=True)
    scope.add_argument("--meeting", type=int, nargs="+", action="extend", help="id rapat")
    scope.add_argument("--from", dest="date_from", type=date.fromisoformat, help="tanggal awal")
    q.add_argument("--to", dest="date_to", type=date.fromisoformat, help="tanggal akhir")
    q.set_defaults(handler=_bundle_export)
    q = bsub.add_parser("import", help="gabungkan bundel ke basis data ini")
    q.add_argument("file", type=Path)
    q.add_argument("--dry-run", action="store_true", help="uji coba, tidak menyimpan")
    q.add_argument("--report", type=Path, default=None, help="simpan laporan lengkap (JSON)")
    q.add_argument(
        "--terima-asing",
        dest="accept_foreign",
        action="store_true",
        help="impor bundel yang tidak bersegel kantor ini (setelah memeriksa ringkasannya)",
    )
    q.set_defaults(handler=_bundle_import)
    q = bsub.add_parser(
        "proposals", help="usulan perubahan untuk rapat final yang ditahan saat impor"
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_bundle_proposals)
    q = bsub.add_parser("accept", help="terapkan usulan (rapat harus dalam amandemen)")
    q.add_argument("proposal", type=int)
    q.set_defaults(handler=_bundle_decide, accept=True)
    q = bsub.add_parser("reject", help="tolak usulan (tercatat di jejak audit)")
    q.add_argument("proposal", type=int)
    q.add_argument("--reason", default="")
    q.set_defaults(handler=_bundle_decide, accept=False)

    p = sub.add_parser("backups", help="cadangan otomatis: daftar, buat, pulihkan")
    ksub = p.add_subparsers(dest="backups_cmd", required=True)
    q = ksub.add_parser("list", help="daftar cadangan, terbaru dulu")
    q.add_argument("--folder", type=Path, default=None)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_unused, prepare=_backups_list)
    q = ksub.add_parser("create", help="buat cadangan sekarang (dengan rotasi)")
    q.add_argument("--folder", type=Path, default=None)
    q.add_argument("--keep", type=int, default=None, help="jumlah cadangan yang disimpan")
    q.set_defaults(handler=_backups_create)
    q = ksub.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    q.add_argument("file", type=Path)
    q.add_argument("--folder", type=Path, default=None, help="folder cadangan pra-pemulihan")
    q.set_defaults(handler=_unused, prepare=_backups_restore)


def _unused(args: argparse.Namespace, db: Database) -> int:  # pragma: no cover - prepare returns
    return 0


def _sqlite_path(target: str) -> Path | None:
    from sqlalchemy.engine import make_url

    from rakor_desktop.db.engine import is_sqlite_url, to_url

    url = to_url(target)
    if not is_sqlite_url(url):
        err("Cadangan berkas hanya untuk SQLite; gunakan pg_dump untuk PostgreSQL.")
        return None
    return Path(make_url(url).database or "")


# -- bundles ---------------------------------------------------------------------------


def _bundle_export(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.office.settings import office_zone
    from rakor_desktop.services.transfer.bundle import BundleError, export_bundle, meetings_in_range

    try:
        with db.session() as s:
            if args.meeting:
                ids = list(args.meeting)
                scope = {"meeting_ids": ids}
            else:
                if args.date_to is None:
                    err("--to wajib bersama --from (tanggal akhir, misalnya 2025-08-31).")
                    return 1
                if args.date_to < args.date_from:
                    err("Tanggal akhir lebih awal dari tanggal awal.")
                    return 1
                ids = meetings_in_range(s, args.date_from, args.date_to, office_zone(s))
                scope = {"from": args.date_from.isoformat(), "to": args.date_to.isoformat()}
                if not ids:
                    err(f"Tidak ada rapat antara {args.date_from} dan {args.date_to}.")
                    return 1
            summary = export_bundle(s, args.out, meeting_ids=ids, scope=scope)
    except BundleError as exc:
        err(exc)
        return 1
    print(f"Bundel tersimpan: {summary.path} ({len(summary.meetings)} rapat)")
    for name, n in summary.counts.items():
        if n:
            print(f"  {name}: {n}")
    return 0


def _bundle_import(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.transfer.bundle import BundleError, import_bundle

    try:
        report = import_bundle(
            db, args.file, dry_run=args.dry_run, accept_foreign=args.accept_foreign
        )
    except BundleError as exc:
        err(exc)
        return 1
    for line in report.summary_lines():
        print(line)
    if args.report:
        try:
            args.report.write_text(
                json.dumps(report.as_json(), ensure_ascii=False, indent=2, default=str),
                encoding="utf-8",
            )
        except OSError as exc:
            err(f"Laporan tidak dapat disimpan: {exc.strerror or exc}")
            return 1
        print(f"Laporan tersimpan: {args.report}")
    if report.needs_confirmation:
        err(
            "Bundel ini tidak bersegel kantor ini; tidak ada yang disimpan. Periksa ringkasan "
            "di atas, lalu jalankan lagi dengan --terima-asing untuk mengimpornya."
        )
        return 1
    return 0


def _bundle_proposals(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.transfer.proposals import list_proposals

    with db.session() as s:
        proposals = list_proposals(s)
    if args.json:
        out_json([p.as_json() for p in proposals])
        return 0
    if not proposals:
        print("Tidak ada usulan yang menunggu.")
    for p in proposals:
        print(p.describe())
    return 0


def _bundle_decide(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.close import MeetingLocked
    from rakor_desktop.services.transfer.proposals import (
        ProposalError,
        accept_proposal,
        reject_proposal,
    )

    try:
        with db.session(write=True) as s:
            if args.accept:
                p = accept_proposal(s, args.proposal)
            else:
                p = reject_proposal(s, args.proposal, reason=args.reason)
    except (ProposalError, MeetingLocked) as exc:
        err(exc)
        return 1
    print(("Diterapkan: " if args.accept else "Ditolak: ") + p.describe())
    return 0


# -- backups ---------------------------------------------------------------------------


def _backups_list(args: argparse.Namespace, target: str) -> int:
    from rakor_desktop.services.transfer.backups import list_backups

    path = _sqlite_path(target)
    if path is None:
        return 1
    rows = list_backups(path, args.folder)
    if args.json:
        out_json(
            [
                {
                    "path": str(b.path),
                    "created": b.created.isoformat(),
                    "size": b.size,
                    "reason": b.reason,
                }
                for b in rows
            ]
        )
        return 0
    if not rows:
        print(f"Belum ada cadangan untuk {path.name}.")
        return 0
    for b in rows:
        print(
            f"{b.created:%Y-%m-%d %H:%M:%S}  {b.size / 1024:>9.0f} KB  {b.reason or '-':<16} {b.path}"
        )
    return 0


def _backups_create(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.transfer.backups import (
        REASON_MANUAL,
        BackupError,
        create_backup,
        get_settings,
    )

    if db.path is None:
        err("Cadangan berkas hanya untuk SQLite; gunakan pg_dump untuk PostgreSQL.")
        return 1
    with db.session() as s:
        settings = get_settings(s)
    folder = args.folder or settings.folder
    keep = args.keep if args.keep is not None else settings.keep
    try:
        out = create_backup(db.path, folder=folder, keep=keep, reason=REASON_MANUAL)
    except BackupError as exc:
        err(exc)
        return 1
    print(f"Cadangan tersimpan: {out}")
    return 0


def _backups_restore(args: argparse.Namespace, target: str) -> int:
    from rakor_desktop.services.transfer.backups import BackupError, restore_backup

    path = _sqlite_path(target)
    if path is None:
        return 1
    try:
        result = restore_backup(args.file, path, folder=args.folder)
    except BackupError as exc:
        err(exc)
        return 1
    print(f"Basis data {path.name} dipulihkan dari {result.restored_from.name}.")
    if result.previous_saved_to is not None:
        print(f"Versi sebelumnya disimpan di {result.previous_saved_to}")
    return 0
