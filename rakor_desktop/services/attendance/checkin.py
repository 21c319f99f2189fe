"""Door check-in: one scan, one durable attendance row, one clear answer.

The door station must be faster than a paper sheet (about a second per person,
60-200 people in 15 minutes), so the hot path of :meth:`CheckInDesk.check_in` is
deliberately small: one indexed SELECT that finds the person, their invitation,
an existing check-in and the meeting status together; one ``INSERT ... ON
CONFLICT DO NOTHING RETURNING id``; the commit. Statements are SQLAlchemy Core
built once at import (the compiled form is cached), with no ORM identity map,
autoflush or refresh round trips. Things that do not change during a meeting
(office secret and zone, meeting uuid and start) live on the desk object.

The caller owns the unit of work (``with db.session(write=True) as s``): the
result is only reported as confirmed after that block has committed, which with
``synchronous=FULL`` means the row survives a power cut.

Unique constraints are the last line of defence against double check-ins from
two stations: the insert does nothing on conflict and the existing row is
reported as ALREADY, so a race never shows an error at the door.

Signature format (``Attendance.signature``), compact and documented here because
the documents layer decodes it::

    S1:<base64url, no padding, of a byte string>

The byte string is a sequence of unsigned LEB128 varints: the number of strokes,
then for each stroke the number of points followed by its points, the first as
absolute ``x, y`` and the rest as zigzag-encoded deltas from the previous point.
Coordinates are quantised to ``0..1000`` over the pad (x to the right, y
downwards). A typical signature of ~300 points takes well under 1 KB.
"""

from __future__ import annotations

import base64
import json
import logging
import socket
import time
import uuid as _uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Integer, String, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from rakor_desktop.db.retry import is_server_lost, run_with_retry
from rakor_desktop.domain.enums import ABSENCE_LABELS, AbsenceStatus, MeetingStatus, OrgKind
from rakor_desktop.domain.models import (
    Attendance,
    Invitation,
    Meeting,
    Office,
    Organization,
    Person,
)
from rakor_desktop.domain.names import name_key
from rakor_desktop.domain.nip import NIP_LENGTH, clean
from rakor_desktop.domain.timefmt import hhmm
from rakor_desktop.domain.types import new_uuid, utcnow
from rakor_desktop.services.attendance import invitations
from rakor_desktop.services.directory import people
from rakor_desktop.services.office import audit
from rakor_desktop.services.office.settings import get_office

log = logging.getLogger(__name__)

#: Longest input accepted as a code or name. A QR payload is 56 characters; a
#: scanner sending more is mis-configured (or a cat is on the keyboard).
MAX_INPUT = 120
#: Person ids typed by hand are short; longer digit strings are NIP attempts.
_MAX_ID_DIGITS = 9
_MAX_STROKES = 200
_MAX_POINTS = 8000
_SIG_PREFIX = "S1:"
_SIG_SCALE = 1000

# Scanners type through the OS keyboard layout. Two common mis-configurations:
# Shift stuck/inverted (US: "RKR!>..." for "RKR1.") and a French AZERTY layout
# receiving US key positions (digits become "&é\"'(-è_çà", "." becomes ":",
# "a" becomes "q"). The MAC still has to verify, so mapping back is safe.
_SHIFTED_US = str.maketrans("!@#$%^&*()><", "1234567890.,")
_AZERTY_AS_US = str.maketrans("&é\"'(-è_çà:qQ", "1234567890.aA")


class State(StrEnum):
    """Outcome of one scan. The first four are confirmed attendance."""

    NEW = "new"
    ALREADY = "already"
    DELEGATE = "delegate"
    WALK_IN = "walk_in"
    NOT_FOUND = "not_found"
    WRONG_MEETING = "wrong_meeting"
    INVALID = "invalid"
    MEETING_CLOSED = "meeting_closed"
    MEETING_FINALIZED = "meeting_finalized"
    EMPTY = "empty"


CONFIRMED = frozenset({State.NEW, State.ALREADY, State.DELEGATE, State.WALK_IN})


class Tone(StrEnum):
    """How loudly the door screen should speak: green, amber, red, or neutral."""

    OK = "ok"
    WARN = "warn"
    ERROR = "error"
    IDLE = "idle"


class CheckInRefused(ValueError):
    """A change the meeting's state does not allow; the message is for the user."""


@dataclass(frozen=True, slots=True)
class NewPerson:
    """Someone not in the directory yet (a walk-in or a delegate), typed at the door."""

    name: str
    jabatan: str = ""
    organization: str = ""


@dataclass(frozen=True, slots=True)
class CheckInResult:
    state: State
    message: str
    person_id: int | None = None
    name: str = ""
    jabatan: str = ""
    organization: str = ""
    attendance_id: int | None = None
    checked_in_at: datetime | None = None  # the first check-in, aware UTC
    time_text: str = ""  # "08.41" in the office zone
    zone: str = "WIB"
    is_late: bool = False
    late_minutes: int = 0
    delegate_for_id: int | None = None
    delegate_for_name: str = ""

    @property
    def confirmed(self) -> bool:
        return self.state in CONFIRMED

    @property
    def tone(self) -> Tone:
        if self.state is State.EMPTY:
            return Tone.IDLE
        if self.state is State.NEW and not self.is_late:
            return Tone.OK
        if self.confirmed:
            return Tone.WARN
        return Tone.ERROR

    def as_json(self) -> dict[str, Any]:
        return {
            "state": self.state.value,
            "message": self.message,
            "person_id": self.person_id,
            "name": self.name,
            "jabatan": self.jabatan,
            "organization": self.organization,
            "attendance_id": self.attendance_id,
            "checked_in_at": self.checked_in_at.isoformat() if self.checked_in_at else None,
            "time": self.time_text,
            "late": self.is_late,
            "delegate_for": self.delegate_for_name or None,
        }


# --------------------------------------------------------------------------- input


@dataclass(frozen=True, slots=True)
class ParsedCode:
    """What a scan or a typed text is, before touching the database."""

    kind: str  # "qr", "nip", "id", "empty", "invalid", "name"
    text: str = ""
    qr: invitations.QrCode | None = None
    reason: str = ""


