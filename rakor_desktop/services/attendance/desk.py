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

The signature stroke format lives in ``domain/signature_strokes.py``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, overload

from sqlalchemy import Integer, String, and_, bindparam, insert, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from rakor_desktop.db.sql import table_of
from rakor_desktop.domain.enums import MeetingStatus
from rakor_desktop.domain.models import (
    Attendance,
    Invitation,
    Meeting,
    Office,
    Organization,
    Person,
)
from rakor_desktop.domain.timefmt import format_day, hhmm, to_office
from rakor_desktop.domain.types import new_uuid, utcnow
from rakor_desktop.messages import M
from rakor_desktop.services.attendance.codes import parse_code
from rakor_desktop.services.attendance.invitations import QrCode
from rakor_desktop.services.attendance.results import CheckInResult, State
from rakor_desktop.services.office import preferences
from rakor_desktop.services.office.settings import get_office

log = logging.getLogger(__name__)

# ------------------------------------------------------------------ prepared SQL

_A = table_of(Attendance)
_I = table_of(Invitation)
_P = table_of(Person)
_O = table_of(Organization)
_M = table_of(Meeting)

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
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(_A).on_conflict_do_nothing().returning(_A.c.id)
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(_A).on_conflict_do_nothing().returning(_A.c.id)
    return insert(_A).returning(_A.c.id)


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
        raise ValueError(M("naive datetime: pass an aware datetime (UTC or office zone)"))
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


