"""Moving a database to the office's PostgreSQL server and back, headless.

Contract (scripts and the README rely on it):

- ``server copy-to URL [--json]`` merges the database given by ``--db`` (usually the
  laptop's SQLite file) into the server at URL, by uuid; prints the counts per table.
- ``server copy-from URL OUT.sqlite [--json]`` merges the server into a SQLite file
  (created when missing) for archiving; ``--db`` is not opened.
- ``server check URL`` connects once and says what it found.

Exit 0 on success; 1 with one Indonesian sentence on stderr when a database cannot
be opened or the server cannot be reached (nothing written then: the copy is one
transaction on the target). The password may be in the URL, or left out and given
through libpq's ``PGPASSWORD`` / ``pgpass`` file so it stays out of the process list.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rakor_desktop.cli.common import err
from rakor_desktop.db import Database, DatabaseOpenError, open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help="server PostgreSQL kantor: salin basis data ke/dari server")
    ssub = p.add_subparsers(dest="server_cmd", required=True)
    q = ssub.add_parser("copy-to", help="salin basis data --db ke server (digabung per uuid)")
    q.add_argument("url", help="postgresql+psycopg://pengguna@alamat:5432/rakor")
    q.add_argument("--json", action="store_true", help="ringkasan sebagai JSON")
    q.set_defaults(handler=_copy_to)
    q = ssub.add_parser("copy-from", help="salin isi server ke berkas SQLite (arsip)")
    q.add_argument("url")
    q.add_argument("out", type=Path, help="berkas .sqlite tujuan (dibuat bila belum ada)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_unused, prepare=_copy_from)
    q = ssub.add_parser("check", help="uji sambungan ke server")
    q.add_argument("url")
    q.set_defaults(handler=_unused, prepare=_check)


def _unused(args: argparse.Namespace, db: Database) -> int:  # pragma: no cover - prepare returns
    return 0


def _is_server_url(url: str) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


def _open(target: str) -> Database | None:
    try:
        return open_database(target)
    except DatabaseOpenError as exc:
        err(exc.message)
        return None


def _run_copy(source: Database, target: Database, as_json: bool) -> int:
    from rakor_desktop.db.retry import ServerUnreachable, is_server_lost
    from rakor_desktop.services.transfer.server_copy import CopyError, copy_database

    try:
        report = copy_database(source, target)
    except CopyError as exc:
        err(exc)
        return 1
    except Exception as exc:
        if is_server_lost(exc) or isinstance(exc, ServerUnreachable):
            from rakor_desktop.db.connection_settings import describe_connect_error

            err(describe_connect_error(exc) + " Tidak ada yang disalin.")
            return 1
        raise
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2, default=str))
    else:
        for line in report.summary_lines():
            print(line)
    return 0


def _copy_to(args: argparse.Namespace, db: Database) -> int:
    if not _is_server_url(args.url):
        err(
            "URL tujuan harus server PostgreSQL, misalnya postgresql+psycopg://rakor@192.168.1.10/rakor"
        )
        return 1
    target = _open(args.url)
    if target is None:
        return 1
    try:
        return _run_copy(db, target, args.json)
    finally:
        target.dispose()


def _copy_from(args: argparse.Namespace, _target: str) -> int:
    if not _is_server_url(args.url):
        err(
            "URL sumber harus server PostgreSQL, misalnya postgresql+psycopg://rakor@192.168.1.10/rakor"
        )
        return 1
    out: Path = args.out.expanduser()
    if out.is_dir():
        err(f"{out} adalah folder. Sebutkan nama berkas, misalnya {out / 'arsip-rakor.sqlite'}.")
        return 1
    source = _open(args.url)
    if source is None:
        return 1
    try:
        target = _open(str(out))
        if target is None:
            return 1
        try:
            return _run_copy(source, target, args.json)
        finally:
            target.dispose()
    finally:
        source.dispose()


def _check(args: argparse.Namespace, _target: str) -> int:
    from rakor_desktop.db.connection_settings import check_connection

    if not _is_server_url(args.url):
        err("URL harus server PostgreSQL, misalnya postgresql+psycopg://rakor@192.168.1.10/rakor")
        return 1
    result = check_connection(args.url)
    if not result.ok:
        err(result.message)
        return 1
    print(result.message)
    return 0