_EDGE_NOISE = "".join(chr(c) for c in range(32)) + "\x7f \u00a0"


def _strip_controls(text: str) -> str:
    """Scanners may wrap a code in STX/ETX, CR, LF or TAB; those ends are noise."""
    return text.strip(_EDGE_NOISE)


def _has_controls(text: str) -> bool:
    return any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text)


def parse_code(secret: str, raw: str | None, *, allow_person_id: bool = True) -> ParsedCode:
    """Classify an input: QR payload, NIP, person id, a name, or garbage with the reason.

    ``allow_person_id=False`` (the kiosk) refuses short digit strings: typed by hand at
    the door they are a NIP entered halfway, and checking in person #1968 would be wrong.
    """
    if raw is None:
        return ParsedCode("empty")
    if len(raw) > MAX_INPUT * 4:
        return ParsedCode("invalid", reason="Masukan terlalu panjang: periksa pengaturan pemindai.")
    text = _strip_controls(raw)
    if not text:
        return ParsedCode("empty")
    if len(text) > MAX_INPUT:
        return ParsedCode(
            "invalid",
            reason=f"Masukan terlalu panjang ({len(text)} karakter): periksa pengaturan pemindai.",
        )
    if _has_controls(text):
        return ParsedCode(
            "invalid", reason="Masukan berisi karakter kendali: periksa pengaturan pemindai."
        )
    for candidate in (text, text.translate(_SHIFTED_US), text.translate(_AZERTY_AS_US)):
        if candidate[:4].upper() == "RKR1" or candidate[:3].upper() == "RKR":
            qr = invitations.parse_payload(secret, candidate)
            if qr is not None:
                return ParsedCode("qr", text=candidate, qr=qr)
    if text[:3].upper() == "RKR" or text.translate(_AZERTY_AS_US)[:3].upper() == "RKR":
        return ParsedCode(
            "invalid",
            text=text,
            reason="Kode QR rusak atau tata letak papan ketik pemindai salah. Coba pindai ulang.",
        )
    digits = clean(text)
    if digits.isdigit() and digits.isascii():
        if len(digits) == NIP_LENGTH:
            return ParsedCode("nip", text=digits)
        if (
            allow_person_id
            and len(digits) <= _MAX_ID_DIGITS
            and digits == text.strip()
            and int(digits) > 0
        ):
            return ParsedCode("id", text=digits)
        return ParsedCode(
            "invalid", text=text, reason=f"NIP harus {NIP_LENGTH} digit, bukan {len(digits)}."
        )
    if any(ch.isalpha() for ch in text):
        return ParsedCode("name", text=text)
    return ParsedCode("invalid", text=text, reason="Kode tidak dikenali.")


def looks_like_code(text: str) -> bool:
    """Whether the kiosk should skip name search for this text (a scan arriving).

    A scanner types ~50 characters in a burst; searching the directory on each of
    them would only slow the scan down.
    """
    head = text.lstrip()[:3]
    return any(t[:3].upper() == "RKR" for t in (head, head.translate(_AZERTY_AS_US)))


# ------------------------------------------------------------------ prepared SQL

_A = Attendance.__table__
_I = Invitation.__table__
_P = Person.__table__
_O = Organization.__table__
_M = Meeting.__table__

_own = _A.alias("own")  # the person's own attendance in this meeting
_held = _A.alias("held")  # the attendance holding the invitation (a delegate's)
_MID = bindparam("mid", type_=Integer)


def _lookup(where_from):
    """One SELECT: person, OPD, invitation, existing check-ins and the meeting status."""
    return (
        select(
            _P.c.id,
            _P.c.full_name,
            _P.c.jabatan,
            _O.c.name,
            _I.c.id,
            _own.c.id,
            _own.c.checked_in_at,
            _own.c.delegate_for_id,
            _held.c.id,
            _held.c.person_id,
            _M.c.status,
        )
        .select_from(where_from)
        .join(_O, _O.c.id == _P.c.organization_id, isouter=True)
        .join(_own, and_(_own.c.meeting_id == _M.c.id, _own.c.person_id == _P.c.id), isouter=True)
        .join(_held, _held.c.invitation_id == _I.c.id, isouter=True)
    )


def _person_first():
    return _P.join(_M, _M.c.id == _MID).join(
        _I, and_(_I.c.person_id == _P.c.id, _I.c.meeting_id == _M.c.id), isouter=True
    )


_BY_TOKEN = _lookup(
    _I.join(_M, _M.c.id == _I.c.meeting_id).join(_P, _P.c.id == _I.c.person_id)
).where(_I.c.token == bindparam("token", type_=String), _I.c.meeting_id == _MID)
_BY_NIP = _lookup(_person_first()).where(_P.c.nip == bindparam("nip", type_=String))
_BY_ID = _lookup(_person_first()).where(_P.c.id == bindparam("pid", type_=Integer))
_STATUS = select(_M.c.status).where(_M.c.id == _MID)


def _insert_stmt(dialect: str):
    """INSERT that yields no row instead of an error when a unique constraint says "already"."""
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        return insert(_A).returning(_A.c.id)
    return dialect_insert(_A).on_conflict_do_nothing().returning(_A.c.id)


