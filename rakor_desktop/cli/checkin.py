"""``checkin MEETING CODE``: the door check-in, headless (scripts, a second station, tests).

Prints one Indonesian line. Exit codes are a contract: 0 for a confirmed
check-in (new, repeated, delegate, walk-in), 2 when the code is not found,
belongs to another meeting or is not valid, 1 for anything else (a closed or
final meeting, a database error).

``checkin MEETING --image PHOTO...`` reads every invitation QR in photos or scans
(the camera's decoder) and checks each in: one line per code, then a summary. Exit
0 when every code was confirmed; 2 when a code was refused as unknown, another
meeting's or not valid, or no picture held a code; 1 when a picture could not be
read or the meeting refused (closed, final, not today). A picture without a code
among others (the letter pages of a scanned Undangan) is named on stderr only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

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
    p.add_argument("code", nargs="?", default=None,
                   help="isi QR undangan, NIP (boleh berspasi), atau nomor orang")  # fmt: skip
    p.add_argument("--image", nargs="+", type=Path, default=None, metavar="FOTO",
                   help="baca semua kode QR undangan di foto/pindaian ini lalu catat "
                        "kehadirannya (pengganti CODE)")  # fmt: skip
    p.add_argument("--station", default=None, help="nama meja registrasi (bawaan: meja@host)")
    p.add_argument("--delegate-for", type=int, default=None, metavar="PERSON_ID",
                   help="orang ini hadir mewakili undangan PERSON_ID")  # fmt: skip
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.add_argument("--any-day", action="store_true",
                   help="rapatnya bukan hari ini dan check-in ini memang dimaksudkan")  # fmt: skip
    p.set_defaults(handler=_checkin)


def _checkin(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.attendance import checkin as svc

    if (args.code is None) == (args.image is None):
        err("Berikan satu kode, atau --image dengan satu foto atau lebih (bukan keduanya).")
        return 2
    station = args.station if args.station is not None else svc.default_station()
    if args.image is not None:
        if args.delegate_for is not None:
            err("--delegate-for hanya untuk satu kode, bukan untuk --image.")
            return 2
        return _checkin_pictures(args, db, station)

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


def _checkin_pictures(args: argparse.Namespace, db: Database, station: str) -> int:
    from rakor_desktop.services.attendance import checkin as svc
    from rakor_desktop.services.scanning.pictures import PictureCode, check_in_pictures

    def show(item: PictureCode) -> None:
        if args.json:
            data = {"picture": str(item.picture), "code": item.text, **item.result.as_json()}
            print(json.dumps(data, ensure_ascii=False), flush=True)
        else:
            print(f"{item.picture.name}: {_line(item.result)}", flush=True)

    try:
        run = check_in_pictures(
            db, args.meeting, args.image, station=station, any_day=args.any_day, on_code=show
        )
    except Exception as exc:
        err(f"Check-in gagal: {exc}")
        return 1
    for problem in run.problems:
        err(f"{problem.picture}: {render(problem.message)}")
    for picture in run.empty:
        err(f"{picture}: tidak ada kode QR yang terbaca.")
    refused = len(run.codes) - run.confirmed
    summary = {
        "pictures": run.pictures,
        "codes": len(run.codes),
        "new": run.count(svc.State.NEW, svc.State.DELEGATE),
        "already": run.count(svc.State.ALREADY),
        "refused": refused,
        "unreadable": len(run.problems),
        "without_code": len(run.empty),
    }
    if args.json:
        print(json.dumps({"summary": summary}, ensure_ascii=False))
    else:
        print(
            f"Ringkasan: {summary['codes']} kode dari {summary['pictures']} gambar; "
            f"{summary['new']} hadir, {summary['already']} sudah hadir, {refused} ditolak"
            + (f"; {len(run.empty)} gambar tanpa kode" if run.empty else "")
            + (f"; {len(run.problems)} gambar tidak terbaca" if run.problems else "")
            + "."
        )
    states = {c.result.state.value for c in run.codes if not c.result.confirmed}
    if run.problems or states - _EXIT_2:
        return 1
    if states or not run.codes:
        return 2  # a picture without a code is said on stderr (a letter page of a scan)
    return 0
