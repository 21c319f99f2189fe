"""``reminders run`` and ``reminders schedule`` (issue 21): the reminder digests.

``reminders run [--days N] [--dir DIR] [--no-mail] [--if-due]`` writes one folder per
OPD with follow-ups overdue or due within N days (a PDF, its progress form, a chat
message) and queues a message for those with an address; ``--if-due`` does nothing
unless the office's reminder day has come (for a scheduled task: cron, systemd timer,
Windows Task Scheduler). ``reminders schedule [--day HARI] [--days N]`` shows or sets
that day. Exit codes: 0 done or nothing due; 1 files not written; 2 bad input.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rakor_desktop.cli.common import err
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    from rakor_desktop.services.reminders.schedule import DAYS, OFF

    p = sub.add_parser("reminders", help="pengingat tindak lanjut per OPD (jatuh tempo/terlambat)")
    rsub = p.add_subparsers(dest="reminders_command", required=True)
    r = rsub.add_parser("run", help="buat pengingat sekarang dan antrekan surelnya")
    r.add_argument(
        "--days", type=int, default=None, help="jangkauan hari ke depan (bawaan: pengaturan)"
    )
    r.add_argument(
        "--dir", type=Path, default=None, help="folder tujuan (bawaan: ./pengingat-TANGGAL)"
    )
    r.add_argument("--no-mail", action="store_true", help="jangan antrekan di kotak keluar surel")
    r.add_argument("--if-due", action="store_true", help="hanya bila hari pengingat sudah tiba")
    r.set_defaults(handler=_run)
    s = rsub.add_parser("schedule", help="tampilkan atau atur hari pengingat mingguan")
    s.add_argument("--day", choices=(*DAYS, OFF), default=None)
    s.add_argument("--days", type=int, default=None)
    s.set_defaults(handler=_schedule)


def _schedule(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.reminders import schedule

    try:
        with db.session(write=args.day is not None or args.days is not None) as s:
            current = schedule.load(s)
            if args.day is not None or args.days is not None:
                current = schedule.save(
                    s,
                    args.day if args.day is not None else current.day,
                    args.days if args.days is not None else current.within_days,
                )
    except ValueError as exc:
        err(exc.args[0] if exc.args else exc)
        return 2
    when = f"setiap {current.day.capitalize()}" if current.enabled else "mati"
    last = current.last_run.isoformat() if current.last_run else "belum pernah"
    print(f"Pengingat: {when}, jangkauan {current.within_days} hari; terakhir dibuat: {last}")
    return 0


def _run(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.reminders import schedule
    from rakor_desktop.services.reminders.digest import build_digests, queue_digests

    with db.session() as s:
        plan = schedule.load(s)
    not_yet = "Belum waktunya: " + (f"pengingat setiap {plan.day.capitalize()}." if plan.enabled
                                    else "pengingat mingguan dimatikan.")  # fmt: skip
    within = args.days if args.days is not None else plan.within_days
    if within < 0:
        err("--days tidak boleh negatif.")
        return 2
    queued = None
    try:
        with db.session(write=True) as s:
            # --if-due: the day has come and no station has made them yet (claimed here,
            # with the office row locked); otherwise a run by hand, recorded as well.
            if args.if_due and not schedule.claim_run(s):
                print(not_yet)
                return 0
            schedule.record_run(s)
            try:
                run = build_digests(s, args.dir or Path("pengingat"), within_days=within)
            except ValueError as exc:  # nothing is due: a quiet week is not an error
                print(exc.args[0] if exc.args else exc)
                return 0
            if not args.no_mail:
                queued = queue_digests(s, run)
    except OSError as exc:
        err(f"Pengingat tidak dapat ditulis: {exc.strerror or exc}")
        return 1
    for p in run.packets:
        print(f"{p.organization}: {p.followups} tindak lanjut -> {p.folder}")
    print(f"Ringkasan: {len(run.packets)} pengingat OPD di {run.folder}")
    if queued is not None:
        from rakor_desktop.cli.packets import outbox_line

        print(outbox_line(queued, "OPD sudah diingatkan hari ini"))
    return 0