_INSERTS: dict[str, Any] = {}
_INSERT_KEYS = (
    "uuid", "created_at", "updated_at", "meeting_id", "person_id", "invitation_id",
    "delegate_for_id", "checked_in_at", "is_walk_in", "is_late", "station",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A hot statement rendered once for SQLite, run on the DBAPI connection itself.

    Inside the session's transaction (BEGIN IMMEDIATE already issued on that very
    connection), ``sqlite3``'s own statement cache makes a lookup cost ~5 us where a
    Core execute costs ~25 us (compile-cache key, bind and result processing). Values
    are bound as SQLAlchemy's SQLite dialect stores them (see :func:`_sqlite_time`).
    """

    sql: str
    order: tuple[str, ...]

    @classmethod
    def of(cls, stmt: Any) -> _Prepared:
        from sqlalchemy.dialects import sqlite

        compiled = stmt.compile(dialect=sqlite.dialect())
        return cls(compiled.string, tuple(compiled.positiontup or ()))

    def run(self, dbapi: Any, params: dict[str, Any]) -> Any:
        return dbapi.execute(self.sql, tuple(params[k] for k in self.order))


def _sqlite_insert():
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    values = {k: bindparam(k) for k in _INSERT_KEYS}
    return sqlite_insert(_A).values(values).on_conflict_do_nothing().returning(_A.c.id)


_SQLITE = {
    "token": _Prepared.of(_BY_TOKEN),
    "nip": _Prepared.of(_BY_NIP),
    "id": _Prepared.of(_BY_ID),
    "insert": _Prepared.of(_sqlite_insert()),
}
_CORE = {"token": _BY_TOKEN, "nip": _BY_NIP, "id": _BY_ID}


def _sqlite_time(dt: datetime) -> str:
    """The text SQLAlchemy's SQLite DATETIME stores for ``UTCDateTime`` (naive UTC)."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime: pass an aware datetime (UTC or office zone)")
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _dbapi(session: Session) -> Any:
    """The sqlite3 connection under the session's transaction, or None on other backends."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return None
    return conn.connection.driver_connection


def _find(session: Session, kind: str, params: dict[str, Any]) -> Any:
    """The hot lookup: one indexed SELECT (see ``_lookup``) by token, NIP or person id."""
    raw = _dbapi(session)
    if raw is not None:
        return _SQLITE[kind].run(raw, params).fetchone()
    return session.connection().execute(_CORE[kind], params).first()


def _aware(value: datetime | str | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# ------------------------------------------------------------------------- desk


@dataclass(slots=True)
class CheckInDesk:
    """Per-station facts that do not change during a meeting, loaded once.

    The meeting's status is *not* cached: the secretary may finalize the meeting
    in another process, so every check-in reads it in the same SELECT.
    """

    meeting_id: int
    meeting_uuid: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    signatures_required: bool
    zone: str
    secret: str
    late_grace: timedelta = field(default_factory=timedelta)

    @classmethod
    def load(cls, session: Session, meeting_id: int) -> CheckInDesk:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise LookupError(f"Rapat {meeting_id} tidak ditemukan.")
        office = get_office(session)
        return cls.from_rows(meeting, office)

    @classmethod
    def from_rows(cls, meeting: Meeting, office: Office) -> CheckInDesk:
        try:
            grace = int(json.loads(office.extra or "{}").get("late_grace_minutes", 0))
        except (ValueError, TypeError, AttributeError):
            grace = 0
        return cls(
            meeting_id=meeting.id or 0,
            meeting_uuid=meeting.uuid,
            title=meeting.title,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            place=meeting.place,
            signatures_required=bool(meeting.signatures_required),
            zone=office.time_zone,
            secret=office.qr_secret,
            late_grace=timedelta(minutes=max(grace, 0)),
        )

    # -- the hot path ---------------------------------------------------------

    def check_in(
        self,
        session: Session,
        code: str | None,
        *,
        now: datetime | None = None,
        station: str = "",
        delegate_for: int | None = None,
        allow_person_id: bool = True,
    ) -> CheckInResult:
        """Check in whoever ``code`` names (QR payload, NIP or person id)."""
        now = now or utcnow()
        parsed = parse_code(self.secret, code, allow_person_id=allow_person_id)
        if parsed.kind == "empty":
            return CheckInResult(State.EMPTY, "Pindai QR undangan, ketik NIP, atau ketik nama.")
        if parsed.kind == "invalid":
            return self._refusal_or(session, State.INVALID, parsed.reason)
        if parsed.kind == "name":
            return self._refusal_or(
                session,
                State.NOT_FOUND,
                "Bukan kode undangan atau NIP. Ketik nama lalu pilih dari daftar.",
            )
        if parsed.kind == "qr":
            qr = parsed.qr
            assert qr is not None
            if not qr.authentic:
                return self._refusal_or(
                    session, State.INVALID, "Kode tidak sah: QR ini tidak dibuat oleh kantor ini."
                )
            if qr.meeting_hex != self.meeting_uuid.replace("-", ""):
                return self._refusal_or(
                    session, State.WRONG_MEETING, self._other_meeting_text(session, qr.meeting_hex)
                )
            row = _find(session, "token", {"token": qr.token, "mid": self.meeting_id})
            missing = "Undangan tidak ditemukan (mungkin sudah dibatalkan)."
        elif parsed.kind == "nip":
            row = _find(session, "nip", {"nip": parsed.text, "mid": self.meeting_id})
            missing = f"NIP {parsed.text} tidak ada di direktori."
        else:
            row = _find(session, "id", {"pid": int(parsed.text), "mid": self.meeting_id})
            missing = f"Nomor {parsed.text} tidak ada di direktori."
        if row is None:
            return self._refusal_or(session, State.NOT_FOUND, missing)
        return self._commit_row(session, row, now=now, station=station, delegate_for=delegate_for)

    def check_in_person(
        self,
        session: Session,
        person_id: int,
        *,
        now: datetime | None = None,
        station: str = "",
        delegate_for: int | None = None,
        allow_closed: bool = False,
    ) -> CheckInResult:
        """Check in a person picked from the name search.

        ``allow_closed`` lets the secretary correct attendance of a closed (not final)
        meeting; the door station never passes it.
        """
        row = _find(session, "id", {"pid": int(person_id), "mid": self.meeting_id})
        if row is None:
            return self._refusal_or(session, State.NOT_FOUND, "Orang ini tidak ada di direktori.")
        return self._commit_row(
            session,
            row,
            now=now or utcnow(),
            station=station,
            delegate_for=delegate_for,
            allow_closed=allow_closed,
        )

    def _commit_row(
        self,
        session: Session,
        row: Any,
        *,
        now: datetime,
        station: str,
        delegate_for: int | None,
        allow_closed: bool = False,
    ) -> CheckInResult:
        (pid, name, jabatan, org, inv_id, own_id, own_at, own_dfor, held_id, held_pid, status) = row
        refusal = _status_refusal(status, allow_closed=allow_closed)
        if refusal is not None:
            return refusal
        who = dict(person_id=pid, name=name, jabatan=jabatan or "", organization=org or "")
        if delegate_for is not None and delegate_for == pid:
            # The delegate holds the invitee's own card (or typed their NIP): recording it
            # would mark the official present who is not there ("titip absen").
            return CheckInResult(
                State.INVALID,
                f"Ini undangan/NIP {name} sendiri, bukan perwakilannya. Pindai NIP perwakilan "
                "atau ketik namanya.",
            )
        if own_id is not None:
            return self._already(session, own_id, _aware(own_at), own_dfor, who)
        if delegate_for is not None:
            return self._delegate(
                session, now=now, station=station, invitee_id=delegate_for, who=who
            )
        # An invitee whose delegate already came keeps the delegate's link to the
        # invitation and gets a plain row of their own: both were in the room.
        take_invitation = inv_id if held_id is None else None
        walk_in = inv_id is None
        late = now > self.starts_at + self.late_grace
        att_id = self._insert(
            session, now=now, pid=pid, iid=take_invitation, dfor=None, walk=walk_in, late=late,
            station=station,
        )  # fmt: skip
        if att_id is None:  # a concurrent station was faster: report its row
            return self._already_after_race(session, pid, who)
        state = State.WALK_IN if walk_in else State.NEW
        text = self._arrival_text(now, late)
        if walk_in:
            text = "Tamu (tidak ada di daftar undangan), dicatat " + text[0].lower() + text[1:]
        elif held_id is not None:
            text += f"; sebelumnya diwakili oleh {_person_name(session, held_pid)}"
        return self._result(state, text, who, att_id, now, late)

    def _insert(
        self,
        session: Session,
        *,
        now: datetime,
        pid: int,
        iid: int | None,
        dfor: int | None,
        walk: bool,
        late: bool,
        station: str,
    ) -> int | None:
        params = {
            "uuid": new_uuid(),
            "created_at": now,
            "updated_at": now,
            "meeting_id": self.meeting_id,
            "person_id": pid,
            "invitation_id": iid,
            "delegate_for_id": dfor,
            "checked_in_at": now,
            "is_walk_in": walk,
            "is_late": late,
            "station": (station or "")[:60],
        }
        raw = _dbapi(session)
        if raw is not None:
            stamp = _sqlite_time(now)
            params.update(created_at=stamp, updated_at=stamp, checked_in_at=stamp,
                          is_walk_in=int(walk), is_late=int(late))  # fmt: skip
            row = _SQLITE["insert"].run(raw, params).fetchone()
            return None if row is None else row[0]
        conn = session.connection()
        dialect = conn.dialect.name
        stmt = _INSERTS.get(dialect)
        if stmt is None:
            stmt = _INSERTS[dialect] = _insert_stmt(dialect)
        if dialect == "postgresql":
            return conn.execute(stmt, params).scalar()
        try:
            with session.begin_nested():
                return session.connection().execute(stmt, params).scalar()
        except IntegrityError:
            return None

    # -- outcomes -------------------------------------------------------------

    def _arrival_text(self, at: datetime, late: bool) -> str:
        text = f"Hadir pukul {hhmm(at, self.zone)} {self.zone}"
        if late:
            text += f", terlambat {self._late_minutes(at)} menit"
        return text

    def _late_minutes(self, at: datetime) -> int:
        return max(int((at - self.starts_at).total_seconds() // 60), 1)

    def _result(
        self,
        state: State,
        message: str,
        who: dict[str, Any],
        att_id: int | None,
        at: datetime | None,
        late: bool,
        **extra: Any,
    ) -> CheckInResult:
        return CheckInResult(
            state=state,
            message=message,
            attendance_id=att_id,
            checked_in_at=at,
            time_text=hhmm(at, self.zone),
            zone=self.zone,
            is_late=late,
            late_minutes=self._late_minutes(at) if late and at else 0,
            **who,
            **extra,
        )

    def _already(
        self,
        session: Session,
        att_id: int,
        at: datetime | None,
        dfor: int | None,
        who: dict[str, Any],
    ) -> CheckInResult:
        text = f"Sudah hadir pukul {hhmm(at, self.zone)} {self.zone}"
        extra: dict[str, Any] = {}
        if dfor is not None:
            dname = _person_name(session, dfor)
            text += f" (mewakili {dname})"
            extra = {"delegate_for_id": dfor, "delegate_for_name": dname}
        late = bool(at and at > self.starts_at + self.late_grace)
        return self._result(State.ALREADY, text, who, att_id, at, late, **extra)

    def _already_after_race(self, session: Session, pid: int, who: dict[str, Any]) -> CheckInResult:
        row = _find(session, "id", {"pid": pid, "mid": self.meeting_id})
        if row is not None and row[5] is not None:
            return self._already(session, row[5], _aware(row[6]), row[7], who)
        # The conflict was on the invitation: someone checked in for this invitee.
        held = row[9] if row is not None else None
        text = "Undangan ini sudah dipakai"
        if held is not None:
            text += f" oleh {_person_name(session, held)}"
        return CheckInResult(State.ALREADY, text, **who)

    def _delegate(
        self,
        session: Session,
        *,
        now: datetime,
        station: str,
        invitee_id: int,
        who: dict[str, Any],
    ) -> CheckInResult:
        inv = _find(session, "id", {"pid": invitee_id, "mid": self.meeting_id})
        if inv is None or inv[4] is None:
            return CheckInResult(
                State.NOT_FOUND,
                "Pejabat yang diwakili tidak ada di daftar undangan rapat ini.",
                **who,
            )
        invitee_name = inv[1]
        if inv[5] is not None:
            return CheckInResult(
                State.ALREADY,
                f"{invitee_name} sudah hadir sendiri pukul {hhmm(_aware(inv[6]), self.zone)}.",
                **who,
            )
        if inv[8] is not None:
            return CheckInResult(
                State.ALREADY,
                f"{invitee_name} sudah diwakili oleh {_person_name(session, inv[9])}.",
                **who,
            )
        late = now > self.starts_at + self.late_grace
        att_id = self._insert(
            session, now=now, pid=who["person_id"], iid=inv[4], dfor=invitee_id, walk=False,
            late=late, station=station,
        )  # fmt: skip
        if att_id is None:
            return self._already_after_race(session, who["person_id"], who)
        text = f"Hadir mewakili {invitee_name}, pukul {hhmm(now, self.zone)} {self.zone}"
        if late:
            text += f", terlambat {self._late_minutes(now)} menit"
        return self._result(
            State.DELEGATE, text, who, att_id, now, late,
            delegate_for_id=invitee_id, delegate_for_name=invitee_name,
        )  # fmt: skip

    def refusal(self, session: Session) -> CheckInResult | None:
        """The meeting's own refusal (closed, final), read fresh: another process may have closed it."""
        status = session.connection().execute(_STATUS, {"mid": self.meeting_id}).scalar()
        return _status_refusal(status)

    def _refusal_or(self, session: Session, state: State, message: str) -> CheckInResult:
        """A bad-input outcome, unless the meeting itself refuses check-ins (say that first)."""
        refusal = self.refusal(session)
        return refusal if refusal is not None else CheckInResult(state, message)

    def _other_meeting_text(self, session: Session, meeting_hex: str) -> str:
        """Name the meeting the card is for, so the guest knows why and staff what to do."""
        from rakor_desktop.services.meetings.editor import long_datetime

        hint = "Cari namanya dengan mengetik nama atau NIP."
        try:
            other_uuid = str(_uuid.UUID(hex=meeting_hex))
        except ValueError:
            return f"Undangan untuk rapat lain. {hint}"
        row = (
            session.connection()
            .execute(select(_M.c.title, _M.c.starts_at).where(_M.c.uuid == other_uuid))
            .first()
        )
        if row is None:
            return f"Undangan untuk rapat lain. {hint}"
        when = long_datetime(_aware(row[1]), self.zone)  # type: ignore[arg-type]
        return f"Undangan untuk rapat lain: {row[0]}, {when}. {hint}"


