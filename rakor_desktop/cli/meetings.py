"""``meeting ...`` commands. The meeting workspace issue adds create/invite/close here."""

from __future__ import annotations

import argparse

from rakor_desktop.cli.common import err, out_json
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("meeting", help="satu rapat")
    msub = p.add_subparsers(dest="meeting_cmd", required=True)
    q = msub.add_parser("show", help="tampilkan rapat dengan undangan dan kehadiran")
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_show)


def _show(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings import meeting_detail
    from rakor_desktop.services.office import office_zone

    with db.session() as s:
        zone = office_zone(s)
        detail = meeting_detail(s, args.id)
    if detail is None:
        err(f"Rapat {args.id} tidak ditemukan.")
        return 2
    data = detail.as_json(zone)
    if args.json:
        out_json(data)
    else:
        print(f"{data['title']}\n{data['starts_at']}  {data['place']}  [{data['status']}]")
        print(f"Hadir {data['attended']} dari {data['invited']} undangan")
        for i in data["invitees"]:
            mark = "v" if i["attended"] else " "
            print(f"  [{mark}] {i['name']} - {i['organization']}")
    return 0
