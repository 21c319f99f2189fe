"""``packets MEETING [--dir DIR]``, ``undangan MEETING`` and ``ics MEETING -o F.ics``
(issue 21).

``packets`` writes one folder per invited OPD and kecamatan (Notulen, the OPD's
matrix, its progress return workbook, a message for chat) and prints one line per
OPD. ``undangan`` does the same before the meeting: the letter, that OPD's QR cards
and the .ics. Both queue a message for every OPD with an address unless
``--no-mail``. ``ics`` writes the meeting as a calendar invitation. Exit codes: 0
done; 1 the files could not be written; 2 the meeting does not exist, has no OPD, or
(``undangan``) was already held.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rakor_desktop.cli.common import err
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("packets", help="paket per OPD: notulen, matriks OPD itu, formulir progres")
    p.add_argument("meeting", type=int)
    p.add_argument("--dir", type=Path, default=None, help="folder tujuan (bawaan: ./paket-rapat-N)")
    p.add_argument("--no-mail", action="store_true", help="jangan antrekan di kotak keluar surel")
    p.add_argument(
        "--again", action="store_true", help="antrekan lagi OPD yang paketnya sudah dikirim"
    )
    p.set_defaults(handler=_packets)
    p = sub.add_parser("undangan", help="undangan per OPD: surat, kartu QR OPD itu, berkas .ics")
    p.add_argument("meeting", type=int)
    p.add_argument(
        "--dir", type=Path, default=None, help="folder tujuan (bawaan: ./undangan-rapat-N)"
    )
    p.add_argument("--no-mail", action="store_true", help="jangan antrekan di kotak keluar surel")
    p.add_argument("--again", action="store_true", help="antrekan lagi OPD yang sudah dikirimi")
    p.set_defaults(handler=_invitations)
    p = sub.add_parser("ics", help="undangan kalender (.ics) sebuah rapat")
    p.add_argument("meeting", type=int)
    p.add_argument("-o", "--out", type=Path, required=True)
    p.set_defaults(handler=_ics)


def _packets(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.outbox.queue import queue_packets
    from rakor_desktop.services.packets.build import build_packets

    folder = args.dir or Path(f"paket-rapat-{args.meeting}")
    return _build_and_queue(args, db, folder, build_packets, queue_packets, "paket OPD")


def _invitations(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.outbox.queue import queue_invitations
    from rakor_desktop.services.packets.invitations import build_invitations

    folder = args.dir or Path(f"undangan-rapat-{args.meeting}")
    return _build_and_queue(args, db, folder, build_invitations, queue_invitations, "undangan OPD")


def _build_and_queue(
    args: argparse.Namespace, db: Database, folder: Path, build, queue, what: str
) -> int:
    from rakor_desktop.services.meetings.close import MeetingNotFound

    queued = None
    try:
        with db.session(write=True) as s:
            run = build(s, args.meeting, folder)
            if not args.no_mail:
                queued = queue(s, run, again=args.again)
    except MeetingNotFound:
        err(f"Rapat {args.meeting} tidak ditemukan.")
        return 2
    except OSError as exc:
        err(f"Paket tidak dapat ditulis ke {folder}: {exc.strerror or exc}")
        return 1
    except ValueError as exc:
        err(exc.args[0] if exc.args else exc)
        return 2
    for p in run.packets:
        tasks = f", {p.followups} tindak lanjut" if what == "paket OPD" else ""
        print(f"{p.organization}: {len(p.files)} berkas{tasks} -> {p.folder}")
    if what == "paket OPD":
        signed = "notulen bertanda tangan" if run.signed_minutes else "notulen tanpa tanda tangan"
        print(f"Ringkasan: {len(run.packets)} paket OPD ({signed}) di {run.folder}")
    else:
        print(f"Ringkasan: {len(run.packets)} {what} di {run.folder}")
    if queued is not None:
        print(outbox_line(queued, "OPD sudah dikirimi (pakai --again)"))
    return 0


def outbox_line(queued, already: str) -> str:
    """ "Kotak keluar: ..." after a command that queued messages (packets, undangan, reminders)."""
    return (
        f"Kotak keluar: {queued.queued} pesan diantrekan"
        + (f"; {len(queued.already)} {already}" if queued.already else "")
        + (
            f"; {len(queued.without_address)} OPD tanpa alamat surel"
            if queued.without_address
            else ""
        )
        + ". Kirim dengan: outbox send"
    )


def _ics(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.fileio import atomic_write
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.packets.calendar import meeting_ics

    try:
        with db.session() as s:
            data = meeting_ics(s, args.meeting)
        atomic_write(args.out, data)
    except MeetingNotFound:
        err(f"Rapat {args.meeting} tidak ditemukan.")
        return 2
    except OSError as exc:
        err(f"Berkas {args.out} tidak dapat ditulis: {exc.strerror or exc}")
        return 1
    print(f"Undangan kalender ditulis ke {args.out}")
    return 0