def _status_refusal(status: str | None, *, allow_closed: bool = False) -> CheckInResult | None:
    if status == MeetingStatus.FINALIZED:
        return CheckInResult(
            State.MEETING_FINALIZED,
            "Rapat sudah final: daftar hadir dikunci, tidak ada yang dicatat.",
        )
    if status == MeetingStatus.CLOSED and not allow_closed:
        return CheckInResult(
            State.MEETING_CLOSED, "Rapat sudah ditutup: registrasi tidak lagi dibuka."
        )
    if status is None:
        return CheckInResult(State.NOT_FOUND, "Rapat tidak ditemukan.")
    return None


def _person_name(session: Session, person_id: int | None) -> str:
    if person_id is None:
        return ""
    name = session.connection().execute(select(_P.c.full_name).where(_P.c.id == person_id)).scalar()
    return name or ""


# ----------------------------------------------------------- module-level API


def load_desk(session: Session, meeting_id: int) -> CheckInDesk:
    return CheckInDesk.load(session, meeting_id)


def check_in(
    session: Session,
    meeting_id: int,
    code: str | None,
    *,
    now: datetime | None = None,
    station: str = "",
    delegate_for: int | None = None,
    allow_person_id: bool = True,
) -> CheckInResult:
    """One-shot check-in (CLI, scripts). Stations keep a :class:`CheckInDesk` instead."""
    try:
        desk = CheckInDesk.load(session, meeting_id)
    except LookupError as exc:
        return CheckInResult(State.NOT_FOUND, str(exc))
    return desk.check_in(
        session,
        code,
        now=now,
        station=station,
        delegate_for=delegate_for,
        allow_person_id=allow_person_id,
    )


