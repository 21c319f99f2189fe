"""Door check-in, the public face of ``services/attendance``.

The door's code lives in modules by concern: ``codes`` (what the scanner typed),
``desk`` (the fast path of one scan), ``actions`` (walk-in, delegate, undo,
departure, absences, signatures), ``counters`` (who is in the room), ``station``
(which meeting, lock retries), ``results`` (what a check-in answers) and the
signature stroke codec in ``domain/signature_strokes.py``. Callers import from here.
"""

from __future__ import annotations

from rakor_desktop.db.retry import (
    SERVER_RETRY_ATTEMPTS,
    SERVER_RETRY_DELAY_S,
    is_lock_error,
    retry_locked,
)
from rakor_desktop.domain.signature_strokes import (
    decode_signature,
    encode_signature,
)
from rakor_desktop.services.attendance.actions import (
    SETTABLE_ABSENCES,
    DepartureResult,
    UndoResult,
    check_in,
    check_in_delegate,
    check_in_walk_in,
    confirm_other_day,
    correct_attendance,
    load_desk,
    mark_present_many,
    record_departure,
    save_signature,
    set_absence,
    undo_departure,
    undo_last,
)
from rakor_desktop.services.attendance.codes import (
    MAX_INPUT,
    ParsedCode,
    looks_like_code,
    parse_code,
)
from rakor_desktop.services.attendance.counters import (
    AttendanceCounters,
    AttendeeRow,
    MissingRow,
    OpdCount,
    attendance_counters,
)
from rakor_desktop.services.attendance.desk import (
    CheckInDesk,
)
from rakor_desktop.services.attendance.results import (
    CONFIRMED,
    CheckInRefused,
    CheckInResult,
    NewPerson,
    State,
    Tone,
)
from rakor_desktop.services.attendance.station import (
    default_kiosk_meeting,
    default_station,
    kiosk_meetings,
    touch_attendance,
)

__all__ = [
    "correct_attendance",
    "AttendanceCounters",
    "AttendeeRow",
    "CONFIRMED",
    "CheckInDesk",
    "CheckInRefused",
    "CheckInResult",
    "DepartureResult",
    "MAX_INPUT",
    "MissingRow",
    "NewPerson",
    "OpdCount",
    "ParsedCode",
    "SERVER_RETRY_ATTEMPTS",
    "SERVER_RETRY_DELAY_S",
    "SETTABLE_ABSENCES",
    "State",
    "Tone",
    "UndoResult",
    "attendance_counters",
    "check_in",
    "check_in_delegate",
    "check_in_walk_in",
    "decode_signature",
    "default_kiosk_meeting",
    "default_station",
    "encode_signature",
    "is_lock_error",
    "kiosk_meetings",
    "load_desk",
    "looks_like_code",
    "mark_present_many",
    "parse_code",
    "record_departure",
    "retry_locked",
    "save_signature",
    "set_absence",
    "touch_attendance",
    "confirm_other_day",
    "undo_departure",
    "undo_last",
]
