"""``people ...`` commands. The import issue adds ``people import`` and ``people export``."""

from __future__ import annotations

import argparse

from rakor_desktop.cli.common import out_json
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("people", help="direktori peserta")
    psub = p.add_subparsers(dest="people_cmd", required=True)
    q = psub.add_parser("list", help="daftar orang")
    q.add_argument("--json", action="store_true")
    q.add_argument("--search", default=None)
    q.set_defaults(handler=_list)


def _list(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.people import list_people

    with db.session() as s:
        rows = list_people(s, args.search)
    if args.json:
        out_json([r.as_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.id:>5}  {r.nip or '-':<18}  {r.name}  ({r.organization})")
    return 0