def _guard_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise CheckInRefused(f"Rapat {meeting_id} tidak ditemukan.")
    if meeting.status == MeetingStatus.FINALIZED:
        raise CheckInRefused("Rapat sudah final: daftar hadir tidak dapat diubah.")
    return meeting


def _find_or_create_person(session: Session, fields: NewPerson) -> Person:
    """Match a typed person by (name key, organization); create them when new."""
    name = " ".join((fields.name or "").split())
    if not name:
        raise ValueError("Nama tidak boleh kosong.")
    if len(name) > 200:
        raise ValueError("Nama terlalu panjang (maksimal 200 karakter).")
    org_id = _resolve_organization(session, fields.organization)
    key = name_key(name)
    same_org = (
        Person.organization_id == org_id if org_id is not None else Person.organization_id.is_(None)
    )
    existing = session.scalars(select(Person).where(Person.name_key == key, same_org)).first()
    if existing is not None:
        return existing
    return people.create_person(
        session, name, jabatan=(fields.jabatan or "")[:200], organization_id=org_id
    )


def _resolve_organization(session: Session, text: str) -> int | None:
    """An OPD by name/short name, or a new 'lainnya' organization for outside guests."""
    text = " ".join((text or "").split())[:200]
    if not text:
        return None
    org = people.find_organization(session, text)
    if org is not None:
        return org.id
    org = Organization(name=text, kind=OrgKind.OTHER)
    session.add(org)
    session.flush()
    audit.record(session, "organization.create", entity="organization", entity_uuid=org.uuid,
                 name=text, reason="tamu registrasi")  # fmt: skip
    return org.id


def check_in_walk_in(
    session: Session,
    meeting_id: int,
    name: str,
    jabatan: str = "",
    organization: str = "",
    *,
    now: datetime | None = None,
    station: str = "",
    desk: CheckInDesk | None = None,
) -> CheckInResult:
    """A guest typed at the door: found by name + OPD or created, then checked in."""
    desk = desk or CheckInDesk.load(session, meeting_id)
    refusal = desk.refusal(session)
    if refusal is not None:
        return refusal
    person = _find_or_create_person(session, NewPerson(name, jabatan, organization))
    return desk.check_in_person(session, person.id or 0, now=now, station=station)


def check_in_delegate(
    session: Session,
    meeting_id: int,
    invitee_person_id: int,
    delegate: int | NewPerson,
    *,
    now: datetime | None = None,
    station: str = "",
    desk: CheckInDesk | None = None,
) -> CheckInResult:
    """Record that ``delegate`` attends for the invited official (both are kept)."""
    desk = desk or CheckInDesk.load(session, meeting_id)
    refusal = desk.refusal(session)
    if refusal is not None:
        return refusal
    if isinstance(delegate, NewPerson):
        if not delegate.organization:
            invitee = session.get(Person, invitee_person_id)
            org = session.get(Organization, invitee.organization_id) if invitee and \
                invitee.organization_id else None  # fmt: skip
            delegate = NewPerson(delegate.name, delegate.jabatan, org.name if org else "")
        delegate_id = _find_or_create_person(session, delegate).id or 0
    else:
        delegate_id = int(delegate)
    return desk.check_in_person(
        session, delegate_id, now=now, station=station, delegate_for=invitee_person_id
    )


