"""``checkin MEETING CODE``: the door check-in, headless (scripts, a second station, tests).

Prints one Indonesian line. Exit codes are a contract: 0 for a confirmed
check-in (new, repeated, delegate, walk-in), 2 when the code is not found,
belongs to another meeting or is not valid, 1 for anything else (a closed or
final meeting, a database error).
"""

from __future__ import annotations

import argparse
import json

from rakor_desktop.cli.common import err
from rakor_desktop.db import Database
from rakor_desktop.messages import render

_LABELS = {
    "new": "HADIR",
    "already": "SUDAH HADIR",
    "delegate": "PERWAKILAN",
    "walk_in": "TAMU",
    "not_found": "TIDAK DITEMUKAN",
    "wrong_meeting": "RAPAT LAIN",
    "invalid": "TIDAK SAH",
    "meeting_closed": "DITOLAK",
    "meeting_finalized": "DITOLAK",
    "other_day": "BUKAN HARI INI",
    "empty": "KOSONG",
}
_EXIT_2 = {"not_found", "wrong_meeting", "invalid", "empty"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "checkin",
        help="catat kehadiran: kode QR undangan, NIP, atau nomor orang",
        description="Catat kehadiran satu orang. Keluar 0 bila tercatat (baru atau sudah), "
        "2 bila tidak ditemukan/rapat lain/tidak sah, 1 untuk kegagalan lain.",
    )
    p.add_argument("meeting", type=int, help="nomor rapat")
    p.add_argument("code", help="isi QR undangan, NIP (boleh berspasi), atau nomor orang")
    p.add_argument("--station", default=None, help="nama meja registrasi (bawaan: meja@host)")
    p.add_argument("--delegate-for", type=int, default=None, metavar="PERSON_ID",
                   help="orang ini hadir mewakili undangan PERSON_ID")  # fmt: skip
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.add_argument("--any-day", action="store_true",
                   help="rapatnya bukan hari ini dan check-in ini memang dimaksudkan")  # fmt: skip
    p.set_defaults(handler=_checkin)


def _checkin(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.attendance import checkin as svc

    station = args.station if args.station is not None else svc.default_station()

    def unit() -> svc.CheckInResult:
        with db.session(write=True) as s:
            return svc.check_in(
                s, args.meeting, args.code, station=station, delegate_for=args.delegate_for,
                any_day=args.any_day,
            )  # fmt: skip

    try:
        result = svc.retry_locked(unit)
    except Exception as exc:
        err(f"Check-in gagal: {exc}")
        return 1
    # Printed only now: the block above has committed (synchronous=FULL).
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print(_line(result))
    if result.confirmed:
        return 0
    return 2 if result.state.value in _EXIT_2 else 1


def _line(r) -> str:
    label = _LABELS.get(r.state.value, r.state.value.upper())
    if not r.name:
        return f"{label}: {render(r.message)}"
    where = ", ".join(x for x in (r.jabatan, r.organization) if x)
    who = f"{r.name} ({where})" if where else r.name
    return f"{label}: {who}. {render(r.message)}"
