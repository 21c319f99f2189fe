"""Delivering what is due in the outbox: one message at a time, every outcome recorded.

Each message is claimed (status "mengirim", attempt counted) in its own transaction
before the SMTP conversation, and marked "terkirim" in another right after the
server's "250 OK". A crash between the two leaves it "mengirim"; the next run sends it
again **with the same Message-ID**, which recipients' mail stores treat as the same
message (the delivery log says "dikirim ulang setelah terputus"). Losing the minutes
of one OPD to a crash would be worse than a copy its mail client folds away.

What the server says decides what happens next:

- a recipient refused, a message over the server's size limit, an attachment missing
  or changed on disk: that message fails for good, with the reason; the others go on;
- a wrong password or TLS refused: the run stops, nothing is counted against the
  messages, the reason is said once;
- no answer, a dropped connection, a 4xx "try later": the message waits with backoff
  (1, 2, 5, 10, 30, 60 minutes) and the run stops, since the next would fare no better.
"""

from __future__ import annotations

import email.policy
import hashlib
import json
import mimetypes
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import update
from sqlmodel import col, select

from rakor_desktop.db import Database
from rakor_desktop.db.sql import table_of
from rakor_desktop.domain.models import OutboxMessage
from rakor_desktop.messages import M
from rakor_desktop.services.outbox.queue import FAILED, QUEUED, SENDING, SENT
from rakor_desktop.services.outbox.settings import MailSettings

BACKOFF_MIN = (1, 2, 5, 10, 30, 60)
# A message "mengirim" for less than this is in another station's hands (an SMTP
# conversation with a 30 MB attachment on a slow line takes minutes, not ten).
LEASE = timedelta(minutes=10)
MAX_ATTEMPTS = 12
RESENT_NOTE = "dikirim ulang setelah terputus"


class _Permanent(Exception):
    """This message cannot go as it is (the others may)."""


class _Stop(Exception):
    """The server cannot be used now (credentials, TLS): stop without blaming messages."""


class _Later(Exception):
    """The server did not answer or asked to try later: wait, then retry."""


@dataclass
class SendRun:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    resent_after_crash: int = 0
    stopped: str = ""  # why the run stopped early (an Indonesian message)
    log: list[tuple[int, str, str]] = field(default_factory=list)  # (id, status, reason)


def backoff(attempts: int) -> timedelta:
    return timedelta(minutes=BACKOFF_MIN[min(max(attempts, 1), len(BACKOFF_MIN)) - 1])