def mark_present_many(
    session: Session,
    meeting_id: int,
    person_ids: Iterable[int],
    *,
    now: datetime | None = None,
    station: str = "",
) -> list[CheckInResult]:
    """A group that arrives together, ticked off the missing list in one transaction.

    Also the secretary's correction after closing (not after finalizing): someone
    who signed the paper sheet but was never scanned.
    """
    desk = CheckInDesk.load(session, meeting_id)
    now = now or utcnow()
    seen: set[int] = set()
    out = []
    for pid in person_ids:
        if pid in seen:
            continue
        seen.add(pid)
        out.append(desk.check_in_person(session, pid, now=now, station=station, allow_closed=True))
    return out


@dataclass(frozen=True, slots=True)
class UndoResult:
    attendance_id: int
    person_id: int
    name: str
    checked_in_at: datetime
    time_text: str


def undo_last(session: Session, meeting_id: int, station: str) -> UndoResult | None:
    """Remove the most recent check-in of this station (wrong person picked), audited."""
    meeting = _guard_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.CLOSED:
        raise CheckInRefused(
            "Rapat sudah ditutup: check-in tidak dapat dibatalkan dari meja registrasi."
        )
    att = session.scalars(
        select(Attendance)
        .where(Attendance.meeting_id == meeting_id, Attendance.station == (station or "")[:60])
        .order_by(Attendance.id.desc())
        .limit(1)
    ).first()
    if att is None:
        return None
    name = _person_name(session, att.person_id)
    zone = get_office(session).time_zone
    detail = {
        "meeting_id": att.meeting_id,
        "person_id": att.person_id,
        "name": name,
        "invitation_id": att.invitation_id,
        "delegate_for_id": att.delegate_for_id,
        "checked_in_at": att.checked_in_at.isoformat(),
        "left_at": att.left_at.isoformat() if att.left_at else None,
        "is_walk_in": att.is_walk_in,
        "is_late": att.is_late,
        "station": att.station,
        "signature": att.signature,
    }
    session.connection().execute(delete(_A).where(_A.c.id == att.id))
    audit.record(session, "attendance.undo", entity="attendance", entity_uuid=att.uuid, **detail)
    session.expunge(att)
    return UndoResult(
        attendance_id=att.id or 0,
        person_id=att.person_id,
        name=name,
        checked_in_at=att.checked_in_at,
        time_text=hhmm(att.checked_in_at, zone),
    )


SETTABLE_ABSENCES = (
    AbsenceStatus.IZIN,
    AbsenceStatus.SAKIT,
    AbsenceStatus.TUGAS_LUAR,
    AbsenceStatus.TANPA_KETERANGAN,
)


def set_absence(
    session: Session, invitation_id: int, status: str | AbsenceStatus | None, note: str = ""
) -> Invitation:
    """Izin / Sakit / Tugas Luar / Tanpa Keterangan for an invitee who did not come.

    ``None`` clears it. "Hadir" is never set by hand: it is an attendance row.
    """
    inv = session.get(Invitation, invitation_id)
    if inv is None:
        raise CheckInRefused("Undangan tidak ditemukan.")
    _guard_meeting(session, inv.meeting_id)
    value: str | None = None
    if status not in (None, ""):
        try:
            parsed = AbsenceStatus(status)
        except ValueError:
            raise CheckInRefused(f"Status kehadiran {status!r} tidak dikenal.") from None
        if parsed is AbsenceStatus.HADIR:
            raise CheckInRefused("Hadir dicatat lewat check-in, bukan diisi manual.")
        value = parsed.value
        present = (
            session.connection()
            .execute(
                select(_A.c.id).where(
                    _A.c.meeting_id == inv.meeting_id,
                    (_A.c.person_id == inv.person_id) | (_A.c.invitation_id == inv.id),
                )
            )
            .first()
        )
        if present is not None:
            raise CheckInRefused("Peserta ini sudah hadir; batalkan check-in dulu bila keliru.")
    old = inv.absence_status
    inv.absence_status = value
    inv.absence_note = (note or "")[:300]
    inv.updated_at = utcnow()
    session.add(inv)
    audit.record(session, "invitation.absence", entity="invitation", entity_uuid=inv.uuid,
                 old=old, new=value, note=inv.absence_note)  # fmt: skip
    return inv


@dataclass(frozen=True, slots=True)
class DepartureResult:
    attendance_id: int
    name: str
    left_at: datetime
    time_text: str
    early: bool
    already_recorded: bool


def record_departure(
    session: Session, attendance_id: int, now: datetime | None = None
) -> DepartureResult:
    """Someone leaves; "early" when before the meeting's planned end (or still in progress)."""
    now = now or utcnow()
    att = session.get(Attendance, attendance_id)
    if att is None:
        raise CheckInRefused("Data kehadiran tidak ditemukan (mungkin sudah dibatalkan).")
    meeting = _guard_meeting(session, att.meeting_id)
    zone = get_office(session).time_zone
    name = _person_name(session, att.person_id)
    if att.left_at is not None:
        return DepartureResult(att.id or 0, name, att.left_at, hhmm(att.left_at, zone),
                               _is_early(meeting, att.left_at), True)  # fmt: skip
    att.left_at = now
    att.updated_at = utcnow()
    session.add(att)
    session.flush()
    return DepartureResult(att.id or 0, name, now, hhmm(now, zone), _is_early(meeting, now), False)


def _is_early(meeting: Meeting, at: datetime) -> bool:
    if meeting.ends_at is not None:
        return at < meeting.ends_at
    return meeting.status not in (MeetingStatus.CLOSED, MeetingStatus.FINALIZED)


# ------------------------------------------------------------------- signature