@overload
def _aware(value: datetime | str) -> datetime: ...
@overload
def _aware(value: None) -> None: ...
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
    # The door officer confirmed that check-ins on another day than the meeting's
    # are meant (a rehearsal, a meeting moved): set by the kiosk or ``--any-day``.
    any_day: bool = False

    @classmethod
    def load(cls, session: Session, meeting_id: int) -> CheckInDesk:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise LookupError(M("Rapat {meeting_id} tidak ditemukan.", meeting_id=meeting_id))
        office = get_office(session)
        return cls.from_rows(meeting, office)

    @classmethod
    def from_rows(cls, meeting: Meeting, office: Office) -> CheckInDesk:
        grace = preferences.value(office, "late_grace_minutes")
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
            return CheckInResult(State.EMPTY, M("Pindai QR undangan, ketik NIP, atau ketik nama."))
        if parsed.kind == "invalid":
            return self._refusal_or(session, State.INVALID, parsed.reason)
        if parsed.kind == "name":
            return self._refusal_or(
                session,
                State.NOT_FOUND,
                M("Bukan kode undangan atau NIP. Ketik nama lalu pilih dari daftar."),
            )
        if parsed.kind == "qr":
            qr = parsed.qr
            assert qr is not None
            if not qr.authentic_for(self.meeting_uuid):
                if self._made_for_another_meeting(session, qr):
                    return self._refusal_or(
                        session, State.WRONG_MEETING, self._other_meeting_text(session)
                    )
                return self._refusal_or(
                    session,
                    State.INVALID,
                    M("Kode tidak sah: QR ini tidak dibuat oleh kantor ini."),
                )
            row = _find(session, "token", {"token": qr.token, "mid": self.meeting_id})
            missing = M("Undangan tidak ditemukan (mungkin sudah dibatalkan).")
        elif parsed.kind == "nip":
            row = _find(session, "nip", {"nip": parsed.text, "mid": self.meeting_id})
            missing = M("NIP {text} tidak ada di direktori.", text=parsed.text)
        else:
            row = _find(session, "id", {"pid": int(parsed.text), "mid": self.meeting_id})
            missing = M("Nomor {text} tidak ada di direktori.", text=parsed.text)
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
            return self._refusal_or(
                session, State.NOT_FOUND, M("Orang ini tidak ada di direktori.")
            )
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
                M(
                    "Ini undangan/NIP {name} sendiri, bukan perwakilannya. Pindai NIP perwakilan atau ketik namanya.",
                    name=name,
                ),
            )
        if own_id is not None:
            return self._already(session, own_id, _aware(own_at), own_dfor, who)
        if not allow_closed:  # the secretary's later correction is another day by nature
            other_day = self.other_day_refusal(now)
            if other_day is not None:
                return other_day
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
            delegate = _person_name(session, held_pid)
            text += f"; sebelumnya diwakili oleh {delegate}"
            return self._result(state, text, who, att_id, now, late, represented_by_name=delegate)
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
                M("Pejabat yang diwakili tidak ada di daftar undangan rapat ini."),
                **who,
            )
        invitee_name = inv[1]
        if inv[5] is not None:
            return CheckInResult(
                State.ALREADY,
                M(
                    "{invitee_name} sudah hadir sendiri pukul {value}.",
                    invitee_name=invitee_name,
                    value=hhmm(_aware(inv[6]), self.zone),
                ),
                **who,
            )
        if inv[8] is not None:
            return CheckInResult(
                State.ALREADY,
                M(
                    "{invitee_name} sudah diwakili oleh {value}.",
                    invitee_name=invitee_name,
                    value=_person_name(session, inv[9]),
                ),
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

    def is_meeting_day(self, now: datetime) -> bool:
        today = to_office(now, self.zone).date()
        first = to_office(self.starts_at, self.zone).date()
        last = to_office(self.ends_at, self.zone).date() if self.ends_at else first
        return first <= today <= max(first, last)

    def other_day_refusal(self, now: datetime) -> CheckInResult | None:
        """Check-ins 11 days early were accepted without a word: the door must confirm."""
        if self.any_day or self.is_meeting_day(now):
            return None
        return CheckInResult(
            State.OTHER_DAY,
            M(
                "Rapat ini dijadwalkan {day}, bukan hari ini ({today}); tidak ada yang dicatat. Bila memang untuk rapat ini, petugas meja registrasi mengonfirmasi dulu.",
                day=format_day(self.starts_at, self.zone),
                today=format_day(now, self.zone),
            ),
        )

    def refusal(self, session: Session) -> CheckInResult | None:
        """The meeting's own refusal (closed, final), read fresh: another process may have closed it."""
        status = session.connection().execute(_STATUS, {"mid": self.meeting_id}).scalar()
        return _status_refusal(status)

    def _refusal_or(self, session: Session, state: State, message: str) -> CheckInResult:
        """A bad-input outcome, unless the meeting itself refuses check-ins (say that first)."""
        refusal = self.refusal(session)
        return refusal if refusal is not None else CheckInResult(state, message)

    @staticmethod
    def _made_for_another_meeting(session: Session, qr: QrCode) -> bool:
        """A genuine card of another meeting (as opposed to a forged or edited one).

        The long form names its meeting and carries its own MAC. The short form
        names no meeting: the token says which, and the MAC must match that one,
        or a forger could pass an edited code off as "another meeting". Only this
        refusal path pays for the extra lookup.
        """
        if not qr.short:
            return qr.authentic
        owner = (
            session.connection()
            .execute(
                select(_M.c.uuid)
                .select_from(_I.join(_M, _M.c.id == _I.c.meeting_id))
                .where(_I.c.token == bindparam("token", type_=String)),
                {"token": qr.token},
            )
            .scalar()
        )
        return owner is not None and qr.authentic_for(owner)

    def _other_meeting_text(self, session: Session) -> M:
        """Only that the card is for another meeting: the door must not tell whoever holds
        a card which other meeting (title, time) it opens (issue 17)."""
        return M("Undangan untuk rapat lain. Cari namanya dengan mengetik nama atau NIP.")


def _status_refusal(status: str | None, *, allow_closed: bool = False) -> CheckInResult | None:
    if status == MeetingStatus.FINALIZED:
        return CheckInResult(
            State.MEETING_FINALIZED,
            M("Rapat sudah final: daftar hadir dikunci, tidak ada yang dicatat."),
        )
    if status == MeetingStatus.CLOSED and not allow_closed:
        return CheckInResult(
            State.MEETING_CLOSED, M("Rapat sudah ditutup: registrasi tidak lagi dibuka.")
        )
    if status is None:
        return CheckInResult(State.NOT_FOUND, M("Rapat tidak ditemukan."))
    return None


def _person_name(session: Session, person_id: int | None) -> str:
    if person_id is None:
        return ""
    name = session.connection().execute(select(_P.c.full_name).where(_P.c.id == person_id)).scalar()
    return name or ""
