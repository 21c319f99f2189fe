"""``mail set ...`` and ``outbox list|send`` (issue 21).

``mail set --host H --port P [--user U] [--tls none|starttls|ssl] --from ADDR`` stores
the server; the password is asked (or read from RAKOR_SMTP_PASSWORD) and kept in the
keyring, never taken as an argument. ``outbox list --json`` prints ``id, to, opd,
subject, status, attempts, last_error``. ``outbox send`` delivers what is due and,
without ``--once``, keeps waiting with backoff until nothing is left to retry.
Exit codes: 0 done (nothing failed); 1 something failed or the server could not be
used; 2 a setting was refused.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time

from rakor_desktop.cli.common import err, out_json
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mail", help="server surel (SMTP) untuk kotak keluar")
    msub = p.add_subparsers(dest="mail_cmd", required=True)
    q = msub.add_parser("set", help="atur server SMTP (kata sandi ditanyakan, disimpan di keyring)")
    q.add_argument("--host", required=True)
    q.add_argument("--port", type=int, required=True)
    q.add_argument("--user", default="")
    q.add_argument("--tls", choices=("none", "starttls", "ssl"), default="starttls")
    q.add_argument("--from", dest="sender", required=True, metavar="ADDR")
    q.set_defaults(handler=_mail_set)
    p = sub.add_parser("outbox", help="kotak keluar surel: daftar dan kirim")
    osub = p.add_subparsers(dest="outbox_cmd", required=True)
    q = osub.add_parser("list", help="pesan di kotak keluar")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_outbox_list)
    q = osub.add_parser("send", help="kirim pesan yang sudah waktunya")
    q.add_argument("--once", action="store_true", help="satu putaran saja, lalu keluar")
    q.add_argument(
        "--resend", type=int, nargs="+", metavar="ID", help="antrekan ulang pesan ini lalu kirim"
    )
    q.set_defaults(handler=_outbox_send)


def _mail_set(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.outbox import settings as mail

    try:
        with db.session(write=True) as s:
            saved = mail.save(s, args.host, args.port, args.user, args.tls, args.sender)
    except mail.MailSettingsError as exc:
        err(exc.args[0])
        return 2
    print(f"Server SMTP: {saved.host}:{saved.port} ({saved.tls}), pengirim {saved.sender}")
    if saved.user:
        secret = os.environ.get(mail.PASSWORD_ENV)
        if secret is None and sys.stdin.isatty():
            secret = getpass.getpass(f"Kata sandi SMTP untuk {saved.user}: ")
        if not secret:
            err("Kata sandi tidak diberikan; isi di Pengaturan atau jalankan lagi di terminal.")
            return 0
        if mail.remember_password(saved, secret):
            print("Kata sandi disimpan di keyring sistem.")
        else:
            err(
                f"Tidak ada keyring di sistem ini: berikan kata sandi lewat {mail.PASSWORD_ENV} saat mengirim."
            )
    return 0


def _outbox_list(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.office.settings import office_zone
    from rakor_desktop.services.outbox.queue import list_outbox

    with db.session() as s:
        rows = list_outbox(s)
        zone = office_zone(s)
    if args.json:
        out_json([r.as_json(zone) for r in rows])
        return 0
    for r in rows:
        reason = f" ({r.last_error})" if r.last_error else ""
        print(
            f"{r.id:>5}  {r.status_label:<14} {r.attempts:>2}x  {r.to:<40} {r.subject[:60]}{reason}"
        )
    print(f"{len(rows)} pesan.")
    return 0


def _outbox_send(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.clock import utcnow as clock
    from rakor_desktop.services.outbox import settings as mail
    from rakor_desktop.services.outbox.queue import QUEUED, list_outbox, resend
    from rakor_desktop.services.outbox.send import send_due

    with db.session(write=True) as s:
        for mid in args.resend or ():
            try:
                resend(s, mid)
            except LookupError:
                err(f"Pesan {mid} tidak ada di kotak keluar.")
                return 2
        settings = mail.load(s)
    password = mail.password(settings)
    total_sent = total_failed = 0
    while True:
        run = send_due(db, settings, password, clock=clock)
        total_sent += run.sent
        total_failed += run.failed
        for mid, status, reason in run.log:
            print(f"{mid:>5}  {status}" + (f" ({reason})" if reason else ""))
        if run.stopped:
            err(run.stopped)
        with db.session() as s:
            waiting = [r for r in list_outbox(s, statuses=(QUEUED,))]
        if args.once or not waiting or (run.stopped and not run.deferred):
            break
        due = min((r.next_attempt_at for r in waiting if r.next_attempt_at), default=None)
        pause = max(min((due - clock()).total_seconds(), 300), 1) if due else 60
        print(
            f"Menunggu {int(pause)} detik sebelum mencoba lagi ({len(waiting)} pesan antre)...",
            flush=True,
        )
        time.sleep(pause)
    print(f"Ringkasan: {total_sent} terkirim, {total_failed} gagal, {len(waiting)} masih antre.")
    return 1 if total_failed or (run.stopped and waiting) else 0