def _varint(value: int, out: bytearray) -> None:
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def _zigzag(value: int) -> int:
    return (value << 1) ^ (value >> 63)


def _unzigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


def _quantise(v: float) -> int:
    if v != v:  # NaN
        return 0
    return min(max(round(float(v) * _SIG_SCALE), 0), _SIG_SCALE)


def encode_signature(strokes: Sequence[Sequence[tuple[float, float]]]) -> str | None:
    """Strokes normalised to 0..1 -> the compact ``S1:`` text (None when nothing was drawn)."""
    out = bytearray()
    kept: list[list[tuple[int, int]]] = []
    total = 0
    for stroke in list(strokes)[:_MAX_STROKES]:
        pts: list[tuple[int, int]] = []
        for point in stroke:
            q = (_quantise(point[0]), _quantise(point[1]))
            if not pts or pts[-1] != q:
                pts.append(q)
        pts = pts[: max(_MAX_POINTS - total, 0)]
        if pts:
            kept.append(pts)
            total += len(pts)
    if not kept:
        return None
    _varint(len(kept), out)
    for pts in kept:
        _varint(len(pts), out)
        _varint(pts[0][0], out)
        _varint(pts[0][1], out)
        px, py = pts[0]
        for x, y in pts[1:]:
            _varint(_zigzag(x - px), out)
            _varint(_zigzag(y - py), out)
            px, py = x, y
    return _SIG_PREFIX + base64.urlsafe_b64encode(bytes(out)).decode("ascii").rstrip("=")


def decode_signature(text: str | None) -> list[list[tuple[float, float]]]:
    """The stored text -> strokes of (x, y) in 0..1; raises ValueError on damaged data."""
    if not text:
        return []
    if not text.startswith(_SIG_PREFIX):
        raise ValueError("format tanda tangan tidak dikenal")
    body = text[len(_SIG_PREFIX) :]
    try:
        data = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (ValueError, TypeError) as exc:
        raise ValueError("data tanda tangan rusak") from exc
    pos = 0

    def read() -> int:
        nonlocal pos
        shift = value = 0
        while True:
            if pos >= len(data) or shift > 35:
                raise ValueError("data tanda tangan terpotong")
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value

    strokes: list[list[tuple[float, float]]] = []
    n_strokes = read()
    if n_strokes > _MAX_STROKES:
        raise ValueError("data tanda tangan terlalu besar")
    total = 0
    for _ in range(n_strokes):
        n = read()
        total += n
        if n == 0 or total > _MAX_POINTS:
            raise ValueError("data tanda tangan tidak masuk akal")
        x, y = read(), read()
        pts = [(x, y)]
        for _ in range(n - 1):
            x += _unzigzag(read())
            y += _unzigzag(read())
            pts.append((x, y))
        strokes.append([(min(max(px, 0), _SIG_SCALE) / _SIG_SCALE,
                         min(max(py, 0), _SIG_SCALE) / _SIG_SCALE) for px, py in pts])  # fmt: skip
    if pos != len(data):
        raise ValueError("data tanda tangan berisi sisa yang tidak dikenal")
    return strokes


def save_signature(
    session: Session, attendance_id: int, strokes: Sequence[Sequence[tuple[float, float]]]
) -> str | None:
    """Store the signature drawn at the door; returns the stored text."""
    att = session.get(Attendance, attendance_id)
    if att is None:
        raise CheckInRefused("Data kehadiran tidak ditemukan (mungkin sudah dibatalkan).")
    _guard_meeting(session, att.meeting_id)
    encoded = encode_signature(strokes)
    if encoded is None:
        return None
    att.signature = encoded
    att.updated_at = utcnow()
    session.add(att)
    session.flush()
    return encoded


# -------------------------------------------------------------------- counters


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    attendance_id: int
    person_id: int
    name: str
    jabatan: str
    organization: str
    checked_in_at: datetime
    left_at: datetime | None
    is_late: bool
    is_walk_in: bool
    delegate_for_id: int | None
    delegate_for_name: str
    has_signature: bool
    station: str


@dataclass(frozen=True, slots=True)
class MissingRow:
    invitation_id: int
    person_id: int
    name: str
    jabatan: str
    nip: str | None
    organization: str
    absence_status: str | None

    @property
    def absence_label(self) -> str:
        if not self.absence_status:
            return ""
        try:
            return ABSENCE_LABELS[AbsenceStatus(self.absence_status)]
        except ValueError:
            return self.absence_status


@dataclass(frozen=True, slots=True)
class OpdCount:
    organization: str
    invited: int
    present: int

    @property
    def missing(self) -> int:
        return self.invited - self.present


@dataclass(frozen=True, slots=True)
class AttendanceCounters:
    """Everything the live panels show, from two queries over one meeting."""

    meeting_id: int
    invited: int
    present: int  # people in the room: every attendance row
    invitees_present: int  # invitations covered by the invitee or a delegate
    delegates: int
    walk_ins: int
    late: int
    left: int
    signed: int
    absences: dict[str, int]
    per_opd: list[OpdCount]
    missing_list: list[MissingRow]
    attendees: list[AttendeeRow]

    @property
    def missing(self) -> int:
        return len(self.missing_list)

    @property
    def present_by_person(self) -> dict[int, AttendeeRow]:
        return {a.person_id: a for a in self.attendees}

    def as_json(self) -> dict[str, Any]:
        return {
            "meeting_id": self.meeting_id,
            "invited": self.invited,
            "present": self.present,
            "invitees_present": self.invitees_present,
            "delegates": self.delegates,
            "walk_ins": self.walk_ins,
            "late": self.late,
            "left": self.left,
            "missing": self.missing,
            "absences": self.absences,
            "per_opd": [
                {"organization": o.organization, "invited": o.invited, "present": o.present}
                for o in self.per_opd
            ],
        }