def _connect(settings: MailSettings, password: str | None, timeout: float) -> smtplib.SMTP:
    context = ssl.create_default_context()
    try:
        if settings.tls == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        smtp.ehlo()
        if settings.tls == "starttls":
            try:
                smtp.starttls(context=context)
            except smtplib.SMTPNotSupportedError as exc:
                raise _Stop(
                    M(
                        "Server {host} tidak mendukung STARTTLS; pilih keamanan 'ssl' atau 'none' bila memang begitu.",
                        host=settings.host,
                    )
                ) from exc
            smtp.ehlo()
        if settings.user:
            if not password:
                raise _Stop(
                    M("Kata sandi SMTP belum disimpan. Jalankan 'mail set' atau isi di Pengaturan.")
                )
            smtp.login(settings.user, password)
        return smtp
    except smtplib.SMTPNotSupportedError as exc:  # no AUTH offered (often: only after TLS)
        raise _Stop(
            M(
                "Server {host} tidak menawarkan login; periksa pilihan keamanan (starttls/ssl) dan nama pengguna.",
                host=settings.host,
            )
        ) from exc
    except smtplib.SMTPAuthenticationError as exc:
        raise _Stop(
            M(
                "Server {host} menolak nama pengguna atau kata sandi: {reason}",
                host=settings.host,
                reason=_reason(exc),
            )
        ) from exc
    except ssl.SSLError as exc:
        raise _Stop(
            M("Sambungan TLS ke {host} gagal: {reason}", host=settings.host, reason=str(exc)[:200])
        ) from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise _Later(
                M(
                    "Server {host} meminta mencoba lagi nanti: {reason}",
                    host=settings.host,
                    reason=_reason(exc),
                )
            ) from exc
        raise _Stop(
            M("Server {host} menolak sambungan: {reason}", host=settings.host, reason=_reason(exc))
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise _Later(
            M(
                "Server {host}:{port} tidak menjawab ({reason}).",
                host=settings.host,
                port=settings.port,
                reason=str(exc)[:120] or type(exc).__name__,
            )
        ) from exc


def _reason(exc: smtplib.SMTPResponseException) -> str:
    text = (
        exc.smtp_error.decode("utf-8", "replace")
        if isinstance(exc.smtp_error, bytes)
        else str(exc.smtp_error)
    )
    return f"{exc.smtp_code} {text}"[:300]


def build_email(msg: OutboxMessage, settings: MailSettings, now: datetime) -> EmailMessage:
    """The message as it goes out; attachments are read and checked against the queue."""
    em = EmailMessage()
    em["From"] = settings.sender
    em["To"] = msg.to_addr
    em["Subject"] = msg.subject
    em["Date"] = format_datetime(now)
    em["Message-ID"] = msg.message_id
    em.set_content(msg.body)
    for item in json.loads(msg.attachments or "[]"):
        path = Path(item["path"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _Permanent(
                M(
                    "Lampiran {name} tidak ada lagi di {path}; buat paket ulang.",
                    name=item["name"],
                    path=str(path.parent),
                )
            ) from exc
        if hashlib.sha256(data).hexdigest() != item["sha256"]:
            raise _Permanent(
                M("Lampiran {name} berubah sejak diantrekan; buat paket ulang.", name=item["name"])
            )
        ctype, _ = mimetypes.guess_type(item["name"])
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=item["name"])
    return em


def _size_limit(smtp: smtplib.SMTP) -> int | None:
    value = smtp.esmtp_features.get("size", "") if smtp.does_esmtp else ""
    return int(value) if value.strip().isdigit() and int(value) > 0 else None


def _deliver(smtp: smtplib.SMTP, em: EmailMessage, settings: MailSettings) -> None:
    data = em.as_bytes(policy=email.policy.SMTP)  # CRLF line ends, as the wire wants
    limit = _size_limit(smtp)
    if limit is not None and len(data) > limit:
        raise _Permanent(M(
            "Pesan {size} MB melebihi batas server {limit} MB; kirim paket lewat folder bersama atau kecilkan lampirannya.",
            size=f"{len(data) / 1048576:.1f}".replace(".", ","), limit=f"{limit / 1048576:.1f}".replace(".", ","),
        ))  # fmt: skip
    try:
        refused = smtp.sendmail(settings.sender, [em["To"]], data)
    except smtplib.SMTPRecipientsRefused as exc:
        reason = "; ".join(f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
                           for code, text in exc.recipients.values())  # fmt: skip
        raise _Permanent(
            M("Alamat {to} ditolak server: {reason}", to=em["To"], reason=reason[:300])
        ) from exc
    except smtplib.SMTPSenderRefused as exc:
        raise _Stop(
            M(
                "Server menolak alamat pengirim {sender}: {reason}",
                sender=settings.sender,
                reason=_reason(exc),
            )
        ) from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise _Later(
                M("Server meminta mencoba lagi nanti: {reason}", reason=_reason(exc))
            ) from exc
        raise _Permanent(M("Server menolak pesan ini: {reason}", reason=_reason(exc))) from exc
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise _Later(
            M(
                "Sambungan ke server terputus saat mengirim ({reason}).",
                reason=str(exc)[:120] or type(exc).__name__,
            )
        ) from exc
    if refused:
        raise _Permanent(M("Alamat {to} ditolak server.", to=em["To"]))


def send_due(
    db: Database,
    settings: MailSettings,
    password: str | None,
    *,
    clock: Callable[[], datetime],
    timeout: float = 20.0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    only: list[int] | None = None,
) -> SendRun:
    """Send every message that is due now (or the ``only`` ids), in queue order."""
    run = SendRun()
    if not settings.configured:
        run.stopped = M("Server SMTP belum diatur (Pengaturan > Surel, atau 'mail set').")
        return run
    now = clock()
    with db.session() as s:
        stmt = select(OutboxMessage.id).where(col(OutboxMessage.status).in_([QUEUED, SENDING]))
        if only:
            stmt = stmt.where(col(OutboxMessage.id).in_(only))
        else:
            stmt = stmt.where(
                (col(OutboxMessage.next_attempt_at).is_(None))
                | (col(OutboxMessage.next_attempt_at) <= now)
            )
        due = [i for i in s.exec(stmt.order_by(col(OutboxMessage.id))).all() if i is not None]
    smtp: smtplib.SMTP | None = None
    try:
        for n, mid in enumerate(due, start=1):
            if cancelled is not None and cancelled():
                break
            claimed = _claim(db, mid, clock)
            if claimed is None:
                continue
            msg, crashed = claimed
            try:
                em = build_email(msg, settings, clock())
                if smtp is None:
                    smtp = _connect(settings, password, timeout)
                _deliver(smtp, em, settings)
            except _Permanent as exc:
                _record(db, mid, FAILED, str(exc.args[0]), clock)
                run.failed += 1
                run.log.append((mid, FAILED, str(exc.args[0])))
            except _Stop as exc:
                _record(db, mid, QUEUED, str(exc.args[0]), clock, uncount=True)
                run.stopped = exc.args[0]
                run.deferred += 1
                break
            except _Later as exc:
                attempts = msg.attempts  # counted when claimed
                final = attempts >= MAX_ATTEMPTS
                _record(db, mid, FAILED if final else QUEUED, str(exc.args[0]), clock,
                        wait=None if final else backoff(attempts))  # fmt: skip
                run.stopped = exc.args[0]
                run.deferred += 0 if final else 1
                run.failed += 1 if final else 0
                _quit(smtp)
                smtp = None
                break
            else:
                note = RESENT_NOTE if crashed else ""
                _record(db, mid, SENT, note, clock, sent=True)
                run.sent += 1
                run.resent_after_crash += crashed
                run.log.append((mid, SENT, note))
            if progress is not None:
                progress(n, len(due))
    finally:
        _quit(smtp)
    if run.stopped:
        with db.session() as s:
            run.deferred = len(
                s.exec(select(OutboxMessage.id).where(OutboxMessage.status == QUEUED)).all()
            )
    return run


def _claim(
    db: Database, mid: int, clock: Callable[[], datetime]
) -> tuple[OutboxMessage, bool] | None:
    """Take one message for this run: (message, it was left "mengirim" by a crash), or None.

    Several stations on one PostgreSQL database each run the outbox. A compare-and-set
    on (status, updated_at) lets exactly one of them take a message; a message another
    station marked "mengirim" less than :data:`LEASE` ago is being sent right now and is
    left alone. Older than that, its sender died, and it is sent again (same Message-ID).
    """
    now = clock()
    with db.session(write=True) as s:
        msg = s.get(OutboxMessage, mid)
        if msg is None or msg.status not in (QUEUED, SENDING):
            return None
        crashed = msg.status == SENDING
        if crashed and msg.updated_at is not None and msg.updated_at > now - LEASE:
            return None
        taken = s.connection().execute(
            update(table_of(OutboxMessage))
            .where(
                table_of(OutboxMessage).c.id == mid,
                table_of(OutboxMessage).c.status == msg.status,
                table_of(OutboxMessage).c.updated_at == msg.updated_at,
            )
            .values(status=SENDING, attempts=msg.attempts + 1, updated_at=now)
        )
        if taken.rowcount != 1:  # another station took it between our read and write
            return None
        s.expire(msg)
        s.refresh(msg)
        s.expunge(msg)
    return msg, crashed


def _quit(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        try:
            smtp.quit()
        except (TimeoutError, OSError, smtplib.SMTPException):
            smtp.close()
    return None


def _record(
    db: Database,
    mid: int,
    status: str,
    reason: str,
    clock: Callable[[], datetime],
    *,
    wait: timedelta | None = None,
    sent: bool = False,
    uncount: bool = False,
) -> None:
    with db.session(write=True) as s:
        msg = s.get(OutboxMessage, mid)
        if msg is None:
            return
        now = clock()
        msg.status, msg.last_error, msg.updated_at = status, reason[:500], now
        if sent:
            msg.sent_at = now
        if wait is not None:
            msg.next_attempt_at = now + wait
        if uncount:  # the server was unusable: this attempt does not count against it
            msg.attempts = max(msg.attempts - 1, 0)
        s.add(msg)
