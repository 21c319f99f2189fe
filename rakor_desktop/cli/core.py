"""Database lifecycle commands: init, demo, check, backup; and read-only listings.

Contract (scripts rely on it): ``init`` creates an empty migrated database and exits 1
when the path holds something else; ``demo`` fills an empty database and exits 1 when it
already holds meetings; ``check`` exits 0 when sound; ``backup OUT`` takes an online copy.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from rakor_desktop.cli.common import err, out_json
from rakor_desktop.db import Database
from rakor_desktop.db.sqlite_checks import SQLITE_MAGIC


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="buat basis data baru yang kosong")
    p.set_defaults(handler=_init, prepare=_prepare_new_file, creates_database=True)
    p = sub.add_parser("demo", help="isi basis data dengan data contoh")
    p.set_defaults(handler=_demo, creates_database=True)
    sub.add_parser("check", help="periksa integritas dan versi skema").set_defaults(handler=_check)
    p = sub.add_parser("backup", help="cadangkan basis data (SQLite online backup)")
    p.add_argument("out", type=Path)
    p.set_defaults(handler=_backup)
    p = sub.add_parser("meetings", help="daftar rapat")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_meetings)


def _prepare_new_file(args: argparse.Namespace, target: str) -> int | None:
    """For ``init``: refuse when the path holds something that is not an empty file."""
    if "://" in target:
        return None
    path = Path(target).expanduser()
    if path.is_dir():
        err(f"{path} adalah folder. Sebutkan nama berkas, misalnya {path / 'rakor.sqlite'}.")
        return 1
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            is_sqlite = fh.read(16) == SQLITE_MAGIC
        if not is_sqlite:
            err(f"{path} sudah berisi berkas lain (bukan basis data). Berkas tidak diubah.")
            return 1
        err(f"{path} sudah berisi basis data. Gunakan berkas baru untuk 'init'.")
        return 1
    return None


def _init(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.office.settings import get_office

    with db.session(write=True) as s:
        get_office(s)
    print(f"Basis data baru dibuat: {db.display_name} (skema {db.schema_revision()})")
    return 0


def _demo(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.demo.builder import DemoRefused, populate_demo

    try:
        with db.session(write=True) as s:
            stats = populate_demo(s)
    except DemoRefused as exc:
        err(exc)
        return 1
    print("Data contoh dibuat: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return 0


def _check(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.db import migrate

    problems = db.integrity_problems()
    rev = db.schema_revision()
    head = migrate.head_revision()
    if problems:
        err(f"Basis data rusak: {problems[0]}")
        return 1
    if rev != head:
        err(f"Skema {rev} tidak sesuai dengan versi aplikasi ({head}).")
        return 1
    print(f"OK: {db.display_name}, integritas baik, skema {rev}")
    return 0


def _backup(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.db.backup import backup_sqlite
    from rakor_desktop.db.recovery import describe_write_error

    if db.path is None:
        err("Cadangan langsung hanya untuk berkas SQLite; gunakan pg_dump untuk PostgreSQL.")
        return 1
    out = args.out.expanduser()
    if out.is_dir():
        out = out / f"{db.path.stem}-cadangan.sqlite"
    try:
        backup_sqlite(db.path, out)
    except (OSError, sqlite3.Error) as exc:
        err(
            f"Cadangan gagal. {describe_write_error(exc, out.name, out.parent)} Basis data tidak berubah."
        )
        return 1
    print(f"Cadangan tersimpan: {out}")
    return 0


def _meetings(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.listing import list_meetings
    from rakor_desktop.services.office.settings import office_zone

    with db.session() as s:
        zone = office_zone(s)
        rows = list_meetings(s)
    if args.json:
        out_json([r.as_json(zone) for r in rows])
    else:
        for r in rows:
            when = r.as_json(zone)["starts_at"]
            print(
                f"{r.id:>5}  {when}  {r.status_label:<11} {r.attended:>3}/{r.invited:<3} {r.title}"
            )
    return 0