def attendance_counters(session: Session, meeting_id: int) -> AttendanceCounters:
    conn = session.connection()
    att_rows = conn.execute(
        select(
            _A.c.id, _A.c.person_id, _A.c.invitation_id, _A.c.delegate_for_id, _A.c.checked_in_at,
            _A.c.left_at, _A.c.is_late, _A.c.is_walk_in, _A.c.signature.isnot(None), _A.c.station,
            _P.c.full_name, _P.c.jabatan, _O.c.name,
        )
        .join(_P, _P.c.id == _A.c.person_id)
        .join(_O, _O.c.id == _P.c.organization_id, isouter=True)
        .where(_A.c.meeting_id == meeting_id)
        .order_by(_A.c.checked_in_at, _A.c.id)
    ).all()  # fmt: skip
    inv_rows = conn.execute(
        select(
            _I.c.id, _I.c.person_id, _I.c.absence_status, _P.c.full_name, _P.c.jabatan, _P.c.nip,
            func.coalesce(_O.c.name, ""),
        )
        .join(_P, _P.c.id == _I.c.person_id)
        .join(_O, _O.c.id == _P.c.organization_id, isouter=True)
        .where(_I.c.meeting_id == meeting_id)
        .order_by(func.coalesce(_O.c.name, ""), _P.c.full_name)
    ).all()  # fmt: skip
    names = {r[1]: r[10] for r in att_rows}
    names.update({r[1]: r[3] for r in inv_rows})
    attendees = [
        AttendeeRow(
            attendance_id=r[0], person_id=r[1], name=r[10], jabatan=r[11] or "",
            organization=r[12] or "", checked_in_at=_aware(r[4]), left_at=_aware(r[5]),
            is_late=bool(r[6]), is_walk_in=bool(r[7]), delegate_for_id=r[3],
            delegate_for_name=names.get(r[3], "") if r[3] else "", has_signature=bool(r[8]),
            station=r[9] or "",
        )
        for r in att_rows
    ]  # fmt: skip
    covered_inv = {r[2] for r in att_rows if r[2] is not None}
    covered_person = {r[1] for r in att_rows} | {r[3] for r in att_rows if r[3] is not None}
    per_opd: dict[str, list[int]] = {}
    missing: list[MissingRow] = []
    absences: dict[str, int] = {}
    for inv_id, pid, absence, name, jabatan, nip, org in inv_rows:
        covered = inv_id in covered_inv or pid in covered_person
        bucket = per_opd.setdefault(org, [0, 0])
        bucket[0] += 1
        if covered:
            bucket[1] += 1
            continue
        missing.append(MissingRow(inv_id, pid, name, jabatan or "", nip, org, absence))
        if absence:
            absences[absence] = absences.get(absence, 0) + 1
    return AttendanceCounters(
        meeting_id=meeting_id,
        invited=len(inv_rows),
        present=len(attendees),
        invitees_present=len(inv_rows) - len(missing),
        delegates=sum(1 for a in attendees if a.delegate_for_id is not None),
        walk_ins=sum(1 for a in attendees if a.is_walk_in),
        late=sum(1 for a in attendees if a.is_late),
        left=sum(1 for a in attendees if a.left_at is not None),
        signed=sum(1 for a in attendees if a.has_signature),
        absences=absences,
        per_opd=[OpdCount(k or "(tanpa OPD)", v[0], v[1]) for k, v in sorted(per_opd.items())],
        missing_list=missing,
        attendees=attendees,
    )


# --------------------------------------------------------------- meeting choice


def kiosk_meetings(session: Session, now: datetime | None = None) -> list[Meeting]:
    """Meetings a door station may open: not finalized, from yesterday on, soonest first."""
    now = now or utcnow()
    return list(
        session.scalars(
            select(Meeting)
            .where(
                Meeting.status.not_in([MeetingStatus.FINALIZED, MeetingStatus.CLOSED]),
                Meeting.starts_at >= now - timedelta(hours=24),
            )
            .order_by(Meeting.starts_at)
            .limit(20)
        )
    )


def default_kiosk_meeting(session: Session, now: datetime | None = None) -> int | None:
    """Today's meeting when there is exactly one sensible choice, else None (show a chooser)."""
    now = now or utcnow()
    zone = get_office(session).time_zone
    from rakor_desktop.domain.timefmt import to_office

    today = to_office(now, zone).date()  # type: ignore[union-attr]
    candidates = kiosk_meetings(session, now)
    todays = [m for m in candidates if to_office(m.starts_at, zone).date() == today]  # type: ignore[union-attr]
    if len(todays) == 1:
        return todays[0].id
    if not todays and len(candidates) == 1:
        return candidates[0].id
    return None


# ----------------------------------------------------------------- station glue


def default_station() -> str:
    """Name stored on each check-in so Ctrl+Z undoes only this station's last one."""
    try:
        host = socket.gethostname()
    except OSError:
        host = "meja"
    return f"meja@{host}"[:60]


T = TypeVar("T")


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, OperationalError) and ("locked" in text or "busy" in text)


#: A lost server: one more try after half a second, then the door says so (the GUI waits).
SERVER_RETRY_ATTEMPTS = 1
SERVER_RETRY_DELAY_S = 0.5


def retry_locked(fn: Callable[[], T], *, attempts: int = 4, pause: float = 0.05) -> T:
    """Run a whole unit of work again when SQLite still reports a lock after busy_timeout.

    The busy timeout already waits; this covers the rare case where a long
    checkpoint or backup outlasts it, so the door never shows "database is locked".
    On a PostgreSQL server that dropped the connection the unit runs again after a
    pause (``db.retry.run_with_retry``); a server that stays away raises
    ``ServerUnreachable`` with its Indonesian message, and the desk keeps the code.
    """
    for attempt in range(attempts):
        try:
            return fn()
        except OperationalError as exc:
            if is_server_lost(exc):
                time.sleep(SERVER_RETRY_DELAY_S)
                return run_with_retry(
                    fn, attempts=SERVER_RETRY_ATTEMPTS, delay=SERVER_RETRY_DELAY_S
                )
            if not is_lock_error(exc) or attempt == attempts - 1:
                raise
            log.warning("database busy, retrying check-in (%s)", exc)
            time.sleep(pause * (attempt + 1))
    raise AssertionError("unreachable")


def touch_attendance(session: Session, attendance_id: int) -> None:
    """Bump updated_at so a server-side change token notices an edit."""
    session.connection().execute(
        update(_A).where(_A.c.id == attendance_id).values(updated_at=utcnow())
    )
